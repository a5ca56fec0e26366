// Top-level this: undefined in a module (a CommonJS file gets module.exports).
console.log(typeof this, this === undefined);
