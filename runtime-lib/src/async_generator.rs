//! Async generators and async iteration (§27.6, §27.1.4–6). An async generator's body is the
//! same resumable code as a generator's; both `await` and `yield` suspend it, and a `yield`
//! is marked first (`kiln_gen_mark_yield`). This file keeps each object's queue of
//! next/throw/return requests and drives the body through it (AsyncGeneratorEnqueue, Resume,
//! CompleteStep, DrainQueue, AwaitReturn), defines %AsyncGeneratorPrototype% and
//! %AsyncIteratorPrototype%, and gives compiled `for await` and async `yield*` their steps on
//! an async iteration record, including CreateAsyncFromSyncIterator for sync iterables (a
//! record with `from_sync` set: each step's result is wrapped in a promise here, so no
//! wrapper object is ever made).

use crate::atoms;
use crate::builtins::method;
use crate::builtins::promise;
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs};
use crate::generator::{generator, iter_result, reenter, Step, MODE_NEXT, MODE_RETURN, MODE_THROW};
use crate::object::{self, Class, Key, ProtocolIterator};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

// [[AsyncGeneratorState]]
const SUSPENDED_START: u8 = 0;
const SUSPENDED_YIELD: u8 = 1;
const EXECUTING: u8 = 2;
/// The body has finished; requests left in the queue are being answered (a `return` request
/// first awaits its value).
const DRAINING_QUEUE: u8 = 3;
const COMPLETED: u8 = 4;

fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

fn is_async_generator(v: Value) -> bool {
    v.object_ref().is_some_and(|o| o.class() == Class::AsyncGenerator)
}

/// AsyncGeneratorEnqueue with the checks of next/return/throw (§27.6.1.2–4): always a promise.
fn enqueue(a: &CallArgs, mode: i32, name: &str) -> JsResult<Value> {
    let cap = promise::new_promise();
    let (this, value) = (a.this, a.arg(0));
    if !is_async_generator(this) {
        let e = error::new_error(
            error::ErrorKind::TypeError,
            &format!(
                "{name} method [AsyncGenerator].prototype.{name} called on incompatible receiver {}",
                conv::display_string(this)
            ),
        );
        promise::reject(cap, e);
        return Ok(cap);
    }
    let g = generator(this);
    let mut state = g.async_state;
    if mode == MODE_NEXT && state == COMPLETED {
        promise::resolve(cap, iter_result(Value::UNDEFINED, true))?;
        return Ok(cap);
    }
    if mode == MODE_THROW {
        if state == SUSPENDED_START {
            g.async_state = COMPLETED;
            state = COMPLETED;
        }
        if state == COMPLETED {
            promise::reject(cap, value);
            return Ok(cap);
        }
    }
    g.queue.push_back((mode, value, cap));
    if mode == MODE_RETURN && (state == SUSPENDED_START || state == COMPLETED) {
        g.async_state = DRAINING_QUEUE;
        await_return(this);
    } else if state == SUSPENDED_START || state == SUSPENDED_YIELD {
        g.async_state = EXECUTING;
        run(this, value, mode);
    }
    Ok(cap)
}

/// Runs the body from where it is suspended with (value, mode) until it awaits, yields with
/// no request left to answer, or finishes.
fn run(gv: Value, value: Value, mode: i32) {
    let (mut value, mut mode) = (value, mode);
    loop {
        match reenter(gv, value, mode) {
            Step::Suspended(v) => {
                let g = generator(gv);
                if !g.yielding {
                    return await_value(gv, v);
                }
                // AsyncGeneratorYield: answer the oldest request; if another is waiting, the
                // body goes on with it at once.
                g.yielding = false;
                g.async_state = SUSPENDED_YIELD;
                complete_step(gv, false, v, false);
                let g = generator(gv);
                match g.queue.front() {
                    Some(&(m, x, _)) => {
                        g.async_state = EXECUTING;
                        (value, mode) = (x, m);
                    }
                    None => return,
                }
            }
            Step::Returned(v) => {
                generator(gv).async_state = DRAINING_QUEUE;
                complete_step(gv, false, v, true);
                return drain_queue(gv);
            }
            Step::Threw => {
                generator(gv).async_state = DRAINING_QUEUE;
                complete_step(gv, true, error::take_pending(), true);
                return drain_queue(gv);
            }
        }
    }
}

