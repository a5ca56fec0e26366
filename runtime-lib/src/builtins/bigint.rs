//! The BigInt function, BigInt.asIntN/asUintN and BigInt.prototype (§21.2). The values and
//! their arithmetic are `crate::bigint`'s; this file does the argument coercions and V8's
//! messages.

use crate::bigint;
use crate::builtins::{constructor, method};
use crate::conv::{self, Hint};
use crate::error::{self, JsResult};
use crate::function::CallArgs;
use crate::object::Class;
use crate::realm::realm;
use crate::shape::CONFIGURABLE;
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    let proto = r.bigint_prototype;
    let c = constructor("BigInt", 1, construct, proto);
    method(c, "asIntN", 2, as_int_n);
    method(c, "asUintN", 2, as_uint_n);
    method(proto, "toLocaleString", 0, to_locale_string);
    method(proto, "toString", 0, to_string);
    method(proto, "valueOf", 0, value_of);
    let tag = string::value_from_str("BigInt");
    unsafe { (*proto.as_object()).define_named(r.sym_to_string_tag, tag, CONFIGURABLE) };
}

/// BigInt(value) (§21.2.1.1): a Number must be an integer; anything else goes through
/// ToBigInt. It is a constructor only in name: `new BigInt` is a TypeError.
fn construct(a: &CallArgs) -> JsResult<Value> {
    if !a.new_target.is_undefined() {
        return Err(error::throw_type_error("BigInt is not a constructor"));
    }
    let prim = conv::to_primitive(a.arg(0), Hint::Number)?;
    if prim.is_number() {
        return bigint::from_number(prim.as_number());
    }
    Ok(bigint::new(bigint::to_bigint(prim)?))
}

/// ToIndex (§7.1.22), with V8's message.
fn to_index(v: Value) -> JsResult<u64> {
    let i = conv::to_integer_or_infinity(v)?;
    if !(0.0..=9007199254740991.0).contains(&i) {
        return Err(error::throw_range_error("Invalid value: not (convertible to) a safe integer"));
    }
    Ok(i as u64)
}

fn as_int_n(a: &CallArgs) -> JsResult<Value> {
    let bits = to_index(a.arg(0))?;
    let n = bigint::to_bigint(a.arg(1))?;
    bigint::as_n(bits, &n, true)
}

fn as_uint_n(a: &CallArgs) -> JsResult<Value> {
    let bits = to_index(a.arg(0))?;
    let n = bigint::to_bigint(a.arg(1))?;
    bigint::as_n(bits, &n, false)
}

/// thisBigIntValue (§21.2.3.4.1), with V8's message naming the method.
fn this_bigint(this: Value, method: &str) -> JsResult<Value> {
    if this.is_bigint() {
        return Ok(this);
    }
    if let Some(o) = this.object_ref() {
        if o.class() == Class::BigIntWrapper {
            return Ok(o.primitive_value());
        }
    }
    Err(error::throw_type_error(&format!("BigInt.prototype.{method} requires that 'this' be a BigInt")))
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    let x = this_bigint(a.this, "toString")?;
    let radix = a.arg(0);
    let radix = if radix.is_undefined() { 10.0 } else { conv::to_integer_or_infinity(radix)? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(error::throw_range_error("toString() radix argument must be between 2 and 36"));
    }
    Ok(string::value_from_str(&bigint::to_string_radix(x.as_bigint(), radix as u32)))
}

/// ICU's default (en-US) format: digits in groups of three.
fn to_locale_string(a: &CallArgs) -> JsResult<Value> {
    let x = this_bigint(a.this, "toLocaleString")?;
    let digits = bigint::to_string_radix(x.as_bigint(), 10);
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits.as_str()), |d| ("-", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    Ok(string::value_from_str(&out))
}

fn value_of(a: &CallArgs) -> JsResult<Value> {
    this_bigint(a.this, "valueOf")
}
