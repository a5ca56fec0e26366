// Parameters of a list with initializers are in their TDZ until bound (also in closures and async functions).
function f(a = b, b = 1) { return [a, b]; }
try { f(); } catch (e) { console.log(e.name, e.message); }
console.log(f(5));
function g(a = a) {}
try { g(); } catch (e) { console.log(e.name, e.message); }
const h = (x = 1, y = x + 1, z = () => w, w = 3) => [x, y, z()];
console.log(h());
async function k(a = b, b) {}
k().catch(e => console.log('async', e.message));
function m({ [n]: v } = {}, n = 'q') {}
try { m(); } catch (e) { console.log(e.message); }
function simple(a, b) { var a; return a; }
console.log(simple(7));
