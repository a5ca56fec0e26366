//! The event loop: the process.nextTick queue, the promise job (microtask) queue, timers,
//! immediates, and unhandled-rejection tracking, run in node's order:
//!
//! 1. after the main module and after every callback, the nextTick queue is drained, then
//!    promise jobs, repeatedly until both are empty; then unhandled rejections are reported;
//! 2. each loop turn runs the expired timers (earliest deadline first, then creation order),
//!    then the immediates queued before the turn (the check phase);
//! 3. between timers and immediates, the completions of Rust I/O operations run (`io.rs`,
//!    the poll phase); the wait between turns lets those operations progress;
//! 4. the process stays alive while a referenced timer, an immediate or a referenced I/O
//!    operation is pending.
//!
//! Rust-side queues hold JS values; `trace` visits them (they are GC roots).

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use crate::error::{self, Thrown};
use crate::function;
use crate::gc::Tracer;
use crate::object::{self, Class, Object};
use crate::realm::realm;
use crate::value::Value;

/// A queued job.
pub enum Job {
    /// PromiseReactionJob: run a handler (or pass the argument through) and settle the
    /// derived promise's capability (if there is one).
    Reaction { handler: Value, promise: Value, resolve: Value, reject: Value, argument: Value, rejected: bool },
    /// PromiseResolveThenableJob.
    ResolveThenable { promise: Value, thenable: Value, then: Value },
    /// queueMicrotask / process.nextTick: a function and its arguments (an array).
    Callback { func: Value, args: Value },
}

impl Job {
    fn trace(&self, t: &mut Tracer) {
        match self {
            Job::Reaction { handler, promise, resolve, reject, argument, .. } => {
                for v in [handler, promise, resolve, reject, argument] {
                    t.value(*v);
                }
            }
            Job::ResolveThenable { promise, thenable, then } => {
                for v in [promise, thenable, then] {
                    t.value(*v);
                }
            }
            Job::Callback { func, args } => {
                t.value(*func);
                t.value(*args);
            }
        }
    }
}

/// A Timeout or Immediate handle.
#[repr(C)]
pub struct TimerObject {
    pub base: Object,
    pub callback: Value,
    /// Extra arguments for the callback (an array) or `undefined`.
    pub args: Value,
    pub id: u32,
    pub immediate: bool,
    pub refed: bool,
    pub active: bool,
    /// Milliseconds between runs of an interval, or 0.
    pub repeat: u64,
    pub delay: u64,
    /// The key under which the timer waits in `Loop::timers`.
    pub deadline: u64,
    pub seq: u64,
}

pub unsafe fn trace_timer(o: *mut Object, t: &mut Tracer) {
    let tm = &*(o as *const TimerObject);
    t.value(tm.callback);
    t.value(tm.args);
}

struct Loop {
    ticks: VecDeque<Job>,
    microtasks: VecDeque<Job>,
    timers: BTreeMap<(u64, u64), Value>,
    immediates: VecDeque<Value>,
    rejections: Vec<Value>,
    start: Instant,
    seq: u64,
    next_id: u32,
}

struct Global(std::cell::UnsafeCell<Option<Loop>>);
unsafe impl Sync for Global {}
static LOOP: Global = Global(std::cell::UnsafeCell::new(None));

fn lp() -> &'static mut Loop {
    unsafe {
        (*LOOP.0.get()).get_or_insert_with(|| Loop {
            ticks: VecDeque::new(),
            microtasks: VecDeque::new(),
            timers: BTreeMap::new(),
            immediates: VecDeque::new(),
            rejections: Vec::new(),
            start: Instant::now(),
            seq: 0,
            next_id: 1,
        })
    }
}

pub fn trace(t: &mut Tracer) {
    let Some(l) = (unsafe { (*LOOP.0.get()).as_ref() }) else { return };
    for j in l.ticks.iter().chain(l.microtasks.iter()) {
        j.trace(t);
    }
    for &v in l.timers.values().chain(l.immediates.iter()).chain(l.rejections.iter()) {
        t.value(v);
    }
}

pub fn enqueue(job: Job) {
    lp().microtasks.push_back(job);
}

pub fn enqueue_tick(job: Job) {
    lp().ticks.push_back(job);
}

pub fn track_rejection(p: Value) {
    lp().rejections.push(p);
}

