// Sloppy-mode programs that resemble early errors but are valid JavaScript.
{
  // Annex B: a block may declare the same plain function twice in sloppy code.
  function f() { return 1; }
  function f() { return 2; }
  console.log(f());
}
try {
  throw 1;
} catch (e) {
  // Annex B: a var may redeclare a simple catch parameter.
  var e = 2;
  console.log(e);
}
function dup(a, a) { return a; }
console.log(dup(1, 2));
outer: inner: for (var j = 0; j < 3; j++) {
  if (j === 1) continue outer;
  console.log("j", j);
}
var yield = 3, static = 4, let_ = 5;
console.log(yield + static + let_);
function g() { var g = "shadowed"; { var v = g; } return v; }
console.log(g());
switch (1) {
  case 0: var s = 0;
  case 1: s = 1; break;
}
console.log(s, "\x41", `\u{41}\x42`);
var \u0061b = "escaped identifier";
console.log(ab);
