var withVar = [];
for (var i = 0; i < 4; i++) withVar.push(function () { return i; });
console.log(withVar.map(function (f) { return f(); }));
var withLet = [];
for (let i = 0; i < 4; i++) withLet.push(function () { return i; });
console.log(withLet.map(function (f) { return f(); }));
var withIife = [];
for (var k = 0; k < 4; k++) withIife.push((function (n) { return function () { return n; }; })(k));
console.log(withIife.map(function (f) { return f(); }));
var whileFns = [];
var w = 0;
while (w < 3) {
  let captured = w * w;
  whileFns.push(() => captured);
  w++;
}
console.log(whileFns.map(f => f()));
var mutators = [];
for (let m = 0; m < 3; m++) {
  mutators.push(function () { return ++m; });
}
console.log(mutators[0](), mutators[0](), mutators[1](), mutators[2]());
