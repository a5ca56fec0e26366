//! The Boolean constructor and Boolean.prototype (§20.3): ToBoolean as a function, wrapper
//! objects, toString and valueOf.

use crate::builtins::{constructor, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::object::Class;
use crate::realm::realm;
use crate::value::Value;

pub fn install() {
    let proto = realm().boolean_prototype;
    constructor("Boolean", 1, construct, proto);
    method(proto, "toString", 0, to_string);
    method(proto, "valueOf", 0, value_of);
}

/// Boolean(value) and new Boolean(value) (§20.3.1.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    let b = Value::bool(conv::to_boolean(a.arg(0)));
    if a.new_target.is_undefined() {
        return Ok(b);
    }
    let proto = function::get_prototype_from_constructor(a.new_target, realm().boolean_prototype)?;
    Ok(conv::new_wrapper(Class::BooleanWrapper, proto, b))
}

/// thisBooleanValue (§20.3.3.3.1), with V8's message naming the method.
fn this_boolean(this: Value, method: &str) -> JsResult<bool> {
    if this.is_bool() {
        return Ok(this.as_bool());
    }
    if let Some(o) = this.object_ref() {
        if o.class() == Class::BooleanWrapper {
            return Ok(o.primitive_value().as_bool());
        }
        // Boolean.prototype is itself a Boolean object whose value is false (§20.3.3).
        if this == realm().boolean_prototype {
            return Ok(false);
        }
    }
    Err(error::throw_type_error(&format!("Boolean.prototype.{method} requires that 'this' be a Boolean")))
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    let c = crate::atoms::common();
    Ok(if this_boolean(a.this, "toString")? { c.true_ } else { c.false_ })
}

fn value_of(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(this_boolean(a.this, "valueOf")?))
}
