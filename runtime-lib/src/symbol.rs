//! Symbol cells: a unique identity with an optional description.

use crate::gc::{self, Header, Kind, Tracer};
use crate::value::Value;

#[repr(C)]
pub struct Symbol {
    pub header: Header,
    /// A string value or `undefined`.
    pub description: Value,
}

pub fn new(description: Value) -> Value {
    let c = gc::alloc_cell(std::mem::size_of::<Symbol>(), Kind::Symbol) as *mut Symbol;
    unsafe { std::ptr::addr_of_mut!((*c).description).write(description) };
    Value::symbol(c)
}

pub unsafe fn trace(s: *mut Symbol, t: &mut Tracer) {
    t.value((*s).description);
}

pub fn description(s: Value) -> Value {
    unsafe { (*s.as_symbol()).description }
}

#[allow(dead_code)]
fn _assert_header(_: &Header) {}
