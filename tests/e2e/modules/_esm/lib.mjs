console.log("lib evaluated");
export let count = 0;
export function inc() { count++; }
export class Point { constructor(x, y) { this.x = x; this.y = y; } sum() { return this.x + this.y; } }
export default function () { return "default fn"; }
