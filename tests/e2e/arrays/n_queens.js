function solve(n) {
  var cols = [], solutions = 0, first = null;
  function safe(row, col) {
    for (var r = 0; r < row; r++) {
      var c = cols[r];
      if (c === col || Math.abs(c - col) === row - r) return false;
    }
    return true;
  }
  function place(row) {
    if (row === n) {
      solutions++;
      if (!first) first = cols.slice();
      return;
    }
    for (var col = 0; col < n; col++) {
      if (safe(row, col)) {
        cols[row] = col;
        place(row + 1);
      }
    }
  }
  place(0);
  return { count: solutions, first: first };
}
for (var n = 1; n <= 9; n++) {
  var r = solve(n);
  console.log(n, r.count, r.first);
}
var s = solve(8).first;
for (var row = 0; row < 8; row++) {
  var line = '';
  for (var c = 0; c < 8; c++) line += s[row] === c ? 'Q ' : '. ';
  console.log(line.trim());
}
