var q = [1, 2, 3];
console.log(q.shift(), q);
console.log(q.unshift(0), q);
console.log(q.unshift(-2, -1), q);
console.log([].shift(), [].unshift());
var queue = [];
var order = [];
for (var i = 0; i < 5; i++) queue.push('job' + i);
while (queue.length) {
  var j = queue.shift();
  order.push(j);
  if (j === 'job1') queue.push('retry1');
}
console.log(order.join(','));
var d = ['m'];
d.unshift('l'); d.push('n'); d.unshift('k');
console.log(d.join(''));
