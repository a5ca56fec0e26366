// Destructuring in assignments, parameters, for-of heads and catch clauses.
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const o = {};
({ p: o.first, q: o['second'] = 'd' } = { p: 'P' });
console.log(o);
let n, m;
const r = ({ n, m = n * 2 } = { n: 21 });
console.log(n, m, r);
function area({ w, h = w }, [unit = 'px'] = []) {
  return w * h + unit;
}
console.log(area({ w: 3 }), area({ w: 2, h: 5 }, ['em']));
const pairs = [[1, 'one'], [2, 'two']];
for (const [num, word] of pairs) console.log(num, word);
for (const { k, v = 'none' } of [{ k: 'a', v: 1 }, { k: 'b' }]) console.log(k, v);
try {
  throw { code: 42, info: { where: 'here' } };
} catch ({ code, info: { where } }) {
  console.log(code, where);
}
const arrow = ([x, y], ...more) => x + y + more.length;
console.log(arrow([1, 2], 3, 4, 5), arrow.length);
