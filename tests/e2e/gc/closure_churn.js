// max-rss-mb: 64
// Closures created in a loop; each captures fresh state and is dropped.
function makeAdder(n) {
  var captured = [n, n * 2];
  return function (x) { return x + captured[0] + captured[1]; };
}
var sum = 0;
var keep = [];
for (var i = 0; i < 6000000; i++) {
  var f = makeAdder(i);
  sum = (sum + f(1)) % 1000000007;
  if (i % 300000 === 0) keep.push(f);
}
var kept = 0;
for (var j = 0; j < keep.length; j++) kept += keep[j](0);
console.log(keep.length, kept);
console.log('checksum', sum);
