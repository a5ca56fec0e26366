// Packages in node_modules, required from a file beside them (see _cjs/packages.js).
require('./_cjs/packages');
console.log(module.children.length, module.children[0].children.length);
