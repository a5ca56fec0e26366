// Tagged templates: strings and raw, substitutions, per-site caching, member tags.
function tag(strings, ...subs) {
  return `${strings.length}:${strings.join('|')}:${strings.raw.join('|')}:${subs.join(',')}`;
}
console.log(tag`a${1}b${2}c`);
console.log(tag`line\n${'x'}\t`);
console.log(tag``);
const seen = [];
function site(s) { seen.push(s); return s; }
for (let i = 0; i < 2; i++) site`same site ${i}`;
site`other site`;
console.log(seen[0] === seen[1], seen[0] === seen[2], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw));
console.log(String.raw`C:\new\path ${1 + 1}`);
const obj = { prefix: '>', fmt(strings, v) { return this.prefix + strings[0] + v; } };
console.log(obj.fmt`value: ${42}`);
function bad(s) { return s[0] === undefined ? 'undefined cooked, raw=' + s.raw[0] : 'cooked'; }
console.log(bad`\unicode`);
