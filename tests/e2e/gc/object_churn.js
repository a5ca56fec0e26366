// max-rss-mb: 64
// 3,000,000 short-lived objects; only the last 100 stay alive.
var keep = [];
var checksum = 0;
for (var i = 0; i < 3000000; i++) {
  var o = { a: i, b: [i, i + 1, i + 2], s: 'x' + i };
  checksum = (checksum + o.b[2] + o.s.length) % 1000000007;
  keep.push(o);
  if (keep.length > 100) keep.shift();
}
console.log(keep.length, keep[0].a, keep[99].s, keep[50].b);
console.log('checksum', checksum);
