// CommonJS modules of the program: relative requires with and without an extension, '../'
// from a nested file, directories (index.js, package.json "main"), the require cache,
// module.exports replacement, `this`, module objects, __filename/__dirname.
const math = require('./_cjs/math');
const again = require('./_cjs/math.js');
console.log(math.add(1, 2), math.name, math.self, again === math);
console.log(require('./_cjs/dir'), require('./_cjs/dir/'), require('./_cjs/withmain'));
const deep = require('./_cjs/sub/deep');
console.log(deep.sum, deep.near, deep.plain, deep.dirname.endsWith('/modules/_cjs/sub'));

const next = require('./_cjs/counter');
console.log(typeof next, next(), next(), require('./_cjs/counter')());
next.reset();
console.log(next());

// The module object and the require function.
console.log(module.id, module.loaded, module.parent, require.main === module, this === module.exports);
console.log(Object.keys(module), Object.keys(require), typeof require.resolve);
console.log(module.children.length, module.children[0].exports === math, module.children[0].loaded);
console.log(module.children[0].id.endsWith('/_cjs/math.js'), module.children[0].parent === module);
console.log(__filename.endsWith('/modules/cjs_require.js'), __filename === __dirname + '/cjs_require.js');
console.log(module.filename === __filename, module.path === __dirname, module.paths[0] === __dirname + '/node_modules');
console.log(require.resolve('./_cjs/math') === __dirname + '/_cjs/math.js', require.resolve('timers'), require.resolve('node:timers'));

// The cache, by file name.
const key = require.resolve('./_cjs/math');
console.log(require.cache[key].exports === math, Object.getPrototypeOf(require.cache), key in require.cache);
delete require.cache[key];
const fresh = require('./_cjs/math');
console.log(fresh === math, fresh.add(2, 2));

// `require` as a value, a computed specifier of a bundled file, module.require.
const r = require;
const which = 'counter';
console.log(r('./_cjs/math') === fresh, require('./_cjs/' + which) === next, module.require('./_cjs/dir').from);
const early = require('./_cjs/early_return');
console.log(early);
exports.done = true;
console.log(module.exports, this);
