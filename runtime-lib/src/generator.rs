//! Generator objects: created by a generator function's first (prologue-only) call, resumed
//! by re-entering the function's code with the generator as new.target. Suspension copies
//! the function's locals into the object (`kiln_gen_suspend`); resumption copies them back
//! (`kiln_gen_frame`) and continues at the saved state. Also %GeneratorPrototype%
//! (next/return/throw) and the `yield*` step.

use crate::atoms;
use crate::builtins::{define, method};
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs, JsCode};
use crate::object::{self, Class, FunctionObject, GeneratorObject, Key, ListIterator, Object, ProtocolIterator};
use crate::realm::realm;
use crate::shape::CONFIGURABLE;
use crate::string;
use crate::value::Value;
use kiln_abi::value::{FUNC_ASYNC, FUNC_GENERATOR};

/// The state of a generator that has finished.
const DONE: u32 = u32::MAX;

pub(crate) const MODE_NEXT: i32 = 0;
pub(crate) const MODE_THROW: i32 = 1;
pub(crate) const MODE_RETURN: i32 = 2;

fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

pub(crate) fn generator(v: Value) -> &'static mut GeneratorObject {
    unsafe { &mut *(v.as_object() as *mut GeneratorObject) }
}

/// The generator object for a call of generator function `callee`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_generator_create(callee: Value) -> Value {
    ret((|| {
        let flags = unsafe { (*(*(callee.as_object() as *const FunctionObject)).info).flags };
        let is_async_gen = flags & FUNC_GENERATOR != 0 && flags & FUNC_ASYNC != 0;
        let (class, fallback) = if is_async_gen {
            (Class::AsyncGenerator, realm().async_generator_prototype)
        } else {
            (Class::Generator, realm().generator_prototype)
        };
        // Async functions have no `prototype`; their generator object is never seen.
        let proto = if flags & FUNC_GENERATOR != 0 {
            let p = object::get(callee, Key::Name(atoms::common().prototype), callee)?;
            if p.is_object() { p } else { fallback }
        } else {
            Value::NULL
        };
        let o = object::alloc(std::mem::size_of::<GeneratorObject>(), class, proto) as *mut GeneratorObject;
        unsafe {
            (*o).function = callee;
            (*o).state = 0;
            (*o).running = true;
            std::ptr::addr_of_mut!((*o).frame).write(Vec::new());
            (*o).promise = Value::UNDEFINED;
            (*o).async_state = 0;
            (*o).yielding = false;
            std::ptr::addr_of_mut!((*o).queue).write(std::collections::VecDeque::new());
        }
        Ok(Value::object(o as *mut Object))
    })())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_gen_suspend(g: Value, state: u64, locals: *const Value, n: u64) -> Value {
    let g = generator(g);
    g.state = state as u32;
    g.running = false;
    g.frame.clear();
    if n > 0 {
        g.frame.extend_from_slice(unsafe { std::slice::from_raw_parts(locals, n as usize) });
    }
    Value::UNDEFINED
}

