// Class declarations: constructor, methods, getters/setters, statics, fields, toString.
class Point {
  x = 0;
  y = 0;
  static origin = new Point(0, 0);
  static count = 0;
  constructor(x, y) {
    this.x = x;
    this.y = y;
    Point.count++;
  }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  set length(v) { const k = v / this.length; this.x *= k; this.y *= k; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
  static from([x, y]) { return new Point(x, y); }
}
const p = new Point(3, 4);
console.log(p.length, String(p), p.add(Point.from([1, 1])).toString());
p.length = 10;
console.log(p.x, p.y, Point.count, Point.origin);
console.log(p, typeof Point, Point.name, Point.length);
console.log(p instanceof Point, p.constructor === Point);
for (const k in p) console.log('own enumerable:', k);
try {
  Point(1, 2);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who());
class Counter {
  count = 0;
  inc = () => ++this.count;
}
const c = new Counter();
const inc = c.inc;
inc(); inc();
console.log(c.count, c);
