console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(0 || 'd', '' || 'd', false || 'd', NaN || 'd', null || 'd');
var a = null, b = undefined, c = 'c';
console.log(a ?? b ?? c);
console.log(a ?? b);
var calls = 0;
function side() { calls++; return 'side'; }
console.log('x' ?? side(), calls);
console.log(null ?? side(), calls);
console.log((null || undefined) ?? 'fallback');
console.log((0 && 1) ?? 'n');
var cfg = { port: 0, host: '' };
console.log(cfg.port ?? 8080, cfg.port || 8080);
console.log(cfg.host ?? 'localhost', cfg.host || 'localhost');
console.log(cfg.timeout ?? 30);
