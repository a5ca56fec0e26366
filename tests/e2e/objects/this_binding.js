function Person(name) { this.name = name; }
Person.prototype.hello = function () { return 'hello from ' + this.name; };
Person.prototype.delayed = function () {
  var that = this;
  return {
    arrow: () => this.name,
    saved: function () { return that.name; },
    own: function () { return this.name; },
    name: 'inner object'
  };
};
var p = new Person('Pat');
console.log(p.hello());
var d = p.delayed();
console.log(d.arrow(), d.saved(), d.own());
var q = { name: 'Q', hello: p.hello };
console.log(q.hello());
var list = [new Person('a'), new Person('b')];
console.log(list.map(function (x) { return x.hello(); }));
var obj = {
  items: [1, 2, 3],
  prefix: '#',
  render: function () {
    var self = this;
    return this.items.map(function (i) { return self.prefix + i; }).join(' ');
  }
};
console.log(obj.render());
