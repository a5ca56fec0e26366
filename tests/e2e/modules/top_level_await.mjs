// Top-level await in an ES module: sleeps, for await, loops, then timers after the body.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
console.log('before');
const x = await sleep(10, 42);
console.log('after', x);
for await (const v of [sleep(5, 'a'), 'b']) console.log(v);
let total = 0;
for (let i = 0; i < 3; i++) total += await i;
console.log(total, typeof this);
setTimeout(() => console.log('timer after TLA'), 0);
await null;
console.log('end of module');
