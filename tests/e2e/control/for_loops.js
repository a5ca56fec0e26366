var out = [];
for (var i = 0; i < 5; i++) out.push(i);
console.log(out.join(' '));
out = [];
for (var j = 10; j > 0; j -= 3) out.push(j);
console.log(out.join(' '));
var k = 0;
for (; k < 3;) { k++; }
console.log('k', k);
var n = 0;
for (;;) {
  n++;
  if (n > 4) break;
}
console.log('n', n);
var sum = 0;
for (let a = 1, b = 10; a <= b; a++, b--) sum += a * b;
console.log('sum', sum);
for (var e = 0; e < 0; e++) console.log('never');
var evens = [];
for (var m = 0; m < 10; m++) {
  if (m % 2) continue;
  evens.push(m);
}
console.log(evens);
var total = 0;
for (var x = 0; x < 1000; x++) total += x;
console.log(total);
