// max-rss-mb: 64
// Objects holding strings, arrays and closures; a small LRU-like window survives.
function Entry(id) {
  this.id = id;
  this.name = 'entry-' + id;
  this.data = [id % 7, id % 11, id % 13];
  var self = this;
  this.score = function () { return self.data[0] + self.data[1] * self.data[2]; };
}
var window_ = {};
var order = [];
var checksum = 0;
for (var i = 0; i < 600000; i++) {
  var e = new Entry(i);
  checksum = (checksum + e.score() + e.name.length) % 1000000007;
  window_['k' + i] = e;
  order.push('k' + i);
  if (order.length > 64) delete window_[order.shift()];
}
var live = 0;
for (var k in window_) live++;
console.log('live', live, window_[order[0]].name);
console.log('checksum', checksum);
