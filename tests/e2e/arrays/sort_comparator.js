var nums = [5, 1, 4, 10, 2, 33, -7, 0, 21];
console.log(nums.slice().sort(function (a, b) { return a - b; }));
console.log(nums.slice().sort(function (a, b) { return b - a; }));
var people = [
  { name: 'Zed', age: 30 }, { name: 'Amy', age: 25 }, { name: 'Bob', age: 30 },
  { name: 'Cat', age: 25 }, { name: 'Dan', age: 41 }, { name: 'Eve', age: 19 }
];
people.sort(function (a, b) { return a.age - b.age || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
console.log(people.map(function (p) { return p.name + ':' + p.age; }).join(' '));
// stability: equal keys keep original order
var recs = [];
for (var i = 0; i < 20; i++) recs.push({ k: i % 3, i: i });
recs.sort(function (a, b) { return a.k - b.k; });
console.log(recs.map(function (r) { return r.k + '.' + r.i; }).join(' '));
var words = ['banana', 'Apple', 'cherry', 'apple', 'Banana'];
words.sort(function (a, b) {
  var x = a.toLowerCase(), y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
});
console.log(words);
var byLen = ['ccc', 'a', 'bb', 'dddd', 'ee', 'f'];
console.log(byLen.sort((a, b) => a.length - b.length));
var ret = nums.sort((a, b) => a - b);
console.log(ret === nums);
var big = [];
for (var j = 0; j < 200; j++) big.push((j * 7919) % 211);
big.sort((a, b) => a - b);
console.log(big.slice(0, 10), big.slice(-5));
var withUndef = [3, undefined, 1, undefined, 2];
console.log(withUndef.sort((a, b) => a - b));
