function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(5), fact(10), fact(20), fact(25));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var fibs = [];
for (var i = 0; i < 15; i++) fibs.push(fib(i));
console.log(fibs);
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + '->' + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
var m = hanoi(3, 'A', 'C', 'B', []);
console.log(m.length, m.join(' '));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(gcd(1071, 462), gcd(17, 5));
function perms(s) {
  if (s.length <= 1) return [s];
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var rest = perms(s.slice(0, i) + s.slice(i + 1));
    for (var j = 0; j < rest.length; j++) out.push(s[i] + rest[j]);
  }
  return out;
}
console.log(perms('abc'));
