function describe(x) {
  switch (x) {
    case 1:
      return 'one';
    case '1':
      return 'string one';
    case true:
      return 'true';
    case null:
      return 'null';
    case undefined:
      return 'undefined';
    default:
      return 'other';
  }
}
console.log(describe(1), describe('1'), describe(true), describe(null), describe(undefined), describe(2));
function fall(n) {
  var r = [];
  switch (n) {
    case 0: r.push('zero');
    case 1: r.push('one');
    case 2: r.push('two'); break;
    case 3: r.push('three');
    default: r.push('default');
    case 4: r.push('four');
  }
  return r.join('>');
}
for (var i = 0; i <= 5; i++) console.log(i, fall(i));
function dyn(x) {
  var log = [];
  function c(v) { log.push('eval ' + v); return v; }
  switch (x) {
    case c(1): log.push('matched 1'); break;
    case c(2): log.push('matched 2'); break;
    case c(3): log.push('matched 3'); break;
  }
  return log.join(', ');
}
console.log(dyn(2));
console.log(dyn(9));
switch (NaN) { case NaN: console.log('NaN matched'); break; default: console.log('NaN never matches'); }
var s = 'b';
switch (s) { default: console.log('default first'); break; case 'a': console.log('a'); }
for (var k = 0; k < 3; k++) {
  switch (k) {
    case 1: continue;
  }
  console.log('after switch', k);
}
switch (3) {
  case 3: {
    let scoped = 'block in case';
    console.log(scoped);
  }
}
