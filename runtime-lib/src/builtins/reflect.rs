//! The Reflect object (§28.1): the object internal methods as functions. Each is a thin
//! wrapper over `object.rs` (and the descriptor conversions of `builtins/object.rs`); unlike
//! the Object functions they return booleans instead of throwing, and they insist on an
//! object target.

use crate::atoms;
use crate::builtins::object::{describe, from_property_descriptor, own_keys_array, require_proto, to_property_descriptor};
use crate::builtins::{define, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs, NativeFn};
use crate::object::{self, Key, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::value::Value;

pub fn install() {
    let r = realm();
    let reflect = object::new_plain();
    // V8's order, as Object.getOwnPropertyNames shows it.
    let functions: &[(&str, u32, NativeFn)] = &[
        ("defineProperty", 3, define_property),
        ("deleteProperty", 2, delete_property),
        ("apply", 3, apply),
        ("construct", 2, construct),
        ("get", 2, get),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getPrototypeOf", 1, get_prototype_of),
        ("has", 2, has),
        ("isExtensible", 1, is_extensible),
        ("ownKeys", 1, own_keys),
        ("preventExtensions", 1, prevent_extensions),
        ("set", 3, set),
        ("setPrototypeOf", 2, set_prototype_of),
    ];
    for &(name, length, f) in functions {
        method(reflect, name, length, f);
    }
    let tag = r.sym_to_string_tag;
    if tag.is_symbol() {
        obj(reflect).define_named(tag, atoms::intern_str("Reflect"), CONFIGURABLE);
    }
    define(r.global, "Reflect", reflect, WRITABLE | CONFIGURABLE);
}

#[inline]
fn obj<'a>(o: Value) -> &'a mut Object {
    unsafe { &mut *o.as_object() }
}

/// The target argument, which must be an object.
fn target(a: &CallArgs, name: &str) -> JsResult<Value> {
    let t = a.arg(0);
    if t.is_object() {
        return Ok(t);
    }
    Err(error::throw_type_error(&format!("Reflect.{name} called on non-object")))
}

/// CreateListFromArrayLike (§7.3.19), into a new array that keeps the values alive (getters
/// may create them) and that no JS code can reach.
fn list_from_array_like(v: Value) -> JsResult<Value> {
    if !v.is_object() {
        return Err(error::throw_type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = crate::builtins::array::length_of(v)?;
    if len > u32::MAX as u64 {
        return Err(error::throw_range_error("Invalid array length"));
    }
    let list = object::new_array(Vec::new());
    for i in 0..len {
        let x = object::get(v, crate::builtins::array::index_key(i), v)?;
        obj(list).elements.push(x);
    }
    Ok(list)
}

/// Reflect.apply (§28.1.1).
fn apply(a: &CallArgs) -> JsResult<Value> {
    let f = a.arg(0);
    if !function::is_callable(f) {
        let what = if f.is_null() {
            "null".to_string()
        } else if f.is_object() {
            "an object".to_string()
        } else {
            format!("a {}", string_of(crate::ops::type_of(f)))
        };
        return Err(error::throw_type_error(&format!(
            "Function.prototype.apply was called on {}, which is {what} and not a function",
            describe(f)
        )));
    }
    let list = list_from_array_like(a.arg(2))?;
    // `list` is not reachable from JS, so its elements stay put during the call.
    let args: &[Value] = &obj(list).elements;
    let r = function::call(f, a.arg(1), args);
    std::hint::black_box(list);
    r
}

fn string_of(v: Value) -> String {
    crate::string::to_rust(v.as_string())
}

/// Reflect.construct (§28.1.2).
fn construct(a: &CallArgs) -> JsResult<Value> {
    let f = a.arg(0);
    let not_constructor = |v: Value| error::throw_type_error(&format!("{} is not a constructor", describe(v)));
    if !function::is_constructor(f) {
        return Err(not_constructor(f));
    }
    let new_target = if a.args.len() > 2 { a.arg(2) } else { f };
    if !function::is_constructor(new_target) {
        return Err(not_constructor(new_target));
    }
    let list = list_from_array_like(a.arg(1))?;
    let args: &[Value] = &obj(list).elements;
    let r = function::construct(f, args, new_target);
    std::hint::black_box(list);
    r
}

/// Reflect.defineProperty (§28.1.3).
fn define_property(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "defineProperty")?;
    let key = conv::to_property_key(a.arg(1))?;
    let desc = to_property_descriptor(a.arg(2))?;
    Ok(Value::bool(object::define_own_property(t, key, &desc)?))
}

/// Reflect.deleteProperty (§28.1.4).
fn delete_property(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "deleteProperty")?;
    let key = conv::to_property_key(a.arg(1))?;
    Ok(Value::bool(obj(t).delete(key)))
}

/// Reflect.get (§28.1.5).
fn get(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "get")?;
    let key = conv::to_property_key(a.arg(1))?;
    let receiver = if a.args.len() > 2 { a.arg(2) } else { t };
    object::get(t, key, receiver)
}

/// Reflect.getOwnPropertyDescriptor (§28.1.6).
fn get_own_property_descriptor(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "getOwnPropertyDescriptor")?;
    let key = conv::to_property_key(a.arg(1))?;
    object::prepare(t);
    Ok(from_property_descriptor(obj(t).get_own(key)))
}

/// Reflect.getPrototypeOf (§28.1.7).
fn get_prototype_of(a: &CallArgs) -> JsResult<Value> {
    Ok(obj(target(a, "getPrototypeOf")?).proto)
}

/// Reflect.has (§28.1.8).
fn has(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "has")?;
    let key = conv::to_property_key(a.arg(1))?;
    Ok(Value::bool(object::has_property(t, key)))
}

/// Reflect.isExtensible (§28.1.9).
fn is_extensible(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(obj(target(a, "isExtensible")?).extensible()))
}

/// Reflect.ownKeys (§28.1.10).
fn own_keys(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "ownKeys")?;
    Ok(own_keys_array(t, |_: Key| true))
}

/// Reflect.preventExtensions (§28.1.11).
fn prevent_extensions(a: &CallArgs) -> JsResult<Value> {
    obj(target(a, "preventExtensions")?).prevent_extensions();
    Ok(Value::TRUE)
}

/// Reflect.set (§28.1.12).
fn set(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "set")?;
    let key = conv::to_property_key(a.arg(1))?;
    let receiver = if a.args.len() > 3 { a.arg(3) } else { t };
    Ok(Value::bool(object::set(t, key, a.arg(2), receiver)?))
}

/// Reflect.setPrototypeOf (§28.1.13).
fn set_prototype_of(a: &CallArgs) -> JsResult<Value> {
    let t = target(a, "setPrototypeOf")?;
    let proto = a.arg(1);
    require_proto(proto)?;
    Ok(Value::bool(object::set_prototype_of(t, proto)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflect_builtins() {
        let _rt = crate::start::init_for_tests();
    }
}
