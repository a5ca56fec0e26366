// extends, super(), super.method(), overriding, default derived constructors, statics.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static create(name) { return new this(name); }
  get kind() { return 'animal'; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + ' (woof)'; }
  get kind() { return 'dog, a kind of ' + super.kind; }
}
class Puppy extends Dog {}
const d = new Dog('Rex', 'lab');
console.log(d.speak(), d.kind, d.breed);
const p = new Puppy('Bit', 'pug');
console.log(p.speak(), p instanceof Dog, p instanceof Animal);
const q = Puppy.create('Made');
console.log(q.name, q instanceof Puppy, q.constructor.name);
class Bad extends Animal {
  constructor() { this.x = 1; super('x'); }
}
try { new Bad(); } catch (e) { console.log(e.constructor.name, e.message); }
class Twice extends Animal {
  constructor() { super('a'); super('b'); }
}
try { new Twice(); } catch (e) { console.log(e.constructor.name, e.message); }
try { class X extends 42 {} } catch (e) { console.log(e.constructor.name, e.message); }
class WithField extends Animal {
  tag = this.name + '!';
}
console.log(new WithField('f').tag);
class ReturnsObject extends Animal {
  constructor() { super('r'); return { replaced: true }; }
}
console.log(new ReturnsObject());
const obj = {
  greet() { return 'hi from obj'; },
};
const child = {
  __proto__: obj,
  greet() { return super.greet() + ' via child'; },
  get value() { return 42; },
  set value(v) { this._v = v; },
};
console.log(child.greet(), child.value);
child.value = 7;
console.log(child._v);
