//! Promise (§27.2): promise objects, resolving functions, reactions and jobs, the
//! constructor and its combinators, and the unhandled-rejection tracking node reports.
//! Jobs run from `event_loop.rs`'s microtask queue.

use crate::atoms;
use crate::builtins::{constructor, method};
use crate::error::{self, JsResult, Thrown};
use crate::event_loop::{self, Job};
use crate::function::{self, CallArgs};
use crate::gc::Tracer;
use crate::object::{self, Class, Key, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum State {
    Pending = 0,
    Fulfilled = 1,
    Rejected = 2,
}

/// PromiseReaction records for both outcomes at once, as `then` adds them.
#[derive(Clone, Copy)]
pub struct Reaction {
    pub on_fulfilled: Value,
    pub on_rejected: Value,
    /// The derived promise's capability, or `undefined` values (await).
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

#[repr(C)]
pub struct PromiseObject {
    pub base: Object,
    pub state: State,
    pub handled: bool,
    pub result: Value,
    pub reactions: Vec<Reaction>,
}

pub unsafe fn trace(o: *mut Object, t: &mut Tracer) {
    let p = &*(o as *const PromiseObject);
    t.value(p.result);
    for r in &p.reactions {
        t.value(r.on_fulfilled);
        t.value(r.on_rejected);
        t.value(r.promise);
        t.value(r.resolve);
        t.value(r.reject);
    }
}

pub unsafe fn finalize(o: *mut Object) {
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut PromiseObject)).reactions));
}

fn promise(v: Value) -> &'static mut PromiseObject {
    unsafe { &mut *(v.as_object() as *mut PromiseObject) }
}

pub fn is_pending(p: Value) -> bool {
    promise(p).state == State::Pending
}

pub fn is_promise(v: Value) -> bool {
    v.object_ref().is_some_and(|o| o.class() == Class::Promise)
}

pub fn new_promise_with_proto(proto: Value) -> Value {
    let o = object::alloc(std::mem::size_of::<PromiseObject>(), Class::Promise, proto) as *mut PromiseObject;
    unsafe {
        (*o).state = State::Pending;
        (*o).handled = false;
        (*o).result = Value::UNDEFINED;
        std::ptr::addr_of_mut!((*o).reactions).write(Vec::new());
    }
    Value::object(o as *mut Object)
}

pub fn new_promise() -> Value {
    new_promise_with_proto(realm().promise_prototype)
}

// ----- settling -----

fn settle(p: Value, state: State, result: Value) {
    let pr = promise(p);
    if pr.state != State::Pending {
        return;
    }
    pr.state = state;
    pr.result = result;
    let reactions = std::mem::take(&mut pr.reactions);
    if state == State::Rejected && !pr.handled && reactions.is_empty() {
        event_loop::track_rejection(p);
    }
    for r in reactions {
        event_loop::enqueue(reaction_job(r, state, result));
    }
}

fn reaction_job(r: Reaction, state: State, argument: Value) -> Job {
    let handler = if state == State::Fulfilled { r.on_fulfilled } else { r.on_rejected };
    Job::Reaction { handler, promise: r.promise, resolve: r.resolve, reject: r.reject, argument, rejected: state == State::Rejected }
}

pub fn fulfill(p: Value, v: Value) {
    settle(p, State::Fulfilled, v);
}

pub fn reject(p: Value, reason: Value) {
    settle(p, State::Rejected, reason);
}

/// The [[Resolve]] behaviour: adopt thenables (through a job), fulfill with anything else.
pub fn resolve(p: Value, resolution: Value) -> JsResult<()> {
    if resolution == p {
        let e = error::new_error(error::ErrorKind::TypeError, "Chaining cycle detected for promise #<Promise>");
        reject(p, e);
        return Ok(());
    }
    if !resolution.is_object() {
        fulfill(p, resolution);
        return Ok(());
    }
    let then = match object::get(resolution, Key::Name(atoms::intern_str("then")), resolution) {
        Ok(t) => t,
        Err(Thrown) => {
            reject(p, error::take_pending());
            return Ok(());
        }
    };
    if !function::is_callable(then) {
        fulfill(p, resolution);
        return Ok(());
    }
    event_loop::enqueue(Job::ResolveThenable { promise: p, thenable: resolution, then });
    Ok(())
}

