// Promise API: executor, then/catch/finally chains, thenables, combinators, errors.
const log = (...a) => console.log(...a);
new Promise((resolve) => resolve(1)).then((v) => log('resolved', v));
new Promise((_, reject) => reject(new Error('no'))).catch((e) => log('caught', e.message));
new Promise(() => { throw new TypeError('in executor'); }).catch((e) => log(e.name, e.message));
Promise.resolve(2).finally(() => log('finally')).then((v) => log('after finally', v));
Promise.reject(3).finally(() => {}).catch((v) => log('finally keeps rejection', v));
const thenable = { then(res) { res('from thenable'); } };
Promise.resolve(thenable).then((v) => log(v));
Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 5))]).then((v) => log('all', v));
Promise.all([Promise.reject(new Error('first')), 2]).catch((e) => log('all rejects', e.message));
Promise.allSettled([1, Promise.reject('bad')]).then((r) => log('allSettled', r));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 20)), Promise.resolve('fast')]).then((v) => log('race', v));
Promise.any([Promise.reject(1), Promise.resolve('any ok')]).then((v) => log('any', v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => log(e.constructor.name, e.message, e.errors));
const chained = Promise.resolve(1).then((v) => v + 1).then((v) => { throw new Error('at ' + v); }).then(() => log('skipped')).catch((e) => e.message);
chained.then((m) => log('chain', m));
const p = Promise.resolve();
p.then(() => log('a1')).then(() => log('a2'));
p.then(() => log('b1')).then(() => log('b2'));
log(typeof Promise, Object.prototype.toString.call(p), p instanceof Promise);
try { Promise(); } catch (e) { log(e.message); }
