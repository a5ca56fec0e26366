//! The Number constructor, its constants and predicates, and Number.prototype (§21.1).
//! All digit work (toString(radix), toFixed, toPrecision, toExponential) is `numconv`'s;
//! this file does the argument coercions, range checks and messages V8 uses.
//! Number.parseInt/parseFloat are installed by `global.rs` (they are the global functions).

use crate::builtins::{constructor, define, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::numconv;
use crate::object::Class;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn install() {
    let proto = realm().number_prototype;
    let c = constructor("Number", 1, construct, proto);
    let constants: [(&str, f64); 8] = [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ];
    for (name, x) in constants {
        define(c, name, Value::number(x), 0);
    }
    method(c, "isFinite", 1, is_finite);
    method(c, "isInteger", 1, is_integer);
    method(c, "isNaN", 1, is_nan);
    method(c, "isSafeInteger", 1, is_safe_integer);
    method(proto, "toExponential", 1, to_exponential);
    method(proto, "toFixed", 1, to_fixed);
    method(proto, "toLocaleString", 0, to_locale_string);
    method(proto, "toPrecision", 1, to_precision);
    method(proto, "toString", 1, to_string);
    method(proto, "valueOf", 0, value_of);
}

/// Number(value) and new Number(value) (§21.1.1.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    let n = if a.args.is_empty() { Value::int(0) } else { conv::to_numeric(a.arg(0))? };
    // A BigInt becomes the Number nearest to it.
    let n = if n.is_bigint() { Value::number(crate::bigint::to_f64(n.as_bigint())) } else { n };
    if a.new_target.is_undefined() {
        return Ok(n);
    }
    let proto = function::get_prototype_from_constructor(a.new_target, realm().number_prototype)?;
    Ok(conv::new_wrapper(Class::NumberWrapper, proto, n))
}

fn is_finite(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}

fn is_integral(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

fn is_integer(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number())))
}

fn is_nan(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

fn is_safe_integer(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    Ok(Value::bool(v.is_number() && is_integral(v.as_number()) && v.as_number().abs() <= 9007199254740991.0))
}

/// thisNumberValue (§21.1.3.7.1), with V8's message naming the method.
fn this_number(this: Value, method: &str) -> JsResult<f64> {
    if this.is_number() {
        return Ok(this.as_number());
    }
    if let Some(o) = this.object_ref() {
        if o.class() == Class::NumberWrapper {
            return Ok(o.primitive_value().as_number());
        }
        // Number.prototype is itself a Number object whose value is +0 (§21.1.3).
        if this == realm().number_prototype {
            return Ok(0.0);
        }
    }
    Err(error::throw_type_error(&format!("Number.prototype.{method} requires that 'this' be a Number")))
}

fn str_value(s: &str) -> Value {
    Value::string(string::from_str(s))
}

/// Number.prototype.toExponential (§21.1.3.2).
fn to_exponential(a: &CallArgs) -> JsResult<Value> {
    let x = this_number(a.this, "toExponential")?;
    let fd = a.arg(0);
    let f = conv::to_integer_or_infinity(fd)?;
    if !x.is_finite() {
        return Ok(Value::string(conv::number_to_js_string(x)));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(error::throw_range_error("toExponential() argument must be between 0 and 100"));
    }
    let digits = if fd.is_undefined() { None } else { Some(f as u32) };
    Ok(str_value(&numconv::to_exponential(x, digits)))
}

/// Number.prototype.toFixed (§21.1.3.3).
fn to_fixed(a: &CallArgs) -> JsResult<Value> {
    let x = this_number(a.this, "toFixed")?;
    let f = conv::to_integer_or_infinity(a.arg(0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(error::throw_range_error("toFixed() digits argument must be between 0 and 100"));
    }
    Ok(str_value(&numconv::to_fixed(x, f as u32)))
}

/// Number.prototype.toLocaleString (§21.1.3.4) as node's default locale (en-US) prints:
/// digits grouped by threes with ",", at most three fraction digits, "∞" for infinities.
/// Locales and options arguments are ignored for now.
fn to_locale_string(a: &CallArgs) -> JsResult<Value> {
    let x = this_number(a.this, "toLocaleString")?;
    Ok(str_value(&locale_format(x)))
}

/// ICU's default number format: like ICU, it starts from the shortest round-trip decimal
/// digits (not the exact binary value) and rounds them half away from zero.
pub fn locale_format(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞".into() } else { "-∞".into() };
    }
    // Shortest digits d1.d2d3...e±k: the value is 0.d1d2d3... × 10^(k+1).
    let sci = numconv::to_exponential(x.abs(), None);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let point = exp.parse::<i64>().unwrap_or(0) + 1;
    // Integer and fraction digits as decimal strings.
    let mut int: Vec<u8> = Vec::new();
    let mut frac: Vec<u8> = Vec::new();
    for (i, &d) in digits.iter().enumerate() {
        if (i as i64) < point { int.push(d) } else { frac.push(d) }
    }
    while (int.len() as i64) < point {
        int.push(b'0');
    }
    if point < 0 {
        let mut z = vec![b'0'; (-point) as usize];
        z.extend_from_slice(&frac);
        frac = z;
    }
    if int.is_empty() {
        int.push(b'0');
    }
    if frac.len() > 3 {
        let round_up = frac[3] >= b'5';
        frac.truncate(3);
        if round_up {
            let mut carry = true;
            for d in frac.iter_mut().rev().chain(int.iter_mut().rev()) {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                int.insert(0, b'1');
            }
        }
    }
    while frac.last() == Some(&b'0') {
        frac.pop();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    for (i, &d) in int.iter().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d as char);
    }
    if !frac.is_empty() {
        out.push('.');
        out.extend(frac.iter().map(|&d| d as char));
    }
    out
}

