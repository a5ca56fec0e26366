// Computed keys: ToPropertyKey before the value, SetFunctionName from the key (symbols as
// "[description]"), and a class's static `prototype` element is a TypeError.
const s = Symbol("desc"), anon = Symbol();
const log = [];
const key = { toString() { log.push("key"); return "k"; } };
const o = {
  [key]: (log.push("value"), 1),
  [s]: function () {},
  [anon]: () => {},
  get [String(s)]() { return 1; },
  ["m" + 1]() {},
  [Symbol.iterator]: function* () {},
};
console.log(log.join(","), Object.keys(o));
console.log(JSON.stringify([o[s].name, o[anon].name, o.m1.name, o[Symbol.iterator].name]));
console.log(Object.getOwnPropertyDescriptor(o, "Symbol(desc)").get.name);
const named = { [s]: class {}, [anon]: class { static name() {} } };
console.log(named[s].name, typeof named[anon].name);
class C {
  static [s]() {}
  get [anon]() { return 1; }
  set ["x" + "y"](v) {}
}
console.log(JSON.stringify([C[s].name, Object.getOwnPropertyDescriptor(C.prototype, anon).get.name, Object.getOwnPropertyDescriptor(C.prototype, "xy").set.name]));
for (const src of ["method", "getter", "setter"]) {
  try {
    if (src === "method") (class { static ["proto" + "type"]() {} });
    if (src === "getter") (class { static get ["proto" + "type"]() { return 1; } });
    if (src === "setter") (class { static set ["proto" + "type"](v) {} });
  } catch (e) {
    console.log(src, e.name, e.message);
  }
}
