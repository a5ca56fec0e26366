var max = 9007199254740991;
console.log(max, max + 1, max + 2, max + 3, max * 2);
console.log(2 ** 53 === 2 ** 53 + 1, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 63, 2 ** 64);
console.log(0x7fffffff, 0xffffffff, 0x100000000, 0xdeadbeef, 0o777, 0b1111);
console.log(1e16 + 1, 123456789 * 987654321, 99999 * 99999);
console.log(Math.floor(2 ** 52 + 0.5), 4503599627370497.5);
var f = 1;
for (var i = 1; i <= 25; i++) { f *= i; if (i % 5 === 0) console.log(i + '!', f); }
var s = 0;
for (var j = 0; j < 1000000; j++) s += j;
console.log(s);
var x = 0;
for (var k = 0; k < 10; k++) x += 0.1;
console.log(x, x === 1);
