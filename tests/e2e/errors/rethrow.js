function parse(s) {
  var n = parseInt(s, 10);
  if (isNaN(n)) throw new TypeError('not a number: ' + s);
  if (n < 0) throw new RangeError('negative: ' + n);
  return n;
}
function safeParse(s) {
  try {
    return parse(s);
  } catch (e) {
    if (e instanceof RangeError) return 0;
    throw e;
  }
}
var inputs = ['12', '-4', 'abc', '7'];
for (var i = 0; i < inputs.length; i++) {
  try {
    console.log(inputs[i], '->', safeParse(inputs[i]));
  } catch (e) {
    console.log(inputs[i], 'rethrown', e.name, e.message);
  }
}
function wrap() {
  try {
    parse('x');
  } catch (e) {
    var w = new Error('wrapped: ' + e.message);
    throw w;
  }
}
try { wrap(); } catch (e) { console.log(e.message, e instanceof TypeError); }
var original = new Error('identity');
try {
  try { throw original; } catch (e) { throw e; }
} catch (e2) {
  console.log(e2 === original);
}
