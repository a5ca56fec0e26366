var log = [];
function f(mode) {
  try {
    log.push('try:' + mode);
    if (mode === 'throw') throw new Error('x');
    if (mode === 'return') return 'from try';
  } catch (e) {
    log.push('catch:' + mode);
    return 'from catch';
  } finally {
    log.push('finally:' + mode);
  }
  log.push('after:' + mode);
  return 'from end';
}
console.log(f('normal'), f('throw'), f('return'));
console.log(log.join('\n'));
function nested() {
  var out = [];
  try {
    try {
      out.push(1);
      throw new Error('inner');
    } finally {
      out.push(2);
    }
  } catch (e) {
    out.push(3 + ':' + e.message);
  } finally {
    out.push(4);
  }
  return out;
}
console.log(nested());
function counterFinally() {
  var i = 0;
  try { return i; } finally { i++; console.log('finally sees i =', i); }
}
console.log('returned', counterFinally());
