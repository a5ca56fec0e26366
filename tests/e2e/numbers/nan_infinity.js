console.log(NaN, -NaN, Infinity, -Infinity);
console.log(0 / 0, 1 / 0, -1 / 0, Infinity - Infinity, Infinity + Infinity, Infinity * -1);
console.log(NaN + 1, NaN * 0, Math.sqrt(-1), Math.max(1, NaN), Math.min(NaN, 1));
console.log(NaN === NaN, NaN == NaN, isNaN(NaN), isNaN('NaN'));
console.log(Infinity > 1e308, -Infinity < -1e308, 1e308 * 10, -1e308 * 10);
console.log(1 / Infinity, -1 / Infinity, Infinity / 0, 0 * Infinity);
console.log(Math.max(), Math.min());
console.log([NaN, Infinity, -Infinity], { n: NaN, i: Infinity });
console.log(String(NaN), String(Infinity), NaN + '', Infinity + '');
