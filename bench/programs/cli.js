// args: --rows 50 --width 12 report
// A small CLI: parses process.argv, then prints a formatted table.
var args = process.argv.slice(2);
var opts = { rows: 10, width: 10, title: 'table' };
for (var i = 0; i < args.length; i++) {
  if (args[i] === '--rows') opts.rows = parseInt(args[++i], 10);
  else if (args[i] === '--width') opts.width = parseInt(args[++i], 10);
  else opts.title = args[i];
}
function pad(s, w, right) {
  s = String(s);
  while (s.length < w) s = right ? s + ' ' : ' ' + s;
  return s;
}
var cols = ['id', 'name', 'qty', 'price', 'total'];
var line = '+' + cols.map(function () { return '-'.repeat(opts.width); }).join('+') + '+';
console.log(opts.title.toUpperCase());
console.log(line);
console.log('|' + cols.map(function (c) { return pad(c, opts.width, true); }).join('|') + '|');
console.log(line);
var grand = 0;
for (var r = 1; r <= opts.rows; r++) {
  var qty = (r * 37) % 11 + 1;
  var price = ((r * 7919) % 1000) / 100;
  var total = qty * price;
  grand += total;
  var name = 'item-' + String.fromCharCode(97 + r % 26) + r;
  console.log('|' + [pad(r, opts.width), pad(name, opts.width, true), pad(qty, opts.width),
    pad(price.toFixed(2), opts.width), pad(total.toFixed(2), opts.width)].join('|') + '|');
}
console.log(line);
console.log('rows: ' + opts.rows + ', grand total: ' + grand.toFixed(2));
