console.log(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('.5'), parseFloat('5.'), parseFloat('-.5e3'));
console.log(parseFloat('1e3'), parseFloat('1e'), parseFloat('1e+'), parseFloat('1.2.3'), parseFloat('e5'));
console.log(parseFloat('Infinity'), parseFloat('-Infinityx'), parseFloat('inf'), parseFloat(''), parseFloat('  '));
console.log(parseFloat('0x10'), parseFloat('1_000'), parseFloat('-0'), parseFloat('+7'));
console.log(parseFloat([1.5, 2]), parseFloat({ toString: function () { return '8.25'; } }));
console.log(parseFloat('123456789012345678901234567890'), parseFloat('1e400'), parseFloat('1e-400'));
console.log(parseFloat('0.1') + parseFloat('0.2'));
