var o = { b: 1, a: 2, 10: 'ten', 2: 'two', z: 3, '-1': 'neg', '01': 'lead' };
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(','));
function P() { this.own = 1; }
P.prototype.inherited = 2;
var p = new P();
var pk = [];
for (var key in p) pk.push(key);
console.log(pk);
var arr = ['x', 'y', 'z'];
for (var idx in arr) console.log(idx, typeof idx, arr[idx]);
var sparse = [1, , 3];
var sk = [];
for (var i in sparse) sk.push(i);
console.log(sk);
var cnt = 0;
for (var n in null) cnt++;
for (var u in undefined) cnt++;
console.log('null/undefined iterate zero times', cnt);
var del = { a: 1, b: 2, c: 3 };
var seen = [];
for (var d in del) { seen.push(d); if (d === 'a') delete del.b; }
console.log(seen);
var s = [];
for (var ch in 'hey') s.push(ch);
console.log(s);
for (let lk in { q: 1 }) console.log('let key', lk);
