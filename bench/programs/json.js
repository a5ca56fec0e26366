// JSON: stringify and parse of nested records.
const records = [];
for (let i = 0; i < 2000; i++) {
  records.push({ id: i, name: 'user' + i, tags: ['a', 'b', String(i % 7)], score: i * 1.5, active: i % 2 === 0, meta: { created: 1700000000 + i, nested: { depth: 3 } } });
}
let total = 0;
for (let round = 0; round < 20; round++) {
  const s = JSON.stringify(records);
  const back = JSON.parse(s);
  total += s.length + back.length + back[round].id;
}
console.log('total', total, JSON.stringify(records[5]));
