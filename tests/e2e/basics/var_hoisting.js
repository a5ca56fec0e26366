// var declarations are hoisted (value undefined); function declarations are hoisted with their body
console.log(a);
var a = 5;
console.log(a);
console.log(typeof hoisted);
console.log(hoisted(3));
function hoisted(n) { return n * 2; }
function scopeTest() {
  console.log('inner before:', v);
  if (true) { var v = 'set in block'; }
  console.log('inner after:', v);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var after loop:', i);
}
scopeTest();
var a;
console.log('redeclared keeps value:', a);
var b = 1;
var b = 2;
console.log(b);
console.log(typeof notYetAssigned, notYetAssigned);
var notYetAssigned = function () { return 1; };
console.log(typeof notYetAssigned);