pub fn untrack_rejection(p: Value) {
    lp().rejections.retain(|&x| x != p);
}

fn now_ms() -> u64 {
    lp().start.elapsed().as_millis() as u64
}

// ----- timers -----

pub fn new_timer(callback: Value, args: Value, delay: u64, repeat: bool, immediate: bool) -> Value {
    let proto = if immediate { realm().immediate_prototype } else { realm().timeout_prototype };
    let o = object::alloc(std::mem::size_of::<TimerObject>(), Class::Timer, proto) as *mut TimerObject;
    let l = lp();
    unsafe {
        (*o).callback = callback;
        (*o).args = args;
        (*o).id = l.next_id;
        (*o).immediate = immediate;
        (*o).refed = true;
        (*o).active = true;
        (*o).delay = delay;
        (*o).repeat = if repeat { delay } else { 0 };
    }
    l.next_id += 1;
    let v = Value::object(o as *mut Object);
    if immediate {
        l.immediates.push_back(v);
    } else {
        schedule(v, delay);
    }
    v
}

pub fn timer(v: Value) -> &'static mut TimerObject {
    unsafe { &mut *(v.as_object() as *mut TimerObject) }
}

fn schedule(v: Value, delay: u64) {
    let l = lp();
    let t = timer(v);
    l.seq += 1;
    t.deadline = now_ms() + delay;
    t.seq = l.seq;
    l.timers.insert((t.deadline, t.seq), v);
}

pub fn clear(v: Value) {
    let t = timer(v);
    if !t.active {
        return;
    }
    t.active = false;
    let l = lp();
    if t.immediate {
        l.immediates.retain(|&x| x != v);
    } else {
        l.timers.remove(&(t.deadline, t.seq));
    }
}

/// Timeout.prototype.refresh: restart the countdown.
pub fn refresh(v: Value) {
    let t = timer(v);
    if !t.active || t.immediate {
        return;
    }
    lp().timers.remove(&(t.deadline, t.seq));
    let delay = t.delay;
    schedule(v, delay);
}

// ----- running -----

/// Calls a callback; an exception it throws is uncaught: report it and exit, as node does.
fn call_or_die(f: Value, this: Value, args: &[Value]) {
    if function::call(f, this, args).is_err() {
        die_uncaught(error::take_pending());
    }
}

fn die_uncaught(e: Value) {
    crate::start::uncaught(e);
}

fn run_job(job: Job) {
    match job {
        Job::Reaction { handler, promise, resolve, reject, argument, rejected } => {
            if promise == Value::HOLE {
                // An await: resume the suspended function with the outcome.
                return crate::generator::resume_awaiting(handler, argument, rejected);
            }
            let outcome = if handler.is_undefined() {
                if rejected { Err(argument) } else { Ok(argument) }
            } else {
                match function::call(handler, Value::UNDEFINED, &[argument]) {
                    Ok(v) => Ok(v),
                    Err(Thrown) => Err(error::take_pending()),
                }
            };
            if resolve.is_null() {
                // A built-in derived promise (`then` on %Promise%): settle it directly.
                match outcome {
                    Ok(v) => {
                        let _ = crate::builtins::promise::resolve(promise, v);
                    }
                    Err(e) => crate::builtins::promise::reject(promise, e),
                }
                return;
            }
            if resolve.is_undefined() {
                // An await continuation: it handles its own outcomes.
                if let Err(e) = outcome {
                    if !handler.is_undefined() {
                        die_uncaught(e);
                    }
                }
                return;
            }
            match outcome {
                Ok(v) => call_or_die(resolve, Value::UNDEFINED, &[v]),
                Err(e) => call_or_die(reject, Value::UNDEFINED, &[e]),
            }
        }
        Job::ResolveThenable { promise, thenable, then } => {
            let (res, rej) = crate::builtins::promise::resolving_functions(promise);
            if function::call(then, thenable, &[res, rej]).is_err() {
                let e = error::take_pending();
                call_or_die(rej, Value::UNDEFINED, &[e]);
            }
        }
        Job::Callback { func, args } => {
            let list = if args.is_object() { unsafe { (*args.as_object()).elements.clone() } } else { Vec::new() };
            // `args` stays reachable: it is still on this frame while the copy is used.
            call_or_die(func, Value::UNDEFINED, &list);
            let _ = args;
        }
    }
}

