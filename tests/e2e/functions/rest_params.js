function sum(...nums) {
  var t = 0;
  for (var n of nums) t += n;
  return t;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));
function head(first, ...rest) { return [first, rest]; }
console.log(head(1, 2, 3), head(1), head());
var join = (sep, ...parts) => parts.join(sep);
console.log(join('-', 'a', 'b', 'c'));
function restIsArray(...r) { return [r instanceof Array, r.length]; }
console.log(restIsArray(1, 2), restIsArray());
function withDefault(a = 1, ...others) { return a + others.length; }
console.log(withDefault(), withDefault(5, 'x', 'y'));
function collect(...items) { items.push('added'); return items; }
console.log(collect('x'));