/// Marks the suspension that follows as a `yield` (async generators; an unmarked one is an
/// `await`).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_gen_mark_yield(g: Value) -> Value {
    generator(g).yielding = true;
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_gen_frame(g: Value) -> *const Value {
    generator(g).frame.as_ptr()
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_gen_state(g: Value) -> u64 {
    generator(g).state as u64
}

pub(crate) fn iter_result(value: Value, done: bool) -> Value {
    let o = object::new_plain();
    let obj = unsafe { &mut *o.as_object() };
    obj.define_named(atoms::intern_str("value"), value, crate::shape::DEFAULT);
    obj.define_named(atoms::intern_str("done"), Value::bool(done), crate::shape::DEFAULT);
    o
}

/// GeneratorResume / GeneratorResumeAbrupt.
fn resume(this: Value, value: Value, mode: i32, name: &str) -> JsResult<Value> {
    let is_gen = this.object_ref().is_some_and(|o| o.class() == Class::Generator);
    if !is_gen {
        return Err(error::throw_type_error(&format!(
            "{name} method [Generator].prototype.{name} called on incompatible receiver {}",
            crate::conv::display_string(this)
        )));
    }
    let g = generator(this);
    if g.running {
        return Err(error::throw_type_error("Generator is already running"));
    }
    if g.state == DONE {
        return match mode {
            MODE_THROW => Err(error::throw(value)),
            MODE_RETURN => Ok(iter_result(value, true)),
            _ => Ok(iter_result(Value::UNDEFINED, true)),
        };
    }
    match reenter(this, value, mode) {
        Step::Suspended(v) => Ok(iter_result(v, false)),
        Step::Returned(v) => Ok(iter_result(v, true)),
        Step::Threw => Err(Thrown),
    }
}

pub(crate) enum Step {
    /// Suspended at a yield or await with this value.
    Suspended(Value),
    Returned(Value),
    /// Finished by throwing (the exception is pending).
    Threw,
}

/// Runs a suspended generator (or async function) until it suspends again or finishes.
pub(crate) fn reenter(this: Value, value: Value, mode: i32) -> Step {
    let g = generator(this);
    g.running = true;
    let f = unsafe { &*(g.function.as_object() as *const FunctionObject) };
    let code: JsCode = unsafe { std::mem::transmute(f.code) };
    let args = [value, Value::int(mode)];
    let r = unsafe { code(g.function, Value::UNDEFINED, args.as_ptr(), 2, this) };
    let g = generator(this);
    if !g.running {
        return Step::Suspended(r);
    }
    // It returned or threw rather than suspending: it is finished.
    g.running = false;
    g.state = DONE;
    g.frame = Vec::new();
    if r.is_exception() { Step::Threw } else { Step::Returned(r) }
}

// ----- async functions -----

/// An async function's call has bound its parameters and suspended at the start of its body:
/// make its promise and run the body until its first await.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_async_start(g: Value) -> Value {
    let p = crate::builtins::promise::new_promise();
    generator(g).promise = p;
    async_step(g, Value::UNDEFINED, MODE_NEXT);
    p
}

/// An async function whose parameter binding threw returns a promise rejected with it.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_rejected_promise(e: Value) -> Value {
    let p = crate::builtins::promise::new_promise();
    crate::builtins::promise::reject(p, e);
    p
}

/// The promise of a module body with top-level await (undefined otherwise).
static mut TOP_LEVEL_PROMISE: Value = Value::UNDEFINED;

/// A module body that awaits at top level has bound nothing yet and suspended: run it like
/// an async function. A rejection is an uncaught exception; `unsettled_top_level_await`
/// tells the exit path whether it never settled.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_tla_start(g: Value) -> Value {
    let p = kiln_async_start(g);
    unsafe { TOP_LEVEL_PROMISE = p };
    let on_rejected = function::native("", 1, top_level_rejected, 0);
    crate::builtins::promise::perform_then(p, Value::UNDEFINED, on_rejected, None);
    p
}

fn top_level_rejected(a: &CallArgs) -> JsResult<Value> {
    crate::start::uncaught(a.arg(0));
    Ok(Value::UNDEFINED)
}

pub fn trace(t: &mut crate::gc::Tracer) {
    t.value(unsafe { TOP_LEVEL_PROMISE });
}

/// Whether the module's top-level await is still waiting (node then exits with code 13).
pub fn unsettled_top_level_await() -> bool {
    let p = unsafe { TOP_LEVEL_PROMISE };
    p.is_object() && crate::builtins::promise::is_pending(p)
}

