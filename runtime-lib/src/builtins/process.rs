//! The `process` global: argv, exit, exitCode, env, platform, and its events ('exit',
//! 'beforeExit', 'uncaughtException', 'unhandledRejection') with on/once/off/emit.

use crate::builtins::{define, method};
use crate::conv;
use crate::error::JsResult;
use crate::function::CallArgs;
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string;
use crate::value::Value;

pub fn install() {
    let p = object::new_plain();
    let args = crate::start::args();
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| args.first().cloned().unwrap_or_default());
    // argv[1] is the script path under node; a compiled program is its own script. Each
    // string goes into the (reachable) array as soon as it exists.
    let argv = object::new_array(Vec::new());
    define(p, "argv", argv, DEFAULT);
    let names = [exe.as_str(), exe.as_str()].into_iter().chain(args.iter().skip(1).map(String::as_str));
    for a in names {
        let v = string::value_from_str(a);
        unsafe { (*argv.as_object()).elements.push(v) };
    }
    define(p, "execPath", string::value_from_str(&exe), DEFAULT);
    define(p, "platform", string::value_from_str(std::env::consts::OS), DEFAULT);
    define(p, "exitCode", Value::UNDEFINED, DEFAULT);
    let env = object::new_plain();
    for (k, v) in std::env::vars() {
        define(env, &k, string::value_from_str(&v), DEFAULT);
    }
    define(p, "env", env, DEFAULT);
    method(p, "exit", 1, exit);
    method(p, "on", 2, on);
    method(p, "addListener", 2, on);
    method(p, "once", 2, once);
    method(p, "off", 2, off);
    method(p, "removeListener", 2, off);
    method(p, "removeAllListeners", 1, remove_all);
    method(p, "emit", 1, emit_js);
    method(p, "listenerCount", 1, listener_count);
    // Listeners by event name: an object of arrays of [function, once] pairs.
    realm().process_events = object::new_plain();
    realm().process = p;
    define(realm().global, "process", p, WRITABLE | CONFIGURABLE);
}

/// The code to exit with when the program ends normally: `process.exitCode` or 0.
pub fn exit_code() -> i32 {
    let p = realm().process;
    match object::get(p, Key::Name(crate::atoms::intern_str("exitCode")), p) {
        Ok(v) if !v.is_undefined() => conv::to_int32(v).unwrap_or(0),
        _ => 0,
    }
}

/// The listener list for an event (an array of [function, once] pairs), created on demand.
fn listeners(event: Value, create: bool) -> JsResult<Option<Value>> {
    let events = realm().process_events;
    let k = conv::to_property_key(event)?;
    let list = object::get(events, k, events)?;
    if list.is_object() {
        return Ok(Some(list));
    }
    if !create {
        return Ok(None);
    }
    let list = object::new_array(Vec::new());
    unsafe { (*events.as_object()).define(k, list, DEFAULT)? };
    Ok(Some(list))
}

fn add(a: &CallArgs, once: bool) -> JsResult<Value> {
    let f = a.arg(1);
    if !crate::function::is_callable(f) {
        return Err(crate::error::throw_type_error(&format!(
            "The \"listener\" argument must be of type function. Received {}",
            crate::builtins::inspect::inspect(f).unwrap_or_default()
        )));
    }
    let list = listeners(a.arg(0), true)?.unwrap();
    let pair = object::new_array(vec![f, Value::bool(once)]);
    unsafe { (*list.as_object()).elements.push(pair) };
    Ok(a.this)
}

fn on(a: &CallArgs) -> JsResult<Value> {
    add(a, false)
}

fn once(a: &CallArgs) -> JsResult<Value> {
    add(a, true)
}

fn off(a: &CallArgs) -> JsResult<Value> {
    if let Some(list) = listeners(a.arg(0), false)? {
        let l = unsafe { &mut *list.as_object() };
        if let Some(i) = l.elements.iter().rposition(|&p| unsafe { (&(*p.as_object()).elements)[0] } == a.arg(1)) {
            l.elements.remove(i);
        }
    }
    Ok(a.this)
}

fn remove_all(a: &CallArgs) -> JsResult<Value> {
    if let Some(list) = listeners(a.arg(0), false)? {
        unsafe { (*list.as_object()).elements.clear() };
    }
    Ok(a.this)
}

fn listener_count(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::int(count(a.arg(0))? as i32))
}

fn count(event: Value) -> JsResult<usize> {
    Ok(listeners(event, false)?.map_or(0, |l| unsafe { (*l.as_object()).elements.len() }))
}

/// Whether `process` has listeners for `event` (by name).
pub fn has_listeners(event: &str) -> bool {
    count(crate::atoms::intern_str(event)).unwrap_or(0) > 0
}

/// Calls the listeners of `event` in order (removing `once` ones first); true if any ran.
pub fn emit(event: &str, args: &[Value]) -> JsResult<bool> {
    let Some(list) = listeners(crate::atoms::intern_str(event), false)? else { return Ok(false) };
    // A snapshot: listeners added while emitting wait for the next emit.
    let snapshot = unsafe { (*list.as_object()).elements.clone() };
    let holder = object::new_array(snapshot);
    let n = unsafe { (*holder.as_object()).elements.len() };
    for i in 0..n {
        let pair = unsafe { (&(*holder.as_object()).elements)[i] };
        let (f, is_once) = unsafe { ((&(*pair.as_object()).elements)[0], (&(*pair.as_object()).elements)[1]) };
        if is_once == Value::TRUE {
            let l = unsafe { &mut *list.as_object() };
            if let Some(j) = l.elements.iter().position(|&p| p == pair) {
                l.elements.remove(j);
            }
        }
        crate::function::call(f, realm().process, args)?;
    }
    Ok(n > 0)
}

fn emit_js(a: &CallArgs) -> JsResult<Value> {
    let name = conv::to_rust_string(a.arg(0))?;
    let rest = if a.args.len() > 1 { &a.args[1..] } else { &[] };
    Ok(Value::bool(emit(&name, rest)?))
}

fn exit(a: &CallArgs) -> JsResult<Value> {
    let code = if a.arg(0).is_undefined() { exit_code() } else { conv::to_int32(a.arg(0))? };
    crate::start::exit(code)
}
