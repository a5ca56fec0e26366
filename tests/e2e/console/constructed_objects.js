function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
console.log(new Point(1, 2));
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ origin: new Point(0, 0) });
function Empty() {}
console.log(new Empty());
function Wrapper(v) { this.value = v; this.child = v > 0 ? new Wrapper(v - 1) : null; }
console.log(new Wrapper(4));
var e = new Error('printed message only');
console.log(e.message, e.name);
