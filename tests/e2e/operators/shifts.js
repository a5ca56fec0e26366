console.log(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 33);
console.log(-1 << 1, 5 << -1);
console.log(16 >> 2, -16 >> 2, -1 >> 31, -1 >> 0);
console.log(16 >>> 2, -16 >>> 2, -1 >>> 0, -1 >>> 31, -1 >>> 32);
console.log(2147483647 << 1, 1073741824 << 1);
console.log(1.5 << 1, '3' << '2', 8 >> '1');
console.log(0x80000000 >> 0, 0x80000000 >>> 0);
var h = 0;
var s = 'hashme';
for (var i = 0; i < s.length; i++) {
  h = ((h << 5) - h + s.charCodeAt(i)) | 0;
}
console.log('hash', h, h >>> 0);
var v = 1;
v <<= 4; console.log(v);
v >>= 1; console.log(v);
v = -v;
v >>>= 28; console.log(v);
