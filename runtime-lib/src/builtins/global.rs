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
use crate::object::{self, Class, Key, Prop};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string::{self, Units};
use crate::value::Value;

pub fn install() {
    let g = realm().global;
    let parse_int = method(g, "parseInt", 2, parse_int);
    let parse_float = method(g, "parseFloat", 1, parse_float);
    method(g, "isNaN", 1, is_nan);
    method(g, "isFinite", 1, is_finite);
    // §21.1.2.12-13: Number.parseFloat and Number.parseInt are the global functions.
    if let Some(Prop::Data(number, _)) = unsafe { (*g.as_object()).get_own(Key::Name(atoms::intern_str("Number"))) } {
        if number.is_object() {
            define(number, "parseFloat", parse_float, WRITABLE | CONFIGURABLE);
            define(number, "parseInt", parse_int, WRITABLE | CONFIGURABLE);
        }
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
        Units::Latin1(b) if b.iter().all(|&c| c < 0x80) && b.len() <= 9 && !b.is_empty() && b.iter().all(u8::is_ascii_digit) && (radix == 0 || radix == 10) => {
            // Short runs of decimal digits: the common `parseInt("42")`.
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
            let read = |k: Value| match o.get_own(Key::Name(k)).or_else(|| o.proto.object_ref().and_then(|p| p.get_own(Key::Name(k)))) {
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
