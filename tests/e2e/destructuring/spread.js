// Spread in array literals, calls, new and object literals.
const xs = [1, 2, 3];
const ys = [0, ...xs, 4, ...'ab', ...[]];
console.log(ys, ys.length);
console.log(Math.max(...xs), Math.min(...xs, -1));
function sum(...nums) { return nums.reduce((s, v) => s + v, 0); }
console.log(sum(...xs, ...xs), sum(...[]));
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(...[3, 4]);
console.log(p.x, p.y);
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4, ...null, ...undefined };
console.log(ext);
const copy = { ...'hi' };
console.log(copy);
const holes = [...[1, , 3]];
console.log(holes);
const obj = { m(...args) { return args.length; } };
console.log(obj.m(...xs, 7));
try {
  sum(...5);
} catch (e) {
  console.log(e instanceof TypeError);
}
