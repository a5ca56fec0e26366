//! Array.fromAsync (ES2026; node 22 has it, node 20 does not): collects an async iterable, a
//! sync iterable (its values awaited) or an array-like (each element awaited) into an array,
//! optionally mapping each value through an awaited `mapfn`, and returns a promise for it.
//! The spec's async closure is run here as a chain of promise reactions over a state record;
//! every abrupt completion rejects the promise, closing the iterator where the spec does.

use crate::atoms;
use crate::builtins::array::{create, length_of, new_from_constructor, set_length};
use crate::builtins::promise;
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs, NativeFn};
use crate::object::{self, Key};
use crate::realm::realm;
use crate::value::Value;

// Slots of the state record (an array the continuations carry as data).
const ARRAY: usize = 0;
/// The async iteration record, or undefined for an array-like.
const RECORD: usize = 1;
const ARRAY_LIKE: usize = 2;
const MAPFN: usize = 3;
const THIS_ARG: usize = 4;
const INDEX: usize = 5;
const LENGTH: usize = 6;
const PROMISE: usize = 7;
/// The error being reported while the iterator closes.
const ERROR: usize = 8;

fn st(state: Value) -> &'static mut Vec<Value> {
    unsafe { &mut (*state.as_object()).elements }
}

fn index(state: Value) -> u64 {
    st(state)[INDEX].as_number() as u64
}

pub fn from_async(a: &CallArgs) -> JsResult<Value> {
    let p = promise::new_promise();
    if let Err(Thrown) = start(a, p) {
        promise::reject(p, error::take_pending());
    }
    Ok(p)
}

fn get_method(v: Value, key: Value) -> JsResult<Value> {
    let m = object::get_value(v, Key::Name(key))?;
    if m.is_nullish() {
        return Ok(Value::UNDEFINED);
    }
    if !function::is_callable(m) {
        return Err(error::throw_type_error(&format!("{} is not a function", conv::display_string(m))));
    }
    Ok(m)
}

fn start(a: &CallArgs, p: Value) -> JsResult<()> {
    let (c, items, mapfn, this_arg) = (a.this, a.arg(0), a.arg(1), a.arg(2));
    if !mapfn.is_undefined() && !function::is_callable(mapfn) {
        return Err(error::throw_type_error(&format!("{} is not a function", conv::display_string(mapfn))));
    }
    if items.is_nullish() {
        return Err(error::throw_type_error(&format!("{} is not async iterable", conv::display_string(items))));
    }
    let r = realm();
    let async_m = get_method(items, r.sym_async_iterator)?;
    let (method, from_sync) = if async_m.is_undefined() { (get_method(items, r.sym_iterator)?, true) } else { (async_m, false) };
    if !method.is_undefined() {
        let iterator = function::call(method, items, &[])?;
        if !iterator.is_object() {
            return Err(error::throw_type_error("Result of the Symbol.asyncIterator method is not an object"));
        }
        let rec = crate::props::iterator_record(iterator, from_sync)?;
        let arr = if function::is_constructor(c) { function::construct(c, &[], c)? } else { object::new_array(Vec::new()) };
        let state = new_state(arr, rec, Value::UNDEFINED, mapfn, this_arg, 0, p);
        step_iterator(state);
        return Ok(());
    }
    let array_like = conv::to_object(items)?;
    let len = length_of(array_like)?;
    let arr = new_from_constructor(c, Some(len))?;
    let state = new_state(arr, Value::UNDEFINED, array_like, mapfn, this_arg, len, p);
    step_array_like(state);
    Ok(())
}

fn new_state(arr: Value, rec: Value, array_like: Value, mapfn: Value, this_arg: Value, len: u64, p: Value) -> Value {
    object::new_array(vec![arr, rec, array_like, mapfn, this_arg, Value::int(0), Value::number(len as f64), p, Value::UNDEFINED])
}

/// Await(v), continuing with `ok` or `err` (both called with the state as data).
fn await_then(v: Value, state: Value, ok: NativeFn, err: NativeFn) {
    match promise::promise_resolve(v) {
        Ok(pv) => {
            let on_ok = function::native_with_data("", 1, ok, state);
            let on_err = function::native_with_data("", 1, err, state);
            promise::perform_then(pv, on_ok, on_err, None);
        }
        Err(Thrown) => {
            let e = error::take_pending();
            let f = function::native_with_data("", 1, err, state);
            let _ = function::call(f, Value::UNDEFINED, &[e]);
        }
    }
}

fn reject(state: Value, e: Value) {
    promise::reject(st(state)[PROMISE], e);
}

fn reject_pending(state: Value) {
    reject(state, error::take_pending());
}

