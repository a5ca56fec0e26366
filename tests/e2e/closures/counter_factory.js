function makeCounter(start, step) {
  var count = start;
  return {
    next: function () { count += step; return count; },
    reset: function () { count = start; },
    peek: () => count
  };
}
var a = makeCounter(0, 1);
var b = makeCounter(100, -10);
console.log(a.next(), a.next(), a.next());
console.log(b.next(), b.next());
console.log(a.peek(), b.peek());
a.reset();
console.log(a.peek(), a.next());
var counters = [];
for (var i = 0; i < 3; i++) counters.push(makeCounter(i * 10, i + 1));
for (var j = 0; j < 2; j++) {
  console.log(counters.map(function (c) { return c.next(); }).join(' '));
}
