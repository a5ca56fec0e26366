// Object.defineProperty, getOwnPropertyDescriptor(s), defineProperties and the validation
// of redefinitions, with V8's messages.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}

const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
console.log(o.x, Object.keys(o), JSON_free(o));
function JSON_free(obj) { return Object.getOwnPropertyNames(obj).join(','); }
o.x = 2;
console.log('sloppy write ignored:', o.x);
attempt('redefine value', () => Object.defineProperty(o, 'x', { value: 3 }));
attempt('same value ok', () => Object.defineProperty(o, 'x', { value: 1 }).x);
attempt('make configurable', () => Object.defineProperty(o, 'x', { configurable: true }));
attempt('make enumerable', () => Object.defineProperty(o, 'x', { enumerable: true }));
attempt('to accessor', () => Object.defineProperty(o, 'x', { get() { return 1; } }));
attempt('delete', () => delete o.x);

// Configurable properties can change kind and attributes.
const c = { a: 1 };
Object.defineProperty(c, 'a', { get() { return 'got'; }, configurable: true });
console.log(c.a, Object.getOwnPropertyDescriptor(c, 'a'));
Object.defineProperty(c, 'a', { value: 5 });
console.log(c.a, Object.getOwnPropertyDescriptor(c, 'a'));
Object.defineProperty(c, 'a', { writable: false });
c.a = 9;
console.log(c.a, Object.getOwnPropertyDescriptor(c, 'a'));
Object.defineProperty(c, 'a', { value: 6 });
console.log(c.a);

// Accessors: partial updates keep the other half.
let store = 0;
const acc = {};
Object.defineProperty(acc, 'v', { get() { return store; }, set(x) { store = x * 2; }, configurable: true, enumerable: true });
acc.v = 5;
console.log(acc.v, Object.keys(acc));
Object.defineProperty(acc, 'v', { get() { return 'new getter ' + store; } });
acc.v = 7;
console.log(acc.v);
Object.defineProperty(acc, 'v', { set: undefined });
acc.v = 100;
console.log(acc.v, typeof Object.getOwnPropertyDescriptor(acc, 'v').set);

// Descriptor validation.
attempt('non-object target', () => Object.defineProperty(1, 'x', {}));
attempt('non-object descriptor', () => Object.defineProperty({}, 'x', 1));
attempt('bad getter', () => Object.defineProperty({}, 'x', { get: 1 }));
attempt('bad setter', () => Object.defineProperty({}, 'x', { set: 'abc' }));
attempt('both kinds', () => Object.defineProperty({}, 'x', { get() {}, value: 1 }));
attempt('inherited fields', () => {
  const proto = { enumerable: true, value: 42 };
  const d = Object.create(proto);
  return Object.getOwnPropertyDescriptor(Object.defineProperty({}, 'p', d), 'p');
});

// Defaults for new properties are all false.
const d = Object.defineProperty({}, 'k', {});
console.log(Object.getOwnPropertyDescriptor(d, 'k'));
console.log(Object.getOwnPropertyDescriptor(d, 'missing'));
console.log(Object.getOwnPropertyDescriptor('abc', 1), Object.getOwnPropertyDescriptor('abc', 'length'));

// defineProperties checks every descriptor first, then defines in order.
const many = {};
attempt('defineProperties bad', () => Object.defineProperties(many, { a: { value: 1 }, b: { get: 1 } }));
console.log(Object.getOwnPropertyNames(many));
Object.defineProperties(many, { a: { value: 1, enumerable: true }, b: { get() { return this.a + 1; } } });
console.log(many.a, many.b, Object.keys(many), Object.getOwnPropertyNames(many));
console.log(Object.getOwnPropertyDescriptors({ p: 1, get q() { return 2; } }));

// Index keys on objects and arrays.
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { value: 'two', writable: false });
arr[1] = 'changed';
console.log(arr, arr.length, Object.getOwnPropertyDescriptor(arr, 1));
Object.defineProperty(arr, 5, { value: 'six', enumerable: true, configurable: true, writable: true });
console.log(arr, arr.length);
Object.defineProperty(arr, 0, { get() { return 'getter'; }, configurable: true });
console.log(arr[0], arr.indexOf('getter'), arr.join('|'), Object.keys(arr));
attempt('redefine index', () => Object.defineProperty(arr, 1, { value: 'x' }).slice(1));
console.log(delete arr[0], arr[0], 0 in arr);
attempt('delete non-configurable index', () => delete arr[1]);
const objIdx = {};
Object.defineProperty(objIdx, '7', { get() { return 'seven'; }, enumerable: true });
console.log(objIdx[7], Object.keys(objIdx), Object.entries(objIdx));

// Array length.
const la = [1, 2, 3, 4];
Object.defineProperty(la, 'length', { value: 2 });
console.log(la, la.length);
attempt('bad length', () => Object.defineProperty(la, 'length', { value: -1 }));
attempt('length accessor', () => Object.defineProperty(la, 'length', { get() { return 1; } }));
Object.defineProperty(la, 'length', { writable: false });
la.push;
attempt('push', () => la.push(5));
attempt('grow', () => Object.defineProperty(la, 'length', { value: 3 }));
attempt('index past length', () => Object.defineProperty(la, 2, { value: 3 }));
la[3] = 'ignored';
console.log(la, la.length, Object.getOwnPropertyDescriptor(la, 'length'));
const nc = [1, 2, 3, 4];
Object.defineProperty(nc, 1, { value: 2, configurable: false });
nc.length = 0;
console.log(nc, nc.length);
