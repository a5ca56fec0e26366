var values = ['a string', 42, null, undefined, { code: 1 }, [1, 2], true, -0];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (v) {
    console.log(typeof v, v, v === values[i]);
  }
}
function thrower() { throw { kind: 'custom', detail: 'object thrown' }; }
try { thrower(); } catch (o) { console.log(o.kind, o.detail); }
function Problem(msg) { this.msg = msg; }
Problem.prototype.describe = function () { return 'Problem: ' + this.msg; };
try { throw new Problem('bad'); } catch (p) { console.log(p instanceof Problem, p.describe()); }
