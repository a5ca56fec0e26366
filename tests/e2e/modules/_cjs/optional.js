// A guarded optional dependency, as packages write them.
let extra = null;
try {
  extra = require('./not-installed');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
}
module.exports = extra;
