// Non-integer values in a non-decimal radix (V8's DoubleToRadixCString algorithm).
console.log((0.5).toString(2), (0.25).toString(2), (3.75).toString(16), (-1.25).toString(4));
console.log((0.1).toString(2));
console.log((0.1).toString(3), (1 / 3).toString(3));
console.log((255.5).toString(16), (0.5).toString(36), (1.1).toString(16));
console.log((Math.PI).toString(7), (1e-7).toString(2).length);
