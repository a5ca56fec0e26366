// BigInt literals, operators, conversions and the BigInt builtins, against node.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}

// Literals in every base, with separators, and as property keys.
console.log(0n, -0n, 123n, 0x1Fn, 0o17n, 0b101n, 1_000_000n, 0xFFFF_FFFF_FFFF_FFFFn);
console.log(typeof 1n, typeof Object(1n), { 1n: "one", [2n]: "two" });

// Arithmetic: truncating division, remainder with the dividend's sign, big powers.
const big = 2n ** 127n - 1n;
console.log(big, big * big, big / 3n, big % 1000n, -7n / 2n, -7n % 2n, 7n % -2n);
console.log(5n - 8n, -(-3n), 10n ** 0n, (-2n) ** 3n, 0n ** 0n);

// Bitwise operators on two's complement values, shifts both ways.
console.log(5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, ~-1n, -6n & 0xFFn, -1n ^ 5n);
console.log(1n << 100n, (1n << 100n) >> 99n, -5n >> 1n, -1n >> 1000n, 5n << -1n, 12n >> -2n);

// Increment and decrement, prefix and postfix, on variables and properties.
let i = 9n;
i++;
++i;
const o = { n: 0n };
o.n--;
--o.n;
console.log(i, i--, i, o.n, o.n++, o.n);
let acc = 1n;
for (let k = 1n; k <= 25n; k++) acc *= k;
console.log("25! =", acc);

// Compound assignment.
let c = 10n;
c += 5n; c -= 1n; c *= 3n; c /= 4n; c %= 7n; c **= 5n; c <<= 2n; c >>= 1n; c &= 0xFFn; c |= 256n; c ^= 1n;
console.log(c);

// Comparisons across types.
console.log(1n < 2, 2n > 1.5, 1n == 1, 1n === 1, 1n == "1", "10" > 9n, 0n == "", 1n == true, 2n == true);
console.log(1n < "x", 1n >= "x", 2n > Infinity, -2n > -Infinity, 1n < NaN, 3n <= 3, 9007199254740993n > 9007199254740992);
console.log([3n, 1n, 2n].sort(), [10n, 2n, 1n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(0n ? "truthy" : "falsy", 1n ? "truthy" : "falsy", !0n, !!-1n, 0n || "default", 1n && "and");
console.log(1n === 1n, 10n ** 20n === 10n ** 20n, Object.is(0n, -0n), [1n, 2n].includes(2n), [5n].indexOf(5n));
switch (3n) {
  case 3:
    console.log("matched the number");
    break;
  case 3n:
    console.log("matched the BigInt");
    break;
}

// Collections key BigInts by value.
const m = new Map([[1n, "a"], [2n ** 64n, "b"]]);
const s = new Set([1n, 1n, 2n, 2n ** 64n, 2n ** 64n]);
console.log(m.get(1n), m.get(2n ** 64n), m.get(1), s.size, s.has(2n ** 64n));

// Strings and numbers.
console.log(String(10n), `${-7n}`, 1n + "a", "b" + 2n, (255n).toString(16), (-255n).toString(2), (2n ** 70n).toString(36));
console.log(Number(2n ** 64n), Number(-(2n ** 53n) - 1n), Number(2n ** 1024n), parseInt("12n"), +"1");
console.log((1234567n).toLocaleString(), (-1000n).toLocaleString(), 10n.valueOf(), Object(5n).valueOf());
console.log(Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag], (1n).constructor === BigInt);
console.log(BigInt.name, BigInt.length, typeof BigInt.asIntN);

// The BigInt function.
console.log(BigInt(42), BigInt(-0), BigInt(true), BigInt(" 0x10 "), BigInt("  -12  "), BigInt(""), BigInt("0b11"), BigInt(Number.MAX_SAFE_INTEGER + 2));
console.log(BigInt({ valueOf() { return 7n; } }), BigInt({ toString() { return "8"; } }), BigInt([9]));
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, -129n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n), BigInt.asUintN(1000, 5n));

// Errors, with V8's messages.
attempt("mix", () => 1n + 1);
attempt("mix *", () => 2 * 1n);
attempt("unary plus", () => +1n);
attempt(">>>", () => 1n >>> 0n);
attempt("div by zero", () => 1n / 0n);
attempt("mod by zero", () => 1n % 0n);
attempt("negative exponent", () => 2n ** -1n);
attempt("too big", () => 1n << 10000000000n);
attempt("fraction", () => BigInt(1.5));
attempt("NaN", () => BigInt(NaN));
attempt("bad string", () => BigInt("12abc"));
attempt("separator", () => BigInt("1_000"));
attempt("signed hex", () => BigInt("-0x10"));
attempt("exponent", () => BigInt("1e3"));
attempt("undefined", () => BigInt(undefined));
attempt("null", () => BigInt(null));
attempt("symbol", () => BigInt(Symbol("q")));
attempt("new", () => new BigInt(1));
attempt("JSON", () => JSON.stringify({ a: 1n }));
attempt("Math", () => Math.abs(1n));
attempt("isNaN", () => isNaN(1n));
attempt("toString this", () => BigInt.prototype.toString.call(1));
attempt("radix", () => (1n).toString(37));
attempt("asIntN bits", () => BigInt.asIntN(-1, 1n));
attempt("asUintN number", () => BigInt.asUintN(8, 1));
attempt("wrapper mix", () => Object(1n) + 1);
attempt("symbol mix", () => Symbol() + 1n);

// toJSON on BigInt.prototype makes them serialisable.
BigInt.prototype.toJSON = function () { return this.toString() + "n"; };
console.log(JSON.stringify({ a: 1n, b: [2n ** 65n] }));
delete BigInt.prototype.toJSON;

// console.log shows BigInts with their suffix, wrapped ones as node does.
console.log([1n, -2n], { big: 2n ** 80n }, Object(3n), new Map([[1n, 2n]]));
