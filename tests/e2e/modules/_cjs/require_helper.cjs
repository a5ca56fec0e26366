// Hands out this module's require, so an ES module can use it.
exports.createRequire = () => require;
