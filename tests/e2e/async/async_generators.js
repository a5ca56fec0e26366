// Async generators: yield, await, return(), for await over async and sync iterables, yield*.
async function* gen() {
  console.log('start');
  const x = yield 1;
  console.log('got', x);
  await null;
  yield Promise.resolve(2);
  try {
    yield 3;
  } finally {
    console.log('cleanup');
  }
  return 'end';
}
(async () => {
  const g = gen();
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator]);
  console.log(await g.next('ignored'));
  console.log(await g.next('hello'));
  console.log(await g.next());
  console.log(await g.return('early'));
  console.log(await g.next());
  for await (const v of gen()) console.log('loop', v);
  for await (const v of [Promise.resolve('a'), 'b']) console.log('sync', v);
  async function* inner() { yield 'i1'; yield 'i2'; return 'ir'; }
  async function* outer() { const r = yield* inner(); console.log('r', r); yield* ['s1', 's2']; }
  for await (const v of outer()) console.log('outer', v);
  const it = gen();
  const ps = [it.next(), it.next(), it.next(), it.next()];
  console.log((await Promise.all(ps)).map(r => r.value));
  for await (const v of gen()) { if (v === 2) break; }
  console.log('after break');
  try { for await (const v of gen()) { throw new Error('boom') } } catch (e) { console.log(e.message) }
})();
