// max-rss-mb: 64
// binary-trees style: build a tree of 2^16 nodes and drop it, 200 times.
function Node(left, right) { this.left = left; this.right = right; }
function make(depth) {
  return depth === 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
}
function check(n) {
  return n.left === null ? 1 : 1 + check(n.left) + check(n.right);
}
var longLived = make(10);
var total = 0;
for (var i = 0; i < 200; i++) {
  var t = make(15);
  total += check(t);
}
console.log('nodes per tree', check(make(15)));
console.log('long lived', check(longLived));
console.log('checksum', total);
