// An unhandled rejection prints the error and exits with code 1.
console.log('before');
Promise.reject(new RangeError('nobody catches this'));
setTimeout(() => console.log('never runs'), 10);
