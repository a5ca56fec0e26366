console.log("reexport evaluated");
export { inc as again } from './lib.mjs';
export * from './lib.mjs';
