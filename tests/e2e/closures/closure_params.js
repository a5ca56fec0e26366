function makeMultiplier(factor) {
  return function (x) { return x * factor; };
}
var double = makeMultiplier(2), triple = makeMultiplier(3);
console.log(double(5), triple(5), double(triple(2)));
function modifyParam(x) {
  var get = function () { return x; };
  x = x + 100;
  return get();
}
console.log(modifyParam(1));
function withDefault(a, f = () => a) {
  a = 'changed';
  return f();
}
console.log(withDefault('orig'));
function argsCapture(...rest) {
  return () => rest.length + ':' + rest.join('');
}
console.log(argsCapture('a', 'b', 'c')());
function accumulate(total) {
  return function (n) { total += n; return total; };
}
var acc = accumulate(10);
console.log(acc(1), acc(2), acc(3));
