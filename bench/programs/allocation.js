// Allocation-heavy: binary trees built and dropped (the classic GC benchmark).
function make(depth) {
  return depth === 0 ? { l: null, r: null } : { l: make(depth - 1), r: make(depth - 1) };
}
function check(t) { return t.l === null ? 1 : 1 + check(t.l) + check(t.r); }
const maxDepth = 16;
const long = make(maxDepth);
let total = 0;
for (let d = 4; d <= maxDepth; d += 2) {
  const iterations = 1 << (maxDepth - d + 4);
  let c = 0;
  for (let i = 0; i < iterations; i++) c += check(make(d));
  total += c;
}
console.log('checks', total, 'long lived', check(long));
