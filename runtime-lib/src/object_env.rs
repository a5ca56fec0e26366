//! Object Environment Records (§9.1.1.2): the run-time half of the `with` statement.
//!
//! Scope analysis marks the references inside a `with` body that may resolve to its object;
//! for each one compiled code asks [`kiln_with_has`] whether the object has the name (then the
//! reference is the object's property) before going on to the next `with` object or to the
//! binding found at compile time, and reads or writes the property here. Everything else
//! about a `with` (its object binding, the closures that keep it) is ordinary environments.

use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::object::{self, Key};
use crate::realm::realm;
use crate::string;
use crate::value::Value;

fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

fn not_defined(name: Value) -> Thrown {
    error::throw_reference_error(&format!("{} is not defined", string::to_rust(name.as_string())))
}

/// ToObject of a `with` statement's value.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_to_object(v: Value) -> Value {
    ret(conv::to_object(v))
}

/// HasBinding with `withEnvironment` true: HasProperty, unless `obj[@@unscopables]` is an
/// object whose property `name` is truthy.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_with_has(obj: Value, name: Value) -> Value {
    ret((|| {
        let key = Key::Name(name);
        if !object::has_property(obj, key) {
            return Ok(Value::FALSE);
        }
        let unscopables = object::get(obj, Key::Name(realm().sym_unscopables), obj)?;
        if unscopables.is_object() && conv::to_boolean(object::get(unscopables, key, unscopables)?) {
            return Ok(Value::FALSE);
        }
        Ok(Value::TRUE)
    })())
}

/// GetBindingValue: the property may have gone since HasBinding found it (a getter of
/// @@unscopables, or the right-hand side of a compound assignment, deleted it).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_with_get(obj: Value, name: Value, strict: u64) -> Value {
    ret((|| {
        let key = Key::Name(name);
        if !object::has_property(obj, key) {
            return if strict != 0 { Err(not_defined(name)) } else { Ok(Value::UNDEFINED) };
        }
        object::get(obj, key, obj)
    })())
}

/// SetMutableBinding: Set on the object, which creates the property again if it has gone
/// (in sloppy code; strict code throws a ReferenceError).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_with_set(obj: Value, name: Value, v: Value, strict: u64) -> Value {
    ret((|| {
        let key = Key::Name(name);
        if !object::has_property(obj, key) && strict != 0 {
            return Err(not_defined(name));
        }
        if !object::set(obj, key, v, obj)? && strict != 0 {
            return Err(object::set_failure(obj, key));
        }
        Ok(Value::UNDEFINED)
    })())
}
