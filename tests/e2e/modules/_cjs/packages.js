// Packages in node_modules (found from this file's directory up): package.json "exports"
// (the "require" condition, subpaths, patterns), "main", index.js, scoped names; what
// "exports" does not export is an error.
const pkg = require('somepkg');
console.log(pkg);
console.log(require('somepkg/feature') === require('somepkg/feature'), require('plainpkg'));
console.log(require('@kiln/scoped'));
console.log(require.resolve('somepkg').endsWith('/_cjs/node_modules/somepkg/main.js'));
const colors = require('somepkg/data/colors');
console.log(colors, Array.isArray(colors), require('somepkg/package.json').name);
const show = (spec, e) => console.log(spec, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
try { require('somepkg/lib/hidden.js'); } catch (e) { show('somepkg/lib/hidden.js', e); }
try { require('somepkg/lib/hidden'); } catch (e) { show('somepkg/lib/hidden', e); }
try { require('nopkg'); } catch (e) { show('nopkg', e); }
try { require('somepkg/data/nope'); } catch (e) { show('somepkg/data/nope', e); }
// A package name computed at run time: found among the bundled packages.
const name = ['plain', 'pkg'].join('');
console.log(require(name) === require('plainpkg'));
