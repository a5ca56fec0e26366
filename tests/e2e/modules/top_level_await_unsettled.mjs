// A top-level await that never settles: node exits with code 13.
console.log(1);
await new Promise(() => {});
