// ES modules of the program: named, default and namespace imports, live bindings, re-exports, import.meta, dynamic import().
import def, { count, inc, Point as P } from './_esm/lib.mjs';
import * as ns from './_esm/lib.mjs';
import { again } from './_esm/reexport.mjs';
import anon from './_esm/anon.mjs';
console.log(def(), count);
inc(); inc();
console.log(count, ns.count, new P(1, 2).sum());
console.log(again === inc, typeof anon, anon.name, import.meta.url.endsWith('esm_graph.mjs'), import.meta.filename.endsWith('/modules/esm_graph.mjs'), import.meta.dirname.endsWith('/modules'));
console.log(ns, Object.keys(ns), Object.prototype.toString.call(ns));
try { count = 5; } catch (e) { console.log(e.name, e.message); }
const dyn = await import('./_esm/lazy.mjs');
console.log(dyn.lazy, dyn.default);
const name = './_esm/lazy.mjs';
const dyn2 = await import(name);
console.log(dyn2 === dyn);
import('./_esm/missing.mjs').catch(e => console.log(e.code));
