var i = 0;
while (i < 3) {
  console.log('while', i);
  i++;
}
var j = 10;
do {
  console.log('do-while runs once', j);
} while (j < 5);
var k = 0;
do {
  k += 2;
} while (k < 7);
console.log('k', k);
var collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  steps++;
}
console.log('collatz(27) steps', steps);
var n = 0;
while (true) {
  n++;
  if (n === 2) continue;
  if (n >= 5) break;
  console.log('n', n);
}
var digits = 0, num = 123456;
do { digits++; num = Math.floor(num / 10); } while (num > 0);
console.log('digits', digits);
