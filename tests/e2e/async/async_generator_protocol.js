// Async generator edge cases: request queue, return/throw at each state, errors, ordering.
const log = (...a) => console.log(...a);
async function* counter(n) {
  try {
    for (let i = 0; i < n; i++) {
      log('yielding', i);
      const got = yield i;
      if (got) log('received', got);
    }
  } catch (e) {
    log('caught inside', e);
    yield 'recovered';
  } finally {
    log('finally');
  }
}
async function main() {
  let g = counter(3);
  log(await g.return('at start'), await g.next());
  g = counter(3);
  await g.throw(new Error('x')).catch(e => log('throw at start rejects:', e.message));
  log(await g.next());
  g = counter(3);
  log(await g.next());
  log(await g.throw('boom'));
  log(await g.next());
  g = counter(5);
  log(await g.next());
  log(await g.return(Promise.resolve('resolved return')));
  g = counter(2);
  const order = [];
  const ps = [g.next().then(r => order.push(['a', r])), g.next('x').then(r => order.push(['b', r])), g.return('r').then(r => order.push(['c', r])), g.next().then(r => order.push(['d', r]))];
  await Promise.all(ps);
  log(JSON.stringify(order));
  async function* fails() { yield 1; throw new TypeError('bad'); }
  try { for await (const v of fails()) log('v', v); } catch (e) { log('loop caught', e.name, e.message); }
  async function* rejecting() { yield Promise.reject(new Error('rejected yield')); }
  try { for await (const v of rejecting()) log('never', v); } catch (e) { log('yield rejected:', e.message); }
  const syncIt = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i < 3 ? Promise.resolve(i) : undefined, done: i >= 3 }; }, return() { log('sync return called'); return {}; } }; } };
  for await (const v of syncIt) { log('sync', v); }
  for await (const v of syncIt) { log('sync break', v); break; }
  const asyncIt = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ value: i, done: i > 2 }); }, return() { log('async return called'); return Promise.resolve({ done: true }); } }; } };
  for await (const v of asyncIt) log('custom', v);
  for await (const v of asyncIt) { log('custom break', v); break; }
  async function* delegate() { try { const r = yield* asyncIt; log('delegate result', r); } finally { log('delegate finally'); } }
  for await (const v of delegate()) log('delegated', v);
  const d = delegate(); await d.next(); log(await d.return('stop'));
  const ticks = [];
  let t = 0; const tick = () => { ticks.push('tick' + t++); if (t < 6) Promise.resolve().then(tick); };
  Promise.resolve().then(tick);
  async function* quick() { ticks.push('body'); yield 1; ticks.push('after yield'); }
  const q = quick(); await q.next(); await q.next();
  log(ticks.join(' '));
  log(typeof counter.prototype, Object.getPrototypeOf(counter.prototype) === Object.getPrototypeOf(counter()).__proto__);
  log(Object.prototype.toString.call(counter()), String(counter.prototype[Symbol.toStringTag]));
  const AsyncGenProto = Object.getPrototypeOf(async function*(){}.prototype);
  await AsyncGenProto.next.call({}).catch(e => log(e.constructor.name));
  label: for await (const x of [1, 2, 3]) { for await (const y of ['a', 'b']) { if (x === 2) continue label; if (x === 3) break label; log(x, y); } }
  const obj = { async *m() { yield this === obj; } };
  for await (const v of obj.m()) log('method this', v);
  class C { static async *gen() { yield* [1, 2]; } }
  const arr = []; for await (const v of C.gen()) arr.push(v); log(arr);
}
main().then(() => log('done'));
