// require() of an ES module that is still evaluating (it imports the requiring file) is
// node's ERR_REQUIRE_CYCLE_MODULE.
import r from './_cjs/requires_entry.cjs';
export const x = 1;
console.log(r);
