// Mapped arguments objects: in sloppy functions with simple parameter lists, arguments[i]
// and parameter i are one binding while the mapping lasts.

function both(a, b) {
  var r = [];
  a = 'param a';
  r.push(arguments[0]);
  arguments[1] = 'arguments 1';
  r.push(b);
  return r;
}
console.log(both(1, 2));

// Only indices below the number of arguments passed are mapped.
function short(a, b, c) {
  arguments[1] = 'set b';
  b = 'param b';
  c = 'param c';
  arguments.length = 3;
  return [a, b, c, arguments[1], arguments[2], arguments.length];
}
console.log(short(1));
console.log(short(1, 2));

// Extra arguments have no parameter.
function extra(a) {
  arguments[1] = 'x';
  return [a, arguments[1], arguments.length];
}
console.log(extra(1, 2, 3));

// delete removes the mapping; a new property is unmapped.
function deleted(a) {
  delete arguments[0];
  var r = [a, arguments[0], 0 in arguments];
  arguments[0] = 'new';
  r.push(a);
  a = 'param';
  r.push(arguments[0]);
  return r;
}
console.log(deleted(1));

// defineProperty: a value keeps the mapping and updates the parameter; an accessor or
// writable: false ends it (after storing the value).
function defined(a, b, c, d) {
  Object.defineProperty(arguments, '0', { value: 'defined 0' });
  a = 'param a';
  Object.defineProperty(arguments, '1', { get: function () { return 'getter'; }, configurable: true });
  b = 'param b';
  Object.defineProperty(arguments, '2', { value: 'frozen 2', writable: false });
  c = 'param c';
  Object.defineProperty(arguments, '3', { writable: false });
  d = 'param d';
  return [arguments[0], arguments[1], arguments[2], arguments[3], a, b, c, d];
}
console.log(defined(1, 2, 3, 4));
function enumerableOnly(a) {
  Object.defineProperty(arguments, '0', { enumerable: false });
  a = 'still mapped';
  var d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [arguments[0], d.value, d.enumerable, d.writable, Object.keys(arguments).length];
}
console.log(enumerableOnly(1));
function nonConfigurable(a) {
  Object.defineProperty(arguments, '0', { configurable: false });
  a = 2;
  var r = [arguments[0], delete arguments[0]];
  arguments[0] = 3;
  r.push(a);
  return r;
}
console.log(nonConfigurable(1));

// Descriptors read the parameter's current value.
function descriptor(a) {
  a = 'changed';
  var d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [d.value, d.writable, d.enumerable, d.configurable];
}
console.log(descriptor('orig'));

// Closures over the parameters and over arguments share the binding.
function closures(a) {
  var getA = function () { return a; };
  var setArg = () => { arguments[0] = 'from arrow'; };
  setArg();
  var r = [getA()];
  a = 'from param';
  r.push((() => arguments[0])());
  return r;
}
console.log(closures(0));

// Built-ins that read arguments see the live values.
function builtins(a, b, c) {
  a = 'A';
  c = 'C';
  return [Array.prototype.slice.call(arguments), [...arguments], Object.keys(arguments),
    Array.prototype.join.call(arguments, '+'), JSON.stringify(arguments), Array.from(arguments)];
}
console.log(builtins(1, 2, 3));
function forIn(a, b) {
  b = 'B';
  var keys = [];
  for (var k in arguments) keys.push(k + '=' + arguments[k]);
  return keys;
}
console.log(forIn(1, 2));
function reflect(a) {
  var r = [Reflect.set(arguments, '0', 'via Reflect'), a];
  r.push(Reflect.defineProperty(arguments, '0', { value: 'via define' }), a);
  r.push(Reflect.deleteProperty(arguments, '0'), a);
  return r;
}
console.log(reflect(1));
function apply(a, b) {
  a = 10;
  return Math.max.apply(null, arguments) + ':' + [].concat.apply([], arguments);
}
console.log(apply(1, 2));

// Freezing ends every mapping with the values then current; sealing keeps them.
function frozen(a, b) {
  a = 'before freeze';
  Object.freeze(arguments);
  a = 'after freeze';
  return [arguments[0], a, Object.isFrozen(arguments)];
}
console.log(frozen(1, 2));
function sealed(a) {
  Object.seal(arguments);
  a = 'after seal';
  return [arguments[0], Object.isSealed(arguments), delete arguments[0]];
}
console.log(sealed(1));

// A parameter named twice: the last one is mapped.
function dup(a, a) {
  arguments[0] = 'zero';
  arguments[1] = 'one';
  return a;
}
console.log(dup(1, 2));

// Function declarations initialise the parameter of the same name, and arguments sees it.
function hoisted(f) {
  function f() {}
  return typeof arguments[0];
}
console.log(hoisted(1));

// Generators have mapped arguments too.
function* gen(a) {
  yield arguments[0];
  a = 'gen changed';
  yield arguments[0];
  arguments[0] = 'gen arguments';
  yield a;
}
console.log([...gen('start')]);

// Unmapped: strict functions and non-simple parameter lists.
function strict(a) {
  'use strict';
  a = 'param';
  arguments[0] = 'arguments';
  return [a, arguments[0]];
}
console.log(strict(1));
function withDefault(a, b = 2) {
  a = 'param';
  return [a, arguments[0]];
}
console.log(withDefault(1));
function withRest(a, ...rest) {
  arguments[0] = 'arguments';
  return [a, arguments[0], rest.length];
}
console.log(withRest(1, 2));
function destructured(a, { b }) {
  a = 'param';
  return [a, arguments[0], b];
}
console.log(destructured(1, { b: 2 }));
var arrow = (a) => {
  function inner(x) { x = 'inner'; return arguments[0]; }
  return inner(a);
};
console.log(arrow(5));

// The arguments object itself.
function shape(a, b) {
  return [Object.prototype.toString.call(arguments), arguments.length, typeof arguments.callee,
    arguments.callee === shape, Array.isArray(arguments)];
}
console.log(shape(1, 2));
function lengthChange(a, b) {
  arguments.length = 1;
  b = 'param b';
  return [arguments.length, arguments[1], Array.prototype.slice.call(arguments)];
}
console.log(lengthChange(1, 2));

// An unmapped object's callee is an accessor that throws (%ThrowTypeError%).
function strictCallee() {
  'use strict';
  var d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  try {
    arguments.callee;
  } catch (e) {
    return [e instanceof TypeError, d.get === d.set, d.enumerable, d.configurable];
  }
}
console.log(strictCallee());
function defaultCallee(a = 1) {
  try {
    return arguments.callee;
  } catch (e) {
    return e.message;
  }
}
console.log(defaultCallee());
