// The message text for these is engine-specific; only check name and instanceof.
var cases = [
  function () { var u; u(); },
  function () { var o = {}; o.method(); },
  function () { var n = null; return n.prop; },
  function () { var u; return u.prop; },
  function () { var x = 5; x(); },
  function () { return new (function () {}.prototype.x)(); },
  function () { null.foo = 1; },
  function () { 'str'(); }
];
for (var i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, 'no error');
  } catch (e) {
    console.log(i, e instanceof TypeError, e.name, e instanceof Error);
  }
}
