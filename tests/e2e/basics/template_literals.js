var name = 'Kiln';
var n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`multi
line
string`);
console.log(`values: ${null} ${undefined} ${true} ${[1, 2, 3]} ${{}}`);
console.log(`escape \` backtick and \${not interpolated}`);
console.log(`${1 / 3}`);
console.log(`${-0} ${NaN} ${1e21}`);
function greet(p) { return `Hi, ${p.first} ${p.last}!`; }
console.log(greet({ first: 'Ada', last: 'Lovelace' }));
var obj = { toString: function () { return 'custom'; } };
console.log(`obj is ${obj}`);
console.log(`${n > 2 ? 'big' : 'small'}`);
console.log(``.length, `a${''}b`.length);
console.log(`tab\there`);
