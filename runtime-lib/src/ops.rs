//! Operator entry points (ECMA-262 §13): the slow paths behind compiled code's inline
//! int32 fast paths, each with the full coercion semantics.

use crate::atoms;
use crate::bigint;
use crate::conv::{self, Hint};
use crate::error::{self, JsResult, Thrown};
use crate::function;
use crate::numconv;
use crate::object::{self, Key};
use crate::string;
use crate::value::Value;

#[inline]
fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

/// The operands of a numeric operator after ToNumeric: both Numbers or both BigInts.
enum Numeric {
    Numbers(f64, f64),
    BigInts(Value, Value),
}

fn mix_error() -> Thrown {
    error::throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
}

/// ToNumeric on both operands, left first; a BigInt with a Number is a TypeError.
fn numeric_operands(a: Value, b: Value) -> JsResult<Numeric> {
    let x = conv::to_numeric(a)?;
    let y = conv::to_numeric(b)?;
    match (x.is_bigint(), y.is_bigint()) {
        (false, false) => Ok(Numeric::Numbers(x.as_number(), y.as_number())),
        (true, true) => Ok(Numeric::BigInts(x, y)),
        _ => Err(mix_error()),
    }
}

pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_int() && b.is_int() {
        return Ok(Value::number(a.as_int() as f64 + b.as_int() as f64));
    }
    if a.is_number() && b.is_number() {
        return Ok(Value::from_f64(a.as_number() + b.as_number()));
    }
    if a.is_string() && b.is_string() {
        return concat(a.as_string(), b.as_string());
    }
    let l = conv::to_primitive(a, Hint::Default)?;
    let r = conv::to_primitive(b, Hint::Default)?;
    if l.is_string() || r.is_string() {
        let ls = conv::to_string(l)?;
        let rs = conv::to_string(r)?;
        return concat(ls, rs);
    }
    match numeric_operands(l, r)? {
        Numeric::Numbers(x, y) => Ok(Value::from_f64(x + y)),
        Numeric::BigInts(x, y) => bigint::binary(bigint::BinOp::Add, x.as_bigint(), y.as_bigint()),
    }
}

pub fn concat(a: *mut string::JsString, b: *mut string::JsString) -> JsResult<Value> {
    if string::len(a) + string::len(b) > string::MAX_LEN {
        return Err(error::throw_range_error("Invalid string length"));
    }
    Ok(Value::string(string::concat(a, b)))
}

/// `**` as Number::exponentiate: differs from C's pow where the base is ±1 and the
/// exponent is infinite or NaN.
pub fn exponentiate(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    x.powf(y)
}

/// A binary numeric operator: the Number operation, or the BigInt one.
fn numeric_op(a: Value, b: Value, big: bigint::BinOp, num: impl FnOnce(f64, f64) -> Value) -> Value {
    ret(numeric_operands(a, b).and_then(|n| match n {
        Numeric::Numbers(x, y) => Ok(num(x, y)),
        Numeric::BigInts(x, y) => bigint::binary(big, x.as_bigint(), y.as_bigint()),
    }))
}

macro_rules! numeric_ops {
    ($($name:ident, $big:ident, |$x:ident, $y:ident| $body:expr;)*) => {$(
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(a: Value, b: Value) -> Value {
            numeric_op(a, b, bigint::BinOp::$big, |$x, $y| $body)
        }
    )*};
}

numeric_ops! {
    kiln_sub, Sub, |x, y| Value::from_f64(x - y);
    kiln_mul, Mul, |x, y| Value::from_f64(x * y);
    kiln_div, Div, |x, y| Value::from_f64(x / y);
    kiln_mod, Rem, |x, y| Value::from_f64(x % y);
    kiln_exp, Exp, |x, y| Value::from_f64(exponentiate(x, y));
    kiln_bitand, And, |x, y| Value::int(numconv::to_int32(x) & numconv::to_int32(y));
    kiln_bitor, Or, |x, y| Value::int(numconv::to_int32(x) | numconv::to_int32(y));
    kiln_bitxor, Xor, |x, y| Value::int(numconv::to_int32(x) ^ numconv::to_int32(y));
    kiln_shl, Shl, |x, y| Value::int(numconv::to_int32(x).wrapping_shl(numconv::to_uint32(y) & 31));
    kiln_sar, Sar, |x, y| Value::int(numconv::to_int32(x) >> (numconv::to_uint32(y) & 31));
}

