//! Class support for compiled code: linking a constructor with its prototype and parent,
//! home objects for `super.x`, `super(...)` calls, and instance field initialisation.

use crate::atoms;
use crate::error::{self, JsResult, Thrown};
use crate::function;
use crate::object::{self, FunctionObject, Key, LAZY_PROTOTYPE};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

fn func(f: Value) -> &'static mut FunctionObject {
    unsafe { &mut *(f.as_object() as *mut FunctionObject) }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_home(f: Value, home: Value) -> Value {
    func(f).home = home;
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_home_object(callee: Value) -> Value {
    func(callee).home
}

/// `super[key]`: [[Get]] on the base (the home object's prototype) with `this` as the receiver.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_super_get(proto: Value, key: Value, this: Value) -> Value {
    ret((|| {
        let k = crate::conv::to_property_key(key)?;
        if !proto.is_object() {
            return Err(error::throw_type_error(&format!(
                "Cannot read properties of null (reading '{}')",
                object::key_to_display(k)
            )));
        }
        object::get(proto, k, this)
    })())
}

/// ClassDefinitionEvaluation step 8: the prototype's parent for `class extends value`
/// (`Object.prototype` without `extends`).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_class_heritage(parent: Value, has_extends: u64) -> Value {
    ret((|| {
        if has_extends == 0 {
            return Ok(realm().object_prototype);
        }
        if parent.is_null() {
            return Ok(Value::NULL);
        }
        if !function::is_constructor(parent) {
            return Err(error::throw_type_error(&format!(
                "Class extends value {} is not a constructor or null",
                crate::builtins::inspect::inspect(parent).unwrap_or_default()
            )));
        }
        let p = object::get(parent, Key::Name(atoms::common().prototype), parent)?;
        if !p.is_object() && !p.is_null() {
            return Err(error::throw_type_error(&format!(
                "Class extends value does not have valid prototype property {}",
                crate::builtins::inspect::inspect(p).unwrap_or_default()
            )));
        }
        Ok(p)
    })())
}

/// Links a class constructor with its prototype object (non-writable `prototype`,
/// non-enumerable `constructor`), its parent constructor and its field initialiser.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_make_class(ctor: Value, proto: Value, parent: Value, fields: Value) -> Value {
    let c = atoms::common();
    let f = func(ctor);
    f.base.header.flags &= !LAZY_PROTOTYPE;
    f.base.define_named(c.prototype, proto, 0);
    unsafe { (*proto.as_object()).define_named(c.constructor, ctor, WRITABLE | CONFIGURABLE) };
    f.base.proto = if parent.is_object() { parent } else { realm().function_prototype };
    f.home = proto;
    f.fields = fields;
    crate::props::bump_epoch();
    Value::UNDEFINED
}

fn super_construct(callee: Value, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let parent = unsafe { (*callee.as_object()).proto };
    if !function::is_constructor(parent) {
        let name = function::name_of(callee);
        let what = if name.is_empty() { "anonymous class".to_string() } else { format!("class {name}") };
        return Err(error::throw_type_error(&format!(
            "Super constructor {} of {what} is not a constructor",
            crate::builtins::inspect::inspect(parent).unwrap_or_default()
        )));
    }
    function::construct(parent, args, new_target)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_super_call(callee: Value, new_target: Value, argv: *const Value, argc: u64) -> Value {
    let args = if argc == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } };
    ret(super_construct(callee, new_target, args))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_super_call_spread(callee: Value, new_target: Value, args: Value) -> Value {
    // `args` stays reachable from the caller's frame while the copy is in use.
    let list = unsafe { (*args.as_object()).elements.clone() };
    ret(super_construct(callee, new_target, &list))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_check_super_once(this: Value) -> Value {
    if this != Value::UNINIT {
        error::throw_reference_error("Super constructor may only be called once");
        return Value::EXCEPTION;
    }
    Value::UNDEFINED
}

/// InitializeInstanceElements: runs the class's field initialiser with `this`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_init_fields(callee: Value, this: Value) -> Value {
    let fields = func(callee).fields;
    if !function::is_callable(fields) {
        return Value::UNDEFINED;
    }
    ret(function::call(fields, this, &[]))
}

/// The computed keys of a class's instance fields, kept by its fields initializer (a
/// function whose own `fields` slot is otherwise unused).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_field_keys(f: Value, keys: Value) -> Value {
    unsafe { (*(f.as_object() as *mut FunctionObject)).fields = keys };
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_field_key(callee: Value, i: u64) -> Value {
    let keys = unsafe { (*(callee.as_object() as *const FunctionObject)).fields };
    unsafe { (&(*keys.as_object()).elements)[i as usize] }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_throw_type_error(msg: Value) -> Value {
    error::throw_type_error(&string::to_rust(msg.as_string()));
    Value::EXCEPTION
}

/// GetSuperBase: the home object's [[Prototype]].
#[unsafe(no_mangle)]
pub extern "C" fn kiln_super_base(home: Value) -> Value {
    unsafe { (*home.as_object()).proto }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_throw_reference_error(msg: Value) -> Value {
    error::throw_reference_error(&string::to_rust(msg.as_string()));
    Value::EXCEPTION
}

/// `super[key] = v`: PutValue on a super reference (the home object's prototype, receiver
/// `this`).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_super_set(proto: Value, key: Value, this: Value, v: Value, strict: u64) -> Value {
    ret((|| {
        let k = crate::conv::to_property_key(key)?;
        if !proto.is_object() {
            return Err(error::throw_type_error(&format!(
                "Cannot set properties of null (setting '{}')",
                object::key_to_display(k)
            )));
        }
        if !object::set(proto, k, v, this)? && strict != 0 {
            return Err(error::throw_type_error(&format!(
                "Cannot assign to read only property '{}' of object",
                object::key_to_display(k)
            )));
        }
        Ok(Value::UNDEFINED)
    })())
}
