// An async function whose parameters throw returns a rejected promise; for-of respects a replaced Array.prototype[Symbol.iterator].
async function f(a = (() => { throw new Error('param'); })()) { return 1; }
const p = f();
console.log(p instanceof Promise);
p.catch(e => console.log('rejected', e.message));
const g = async ({ x }) => x;
g(null).catch(e => console.log(e.constructor.name));
console.log('sync end');
for (const x of ['a']) console.log(x);
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
for (const x of [1, 2]) console.log(x);
