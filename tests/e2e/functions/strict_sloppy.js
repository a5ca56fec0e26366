// Strict versus sloppy code: this binding, undeclared assignments, delete, failed writes, octal literals, caller.
function sloppyThis() { return typeof this + " " + (this === globalThis); }
function strictThis() { "use strict"; return typeof this + " " + String(this); }
console.log(sloppyThis(), sloppyThis.call(5), strictThis(), strictThis.call(5));
console.log(typeof sloppyThis.call("s"), sloppyThis.call(null));
undeclared1 = 5;
console.log(globalThis.undeclared1, delete globalThis.undeclared1, typeof undeclared1);
globalThis.g2 = 1;
console.log(delete g2, typeof g2);
var v3 = 1;
console.log(delete v3, typeof v3);
try { (function () { "use strict"; undeclared2 = 1; })(); } catch (e) { console.log(e.name, e.message); }
try { (function () { "use strict"; undeclared3 = (() => { console.log("rhs first"); return 1; })(); })(); } catch (e) { console.log(e.name, e.message); }
const frozen = Object.freeze({ a: 1 });
frozen.a = 2;
console.log(frozen.a);
try { (function () { "use strict"; frozen.a = 2; })(); } catch (e) { console.log(e.name, e.message); }
const getterOnly = { get x() { return 1; } };
getterOnly.x = 5;
try { (function () { "use strict"; getterOnly.x = 5; })(); } catch (e) { console.log(e.name, e.message); }
try { (function () { "use strict"; delete Object.prototype; })(); } catch (e) { console.log(e.name, e.message); }
console.log(delete Object.prototype);
console.log(010, 0o10, 08);
try { (function f() { "use strict"; f(); })(); } catch (e) { console.log(e.name, e.message); }
function r() { return r(); }
try { r(); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log((function(){ return arguments.callee === undefined; })());
try { (function(){ "use strict"; "x".length = 3; })() } catch (e) { console.log(e.name, e.message); }
try { (function(){ "use strict"; (5).foo = 3; })() } catch (e) { console.log(e.name, e.message); }
(5).foo = 3;
console.log(sloppyThis.caller === undefined ? "caller undef" : typeof sloppyThis.caller);
try { (function(){ "use strict"; }).caller } catch (e) { console.log(e.name, e.message); }
