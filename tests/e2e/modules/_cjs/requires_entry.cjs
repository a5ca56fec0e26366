try {
  require('../esm_require_cycle.mjs');
} catch (e) {
  console.log(e.name, e.code, e.message.startsWith('Cannot require() ES Module '), e.message.includes(' in a cycle. (from '));
}
module.exports = 'requires_entry.cjs done';