/// Number.prototype.toPrecision (§21.1.3.5).
fn to_precision(a: &CallArgs) -> JsResult<Value> {
    let x = this_number(a.this, "toPrecision")?;
    let pv = a.arg(0);
    if pv.is_undefined() {
        return Ok(Value::string(conv::number_to_js_string(x)));
    }
    let p = conv::to_integer_or_infinity(pv)?;
    if !x.is_finite() {
        return Ok(Value::string(conv::number_to_js_string(x)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(error::throw_range_error("toPrecision() argument must be between 1 and 100"));
    }
    Ok(str_value(&numconv::to_precision(x, p as u32)))
}

/// Number.prototype.toString (§21.1.3.6).
fn to_string(a: &CallArgs) -> JsResult<Value> {
    let x = this_number(a.this, "toString")?;
    let rv = a.arg(0);
    let radix = if rv.is_undefined() { 10.0 } else { conv::to_integer_or_infinity(rv)? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(error::throw_range_error("toString() radix argument must be between 2 and 36"));
    }
    if radix == 10.0 {
        return Ok(Value::string(conv::number_to_js_string(x)));
    }
    // -0 prints as "0" in every radix.
    let x = if x == 0.0 { 0.0 } else { x };
    Ok(str_value(&numconv::number_to_string_radix(x, radix as u32)))
}

/// Number.prototype.valueOf (§21.1.3.7).
fn value_of(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(this_number(a.this, "valueOf")?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atoms::intern_str;
    use crate::builtins::global::testing::{call, call_on, global, n, s, show};
    use crate::object::{self, Key};

    #[test]
    fn number_builtins() {
        let _runtime = crate::start::init_for_tests();
        let num = global("Number");
        let m = |name: &str, this: Value, args: &[Value]| show(call(this, name, args));
        // Constructor and wrappers (expectations from node v20).
        assert_eq!(show(function::call(num, Value::UNDEFINED, &[s(" 42 ")])), "42");
        assert_eq!(show(function::call(num, Value::UNDEFINED, &[])), "0");
        assert_eq!(show(function::call(num, Value::UNDEFINED, &[s("0x10")])), "16");
        assert_eq!(show(function::construct(num, &[s("7")], num)), "[Number: 7]");
        let w = function::construct(num, &[n(2.5)], num).unwrap();
        assert_eq!(m("valueOf", w, &[]), "2.5");
        assert_eq!(m("toFixed", w, &[n(2.0)]), "'2.50'");
        // Constants and predicates.
        let get = |name: &str| show(object::get_value(num, Key::Name(intern_str(name))));
        assert_eq!(get("MAX_SAFE_INTEGER"), "9007199254740991");
        assert_eq!(get("MIN_SAFE_INTEGER"), "-9007199254740991");
        assert_eq!(get("EPSILON"), "2.220446049250313e-16");
        assert_eq!(get("MAX_VALUE"), "1.7976931348623157e+308");
        assert_eq!(get("MIN_VALUE"), "5e-324");
        assert_eq!(get("NEGATIVE_INFINITY"), "-Infinity");
        assert_eq!(get("NaN"), "NaN");
        assert_eq!(m("isInteger", num, &[n(5.0)]), "true");
        assert_eq!(m("isInteger", num, &[n(5.5)]), "false");
        assert_eq!(m("isInteger", num, &[s("5")]), "false");
        assert_eq!(m("isSafeInteger", num, &[n(9007199254740992.0)]), "false");
        assert_eq!(m("isSafeInteger", num, &[n(-9007199254740991.0)]), "true");
        assert_eq!(m("isFinite", num, &[s("1")]), "false");
        assert_eq!(m("isNaN", num, &[s("x")]), "false");
        assert_eq!(m("isNaN", num, &[n(f64::NAN)]), "true");
        assert_eq!(m("parseFloat", num, &[s("3.5e1x")]), "35");
        assert_eq!(m("parseInt", num, &[s("ff"), n(16.0)]), "255");
        assert!(object::get_value(num, Key::Name(intern_str("parseInt"))).unwrap() == global("parseInt"));
        // toString(radix).
        assert_eq!(m("toString", n(255.0), &[n(16.0)]), "'ff'");
        assert_eq!(m("toString", n(-255.0), &[n(2.0)]), "'-11111111'");
        assert_eq!(m("toString", n(-0.0), &[n(2.0)]), "'0'");
        assert_eq!(m("toString", n(0.5), &[n(2.0)]), "'0.1'");
        assert_eq!(m("toString", n(1e21), &[]), "'1e+21'");
        assert_eq!(m("toString", n(10.0), &[n(1.0)]), "RangeError: toString() radix argument must be between 2 and 36");
        let np = realm().number_prototype;
        assert_eq!(
            show(call_on(np, "toString", s("x"), &[])),
            "TypeError: Number.prototype.toString requires that 'this' be a Number"
        );
        assert_eq!(m("toString", realm().number_prototype, &[]), "'0'");
        // toFixed, toPrecision, toExponential.
        assert_eq!(m("toFixed", n(1.005), &[n(2.0)]), "'1.00'");
        assert_eq!(m("toFixed", n(-1.5), &[]), "'-2'");
        assert_eq!(m("toFixed", n(-0.0), &[n(2.0)]), "'0.00'");
        assert_eq!(m("toFixed", n(1e21), &[n(2.0)]), "'1e+21'");
        assert_eq!(m("toFixed", n(f64::NAN), &[n(2.0)]), "'NaN'");
        assert_eq!(
            m("toFixed", n(1.0), &[n(101.0)]),
            "RangeError: toFixed() digits argument must be between 0 and 100"
        );
        assert_eq!(
            m("toFixed", n(f64::INFINITY), &[n(f64::INFINITY)]),
            "RangeError: toFixed() digits argument must be between 0 and 100"
        );
        assert_eq!(m("toPrecision", n(123.456), &[n(4.0)]), "'123.5'");
        assert_eq!(m("toPrecision", n(0.000123), &[n(2.0)]), "'0.00012'");
        assert_eq!(m("toPrecision", n(123456.0), &[n(2.0)]), "'1.2e+5'");
        assert_eq!(m("toPrecision", n(1.5), &[]), "'1.5'");
        assert_eq!(m("toPrecision", n(f64::INFINITY), &[n(0.0)]), "'Infinity'");
        assert_eq!(m("toPrecision", n(1.0), &[n(0.0)]), "RangeError: toPrecision() argument must be between 1 and 100");
        assert_eq!(m("toExponential", n(123456.0), &[]), "'1.23456e+5'");
        assert_eq!(m("toExponential", n(123456.0), &[n(2.0)]), "'1.23e+5'");
        assert_eq!(m("toExponential", n(0.0), &[]), "'0e+0'");
        assert_eq!(m("toExponential", n(f64::NEG_INFINITY), &[n(-1.0)]), "'-Infinity'");
        assert_eq!(
            m("toExponential", n(1.0), &[n(-1.0)]),
            "RangeError: toExponential() argument must be between 0 and 100"
        );
        assert_eq!(
            show(call_on(np, "toExponential", Value::TRUE, &[])),
            "TypeError: Number.prototype.toExponential requires that 'this' be a Number"
        );
        // toLocaleString (en-US).
        assert_eq!(m("toLocaleString", n(1234567.891), &[]), "'1,234,567.891'");
        assert_eq!(m("toLocaleString", n(-1234.5), &[]), "'-1,234.5'");
        assert_eq!(m("toLocaleString", n(0.0005), &[]), "'0.001'");
        assert_eq!(m("toLocaleString", n(0.1239), &[]), "'0.124'");
        assert_eq!(m("toLocaleString", n(-0.0), &[]), "'-0'");
        assert_eq!(m("toLocaleString", n(100.0), &[]), "'100'");
        assert_eq!(m("toLocaleString", n(1e21), &[]), "'1,000,000,000,000,000,000,000'");
        assert_eq!(m("toLocaleString", n(f64::INFINITY), &[]), "'∞'");
        assert_eq!(m("toLocaleString", n(2.0005), &[]), "'2.001'");
        assert_eq!(m("toLocaleString", n(-1e-7), &[]), "'-0'");
        assert_eq!(m("toLocaleString", n(123456789012345680000.0), &[]), "'123,456,789,012,345,680,000'");
        assert_eq!(m("toLocaleString", n(999.9996), &[]), "'1,000'");
        assert_eq!(m("toLocaleString", n(0.5), &[]), "'0.5'");
        // Boolean (boolean.rs).
        let boolean = global("Boolean");
        assert_eq!(show(function::call(boolean, Value::UNDEFINED, &[s("")])), "false");
        assert_eq!(show(function::call(boolean, Value::UNDEFINED, &[s("0")])), "true");
        assert_eq!(show(function::call(boolean, Value::UNDEFINED, &[])), "false");
        let bw = function::construct(boolean, &[n(0.0)], boolean).unwrap();
        assert_eq!(show(Ok(bw)), "[Boolean: false]");
        assert_eq!(m("toString", bw, &[]), "'false'");
        assert_eq!(m("valueOf", Value::TRUE, &[]), "true");
        assert_eq!(m("toString", realm().boolean_prototype, &[]), "'false'");
        assert_eq!(
            show(call_on(realm().boolean_prototype, "toString", n(1.0), &[])),
            "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean"
        );
    }
}
