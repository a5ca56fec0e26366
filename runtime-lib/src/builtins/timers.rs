//! Timers and task queues as globals: setTimeout/setInterval/setImmediate and their clear
//! functions, Timeout/Immediate objects (ref, unref, hasRef, refresh, close,
//! Symbol.toPrimitive), queueMicrotask, and process.nextTick. The queues are in
//! `event_loop.rs`.

use crate::builtins::{define, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::event_loop::{self, Job};
use crate::function::{self, CallArgs};
use crate::object::{self, Class};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    r.timeout_prototype = object::new_plain();
    r.immediate_prototype = object::new_plain();
    let tp = r.timeout_prototype;
    for p in [r.timeout_prototype, r.immediate_prototype] {
        method(p, "ref", 0, ref_);
        method(p, "unref", 0, unref);
        method(p, "hasRef", 0, has_ref);
    }
    method(tp, "refresh", 0, refresh);
    method(tp, "close", 0, close);
    let to_prim = function::native("[Symbol.toPrimitive]", 0, to_primitive, 0);
    unsafe { (*tp.as_object()).define_named(r.sym_to_primitive, to_prim, WRITABLE | CONFIGURABLE) };
    let g = r.global;
    method(g, "setTimeout", 2, set_timeout);
    method(g, "setInterval", 2, set_interval);
    method(g, "setImmediate", 1, set_immediate);
    method(g, "clearTimeout", 1, clear_timer);
    method(g, "clearInterval", 1, clear_timer);
    method(g, "clearImmediate", 1, clear_timer);
    method(g, "queueMicrotask", 1, queue_microtask);
    method(r.process, "nextTick", 1, next_tick);
    let _ = define;
}

fn callback(v: Value) -> JsResult<Value> {
    if function::is_callable(v) {
        return Ok(v);
    }
    Err(error::throw_invalid_arg_type("The \"callback\" argument", "function", v))
}

/// node's delay coercion: a number of milliseconds in [1, 2^31-1], else 1.
fn delay(v: Value) -> JsResult<u64> {
    let d = if v.is_undefined() { 1.0 } else { conv::to_number(v)? };
    Ok(if d >= 1.0 && d <= 2147483647.0 { d as u64 } else { 1 })
}

fn extra_args(a: &CallArgs, from: usize) -> Value {
    if a.args.len() <= from {
        return Value::UNDEFINED;
    }
    object::new_array(a.args[from..].to_vec())
}

fn set_timeout(a: &CallArgs) -> JsResult<Value> {
    let cb = callback(a.arg(0))?;
    let ms = delay(a.arg(1))?;
    let args = extra_args(a, 2);
    Ok(event_loop::new_timer(cb, args, ms, false, false))
}

fn set_interval(a: &CallArgs) -> JsResult<Value> {
    let cb = callback(a.arg(0))?;
    let ms = delay(a.arg(1))?;
    let args = extra_args(a, 2);
    Ok(event_loop::new_timer(cb, args, ms, true, false))
}

fn set_immediate(a: &CallArgs) -> JsResult<Value> {
    let cb = callback(a.arg(0))?;
    let args = extra_args(a, 1);
    Ok(event_loop::new_timer(cb, args, 0, false, true))
}

fn is_timer(v: Value) -> bool {
    v.object_ref().is_some_and(|o| o.class() == Class::Timer)
}

fn clear_timer(a: &CallArgs) -> JsResult<Value> {
    let t = a.arg(0);
    if is_timer(t) {
        event_loop::clear(t);
    }
    Ok(Value::UNDEFINED)
}

fn this_timer(a: &CallArgs) -> JsResult<Value> {
    if is_timer(a.this) {
        return Ok(a.this);
    }
    Err(error::throw_type_error("Illegal invocation"))
}

fn ref_(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    event_loop::timer(t).refed = true;
    Ok(t)
}

fn unref(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    event_loop::timer(t).refed = false;
    Ok(t)
}

fn has_ref(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    Ok(Value::bool(event_loop::timer(t).refed))
}

fn refresh(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    event_loop::refresh(t);
    Ok(t)
}

fn close(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    event_loop::clear(t);
    Ok(t)
}

fn to_primitive(a: &CallArgs) -> JsResult<Value> {
    let t = this_timer(a)?;
    Ok(Value::int(event_loop::timer(t).id as i32))
}

fn queue_microtask(a: &CallArgs) -> JsResult<Value> {
    let cb = callback(a.arg(0))?;
    event_loop::enqueue(Job::Callback { func: cb, args: Value::UNDEFINED });
    Ok(Value::UNDEFINED)
}

fn next_tick(a: &CallArgs) -> JsResult<Value> {
    let cb = callback(a.arg(0))?;
    let args = extra_args(a, 1);
    event_loop::enqueue_tick(Job::Callback { func: cb, args });
    Ok(Value::UNDEFINED)
}

#[allow(dead_code)]
fn _s(_: &str) -> Value {
    string::value_from_str("")
}
