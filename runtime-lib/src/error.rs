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
