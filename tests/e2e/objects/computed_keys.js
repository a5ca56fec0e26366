var prefix = 'item';
var i = 0;
var o = {
  [prefix + (++i)]: i,
  [prefix + (++i)]: i,
  [1 + 2]: 'three',
  ['x'.toUpperCase()]: 'upper'
};
console.log(o);
var key = 'dynamic';
var p = { [key]: 1, [key + 'Fn']: function () { return 'called ' + key; } };
console.log(p.dynamic, p.dynamicFn());
var table = {};
var words = ['a', 'b', 'a', 'c', 'b', 'a'];
for (var w of words) table[w] = (table[w] || 0) + 1;
console.log(table);
var objKey = { toString: function () { return 'objkey'; } };
var q = {};
q[objKey] = 'via toString';
console.log(q, q.objkey);
var r = {};
r[true] = 't'; r[null] = 'n'; r[undefined] = 'u'; r[1.0] = 'one'; r[-0] = 'zero';
console.log(r);
console.log(r['true'], r['null'], r['undefined'], r['1'], r['0']);
var arrKey = {};
arrKey[[1, 2]] = 'array key';
console.log(arrKey);
