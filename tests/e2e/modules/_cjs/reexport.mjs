// Re-exports from a CommonJS file.
export { greet, version as v } from './lib.cjs';
export { default as cjsDefault } from './lib.cjs';
