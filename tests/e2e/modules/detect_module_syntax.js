// node 20.19+ runs a .js file with module syntax (and no package.json "type") as an ES module.
export const x = 1;
console.log("esm", typeof require);
