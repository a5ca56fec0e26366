// node: 22 (Array.fromAsync is ES2026: node 20 lacks it, so this is recorded with node 22)
// Array.fromAsync (ES2026; node 22): async and sync iterables, array-likes, mapping, errors.
async function* gen() { yield 1; yield Promise.resolve(2); yield 3; }
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  console.log(await Array.fromAsync(gen()));
  console.log(await Array.fromAsync([sleep(5, 'a'), 'b', Promise.resolve('c')]));
  console.log(await Array.fromAsync({ length: 3, 0: 'x', 1: sleep(1, 'y'), 2: 'z' }));
  console.log(await Array.fromAsync(gen(), async (v, i) => v * 10 + i));
  console.log(await Array.fromAsync(new Set([1, 2]), function (v) { return this.k + v; }, { k: 100 }));
  await Array.fromAsync(null).catch(e => console.log(e.constructor.name));
  await Array.fromAsync([1], 'nope').catch(e => console.log(e.constructor.name));
  let closed = 0;
  const it = { [Symbol.asyncIterator]() { return { i: 0, next() { return Promise.resolve({ value: this.i++, done: false }); }, return() { closed++; return Promise.resolve({}); } }; } };
  await Array.fromAsync(it, (v) => { if (v === 2) throw new Error('map fail'); return v; }).catch(e => console.log(e.message, 'closed', closed));
  class MyArr { constructor(...a) { this.args = a; } }
  const r = await Array.fromAsync.call(MyArr, [1, 2]);
  console.log(r instanceof MyArr, r.length, r[0], r.args);
  const r2 = await Array.fromAsync.call(MyArr, { length: 1, 0: 'q' });
  console.log(r2.args, r2.length);
  console.log(Array.fromAsync.length, typeof Array.fromAsync(gen()).then);
})();
