// timers/promises through require (CommonJS): setTimeout/setImmediate promises, setInterval as an async iterator, scheduler, ref: false, argument errors.
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = require('node:timers/promises');
console.log(typeof require, typeof module, module.exports === exports, Object.keys(tp).sort());
console.log(require('timers').promises === tp, require('timers').setTimeout === setTimeout);
const order = [];
(async () => {
  setTimeout(() => order.push('cb timeout'), 5);
  const v = await sleep(10, 'slept');
  order.push(v);
  order.push(await immediate('imm'));
  await scheduler.wait(1);
  await scheduler.yield();
  let n = 0;
  for await (const x of every(5, 'tick')) {
    order.push(x + n);
    if (++n === 3) break;
  }
  const results = await Promise.all([sleep(20, 'b'), sleep(10, 'a')]);
  order.push(results.join(''));
  await sleep('x').catch(e => order.push(e.code || e.name));
  const u = sleep(100000, 'never', { ref: false });
  console.log(order);
  try { require('nope') } catch (e) { console.log(e.message.split('\n')[0], e.code) }
})();
exports.x = 1;
console.log(module.exports);
