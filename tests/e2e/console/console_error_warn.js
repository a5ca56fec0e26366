console.log('stdout 1');
console.error('stderr 1');
console.warn('warn 1');
console.error('error with values', 42, [1, 2], { a: 'b' });
console.log('stdout 2');
console.error();
console.warn('multi\nline warning');
console.error({ nested: { deeper: { deepest: 1 } } });
console.log('stdout 3');
