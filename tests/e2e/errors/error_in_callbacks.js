var data = [1, 2, 3, 4, 5];
try {
  data.forEach(function (x) {
    if (x === 3) throw new Error('stop at ' + x);
    console.log('visit', x);
  });
} catch (e) {
  console.log('forEach aborted:', e.message);
}
try {
  data.map(function (x) { if (x > 4) throw new RangeError('too large'); return x; });
} catch (e) {
  console.log(e.name, e.message);
}
try {
  [3, 1, 2].sort(function (a, b) { throw new Error('comparator failed'); });
} catch (e) {
  console.log(e.message);
}
var found;
try {
  data.reduce(function (acc, x) { if (acc > 5) { found = acc; throw 'done'; } return acc + x; }, 0);
} catch (s) {
  console.log('early exit', s, found);
}
