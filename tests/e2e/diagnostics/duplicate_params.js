// Arrow functions never allow duplicate parameter names, even in sloppy code.
const add = (a, b, a) => a + b;
console.log(add(1, 2, 3));