/// `>>>`: BigInts have no unsigned shift.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_shr(a: Value, b: Value) -> Value {
    ret(numeric_operands(a, b).and_then(|n| match n {
        Numeric::Numbers(x, y) => {
            Ok(Value::number((numconv::to_uint32(x) >> (numconv::to_uint32(y) & 31)) as f64))
        }
        Numeric::BigInts(..) => {
            Err(error::throw_type_error("BigInts have no unsigned right shift, use >> instead"))
        }
    }))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_add(a: Value, b: Value) -> Value {
    ret(add(a, b))
}

/// The slow path of `x++` on a value already converted by ToNumeric (`one` is the int 1).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_inc(a: Value, one: Value) -> Value {
    if a.is_bigint() {
        return ret(bigint::binary(bigint::BinOp::Add, a.as_bigint(), &num_bigint::BigInt::from(1)));
    }
    ret(add(a, one))
}

/// The slow path of `x--` on a value already converted by ToNumeric (`one` is the int 1).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_dec(a: Value, one: Value) -> Value {
    if a.is_bigint() {
        return ret(bigint::binary(bigint::BinOp::Sub, a.as_bigint(), &num_bigint::BigInt::from(1)));
    }
    Value::from_f64(a.as_number() - one.as_number())
}

/// The `this` a sloppy function sees for a non-object `this` argument.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_sloppy_this(v: Value) -> Value {
    if v.is_nullish() {
        return crate::realm::realm().global;
    }
    conv::to_object(v).unwrap_or(v)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_fmod(x: f64, y: f64) -> f64 {
    x % y
}

