// super.x = v, super[k] = v, compound and update forms, delete super.x, and the order of a super reference.
class A { set x(v) { console.log("A set", v, this === obj); } }
class B extends A { m() { super.x = 1; super["x"] = 2; const k = "x"; super[k] = 3; super.y = 4; } }
const obj = new B(); obj.m(); console.log(obj.y);
const o2 = { __proto__: { set z(v) { console.log("proto set", v); } }, m() { super.z = 5; super.z += 1; super.q ??= 7; return this.q; } };
console.log(o2.m());
try { (class extends A { m() { delete super.x; } }).prototype.m(); } catch (e) { console.log(e.name, e.message); }
const base = { get v() { return this._v; }, set v(x) { this._v = x * 10; } };
const o3 = { __proto__: base, inc() { super.v = 1; super.v++; ++super.v; super.v += 5; return [this._v, super.v]; } };
console.log(o3.inc());
class P { static s = 1; }
class Q extends P { static bump() { super.s = 5; return [this.s, P.s, Object.hasOwn(this, "s")]; } }
console.log(Q.bump());
const frozen = Object.freeze({ __proto__: { }, m() { "use strict"; super.x = 1; } });
try { frozen.m(); } catch (e) { console.log(e.name); }
class R extends P { constructor() { try { super.x = (console.log("rhs"), 1); } catch (e) { console.log(e.name); } super(); } }
new R();
