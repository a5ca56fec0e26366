// Map and Set: insertion, lookup, deletion and iteration.
const m = new Map();
const s = new Set();
let acc = 0;
for (let i = 0; i < 300000; i++) {
  const k = 'k' + (i % 5000);
  m.set(k, (m.get(k) || 0) + i);
  s.add(i % 7919);
  if (i % 3 === 0) s.delete((i * 13) % 7919);
}
for (const [k, v] of m) acc = (acc + v + k.length) % 1000000007;
for (const v of s) acc = (acc + v) % 1000000007;
const nums = new Map();
for (let i = 0; i < 200000; i++) nums.set(i, i * 2);
for (let i = 0; i < 200000; i += 2) acc = (acc + nums.get(i)) % 1000000007;
console.log('map', m.size, 'set', s.size, 'acc', acc);
