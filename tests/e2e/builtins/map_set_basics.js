// Map, Set, WeakMap and WeakSet: SameValueZero keys, insertion order, mutation during iteration, constructors and errors.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.name + ': ' + e.message) } }
const m = new Map();
m.set('a', 1).set('b', 2).set('c', 3);
console.log(m.size, m.get('b'), m.has('c'), m.has('z'), m.get('z'));
m.delete('b'); m.set('b', 20); m.set('a', 10);
console.log([...m.keys()].join(), [...m.values()].join(), JSON.stringify([...m.entries()]), JSON.stringify([...m]));
for (const [k, v] of m) console.log(k, v);
m.forEach(function (v, k, map) { console.log(k, v, map === m, this.tag) }, { tag: 'T' });
// SameValueZero
const z = new Map([[NaN, 'nan'], [0, 'zero'], ['0', 'str0'], [1.0, 'one']]);
console.log(z.get(NaN), z.get(-0), z.get('0'), z.get(1), z.get(0.5 + 0.5), z.size);
const s = new Set([1, '1', 1, NaN, NaN, -0, 0, undefined, null, undefined]);
console.log(s.size, [...s].map(String).join('|'), s.has(NaN), s.has(-0), s.has(null));
// object keys by identity, strings by content
const k1 = {}, k2 = {};
const om = new Map([[k1, 'k1'], [k2, 'k2']]);
console.log(om.get(k1), om.get(k2), om.get({}), om.size);
const sk = 'ab' + 'cd'.repeat(20);
const sm = new Map([[sk, 1]]);
console.log(sm.get('ab' + 'cd'.repeat(20)), sm.has('abcd'));
// mutation during iteration
const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of it) { seen.push(k); if (k === 1) { it.delete(2); it.set(4, 'd') } if (k === 4) it.set(5, 'e') }
console.log(seen.join());
const fe = new Set([1, 2, 3]);
const fes = [];
fe.forEach(v => { fes.push(v); if (v < 5) fe.add(v + 3); fe.delete(v) });
console.log(fes.join(), fe.size);
// delete many while iterating (compaction)
const big = new Map();
for (let i = 0; i < 1000; i++) big.set(i, i * 2);
const bit = big.keys();
console.log(bit.next().value, bit.next().value);
for (let i = 0; i < 990; i++) big.delete(i);
console.log(bit.next().value, big.size, [...bit].join());
// clear during iteration
const cs = new Set([1, 2, 3]);
const csi = cs.values();
console.log(csi.next().value);
cs.clear(); cs.add(7);
console.log(JSON.stringify([csi.next(), csi.next(), csi.next()]), cs.size);
// done iterators stay done
const ds = new Set([1]); const dsi = ds.values(); dsi.next(); dsi.next(); ds.add(2);
console.log(JSON.stringify(dsi.next()));
// queue usage (many deletes, no iterator)
const q = new Set();
for (let i = 0; i < 100000; i++) { q.add(i); if (i >= 3) q.delete(i - 3) }
console.log(q.size, [...q].join());
// entries / keys / values of sets
const es = new Set(['x', 'y']);
console.log(JSON.stringify([...es.entries()]), [...es.keys()].join(), Set.prototype.keys === Set.prototype.values);
// iterator protocol
const mi = new Map([[1, 2]]).entries();
console.log(JSON.stringify(mi.next()), JSON.stringify(mi.next()), mi[Symbol.iterator]() === mi, Object.prototype.toString.call(mi));
console.log(Object.prototype.toString.call(new Map()), String(new Set()), m[Symbol.toStringTag]);
// spread and destructuring
const [first, second] = new Set([9, 8, 7]);
console.log(first, second, [...new Map([[1, 2]]).keys()], Array.from ? 'af' : '');
// constructors
t(() => new Map([[1, 2], [3, 4]]).size);
t(() => new Map(new Map([[1, 2]])).get(1));
t(() => new Set('hello').size);
t(() => new Set(new Set([1, 2])).size);

t(() => new Map([{ 0: 'k', 1: 'v' }]).get('k'));
t(() => Map());
t(() => Set());
t(() => new Map(1));
t(() => new Set({}));
t(() => new Map([1]));
t(() => new Map(['ab']));
t(() => Map.prototype.get.call(new Set(), 1));
t(() => Set.prototype.has.call([], 1));
t(() => Map.prototype.set.call(undefined, 1));

class MyMap extends Map { constructor(e) { super(e); this.extra = true } get(k) { return 'got ' + super.get(k) } }
const mm = new MyMap([[1, 'one']]);
console.log(mm.get(1), mm.size, mm instanceof Map, mm instanceof MyMap, mm.extra);
class LoggingSet extends Set { add(v) { console.log('add', v); return super.add(v) } }
console.log(new LoggingSet([1, 2]).size);
// WeakMap / WeakSet
const wk = {};
const wm = new WeakMap([[wk, 'v']]);
console.log(wm.get(wk), wm.has(wk), wm.has({}), wm.delete(wk), wm.has(wk), wm.get(1), wm.delete(1));
t(() => wm.set(1, 2));
t(() => new WeakMap([[1, 2]]));
const ws = new WeakSet([wk]);
console.log(ws.has(wk), ws.has(1), ws.delete(wk), ws.has(wk));
t(() => ws.add('s'));
t(() => WeakMap.prototype.get.call(new Map(), wk));
console.log(Map.length, Set.length, Map.name, Map.prototype.set.length, Object.getOwnPropertyNames(Map.prototype).join());
console.log(Map[Symbol.species] === Map, typeof Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
t(() => new Map().forEach(1));
t(() => new Set().forEach());
