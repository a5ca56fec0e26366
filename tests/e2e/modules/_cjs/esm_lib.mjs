// An ES module that a CommonJS file requires.
export const answer = 42;
export default function hello() { return 'hello from esm'; }
