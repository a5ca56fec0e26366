console.log(Math.floor(1.7), Math.floor(-1.2), Math.ceil(1.2), Math.ceil(-1.7), Math.trunc(-4.7), Math.trunc(4.7));
console.log(Math.abs(-3), Math.abs('-2'), Math.abs(null), Math.abs('x'));
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(-1, -5), Math.max('7', 2), Math.min([1], 4));
console.log(Math.pow(2, 8), Math.pow(-8, 1 / 3), Math.pow(4, 0.5), Math.sqrt(16), Math.sqrt(2), Math.cbrt(27));
console.log(Math.sign(-3), Math.sign(0), Math.sign(5), Math.sign('-2'), Math.sign(NaN));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atan2(1, 1), Math.sin(Math.PI / 2));
console.log(Math.exp(1), Math.log(Math.E), Math.log(1), Math.log(0), Math.log(-1), Math.log10(1000), Math.log2(8));
console.log(Math.hypot(3, 4), Math.hypot(), Math.floor(Math.PI * 1e6) / 1e6);
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.49), Math.round(-2.51), Math.round(0.5), Math.round(-0.5));
console.log(Math.floor('3.7'), Math.ceil(null), Math.round(undefined), Math.trunc([]));
function clamp(x, lo, hi) { return Math.max(lo, Math.min(hi, x)); }
console.log(clamp(15, 0, 10), clamp(-5, 0, 10), clamp(5, 0, 10));
