var a = [1, 2];
var f = function () {
  return eval("a");
};
