import { helloA, late } from '../esm_cycle.mjs';
export const fromB = "b value";
export function callA() { return helloA(); }
console.log("b runs", helloA());
try { late; } catch (e) { console.log(e.name, e.message); }
