var Stack = (function () {
  var instances = 0;
  function create() {
    var items = [];
    instances++;
    return {
      push: function (x) { items.push(x); return this; },
      pop: function () { return items.pop(); },
      size: function () { return items.length; },
      toString: function () { return 'Stack(' + items.join(',') + ')'; }
    };
  }
  return { create: create, count: function () { return instances; } };
})();
var s1 = Stack.create();
var s2 = Stack.create();
s1.push(1).push(2).push(3);
s2.push('a');
console.log(String(s1), String(s2), Stack.count());
console.log(s1.pop(), s1.size(), s2.size());
console.log(typeof items, typeof instances);
var bank = (function () {
  var balance = 0;
  var history = [];
  function record(kind, amt) { history.push(kind + ':' + amt); }
  return {
    deposit: function (a) { balance += a; record('dep', a); },
    withdraw: function (a) {
      if (a > balance) { record('fail', a); return false; }
      balance -= a; record('wd', a); return true;
    },
    report: function () { return balance + ' [' + history.join(' ') + ']'; }
  };
})();
bank.deposit(100);
console.log(bank.withdraw(30), bank.withdraw(100));
console.log(bank.report());
