var nz = -0;
console.log(nz, 0 * -1, -0 + 0, -0 - 0, 0 - 0, Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9));
console.log([nz], [0, -0, +0], { z: -0 });
console.log(String(-0), -0 + '', `${-0}`, (-0).toString(), (-0).toFixed(1));
console.log(1 / -0, 1 / 0, -0 === 0, -0 < 0, Math.sign(-0), 1 / Math.sign(-0));
console.log(Math.abs(-0), 1 / Math.abs(-0), Math.min(0, -0), 1 / Math.min(0, -0), 1 / Math.max(-0, 0));
console.log(-0 * -0, 1 / (-0 * -0), -5 % 5, 1 / (-5 % 5));
console.log(parseInt('-0'), 1 / parseInt('-0'), Number('-0'), parseFloat('-0'));
console.log(JSONlike(-0), [-0].join(), [-0].indexOf(0), [-0].includes(0));
function JSONlike(x) { return '' + x; }
console.log(-0 | 0, 1 / (-0 | 0), ~~-0);
var a = [];
a[-0] = 'negzero key';
console.log(a[0], a.length);
