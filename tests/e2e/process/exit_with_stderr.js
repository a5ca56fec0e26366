function fail(msg) {
  console.error('fatal: ' + msg);
  process.exit(2);
}
console.log('validating input');
var args = process.argv.slice(2);
if (args.length === 0) fail('no input given');
console.log('not reached');
