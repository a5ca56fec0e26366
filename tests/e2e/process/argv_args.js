// args: alpha beta 42
var args = process.argv.slice(2);
console.log(args);
console.log(args.length);
for (var i = 0; i < args.length; i++) console.log(i, args[i], typeof args[i]);
var n = Number(args[2]);
console.log(n + 1, args[2] + 1);
console.log(process.argv.length);
console.log(typeof process.argv[0], typeof process.argv[1]);
