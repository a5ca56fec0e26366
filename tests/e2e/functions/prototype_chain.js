function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return this.name + ' with area ' + this.area(); };
Shape.prototype.area = function () { return 0; };
function Circle(r) { this.name = 'circle'; this.r = r; }
Circle.prototype = new Shape('circle-proto');
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return Math.round(Math.PI * this.r * this.r * 100) / 100; };
function Square(s) { this.name = 'square'; this.s = s; }
Square.prototype = new Shape('square-proto');
Square.prototype.area = function () { return this.s * this.s; };
var shapes = [new Circle(1), new Square(3), new Shape('blob')];
for (var i = 0; i < shapes.length; i++) console.log(shapes[i].describe());
var c = shapes[0];
console.log(c instanceof Circle, c instanceof Shape, c instanceof Square);
console.log('r' in c, 'describe' in c);
Shape.prototype.extra = 'added later';
console.log(c.extra, shapes[1].extra);
var s = shapes[1];
s.area = function () { return -1; };
console.log(s.describe());