/// Runs the nextTick queue, then promise jobs, until both are empty; then reports the first
/// promise rejected without a handler (node's default: print it and exit with code 1).
pub fn drain_microtasks() {
    loop {
        if let Some(j) = lp().ticks.pop_front() {
            run_job(j);
            continue;
        }
        if let Some(j) = lp().microtasks.pop_front() {
            run_job(j);
            continue;
        }
        break;
    }
    let pending = std::mem::take(&mut lp().rejections);
    // The list lives on in an array object while listeners run (they may allocate).
    let holder = object::new_array(pending);
    let n = unsafe { (*holder.as_object()).elements.len() };
    for i in 0..n {
        let p = unsafe { (&(*holder.as_object()).elements)[i] };
        let pr = unsafe { &*(p.as_object() as *const crate::builtins::promise::PromiseObject) };
        if pr.handled {
            continue;
        }
        if crate::builtins::process::has_listeners("unhandledRejection") {
            if crate::builtins::process::emit("unhandledRejection", &[pr.result, p]).is_err() {
                die_uncaught(error::take_pending());
            }
            continue;
        }
        crate::start::report_unhandled_rejection(pr.result);
        crate::start::exit(1);
    }
    if n > 0 && !lp().ticks.is_empty() || !lp().microtasks.is_empty() {
        drain_microtasks();
    }
}

fn alive() -> bool {
    let l = lp();
    l.immediates.iter().any(|&v| timer(v).refed) || l.timers.values().any(|&v| timer(v).refed) || crate::io::has_refed()
}

fn run_timers() {
    loop {
        let now = now_ms();
        let due = lp().timers.first_key_value().filter(|(k, _)| k.0 <= now).map(|(k, v)| (*k, *v));
        let Some((key, v)) = due else { return };
        lp().timers.remove(&key);
        let t = timer(v);
        if t.repeat > 0 {
            let r = t.repeat;
            schedule(v, r);
        } else {
            t.active = false;
        }
        let (cb, args) = (t.callback, t.args);
        let list = if args.is_object() { unsafe { (*args.as_object()).elements.clone() } } else { Vec::new() };
        call_or_die(cb, v, &list);
        drain_microtasks();
    }
}

fn run_immediates() {
    let batch: Vec<Value> = lp().immediates.drain(..).collect();
    // Immediates queued while these run wait for the next turn. The batch is referenced from
    // this frame's vector only, so root it through a temporary array object.
    let holder = object::new_array(batch);
    let n = unsafe { (*holder.as_object()).elements.len() };
    for i in 0..n {
        let v = unsafe { (&(*holder.as_object()).elements)[i] };
        let t = timer(v);
        if !t.active {
            continue;
        }
        t.active = false;
        let (cb, args) = (t.callback, t.args);
        let list = if args.is_object() { unsafe { (*args.as_object()).elements.clone() } } else { Vec::new() };
        call_or_die(cb, v, &list);
        drain_microtasks();
    }
}

/// The wait between turns: until the next timer is due or an I/O operation completes
/// (`io.rs`), not at all while immediates are queued.
fn wait_for_next_timer() {
    if !lp().immediates.is_empty() {
        return;
    }
    let next = lp().timers.first_key_value().map(|(k, _)| k.0);
    match next {
        Some(deadline) => {
            let now = now_ms();
            if deadline > now {
                crate::stdio::flush();
                crate::io::wait(Some(Duration::from_millis(deadline - now)));
            }
        }
        None if crate::io::has_pending() => {
            crate::stdio::flush();
            crate::io::wait(None);
        }
        None => {}
    }
}

/// Runs the loop after the main module until nothing keeps the process alive; then
/// 'beforeExit' listeners may schedule more work, which runs the loop again.
pub fn run() {
    loop {
        drain_microtasks();
        while alive() {
            run_timers();
            crate::io::run_completions();
            run_immediates();
            if !alive() {
                break;
            }
            wait_for_next_timer();
        }
        if !crate::builtins::process::has_listeners("beforeExit") {
            return;
        }
        let code = Value::int(crate::builtins::process::exit_code());
        if crate::builtins::process::emit("beforeExit", &[code]).is_err() {
            die_uncaught(error::take_pending());
        }
        drain_microtasks();
        if !alive() {
            return;
        }
    }
}
