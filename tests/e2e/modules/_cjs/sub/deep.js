// A nested file: '../' specifiers and node_modules found from here up.
const math = require('../math.js');
exports.sum = math.add(2, 3);
exports.near = require('nearpkg');
exports.plain = require('plainpkg').kind;
exports.dirname = __dirname;
