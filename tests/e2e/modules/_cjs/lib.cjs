// A .cjs file, imported by an ES module: module.exports is the default import, its
// properties are the named ones.
console.log('lib.cjs runs');
exports.greet = (n) => 'hello ' + n;
exports.version = 3;
exports.default = 'not the default';
