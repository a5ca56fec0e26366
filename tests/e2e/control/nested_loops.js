// multiplication table and pattern printing
for (var i = 1; i <= 5; i++) {
  var row = '';
  for (var j = 1; j <= 5; j++) {
    var p = String(i * j);
    while (p.length < 4) p = ' ' + p;
    row += p;
  }
  console.log(row);
}
for (var h = 1; h <= 4; h++) {
  console.log(' '.repeat(4 - h) + '*'.repeat(2 * h - 1));
}
var count = 0;
for (var a = 1; a < 30; a++)
  for (var b = a; b < 30; b++)
    for (var c = b; c < 30; c++)
      if (a * a + b * b === c * c) { count++; console.log('triple', a, b, c); }
console.log('triples', count);