/// CreateResolvingFunctions: a resolve/reject pair sharing an "already resolved" flag (an
/// array [promise, flag] held as the functions' data).
pub fn resolving_functions(p: Value) -> (Value, Value) {
    let record = object::new_array(vec![p, Value::FALSE]);
    let res = function::native_with_data("", 1, resolve_function, record);
    let rej = function::native_with_data("", 1, reject_function, record);
    (res, rej)
}

fn take_record(f: Value) -> Option<Value> {
    let record = function::data_of(f);
    let r = unsafe { &mut *record.as_object() };
    if r.elements[1] == Value::TRUE {
        return None;
    }
    r.elements[1] = Value::TRUE;
    Some(r.elements[0])
}

fn resolve_function(a: &CallArgs) -> JsResult<Value> {
    if let Some(p) = take_record(a.callee) {
        resolve(p, a.arg(0))?;
    }
    Ok(Value::UNDEFINED)
}

fn reject_function(a: &CallArgs) -> JsResult<Value> {
    if let Some(p) = take_record(a.callee) {
        reject(p, a.arg(0));
    }
    Ok(Value::UNDEFINED)
}

// ----- then -----

/// PerformPromiseThen.
pub fn perform_then(p: Value, on_fulfilled: Value, on_rejected: Value, cap: Option<(Value, Value, Value)>) {
    let (promise_v, resolve_v, reject_v) = cap.unwrap_or((Value::UNDEFINED, Value::UNDEFINED, Value::UNDEFINED));
    let r = Reaction {
        on_fulfilled: if function::is_callable(on_fulfilled) { on_fulfilled } else { Value::UNDEFINED },
        on_rejected: if function::is_callable(on_rejected) { on_rejected } else { Value::UNDEFINED },
        promise: promise_v,
        resolve: resolve_v,
        reject: reject_v,
    };
    add_reaction(p, r);
}

/// Adds a reaction to `p`: kept while it is pending, else queued as a job at once.
fn add_reaction(p: Value, r: Reaction) {
    let pr = promise(p);
    match pr.state {
        State::Pending => pr.reactions.push(r),
        State::Fulfilled => event_loop::enqueue(reaction_job(r, State::Fulfilled, pr.result)),
        State::Rejected => {
            if !pr.handled {
                event_loop::untrack_rejection(p);
            }
            event_loop::enqueue(reaction_job(r, State::Rejected, pr.result));
        }
    }
    promise(p).handled = true;
}

/// Await's PerformPromiseThen: the reaction resumes the awaiting async function or async
/// generator `g` directly (no continuation closures are made; `promise` holds the HOLE
/// marker that `event_loop::run_job` recognises).
pub fn perform_await(p: Value, g: Value) {
    let r = Reaction { on_fulfilled: g, on_rejected: g, promise: Value::HOLE, resolve: Value::UNDEFINED, reject: Value::UNDEFINED };
    add_reaction(p, r);
}

/// NewPromiseCapability(C): for the built-in constructor, a fresh promise and its
/// resolving functions; for subclasses, through `new C(executor)`.
pub fn new_capability(c: Value) -> JsResult<(Value, Value, Value)> {
    if c == realm().promise_constructor {
        let p = new_promise();
        let (res, rej) = resolving_functions(p);
        return Ok((p, res, rej));
    }
    if !function::is_constructor(c) {
        return Err(error::throw_type_error(&format!("{} is not a constructor", crate::conv::display_string(c))));
    }
    let record = object::new_array(vec![Value::UNDEFINED, Value::UNDEFINED]);
    let executor = function::native_with_data("", 2, capability_executor, record);
    let p = function::construct(c, &[executor], c)?;
    let r = unsafe { &*record.as_object() };
    let (res, rej) = (r.elements[0], r.elements[1]);
    if !function::is_callable(res) || !function::is_callable(rej) {
        return Err(error::throw_type_error("Promise resolve or reject function is not callable"));
    }
    Ok((p, res, rej))
}