/// Resumes an async function and, if it awaits again, subscribes to the awaited promise.
fn async_step(g: Value, value: Value, mode: i32) {
    use crate::builtins::promise;
    let p = generator(g).promise;
    match reenter(g, value, mode) {
        Step::Suspended(awaited) => {
            let target = match promise::promise_resolve(awaited) {
                Ok(t) => t,
                Err(Thrown) => {
                    // PromiseResolve threw (a hostile `constructor` getter): resume with it.
                    let e = error::take_pending();
                    return async_step(g, e, MODE_THROW);
                }
            };
            promise::perform_await(target, g);
        }
        Step::Returned(v) => {
            let _ = promise::resolve(p, v);
        }
        Step::Threw => promise::reject(p, error::take_pending()),
    }
}

/// The reaction of an await settled: resume the async function or async generator.
pub fn resume_awaiting(g: Value, value: Value, rejected: bool) {
    let mode = if rejected { MODE_THROW } else { MODE_NEXT };
    if unsafe { (*g.as_object()).class() } == Class::AsyncGenerator {
        crate::async_generator::resume_after_await(g, value, mode);
    } else {
        async_step(g, value, mode);
    }
}

fn next(a: &CallArgs) -> JsResult<Value> {
    resume(a.this, a.arg(0), MODE_NEXT, "next")
}

fn return_(a: &CallArgs) -> JsResult<Value> {
    resume(a.this, a.arg(0), MODE_RETURN, "return")
}

fn throw(a: &CallArgs) -> JsResult<Value> {
    resume(a.this, a.arg(0), MODE_THROW, "throw")
}

fn iterator_self(a: &CallArgs) -> JsResult<Value> {
    Ok(a.this)
}

pub fn install() {
    let r = realm();
    let it = function::native("[Symbol.iterator]", 0, iterator_self, 0);
    unsafe { (*r.iterator_prototype.as_object()).define_named(r.sym_iterator, it, crate::shape::WRITABLE | CONFIGURABLE) };
    let gp = r.generator_prototype;
    method(gp, "next", 1, next);
    method(gp, "return", 1, return_);
    method(gp, "throw", 1, throw);
    unsafe { (*gp.as_object()).define_named(r.sym_to_string_tag, string::value_from_str("Generator"), CONFIGURABLE) };
    let _ = define;
}

/// One step of `yield*`: forwards the received value to the inner iterator's next, throw or
/// return and gives back its result object.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_yield_star_step(it: Value, value: Value, mode: Value) -> Value {
    ret((|| {
        let mode = mode.as_int();
        if unsafe { (*it.as_object()).class() } == Class::ListIterator {
            // Built-in array/string iteration: only next is meaningful.
            return match mode {
                MODE_NEXT => {
                    let v = crate::props::kiln_iter_next(it);
                    if v.is_exception() {
                        return Err(Thrown);
                    }
                    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
                }
                MODE_RETURN => Ok(iter_result(value, true)),
                _ => Err(error::throw_type_error("The iterator does not provide a 'throw' method")),
            };
        }
        let p = unsafe { &mut *(it.as_object() as *mut ProtocolIterator) };
        let iterator = p.iterator;
        let (method_name, missing) = match mode {
            MODE_NEXT => ("next", None),
            MODE_THROW => ("throw", Some("throw")),
            _ => ("return", Some("return")),
        };
        let m = if mode == MODE_NEXT { p.next } else { object::get(iterator, Key::Name(atoms::intern_str(method_name)), iterator)? };
        if m.is_nullish() {
            return match missing {
                Some("return") => Ok(iter_result(value, true)),
                _ => {
                    let _ = crate::props::kiln_iter_close(it, 0);
                    Err(error::throw_type_error("The iterator does not provide a 'throw' method"))
                }
            };
        }
        let r = function::call(m, iterator, &[value])?;
        if !r.is_object() {
            return Err(error::throw_type_error(&format!(
                "Iterator result {} is not an object",
                crate::conv::display_string(r)
            )));
        }
        Ok(r)
    })())
}

#[allow(dead_code)]
fn _uses(_: &ListIterator) {}
