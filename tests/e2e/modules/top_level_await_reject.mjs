// A rejected top-level await is an uncaught error: exit code 1.
console.log(1);
await Promise.reject(new Error("tla fail"));
console.log(2);
