// A cycle: b runs first and calls a function a exports (instantiated before any module runs); a TDZ binding read early throws.
import { fromB, callA } from './_cycle/b.mjs';
export function helloA() { return "hello from a"; }
export let late = "late";
console.log("a runs", fromB, callA());
