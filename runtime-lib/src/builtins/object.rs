//! Object constructor and Object.prototype (§20.1); the reflective functions
//! (defineProperty, keys, ...) come with the full-language work.

use crate::builtins::{constructor, method};
use crate::conv;
use crate::error::JsResult;
use crate::function::CallArgs;
use crate::object::{self, Class};
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    let proto = r.object_prototype;
    r.object_constructor = constructor("Object", 1, construct, proto);
    method(proto, "hasOwnProperty", 1, has_own_property);
    method(proto, "toString", 0, to_string);
    method(proto, "valueOf", 0, value_of);
}

fn construct(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    if v.is_nullish() {
        return Ok(object::new_plain());
    }
    conv::to_object(v)
}

fn has_own_property(a: &CallArgs) -> JsResult<Value> {
    let k = conv::to_property_key(a.arg(0))?;
    let o = conv::to_object(a.this)?;
    object::prepare(o);
    Ok(Value::bool(unsafe { (*o.as_object()).get_own(k).is_some() }))
}

/// Object.prototype.toString (§20.1.3.6), without Symbol.toStringTag for now.
pub fn to_string(a: &CallArgs) -> JsResult<Value> {
    let t = a.this;
    let tag = if t.is_undefined() {
        "Undefined"
    } else if t.is_null() {
        "Null"
    } else {
        let o = conv::to_object(t)?;
        match unsafe { (*o.as_object()).class() } {
            Class::Array => "Array",
            Class::Function => "Function",
            Class::Error => "Error",
            Class::BooleanWrapper => "Boolean",
            Class::NumberWrapper => "Number",
            Class::StringWrapper => "String",
            Class::Arguments => "Arguments",
            _ => "Object",
        }
    };
    Ok(string::value_from_str(&format!("[object {tag}]")))
}

fn value_of(a: &CallArgs) -> JsResult<Value> {
    conv::to_object(a.this)
}