/// IsLessThan(x, y): `None` is the spec's `undefined` (a NaN was involved, or a string that
/// is no BigInt was compared with a BigInt).
fn less_than(x: Value, y: Value, left_first: bool) -> JsResult<Option<bool>> {
    let (px, py) = if left_first {
        let px = conv::to_primitive(x, Hint::Number)?;
        (px, conv::to_primitive(y, Hint::Number)?)
    } else {
        let py = conv::to_primitive(y, Hint::Number)?;
        (conv::to_primitive(x, Hint::Number)?, py)
    };
    if px.is_string() && py.is_string() {
        return Ok(Some(string::compare(px.as_string(), py.as_string()) == std::cmp::Ordering::Less));
    }
    if px.is_bigint() && py.is_string() {
        return Ok(bigint::from_js_string(py.as_string()).map(|n| *px.as_bigint() < n));
    }
    if px.is_string() && py.is_bigint() {
        return Ok(bigint::from_js_string(px.as_string()).map(|n| n < *py.as_bigint()));
    }
    let nx = conv::to_numeric(px)?;
    let ny = conv::to_numeric(py)?;
    Ok(match (nx.is_bigint(), ny.is_bigint()) {
        (true, true) => Some(nx.as_bigint() < ny.as_bigint()),
        (true, false) => bigint::compare_number(nx.as_bigint(), ny.as_number()).map(|o| o.is_lt()),
        (false, true) => bigint::compare_number(ny.as_bigint(), nx.as_number()).map(|o| o.is_gt()),
        (false, false) => {
            let (a, b) = (nx.as_number(), ny.as_number());
            if a.is_nan() || b.is_nan() { None } else { Some(a < b) }
        }
    })
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_lt(a: Value, b: Value) -> Value {
    ret(less_than(a, b, true).map(|r| Value::bool(r == Some(true))))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_gt(a: Value, b: Value) -> Value {
    ret(less_than(b, a, false).map(|r| Value::bool(r == Some(true))))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_le(a: Value, b: Value) -> Value {
    ret(less_than(b, a, false).map(|r| Value::bool(r == Some(false))))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_ge(a: Value, b: Value) -> Value {
    ret(less_than(a, b, true).map(|r| Value::bool(r == Some(false))))
}

/// IsStrictlyEqual.
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a.is_string() && b.is_string() {
        return string::equals(a.as_string(), b.as_string());
    }
    if a.is_bigint() && b.is_bigint() {
        return a.as_bigint() == b.as_bigint();
    }
    a == b
}

/// SameValueZero (includes, Map keys): like `===` except NaN equals NaN.
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equals(a, b)
}

/// IsLooselyEqual.
pub fn loose_equals(a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() || a.is_string() && b.is_string() || a.is_bigint() && b.is_bigint() {
        return Ok(strict_equals(a, b));
    }
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(false);
    }
    if a.is_object() && b.is_object() || a.is_symbol() && b.is_symbol() || a.is_bool() && b.is_bool() {
        return Ok(a == b);
    }
    if a.is_number() && b.is_string() {
        return Ok(a.as_number() == conv::string_to_number(b.as_string()));
    }
    if a.is_string() && b.is_number() {
        return Ok(conv::string_to_number(a.as_string()) == b.as_number());
    }
    if a.is_bigint() && b.is_string() {
        return Ok(bigint::from_js_string(b.as_string()).is_some_and(|n| *a.as_bigint() == n));
    }
    if a.is_string() && b.is_bigint() {
        return loose_equals(b, a);
    }
    if a.is_bool() {
        return loose_equals(Value::int(a.as_bool() as i32), b);
    }
    if b.is_bool() {
        return loose_equals(a, Value::int(b.as_bool() as i32));
    }
    let primitive = |v: Value| v.is_number() || v.is_string() || v.is_symbol() || v.is_bigint();
    if b.is_object() && primitive(a) {
        return loose_equals(a, conv::to_primitive(b, Hint::Default)?);
    }
    if a.is_object() && primitive(b) {
        return loose_equals(conv::to_primitive(a, Hint::Default)?, b);
    }
    if a.is_bigint() && b.is_number() {
        return Ok(bigint::compare_number(a.as_bigint(), b.as_number()) == Some(std::cmp::Ordering::Equal));
    }
    if a.is_number() && b.is_bigint() {
        return loose_equals(b, a);
    }
    Ok(false)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_loose_eq(a: Value, b: Value) -> Value {
    ret(loose_equals(a, b).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_strict_eq(a: Value, b: Value) -> Value {
    Value::bool(strict_equals(a, b))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_neg(a: Value) -> Value {
    ret(conv::to_numeric(a).and_then(|x| {
        if x.is_bigint() { bigint::checked(-x.as_bigint()) } else { Ok(Value::from_f64(-x.as_number())) }
    }))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_bitnot(a: Value) -> Value {
    ret(conv::to_numeric(a).and_then(|x| {
        if x.is_bigint() { bigint::checked(!x.as_bigint()) } else { Ok(Value::int(!numconv::to_int32(x.as_number()))) }
    }))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_number(a: Value) -> Value {
    ret(conv::to_number(a).map(Value::from_f64))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_numeric(a: Value) -> Value {
    ret(conv::to_numeric(a))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_string(a: Value) -> Value {
    ret(conv::to_string_value(a))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_property_key(a: Value) -> Value {
    ret(conv::to_property_key(a).map(crate::object::key_to_value))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_boolean(a: Value) -> u64 {
    conv::to_boolean(a) as u64
}

pub fn type_of(v: Value) -> Value {
    let c = atoms::common();
    if v.is_number() {
        c.number
    } else if v.is_string() {
        c.string
    } else if v.is_bool() {
        c.boolean
    } else if v.is_undefined() {
        c.undefined
    } else if v.is_symbol() {
        c.symbol
    } else if v.is_bigint() {
        c.bigint
    } else if function::is_callable(v) {
        c.function
    } else {
        c.object
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_typeof(v: Value) -> Value {
    type_of(v)
}

/// InstanceofOperator (Symbol.hasInstance arrives with symbols).
pub fn instance_of(v: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        return Err(error::throw_type_error("Right-hand side of 'instanceof' is not an object"));
    }
    let has_instance = object::get(target, Key::Name(crate::realm::realm().sym_has_instance), target)?;
    if !has_instance.is_nullish() {
        return Ok(conv::to_boolean(function::call(has_instance, target, &[v])?));
    }
    if !function::is_callable(target) {
        return Err(error::throw_type_error("Right-hand side of 'instanceof' is not callable"));
    }
    if !v.is_object() {
        return Ok(false);
    }
    let proto = object::get(target, Key::Name(atoms::common().prototype), target)?;
    if !proto.is_object() {
        return Err(error::throw_type_error("Function has non-object prototype 'undefined' in instanceof check"));
    }
    let mut cur = unsafe { (*v.as_object()).proto };
    while cur.is_object() {
        if cur == proto {
            return Ok(true);
        }
        cur = unsafe { (*cur.as_object()).proto };
    }
    Ok(false)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_instanceof(v: Value, target: Value) -> Value {
    ret(instance_of(v, target).map(Value::bool))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_in(key: Value, obj: Value) -> Value {
    ret((|| {
        if !obj.is_object() {
            let k = conv::to_rust_string(key).unwrap_or_default();
            return Err(error::throw_type_error(&format!(
                "Cannot use 'in' operator to search for '{k}' in {}",
                string::to_rust(conv::to_string(obj)?)
            )));
        }
        let k = conv::to_property_key(key)?;
        Ok(Value::bool(object::has_property(obj, k)))
    })())
}
