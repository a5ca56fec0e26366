function level1(a) {
  return function level2(b) {
    return function level3(c) {
      return function level4(d) {
        return function level5(e) {
          a++;
          return [a, b, c, d, e].join('-');
        };
      };
    };
  };
}
var l5 = level1(1)(2)(3)(4);
console.log(l5(5), l5(6), l5(7));
var fns = [];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 2; j++) {
    fns.push(() => i * 10 + j);
  }
}
console.log(fns.map(f => f()).join(','));
function chain(n) {
  var f = function () { return 0; };
  for (var i = 1; i <= n; i++) {
    (function (prev, k) { f = function () { return prev() + k; }; })(f, i);
  }
  return f;
}
console.log(chain(100)());
