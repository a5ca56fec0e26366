import { nothing } from './_diag/exports.mjs';
console.log(nothing);
