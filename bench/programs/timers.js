// Timer-heavy: 100,000 timeouts over 10 distinct delays, a chain of 100,000 setImmediate
// and 100,000 process.nextTick callbacks, and 1,000 intervals each cleared on its third tick.
let timeouts = 0;
for (let i = 0; i < 100000; i++) {
  setTimeout(() => {
    timeouts++;
  }, i % 10);
}
let immediates = 0;
function again() {
  if (++immediates < 100000) setImmediate(again);
}
setImmediate(again);
let ticks = 0;
function tick() {
  if (++ticks < 100000) process.nextTick(tick);
}
process.nextTick(tick);
let fired = 0;
for (let i = 0; i < 1000; i++) {
  let n = 0;
  const h = setInterval(() => {
    fired++;
    if (++n === 3) clearInterval(h);
  }, 1);
}
process.on('exit', () => console.log(timeouts, immediates, ticks, fired));
