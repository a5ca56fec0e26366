// Temporal dead zone: reading let/const before initialization throws ReferenceError
try {
  console.log(x);
  let x = 1;
} catch (e) {
  console.log(e.name, e instanceof ReferenceError);
  console.log(e.message);
}
try {
  c = 5;
  const c = 2;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function f() { return later; }
try {
  f();
} catch (e) {
  console.log('call before init:', e.message);
}
let later = 'ready';
console.log('after init:', f());
try {
  let self = self + 1;
} catch (e) {
  console.log(String(e));
}
try {
  console.log(typeof tdzVar);
  let tdzVar = 3;
} catch (e) {
  console.log('typeof in TDZ throws too:', e.name, e.message);
}
{
  let k = 'block';
  console.log(k);
}
