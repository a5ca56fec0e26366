// Computed class field keys: evaluated once, in order, with the class definition.
const order = [];
const key = (k) => ({ toString() { order.push(k); return k; } });
let i = 0;
class A {
  [key('a')] = i++;
  static [key('s')] = 'static';
  [key('m')]() { return 'method'; }
  [Symbol.for('x')] = 'sym';
  ['b' + 1] = this.a * 10;
  'quoted' = 1;
  42 = 'num';
}
console.log(order, i);
const x = new A(), y = new A();
console.log(x, y, A.s, x.m(), order);
class B extends A { [`${'c'}`] = super.m(); }
console.log(new B());
