console.log(1, -1, 0, -0, 1.5, NaN, Infinity, -Infinity);
console.log('string', '', 'with spaces');
console.log(true, false, null, undefined);
console.log();
console.log('');
console.log('a', 'b', 1, 'c');
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2);
console.log('multi\nline', 'tab\tchar');
console.log(typeof console.log);
