var total = 0;
for (var n of [1, 2, 3, 4]) total += n;
console.log(total);
var chars = [];
for (var c of 'hello') chars.push(c.toUpperCase());
console.log(chars.join('-'));
for (const x of [10, 20]) console.log('const x', x);
for (let v of [, 'a', , 'b']) console.log('hole-aware', v);
var nested = [[1, 2], [3, 4]];
for (var pair of nested) console.log(pair[0] + pair[1]);
var arr = [1, 2, 3];
var visited = [];
for (var e of arr) {
  visited.push(e);
  if (e === 1) arr.push(4);
}
console.log(visited);
var out = [];
for (var w of ['a', 'b', 'c', 'd']) {
  if (w === 'b') continue;
  if (w === 'd') break;
  out.push(w);
}
console.log(out);
var empty = 0;
for (var z of []) empty++;
for (var y of '') empty++;
console.log('empty', empty);
var pairs = '';
for (var s of 'é€') pairs += s.charCodeAt(0) + ' ';
console.log(pairs);
