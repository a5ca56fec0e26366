// Function.prototype.toString of methods: a static method's text starts after `static`.
class F { static /* before */f /* a */ ( /* b */ ) /* c */ { /* d */ } static() {} static async *g() {} static get [`x`]() {} m() {} }
console.log(F.f.toString()); console.log(F.prototype.constructor.toString().length);
console.log(F.g.toString(), Object.getOwnPropertyDescriptor(F, "x").get.toString(), F.prototype.m.toString());
