function matrix(rows, cols, f) {
  var m = [];
  for (var i = 0; i < rows; i++) {
    var row = [];
    for (var j = 0; j < cols; j++) row.push(f(i, j));
    m.push(row);
  }
  return m;
}
function multiply(a, b) {
  var n = a.length, m = b[0].length, k = b.length;
  return matrix(n, m, function (i, j) {
    var s = 0;
    for (var x = 0; x < k; x++) s += a[i][x] * b[x][j];
    return s;
  });
}
function transpose(a) { return matrix(a[0].length, a.length, function (i, j) { return a[j][i]; }); }
var A = matrix(3, 4, function (i, j) { return i + j; });
var B = matrix(4, 2, function (i, j) { return i * 2 - j; });
console.log(A);
console.log(B);
console.log(multiply(A, B));
console.log(transpose(A));
var I = matrix(3, 3, function (i, j) { return i === j ? 1 : 0; });
var M = matrix(3, 3, function (i, j) { return (i * 3 + j) * 0.5; });
console.log(multiply(I, M));
var P = I;
for (var p = 0; p < 5; p++) P = multiply(P, matrix(3, 3, function (i, j) { return (i + 1) * (j + 2) % 5; }));
console.log(P);
var big = matrix(20, 20, function (i, j) { return (i * 31 + j * 17) % 10; });
var sq = multiply(big, big);
var trace = 0;
for (var t = 0; t < 20; t++) trace += sq[t][t];
console.log('trace', trace);
