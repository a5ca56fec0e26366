var r = (function (a, b) { return a * b; })(6, 7);
console.log(r);
var r2 = (() => 'arrow iife')();
console.log(r2);
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(6));
console.log(typeof f);
var obj = {
  method() { return 'shorthand method'; },
  arrow: () => 'arrow prop',
  fn: function () { return 'function prop'; }
};
console.log(obj.method(), obj.arrow(), obj.fn());
var counter = (function () {
  var c = 0;
  return function () { return ++c; };
})();
counter(); counter();
console.log(counter());
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
var arrowBody = (x) => { return { x: x }; };
var arrowObj = x => ({ y: x });
console.log(arrowBody(1), arrowObj(2));
function noReturn() {}
console.log(noReturn(), (function () { return; })());
