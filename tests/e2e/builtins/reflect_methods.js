// Reflect: the object internal methods as functions returning booleans, with receivers for
// get/set, apply/construct with argument lists, and V8's messages for bad targets.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

// apply.
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(''.concat, 'a', ['b', 'c']));
console.log(Reflect.apply(function () { 'use strict'; return typeof this; }, 5, []), Reflect.apply(function (a, b) { return a + b; }, null, { length: 2, 0: 'x', 1: 'y' }));
attempt('apply non-callable', () => Reflect.apply({}));
attempt('apply string', () => Reflect.apply('abc'));
attempt('apply undefined', () => Reflect.apply(undefined));
attempt('apply null', () => Reflect.apply(null));
attempt('apply no list', () => Reflect.apply(Math.max, null));
attempt('apply bad list', () => Reflect.apply(Math.max, null, 1));

// construct, with and without newTarget.
class Point {
  constructor(x, y) { this.x = x; this.y = y; this.nt = 'made'; }
}
class Other {}
const p = Reflect.construct(Point, [1, 2]);
console.log(p, p instanceof Point);
const q = Reflect.construct(Point, [3, 4], Other);
console.log(q, q instanceof Other, q instanceof Point);
function Legacy(v) { this.v = v; }
console.log(Reflect.construct(Legacy, ['l']), Reflect.construct(Object, []), Reflect.construct(Array, [3]).length);
console.log(Reflect.construct(Error, ['boom']).message, Reflect.construct(Error, ['boom'], Other) instanceof Other);
attempt('construct non-constructor', () => Reflect.construct(Math.max, []));
attempt('construct arrow', () => Reflect.construct(() => 1, []));
attempt('construct bad newTarget', () => Reflect.construct(Point, [], 1));
attempt('construct bad list', () => Reflect.construct(Point, 1));
attempt('construct object', () => Reflect.construct({}));

// defineProperty / getOwnPropertyDescriptor / deleteProperty return booleans.
const o = {};
console.log(Reflect.defineProperty(o, 'x', { value: 1 }), Reflect.defineProperty(o, 'x', { value: 2 }), o.x);
console.log(Reflect.getOwnPropertyDescriptor(o, 'x'), Reflect.getOwnPropertyDescriptor(o, 'nope'));
console.log(Reflect.deleteProperty(o, 'x'), Reflect.deleteProperty(o, 'nope'), Reflect.deleteProperty([1, 2], 0));
console.log(Reflect.defineProperty(Object.freeze({}), 'y', { value: 1 }), Reflect.defineProperty(Object.freeze([]), 'length', { value: 0 }));
attempt('defineProperty bad length', () => Reflect.defineProperty([], 'length', { value: 1.5 }));
attempt('defineProperty bad descriptor', () => Reflect.defineProperty({}, 'x', 1));

// get / set with receivers.
const withAccessors = {
  _v: 1,
  get v() { return this._v; },
  set v(x) { this._v = x; },
};
const receiver = { _v: 'receiver' };
console.log(Reflect.get(withAccessors, 'v'), Reflect.get(withAccessors, 'v', receiver), Reflect.get([5, 6], 1));
console.log(Reflect.set(withAccessors, 'v', 10, receiver), receiver._v, withAccessors._v);
console.log(Reflect.set(Object.freeze({ a: 1 }), 'a', 2), Reflect.set({}, 'b', 2), Reflect.set([], 'length', 3));
const protoRO = Object.create(Object.freeze({ ro: 1 }));
console.log(Reflect.set(protoRO, 'ro', 2), protoRO.ro);
const data = { d: 1 };
const other = {};
console.log(Reflect.set(data, 'd', 2, other), data.d, other.d);
const accessorReceiver = { get d() { return 'getter'; } };
console.log(Reflect.set(data, 'd', 3, accessorReceiver), accessorReceiver.d);
console.log(Reflect.set(data, 'd', 4, 1));

// has / ownKeys / prototypes / extensibility.
console.log(Reflect.has({ a: 1 }, 'a'), Reflect.has({}, 'toString'), Reflect.has([1], 0), Reflect.has([1], 1));
console.log(Reflect.ownKeys({ b: 1, 1: 1, a: 1 }), Reflect.ownKeys([1, 2]), Reflect.ownKeys(Object.defineProperty({}, 'h', { value: 1 })));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
console.log(Reflect.setPrototypeOf(Object.prototype, {}), Reflect.setPrototypeOf(Object.prototype, null));
const cyc = {};
console.log(Reflect.setPrototypeOf(cyc, Object.create(cyc)));
const ext = {};
console.log(Reflect.isExtensible(ext), Reflect.preventExtensions(ext), Reflect.isExtensible(ext));
attempt('setPrototypeOf bad proto', () => Reflect.setPrototypeOf({}, 1));
attempt('setPrototypeOf missing proto', () => Reflect.setPrototypeOf({}));

// Non-object targets.
for (const name of ['defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf']) {
  attempt(name, () => Reflect[name](1, 'x', {}));
}
console.log(Object.getOwnPropertyNames(Reflect).join(), Object.prototype.toString.call(Reflect));
console.log(Object.getOwnPropertyNames(Reflect).map((k) => Reflect[k].length).join());
