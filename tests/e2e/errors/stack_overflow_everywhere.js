// Deep recursion is a RangeError wherever it happens: compiled calls, getters, toString through builtins (toString through Array.prototype.join), JSON, generators.
// gc-stress: off
function r() { return r() + 1; }
try { r(); } catch (e) { console.log("1", e instanceof RangeError, e.message); }
const o = { get x() { return this.x; } };
try { o.x; } catch (e) { console.log("2", e instanceof RangeError); }
const t = { toString() { return String(this); } };
try { String(t); } catch (e) { console.log("3", e instanceof RangeError); }
function viaMap(n) { return [n].map(viaMap); }
try { viaMap(1); } catch (e) { console.log("4", e instanceof RangeError); }
const viaJoin = { toString() { return [viaJoin].join(); } };
try { String(viaJoin); } catch (e) { console.log("6", e instanceof RangeError); }
class A { constructor() { new A(); } }
try { new A(); } catch (e) { console.log("7", e instanceof RangeError); }
function* g() { yield* g(); }
try { [...g()]; } catch (e) { console.log("8", e instanceof RangeError); }
