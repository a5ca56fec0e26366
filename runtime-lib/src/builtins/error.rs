//! Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError (§20.5),
//! Error.prototype.toString, and the text node prints for an uncaught exception.

use crate::atoms;
use crate::builtins::{constructor, define, method};
use crate::conv;
use crate::error::{JsResult, new_error_with_proto};
use crate::function::{self, CallArgs};
use crate::object::{self, Class, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    let kinds: [(&str, Value); 7] = [
        ("Error", r.error_prototype),
        ("TypeError", r.type_error_prototype),
        ("RangeError", r.range_error_prototype),
        ("ReferenceError", r.reference_error_prototype),
        ("SyntaxError", r.syntax_error_prototype),
        ("EvalError", r.eval_error_prototype),
        ("URIError", r.uri_error_prototype),
    ];
    let mut error_ctor = Value::UNDEFINED;
    for (name, proto) in kinds {
        let c = constructor(name, 1, construct_error, proto);
        define(proto, "name", atoms::intern_str(name), WRITABLE | CONFIGURABLE);
        define(proto, "message", atoms::common().empty, WRITABLE | CONFIGURABLE);
        if name == "Error" {
            error_ctor = c;
            method(proto, "toString", 0, to_string);
            // V8's stack trace API, which npm packages call on their own error classes.
            method(c, "captureStackTrace", 2, capture_stack_trace);
            define(c, "stackTraceLimit", Value::int(10), crate::shape::DEFAULT);
        } else {
            unsafe { (*c.as_object()).proto = error_ctor };
        }
    }
    // AggregateError(errors, message, options) (§20.5.7).
    let ap = r.aggregate_error_prototype;
    let c = constructor("AggregateError", 2, construct_aggregate, ap);
    define(ap, "name", atoms::intern_str("AggregateError"), WRITABLE | CONFIGURABLE);
    define(ap, "message", atoms::common().empty, WRITABLE | CONFIGURABLE);
    unsafe { (*c.as_object()).proto = error_ctor };
}

/// `Error.captureStackTrace(target)`: gives `target` a `stack` property, here the first line
/// of V8's (Kiln keeps no frames: see Error.stack in ARCHITECTURE.md).
fn capture_stack_trace(a: &CallArgs) -> JsResult<Value> {
    let target = a.arg(0);
    if !target.is_object() {
        return Err(crate::error::throw_type_error("Invalid argument"));
    }
    let stack = error_to_string(target)?;
    object::define_own_property(target, Key::Name(atoms::common().stack), &object::Descriptor::data(stack, true, false, true))?;
    Ok(Value::UNDEFINED)
}

fn construct_aggregate(a: &CallArgs) -> JsResult<Value> {
    let nt = if a.new_target.is_undefined() { a.callee } else { a.new_target };
    let proto = function::get_prototype_from_constructor(nt, realm().aggregate_error_prototype)?;
    let msg = a.arg(1);
    let message = if msg.is_undefined() { None } else { Some(conv::to_string_value(msg)?) };
    let e = new_error_with_proto(proto, message);
    let opts = a.arg(2);
    if opts.is_object() && object::has_property(opts, Key::Name(atoms::common().cause)) {
        let cause = object::get(opts, Key::Name(atoms::common().cause), opts)?;
        unsafe { (*e.as_object()).define_named(atoms::common().cause, cause, WRITABLE | CONFIGURABLE) };
    }
    let it = crate::props::kiln_iter_init(a.arg(0));
    if it.is_exception() {
        return Err(crate::error::Thrown);
    }
    let errors = object::new_array(Vec::new());
    loop {
        let v = crate::props::kiln_iter_next(it);
        if v.is_exception() {
            return Err(crate::error::Thrown);
        }
        if v == Value::HOLE {
            break;
        }
        unsafe { (*errors.as_object()).elements.push(v) };
    }
    unsafe { (*e.as_object()).define_named(atoms::intern_str("errors"), errors, WRITABLE | CONFIGURABLE) };
    Ok(e)
}

/// The shared constructor behaviour of all native errors (§20.5.1.1, §20.5.6.1.1).
fn construct_error(a: &CallArgs) -> JsResult<Value> {
    let nt = if a.new_target.is_undefined() { a.callee } else { a.new_target };
    // The callee's own `prototype` is the fallback (each error kind has its own).
    let own_proto = object::get(a.callee, Key::Name(atoms::common().prototype), a.callee)?;
    let proto = function::get_prototype_from_constructor(nt, own_proto)?;
    let msg = a.arg(0);
    let message = if msg.is_undefined() { None } else { Some(conv::to_string_value(msg)?) };
    let e = new_error_with_proto(proto, message);
    let opts = a.arg(1);
    if opts.is_object() && object::has_property(opts, Key::Name(atoms::common().cause)) {
        let cause = object::get(opts, Key::Name(atoms::common().cause), opts)?;
        unsafe { (*e.as_object()).define_named(atoms::common().cause, cause, WRITABLE | CONFIGURABLE) };
    }
    Ok(e)
}

/// Error.prototype.toString (§20.5.3.4).
pub fn error_to_string(e: Value) -> JsResult<Value> {
    if !e.is_object() {
        return Err(crate::error::throw_type_error("Error.prototype.toString requires that 'this' be an Object"));
    }
    let c = atoms::common();
    let name = object::get(e, Key::Name(c.name), e)?;
    let name = if name.is_undefined() { string::from_str("Error") } else { conv::to_string(name)? };
    let msg = object::get(e, Key::Name(c.message), e)?;
    let msg = if msg.is_undefined() { c.empty.as_string() } else { conv::to_string(msg)? };
    if string::len(name) == 0 {
        return Ok(Value::string(msg));
    }
    if string::len(msg) == 0 {
        return Ok(Value::string(name));
    }
    let sep = string::concat(name, string::from_str(": "));
    Ok(Value::string(string::concat(sep, msg)))
}

pub fn error_to_rust_string(e: Value) -> JsResult<String> {
    Ok(string::to_rust(error_to_string(e)?.as_string()))
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    error_to_string(a.this)
}

/// What node prints on stderr for an uncaught exception (without the source excerpt that
/// needs the original file): the stack of an error, or "Uncaught" and the inspected value.
pub fn uncaught_report(e: Value) -> String {
    if let Some(o) = e.object_ref() {
        if o.class() == Class::Error {
            if let Ok(s) = crate::builtins::inspect::inspect(e) {
                return format!("{s}\n\nNode.js v20 (compiled by Kiln)\n");
            }
        }
    }
    let shown = crate::builtins::inspect::inspect(e).unwrap_or_else(|_| "exception".into());
    format!("Uncaught {shown}\n\nNode.js v20 (compiled by Kiln)\n")
}
