// console.log of Map, Set, WeakMap, WeakSet and their iterators, as node's util.inspect.
console.log(new Map([['a', 1], ['b', 2]]), new Set([1, 2, 3]), new Map(), new Set());
console.log(new WeakMap(), new WeakSet());
console.log({ a: { b: { c: new Map([[1, 2]]), d: new Map(), e: new Set([1]), f: new WeakSet() } } });
class M extends Map {}
console.log(new M([[1, 2]]), new M(), { a: { b: { c: new M([[1, 2]]) } } });
const withProp = new Map([[1, { a: 1 }]]);
withProp.extra = 5;
console.log(withProp);
const big = new Set();
for (let i = 0; i < 120; i++) big.add(i);
console.log(big);
console.log(new Map([[{ a: 1, b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx' }, [1, 2, 3]], ['key2', 'value2value2value2value2value2']]));
console.log([new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]])]);
console.log([new Map([[{ a: { b: { c: {} } } }, 1]])]);
console.log(new Set(['a', 'b']), new Map([[NaN, -0]]), new Set([[1, 2], { k: 'v' }, 'str', null, undefined]));
const nullProto = new Map([[1, 2]]);
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
// Iterators show what is left without advancing.
console.log(new Map([[1, 2]]).keys(), new Set([5]).entries(), new Map().keys(), new Set().entries());
const m = new Map([[1, 2], [3, 4]]);
const it = m.entries();
it.next();
console.log(it, m.keys(), m.values());
const si = new Set([1, 2, 3]).values();
si.next();
console.log(si, [...si], si);
console.log(new Map([[1, 'a'.repeat(70)], [2, 'b']]).entries());
console.log({ a: { b: { c: new Map([[1, 2]]).keys(), d: new WeakMap() } } });
console.log('%o and %s', new Set([1]), new Map([[1, 2]]));
