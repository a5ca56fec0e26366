// Regular expressions: tokenizing, matching with groups, replacing, splitting.
const words = [];
for (let i = 0; i < 2000; i++) words.push(`item${i}=value_${i * 7 % 1000};`);
const text = words.join(' ');
let count = 0, sum = 0;
for (let round = 0; round < 25; round++) {
  const re = /item(\d+)=value_(\d+);/g;
  let m;
  while ((m = re.exec(text)) !== null) { count++; sum += Number(m[2]); }
  const replaced = text.replace(/value_(\d+)/g, (_, d) => 'v' + (d.length));
  sum += replaced.length;
  sum += text.split(/\s+/).length;
  if (/item1999=/.test(text)) sum++;
}
console.log('matches', count, 'sum', sum);