fn capability_executor(a: &CallArgs) -> JsResult<Value> {
    let record = function::data_of(a.callee);
    let r = unsafe { &mut *record.as_object() };
    if !r.elements[0].is_undefined() || !r.elements[1].is_undefined() {
        return Err(error::throw_type_error("Promise executor has already been invoked with non-undefined arguments"));
    }
    r.elements[0] = a.arg(0);
    r.elements[1] = a.arg(1);
    Ok(Value::UNDEFINED)
}

/// PromiseResolve(%Promise%, v): `v` itself if it is a built-in promise.
pub fn promise_resolve(v: Value) -> JsResult<Value> {
    if is_promise(v) {
        let ctor = object::get(v, Key::Name(atoms::common().constructor), v)?;
        if ctor == realm().promise_constructor {
            return Ok(v);
        }
    }
    let p = new_promise();
    resolve(p, v)?;
    Ok(p)
}

// ----- JS-visible API -----

pub fn install() {
    let r = realm();
    r.promise_prototype = object::new_plain();
    let proto = r.promise_prototype;
    let c = constructor("Promise", 1, construct, proto);
    r.promise_constructor = c;
    method(proto, "then", 2, then);
    method(proto, "catch", 1, catch);
    method(proto, "finally", 1, finally);
    unsafe { (*proto.as_object()).define_named(r.sym_to_string_tag, crate::string::value_from_str("Promise"), CONFIGURABLE) };
    method(c, "resolve", 1, static_resolve);
    method(c, "reject", 1, static_reject);
    method(c, "withResolvers", 0, with_resolvers);
    method(c, "all", 1, all);
    method(c, "allSettled", 1, all_settled);
    method(c, "any", 1, any);
    method(c, "race", 1, race);
    method(c, "try", 1, try_);
    let species_getter = function::native("get [Symbol.species]", 0, species_get, 0);
    object::define_accessor(unsafe { &mut *c.as_object() }, r.sym_species, species_getter, Value::UNDEFINED, CONFIGURABLE);
}

/// get Promise[Symbol.species].
fn species_get(a: &CallArgs) -> JsResult<Value> {
    Ok(a.this)
}

/// Promise.try(f, ...args) (ES2025): a promise for f's result, or rejected with what it threw.
fn try_(a: &CallArgs) -> JsResult<Value> {
    if !a.this.is_object() {
        return Err(error::throw_type_error("Promise.try called on non-object"));
    }
    let (p, res, rej) = new_capability(a.this)?;
    let args = a.args.get(1..).unwrap_or(&[]);
    match function::call(a.arg(0), Value::UNDEFINED, args) {
        Ok(v) => function::call(res, Value::UNDEFINED, &[v])?,
        Err(Thrown) => {
            let e = error::take_pending();
            function::call(rej, Value::UNDEFINED, &[e])?
        }
    };
    Ok(p)
}

fn construct(a: &CallArgs) -> JsResult<Value> {
    if a.new_target.is_undefined() {
        return Err(error::throw_type_error("Promise constructor cannot be invoked without 'new'"));
    }
    let executor = a.arg(0);
    if !function::is_callable(executor) {
        return Err(error::throw_type_error(&format!(
            "Promise resolver {} is not a function",
            crate::builtins::inspect::inspect(executor).unwrap_or_default()
        )));
    }
    let proto = function::get_prototype_from_constructor(a.new_target, realm().promise_prototype)?;
    let p = new_promise_with_proto(proto);
    let (res, rej) = resolving_functions(p);
    if function::call(executor, Value::UNDEFINED, &[res, rej]).is_err() {
        let e = error::take_pending();
        function::call(rej, Value::UNDEFINED, &[e])?;
    }
    Ok(p)
}

