// args: --verbose -n 3 input.txt --mode=fast
var args = process.argv.slice(2);
var opts = { verbose: false, n: 1, mode: 'slow', files: [] };
for (var i = 0; i < args.length; i++) {
  var a = args[i];
  if (a === '--verbose') opts.verbose = true;
  else if (a === '-n') opts.n = parseInt(args[++i], 10);
  else if (a.startsWith('--mode=')) opts.mode = a.slice('--mode='.length);
  else opts.files.push(a);
}
console.log(opts);
for (var r = 0; r < opts.n; r++) console.log('run', r + 1, 'mode', opts.mode, 'on', opts.files.join(','));
