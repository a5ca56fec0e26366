// String.prototype.match, matchAll, replace, replaceAll, search and split with RegExps.
const text = 'a 12-34 b 5-6';
console.log(text.match(/(\d+)-(\d+)/g), text.match(/(\d+)-(\d+)/), text.match(/z/g), text.match(/z/));
console.log('abc'.match(null), 'abc'.match(), 'a.c'.match('.'), 'abc'.search('c'));

console.log(text.replace(/(\d+)-(\d+)/g, '$2-$1'));
console.log(text.replace(/(\d+)-(\d+)/g, (m, a, b, off, s) => `[${+a + +b}@${off}/${s.length}]`));
console.log('x'.replace(/x/, '$0 $1 $01 $& $<n> $$ $'));
console.log('abc'.replace(/(?<n>b)/, '[$<n>][$<m>][$<n]'));
console.log('abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$1-$12-$011-$00'));
console.log('abcde'.replace(/c/, "[$`|$']"), 'aaa'.replace(/a*?/g, '-'), 'abc'.replace(/(?:)/g, '.'));
console.log('x1y2'.replace(/(?<d>\d)/g, (...args) => JSON.stringify(args)));
console.log('aBc'.replace(/b/i, (m, off, s) => `[${m}|${off}|${s}]`));
console.log('John Smith'.replace(/(?<first>\w+)\s(?<last>\w+)/, '$<last>, $<first>'));
console.log('aaa'.replaceAll(/a/g, 'b'), 'a-b-c'.replaceAll(/-/g, (m, i) => i));
try {
  'abc'.replaceAll(/b/, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('x'.repeat(1000).replace(/x/g, 'ab').length);

console.log('hello world'.search(/o/), 'hello'.search(/z/), 'ABC'.search(/c/i));
const sr = /b/g;
sr.lastIndex = 2;
console.log('abc'.search(sr), sr.lastIndex);

for (const m of 'x1y22z333'.matchAll(/(?<n>\d+)/g)) console.log(m.index, m[0], m.groups.n);
console.log([...'abab'.matchAll('b')].map((m) => m.index), [...'abc'.matchAll(/(?:)/g)].map((m) => m.index));
const it = 'a1b2'.matchAll(/\d/g);
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
console.log(it.next(), it.next(), it.next(), it.next());
console.log(it);
try {
  'abc'.matchAll(/b/);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

console.log('A-B_C'.split(/[-_]/), 'A-B_C'.split(/([-_])/, 3), 'a1b2c3'.split(/\d/, 2));
console.log('abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/), 'a,b,,c'.split(/,/));
console.log('one  two   three'.split(/\s+/), 'ab'.split(/(a)?(b)?/), 'abc'.split(/b/, 0));
console.log('2024-05-17T10:20'.split(/[-T:]/).map(Number));
console.log('camelCaseString'.split(/(?=[A-Z])/), 'a1b22c'.split(/(\d)+/));

// Bigger inputs, to exercise the matcher on long strings.
let big = '';
for (let i = 0; i < 2000; i++) big += 'item' + i + ', ';
console.log(big.match(/\d+/g).length, big.split(/,\s*/).length, big.replace(/item/g, '#').length, big.search(/1999/));
let wide = '';
for (let i = 0; i < 500; i++) wide += 'é' + i + '日';
console.log(wide.match(/日/g).length, wide.split(/\d+/).length, wide.replace(/é(\d+)/g, '$1').length);
