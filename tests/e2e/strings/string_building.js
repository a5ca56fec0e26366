var s = '';
for (var i = 0; i < 10; i++) s += i;
console.log(s, s.length);
var parts = [];
for (var j = 0; j < 5; j++) parts.push('p' + j);
console.log(parts.join('+'));
var big = '';
for (var k = 0; k < 1000; k++) big += 'ab';
console.log(big.length, big.slice(0, 6), big.slice(-4));
var nested = 'a';
for (var n = 0; n < 10; n++) nested = nested + nested;
console.log(nested.length);
var x = 'start';
x = x + ' ' + 1 + 2;
x = 1 + 2 + ' ' + x;
console.log(x);
var line = '';
for (var r = 0; r < 3; r++) {
  line += '[';
  for (var c = 0; c < 3; c++) line += (r * 3 + c) + (c < 2 ? ',' : '');
  line += ']';
}
console.log(line);
console.log('con' + 'cat' + 'enation');
