console.log('ab'.repeat(3), '[' + 'x'.repeat(0) + ']', '-'.repeat(20));
try {
  'x'.repeat(-1);
} catch (e) {
  console.log('negative repeat:', e instanceof RangeError, e.name);
}
console.log('hello world'.startsWith('hello'), 'hello world'.startsWith('world'), 'hello world'.startsWith('world', 6));
console.log('hello world'.endsWith('world'), 'hello world'.endsWith('hello'), 'hello world'.endsWith('hello', 5));
console.log('abc'.startsWith(''), 'abc'.endsWith(''), ''.startsWith(''));
console.log('abc'.includes('bc'), 'abc'.includes('bc', 2));
function pad(s, n) { return s.length >= n ? s : ' '.repeat(n - s.length) + s; }
console.log('|' + pad('7', 4) + '|' + pad('1234', 3) + '|');
var files = ['a.js', 'b.ts', 'c.js', 'readme.md'];
console.log(files.filter(function (f) { return f.endsWith('.js'); }));
