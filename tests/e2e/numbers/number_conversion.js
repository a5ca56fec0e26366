console.log(Number('42'), Number(' 42 '), Number(''), Number('  '), Number('42px'), Number('0x10'));
console.log(Number('0b101'), Number('0o17'), Number('1e3'), Number('-1.5e-2'), Number('.5'), Number('5.'));
console.log(Number('Infinity'), Number('-Infinity'), Number('infinity'), Number('+12'), Number('--1'));
console.log(Number(null), Number(undefined), Number(true), Number(false), Number(NaN));
console.log(Number([]), Number([5]), Number(['7']), Number([1, 2]), Number({}));
console.log(Number('1,000'), Number('1 000'), Number('\n12\t'), Number('0x'), Number('-0x10'));
console.log(Number('00012'), Number('1_0'), Number('-0'), 1 / Number('-0'));
console.log(Number({ valueOf: function () { return '3'; } }), Number(new Date_(7)));
function Date_(v) { this.v = v; }
Date_.prototype.valueOf = function () { return this.v * 2; };
console.log(+'3' + +'4', -'-3', +'1e1000');
console.log(isNaN('abc'), isNaN('12'), isNaN(''), isNaN(undefined), isNaN(null), isNaN([]), isNaN({}));
