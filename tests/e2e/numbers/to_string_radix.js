console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (-0).toString(2));
console.log((35).toString(36), (36).toString(36), (1295).toString(36));
console.log((2 ** 32).toString(16), (2 ** 53 - 1).toString(2).length, (2 ** 53).toString(36));
console.log((NaN).toString(16), (Infinity).toString(2), (-Infinity).toString(36));
console.log((12345).toString(10), (12345).toString(), (1e21).toString(16));
try {
  (10).toString(1);
} catch (e) {
  console.log('radix 1:', e instanceof RangeError);
}
try {
  (10).toString(37);
} catch (e) {
  console.log('radix 37:', e.name);
}
for (var r = 2; r <= 36; r += 5) console.log(r, (123456).toString(r));
