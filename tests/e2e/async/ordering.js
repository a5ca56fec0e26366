// Ordering of nextTick, promise jobs, timers and immediates, as node runs them.
console.log('sync start');
setTimeout(() => console.log('timeout 50'), 50);
setTimeout(() => {
  console.log('timeout 0');
  Promise.resolve().then(() => console.log('microtask inside timeout'));
  process.nextTick(() => console.log('tick inside timeout'));
}, 0);
setTimeout(() => console.log('timeout 0 second'), 0);
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick 1'));
process.nextTick((a, b) => console.log('nextTick args', a, b), 'x', 'y');
(async () => {
  console.log('async body starts synchronously');
  await null;
  console.log('after first await');
  await new Promise((r) => setTimeout(r, 80));
  console.log('after timer await');
})();
const iv = setInterval(() => {
  iv.count = (iv.count || 0) + 1;
  console.log('interval', iv.count);
  if (iv.count === 3) clearInterval(iv);
}, 2);
const cancelled = setTimeout(() => console.log('never'), 1);
clearTimeout(cancelled);
setTimeout((x, y) => console.log('timeout args', x, y), 120, 1, 2);
const unrefed = setTimeout(() => console.log('unref timer never keeps us alive'), 100000);
unrefed.unref();
console.log('hasRef', unrefed.hasRef());
console.log('sync end');
