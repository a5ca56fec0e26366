function overrideReturn() {
  try { return 'try'; } finally { return 'finally'; }
}
console.log(overrideReturn());
function swallowThrow() {
  try { throw new Error('lost'); } finally { return 'finally swallowed the error'; }
}
console.log(swallowThrow());
function replaceThrow() {
  try { throw new Error('original'); } finally { throw new TypeError('replacement'); }
}
try { replaceThrow(); } catch (e) { console.log(e.name, e.message); }
function catchThrows() {
  try { throw new Error('a'); } catch (e) { throw new Error('from catch: ' + e.message); } finally { console.log('finally still runs'); }
}
try { catchThrows(); } catch (e) { console.log(e.message); }
function loopFinally() {
  for (var i = 0; i < 3; i++) {
    try { throw i; } finally { if (i < 2) continue; }
  }
  return 'unreached?';
}
try { console.log(loopFinally()); } catch (v) { console.log('thrown value', v); }
function breakInFinally() {
  var r = [];
  while (true) {
    try { throw new Error('discarded'); } finally { r.push('break cancels throw'); break; }
  }
  return r;
}
console.log(breakInFinally());