fn this_promise(v: Value, name: &str) -> JsResult<Value> {
    if is_promise(v) {
        Ok(v)
    } else {
        Err(error::throw_type_error(&format!(
            "Method Promise.prototype.{name} called on incompatible receiver {}",
            crate::conv::display_string(v)
        )))
    }
}

/// SpeciesConstructor(p, %Promise%) without Symbol.species lookups beyond `constructor`.
fn species(p: Value) -> JsResult<Value> {
    let c = object::get(p, Key::Name(atoms::common().constructor), p)?;
    if c.is_undefined() {
        return Ok(realm().promise_constructor);
    }
    if !c.is_object() {
        return Err(error::throw_type_error("The .constructor property is not an object"));
    }
    let s = object::get(c, Key::Name(realm().sym_species), c)?;
    if s.is_nullish() {
        return Ok(realm().promise_constructor);
    }
    if function::is_constructor(s) {
        return Ok(s);
    }
    Err(error::throw_type_error("object.constructor[Symbol.species] is not a constructor"))
}

fn then(a: &CallArgs) -> JsResult<Value> {
    let p = this_promise(a.this, "then")?;
    let c = species(p)?;
    if c == realm().promise_constructor {
        // The derived promise is a built-in one nobody else can resolve: its reaction
        // settles it directly (null resolve/reject), without resolving functions.
        let derived = new_promise();
        perform_then(p, a.arg(0), a.arg(1), Some((derived, Value::NULL, Value::NULL)));
        return Ok(derived);
    }
    let cap = new_capability(c)?;
    perform_then(p, a.arg(0), a.arg(1), Some(cap));
    Ok(cap.0)
}

fn invoke_then(p: Value, on_f: Value, on_r: Value) -> JsResult<Value> {
    invoke_then_args(p, &[on_f, on_r])
}

/// Invoke(p, "then", args).
fn invoke_then_args(p: Value, args: &[Value]) -> JsResult<Value> {
    let then = object::get_value(p, Key::Name(atoms::intern_str("then")))?;
    function::call(then, p, args)
}

fn catch(a: &CallArgs) -> JsResult<Value> {
    invoke_then(a.this, Value::UNDEFINED, a.arg(0))
}

fn finally(a: &CallArgs) -> JsResult<Value> {
    let p = a.this;
    if !p.is_object() {
        return Err(error::throw_type_error("Promise.prototype.finally called on a non-object"));
    }
    let on_finally = a.arg(0);
    let c = species(p)?;
    if !function::is_callable(on_finally) {
        return invoke_then(p, on_finally, on_finally);
    }
    let data = object::new_array(vec![on_finally, c]);
    let then_finally = function::native_with_data("", 1, then_finally, data);
    let catch_finally = function::native_with_data("", 1, catch_finally, data);
    invoke_then(p, then_finally, catch_finally)
}

fn finally_data(f: Value) -> (Value, Value) {
    let d = unsafe { &*function::data_of(f).as_object() };
    (d.elements[0], d.elements[1])
}

fn then_finally(a: &CallArgs) -> JsResult<Value> {
    let (on_finally, c) = finally_data(a.callee);
    let result = function::call(on_finally, Value::UNDEFINED, &[])?;
    let p = promise_resolve_with(c, result)?;
    let value_thunk = function::native_with_data("", 0, return_data, a.arg(0));
    invoke_then_args(p, &[value_thunk])
}

fn catch_finally(a: &CallArgs) -> JsResult<Value> {
    let (on_finally, c) = finally_data(a.callee);
    let result = function::call(on_finally, Value::UNDEFINED, &[])?;
    let p = promise_resolve_with(c, result)?;
    let thrower = function::native_with_data("", 0, throw_data, a.arg(0));
    invoke_then_args(p, &[thrower])
}

