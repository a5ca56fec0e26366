// The Symbol.match/replace/search/split protocol: String methods call these methods on any
// object, and RegExp methods call `exec` through the object.
const custom = {
  [Symbol.match](s) { return 'match:' + s; },
  [Symbol.replace](s, r) { return 'replace:' + s + ':' + r; },
  [Symbol.search](s) { return 'search:' + s; },
  [Symbol.split](s, limit) { return 'split:' + s + ':' + limit; },
};
console.log('abc'.match(custom), 'abc'.replace(custom, '!'), 'abc'.search(custom), 'abc'.split(custom, 3));
// A Symbol.match method makes `custom` a regexp to replaceAll, which then wants its flags.
try {
  'abc'.replaceAll(custom, '?');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
custom.flags = 'g';
console.log('abc'.replaceAll(custom, '?'));

const counting = /a/g;
let calls = 0;
counting.exec = function (s) {
  calls++;
  return RegExp.prototype.exec.call(this, s);
};
console.log('banana'.replace(counting, 'o'), calls);
console.log('banana'.match(counting), calls);

// exec returning a fake result.
const fake = /x/;
fake.exec = () => ({ 0: 'zz', index: 1, length: 1 });
console.log('abcd'.replace(fake, '[$&]'), fake.test('q'), 'abcd'.search(fake));
const nul = /a/;
nul.exec = () => null;
console.log(nul.test('a'), 'a'.match(nul));
for (const ret of [1, 'str', true]) {
  const r = /a/;
  r.exec = () => ret;
  try {
    r.test('a');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
const noexec = /a/;
noexec.exec = 5;
console.log(noexec.test('a'));

// Symbol.match = false makes a regexp a plain value for startsWith and friends.
const notRe = /a/;
notRe[Symbol.match] = false;
console.log('a/a/'.startsWith(notRe), '/a/'.includes(notRe));

// Species: split and matchAll construct through the constructor's Symbol.species.
const species = /-/;
species.constructor = {
  [Symbol.species]: function (src, flags) {
    console.log('species called with', String(src), flags);
    return new RegExp(src, flags);
  },
};
console.log('a-b-c'.split(species));
for (const c of [5, { [Symbol.species]: 5 }]) {
  const r = /a/;
  r.constructor = c;
  try {
    'a'.split(r);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
