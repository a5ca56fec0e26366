const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}
console.log(c);
const o = { v: 1 };
try {
  o = {};
} catch (e) {
  console.log('reassign object const:', e.name);
}
o.v++;
console.log(o.v);
try {
  for (const i = 0; i < 2; i++) { console.log('body', i); }
} catch (e) {
  console.log('const loop counter:', e.name);
}
let l = 1;
l = 2;
console.log(l);
