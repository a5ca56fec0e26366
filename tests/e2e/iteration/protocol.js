// The iteration protocol: user iterables in for-of, spread and destructuring; closing.
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return {
      next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }),
      return: () => { console.log('closed at', cur); return { done: true }; },
    };
  }
}
for (const n of new Range(1, 3)) console.log('n', n);
console.log([...new Range(5, 8)]);
const [a, b] = new Range(10, 20);
console.log(a, b);
for (const n of new Range(1, 10)) {
  if (n === 2) break;
}
function find() {
  for (const n of new Range(1, 10)) {
    if (n === 4) return n;
  }
}
console.log('found', find());
try {
  for (const n of new Range(1, 10)) {
    if (n === 3) throw new Error('stop');
  }
} catch (e) {
  console.log('caught', e.message);
}
outer: for (const x of new Range(1, 2)) {
  for (const y of new Range(1, 5)) {
    if (y === 2) continue outer;
  }
}
console.log(Math.max(...new Range(1, 4)));
const sym = Symbol('tag');
const o = { [sym]: 1, plain: 2 };
console.log(o, typeof sym, sym.toString(), sym.description, Symbol.for('k') === Symbol.for('k'));
try { for (const x of 5) {} } catch (e) { console.log(e instanceof TypeError); }
try { new Symbol(); } catch (e) { console.log(e.message); }
const prim = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : 'str:' + hint; } };
console.log(+prim, `${prim}`, prim + '');
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
