// Annex B.3.3: a function declaration as an if-statement clause, in sloppy code, is a
// block-level function whose binding is also var-scoped in the enclosing function.
console.log(typeof f, typeof g);
if (true) function f() { return "f"; } else function g() { return "g"; }
console.log(typeof f, typeof g, f());

function pick(x) {
  console.log("before:", typeof chosen);
  if (x) function chosen() { return "then " + x; }
  else function chosen() { return "else " + x; }
  return chosen();
}
console.log(pick(1), pick(0));

function notTaken() {
  if (false) function never() {}
  return typeof never;
}
console.log(notTaken());

// A label in front of a function declaration is allowed in sloppy code too.
label: function labelled() { return "labelled"; }
console.log(labelled());
