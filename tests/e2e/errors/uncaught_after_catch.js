try {
  throw new SyntaxError('handled');
} catch (e) {
  console.log('handled:', e.message);
}
var attempts = 0;
function retry() {
  attempts++;
  if (attempts < 3) {
    try { throw new Error('attempt ' + attempts); } catch (e) { console.log('retrying after', e.message); return retry(); }
  }
  throw new ReferenceError('gave up after ' + attempts + ' attempts');
}
retry();
