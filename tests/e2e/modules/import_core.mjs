// ESM imports of Node's core modules: named, default, namespace, node: prefix; import bindings are constant.
import { setTimeout as sleep, setImmediate } from 'node:timers/promises';
import timers, { setInterval } from 'timers';
import * as tp from 'timers/promises';
import process from 'process';
console.log(typeof sleep, typeof setImmediate, typeof timers.setTimeout, typeof setInterval, typeof tp.scheduler.wait, typeof process.nextTick);
const t0 = Date.now();
const v = await sleep(20, 'done');
console.log(v, Date.now() - t0 >= 15);
console.log(await setImmediate('imm'));
function later() { return sleep; }
console.log(later() === tp.setTimeout);
try { sleep = 1; } catch (e) { console.log(e.name, e.message); }
