//! Global functions (§19.2): parseInt, parseFloat, isNaN, isFinite (also installed as
//! Number.parseInt/parseFloat, the same function objects), and helpers shared by builtins:
//! V8's wording of values in messages and the common abstract operations on `this`
//! (RequireObjectCoercible, ToLength, ...).

use crate::atoms;
use crate::builtins::{define, method};
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs};
use crate::numconv;
use crate::object::{Class, Key, Prop};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string::{self, Units};
use crate::value::Value;

/// Indirect `eval(x)`: anything but a string is returned as it is (§19.2.1.1 step 2); source
/// text cannot be compiled at run time, which is an EvalError, as node reports code generation
/// from strings that is disallowed. (Direct eval is refused at compile time.)
fn indirect_eval(a: &CallArgs) -> JsResult<Value> {
    let x = a.arg(0);
    if !x.is_string() {
        return Ok(x);
    }
    Err(crate::error::throw_error(
        crate::error::ErrorKind::EvalError,
        "Code generation from strings is not supported in a compiled program (indirect eval)",
    ))
}

pub fn install() {
    let g = realm().global;
    let parse_int = method(g, "parseInt", 2, parse_int);
    let parse_float = method(g, "parseFloat", 1, parse_float);
    method(g, "isNaN", 1, is_nan);
    method(g, "isFinite", 1, is_finite);
    method(g, "eval", 1, indirect_eval);
    // §21.1.2.12-13: Number.parseFloat and Number.parseInt are the global functions.
    if let Some(Prop::Data(number, _)) = unsafe { (*g.as_object()).get_own(Key::Name(atoms::intern_str("Number"))) }
        && number.is_object()
    {
        define(number, "parseFloat", parse_float, WRITABLE | CONFIGURABLE);
        define(number, "parseInt", parse_int, WRITABLE | CONFIGURABLE);
    }
}

/// The contents of `s` as UTF-16 code units (copied, so no GC cell is borrowed).
pub fn units_vec(s: *mut string::JsString) -> Vec<u16> {
    string::units(s).to_vec()
}

/// parseInt (§19.2.5).
fn parse_int(a: &CallArgs) -> JsResult<Value> {
    let s = conv::to_string(a.arg(0))?;
    let radix = conv::to_int32(a.arg(1))?;
    let v = match string::units(s) {
        // The common `parseInt("42")`: a few decimal digits, exact in f64.
        Units::Latin1(b)
            if (1..=15).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) && (radix == 0 || radix == 10) =>
        {
            b.iter().fold(0.0, |acc, &c| acc * 10.0 + (c - b'0') as f64)
        }
        u => numconv::parse_int(&u.to_vec(), radix),
    };
    Ok(Value::number(v))
}

/// parseFloat (§19.2.4).
fn parse_float(a: &CallArgs) -> JsResult<Value> {
    let s = conv::to_string(a.arg(0))?;
    Ok(Value::number(numconv::parse_float(&units_vec(s))))
}

/// isNaN (§19.2.3).
fn is_nan(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(a.arg(0))?.is_nan()))
}

/// isFinite (§19.2.2).
fn is_finite(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(conv::to_number(a.arg(0))?.is_finite()))
}

/// The primitive type's name as V8 words it in messages ("number", "string", ...).
pub fn type_name(v: Value) -> &'static str {
    if v.is_number() {
        "number"
    } else if v.is_string() {
        "string"
    } else if v.is_bool() {
        "boolean"
    } else if v.is_symbol() {
        "symbol"
    } else {
        "object"
    }
}

/// A value as V8 prints it inside "... is not a function" from a builtin (its
/// side-effect-free ToString): strings unquoted, arrays as `[object Array]`, plain objects
/// as `#<Ctor>`. Runs no JS code.
pub fn describe(v: Value) -> String {
    if v.is_string() {
        return string::to_rust(v.as_string());
    }
    if v.is_number() {
        return numconv::number_to_string(v.as_number());
    }
    if v.is_symbol() {
        return conv::symbol_descriptive_string(v);
    }
    let Some(o) = v.object_ref() else {
        return conv::display_string(v);
    };
    match o.class() {
        Class::Function => format!("function {}", function::name_of(v)),
        Class::Array => "[object Array]".into(),
        Class::NumberWrapper => "[object Number]".into(),
        Class::StringWrapper => "[object String]".into(),
        Class::BooleanWrapper => "[object Boolean]".into(),
        Class::Error => {
            let read = |k: Value| match o
                .get_own(Key::Name(k))
                .or_else(|| o.proto.object_ref().and_then(|p| p.get_own(Key::Name(k))))
            {
                Some(Prop::Data(s, _)) if s.is_string() => Some(string::to_rust(s.as_string())),
                _ => None,
            };
            let c = atoms::common();
            let name = read(c.name).unwrap_or_else(|| "Error".into());
            match read(c.message) {
                Some(m) if !m.is_empty() => format!("{name}: {m}"),
                _ => name,
            }
        }
        _ => match data_constructor_name(v) {
            Some(n) if !n.is_empty() => format!("#<{n}>"),
            _ => "[object Object]".into(),
        },
    }
}

