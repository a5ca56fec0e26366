// Closure creation and calls: counters, adders, composition.
function makeCounter() {
  var n = 0;
  return function () { n++; return n; };
}
function makeAdder(k) { return function (x) { return x + k; }; }
function compose(f, g) { return function (x) { return f(g(x)); }; }
var total = 0;
for (var i = 0; i < 5000000; i++) {
  var c = makeCounter();
  c(); c();
  var add = makeAdder(i % 10);
  var both = compose(add, makeAdder(1));
  total = (total + c() + both(i)) % 1000000007;
}
var counter = makeCounter();
var apply = function (f, n) { var r = 0; for (var j = 0; j < n; j++) r = f(r); return r; };
var inc = makeAdder(3);
var r = apply(inc, 60000000);
for (var j = 0; j < 60000000; j++) counter();
console.log('total', total, 'apply', r, 'counter', counter());
