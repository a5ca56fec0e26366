// module.exports replaced by a function with state of its own.
let n = 0;
module.exports = function next() { return ++n; };
module.exports.reset = () => { n = 0; };
