// max-rss-mb: 64
// Build and drop many strings by concatenation.
var total = 0;
var last = '';
for (var round = 0; round < 10000; round++) {
  var s = '';
  for (var i = 0; i < 500; i++) {
    s += String.fromCharCode(97 + (i + round) % 26);
    if (i % 50 === 49) s += '|' + round + '|';
  }
  total += s.length;
  for (var j = 0; j < s.length; j += 97) total = (total + s.charCodeAt(j)) % 1000000007;
  last = s;
}
console.log(last.length, last.slice(0, 30));
var pieces = [];
for (var k = 0; k < 1000000; k++) {
  pieces.push('piece-' + k);
  if (pieces.length === 1000) {
    total = (total + pieces.join(',').length) % 1000000007;
    pieces = [];
  }
}
console.log('checksum', total);