fn return_data(a: &CallArgs) -> JsResult<Value> {
    Ok(function::data_of(a.callee))
}

fn throw_data(a: &CallArgs) -> JsResult<Value> {
    Err(error::throw(function::data_of(a.callee)))
}

fn promise_resolve_with(c: Value, v: Value) -> JsResult<Value> {
    if c == realm().promise_constructor {
        return promise_resolve(v);
    }
    if is_promise(v) {
        let vc = object::get(v, Key::Name(atoms::common().constructor), v)?;
        if vc == c {
            return Ok(v);
        }
    }
    let (p, res, _) = new_capability(c)?;
    function::call(res, Value::UNDEFINED, &[v])?;
    Ok(p)
}

fn static_resolve(a: &CallArgs) -> JsResult<Value> {
    if !a.this.is_object() {
        return Err(error::throw_type_error("PromiseResolve called on non-object"));
    }
    promise_resolve_with(a.this, a.arg(0))
}

fn static_reject(a: &CallArgs) -> JsResult<Value> {
    let (p, _, rej) = new_capability(a.this)?;
    function::call(rej, Value::UNDEFINED, &[a.arg(0)])?;
    Ok(p)
}

fn with_resolvers(a: &CallArgs) -> JsResult<Value> {
    let (p, res, rej) = new_capability(a.this)?;
    let o = object::new_plain();
    let obj = unsafe { &mut *o.as_object() };
    obj.define_named(atoms::intern_str("promise"), p, DEFAULT);
    obj.define_named(atoms::intern_str("resolve"), res, DEFAULT);
    obj.define_named(atoms::intern_str("reject"), rej, DEFAULT);
    Ok(o)
}

// ----- combinators -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

/// The shared shape of all/allSettled/any/race: iterate, resolve each item through
/// `C.resolve`, attach element functions, settle when the count says so.
fn combinator(a: &CallArgs, kind: Combinator) -> JsResult<Value> {
    let c = a.this;
    let (p, res, rej) = new_capability(c)?;
    let mut iterator = Value::UNDEFINED;
    let result = (|| -> JsResult<Value> {
        // GetPromiseResolve, then GetIterator.
        let resolve_fn = object::get(c, Key::Name(atoms::intern_str("resolve")), c)?;
        if !function::is_callable(resolve_fn) {
            return Err(error::throw_type_error("Promise resolve or reject function is not callable"));
        }
        let it = crate::props::kiln_iter_init(a.arg(0));
        if it.is_exception() {
            return Err(Thrown);
        }
        iterator = it;
        // State shared by the element functions: [values array, remaining count, resolve, reject].
        let values = object::new_array(Vec::new());
        let state = object::new_array(vec![values, Value::int(1), res, rej]);
        let mut index = 0usize;
        loop {
            let v = crate::props::kiln_iter_next(it);
            if v.is_exception() {
                return Err(Thrown);
            }
            if v == Value::HOLE {
                break;
            }
            unsafe { (*values.as_object()).elements.push(Value::UNDEFINED) };
            let next = function::call(resolve_fn, c, &[v])?;
            let (on_f, on_r) = match kind {
                Combinator::Race => (res, rej),
                Combinator::All => (element_fn(state, index, element_all), rej),
                Combinator::AllSettled => {
                    (element_fn(state, index, element_settled_fulfilled), element_fn(state, index, element_settled_rejected))
                }
                Combinator::Any => (res, element_fn(state, index, element_any)),
            };
            if kind != Combinator::Race {
                let s = unsafe { &mut *state.as_object() };
                s.elements[1] = Value::int(s.elements[1].as_int() + 1);
            }
            invoke_then(next, on_f, on_r)?;
            index += 1;
        }
        if kind != Combinator::Race {
            finish_one(state, kind)?;
        }
        Ok(p)
    })();
    match result {
        Ok(p) => Ok(p),
        Err(Thrown) => {
            // An error from the iterator itself marked it done; any other closes it.
            if iterator.is_object() {
                crate::props::kiln_iter_close(iterator, 1);
            }
            let e = error::take_pending();
            function::call(rej, Value::UNDEFINED, &[e])?;
            Ok(p)
        }
    }
}

