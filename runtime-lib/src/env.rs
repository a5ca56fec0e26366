//! Environment cells: the heap frames that hold a scope's captured variables. Compiled code
//! reads and writes slots directly at `kiln_abi::value::ENV_SLOTS_OFFSET + 8 * i`; only
//! variables some closure captures live here, the rest stay in registers.

use crate::gc::{self, Header, Kind, Tracer};
use crate::value::Value;

#[repr(C)]
pub struct Env {
    pub header: Header,
    /// The enclosing environment (as an object-tagged value) or `undefined`.
    pub parent: Value,
    slots: [Value; 0],
}

const _: () = assert!(std::mem::offset_of!(Env, parent) == kiln_abi::value::ENV_PARENT_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(Env, slots) == kiln_abi::value::ENV_SLOTS_OFFSET as usize);

/// A new environment of `n` slots, each holding `UNINIT` (the TDZ) until written.
pub fn new(parent: Value, n: usize) -> Value {
    let size = std::mem::size_of::<Env>() + 8 * n;
    let c = gc::alloc_cell(size, Kind::Env);
    unsafe {
        (*c).extra = n as u32;
        let e = c as *mut Env;
        std::ptr::addr_of_mut!((*e).parent).write(parent);
        let slots = std::ptr::addr_of_mut!((*e).slots) as *mut Value;
        for i in 0..n {
            slots.add(i).write(Value::UNINIT);
        }
        // Environments are tagged like objects so that they box uniformly; they are never
        // visible to JS code.
        Value::object(e as *mut crate::object::Object)
    }
}

fn slots(e: Value) -> *mut Value {
    unsafe { std::ptr::addr_of_mut!((*(e.as_object() as *mut Env)).slots) as *mut Value }
}

/// Slot `i` of environment `e` (for the runtime's few readers: mapped arguments).
pub fn get(e: Value, i: usize) -> Value {
    unsafe { *slots(e).add(i) }
}

pub fn set(e: Value, i: usize, v: Value) {
    unsafe { *slots(e).add(i) = v }
}

pub unsafe fn trace(e: *mut Env, t: &mut Tracer) {
    t.value((*e).parent);
    let n = (*e).header.extra as usize;
    let slots = std::ptr::addr_of!((*e).slots) as *const Value;
    for i in 0..n {
        t.value(*slots.add(i));
    }
}

/// Slot `i` of environment `env`.
pub fn slot(env: Value, i: u32) -> Value {
    let e = env.as_object() as *mut Env;
    unsafe {
        debug_assert!(i < (*e).header.extra);
        *(std::ptr::addr_of!((*e).slots) as *const Value).add(i as usize)
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_new_env(parent: Value, n: u64) -> Value {
    new(parent, n as usize)
}

#[allow(dead_code)]
fn _h(_: &Header) {}
