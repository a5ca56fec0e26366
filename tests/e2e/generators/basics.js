// Generators: yield, next(value), return(), throw(), finally, yield*, and iteration.
function* counter(limit) {
  let i = 0;
  while (i < limit) {
    const sent = yield i++;
    if (sent) console.log('got', sent);
  }
  return 'done';
}
const g = counter(3);
console.log(g.next(), g.next('a'), g.next(), g.next(), g.next());
console.log([...counter(4)]);
for (const v of counter(2)) console.log('v', v);
function* withFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
const w = withFinally();
console.log(w.next(), w.return(42), w.next());
for (const x of withFinally()) { if (x === 1) break; }
const t = withFinally();
t.next();
try { t.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
function* inner() { const r = yield 'a'; yield r; return 'inner-done'; }
function* outer() {
  const result = yield* inner();
  console.log('inner returned', result);
  yield* [1, 2];
  yield* 'hi';
}
const o = outer();
console.log(o.next(), o.next('sent'), o.next(), o.next(), o.next(), o.next(), o.next(), o.next());
function* fib() {
  let [a, b] = [0, 1];
  for (;;) { yield a; [a, b] = [b, a + b]; }
}
const first = [];
for (const n of fib()) { if (n > 50) break; first.push(n); }
console.log(first);
const obj = {
  *items() { yield this.x; yield this.x * 2; },
  x: 5,
};
console.log([...obj.items()]);
class Tree {
  constructor(v, l, r) { this.v = v; this.l = l; this.r = r; }
  *[Symbol.iterator]() {
    if (this.l) yield* this.l;
    yield this.v;
    if (this.r) yield* this.r;
  }
}
console.log([...new Tree(2, new Tree(1), new Tree(4, new Tree(3)))]);
function* args() { yield arguments.length; yield* arguments; }
console.log([...args('x', 'y')]);
const gen = counter(1);
console.log(typeof gen.next, gen[Symbol.iterator]() === gen, Object.prototype.toString.call(gen));
