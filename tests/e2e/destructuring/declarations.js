// Destructuring in declarations: arrays, objects, defaults, nesting, holes, rest.
const [a, b = 2, , d = a + 10, ...rest] = [1, undefined, 'skipped', undefined, 5, 6];
console.log(a, b, d, rest);
const { x, y: why = 'dflt', z: { deep } = { deep: 'fallback' }, ...others } = { x: 1, w: 9, v: 8 };
console.log(x, why, deep, others);
let [first, [second, third]] = ['one', ['two', 'three']];
console.log(first, second, third);
var { length } = 'hello';
console.log(length);
const [c1, c2, ...cs] = 'kiln!';
console.log(c1, c2, cs);
const { ['comp' + 'uted']: comp = 7 } = {};
console.log(comp);
const { f = function () {}, g = () => 1 } = {};
console.log(f.name, g.name);
try {
  const { nope } = null;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  const [q] = {};
} catch (e) {
  console.log(e instanceof TypeError);
}
