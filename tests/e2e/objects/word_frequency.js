var text = 'the quick brown fox jumps over the lazy dog the fox barks ' +
  'and the dog sleeps while the quick cat watches the brown fox';
var words = text.split(' ');
var freq = {};
for (var i = 0; i < words.length; i++) {
  var w = words[i];
  if (freq[w] === undefined) freq[w] = 0;
  freq[w]++;
}
var entries = [];
for (var k in freq) entries.push({ word: k, count: freq[k] });
entries.sort(function (a, b) {
  if (b.count !== a.count) return b.count - a.count;
  return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
});
for (var j = 0; j < 5; j++) console.log(entries[j].word, entries[j].count);
console.log(entries.length, 'distinct words of', words.length);
console.log(freq);
var byLen = {};
for (var m = 0; m < words.length; m++) {
  var L = words[m].length;
  (byLen[L] = byLen[L] || []).includes(words[m]) || byLen[L].push(words[m]);
}
console.log(byLen);
