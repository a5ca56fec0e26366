// process events: exit, beforeExit, uncaughtException, unhandledRejection.
process.on('exit', (code) => console.log('exit event with code', code));
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('uncaughtException', (err, origin) => {
  console.log('caught globally:', err.message, origin);
});
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled rejection:', reason, p instanceof Promise);
});
setTimeout(() => { throw new Error('from a timer'); }, 1);
Promise.reject('nobody handles this');
const once = () => console.log('once listener');
process.once('custom', once);
process.emit('custom');
process.emit('custom');
console.log(process.listenerCount('exit'), process.listenerCount('custom'));
console.log('main done');
