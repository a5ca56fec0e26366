function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k); };
Vec.prototype.toString = function () { return 'Vec(' + this.x + ',' + this.y + ')'; };
var v = new Vec(3, 4);
console.log(v.len(), String(v.scale(2)), v + '');
console.log(v);
console.log([new Vec(1, 1), new Vec(0, 0)]);
console.log({ pos: v });
var proto = Vec.prototype;
console.log(typeof proto.len, proto.constructor === Vec);
function Empty() {}
console.log(new Empty());
var e = new Empty();
e.a = 1;
console.log(e);
var plain = { v: new Vec(1, 2), list: [new Vec(5, 6)] };
console.log(plain);
