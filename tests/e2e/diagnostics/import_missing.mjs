// Importing a Node module Kiln does not have yet is a compile-time error.
import { readFile } from 'fs';
console.log(readFile);
