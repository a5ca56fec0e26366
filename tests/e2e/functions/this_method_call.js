var counter = {
  count: 0,
  inc: function () { this.count++; return this; },
  get: function () { return this.count; }
};
console.log(counter.inc().inc().inc().get());
var other = { count: 100, get: counter.get };
console.log(other.get());
console.log(counter['get']());
function whoAmI() { return this === undefined ? 'undefined this' : typeof this; }
var holder = { who: whoAmI, name: 'holder' };
console.log(holder.who());
var person = {
  name: 'Ada',
  greetLater: function () {
    var self = this;
    return [function () { return self.name; }, () => this.name];
  }
};
var fns = person.greetLater();
console.log(fns[0](), fns[1]());
var nested = { inner: { v: 'inner', get: function () { return this.v; } }, v: 'outer' };
console.log(nested.inner.get());
var arr = [function () { return this.length; }, 'x', 'y'];
console.log(arr[0]());
var calc = {
  total: 0,
  add: function (n) { this.total += n; return this; },
  mul: function (n) { this.total *= n; return this; }
};
console.log(calc.add(3).mul(4).add(1).total);