/// Await inside the body: resume it when the promise for `v` settles.
fn await_value(gv: Value, v: Value) {
    match promise::promise_resolve(v) {
        Ok(p) => promise::perform_await(p, gv),
        Err(Thrown) => {
            let e = error::take_pending();
            run(gv, e, MODE_THROW);
        }
    }
}

/// An await in the body settled (`generator::resume_awaiting`).
pub fn resume_after_await(gv: Value, value: Value, mode: i32) {
    run(gv, value, mode);
}

/// AsyncGeneratorCompleteStep: settles the oldest request's promise.
fn complete_step(gv: Value, is_throw: bool, value: Value, done: bool) {
    let Some((_, _, cap)) = generator(gv).queue.pop_front() else { return };
    if is_throw {
        promise::reject(cap, value);
    } else {
        let _ = promise::resolve(cap, iter_result(value, done));
    }
}

/// AsyncGeneratorDrainQueue: answers what is queued after the body finished.
fn drain_queue(gv: Value) {
    loop {
        let g = generator(gv);
        let Some(&(mode, value, _)) = g.queue.front() else {
            g.async_state = COMPLETED;
            return;
        };
        if mode == MODE_RETURN {
            return await_return(gv);
        }
        if mode == MODE_THROW {
            complete_step(gv, true, value, true);
        } else {
            complete_step(gv, false, Value::UNDEFINED, true);
        }
    }
}

/// AsyncGeneratorAwaitReturn: a return request on a finished (or never started) generator
/// resolves to its awaited value.
fn await_return(gv: Value) {
    let Some(&(_, value, _)) = generator(gv).queue.front() else { return };
    match promise::promise_resolve(value) {
        Ok(p) => {
            let on_fulfilled = function::native_with_data("", 1, return_fulfilled, gv);
            let on_rejected = function::native_with_data("", 1, return_rejected, gv);
            promise::perform_then(p, on_fulfilled, on_rejected, None);
        }
        Err(Thrown) => {
            complete_step(gv, true, error::take_pending(), true);
            drain_queue(gv);
        }
    }
}

fn return_fulfilled(a: &CallArgs) -> JsResult<Value> {
    let gv = function::data_of(a.callee);
    complete_step(gv, false, a.arg(0), true);
    drain_queue(gv);
    Ok(Value::UNDEFINED)
}

fn return_rejected(a: &CallArgs) -> JsResult<Value> {
    let gv = function::data_of(a.callee);
    complete_step(gv, true, a.arg(0), true);
    drain_queue(gv);
    Ok(Value::UNDEFINED)
}

fn next(a: &CallArgs) -> JsResult<Value> {
    enqueue(a, MODE_NEXT, "next")
}

fn return_(a: &CallArgs) -> JsResult<Value> {
    enqueue(a, MODE_RETURN, "return")
}

fn throw(a: &CallArgs) -> JsResult<Value> {
    enqueue(a, MODE_THROW, "throw")
}

fn async_iterator_self(a: &CallArgs) -> JsResult<Value> {
    Ok(a.this)
}

pub fn install() {
    let r = realm();
    let it = function::native("[Symbol.asyncIterator]", 0, async_iterator_self, 0);
    unsafe { (*r.async_iterator_prototype.as_object()).define_named(r.sym_async_iterator, it, WRITABLE | CONFIGURABLE) };
    let gp = r.async_generator_prototype;
    method(gp, "next", 1, next);
    method(gp, "return", 1, return_);
    method(gp, "throw", 1, throw);
    unsafe { (*gp.as_object()).define_named(r.sym_to_string_tag, string::value_from_str("AsyncGenerator"), CONFIGURABLE) };
}

