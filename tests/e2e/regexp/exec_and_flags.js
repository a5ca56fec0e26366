// RegExp literals, exec/test, lastIndex with the g and y flags, the flag getters,
// toString and console.log.
const re = /(\d+)-(\d+)/g;
console.log(re, String(re), `${re}`, re + '', re.source, re.flags, re.global, re.lastIndex);
console.log(re.exec('a 12-34 b 5-6'), re.lastIndex);
console.log(re.exec('a 12-34 b 5-6'), re.lastIndex);
console.log(re.exec('a 12-34 b 5-6'), re.lastIndex);

const flags = [/a/i.ignoreCase, /a/.multiline, /a/m.multiline, /a/s.dotAll, /a/u.unicode, /a/v.unicodeSets, /a/y.sticky, /a/d.hasIndices, /a/.global];
console.log(flags);
console.log(new RegExp('a', 'yvsmigd').flags, /x/dgimsuy.flags);

// A non-global regexp ignores lastIndex and leaves it alone.
const plain = /o/;
plain.lastIndex = 100;
console.log(plain.exec('foo').index, plain.lastIndex);

// Global: test advances lastIndex and resets it after the last match.
const g = /o/g;
const seen = [];
while (g.test('foo boo')) seen.push(g.lastIndex);
console.log(seen, g.lastIndex);
g.lastIndex = 100;
console.log(g.exec('foo'), g.lastIndex);
g.lastIndex = '2';
console.log(g.exec('foo').index, g.lastIndex);

// Sticky: only at lastIndex.
const y = /a/y;
y.lastIndex = 1;
console.log(y.exec('bab'), y.lastIndex, y.exec('bab'), y.lastIndex);
const alt = /b|ab/y;
console.log(alt.test('ab'), alt.lastIndex);
console.log('ab12 34'.match(/\d+/gy), 'aaba'.replace(/a/gy, 'x'));
const my = /^a/my;
my.lastIndex = 2;
console.log(my.test('b\na'), my.lastIndex);

// A tokenizer built from sticky regexps.
function tokenize(src) {
  const rules = [['num', /\d+(?:\.\d+)?/y], ['id', /[A-Za-z_]\w*/y], ['op', /[-+*\/()=]/y], ['ws', /\s+/y]];
  const out = [];
  let pos = 0;
  outer: while (pos < src.length) {
    for (const [kind, r] of rules) {
      r.lastIndex = pos;
      const m = r.exec(src);
      if (m) {
        if (kind !== 'ws') out.push(kind + ':' + m[0]);
        pos = r.lastIndex;
        continue outer;
      }
    }
    out.push('error@' + pos);
    break;
  }
  return out;
}
console.log(tokenize('x1 = (3.25 + foo) * 42 / bar_2'));
console.log(tokenize('a = 1 # 2'));

// exec results: groups, unmatched captures, indices.
console.log(/a(z)?/.exec('xa'));
console.log(/a(?<x>z)?/.exec('a').groups);
console.log(/(?<y>\d{4})-(?<m>\d\d)/d.exec('on 2024-05'));
console.log(/a(b)?/d.exec('xa').indices);
console.log(/nothing/.exec('here'), /undefined/.test(), /null/.test(null), /1/.test(1));

// Frozen regexps cannot update lastIndex.
try {
  const f = /a/g;
  Object.freeze(f);
  f.exec('a');
} catch (e) {
  console.log(e.name);
}

// Own properties and JSON.
console.log(Object.getOwnPropertyNames(/a/), Object.keys(/a/g), JSON.stringify({ r: /a/g }));
console.log(Object.getOwnPropertyDescriptor(/a/, 'lastIndex'));
const tagged = /t/g;
tagged.note = 'hi';
console.log(tagged, [/a\/b/gi, new RegExp('\n')], { nested: { deeper: { re: /deep/ } } });
