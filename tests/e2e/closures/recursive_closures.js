function makeWalker() {
  var visited = [];
  function walk(node, depth) {
    if (!node) return;
    visited.push(depth + ':' + node.v);
    walk(node.left, depth + 1);
    walk(node.right, depth + 1);
  }
  return { walk: walk, result: function () { return visited.join(' '); } };
}
var tree = { v: 'a', left: { v: 'b', left: { v: 'd' } }, right: { v: 'c', right: { v: 'e' } } };
var w = makeWalker();
w.walk(tree, 0);
console.log(w.result());
var countdown = function cd(n, acc) {
  acc.push(n);
  return n === 0 ? acc : cd(n - 1, acc);
};
console.log(countdown(5, []));
function Y(f) { return (function (x) { return f(function (v) { return x(x)(v); }); })(function (x) { return f(function (v) { return x(x)(v); }); }); }
var factY = Y(function (self) { return function (n) { return n <= 1 ? 1 : n * self(n - 1); }; });
console.log(factY(10));
