function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = x => x + 1;
var dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function pipe(...fns) { return x => fns.reduce((acc, f) => f(acc), x); }
console.log(pipe(inc, dbl, inc, dbl)(1));
function repeat(n, f) { for (var i = 0; i < n; i++) f(i); }
var acc = [];
repeat(4, function (i) { acc.push(i * i); });
console.log(acc);
function twice(f) { return x => f(f(x)); }
console.log(twice(twice(dbl))(1));
var ops = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
var names = ['add', 'sub', 'mul'];
for (var n of names) console.log(n, ops[n](7, 3));
function applyN(f, n, x) { return n === 0 ? x : applyN(f, n - 1, f(x)); }
console.log(applyN(x => x * 3, 5, 1));
console.log([1, 2, 3].map(String), ['1', '2', '3'].map(Number));
console.log(typeof compose, typeof inc);
console.log(inc, compose, function () {});
