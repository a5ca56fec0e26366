// Recursive Fibonacci: function calls, integer arithmetic, comparisons.
// fib(32) is computed 10 times so that node takes a measurable time.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var total = 0;
for (var i = 0; i < 10; i++) total += fib(32);
console.log('fib(32) =', fib(32), 'x10 =', total);
