//! Exceptions: the pending-exception slot behind the `EXCEPTION` sentinel, `JsResult` for
//! Rust code, and helpers that create and throw the standard error objects.

use crate::atoms;
use crate::object::{self, Class, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

/// "An exception is pending": the thrown value is in the pending slot.
#[derive(Debug)]
pub struct Thrown;

pub type JsResult<T> = Result<T, Thrown>;

struct Slot(std::cell::UnsafeCell<Value>);
unsafe impl Sync for Slot {}
static PENDING: Slot = Slot(std::cell::UnsafeCell::new(Value::UNDEFINED));

pub fn throw(v: Value) -> Thrown {
    unsafe { *PENDING.0.get() = v };
    Thrown
}

pub fn take_pending() -> Value {
    unsafe { std::mem::replace(&mut *PENDING.0.get(), Value::UNDEFINED) }
}

pub fn pending() -> Value {
    unsafe { *PENDING.0.get() }
}

#[derive(Clone, Copy)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    UriError,
}

impl ErrorKind {
    pub fn prototype(self) -> Value {
        let r = realm();
        match self {
            ErrorKind::Error => r.error_prototype,
            ErrorKind::TypeError => r.type_error_prototype,
            ErrorKind::RangeError => r.range_error_prototype,
            ErrorKind::ReferenceError => r.reference_error_prototype,
            ErrorKind::SyntaxError => r.syntax_error_prototype,
            ErrorKind::EvalError => r.eval_error_prototype,
            ErrorKind::UriError => r.uri_error_prototype,
        }
    }
}

/// A new error object with `proto`, its `stack` and (if given) `message` own properties.
pub fn new_error_with_proto(proto: Value, message: Option<Value>) -> Value {
    let o = object::alloc(std::mem::size_of::<Object>(), Class::Error, proto);
    let e = Value::object(o);
    let c = atoms::common();
    let obj = unsafe { &mut *o };
    // V8 defines `stack` first; its value is filled in below, once `message` is known.
    obj.define_named(c.stack, Value::UNDEFINED, WRITABLE | CONFIGURABLE);
    if let Some(m) = message {
        obj.define_named(c.message, m, WRITABLE | CONFIGURABLE);
    }
    let stack = crate::builtins::error::error_to_string(e).unwrap_or(Value::string(string::from_str("Error")));
    obj.define_named(c.stack, stack, WRITABLE | CONFIGURABLE);
    e
}

pub fn new_error(kind: ErrorKind, msg: &str) -> Value {
    new_error_with_proto(kind.prototype(), Some(Value::string(string::from_str(msg))))
}

pub fn throw_error(kind: ErrorKind, msg: &str) -> Thrown {
    throw(new_error(kind, msg))
}

pub fn throw_type_error(msg: &str) -> Thrown {
    throw_error(ErrorKind::TypeError, msg)
}

/// A Node.js API error: `code` (e.g. ERR_INVALID_ARG_TYPE) is an own property, and the
/// stack's first line reads `TypeError [ERR_INVALID_ARG_TYPE]: message`, as node shows it.
pub fn new_node_error(kind: ErrorKind, code: &str, msg: &str) -> Value {
    let e = new_error(kind, msg);
    let obj = unsafe { &mut *e.as_object() };
    let name = crate::builtins::error::error_to_string(e).map(|s| string::to_rust(s.as_string())).unwrap_or_default();
    let head = name.split_once(": ").map(|(n, _)| n.to_string()).unwrap_or(name);
    let stack = format!("{head} [{code}]: {msg}");
    obj.define_named(atoms::common().stack, Value::string(string::from_str(&stack)), WRITABLE | CONFIGURABLE);
    obj.define_named(atoms::intern_str("code"), Value::string(string::from_str(code)), crate::shape::DEFAULT);
    e
}

/// node's ERR_INVALID_ARG_TYPE for argument `what` ("The \"delay\" argument" or "The
/// \"options.ref\" property"), which must be of `expected` type.
pub fn throw_invalid_arg_type(what: &str, expected: &str, received: Value) -> Thrown {
    let msg = format!("{what} must be of type {expected}. Received {}", describe_received(received));
    throw(new_node_error(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", &msg))
}

/// How node's argument errors describe the value they got.
pub fn describe_received(v: Value) -> String {
    if v.is_nullish() {
        return crate::conv::display_string(v);
    }
    if crate::function::is_callable(v) {
        let n = crate::function::name_of(v);
        return if n.is_empty() { "function ".to_string() } else { format!("function {n}") };
    }
    if v.is_object() {
        let ctor = object::get(v, object::Key::Name(atoms::common().constructor), v).ok();
        return match ctor.filter(|c| crate::function::is_callable(*c)).map(crate::function::name_of) {
            Some(n) if !n.is_empty() => format!("an instance of {n}"),
            _ => crate::builtins::inspect::inspect(v).unwrap_or_default(),
        };
    }
    let shown = if v.is_string() && string::units(v.as_string()).len() > 28 {
        // A long string is cut to 25 characters before it is quoted.
        let cut: String = string::to_rust(v.as_string()).chars().take(25).collect();
        crate::builtins::inspect::inspect(Value::string(string::from_str(&format!("{cut}...")))).unwrap_or_default()
    } else {
        let shown = crate::builtins::inspect::inspect(v).unwrap_or_default();
        if shown.chars().count() > 28 { format!("{}...", shown.chars().take(25).collect::<String>()) } else { shown }
    };
    format!("type {} ({shown})", string::to_rust(crate::ops::type_of(v).as_string()))
}

pub fn throw_range_error(msg: &str) -> Thrown {
    throw_error(ErrorKind::RangeError, msg)
}

pub fn throw_reference_error(msg: &str) -> Thrown {
    throw_error(ErrorKind::ReferenceError, msg)
}

// ----- entry points -----

#[unsafe(no_mangle)]
pub extern "C" fn kiln_throw(v: Value) -> Value {
    throw(v);
    Value::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_take_exception() -> Value {
    take_pending()
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_throw_tdz(name: Value) -> Value {
    let name = string::to_rust(name.as_string());
    if name == "this" {
        throw_reference_error(
            "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
        );
        return Value::EXCEPTION;
    }
    throw_reference_error(&format!("Cannot access '{name}' before initialization"));
    Value::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_throw_const_assign(_name: Value) -> Value {
    throw_type_error("Assignment to constant variable.");
    Value::EXCEPTION
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_stack_overflow() -> Value {
    // Give the handler some room: the limit is lowered while the error is built.
    crate::start::with_stack_reserve(|| throw_range_error("Maximum call stack size exceeded"));
    Value::EXCEPTION
}
