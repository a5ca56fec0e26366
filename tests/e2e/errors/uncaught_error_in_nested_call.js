function level3() { throw new Error('deep failure'); }
function level2() { return level3(); }
function level1() {
  try {
    return level2();
  } finally {
    console.log('finally runs before the process dies');
  }
}
console.log('start');
level1();
console.log('not reached');