/// The name of the first `constructor` data property on `v`'s prototype chain.
fn data_constructor_name(v: Value) -> Option<String> {
    let mut cur = v;
    while let Some(o) = cur.object_ref() {
        if let Some(Prop::Data(c, _)) = o.get_own(Key::Name(atoms::common().constructor)) {
            return function::is_callable(c).then(|| function::name_of(c));
        }
        cur = o.proto;
    }
    None
}

/// The TypeError a builtin throws for a callback that is not callable.
pub fn not_a_function(v: Value) -> Thrown {
    error::throw_type_error(&format!("{} is not a function", describe(v)))
}

/// `v` if it is callable, else the TypeError builtins throw for a bad callback.
pub fn require_callable(v: Value) -> JsResult<Value> {
    if function::is_callable(v) { Ok(v) } else { Err(not_a_function(v)) }
}

/// ToLength (§7.1.20) as an integer in 0..=2^53-1.
pub fn to_length(v: Value) -> JsResult<u64> {
    if v.is_int() {
        return Ok(v.as_int().max(0) as u64);
    }
    let n = conv::to_integer_or_infinity(v)?;
    Ok(if n <= 0.0 { 0 } else { n.min(9007199254740991.0) as u64 })
}

/// A relative index argument (slice, splice, fill, ...) resolved against `len`: negative
/// values count from the end, and the result is clamped to 0..=len.
pub fn relative_index(v: Value, len: u64) -> JsResult<u64> {
    let rel = conv::to_integer_or_infinity(v)?;
    Ok(clamp_relative(rel, len))
}

pub fn clamp_relative(rel: f64, len: u64) -> u64 {
    if rel < 0.0 { (len as f64 + rel).max(0.0) as u64 } else { rel.min(len as f64) as u64 }
}

/// Helpers for the builtins' unit tests: calling installed functions and showing results as
/// node's console.log would.
#[cfg(test)]
pub mod testing {
    use crate::atoms::intern_str;
    use crate::error::{JsResult, take_pending};
    use crate::function::{self, NativeFn};
    use crate::object::{self, Key};
    use crate::realm::realm;
    use crate::string;
    use crate::value::Value;

    /// `this[name](...args)`.
    pub fn call(this: Value, name: &str, args: &[Value]) -> JsResult<Value> {
        let f = object::get_value(this, Key::Name(intern_str(name)))?;
        function::call(f, this, args)
    }

    /// `holder[name].call(this, ...args)`.
    pub fn call_on(holder: Value, name: &str, this: Value, args: &[Value]) -> JsResult<Value> {
        let f = object::get_value(holder, Key::Name(intern_str(name)))?;
        function::call(f, this, args)
    }

    pub fn global(name: &str) -> Value {
        object::get_value(realm().global, Key::Name(intern_str(name))).unwrap()
    }

    pub fn get(o: Value, name: &str) -> Value {
        object::get_value(o, Key::Name(intern_str(name))).unwrap()
    }

    /// The value as console.log prints it, or "Name: message" for a thrown error.
    pub fn show(r: JsResult<Value>) -> String {
        match r {
            Ok(v) => crate::builtins::inspect::inspect(v).unwrap(),
            Err(_) => {
                let e = take_pending();
                crate::builtins::error::error_to_rust_string(e).unwrap()
            }
        }
    }

    pub fn n(x: f64) -> Value {
        Value::number(x)
    }

    pub fn s(x: &str) -> Value {
        Value::string(string::from_str(x))
    }

    pub fn arr(items: &[Value]) -> Value {
        object::new_array(items.to_vec())
    }

