var grid = [];
for (var i = 0; i < 4; i++) {
  grid.push([]);
  for (var j = 0; j < 4; j++) grid[i].push(i === j ? 1 : 0);
}
console.log(grid);
grid[1][2] = 9;
console.log(grid[1], grid[1][2]);
var jagged = [[1], [2, 3], [4, 5, 6], []];
console.log(jagged, jagged.map(r => r.length));
var deep = [1, [2, [3, [4, [5]]]]];
console.log(deep);
function flatten(a) {
  var out = [];
  for (var x of a) {
    if (x instanceof Array) out = out.concat(flatten(x));
    else out.push(x);
  }
  return out;
}
console.log(flatten(deep));
var shared = [0];
var twoRefs = [shared, shared];
shared[0] = 'changed';
console.log(twoRefs);
