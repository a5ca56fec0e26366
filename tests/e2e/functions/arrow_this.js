function Timer() {
  this.ticks = 0;
  var self = this;
  this.tickers = [
    () => { this.ticks++; return this.ticks; },
    function () { self.ticks += 10; return self.ticks; }
  ];
}
var t = new Timer();
console.log(t.tickers[0](), t.tickers[1](), t.tickers[0]());
var obj = {
  vals: [1, 2, 3],
  factor: 10,
  scaled: function () { return this.vals.map(v => v * this.factor); }
};
console.log(obj.scaled());
var o2 = {
  name: 'o2',
  make: function () { return () => () => this.name; }
};
console.log(o2.make()()());
var detached = { name: 'other', fn: o2.make() };
console.log(detached.fn()());
