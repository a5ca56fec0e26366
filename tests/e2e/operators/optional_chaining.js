var o = { a: { b: { c: 42 } }, arr: [10, 20], fn: function () { return 'called'; }, nul: null };
console.log(o?.a?.b?.c);
console.log(o.x?.y);
console.log(o.x?.y.z.w);
console.log(o.nul?.anything);
console.log(o.arr?.[1], o.missing?.[0]);
console.log(o.fn?.(), o.nofn?.());
var u;
console.log(u?.a, u?.[0], u?.());
var n = null;
console.log(n?.x ?? 'default');
var count = 0;
function inc() { count++; return 1; }
var und;
und?.[inc()];
console.log('short-circuit count', count);
o?.[inc()];
console.log('evaluated count', count);
console.log((o.a?.b).c);
console.log(o?.a.b.c === 42);
try {
  o.x.y;
} catch (e) {
  console.log('without ?.', e instanceof TypeError);
}
var s = 'str';
console.log(s?.length, s?.toUpperCase());
