// async functions: await values and promises, errors, loops, methods, arrows, classes.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function add(a, b) { return (await a) + (await sleep(1, b)); }
async function fails() { await null; throw new RangeError('async boom'); }
async function main() {
  console.log(await add(1, 2));
  try { await fails(); } catch (e) { console.log('caught', e.name, e.message); }
  let total = 0;
  for (const ms of [3, 1, 2]) total += await sleep(ms, ms);
  console.log('total', total);
  const results = await Promise.all([1, 2, 3].map(async (x) => { await sleep(3 - x); return x * 10; }));
  console.log(results);
  class Api {
    constructor() { this.base = 'kiln'; }
    async get(path) { await null; return this.base + path; }
  }
  console.log(await new Api().get('/x'));
  const obj = { async m() { return 'method'; } };
  console.log(await obj.m());
  try {
    await Promise.reject(new Error('rejected'));
  } catch (e) {
    console.log('rejection caught', e.message);
  } finally {
    console.log('finally runs');
  }
  const p = add(5, 5);
  console.log(p instanceof Promise);
  return 'main done';
}
main().then((v) => console.log(v));
console.log('main called');
