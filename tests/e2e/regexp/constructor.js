// The RegExp constructor: patterns from strings and regexps, flags, call versus new,
// source escaping, syntax errors, subclasses and Symbol.species.
const a = /x/gi;
const b = new RegExp(a);
console.log(b, b === a, RegExp(a) === a, new RegExp(a, 'm'), RegExp(a, 'y'));
console.log(new RegExp('/'), new RegExp(''), new RegExp('a/b'), new RegExp('[/]'), new RegExp('\\/'));
console.log(new RegExp('\n').source, new RegExp('[\\]/]/').source, String(new RegExp('\r\u2028')));
console.log([new RegExp().source, new RegExp(undefined).source, new RegExp(null).source, RegExp(123).source]);
console.log(new RegExp({ source: 'abc', flags: 'g', [Symbol.match]: true }).toString());
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, String(RegExp.prototype));
console.log(RegExp.length, RegExp.name, RegExp[Symbol.species] === RegExp, RegExp.prototype.exec.length);
console.log(RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.split].length);
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name);
console.log(RegExp.prototype.toString.call({ source: 'x', flags: 'q' }));
console.log(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({ global: 1, sticky: 1, hasIndices: true }));
console.log(RegExp.prototype.compile.call(/a/g, 'b', 'i').toString());

const attempts = [
  ['(', ''], [')', ''], ['*', ''], ['a**', ''], ['[', ''], ['(?', ''], ['\\', ''], ['a{2,1}', ''],
  ['[z-a]', ''], ['\\p{Foo}', 'u'], ['(?<1a>x)', ''], ['(?<a>x)(?<a>y)', ''], ['\\k<b>(?<a>x)', ''],
  ['{', 'u'], ['\\u{110000}', 'u'], ['x{1}{2}', ''], ['\\1', 'u'], ['a', 'gg'], ['a', 'x'],
  ['(?i:a)', ''], ['\\q', 'u'], ['}', 'u'], [']', 'u'], ['a', 'uv'], ['/(', 'g'],
];
for (const [p, f] of attempts) {
  try {
    console.log('ok', new RegExp(p, f));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}

const bad = [
  () => RegExp.prototype.exec.call({}, 'a'),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({}),
  () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(1),
  () => RegExp.prototype.toString.call('abc'),
  () => RegExp.prototype[Symbol.match].call(1, 'a'),
  () => RegExp.prototype[Symbol.split].call(undefined, 'a'),
  () => RegExp.prototype.compile.call(/a/g, /c/m, 'i'),
  () => RegExp.prototype.test.call({}, 'a'),
];
for (const f of bad) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}

class Tagged extends RegExp {
  exec(s) {
    const m = super.exec(s);
    if (m) m.tag = 'T';
    return m;
  }
}
const t = new Tagged('b', 'g');
console.log(t, t instanceof RegExp, t instanceof Tagged, 'abcb'.match(t), 'abcb'.replace(t, 'X'), t.test('b'));
console.log('a-b'.split(new Tagged('-')), Tagged[Symbol.species] === Tagged);
console.log([...'xbxb'.matchAll(t)].map((m) => m.tag + m.index));
