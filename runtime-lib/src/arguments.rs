//! Arguments objects (§10.4.4): the unmapped object of strict functions and of non-simple
//! parameter lists (whose `callee` throws), and the mapped (exotic) object of the other
//! sloppy functions, whose elements alias the parameters.
//!
//! A mapped element is a special element (`object::SPECIAL_ELEMENTS`) whose attributes carry
//! [`MAPPED`]: its `elements` entry is a hole (so every fast path falls back to the generic
//! one) and its value lives in the function's environment, in the slot the entry records.
//! Only two generic paths know about it: `Object::get_own` reads the slot, and
//! `Object::define_index` writes a new value there, ending the mapping when the element
//! stops being writable. Delete and accessor definitions replace the entry, which ends the
//! mapping as the spec's parameter map [[Delete]] does.

use crate::atoms;
use crate::env;
use crate::object::{self, Class, Object};
use crate::realm::realm;
use crate::shape::{ACCESSOR, CONFIGURABLE, DEFAULT, WRITABLE};
use crate::value::Value;

/// The attribute bit of a mapped element's entry in `Dict::elements` (never in a shape, and
/// never seen by `get_own`'s callers).
pub const MAPPED: u8 = 16;

#[repr(C)]
pub struct ArgumentsObject {
    pub base: Object,
    /// The environment holding the parameters that mapped elements alias (`undefined` for an
    /// unmapped object).
    pub env: Value,
}

fn args_slice<'a>(argv: *const Value, argc: u64) -> &'a [Value] {
    if argc == 0 { &[] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } }
}

/// The properties both kinds share, with `callee` as given: CreateUnmappedArgumentsObject
/// and CreateMappedArgumentsObject (§10.4.4.6-7).
fn new(argv: *const Value, argc: u64, callee: Value, callee_attrs: u8) -> *mut Object {
    let args = args_slice(argv, argc).to_vec();
    let o = object::alloc(std::mem::size_of::<ArgumentsObject>(), Class::Arguments, realm().object_prototype);
    let obj = unsafe { &mut *o };
    unsafe { (*(o as *mut ArgumentsObject)).env = Value::UNDEFINED };
    let n = args.len();
    obj.elements = args;
    let c = atoms::common();
    obj.define_named(c.length, Value::int(n as i32), WRITABLE | CONFIGURABLE);
    // (No props::bump_epoch for the accessor: a new object is nobody's prototype yet.)
    obj.define_named(c.callee, callee, callee_attrs);
    let r = realm();
    obj.define_named(r.sym_iterator, r.array_values, WRITABLE | CONFIGURABLE);
    o
}

/// An unmapped arguments object: its `callee` throws.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_arguments(argv: *const Value, argc: u64, _callee: Value) -> Value {
    let thrower = throw_type_error_pair();
    Value::object(new(argv, argc, thrower, ACCESSOR))
}

/// %ThrowTypeError% as an accessor pair (the realm keeps it).
fn throw_type_error_pair() -> Value {
    let r = realm();
    if r.throw_type_error_pair.is_undefined() {
        r.throw_type_error_pair = object::new_accessor_pair(r.throw_type_error, r.throw_type_error);
    }
    r.throw_type_error_pair
}

/// A mapped arguments object: element `i` (below the argument count) aliases slot
/// `slots[i]` of `env` unless that is `u32::MAX` (a parameter whose name a later one
/// repeats).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_mapped_arguments(
    argv: *const Value,
    argc: u64,
    callee: Value,
    env: Value,
    slots: *const u64,
    nslots: u64,
) -> Value {
    let o = new(argv, argc, callee, WRITABLE | CONFIGURABLE);
    let slots = if nslots == 0 { &[] } else { unsafe { std::slice::from_raw_parts(slots, nslots as usize) } };
    unsafe {
        (*(o as *mut ArgumentsObject)).env = env;
        let obj = &mut *o;
        for (i, &slot) in slots.iter().enumerate().take(argc as usize) {
            if slot != u32::MAX as u64 {
                obj.elements[i] = Value::HOLE;
                obj.set_special(i as u32, Value::int(slot as i32), DEFAULT | MAPPED);
            }
        }
    }
    Value::object(o)
}

fn env_of(o: &Object) -> Value {
    debug_assert!(o.class() == Class::Arguments);
    unsafe { (*(o as *const Object as *const ArgumentsObject)).env }
}

/// The value of a mapped element: its parameter's (`slot` is the entry's recorded slot).
pub fn mapped_value(o: &Object, slot: Value) -> Value {
    env::get(env_of(o), slot.as_int() as usize)
}

/// Writes a mapped element's parameter.
pub fn set_mapped(o: &Object, slot: Value, v: Value) {
    env::set(env_of(o), slot.as_int() as usize, v);
}

/// Ends every mapping, keeping the current values as the elements' (Object.freeze:
/// each element is redefined non-writable).
pub fn unmap_all(o: &mut Object) {
    let env = env_of(o);
    let Some(d) = &mut o.dict else { return };
    for (&i, entry) in d.elements.iter_mut() {
        if entry.1 & MAPPED != 0 {
            o.elements[i as usize] = env::get(env, entry.0.as_int() as usize);
            *entry = (Value::UNDEFINED, entry.1 & !MAPPED);
        }
    }
}
