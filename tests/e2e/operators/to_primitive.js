var log = [];
var both = {
  valueOf: function () { log.push('valueOf'); return 3; },
  toString: function () { log.push('toString'); return 'str'; }
};
console.log(both + 1, both * 2, both + '', String(both), `${both}`);
console.log(log.join(','));
var onlyToString = { toString: function () { return '21'; } };
console.log(onlyToString * 2, onlyToString + 1, onlyToString == 21);
var objValueOf = {
  valueOf: function () { return {}; },
  toString: function () { return '9'; }
};
console.log(objValueOf * 1);
var bad = {
  valueOf: function () { return {}; },
  toString: function () { return {}; }
};
try {
  bad + 1;
} catch (e) {
  console.log('no primitive:', e instanceof TypeError, e.name);
}
function Money(c) { this.cents = c; }
Money.prototype.valueOf = function () { return this.cents; };
Money.prototype.toString = function () { return '$' + (this.cents / 100).toFixed(2); };
var m1 = new Money(150), m2 = new Money(275);
console.log(m1 + m2, m1 < m2, String(m1), m2 + '');
console.log([m1, m2].join(' & '));
console.log(Number(m1), m1 == 150, m1 === 150);
var arr = [1, [2, 3]];
console.log(arr + '', String([null, undefined, 1]));
console.log(+new Money(5));