// ----- async iteration records: `for await` and async `yield*` -----

fn record(it: Value) -> &'static mut ProtocolIterator {
    unsafe { &mut *(it.as_object() as *mut ProtocolIterator) }
}

/// GetMethod(v, name): undefined for null or undefined, a TypeError for anything else that
/// is not callable.
fn get_method(v: Value, name: &str) -> JsResult<Value> {
    let m = object::get_value(v, Key::Name(atoms::intern_str(name)))?;
    if m.is_nullish() {
        return Ok(Value::UNDEFINED);
    }
    if !function::is_callable(m) {
        return Err(error::throw_type_error(&format!("{} is not a function", conv::display_string(m))));
    }
    Ok(m)
}

fn not_an_object(r: Value) -> Thrown {
    error::throw_type_error(&format!("Iterator result {} is not an object", conv::display_string(r)))
}

/// GetIterator(v, async): the record of `v[Symbol.asyncIterator]()`, or of
/// `v[Symbol.iterator]()` marked `from_sync`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_async_iter_init(v: Value) -> Value {
    ret((|| {
        let r = realm();
        let method = if v.is_nullish() { Value::UNDEFINED } else { object::get_value(v, Key::Name(r.sym_async_iterator))? };
        if method.is_nullish() {
            let sync = if v.is_nullish() { Value::UNDEFINED } else { object::get_value(v, Key::Name(r.sym_iterator))? };
            if !function::is_callable(sync) {
                let what = if v.is_object() { "object".to_string() } else { conv::display_string(v) };
                let what = if v.is_nullish() { string::to_rust(conv::to_string(v)?) } else { what };
                return Err(error::throw_type_error(&format!("{what} is not async iterable")));
            }
            let iterator = function::call(sync, v, &[])?;
            if !iterator.is_object() {
                return Err(error::throw_type_error("Result of the Symbol.iterator method is not an object"));
            }
            return crate::props::iterator_record(iterator, true);
        }
        let iterator = function::call(method, v, &[])?;
        if !iterator.is_object() {
            return Err(error::throw_type_error("Result of the Symbol.asyncIterator method is not an object"));
        }
        crate::props::iterator_record(iterator, false)
    })())
}

/// `for await`: calls next() and gives back what it returned (awaited by the caller).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_async_iter_next(it: Value) -> Value {
    let rec = record(it);
    if rec.from_sync {
        return from_sync_step(it, MODE_NEXT, None);
    }
    ret(function::call(rec.next, rec.iterator, &[]))
}

/// Async `yield*`: forwards (value, mode) to the inner iterator's next, throw or return and
/// gives back what it returned (to be awaited), or HOLE when it has no such method.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_async_yield_star_step(it: Value, value: Value, mode: Value) -> Value {
    let mode = mode.as_int();
    let rec = record(it);
    if rec.from_sync {
        return from_sync_step(it, mode, Some(value));
    }
    let iterator = rec.iterator;
    ret((|| {
        let m = match mode {
            MODE_NEXT => rec.next,
            MODE_THROW => get_method(iterator, "throw")?,
            _ => get_method(iterator, "return")?,
        };
        if mode != MODE_NEXT && m.is_undefined() {
            return Ok(Value::HOLE);
        }
        function::call(m, iterator, &[value])
    })())
}

/// AsyncIteratorClose's call: the result of `return()` (to be awaited and checked by the
/// caller), or HOLE when there is no `return` method.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_async_iter_close(it: Value) -> Value {
    let rec = record(it);
    if rec.from_sync {
        return from_sync_step(it, MODE_RETURN, None);
    }
    let iterator = rec.iterator;
    ret((|| {
        let m = get_method(iterator, "return")?;
        if m.is_undefined() {
            return Ok(Value::HOLE);
        }
        function::call(m, iterator, &[])
    })())
}

/// An iterator result must be an object.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_iter_result_check(r: Value) -> Value {
    if r.is_object() { Value::UNDEFINED } else { ret(Err(not_an_object(r))) }
}

