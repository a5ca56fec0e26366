function tryIt(label, f) {
  try {
    var r = f();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e instanceof ReferenceError, e.message);
  }
}
tryIt('undeclared read', function () { return undeclaredThing; });
tryIt('undeclared call', function () { return notAFunctionName(); });
tryIt('tdz let', function () { var r = v; let v = 1; return r; });
tryIt('tdz const', function () { var r = c; const c = 1; return r; });
tryIt('typeof undeclared', function () { return typeof undeclaredThing; });
tryIt('tdz in closure', function () {
  function read() { return later; }
  var x = read();
  let later = 2;
  return x;
});
tryIt('after init', function () { let v = 'fine'; return v; });
