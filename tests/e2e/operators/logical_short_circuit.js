var trace = [];
function v(x) { trace.push(String(x)); return x; }
console.log(v(0) && v(1), trace.join(' '));
trace = [];
console.log(v(1) && v(2), trace.join(' '));
trace = [];
console.log(v('') || v('b'), trace.join(' '));
trace = [];
console.log(v('a') || v('b'), trace.join(' '));
trace = [];
console.log(v(null) || v(0) || v(undefined), trace.join(' '));
trace = [];
console.log(v(1) && v('x') && v([]), trace.join(' '));
console.log(1 && 2 || 3, 0 && 2 || 3, 0 || 2 && 3);
console.log(true && 'last', false || null);
var o = null;
console.log(o && o.prop);
