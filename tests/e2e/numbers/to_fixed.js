console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (3.5).toFixed(0));
console.log((0).toFixed(2), (-0).toFixed(2), (-1.5).toFixed(0), (-2.345).toFixed(2));
console.log((123.456).toFixed(), (123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(5));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (0.000001).toFixed(7));
console.log((NaN).toFixed(2), (Infinity).toFixed(1), (-Infinity).toFixed(0));
console.log((0.1 + 0.2).toFixed(20), (1 / 3).toFixed(10));
console.log((5e-7).toFixed(6), (5e-7).toFixed(7), (9.995).toFixed(2), (99.995).toFixed(2));
console.log((1234.5678).toFixed(2), (42).toFixed(3), (0.5).toFixed(0), (1.5).toFixed(0), (-0.5).toFixed(0));
console.log((2 ** 53).toFixed(2), (123456789.123456789).toFixed(8));
try {
  (1).toFixed(101);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
}
console.log((1).toFixed(100).length);
