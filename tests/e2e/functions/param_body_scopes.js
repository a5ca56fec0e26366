// With parameter expressions, a function body's vars live in their own scope: closures in the parameters do not see them.
var x = 'outside';
var probeParams, probeBody;
function f(_ = probeParams = function() { return x; }) {
  var x = 'inside';
  probeBody = function() { return x; };
}
f();
console.log(probeParams(), probeBody());
function g(a, get = () => a) { var a; console.log(a); a = 2; return [a, get()]; }
console.log(g(1));
const h = (a, b = () => typeof inner) => { function inner() {} return [b(), typeof inner]; };
console.log(h());
class K { constructor(p = () => v) { var v = 3; this.r = [typeof p(), v]; } }
try { new K(); } catch (e) { console.log(e.name, e.message); }
let v = "outer v";
console.log(new K().r);
function m(a = 1) { var a; return a; }
console.log(m(), m(5));
