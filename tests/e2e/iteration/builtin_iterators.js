// Array, string and arguments iterators: keys/values/entries, code points, toStringTag.
const a = [1, 2, 3];
console.log([...a.keys()], [...a.entries()], [...a.values()], a[Symbol.iterator] === a.values);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
const it = 'a😀b'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next(), Object.prototype.toString.call(it));
function f() { console.log(arguments, [...arguments]); }
f(1, 2);
console.log(Object.prototype.toString.call([].values()), [][Symbol.unscopables]);
console.log(Array.from({length: 2, 0: 'a', 1: 'b'}.constructor === Object ? 'ok' : 'no'));
