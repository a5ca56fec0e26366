// JSON modules: parsed once, cached, found with or without the extension.
const data = require('./_cjs/data.json');
console.log(data, data.nested.a === '\u00e9\n');
console.log(require('./_cjs/data') === data);
data.added = 1;
console.log(require('./_cjs/data.json').added);
