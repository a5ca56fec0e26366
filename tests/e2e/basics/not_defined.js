try {
  console.log(undefinedVariable);
} catch (e) {
  console.log(e instanceof ReferenceError, e.name);
  console.log(e.message);
}
try {
  missingFunction(1, 2);
} catch (e) {
  console.log(e.message);
}
console.log(typeof alsoMissing);
console.log(typeof alsoMissing === 'undefined');
function g() { return innerMissing + 1; }
try {
  g();
} catch (e) {
  console.log(String(e));
}
try {
  var r = 1 + nope;
} catch (e) {
  console.log(e.name + ' -> ' + e.message);
}
console.log('r is', r);
