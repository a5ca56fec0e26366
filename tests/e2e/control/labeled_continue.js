var out = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j > i) continue outer;
    out.push(i + ':' + j);
  }
}
console.log(out.join(' '));
var primes = [];
candidates: for (var n = 2; n < 40; n++) {
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) continue candidates;
  }
  primes.push(n);
}
console.log(primes);
var w = 0, log = [];
outerWhile: while (w < 3) {
  w++;
  var k = 0;
  while (k < 3) {
    k++;
    if (k === 2) continue outerWhile;
    log.push(w + '-' + k);
  }
}
console.log(log);
var skipped = [];
lbl: for (var key in { a: 1, b: 2, c: 3 }) {
  for (var q = 0; q < 2; q++) {
    if (key === 'b') continue lbl;
    skipped.push(key + q);
  }
}
console.log(skipped);
