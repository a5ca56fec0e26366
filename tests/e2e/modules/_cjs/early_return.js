// A CommonJS body may return early; `arguments` is the module wrapper's.
exports.args = arguments.length;
exports.first = arguments[0] === exports;
if (exports.first) return;
exports.notReached = true;
