// V8's Error.captureStackTrace, as npm packages use it in their error classes.
class ParseError extends SyntaxError {
  constructor(message) {
    super(message);
    Error.captureStackTrace(this, ParseError);
  }
  get name() { return 'ParseError'; }
}
const e = new ParseError('bad input');
console.log(e.stack.split('\n')[0], e instanceof SyntaxError, Object.keys(e));
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
const plain = { message: 'hi' };
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n')[0], typeof Error.stackTraceLimit);
try { Error.captureStackTrace(1); } catch (err) { console.log(err instanceof TypeError); }
