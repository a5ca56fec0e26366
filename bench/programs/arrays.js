// Array push/pop, indexing loops, and sort with a comparator.
var a = [];
for (var i = 0; i < 1000000; i++) a.push((i * 7919) % 1000003);
var sum = 0;
for (var j = 0; j < a.length; j++) sum = (sum + a[j]) % 1000000007;
var stack = [];
for (var round = 0; round < 50; round++) {
  for (var k = 0; k < 10000; k++) stack.push(k);
  while (stack.length > 0) sum = (sum + stack.pop()) % 1000000007;
}
var b = a.slice(0, 400000);
b.sort(function (x, y) { return x - y; });
var sorted = true;
for (var m = 1; m < b.length; m++) if (b[m - 1] > b[m]) sorted = false;
var grid = [];
for (var r = 0; r < 300; r++) {
  var row = [];
  for (var c = 0; c < 300; c++) row.push(r ^ c);
  grid.push(row);
}
var g = 0;
for (var pass = 0; pass < 80; pass++)
  for (var r2 = 1; r2 < 299; r2++)
    for (var c2 = 1; c2 < 299; c2++)
      g = (g + grid[r2 - 1][c2] + grid[r2 + 1][c2] - grid[r2][c2 - 1] + grid[r2][c2 + 1]) % 1000003;
console.log('sum', sum, 'sorted', sorted, 'min', b[0], 'max', b[b.length - 1], 'grid', g);
