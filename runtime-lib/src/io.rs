//! Rust operations that finish on the JS thread: the event loop's I/O phase. An operation is
//! a future run by a current-thread tokio runtime (on a LocalSet, so it need not be `Send`)
//! while the loop waits between turns; its output is a completion that runs on the JS thread
//! in the loop's poll phase (after timers, before immediates, as node orders them). The JS
//! values an operation needs are its entry in the handle table: a GC root until its
//! completion has run, then released. A referenced operation keeps the process alive, as
//! node's active handles and requests do. The runtime is made on the first operation, so a
//! program that does no I/O never starts it.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::rc::Rc;
use std::time::Duration;

use crate::builtins::promise;
use crate::error::{self, JsResult, Thrown};
use crate::gc::Tracer;
use crate::value::Value;

/// What runs on the JS thread when an operation is done, given the operation's handles.
pub type Completion = Box<dyn FnOnce(&[Value]) -> JsResult<()>>;

struct Io {
    rt: tokio::runtime::Runtime,
    local: tokio::task::LocalSet,
    /// Operation id → (its handles, whether it keeps the process alive).
    ops: HashMap<u64, (Vec<Value>, bool)>,
    next_id: u64,
    done: Rc<RefCell<VecDeque<(u64, Completion)>>>,
    wake: Rc<tokio::sync::Notify>,
}

struct Global(std::cell::UnsafeCell<Option<Io>>);
unsafe impl Sync for Global {}
static IO: Global = Global(std::cell::UnsafeCell::new(None));

fn existing() -> Option<&'static mut Io> {
    unsafe { (*IO.0.get()).as_mut() }
}

fn io() -> &'static mut Io {
    unsafe {
        (*IO.0.get()).get_or_insert_with(|| Io {
            rt: tokio::runtime::Builder::new_current_thread().enable_time().build().expect("the I/O runtime starts"),
            local: tokio::task::LocalSet::new(),
            ops: HashMap::new(),
            next_id: 1,
            done: Rc::new(RefCell::new(VecDeque::new())),
            wake: Rc::new(tokio::sync::Notify::new()),
        })
    }
}

/// Starts operation `op`; `handles` stay alive until its completion has run. Returns its id.
pub fn start<F>(handles: Vec<Value>, refed: bool, op: F) -> u64
where
    F: Future<Output = Completion> + 'static,
{
    let io = io();
    let id = io.next_id;
    io.next_id += 1;
    io.ops.insert(id, (handles, refed));
    let (done, wake) = (io.done.clone(), io.wake.clone());
    io.local.spawn_local(async move {
        let completion = op.await;
        done.borrow_mut().push_back((id, completion));
        wake.notify_one();
    });
    id
}

/// A promise settled by a Rust operation: `settle` turns the operation's output into the
/// fulfillment value (or throws, which rejects the promise) on the JS thread.
pub fn promise<F, T>(refed: bool, op: F, settle: fn(T) -> JsResult<Value>) -> Value
where
    F: Future<Output = T> + 'static,
    T: 'static,
{
    let p = promise::new_promise();
    start(vec![p], refed, async move {
        let out = op.await;
        Box::new(move |h: &[Value]| {
            match settle(out) {
                Ok(v) => promise::resolve(h[0], v)?,
                Err(Thrown) => promise::reject(h[0], error::take_pending()),
            }
            Ok(())
        }) as Completion
    });
    p
}

/// Whether an unfinished operation keeps the process alive.
pub fn has_refed() -> bool {
    existing().is_some_and(|io| io.ops.values().any(|(_, refed)| *refed))
}

/// Whether any operation is unfinished (referenced or not).
pub fn has_pending() -> bool {
    existing().is_some_and(|io| !io.ops.is_empty())
}

/// The loop's wait between turns: lets operations progress for up to `timeout` (`None`: until
/// one completes), returning early when one does.
pub fn wait(timeout: Option<Duration>) {
    let Some(io) = existing() else {
        if let Some(t) = timeout {
            std::thread::sleep(t);
        }
        return;
    };
    if !io.done.borrow().is_empty() {
        return;
    }
    let wake = io.wake.clone();
    io.local.block_on(&io.rt, async move {
        match timeout {
            Some(t) => {
                let _ = tokio::time::timeout(t, wake.notified()).await;
            }
            None => wake.notified().await,
        }
    });
}

/// The poll phase: runs the completions that are ready, each followed by the microtask
/// checkpoint. An exception from one is uncaught, as from any callback.
pub fn run_completions() {
    let Some(io) = existing() else { return };
    loop {
        let next = io.done.borrow_mut().pop_front();
        let Some((id, completion)) = next else { break };
        // The entry stays in the table (rooted) while the completion runs.
        let handles = io.ops.get(&id).map(|e| e.0.clone()).unwrap_or_default();
        let r = completion(&handles);
        io.ops.remove(&id);
        if let Err(Thrown) = r {
            crate::start::uncaught(error::take_pending());
        }
        crate::event_loop::drain_microtasks();
    }
}

pub fn trace(t: &mut Tracer) {
    if let Some(io) = existing() {
        for (handles, _) in io.ops.values() {
            for &v in handles {
                t.value(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(p: Value) -> (bool, Value) {
        let pr = unsafe { &*(p.as_object() as *const promise::PromiseObject) };
        (pr.state == promise::State::Fulfilled, pr.result)
    }

    #[test]
    fn operations_complete_on_the_js_thread_and_keep_the_loop_alive() {
        let _rt = crate::start::init_for_tests();
        // A referenced operation: the loop waits for it, then its completion settles the promise.
        let p = promise(true, async { tokio::time::sleep(Duration::from_millis(20)).await; 42 }, |v| Ok(Value::int(v)));
        let q = promise(true, async { 7 }, |v| Ok(Value::int(v)));
        assert!(has_refed());
        crate::event_loop::run();
        assert_eq!(state(p), (true, Value::int(42)));
        assert_eq!(state(q), (true, Value::int(7)));
        assert!(!has_pending(), "the handle table is empty once the completions ran");
        // An unreferenced one does not keep the process alive: the loop returns without it.
        let u = promise(false, async { tokio::time::sleep(Duration::from_secs(3600)).await; 0 }, |v| Ok(Value::int(v)));
        crate::event_loop::run();
        assert!(!state(u).0);
        assert!(has_pending() && !has_refed());
    }
}
