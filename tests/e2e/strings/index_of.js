var s = 'the cat sat on the mat';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('dog'), s.indexOf(''), s.indexOf('', 5), s.indexOf('', 100));
console.log(s.indexOf('at'), s.indexOf('at', 6), s.indexOf('at', -5));
console.log(s.includes('sat'), s.includes('Sat'), s.includes(''), s.includes('mat', 20));
var count = 0, pos = s.indexOf('at');
while (pos !== -1) { count++; pos = s.indexOf('at', pos + 1); }
console.log('occurrences of at:', count);
console.log('aaaa'.indexOf('aa', 1), 'abc'.indexOf('c', 2), 'abc'.indexOf('c', 3));
console.log('123'.indexOf(2), 'null'.indexOf(null), 'undefined'.includes());
