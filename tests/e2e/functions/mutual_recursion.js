function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7));
var ping = function (n, log) { if (n > 0) { log.push('ping' + n); pong(n - 1, log); } return log; };
var pong = function (n, log) { if (n > 0) { log.push('pong' + n); ping(n - 1, log); } return log; };
console.log(ping(5, []).join(' '));
// Hofstadter Female and Male sequences
function F(n) { return n === 0 ? 1 : n - M(F(n - 1)); }
function M(n) { return n === 0 ? 0 : n - F(M(n - 1)); }
var fs = [], ms = [];
for (var i = 0; i < 15; i++) { fs.push(F(i)); ms.push(M(i)); }
console.log(fs.join(','));
console.log(ms.join(','));
