function curry3(f) {
  return function (a) {
    return function (b) {
      return function (c) { return f(a, b, c); };
    };
  };
}
var vol = curry3(function (l, w, h) { return l * w * h; });
console.log(vol(2)(3)(4));
var add = a => b => a + b;
var add5 = add(5);
console.log(add5(1), add5(10), add('x')('y'));
function partial(f, ...fixed) {
  return function (...rest) {
    var all = fixed.concat(rest);
    return f(all[0], all[1], all[2], all[3]);
  };
}
function fmt(a, b, c, d) { return [a, b, c, d].join('|'); }
console.log(partial(fmt, 1, 2)(3, 4));
console.log(partial(fmt)(9, 8, 7, 6));
var adders = [1, 2, 3].map(add);
console.log(adders.map(f => f(100)));
