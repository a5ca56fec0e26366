function named() {}
var anon = function () {};
var arrow = () => 1;
var namedExpr = function inner() {};
console.log(named);
console.log(anon, arrow, namedExpr);
console.log([named, function () {}, () => {}]);
console.log({ f: named, g: function () {}, h: () => 0 });
var obj = { method() {}, prop: function () {} };
console.log(obj);
function Ctor() {}
Ctor.prototype.m = function () {};
console.log(Ctor, new Ctor());
console.log(console.log, Math.max);
console.log([[function deep() {}]]);
