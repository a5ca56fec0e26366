console.log(0xff, 0XAB, 0o17, 0O777, 0b1010, 0B11);
console.log(1e3, 1E3, 1e+3, 1e-3, .5, 5., 0.0);
console.log(1.0, 1.50, 100e-2, 0x10 + 0b10 + 0o10);
console.log(123..toString(), 1.5.toFixed(1), (5).toString(2));
console.log(9.007199254740993e15, 0.1e-5, 1.23e+21);
