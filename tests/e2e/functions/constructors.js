function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (o) { return new Point(this.x + o.x, this.y + o.y); };
Point.prototype.toString = function () { return '(' + this.x + ', ' + this.y + ')'; };
Point.prototype.dist2 = function () { return this.x * this.x + this.y * this.y; };
var p = new Point(1, 2);
var q = new Point(3, 4);
var r = p.add(q);
console.log(String(r), r.dist2(), r instanceof Point);
console.log(p);
console.log(p.constructor === Point, Point.prototype.constructor === Point);
function ReturnsObject() { this.a = 1; return { b: 2 }; }
console.log(new ReturnsObject());
function ReturnsPrimitive() { this.a = 1; return 5; }
console.log(new ReturnsPrimitive());
function NoArgs() { this.made = true; }
var n = new NoArgs;
console.log(n.made);
Point.prototype.shared = [];
p.shared.push('from p');
console.log(q.shared);
p.x = 100;
console.log(p.x, q.x);
Point.prototype.label = 'proto label';
q.label = 'own label';
console.log(p.label, q.label);
delete q.label;
console.log(q.label);
var Anon = function (v) { this.v = v; };
console.log(new Anon(9).v);
