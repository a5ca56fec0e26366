// require() of an ES module (node 20.19 and later): its namespace, with `__esModule: true`
// added when it has a default export.
const esm = require('./_cjs/esm_lib.mjs');
console.log(esm, esm.default(), esm.answer, esm.__esModule);
console.log(require('./_cjs/esm_lib.mjs') === esm, Object.keys(esm));
const named = require('./_cjs/esm_named.mjs');
console.log(named, Object.prototype.toString.call(named), '__esModule' in named);
