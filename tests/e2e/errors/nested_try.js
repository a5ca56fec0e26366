function process(items) {
  var results = [];
  for (var i = 0; i < items.length; i++) {
    try {
      try {
        if (items[i] === null) throw new TypeError('null item');
        if (items[i] < 0) throw new RangeError('negative item');
        results.push(Math.sqrt(items[i]));
      } catch (inner) {
        if (inner instanceof RangeError) {
          results.push('range:' + inner.message);
        } else {
          throw inner;
        }
      } finally {
        results.push('f' + i);
      }
    } catch (outer) {
      results.push('outer:' + outer.message);
    }
  }
  return results;
}
console.log(process([4, -1, null, 9]));
var depth = 0;
function recurse(n) {
  try {
    depth++;
    if (n === 0) throw new Error('bottom');
    recurse(n - 1);
  } finally {
    depth--;
  }
}
try { recurse(5); } catch (e) { console.log(e.message, 'depth restored to', depth); }
