// A small program: closures, prototypes, arrays and console.log formatting.
function Counter(name) {
  this.name = name;
  this.count = 0;
}
Counter.prototype.tick = function (n = 1) {
  this.count += n;
  return this;
};

const counters = ['a', 'b', 'c'].map((n) => new Counter(n));
counters.forEach((c, i) => c.tick(i + 1).tick());
console.log('hello from Kiln');
console.log(counters);
console.log(`total: ${counters.reduce((s, c) => s + c.count, 0)}`);
