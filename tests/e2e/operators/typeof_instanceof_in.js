function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { this.name = name; }
Dog.prototype = new Animal('proto');
var d = new Dog('Rex');
var a = new Animal('Generic');
console.log(d instanceof Dog, d instanceof Animal, a instanceof Dog);
console.log([] instanceof Array, {} instanceof Array);
console.log(new TypeError('x') instanceof Error, new Error('x') instanceof TypeError);
console.log(typeof d, typeof Dog);
console.log('name' in d, 'speak' in d, 'bark' in d);
console.log(0 in [5], 1 in [5], 'length' in []);
var holes = [1, , 3];
console.log(1 in holes, 2 in holes);
var o = { a: undefined };
console.log('a' in o, o.a === undefined, 'b' in o);
console.log('toString' in o);
try {
  'x' in 'string';
} catch (e) {
  console.log('in on primitive:', e instanceof TypeError, e.name);
}
try {
  d instanceof 5;
} catch (e) {
  console.log('instanceof non-callable:', e.name);
}
console.log(d.speak());
