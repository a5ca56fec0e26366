console.log(7 / 2, -7 / 2, 7 % 2, -7 % 2, 7 % -2, -7 % -2);
console.log(Math.floor(7 / 2), Math.floor(-7 / 2), Math.trunc(-7 / 2));
console.log(5.5 % 1, -5.5 % 1, 0.3 % 0.1, 10 % 0.3);
console.log(1 % 0, 0 % 1, -0 % 1, Infinity % 2, 2 % Infinity, -2 % Infinity);
function mod(n, m) { return ((n % m) + m) % m; }
console.log(mod(-7, 3), mod(7, 3), mod(-1, 5));
console.log(1e300 / 1e-300, 1e-300 / 1e300, -1 / 3);
var digits = [];
var n = 9876543210;
while (n > 0) { digits.push(n % 10); n = Math.floor(n / 10); }
console.log(digits.join(''));
console.log(2 ** 53 % 3, 123456789123 % 1000, 4.5 % 2);
