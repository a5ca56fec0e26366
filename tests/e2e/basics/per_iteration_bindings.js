// let in for-loop headers creates a fresh binding per iteration
var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(function () { return i; });
}
console.log(fns[0](), fns[1](), fns[2]());
var vfns = [];
for (var j = 0; j < 3; j++) {
  vfns.push(function () { return j; });
}
console.log(vfns[0](), vfns[1](), vfns[2]());
var ofns = [];
for (const v of ['a', 'b', 'c']) {
  ofns.push(() => v);
}
console.log(ofns.map(function (f) { return f(); }).join(','));
var kfns = [];
for (const k in { x: 1, y: 2 }) {
  kfns.push(() => k);
}
console.log(kfns[0](), kfns[1]());
var mod = [];
for (let i = 0; i < 3; i++) {
  mod.push(() => i);
  i++;
}
console.log(mod.map(f => f()));
