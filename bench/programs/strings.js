// String building with += and join, charCodeAt scanning, split, indexOf.
var s = '';
for (var i = 0; i < 200000; i++) {
  s += String.fromCharCode(97 + (i * 7) % 26);
  if (i % 40 === 39) s += ' ';
}
var words = s.split(' ');
var counts = {};
for (var w = 0; w < words.length; w++) {
  var key = words[w].slice(0, 2);
  counts[key] = (counts[key] || 0) + 1;
}
var h = 0;
for (var round = 0; round < 60; round++) {
  for (var j = 0; j < s.length; j++) h = (h * 31 + s.charCodeAt(j)) % 1000000007;
}
var parts = [];
for (var k = 0; k < 200000; k++) parts.push('item' + k);
var joined = parts.join(',');
var found = 0, pos = 0;
while ((pos = joined.indexOf('item9', pos)) !== -1) { found++; pos++; }
var upper = joined.slice(0, 50000).toUpperCase();
var ncount = 0;
for (var key2 in counts) ncount++;
console.log('len', s.length, 'words', words.length, 'keys', ncount);
console.log('hash', h, 'joined', joined.length, 'found', found, 'upper', upper.charCodeAt(1000));
