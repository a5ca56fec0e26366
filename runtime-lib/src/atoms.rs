//! Interned strings ("atoms"): one permanent string cell per distinct content, so property
//! keys compare by pointer. An atom is never collected; the table is a GC root.

use std::collections::HashMap;

use crate::gc::Tracer;
use crate::string::{self, JsString, Units};
use crate::value::Value;

pub struct AtomTable {
    by_hash: HashMap<u64, Vec<*mut JsString>>,
    count: u32,
}

struct Global(std::cell::UnsafeCell<Option<AtomTable>>);
unsafe impl Sync for Global {}
static TABLE: Global = Global(std::cell::UnsafeCell::new(None));

fn table() -> &'static mut AtomTable {
    unsafe { (*TABLE.0.get()).get_or_insert_with(|| AtomTable { by_hash: HashMap::new(), count: 0 }) }
}

/// FNV-1a over code units: Latin-1 and UTF-16 spellings of the same string hash alike.
fn hash_units(u: Units) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for c in u.iter() {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The atom with the contents of `s`; `s` itself becomes the atom if there is none yet.
pub fn intern(s: *mut JsString) -> *mut JsString {
    if unsafe { (*s).atom } != 0 {
        return s;
    }
    let u = string::units(s);
    let h = hash_units(u);
    let t = table();
    let bucket = t.by_hash.entry(h).or_default();
    for &a in bucket.iter() {
        if string::units_eq(string::units(a), u) {
            return a;
        }
    }
    t.count += 1;
    unsafe { (*s).atom = t.count };
    bucket.push(s);
    s
}

pub fn intern_units(u: Units) -> *mut JsString {
    let h = hash_units(u);
    if let Some(bucket) = table().by_hash.get(&h) {
        for &a in bucket.iter() {
            if string::units_eq(string::units(a), u) {
                return a;
            }
        }
    }
    let s = match u {
        Units::Latin1(b) => string::new_latin1(b),
        Units::Utf16(w) => string::new_utf16(w),
    };
    intern(s)
}

/// An atom that is never collected (names the runtime itself uses).
pub fn intern_str(s: &str) -> Value {
    let a = if s.is_ascii() {
        intern_units(Units::Latin1(s.as_bytes()))
    } else {
        let w: Vec<u16> = s.encode_utf16().collect();
        intern_units(Units::Utf16(&w))
    };
    pin(a);
    Value::string(a)
}

/// Pinned atoms are roots: compiled code caches literal atoms in static slots, and the
/// runtime keeps names in statics. Other atoms (keys made at run time) live while referenced.
const PINNED: u8 = 4;

pub fn pin(a: *mut JsString) {
    unsafe { (*a).header.flags |= PINNED };
}

pub fn trace(t: &mut Tracer) {
    for bucket in table().by_hash.values() {
        for &a in bucket {
            if unsafe { (*a).header.flags } & PINNED != 0 {
                t.cell(a as *mut crate::gc::Header);
            }
        }
    }
}

/// After marking: forgets the atoms that are about to be swept.
pub fn prune(is_marked: impl Fn(*mut crate::gc::Header) -> bool) {
    table().by_hash.retain(|_, bucket| {
        bucket.retain(|&a| is_marked(a as *mut crate::gc::Header));
        !bucket.is_empty()
    });
}

/// Atoms the runtime itself looks up often, made once at start-up.
macro_rules! common_atoms {
    ($($field:ident = $text:expr),* $(,)?) => {
        pub struct Common { $(pub $field: Value,)* }
        impl Common {
            fn new() -> Common { Common { $($field: intern_str($text),)* } }
        }
    };
}

common_atoms! {
    length = "length", prototype = "prototype", constructor = "constructor", name = "name",
    message = "message", stack = "stack", to_string = "toString", value_of = "valueOf",
    callee = "callee", empty = "", undefined = "undefined", null = "null", true_ = "true",
    false_ = "false", object = "object", function = "function", number = "number",
    string = "string", boolean = "boolean", symbol = "symbol", bigint = "bigint", nan = "NaN",
    infinity = "Infinity", neg_infinity = "-Infinity", zero = "0", cause = "cause",
    arguments = "arguments", caller = "caller",
}

struct CommonGlobal(std::cell::UnsafeCell<Option<Common>>);
unsafe impl Sync for CommonGlobal {}
static COMMON: CommonGlobal = CommonGlobal(std::cell::UnsafeCell::new(None));

#[inline]
pub fn common() -> &'static Common {
    unsafe { (*COMMON.0.get()).as_ref().unwrap_unchecked() }
}

pub fn init() {
    unsafe { *COMMON.0.get() = Some(Common::new()) };
}