/// An element function with data [state, index, already-called].
fn element_fn(state: Value, index: usize, f: function::NativeFn) -> Value {
    let data = object::new_array(vec![state, Value::int(index as i32), Value::FALSE]);
    function::native_with_data("", 1, f, data)
}

fn element_data(f: Value) -> Option<(Value, usize)> {
    let d = unsafe { &mut *function::data_of(f).as_object() };
    if d.elements[2] == Value::TRUE {
        return None;
    }
    d.elements[2] = Value::TRUE;
    Some((d.elements[0], d.elements[1].as_int() as usize))
}

/// One fewer pending element; at zero, settle the combined promise.
fn finish_one(state: Value, kind: Combinator) -> JsResult<()> {
    let s = unsafe { &mut *state.as_object() };
    let left = s.elements[1].as_int() - 1;
    s.elements[1] = Value::int(left);
    if left == 0 {
        let values = s.elements[0];
        if kind == Combinator::Any {
            let e = error::new_error_with_proto(realm().aggregate_error_prototype, Some(crate::string::value_from_str("All promises were rejected")));
            unsafe { (*e.as_object()).define_named(atoms::intern_str("errors"), values, crate::shape::WRITABLE | CONFIGURABLE) };
            function::call(s.elements[3], Value::UNDEFINED, &[e])?;
        } else {
            function::call(s.elements[2], Value::UNDEFINED, &[values])?;
        }
    }
    Ok(())
}

fn store(state: Value, index: usize, v: Value) {
    let values = unsafe { (&(*state.as_object()).elements)[0] };
    unsafe { (&mut (*values.as_object()).elements)[index] = v };
}

fn element_all(a: &CallArgs) -> JsResult<Value> {
    if let Some((state, i)) = element_data(a.callee) {
        store(state, i, a.arg(0));
        finish_one(state, Combinator::All)?;
    }
    Ok(Value::UNDEFINED)
}

fn settled_record(status: &str, key: &str, v: Value) -> Value {
    let o = object::new_plain();
    let obj = unsafe { &mut *o.as_object() };
    obj.define_named(atoms::intern_str("status"), crate::string::value_from_str(status), DEFAULT);
    obj.define_named(atoms::intern_str(key), v, DEFAULT);
    o
}

fn element_settled_fulfilled(a: &CallArgs) -> JsResult<Value> {
    if let Some((state, i)) = element_data(a.callee) {
        store(state, i, settled_record("fulfilled", "value", a.arg(0)));
        finish_one(state, Combinator::AllSettled)?;
    }
    Ok(Value::UNDEFINED)
}

fn element_settled_rejected(a: &CallArgs) -> JsResult<Value> {
    if let Some((state, i)) = element_data(a.callee) {
        store(state, i, settled_record("rejected", "reason", a.arg(0)));
        finish_one(state, Combinator::AllSettled)?;
    }
    Ok(Value::UNDEFINED)
}

fn element_any(a: &CallArgs) -> JsResult<Value> {
    if let Some((state, i)) = element_data(a.callee) {
        store(state, i, a.arg(0));
        finish_one(state, Combinator::Any)?;
    }
    Ok(Value::UNDEFINED)
}

fn all(a: &CallArgs) -> JsResult<Value> {
    combinator(a, Combinator::All)
}
fn all_settled(a: &CallArgs) -> JsResult<Value> {
    combinator(a, Combinator::AllSettled)
}
fn any(a: &CallArgs) -> JsResult<Value> {
    combinator(a, Combinator::Any)
}
fn race(a: &CallArgs) -> JsResult<Value> {
    combinator(a, Combinator::Race)
}

#[allow(dead_code)]
fn _k(_: Key) {}
