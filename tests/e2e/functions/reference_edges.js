// A parenthesised callee keeps its this; 'var arguments' names the arguments object.
var o = { f() { return this === o; } };
console.log((o.f)(), ((o.f))(), (o["f"])(), (0, o.f)());
with ({ g() { return this; } }) { console.log(typeof (g)()); }
function h() { var arguments; return typeof arguments; }
function h2(a) { var arguments = 5; return arguments; }
function h3() { arguments; var arguments = [1]; return arguments.length; }
const h4 = () => { var arguments = 3; return arguments; };
function h5(x) { var arguments; return arguments.length + x; }
console.log(h(), h2(1), h3(9, 9), h4(), h5(2, 0));
