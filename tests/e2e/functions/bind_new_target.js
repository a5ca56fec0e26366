// Function.prototype.bind and new.target.
function greet(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const hi = greet.bind({ name: 'Ada' }, 'Hi');
console.log(hi('!'), hi.name, hi.length, typeof hi);
function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind(null, 1);
const p = new P1(2);
console.log(p, p instanceof Point, p instanceof P1);
function who() { return new.target === undefined ? 'call' : 'new ' + new.target.name; }
console.log(who(), new who() instanceof who);
class Base { constructor() { this.made = new.target.name; } }
class Derived extends Base {}
console.log(new Base().made, new Derived().made);
function arrowInside() { const f = () => new.target; return f(); }
console.log(arrowInside() === undefined, new arrowInside() instanceof arrowInside);
const add = (a, b, c) => a + b + c;
console.log(add.bind(null, 1).bind(null, 2)(3), add.bind(null, 1).bind(null, 2).name);
