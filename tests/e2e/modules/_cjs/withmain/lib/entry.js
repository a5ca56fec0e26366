module.exports = 'withmain/lib/entry.js';
