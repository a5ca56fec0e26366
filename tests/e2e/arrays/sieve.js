function sieve(n) {
  var isComposite = [];
  for (var i = 0; i <= n; i++) isComposite.push(false);
  var primes = [];
  for (var p = 2; p <= n; p++) {
    if (isComposite[p]) continue;
    primes.push(p);
    for (var m = p * p; m <= n; m += p) isComposite[m] = true;
  }
  return primes;
}
var small = sieve(100);
console.log(small);
console.log(small.length);
var big = sieve(100000);
console.log(big.length, big[big.length - 1]);
var sum = 0;
for (var j = 0; j < big.length; j++) sum += big[j];
console.log('sum', sum);
var twins = 0;
for (var k = 1; k < big.length; k++) if (big[k] - big[k - 1] === 2) twins++;
console.log('twin pairs', twins);
