// A malformed JSON file that the program requires is a compile-time error.
const data = require('./_diag/bad.json');
console.log(data);
