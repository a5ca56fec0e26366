function Animal(name, sound) {
  this.name = name;
  this.sound = sound;
}
Animal.prototype.speak = function () { return this.name + ' says ' + this.sound; };
Animal.prototype.kind = 'animal';
function Dog(name) {
  this.name = name;
  this.sound = 'woof';
  this.tricks = [];
}
Dog.prototype = new Animal('?', '?');
Dog.prototype.constructor = Dog;
Dog.prototype.learn = function (t) { this.tricks.push(t); return this; };
Dog.prototype.kind = 'dog';
function Puppy(name) {
  this.name = name;
  this.sound = 'yip';
  this.tricks = [];
}
Puppy.prototype = new Dog('?');
var dogSpeak = Dog.prototype.speak;
Puppy.prototype.speak = function () { return 'tiny ' + this.name + ' says ' + this.sound; };
console.log(dogSpeak === Animal.prototype.speak);
var a = new Animal('Cat', 'meow');
var d = new Dog('Rex');
var p = new Puppy('Bit');
console.log(a.speak(), '|', d.speak(), '|', p.speak());
console.log(a.kind, d.kind, p.kind);
d.learn('sit').learn('roll');
p.learn('nap');
console.log(d.tricks, p.tricks);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, d instanceof Puppy);
console.log('learn' in a, 'learn' in p);
