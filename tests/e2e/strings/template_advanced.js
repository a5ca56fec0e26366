function row(cells) { return `| ${cells.join(' | ')} |`; }
console.log(row(['a', 'b', 'c']));
var items = [{ n: 'pen', p: 1.5, q: 3 }, { n: 'book', p: 12, q: 1 }];
var lines = items.map(it => `${it.n}: ${it.q} x ${it.p.toFixed(2)} = ${(it.q * it.p).toFixed(2)}`);
console.log(lines.join('\n'));
var total = items.reduce((s, it) => s + it.p * it.q, 0);
console.log(`total=${total}, avg=${(total / items.length).toFixed(3)}`);
console.log(`${'a'}${'b'}${'c'}`, `${1}${2}` === '12');
var depth = 3;
console.log(`${depth > 2 ? `deep ${'x'.repeat(depth)}` : 'shallow'}`);
console.log(`line1
  indented line2`);
console.log(`\u0041\x42\n\tC`);
console.log(`${[1, [2, 3]]} ${{ a: 1 }} ${null}`);
