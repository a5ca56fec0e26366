// import() with a specifier computed at run time: files that constant strings in the program can name are bundled, and found by path when the import runs.
let dir = './_esm/la';
const file = 'zy.mjs';
const ns = await import(dir + file);
console.log(ns.lazy);
const name = 'nothing';
await import(`./${name}.mjs`).catch(e => console.log(e.code));
