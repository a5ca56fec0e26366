//! `require('timers/promises')`: setTimeout and setImmediate returning promises, setInterval
//! as an async iterator, and `scheduler.wait`/`scheduler.yield`, on the event loop's timers.
//! Options: `ref: false` unrefs the timer. (`signal` needs AbortSignal, which Kiln does not
//! have yet: passing one is a TypeError rather than being ignored.)

use crate::atoms;
use crate::builtins::{define, method, promise};
use crate::conv;
use crate::error::{self, JsResult};
use crate::event_loop;
use crate::function::{self, CallArgs};
use crate::generator::iter_result;
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::value::Value;

pub fn module() -> Value {
    let m = object::new_plain();
    method(m, "setTimeout", 0, set_timeout);
    method(m, "setImmediate", 0, set_immediate);
    method(m, "setInterval", 0, set_interval);
    let scheduler = object::new_plain();
    method(scheduler, "wait", 0, wait);
    method(scheduler, "yield", 0, yield_);
    define(m, "scheduler", scheduler, DEFAULT);
    // Own methods are defined non-enumerable by `method`; node's exports are enumerable.
    for name in ["setTimeout", "setImmediate", "setInterval"] {
        let k = atoms::intern_str(name);
        let f = object::get(m, Key::Name(k), m).unwrap_or(Value::UNDEFINED);
        unsafe { (*m.as_object()).define_named(k, f, DEFAULT) };
    }
    m
}

/// node's validation of `delay`: a number (NaN and out-of-range values become 1 ms).
fn delay(v: Value) -> JsResult<u64> {
    if v.is_undefined() {
        return Ok(1);
    }
    if !v.is_number() {
        return Err(error::throw_invalid_arg_type("The \"delay\" argument", "number", v));
    }
    let d = conv::to_number(v)?;
    Ok(if (1.0..=2147483647.0).contains(&d) { d as u64 } else { 1 })
}

/// The `ref` option (true unless `ref: false`); a `signal` is refused.
fn keeps_ref(options: Value) -> JsResult<bool> {
    if options.is_undefined() {
        return Ok(true);
    }
    if !options.is_object() {
        return Err(error::throw_invalid_arg_type("The \"options\" argument", "object", options));
    }
    let signal = object::get(options, Key::Name(atoms::intern_str("signal")), options)?;
    if !signal.is_undefined() {
        return Err(error::throw_type_error("AbortSignal is not supported by Kiln yet (the \"signal\" option)"));
    }
    let r = object::get(options, Key::Name(atoms::intern_str("ref")), options)?;
    if !r.is_undefined() && !r.is_bool() {
        return Err(error::throw_invalid_arg_type("The \"options.ref\" property", "boolean", r));
    }
    Ok(r != Value::FALSE)
}

/// A promise settled by a one-shot timer: fulfilled with `value`, or rejected with the
/// validation error (node rejects rather than throwing).
fn timer_promise(ms: JsResult<u64>, options: Value, value: Value, immediate: bool) -> Value {
    let p = promise::new_promise();
    let setup = ms.and_then(|ms| Ok((ms, keeps_ref(options)?)));
    match setup {
        Ok((ms, refed)) => {
            let data = object::new_array(vec![p, value]);
            let cb = function::native_with_data("", 0, fulfil, data);
            let t = event_loop::new_timer(cb, Value::UNDEFINED, ms, false, immediate);
            event_loop::timer(t).refed = refed;
        }
        Err(_) => promise::reject(p, error::take_pending()),
    }
    p
}

fn fulfil(a: &CallArgs) -> JsResult<Value> {
    let data = function::data_of(a.callee);
    let (p, v) = unsafe {
        let e = &(*data.as_object()).elements;
        (e[0], e[1])
    };
    promise::resolve(p, v)?;
    Ok(Value::UNDEFINED)
}

fn set_timeout(a: &CallArgs) -> JsResult<Value> {
    Ok(timer_promise(delay(a.arg(0)), a.arg(2), a.arg(1), false))
}

fn set_immediate(a: &CallArgs) -> JsResult<Value> {
    Ok(timer_promise(Ok(0), a.arg(1), a.arg(0), true))
}

fn wait(a: &CallArgs) -> JsResult<Value> {
    Ok(timer_promise(delay(a.arg(0)), a.arg(1), Value::UNDEFINED, false))
}

fn yield_(_: &CallArgs) -> JsResult<Value> {
    Ok(timer_promise(Ok(0), Value::UNDEFINED, Value::UNDEFINED, true))
}

// ----- setInterval: an async iterator over the ticks of an interval timer -----

// Slots of the state array the iterator's methods share.
const TIMER: usize = 0;
/// Ticks not yet consumed by next().
const COUNT: usize = 1;
/// The promise of a next() waiting for a tick, or undefined.
const WAITING: usize = 2;
const VALUE: usize = 3;
const DONE: usize = 4;

fn state(f: Value) -> &'static mut Vec<Value> {
    unsafe { &mut (*function::data_of(f).as_object()).elements }
}

fn set_interval(a: &CallArgs) -> JsResult<Value> {
    let ms = delay(a.arg(0))?;
    let refed = keeps_ref(a.arg(2))?;
    let st = object::new_array(vec![Value::UNDEFINED, Value::int(0), Value::UNDEFINED, a.arg(1), Value::FALSE]);
    let tick_fn = function::native_with_data("", 0, tick, st);
    let t = event_loop::new_timer(tick_fn, Value::UNDEFINED, ms, true, false);
    event_loop::timer(t).refed = refed;
    unsafe { (&mut (*st.as_object()).elements)[TIMER] = t };
    let it = object::new_ordinary(realm().async_iterator_prototype);
    let it = Value::object(it);
    let next_fn = function::native_with_data("next", 0, next, st);
    let return_fn = function::native_with_data("return", 0, return_, st);
    unsafe {
        (*it.as_object()).define_named(atoms::intern_str("next"), next_fn, WRITABLE | CONFIGURABLE);
        (*it.as_object()).define_named(atoms::intern_str("return"), return_fn, WRITABLE | CONFIGURABLE);
    }
    Ok(it)
}

fn tick(a: &CallArgs) -> JsResult<Value> {
    let s = state(a.callee);
    let waiting = s[WAITING];
    if waiting.is_undefined() {
        s[COUNT] = Value::int(s[COUNT].as_int() + 1);
    } else {
        s[WAITING] = Value::UNDEFINED;
        promise::resolve(waiting, iter_result(s[VALUE], false))?;
    }
    Ok(Value::UNDEFINED)
}

fn next(a: &CallArgs) -> JsResult<Value> {
    let s = state(a.callee);
    let p = promise::new_promise();
    if s[DONE] == Value::TRUE {
        promise::resolve(p, iter_result(Value::UNDEFINED, true))?;
    } else if s[COUNT].as_int() > 0 {
        s[COUNT] = Value::int(s[COUNT].as_int() - 1);
        promise::resolve(p, iter_result(s[VALUE], false))?;
    } else {
        s[WAITING] = p;
    }
    Ok(p)
}

fn return_(a: &CallArgs) -> JsResult<Value> {
    let s = state(a.callee);
    s[DONE] = Value::TRUE;
    event_loop::clear(s[TIMER]);
    let waiting = std::mem::replace(&mut s[WAITING], Value::UNDEFINED);
    if !waiting.is_undefined() {
        promise::resolve(waiting, iter_result(Value::UNDEFINED, true))?;
    }
    let p = promise::new_promise();
    promise::resolve(p, iter_result(a.arg(0), true))?;
    Ok(p)
}
