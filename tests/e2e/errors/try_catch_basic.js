try {
  console.log('before throw');
  throw new Error('first');
  console.log('never');
} catch (e) {
  console.log('caught', e.message, e.name, e instanceof Error);
}
try {
  console.log('no throw');
} catch (e) {
  console.log('never');
}
function risky(n) {
  if (n > 2) throw new RangeError('n too big: ' + n);
  return n * 10;
}
for (var i = 0; i < 5; i++) {
  try {
    console.log('ok', risky(i));
  } catch (err) {
    console.log('fail', err.message);
  }
}
try {
  throw new Error('optional binding');
} catch {
  console.log('catch without binding');
}
var e = 'outer e';
try { throw new Error('inner'); } catch (e) { e = 'reassigned in catch'; }
console.log(e);