/// %AsyncFromSyncIteratorPrototype%.next/return/throw on the sync iterator of `it`: always a
/// promise (§27.1.6.2). `value` is None when the call passes no argument.
fn from_sync_step(it: Value, mode: i32, value: Option<Value>) -> Value {
    let cap = promise::new_promise();
    let rec = record(it);
    let (sync, sync_next) = (rec.iterator, rec.next);
    let args: Vec<Value> = value.into_iter().collect();
    let result = (|| -> JsResult<Option<Value>> {
        let r = match mode {
            MODE_NEXT => function::call(sync_next, sync, &args)?,
            MODE_RETURN => {
                let m = get_method(sync, "return")?;
                if m.is_undefined() {
                    promise::resolve(cap, iter_result(value.unwrap_or(Value::UNDEFINED), true))?;
                    return Ok(None);
                }
                function::call(m, sync, &args)?
            }
            _ => {
                let m = get_method(sync, "throw")?;
                if m.is_undefined() {
                    // The protocol is broken: close the sync iterator, then reject.
                    close_sync(sync, false)?;
                    return Err(error::throw_type_error("The iterator does not provide a 'throw' method"));
                }
                function::call(m, sync, &args)?
            }
        };
        if !r.is_object() {
            return Err(not_an_object(r));
        }
        Ok(Some(r))
    })();
    match result {
        Ok(Some(r)) => from_sync_continuation(r, cap, sync, mode != MODE_RETURN),
        Ok(None) => {}
        Err(Thrown) => promise::reject(cap, error::take_pending()),
    }
    cap
}

/// AsyncFromSyncIteratorContinuation: resolves `cap` with {value: await value, done}.
fn from_sync_continuation(result: Value, cap: Value, sync: Value, close_on_rejection: bool) {
    let r = (|| -> JsResult<()> {
        let done = conv::to_boolean(object::get(result, Key::Name(atoms::intern_str("done")), result)?);
        let value = object::get(result, Key::Name(atoms::intern_str("value")), result)?;
        let wrapper = match promise::promise_resolve(value) {
            Ok(w) => w,
            Err(Thrown) => {
                if !done && close_on_rejection {
                    let e = error::take_pending();
                    let _ = close_sync(sync, true);
                    return Err(error::throw(e));
                }
                return Err(Thrown);
            }
        };
        let on_fulfilled =
            function::native_with_data("", 1, if done { unwrap_done } else { unwrap_not_done }, Value::UNDEFINED);
        let on_rejected = if done || !close_on_rejection {
            Value::UNDEFINED
        } else {
            function::native_with_data("", 1, close_and_rethrow, sync)
        };
        let (res, rej) = promise::resolving_functions(cap);
        promise::perform_then(wrapper, on_fulfilled, on_rejected, Some((cap, res, rej)));
        Ok(())
    })();
    if r.is_err() {
        promise::reject(cap, error::take_pending());
    }
}

fn unwrap_done(a: &CallArgs) -> JsResult<Value> {
    Ok(iter_result(a.arg(0), true))
}

fn unwrap_not_done(a: &CallArgs) -> JsResult<Value> {
    Ok(iter_result(a.arg(0), false))
}

/// A sync iterator whose value promise rejected is closed, and the rejection goes on.
fn close_and_rethrow(a: &CallArgs) -> JsResult<Value> {
    let _ = close_sync(function::data_of(a.callee), true);
    Err(error::throw(a.arg(0)))
}

/// IteratorClose on a sync iterator. `on_throw`: errors from `return()` are dropped (the
/// caller has its own).
fn close_sync(sync: Value, on_throw: bool) -> JsResult<()> {
    let r = (|| {
        let m = get_method(sync, "return")?;
        if m.is_undefined() {
            return Ok(());
        }
        let r = function::call(m, sync, &[])?;
        if !r.is_object() {
            return Err(not_an_object(r));
        }
        Ok(())
    })();
    if on_throw && r.is_err() {
        error::take_pending();
        return Ok(());
    }
    r
}
