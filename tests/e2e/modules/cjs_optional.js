// Requires that fail when they run, not when the program is compiled: a guarded optional
// dependency, a missing file, computed specifiers, bad arguments, unknown core modules.
console.log(require('./_cjs/optional'));
try {
  require('./_cjs/missing-file');
} catch (e) {
  console.log(e.code, e instanceof Error, e.message.split('\n')[0], e.message.split('\n')[1]);
  console.log(e.requireStack.length, e.requireStack[0] === __filename, Object.keys(e));
}
const name = './_cjs/computed-' + 'missing';
try { require(name); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { require(''); } catch (e) { console.log(e.name, e.code, e.message); }
try { require('node:no-such-module'); } catch (e) { console.log(e.name, e.code, e.message); }
try { require.resolve('./_cjs/nothing-here'); } catch (e) { console.log(e.code); }
// A module whose body throws is not cached: requiring it again runs it again.
for (let i = 0; i < 2; i++) {
  try { require('./_cjs/throws'); } catch (e) { console.log(e.message); }
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('throws.js')));
console.log(typeof require('timers').setTimeout, require('node:timers') === require('timers'));
