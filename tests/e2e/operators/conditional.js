function classify(n) {
  return n < 0 ? 'negative' : n === 0 ? 'zero' : n < 10 ? 'small' : 'large';
}
console.log(classify(-5), classify(0), classify(3), classify(100));
console.log(1 ? 'yes' : 'no', 0 ? 'yes' : 'no', '' ? 'yes' : 'no', 'a' ? 'yes' : 'no');
console.log(null ? 1 : 2, undefined ? 1 : 2, NaN ? 1 : 2, [] ? 1 : 2, {} ? 1 : 2);
console.log(-0 ? 'truthy' : 'falsy', '0' ? 'truthy' : 'falsy', ' ' ? 'truthy' : 'falsy');
var calls = [];
function t(x) { calls.push(x); return x; }
var r = t(true) ? t('a') : t('b');
console.log(r, calls);
var x = 5;
var y = x > 3 ? (x < 10 ? 'mid' : 'hi') : 'lo';
console.log(y);
console.log(!!'', !!'x', !!0, !!1, !!NaN, !!null, !!{}, !![]);
console.log(!1, !0, !'a');
