function greet(name = 'world', punct = '!') { return 'hello ' + name + punct; }
console.log(greet(), greet('Ada'), greet('Bob', '?'), greet(undefined, '.'), greet(null));
function dep(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(dep(1), dep(1, 5), dep(2, undefined, 0));
var calls = 0;
function counter() { return ++calls; }
function lazy(x = counter()) { return x; }
console.log(lazy(), lazy(), lazy(100), lazy(), calls);
var arrow = (x, y = 10) => x + y;
console.log(arrow(1), arrow(1, 2));
function withObj(o = { n: 0 }) { o.n++; return o.n; }
console.log(withObj(), withObj(), withObj({ n: 5 }));
function tdzParam(a = b, b = 1) { return a; }
try { tdzParam(); } catch (e) { console.log('param TDZ', e.name); }
console.log(tdzParam(7));
function fewer(a, b, c) { return [a, b, c]; }
console.log(fewer(1));
function more(a) { return a; }
console.log(more(1, 2, 3));
