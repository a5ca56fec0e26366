var errs = [new Error('e'), new TypeError('t'), new RangeError('r'), new ReferenceError('ref'), new SyntaxError('s')];
for (var i = 0; i < errs.length; i++) {
  var e = errs[i];
  console.log(e.name, e.message, String(e), e instanceof Error, e instanceof TypeError, e instanceof RangeError);
}
var noMsg = new Error();
console.log('[' + noMsg.message + ']', String(noMsg), noMsg.name);
var noNew = Error('called without new');
console.log(noNew instanceof Error, noNew.message);
var t = TypeError('tt');
console.log(t instanceof TypeError, t.name);
var numMsg = new Error(42);
console.log(typeof numMsg.message, numMsg.message);
var custom = new Error('custom');
custom.name = 'CustomError';
console.log(String(custom), custom.toString());
custom.code = 7;
console.log(custom.code, custom.message);
console.log(typeof Error, typeof TypeError, Error.prototype.name, TypeError.prototype.name);
console.log(new Error('u', undefined).message);
