var hits = 0;
function memoize(fn) {
  var cache = {};
  return function (n) {
    if (n in cache) { hits++; return cache[n]; }
    var r = fn(n);
    cache[n] = r;
    return r;
  };
}
var slowCalls = 0;
var fib = memoize(function (n) {
  slowCalls++;
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(50), fib(70));
console.log('computations', slowCalls, 'hits', hits);
hits = 0;
var sq = memoize(function (x) { return x * x; });
console.log(sq(4), sq(4), sq(5), hits);
var byKey = memoize(function (s) { return s.toUpperCase(); });
console.log(byKey('a'), byKey('b'), byKey('a'), hits);
