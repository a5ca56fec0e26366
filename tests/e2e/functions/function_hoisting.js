console.log(declared());
function declared() { return 'declared is hoisted'; }
try {
  expr();
} catch (e) {
  console.log('expression not hoisted:', e instanceof TypeError);
}
var expr = function () { return 'expr'; };
console.log(expr());
function outer() {
  return inner();
  function inner() { return 'inner hoisted within outer'; }
}
console.log(outer());
function dup() { return 1; }
function dup() { return 2; }
console.log(dup());
var shadowed = 'var';
function shadowed2() {}
console.log(typeof shadowed, typeof shadowed2);
function blockScoped() {
  var res = [];
  if (true) {
    function inBlock() { return 'in block'; }
    res.push(inBlock());
  }
  return res;
}
console.log(blockScoped());
