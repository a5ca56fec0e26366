// A static field named prototype (computed) is a TypeError when the class is defined.
class A {
  static ["proto" + "type"] = 1;
}
