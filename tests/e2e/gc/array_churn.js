// max-rss-mb: 64
// Arrays grown with push and discarded; slices and concats make garbage too.
var checksum = 0;
var ring = [];
for (var round = 0; round < 200000; round++) {
  var arr = [];
  for (var i = 0; i < 100; i++) arr.push(i * round);
  var part = arr.slice(10, 20).concat([round]);
  checksum = (checksum + part[part.length - 1] + part[0] + arr.length) % 1000000007;
  ring.push(part);
  if (ring.length > 50) ring.shift();
}
console.log(ring.length, ring[49]);
console.log('checksum', checksum);
