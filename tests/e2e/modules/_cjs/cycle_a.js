// node's documented cycle: a requires b, which requires a and sees a's exports so far.
console.log('a starting');
exports.done = false;
const b = require('./cycle_b.js');
console.log('in a, b.done =', b.done);
exports.done = true;
console.log('a done');
