// Object.prototype: hasOwnProperty, isPrototypeOf, propertyIsEnumerable, toString,
// toLocaleString, valueOf, the __proto__ accessor and the __defineGetter__ family.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
const OP = Object.prototype;

class A {}
class B extends A {}
const b = new B();
console.log(A.prototype.isPrototypeOf(b), B.prototype.isPrototypeOf(b), OP.isPrototypeOf(b), b.isPrototypeOf(b));
console.log(OP.isPrototypeOf.call(null, 1), Array.prototype.isPrototypeOf([]), Object.getPrototypeOf(function () {}).isPrototypeOf(A));
attempt('isPrototypeOf on null', () => OP.isPrototypeOf.call(null, {}));

const e = Object.defineProperty({ visible: 1 }, 'invisible', { value: 2 });
console.log(e.propertyIsEnumerable('visible'), e.propertyIsEnumerable('invisible'), e.propertyIsEnumerable('missing'));
console.log([1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable(1));
console.log(e.hasOwnProperty('invisible'), e.hasOwnProperty('hasOwnProperty'), OP.hasOwnProperty.call('ab', 1));
attempt('hasOwnProperty on undefined', () => OP.hasOwnProperty.call(undefined, 'x'));

const toString = OP.toString;
console.log(toString.call(undefined), toString.call(null), toString.call(1), toString.call('s'), toString.call(true));
console.log(toString.call([]), toString.call(function () {}), toString.call(new Error('x')), toString.call({}));
console.log(toString.call((function () { return arguments; })()), toString.call(new B()), String({}));
console.log(OP.toLocaleString.call(1), [1, 'a'].toLocaleString(), ({ toString() { return 'custom'; } }).toLocaleString());
attempt('toLocaleString on null', () => OP.toLocaleString.call(null));
const n = OP.valueOf.call(5);
console.log(typeof n, n instanceof Number, e.valueOf() === e);
attempt('valueOf on null', () => OP.valueOf.call(null));

// __proto__.
const base = { kind: 'base' };
const o = { own: 1 };
console.log(o.__proto__ === OP, [].__proto__ === Array.prototype, (5).__proto__ === Number.prototype);
o.__proto__ = base;
console.log(o.kind, Object.getPrototypeOf(o) === base, Object.keys(o));
o.__proto__ = 42;
console.log(o.kind);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__);
const lit = { __proto__: base, x: 1 };
console.log(lit.kind, Object.keys(lit));
attempt('cyclic __proto__', () => { base.__proto__ = lit; });
attempt('closed __proto__', () => { Object.preventExtensions(lit).__proto__ = {}; });
const desc = Object.getOwnPropertyDescriptor(OP, '__proto__');
console.log(desc.get.name, desc.set.name, desc.enumerable, desc.configurable, desc.set.call(1, {}));
attempt('__proto__ setter on null', () => desc.set.call(null, {}));
attempt('__proto__ getter on null', () => desc.get.call(null));

// __defineGetter__ and friends.
const legacy = {};
legacy.__defineGetter__('g', function () { return 'legacy getter'; });
let stored;
legacy.__defineSetter__('g', function (v) { stored = v; });
legacy.g = 9;
console.log(legacy.g, stored, Object.keys(legacy), typeof legacy.__lookupGetter__('g'), typeof legacy.__lookupSetter__('g'));
console.log(Object.create(legacy).__lookupGetter__('g') === legacy.__lookupGetter__('g'), legacy.__lookupGetter__('nope'));
console.log(({ plain: 1 }).__lookupGetter__('plain'), {}.__lookupGetter__('__proto__') === desc.get);
attempt('__defineGetter__ non-function', () => legacy.__defineGetter__('h', 1));
attempt('__defineSetter__ frozen', () => Object.freeze({}).__defineSetter__('h', function () {}));