fn fail(a: &CallArgs) -> JsResult<Value> {
    reject(function::data_of(a.callee), a.arg(0));
    Ok(Value::UNDEFINED)
}

fn finish(state: Value, len: u64) {
    let s = st(state);
    let (arr, p) = (s[ARRAY], s[PROMISE]);
    match set_length(arr, len) {
        Ok(()) => {
            let _ = promise::resolve(p, arr);
        }
        Err(Thrown) => reject_pending(state),
    }
}

// ----- iterables -----

fn step_iterator(state: Value) {
    let raw = crate::async_generator::kiln_async_iter_next(st(state)[RECORD]);
    if raw.is_exception() {
        return reject_pending(state);
    }
    await_then(raw, state, iterator_result, fail);
}

fn iterator_result(a: &CallArgs) -> JsResult<Value> {
    let state = function::data_of(a.callee);
    let r = a.arg(0);
    let step = (|| -> JsResult<Option<Value>> {
        if !r.is_object() {
            return Err(error::throw_type_error(&format!("Iterator result {} is not an object", conv::display_string(r))));
        }
        let done = conv::to_boolean(object::get(r, Key::Name(atoms::intern_str("done")), r)?);
        if done {
            return Ok(None);
        }
        Ok(Some(object::get(r, Key::Name(atoms::intern_str("value")), r)?))
    })();
    match step {
        Err(Thrown) => reject_pending(state),
        Ok(None) => finish(state, index(state)),
        Ok(Some(v)) => {
            let s = st(state);
            if s[MAPFN].is_undefined() {
                store_iterated(state, v);
            } else {
                match function::call(s[MAPFN], s[THIS_ARG], &[v, Value::number(index(state) as f64)]) {
                    Ok(m) => await_then(m, state, mapped_iterated, close_and_fail),
                    Err(Thrown) => close_with(state, error::take_pending()),
                }
            }
        }
    }
    Ok(Value::UNDEFINED)
}

fn mapped_iterated(a: &CallArgs) -> JsResult<Value> {
    store_iterated(function::data_of(a.callee), a.arg(0));
    Ok(Value::UNDEFINED)
}

fn store_iterated(state: Value, v: Value) {
    let k = index(state);
    if create(st(state)[ARRAY], k, v).is_err() {
        return close_with(state, error::take_pending());
    }
    st(state)[INDEX] = Value::number((k + 1) as f64);
    step_iterator(state);
}

fn close_and_fail(a: &CallArgs) -> JsResult<Value> {
    close_with(function::data_of(a.callee), a.arg(0));
    Ok(Value::UNDEFINED)
}

/// AsyncIteratorClose with a throw completion: return() is called and awaited, then the
/// promise is rejected with `e` whatever return() did.
fn close_with(state: Value, e: Value) {
    st(state)[ERROR] = e;
    let c = crate::async_generator::kiln_async_iter_close(st(state)[RECORD]);
    if c.is_exception() {
        error::take_pending();
        return reject(state, e);
    }
    if c == Value::HOLE {
        return reject(state, e);
    }
    await_then(c, state, reject_saved, reject_saved);
}

fn reject_saved(a: &CallArgs) -> JsResult<Value> {
    let state = function::data_of(a.callee);
    let e = st(state)[ERROR];
    reject(state, e);
    Ok(Value::UNDEFINED)
}

// ----- array-likes -----

fn step_array_like(state: Value) {
    let k = index(state);
    let s = st(state);
    let len = s[LENGTH].as_number() as u64;
    if k >= len {
        return finish(state, len);
    }
    let array_like = s[ARRAY_LIKE];
    match object::get(array_like, crate::builtins::array::index_key(k), array_like) {
        Ok(v) => await_then(v, state, array_like_value, fail),
        Err(Thrown) => reject_pending(state),
    }
}

fn array_like_value(a: &CallArgs) -> JsResult<Value> {
    let state = function::data_of(a.callee);
    let v = a.arg(0);
    let s = st(state);
    if s[MAPFN].is_undefined() {
        store_array_like(state, v);
    } else {
        match function::call(s[MAPFN], s[THIS_ARG], &[v, Value::number(index(state) as f64)]) {
            Ok(m) => await_then(m, state, mapped_array_like, fail),
            Err(Thrown) => reject_pending(state),
        }
    }
    Ok(Value::UNDEFINED)
}

fn mapped_array_like(a: &CallArgs) -> JsResult<Value> {
    store_array_like(function::data_of(a.callee), a.arg(0));
    Ok(Value::UNDEFINED)
}

fn store_array_like(state: Value, v: Value) {
    let k = index(state);
    if create(st(state)[ARRAY], k, v).is_err() {
        return reject_pending(state);
    }
    st(state)[INDEX] = Value::number((k + 1) as f64);
    step_array_like(state);
}
