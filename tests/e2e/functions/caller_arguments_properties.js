function f() {}
console.log(Object.getOwnPropertyNames(f), Object.getOwnPropertyNames(function () { "use strict"; }), Object.getOwnPropertyNames(() => 1), Object.getOwnPropertyNames(class {}));
console.log(Object.getOwnPropertyDescriptor(f, "caller"), f.caller, f.arguments);
const d = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
console.log(typeof d.get, d.get === d.set, d.get.name === "", d.get.length, Object.isFrozen(d.get), d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Math.max), Object.getOwnPropertyNames({ m() {} }.m));
