// ES modules importing CommonJS: the default import is module.exports, named imports are its
// properties (read once it has run), a namespace has both; CommonJS packages by name; the
// CommonJS files run in import order, once, shared with require.
import lib, { greet, version } from './_cjs/lib.cjs';
import * as ns from './_cjs/lib.cjs';
import math from './_cjs/math.js';
import next from './_cjs/counter.js';
import { plain, some, scoped } from './_cjs/pkg_user.mjs';
import data from './_cjs/sub/deep.js';
import { greet as g2, v, cjsDefault } from './_cjs/reexport.mjs';
import { createRequire } from './_cjs/require_helper.cjs';
console.log(greet('esm'), version, lib.version, lib.default);
console.log(ns.default === lib, ns.greet === greet, Object.keys(ns).sort());
console.log(math.add(40, 2), next(), next());
console.log(plain, some, scoped, data.sum);
console.log(g2 === greet, v, cjsDefault === lib);
const req = createRequire();
console.log(req('./math.js') === math, req.main);
const dyn = await import('./_cjs/lib.cjs');
console.log(dyn.default === lib, dyn.version);
