console.log(parseInt('42'), parseInt('  42  '), parseInt('42px'), parseInt('px42'), parseInt(''));
console.log(parseInt('-17'), parseInt('+17'), parseInt('- 17'), parseInt('3.99'), parseInt('-0'));
console.log(parseInt('0x1f'), parseInt('0X1F'), parseInt('1f', 16), parseInt('0x1f', 16), parseInt('0x1f', 10));
console.log(parseInt('101', 2), parseInt('777', 8), parseInt('zz', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0));
console.log(parseInt('012'), parseInt('0b11'), parseInt('0o17'));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('Infinity'));
console.log(parseInt('123', '16'), parseInt(' \n\t 99'), parseInt('9'.repeat(20)));
console.log(parseInt(15.99, 10), parseInt('2', 2), parseInt('12', 2));
console.log(isNaN(parseInt('abc')), parseInt(true));
