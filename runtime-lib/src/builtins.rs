//! The ECMAScript and Node globals, one file per chapter or module under `builtins/`, and the
//! small vocabulary they are declared with (`method`, `getter`, `constructor`).

pub mod annex_b;
pub mod array;
pub mod array_from_async;
pub mod bigint;
pub mod boolean;
pub mod collections;
pub mod console;
pub mod date;
pub mod error;
pub mod function;
pub mod global;
pub mod inspect;
pub mod iterators;
pub mod json;
pub mod math;
pub mod modules;
pub mod number;
pub mod object;
pub mod process;
pub mod reflect;
pub mod regexp;
pub mod promise;
pub mod string;
pub mod symbol;
pub mod timers;
pub mod timers_promises;

use crate::atoms;
use crate::function::{self as func, NativeFn};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::value::Value;

/// Defines a builtin method: writable, configurable, not enumerable (as §18 specifies).
pub fn method(obj: Value, name: &str, length: u32, f: NativeFn) -> Value {
    let fv = func::native(name, length, f, 0);
    define(obj, name, fv, WRITABLE | CONFIGURABLE);
    fv
}

pub fn define(obj: Value, name: &str, v: Value, attrs: u8) {
    let key = atoms::intern_str(name);
    unsafe { (*obj.as_object()).define_named(key, v, attrs) };
}

/// A constructor `name` whose `prototype` is `proto`, linked both ways, installed as a global.
pub fn constructor(name: &str, length: u32, f: NativeFn, proto: Value) -> Value {
    let c = func::native(name, length, f, kiln_abi::value::FUNC_NATIVE_CONSTRUCTOR);
    let common = atoms::common();
    unsafe {
        (*c.as_object()).define_named(common.prototype, proto, 0);
        (*proto.as_object()).define_named(common.constructor, c, WRITABLE | CONFIGURABLE);
    }
    define(realm().global, name, c, WRITABLE | CONFIGURABLE);
    c
}

pub fn install() {
    let r = realm();
    let g = r.global;
    define(g, "globalThis", g, WRITABLE | CONFIGURABLE);
    define(g, "NaN", Value::from_f64(f64::NAN), 0);
    define(g, "Infinity", Value::from_f64(f64::INFINITY), 0);
    define(g, "undefined", Value::UNDEFINED, 0);
    object::install();
    function::install();
    error::install();
    array::install();
    iterators::install();
    string::install();
    annex_b::install();
    symbol::install();
    crate::generator::install();
    crate::async_generator::install();
    number::install();
    bigint::install();
    boolean::install();
    math::install();
    reflect::install();
    json::install();
    collections::install();
    global::install();
    console::install();
    process::install();
    promise::install();
    timers::install();
    regexp::install();
    date::install();
    modules::install();
}
