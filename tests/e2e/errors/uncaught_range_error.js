function check(n) {
  if (n > 3) throw new RangeError('boom: ' + n + ' exceeds limit');
  return n;
}
for (var i = 0; i < 10; i++) {
  console.log('checked', check(i));
}
console.log('never printed');
