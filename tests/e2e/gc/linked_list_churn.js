// max-rss-mb: 64
// Linked lists of 100,000 nodes built and dropped 150 times; one list survives.
function Cell(value, next) { this.value = value; this.next = next; }
function build(n, seed) {
  var head = null;
  for (var i = 0; i < n; i++) head = new Cell((i * seed) % 1009, head);
  return head;
}
function sum(list) {
  var s = 0;
  while (list !== null) { s += list.value; list = list.next; }
  return s;
}
var survivor = build(1000, 7);
var checksum = 0;
for (var r = 1; r <= 150; r++) {
  var l = build(100000, r);
  checksum = (checksum + sum(l)) % 1000000007;
}
console.log('survivor', sum(survivor));
console.log('checksum', checksum);
