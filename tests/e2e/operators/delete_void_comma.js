var o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o);
console.log(delete o.nothing, o);
console.log(delete o['c'], o);
var arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length);
console.log(void 0, void 'x', void (1 + 2));
var counter = 0;
void counter++;
console.log(counter);
var r = (1, 2, 3);
console.log(r);
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {
  console.log(i, j);
}
var side = (counter++, counter++, counter);
console.log(side);
var key = 'dyn';
var p = { dyn: 'here' };
delete p[key];
console.log(p, 'dyn' in p);
