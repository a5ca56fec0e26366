var nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(nums.map(function (x) { return x * x; }));
console.log(nums.filter(function (x) { return x % 3 === 0; }));
console.log(nums.reduce(function (acc, x) { return acc + x; }, 0));
console.log(nums.reduce(function (acc, x) { return acc * x; }));
console.log(nums.map(function (x, i) { return x * i; }).filter(x => x > 20).reduce((a, b) => a + b, 0));
console.log(['a', 'b', 'c'].map(function (s, i, arr) { return s + i + arr.length; }));
console.log([[1, 2], [3], [4, 5, 6]].reduce(function (flat, x) { return flat.concat(x); }, []));
console.log(['x', 'y'].reduce(function (o, k, i) { o[k] = i; return o; }, {}));
try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  console.log('empty reduce:', e instanceof TypeError);
}
console.log([5].reduce(function (a, b) { return a + b; }));
console.log([1, , 3].map(x => x * 2));
console.log([1, , 3].filter(() => true));
console.log(nums.filter(x => x > 100), nums.map(String).join(''));
var words = ['apple', 'bob', 'kayak', 'level', 'tree'];
console.log(words.filter(w => w === w.split('').reverse().join('')));
