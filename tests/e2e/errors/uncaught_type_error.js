console.log('line one');
console.error('warning on stderr');
console.log('line two');
throw new TypeError('expected a string but got number');
