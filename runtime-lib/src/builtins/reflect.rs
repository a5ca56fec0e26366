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
    use crate::builtins::global::testing::{arr, call, get, global, n, native, s, show};
    use crate::shape::DEFAULT;

    fn ob(props: &[(&str, Value)]) -> Value {
        let o = object::new_plain();
        for &(k, v) in props {
            obj(o).define(conv::string_key(crate::string::from_str(k)), v, DEFAULT).unwrap();
        }
        o
    }

    fn reflect(name: &str, args: &[Value]) -> String {
        show(call(global("Reflect"), name, args))
    }

    #[test]
    fn reflect_builtins() {
        let _rt = crate::start::init_for_tests();
        let mut wrong = Vec::new();
        let mut check = |what: &str, got: String, node: &str| {
            if got != node {
                wrong.push(format!("{what}: got {got}, node: {node}"));
            }
        };
        // Expectations from node v20 running the same calls.
        let sym = crate::symbol::new(s("k"));
        let o = ob(&[("b", n(1.0)), ("1", n(2.0))]);
        obj(o).define(Key::Name(sym), n(3.0), DEFAULT).unwrap();
        check("ownKeys", reflect("ownKeys", &[o]), "[ '1', 'b', Symbol(k) ]");
        check("get symbol", reflect("get", &[o, sym]), "3");
        let heir = call(global("Object"), "create", &[o]).unwrap();
        check("has inherited symbol", reflect("has", &[heir, sym]), "true");

        // A read-only length refuses growth, not element writes.
        let a = arr(&[n(1.0), n(2.0), n(3.0)]);
        let length = s("length");
        check("length read-only", reflect("defineProperty", &[a, length, ob(&[("writable", Value::FALSE)])]), "true");
        check("set past length", reflect("set", &[a, n(3.0), s("x")]), "false");
        check("set element", reflect("set", &[a, n(0.0), s("y")]), "true");
        check("after", show(Ok(a)), "[ 'y', 2, 3 ]");
        check("same length", reflect("defineProperty", &[a, length, ob(&[("value", n(3.0))])]), "true");
        check("shorter length", reflect("defineProperty", &[a, length, ob(&[("value", n(2.0))])]), "false");
        check("writable again", reflect("defineProperty", &[a, length, ob(&[("writable", Value::TRUE)])]), "false");
        check("length enumerable", reflect("defineProperty", &[arr(&[]), length, ob(&[("value", n(2.0)), ("enumerable", Value::TRUE)])]), "false");

        // Sealed arrays keep their elements but not their configurability.
        let sealed = call(global("Object"), "seal", &[arr(&[n(1.0), n(2.0)])]).unwrap();
        check("delete sealed", reflect("deleteProperty", &[sealed, n(0.0)]), "false");
        check("delete absent", reflect("deleteProperty", &[sealed, n(5.0)]), "true");
        check("write sealed", reflect("set", &[sealed, n(0.0), s("z")]), "true");
        check("sealed after", show(Ok(sealed)), "[ 'z', 2 ]");

        // An accessor element past the end grows the array.
        let b = arr(&[]);
        let getter: NativeFn = |_| Ok(s("acc"));
        let acc = ob(&[("get", native(getter)), ("enumerable", Value::TRUE)]);
        check("define accessor element", reflect("defineProperty", &[b, n(2.0), acc]), "true");
        check("grown", show(Ok(get(b, "length"))), "3");
        check("read", show(object::get(b, Key::Index(2), b)), "'acc'");
        check("keys", reflect("ownKeys", &[b]), "[ '2', 'length' ]");
        let d = call(global("Reflect"), "getOwnPropertyDescriptor", &[b, n(2.0)]).unwrap();
        check("descriptor getter", show(function::call(get(d, "get"), Value::UNDEFINED, &[])), "'acc'");
        check("descriptor enumerable", show(Ok(get(d, "enumerable"))), "true");

        // construct: new.target picks the prototype, natives included.
        let other: NativeFn = |_| Ok(Value::UNDEFINED);
        let other = function::native("Other", 0, other, kiln_abi::value::FUNC_NATIVE_CONSTRUCTOR);
        obj(other).define_named(atoms::common().prototype, ob(&[]), WRITABLE);
        let other_proto = get(other, "prototype");
        let made = call(global("Reflect"), "construct", &[global("Object"), arr(&[]), other]).unwrap();
        check("Object with new.target", show(Ok(Value::bool(obj(made).proto == other_proto))), "true");
        let e = call(global("Reflect"), "construct", &[global("TypeError"), arr(&[s("m")]), other]).unwrap();
        check("error with new.target", show(Ok(Value::bool(obj(e).proto == other_proto))), "true");
        check("error message", show(Ok(get(e, "message"))), "'m'");

        // apply reads array-likes through getters.
        let likes = ob(&[("length", n(3.0)), ("0", s("a")), ("2", s("c"))]);
        let one: NativeFn = |_| Ok(s("b"));
        object::define_accessor_key(obj(likes), Key::Index(1), native(one), Value::UNDEFINED, DEFAULT).unwrap();
        let join = get(realm().array_prototype, "join");
        check("apply join", reflect("apply", &[join, likes, arr(&[s("-")])]), "'a-b-c'");
        let count: NativeFn = |a| Ok(n(a.args.len() as f64));
        check("apply count", reflect("apply", &[native(count), Value::NULL, likes]), "3");
        check("apply holes", reflect("apply", &[get(global("Math"), "max"), Value::UNDEFINED, ob(&[("length", n(2.0)), ("0", n(3.0))])]), "NaN");

        // set/get with receivers.
        let recv = ob(&[]);
        let setter: NativeFn = |a| {
            obj(a.this).define(conv::string_key(crate::string::from_str("seen")), a.arg(0), DEFAULT)?;
            Ok(Value::UNDEFINED)
        };
        let proto = ob(&[]);
        crate::object::define_accessor(obj(proto), atoms::intern_str("x"), Value::UNDEFINED, native(setter), DEFAULT);
        let child = call(global("Object"), "create", &[proto]).unwrap();
        check("set with receiver", reflect("set", &[child, s("x"), n(5.0), recv]), "true");
        check("receiver saw it", show(Ok(get(recv, "seen"))), "5");
        check("child did not", show(Ok(get(child, "seen"))), "undefined");
        let who: NativeFn = |a| Ok(get(a.this, "name"));
        let holder = ob(&[]);
        crate::object::define_accessor(obj(holder), atoms::intern_str("who"), native(who), Value::UNDEFINED, DEFAULT);
        check("get with receiver", reflect("get", &[holder, s("who"), ob(&[("name", s("r"))])]), "'r'");

        // The Reflect object itself.
        let r = global("Reflect");
        check("prototype", show(Ok(Value::bool(obj(r).proto == realm().object_prototype))), "true");
        check("extensible", reflect("isExtensible", &[r]), "true");
        check("apply length", show(Ok(get(get(r, "apply"), "length"))), "3");

        assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
    }
}
