//! The abstract type-conversion operations of ECMA-262 §7.1: ToPrimitive, ToBoolean,
//! ToNumber, ToNumeric, ToString, ToObject, ToPropertyKey, and the number/string formatting
//! they rely on (digits in `numconv.rs`).

use crate::atoms;
use crate::error::{self, JsResult};
use crate::function;
use crate::numconv;
use crate::object::{self, Class, Key, Object, PrimitiveObject};
use crate::realm::realm;
use crate::string::{self, JsString, Units};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToPrimitive (OrdinaryToPrimitive; Symbol.toPrimitive arrives with symbols).
pub fn to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    if !v.is_object() {
        return Ok(v);
    }
    // An object's own Symbol.toPrimitive method decides first.
    let exotic = object::get(v, Key::Name(realm().sym_to_primitive), v)?;
    if !exotic.is_nullish() {
        if !function::is_callable(exotic) {
            return Err(error::throw_type_error("Symbol.toPrimitive is not a function"));
        }
        let name = match hint {
            Hint::Default => "default",
            Hint::Number => "number",
            Hint::String => "string",
        };
        let r = function::call(exotic, v, &[atoms::intern_str(name)])?;
        if r.is_object() {
            return Err(error::throw_type_error("Cannot convert object to primitive value"));
        }
        return Ok(r);
    }
    let c = atoms::common();
    let order = if hint == Hint::String { [c.to_string, c.value_of] } else { [c.value_of, c.to_string] };
    for name in order {
        let m = object::get(v, Key::Name(name), v)?;
        if function::is_callable(m) {
            let r = function::call(m, v, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    Err(error::throw_type_error("Cannot convert object to primitive value"))
}

pub fn to_boolean(v: Value) -> bool {
    if v.is_bool() {
        return v.as_bool();
    }
    if v.is_int() {
        return v.as_int() != 0;
    }
    if v.is_double() {
        let d = v.as_double();
        return !(d == 0.0 || d.is_nan());
    }
    if v.is_string() {
        return string::len(v.as_string()) != 0;
    }
    if v.is_nullish() {
        return false;
    }
    if v.is_bigint() {
        return !num_traits::Zero::is_zero(v.as_bigint());
    }
    true
}

pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    if v.is_string() {
        return Ok(string_to_number(v.as_string()));
    }
    if v.is_undefined() {
        return Ok(f64::NAN);
    }
    if v.is_null() {
        return Ok(0.0);
    }
    if v.is_bool() {
        return Ok(if v.as_bool() { 1.0 } else { 0.0 });
    }
    if v.is_symbol() {
        return Err(error::throw_type_error("Cannot convert a Symbol value to a number"));
    }
    if v.is_bigint() {
        return Err(error::throw_type_error("Cannot convert a BigInt value to a number"));
    }
    to_number(to_primitive(v, Hint::Number)?)
}

pub fn string_to_number(s: *mut JsString) -> f64 {
    match string::units(s) {
        Units::Latin1(b) => {
            let w: Vec<u16> = b.iter().map(|&c| c as u16).collect();
            numconv::string_to_number(&w)
        }
        Units::Utf16(u) => numconv::string_to_number(u),
    }
}

/// ToNumeric: a Number or a BigInt.
pub fn to_numeric(v: Value) -> JsResult<Value> {
    if v.is_numeric() {
        return Ok(v);
    }
    let p = to_primitive(v, Hint::Number)?;
    if p.is_bigint() {
        return Ok(p);
    }
    Ok(Value::number(to_number(p)?))
}

pub fn number_to_js_string(d: f64) -> *mut JsString {
    if d == 0.0 {
        return atoms::common().zero.as_string();
    }
    let i = d as i32;
    if i as f64 == d && (0..10).contains(&i) {
        return small_int_string(i);
    }
    string::from_str(&numconv::number_to_string(d))
}

fn small_int_string(i: i32) -> *mut JsString {
    atoms::intern_units(Units::Latin1(&[b'0' + i as u8]))
}

/// ToString.
pub fn to_string(v: Value) -> JsResult<*mut JsString> {
    if v.is_string() {
        return Ok(v.as_string());
    }
    let c = atoms::common();
    if v.is_int() {
        let i = v.as_int();
        if (0..10).contains(&i) {
            return Ok(small_int_string(i));
        }
        return Ok(string::from_str(&i.to_string()));
    }
    if v.is_double() {
        return Ok(number_to_js_string(v.as_double()));
    }
    let atom = if v.is_undefined() {
        c.undefined
    } else if v.is_null() {
        c.null
    } else if v == Value::TRUE {
        c.true_
    } else if v == Value::FALSE {
        c.false_
    } else if v.is_symbol() {
        return Err(error::throw_type_error("Cannot convert a Symbol value to a string"));
    } else if v.is_bigint() {
        return Ok(crate::bigint::to_js_string(v.as_bigint()));
    } else {
        return to_string(to_primitive(v, Hint::String)?);
    };
    Ok(atom.as_string())
}

pub fn to_string_value(v: Value) -> JsResult<Value> {
    Ok(Value::string(to_string(v)?))
}

pub fn to_rust_string(v: Value) -> JsResult<String> {
    Ok(string::to_rust(to_string(v)?))
}

/// ToObject.
pub fn to_object(v: Value) -> JsResult<Value> {
    if v.is_object() {
        return Ok(v);
    }
    if v.is_nullish() {
        return Err(error::throw_type_error("Cannot convert undefined or null to object"));
    }
    let r = realm();
    let (class, proto) = if v.is_string() {
        (Class::StringWrapper, r.string_prototype)
    } else if v.is_number() {
        (Class::NumberWrapper, r.number_prototype)
    } else if v.is_bool() {
        (Class::BooleanWrapper, r.boolean_prototype)
    } else if v.is_bigint() {
        (Class::BigIntWrapper, r.bigint_prototype)
    } else {
        (Class::SymbolWrapper, r.symbol_prototype)
    };
    Ok(new_wrapper(class, proto, v))
}

pub fn new_wrapper(class: Class, proto: Value, v: Value) -> Value {
    let o = object::alloc(std::mem::size_of::<PrimitiveObject>(), class, proto);
    unsafe { (*(o as *mut PrimitiveObject)).value = v };
    Value::object(o as *mut Object)
}

/// ToPropertyKey, with canonical array indices recognised.
pub fn to_property_key(v: Value) -> JsResult<Key> {
    if v.is_int() && v.as_int() >= 0 {
        return Ok(Key::Index(v.as_int() as u32));
    }
    if v.is_symbol() {
        return Ok(Key::Name(v));
    }
    let s = if v.is_string() { v.as_string() } else { to_string(to_primitive(v, Hint::String)?)? };
    Ok(string_key(s))
}

/// The key for a string: an index if canonical, else its atom.
pub fn string_key(s: *mut JsString) -> Key {
    let u = string::units(s);
    if u.len() <= 10 && u.len() > 0 && u.at(0).wrapping_sub(b'0' as u16) < 10 {
        let w = u.to_vec();
        if let Some(i) = numconv::canonical_array_index(&w) {
            return Key::Index(i);
        }
    }
    Key::Name(Value::string(crate::atoms::intern(s)))
}

pub fn to_int32(v: Value) -> JsResult<i32> {
    if v.is_int() {
        return Ok(v.as_int());
    }
    Ok(numconv::to_int32(to_number(v)?))
}

pub fn to_uint32(v: Value) -> JsResult<u32> {
    if v.is_int() {
        return Ok(v.as_int() as u32);
    }
    Ok(numconv::to_uint32(to_number(v)?))
}

pub fn to_integer_or_infinity(v: Value) -> JsResult<f64> {
    if v.is_int() {
        return Ok(v.as_int() as f64);
    }
    Ok(numconv::to_integer_or_infinity(to_number(v)?))
}

/// "Symbol(desc)".
pub fn symbol_descriptive_string(s: Value) -> String {
    let d = crate::symbol::description(s);
    let d = if d.is_string() { string::to_rust(d.as_string()) } else { String::new() };
    format!("Symbol({d})")
}

/// A short rendering of any value for error messages, without running JS code.
pub fn display_string(v: Value) -> String {
    if v.is_string() {
        return format!("\"{}\"", string::to_rust(v.as_string()));
    }
    if v.is_symbol() {
        return symbol_descriptive_string(v);
    }
    if let Some(o) = v.object_ref() {
        if o.is_callable() {
            return format!("function {}", function::name_of(v));
        }
        return if o.is_array() { "[object Array]".into() } else { "#<Object>".into() };
    }
    string::to_rust(to_string(v).unwrap_or(atoms::common().empty.as_string()))
}
