// Loaded once: the log shows when its body runs.
console.log('math.js runs');
exports.add = (a, b) => a + b;
exports.name = 'math';
exports.self = this === exports;
