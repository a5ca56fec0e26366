// The Object constructor's functions: keys/values/entries, assign, create, prototypes,
// fromEntries, is, hasOwn, getOwnPropertyNames, and Object() itself.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

// Key order: indices ascending, then strings in insertion order.
const o = { b: 1, 2: 'two', a: 2, 1: 'one', [10]: 'ten' };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys('hey'), Object.values('hey'), Object.entries([7, , 9]));
console.log(Object.keys(5), Object.entries(true), Object.getOwnPropertyNames('ab'));
attempt('keys(null)', () => Object.keys(null));
attempt('values(undefined)', () => Object.values(undefined));
// Getters run in order; a getter deleting a later key hides it from values().
const tricky = {
  get first() { delete this.second; return 'first'; },
  second: 'second',
  third: 'third',
};
console.log(Object.values(tricky), Object.keys(tricky));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 });
console.log(Object.keys(hidden), Object.getOwnPropertyNames(hidden), Object.entries(hidden));

// assign: enumerable own properties, getters read, setters called.
const log = [];
const target = { set x(v) { log.push('set x ' + v); } };
const source = { get x() { log.push('get x'); return 1; }, y: 2 };
const result = Object.assign(target, source, null, undefined, { z: 3 }, 'ab');
console.log(result === target, log, Object.keys(target), target.y, target[0], target[1]);
console.log(Object.assign([1, 2, 3], [4, 5]), Object.assign(1) instanceof Number);
attempt('assign(null)', () => Object.assign(null, {}));
attempt('assign to frozen', () => Object.assign(Object.freeze({ a: 1 }), { a: 2 }));
attempt('assign to closed', () => Object.assign(Object.preventExtensions({}), { b: 2 }));
attempt('assign getter only', () => Object.assign({ get g() { return 1; } }, { g: 2 }));

// create.
const proto = { greet() { return 'hi ' + this.name; } };
const child = Object.create(proto, { name: { value: 'kiln', enumerable: true } });
console.log(child.greet(), Object.getPrototypeOf(child) === proto, Object.keys(child));
const bare = Object.create(null);
bare.k = 1;
console.log(Object.getPrototypeOf(bare), 'toString' in bare, Object.keys(bare));
attempt('create(1)', () => Object.create(1));
attempt('create(undefined)', () => Object.create(undefined));
attempt('create bad props', () => Object.create({}, { p: 1 }));
attempt('create null props', () => Object.create({}, null));

// getPrototypeOf / setPrototypeOf.
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype));
attempt('getPrototypeOf(null)', () => Object.getPrototypeOf(null));
const animal = { speak() { return 'generic'; } };
const dog = { speak() { return 'woof'; } };
const pet = Object.setPrototypeOf({}, animal);
console.log(pet.speak());
Object.setPrototypeOf(pet, dog);
console.log(pet.speak(), Object.getPrototypeOf(pet) === dog);
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf('x', {}));
attempt('setPrototypeOf(null)', () => Object.setPrototypeOf(null, {}));
attempt('setPrototypeOf bad proto', () => Object.setPrototypeOf({}, 1));
attempt('setPrototypeOf closed', () => Object.setPrototypeOf(Object.preventExtensions({}), {}));
attempt('setPrototypeOf same on closed', () => Object.getPrototypeOf(Object.setPrototypeOf(Object.preventExtensions({}), Object.prototype)) === Object.prototype);
attempt('cycle', () => { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); });
attempt('Object.prototype', () => Object.setPrototypeOf(Object.prototype, {}));
attempt('Object.prototype null', () => Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
// A prototype change seen by a hot loop.
const readers = [];
const p1 = { v: 'p1' };
const p2 = { v: 'p2' };
const obj = Object.create(p1);
for (let i = 0; i < 4; i++) {
  if (i === 2) Object.setPrototypeOf(obj, p2);
  readers.push(obj.v);
}
console.log(readers.join(' '));

// fromEntries.
console.log(Object.fromEntries([['a', 1], ['b', 2], [3, 'three'], ['a', 'again']]));
console.log(Object.fromEntries([{ 0: 'x', 1: 'y' }, 'kv'.split('')]));
console.log(Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k + k, v * 10])));
attempt('fromEntries(1)', () => Object.fromEntries(1));
attempt('fromEntries(undefined)', () => Object.fromEntries(undefined));
attempt('fromEntries({})', () => Object.fromEntries({}));
attempt('fromEntries([1])', () => Object.fromEntries([1]));

// is / hasOwn.
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log(Object.is(1, 1.0), Object.is(null, undefined), Object.is(), Object.is(0 / -1, -0));
console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn([1], 0), Object.hasOwn('ab', 'length'));
attempt('hasOwn(null)', () => Object.hasOwn(null, 'a'));

// Object() and new Object().
const existing = { e: 1 };
console.log(Object(existing) === existing, new Object(existing) === existing, Object(), new Object(null));
console.log(typeof Object(1), Object('str') instanceof String, Object(true).valueOf());
class Sub extends Object {
  constructor() { super(); this.made = true; }
}
const sub = new Sub();
console.log(sub instanceof Sub, sub.made, Object.getPrototypeOf(sub) === Sub.prototype);

// Lengths and names.
console.log(Object.length, Object.name, Object.keys.length, Object.assign.length, Object.defineProperty.length);
// Object.groupBy is newer than node 20.
console.log(Object.getOwnPropertyNames(Object).filter((k) => k !== 'groupBy').join());
console.log(Object.getOwnPropertyNames(Object.prototype).join());
