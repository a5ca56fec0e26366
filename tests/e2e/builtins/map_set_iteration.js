// Iterating Maps and Sets: for-of, spread, destructuring, yield*, iterator objects, and
// entries added or removed (or the collection cleared) while an iteration is under way.
const m = new Map([['x', 1], ['y', 2], ['z', 3]]);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log('key', k);
for (const v of m.values()) console.log('value', v);
for (const e of m.entries()) console.log('entry', e);
const [[k0, v0], ...restEntries] = m;
console.log(k0, v0, restEntries);
console.log([...new Set('mississippi')].join(''));
function* gen() {
  yield* new Set([1, 2]);
  yield* new Map([[3, 4]]).keys();
  yield* new Map([[5, 6]]);
}
console.log([...gen()]);

// The iterator is itself iterable, and a partly used one continues where it was.
const it = m.values();
it.next();
console.log([...it], [...it], it.next());

// Break out early, then iterate again from the start.
for (const [k] of m) { if (k === 'y') break; console.log('before break', k); }
console.log([...m.keys()].join());

// Deleting and re-adding moves an entry to the end; entries added during iteration are
// visited; deleted ones are not.
const order = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
order.delete(1);
order.set(1, 'a2');
console.log([...order.keys()].join());
const visited = [];
for (const [k] of order) {
  visited.push(k);
  if (k === 2) { order.delete(3); order.set(4, 'd'); }
  if (k === 4) order.set(5, 'e');
}
console.log(visited.join());

// Mass deletion compacts the table under a live iterator.
const big = new Set();
for (let i = 0; i < 2000; i++) big.add(i);
const bi = big.values();
console.log(bi.next().value, bi.next().value);
for (let i = 0; i < 1990; i++) big.delete(i);
big.add('tail');
console.log([...bi].join(), big.size);

// clear() during iteration: later additions are still seen.
const cl = new Map([[1, 1], [2, 2]]);
const seen = [];
for (const [k] of cl) {
  seen.push(k);
  if (k === 1) { cl.clear(); cl.set(9, 9); }
}
console.log(seen.join(), cl.size);

// forEach sees the same live view.
const fe = new Set([1, 2, 3]);
const log = [];
fe.forEach(v => { log.push(v); if (v < 6) fe.add(v + 3); fe.delete(v); });
console.log(log.join(), fe.size);

// A Map or Set whose Symbol.iterator is replaced is iterated through it.
const custom = new Set([1, 2, 3]);
custom[Symbol.iterator] = function* () { yield 'custom'; };
console.log([...custom]);
class Reversed extends Map {
  *[Symbol.iterator]() { const all = [...this.entries()]; for (let i = all.length - 1; i >= 0; i--) yield all[i]; }
}
console.log([...new Reversed([[1, 'a'], [2, 'b']])]);

// Many short-lived collections (the collector frees their tables).
let total = 0;
for (let round = 0; round < 2000; round++) {
  const s = new Set();
  const mm = new Map();
  for (let i = 0; i < 50; i++) { s.add('k' + i); mm.set({ i }, [i]); }
  for (const [key, arr] of mm) total += key.i + arr[0];
  total += s.size;
}
console.log(total);
