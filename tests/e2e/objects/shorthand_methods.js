var x = 1, y = 'why';
var o = { x, y, z: 3 };
console.log(o);
var calc = {
  base: 10,
  add(n) { return this.base + n; },
  times(n) { return this.base * n; },
  'quoted method'() { return 'quoted'; },
  ['comp' + 'uted']() { return 'computed method'; }
};
console.log(calc.add(5), calc.times(3), calc['quoted method'](), calc.computed());
function make(name, age) { return { name, age, greet() { return 'I am ' + this.name; } }; }
var p = make('Lin', 30);
console.log(p.greet(), p.name, p.age);
console.log(typeof calc.add);
