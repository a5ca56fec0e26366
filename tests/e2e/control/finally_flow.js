// break/continue/return passing through finally
var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    log.push('body ' + i);
  } finally {
    log.push('finally ' + i);
  }
}
console.log(log.join(' | '));
log = [];
while (true) {
  try {
    log.push('try');
    break;
  } finally {
    log.push('finally after break');
  }
}
console.log(log.join(' | '));
function f() {
  for (var j = 0; j < 5; j++) {
    try {
      if (j === 2) return 'returned at ' + j;
    } finally {
      console.log('cleanup', j);
    }
  }
}
console.log(f());
outer: for (var a = 0; a < 2; a++) {
  for (var b = 0; b < 2; b++) {
    try {
      if (b === 1) continue outer;
      console.log('a,b', a, b);
    } finally {
      console.log('inner finally', a, b);
    }
  }
}
