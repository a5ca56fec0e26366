// Tight numeric loops: integer (int32-range) and floating-point arithmetic.
var isum = 0;
for (var i = 0; i < 50000000; i++) {
  isum = (isum + i * 7 + (i >> 3)) % 1000003;
}
var x = 0.5, fsum = 0;
for (var j = 0; j < 50000000; j++) {
  x = x * 1.0000001 + 0.000001;
  if (x > 2) x = x - 1.5;
  fsum += x * 0.5;
}
console.log('int checksum', isum);
console.log('float checksum', fsum.toFixed(6));
