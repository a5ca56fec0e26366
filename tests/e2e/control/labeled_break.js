var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = [i, j];
      break outer;
    }
  }
}
console.log('found', found, 'i', i, 'j', j);
var log = [];
rows: for (var r = 0; r < 3; r++) {
  cols: for (var c = 0; c < 3; c++) {
    if (c === 2) break cols;
    if (r === 2) break rows;
    log.push(r + '' + c);
  }
}
console.log(log.join(','));
var count = 0;
loop1: while (true) {
  loop2: do {
    count++;
    if (count > 3) break loop1;
  } while (true);
}
console.log('count', count);
outerOf: for (var ch of 'abc') {
  for (var d of [1, 2, 3]) {
    if (ch === 'b' && d === 2) break outerOf;
    console.log(ch + d);
  }
}
