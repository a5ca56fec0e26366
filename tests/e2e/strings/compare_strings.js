var pairs = [['a', 'b'], ['B', 'a'], ['abc', 'ab'], ['', 'a'], ['10', '9'], ['Z', 'z'], ['apple', 'apples'], ['é', 'e']];
for (var i = 0; i < pairs.length; i++) {
  var a = pairs[i][0], b = pairs[i][1];
  console.log(JSONish(a), JSONish(b), a < b, a > b, a === b);
}
function JSONish(s) { return '"' + s + '"'; }
console.log('abc' === 'ab' + 'c', 'abc' == new String_('abc'));
function String_(s) { this.s = s; }
String_.prototype.toString = function () { return this.s; };
var names = ['delta', 'Alpha', 'charlie', 'bravo', 'alpha'];
console.log(names.slice().sort(function (x, y) { return x < y ? -1 : x > y ? 1 : 0; }));