    pub fn native(f: NativeFn) -> Value {
        function::native("f", 1, f, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{arr, call, global, n, s, show};
    use super::*;

    fn line(f: &str, cases: &[&[Value]]) -> String {
        let g = realm().global;
        cases.iter().map(|args| show(call(g, f, args))).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn global_builtins() {
        let _runtime = crate::start::init_for_tests();
        let u = Value::UNDEFINED;
        // tests/e2e/numbers/parse_int.js, line by line.
        assert_eq!(
            line("parseInt", &[&[s("42")], &[s("  42  ")], &[s("42px")], &[s("px42")], &[s("")]]),
            "42 42 42 NaN NaN"
        );
        assert_eq!(
            line("parseInt", &[&[s("-17")], &[s("+17")], &[s("- 17")], &[s("3.99")], &[s("-0")]]),
            "-17 17 NaN 3 -0"
        );
        assert_eq!(
            line(
                "parseInt",
                &[&[s("0x1f")], &[s("0X1F")], &[s("1f"), n(16.0)], &[s("0x1f"), n(16.0)], &[s("0x1f"), n(10.0)]]
            ),
            "31 31 31 31 0"
        );
        assert_eq!(
            line(
                "parseInt",
                &[
                    &[s("101"), n(2.0)],
                    &[s("777"), n(8.0)],
                    &[s("zz"), n(36.0)],
                    &[s("10"), n(37.0)],
                    &[s("10"), n(1.0)],
                    &[s("10"), n(0.0)]
                ]
            ),
            "5 511 1295 NaN NaN 10"
        );
        assert_eq!(line("parseInt", &[&[s("012")], &[s("0b11")], &[s("0o17")]]), "12 0 0");
        assert_eq!(line("parseInt", &[&[n(0.0000005)], &[n(1e21)], &[Value::NULL], &[s("Infinity")]]), "5 1 NaN NaN");
        assert_eq!(
            line("parseInt", &[&[s("123"), s("16")], &[s(" \n\t 99")], &[s("99999999999999999999")]]),
            "291 99 100000000000000000000"
        );
        assert_eq!(line("parseInt", &[&[n(15.99), n(10.0)], &[s("2"), n(2.0)], &[s("12"), n(2.0)]]), "15 NaN 1");
        assert_eq!(line("parseInt", &[&[Value::TRUE], &[u]]), "NaN NaN");
        // tests/e2e/numbers/parse_float.js.
        assert_eq!(
            line("parseFloat", &[&[s("3.14")], &[s("  3.14abc")], &[s(".5")], &[s("5.")], &[s("-.5e3")]]),
            "3.14 3.14 0.5 5 -500"
        );
        assert_eq!(
            line("parseFloat", &[&[s("1e3")], &[s("1e")], &[s("1e+")], &[s("1.2.3")], &[s("e5")]]),
            "1000 1 1 1.2 NaN"
        );
        assert_eq!(
            line("parseFloat", &[&[s("Infinity")], &[s("-Infinityx")], &[s("inf")], &[s("")], &[s("  ")]]),
            "Infinity -Infinity NaN NaN NaN"
        );
        assert_eq!(line("parseFloat", &[&[s("0x10")], &[s("1_000")], &[s("-0")], &[s("+7")]]), "0 1 -0 7");
        assert_eq!(line("parseFloat", &[&[arr(&[n(1.5), n(2.0)])]]), "1.5");
        assert_eq!(
            line("parseFloat", &[&[s("123456789012345678901234567890")], &[s("1e400")], &[s("1e-400")]]),
            "1.2345678901234568e+29 Infinity 0"
        );
        // isNaN / isFinite coerce; tests/e2e/numbers/number_conversion.js last line.
        let o = crate::object::new_plain();
        assert_eq!(
            line("isNaN", &[&[s("abc")], &[s("12")], &[s("")], &[u], &[Value::NULL], &[arr(&[])], &[o]]),
            "true false false true false false true"
        );
        assert_eq!(
            line("isFinite", &[&[s("12")], &[n(f64::INFINITY)], &[s("x")], &[Value::NULL], &[]]),
            "true false false true false"
        );
        // Lengths and identities.
        assert_eq!(show(Ok(super::testing::get(global("parseInt"), "length"))), "2");
        assert!(super::testing::get(global("Number"), "parseFloat") == global("parseFloat"));
        // How builtins describe a bad callback (node: `[1].map(x)` messages).
        assert_eq!(describe(s("abc")), "abc");
        assert_eq!(describe(n(-0.0)), "0");
        assert_eq!(describe(n(1e21)), "1e+21");
        assert_eq!(describe(arr(&[])), "[object Array]");
        assert_eq!(describe(crate::object::new_plain()), "#<Object>");
        assert_eq!(describe(Value::object(crate::object::new_ordinary(Value::NULL))), "[object Object]");
        assert_eq!(describe(crate::error::new_error(crate::error::ErrorKind::Error, "x")), "Error: x");
        assert_eq!(describe(u), "undefined");
        assert_eq!(describe(Value::TRUE), "true");
    }
}
