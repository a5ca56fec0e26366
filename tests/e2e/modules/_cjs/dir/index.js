module.exports = { from: 'dir/index.js', up: require('../math').name };
