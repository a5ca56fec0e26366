var args = process.argv.slice(2);
console.log(args, args.length);
console.log(args[0] === undefined);
