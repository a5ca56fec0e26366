// A require cycle: the module that is still loading is seen with the exports it has so far.
console.log('main starting');
const a = require('./_cjs/cycle_a.js');
const b = require('./_cjs/cycle_b.js');
console.log('in main, a.done =', a.done, 'b.done =', b.done);
