// Object.freeze / seal / preventExtensions and their tests, on plain objects, arrays,
// functions and class instances; sloppy writes are ignored, strict ones throw.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
function levels(o) {
  return [Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o)].join(' ');
}

const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 2;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 3;
console.log(frozen, levels(frozen), levels(frozen.nested));
attempt('strict write', function () { 'use strict'; frozen.a = 5; });
attempt('strict add', function () { 'use strict'; frozen.z = 5; });
attempt('strict delete', function () { 'use strict'; delete frozen.a; });
console.log(Object.getOwnPropertyDescriptor(frozen, 'a'));

const sealed = Object.seal({ a: 1 });
sealed.a = 10;
sealed.b = 2;
delete sealed.a;
console.log(sealed, levels(sealed), Object.getOwnPropertyDescriptor(sealed, 'a'));
attempt('strict add sealed', function () { 'use strict'; sealed.b = 1; });
attempt('strict delete sealed', function () { 'use strict'; delete sealed.a; });

const closed = Object.preventExtensions({ a: 1 });
closed.b = 1;
delete closed.a;
console.log(closed, levels(closed));
attempt('strict add closed', function () { 'use strict'; closed.b = 1; });
console.log('empty non-extensible is frozen:', levels(Object.preventExtensions({})));

// Primitives pass through.
console.log(Object.freeze(1), Object.seal('s'), Object.preventExtensions(true), levels(5));

// Arrays.
const fa = Object.freeze([3, 1, 2]);
fa[0] = 100;
fa[3] = 4;
fa.length = 0;
console.log(fa, fa.length, levels(fa));
console.log(Object.getOwnPropertyDescriptor(fa, 0), Object.getOwnPropertyDescriptor(fa, 'length'));
attempt('strict index write', function () { 'use strict'; fa[0] = 0; });
attempt('strict append', function () { 'use strict'; fa[5] = 0; });
attempt('strict length', function () { 'use strict'; fa.length = 0; });
for (const m of ['push', 'pop', 'shift', 'unshift', 'reverse', 'sort', 'fill', 'splice', 'copyWithin']) {
  attempt(m, () => fa[m](0, 1));
}
console.log(fa, fa.map((x) => x * 2), fa.slice(1), fa.concat([4]), fa.indexOf(2), fa.join('-'));
console.log([...fa], fa.toSorted(), fa.with(0, 'w'));

const sa = Object.seal([1, 2, 3]);
sa[0] = 'one';
sa[3] = 'four';
sa.length = 1;
console.log(sa, levels(sa));
attempt('sealed pop', () => sa.pop());
attempt('sealed reverse', () => sa.reverse());
attempt('sealed strict length', function () { 'use strict'; sa.length = 0; });
console.log(sa);

const pa = Object.preventExtensions([1, 2]);
attempt('closed push', () => pa.push(3));
console.log(pa.pop(), pa, levels(pa));
pa.length = 0;
console.log(pa, Object.isExtensible(pa), Object.isSealed(pa));

// Functions and class instances.
function f() { return 1; }
f.extra = 'x';
Object.freeze(f);
f.extra = 'y';
f.added = 1;
console.log(f.extra, f.added, levels(f), f(), typeof f.prototype);
class Point {
  constructor(x, y) { this.x = x; this.y = y; Object.freeze(this); }
  move() { return new Point(this.x + 1, this.y); }
}
const p = new Point(1, 2);
attempt('class strict write', function () { 'use strict'; p.x = 5; });
console.log(p, p.move(), levels(p));

// Inherited read-only properties block assignment on the heir.
const base = Object.freeze({ shared: 1 });
const heir = Object.create(base);
heir.shared = 2;
console.log(heir.shared, Object.keys(heir));
attempt('strict inherited', function () { 'use strict'; heir.shared = 3; });
Object.defineProperty(heir, 'shared', { value: 4, writable: true });
heir.shared = 5;
console.log(heir.shared, base.shared);

// Freezing in a loop keeps writes to other objects working (inline caches).
const objs = [];
for (let i = 0; i < 5; i++) {
  const o = { v: i };
  if (i % 2) Object.freeze(o);
  objs.push(o);
}
for (const o of objs) o.v = o.v + 10;
console.log(objs.map((o) => o.v).join(','));
const arrs = [[0], [1], [2]];
Object.freeze(arrs[1]);
for (let i = 0; i < 3; i++) arrs[i][0] = 'w' + i;
for (let i = 0; i < 3; i++) arrs[i][1] = 'a' + i;
console.log(arrs);
