// A strict arguments object's callee is %ThrowTypeError%, the same function as Function.prototype's caller accessor.
try { (function(){ "use strict"; return arguments.callee; })() } catch (e) { console.log(e.name, e.message); }
const d1 = Object.getOwnPropertyDescriptor((function(){ "use strict"; return arguments; })(), "callee");
const d2 = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
console.log(d1.get === d2.get, d1.get === d1.set);
