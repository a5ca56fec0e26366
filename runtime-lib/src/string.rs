//! String cells: immutable sequences of UTF-16 code units, stored one byte per unit when every
//! unit fits in Latin-1 and two bytes otherwise, or as a rope (a lazy concatenation) that is
//! flattened in place the first time its contents are needed.
//!
//! Interning (atoms, used as property keys) is in `atoms.rs`; JS-visible methods are in
//! `builtins/string.rs`.

use crate::gc::{self, Header, Kind, Tracer};
use crate::value::Value;

#[repr(C)]
pub struct JsString {
    pub header: Header,
    /// Length in UTF-16 code units.
    pub len: u32,
    /// Non-zero once the string is an atom: `atoms::intern` returns this very cell.
    pub atom: u32,
    pub repr: Repr,
}

pub enum Repr {
    Latin1(Box<[u8]>),
    Utf16(Box<[u16]>),
    Rope { left: *mut JsString, right: *mut JsString },
}

/// Borrowed contents of a flat string.
#[derive(Clone, Copy)]
pub enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

impl Units<'_> {
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(u) => u.len(),
        }
    }
    #[inline]
    pub fn at(&self, i: usize) -> u16 {
        match self {
            Units::Latin1(b) => b[i] as u16,
            Units::Utf16(u) => u[i],
        }
    }
    pub fn to_vec(&self) -> Vec<u16> {
        match self {
            Units::Latin1(b) => b.iter().map(|&c| c as u16).collect(),
            Units::Utf16(u) => u.to_vec(),
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        (0..self.len()).map(move |i| self.at(i))
    }
}

/// Ropes shorter than this are built flat: copying a few bytes beats a later flatten.
const MIN_ROPE_LEN: usize = 24;

fn alloc_string(len: usize, repr: Repr) -> *mut JsString {

    let c = gc::alloc_cell(std::mem::size_of::<JsString>(), Kind::String) as *mut JsString;
    unsafe {
        std::ptr::addr_of_mut!((*c).len).write(len as u32);
        std::ptr::addr_of_mut!((*c).atom).write(0);
        std::ptr::addr_of_mut!((*c).repr).write(repr);
    }
    c
}

pub fn new_latin1(bytes: &[u8]) -> *mut JsString {
    check_len(bytes.len());
    alloc_string(bytes.len(), Repr::Latin1(bytes.into()))
}

pub fn new_latin1_owned(bytes: Vec<u8>) -> *mut JsString {
    check_len(bytes.len());
    alloc_string(bytes.len(), Repr::Latin1(bytes.into_boxed_slice()))
}

/// A string from UTF-16 code units, stored as Latin-1 when they all fit.
pub fn new_utf16(units: &[u16]) -> *mut JsString {
    check_len(units.len());
    if units.iter().all(|&u| u < 256) {
        let b: Vec<u8> = units.iter().map(|&u| u as u8).collect();
        return alloc_string(units.len(), Repr::Latin1(b.into_boxed_slice()));
    }
    alloc_string(units.len(), Repr::Utf16(units.into()))
}

pub fn new_utf16_owned(units: Vec<u16>) -> *mut JsString {
    if units.iter().all(|&u| u < 256) {
        return new_utf16(&units);
    }
    check_len(units.len());
    alloc_string(units.len(), Repr::Utf16(units.into_boxed_slice()))
}

pub fn from_str(s: &str) -> *mut JsString {
    if s.is_ascii() {
        return new_latin1(s.as_bytes());
    }
    let units: Vec<u16> = s.encode_utf16().collect();
    new_utf16_owned(units)
}

pub fn value_from_str(s: &str) -> Value {
    Value::string(from_str(s))
}

/// V8's limit on string length; longer results throw `RangeError: Invalid string length`.
pub const MAX_LEN: usize = (1 << 29) - 24;

fn check_len(len: usize) {
    // Callers that can exceed the limit check it first and throw; reaching here is a bug.
    assert!(len <= MAX_LEN, "string length {len} over the limit");
}

/// Concatenation, as a rope when the result is long enough to make copying costly.
/// The caller has checked the combined length against [`MAX_LEN`].
pub fn concat(a: *mut JsString, b: *mut JsString) -> *mut JsString {
    let (la, lb) = unsafe { ((*a).len as usize, (*b).len as usize) };
    if la == 0 {
        return b;
    }
    if lb == 0 {
        return a;
    }
    let len = la + lb;
    if len >= MIN_ROPE_LEN {
        return alloc_string(len, Repr::Rope { left: a, right: b });
    }
    let (ua, ub) = (units(a), units(b));
    match (ua, ub) {
        (Units::Latin1(x), Units::Latin1(y)) => {
            let mut v = Vec::with_capacity(len);
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            new_latin1_owned(v)
        }
        _ => {
            let mut v = Vec::with_capacity(len);
            v.extend(ua.iter());
            v.extend(ub.iter());
            new_utf16_owned(v)
        }
    }
}

#[inline]
pub fn len(s: *mut JsString) -> usize {
    unsafe { (*s).len as usize }
}

/// The contents of `s`, flattening it first if it is a rope.
pub fn units<'a>(s: *mut JsString) -> Units<'a> {
    unsafe {
        if let Repr::Rope { .. } = (*s).repr {
            flatten(s);
        }
        match &(*s).repr {
            Repr::Latin1(b) => Units::Latin1(b),
            Repr::Utf16(u) => Units::Utf16(u),
            Repr::Rope { .. } => unreachable!(),
        }
    }
}

/// Replaces a rope's representation by its flat contents. Iterative, so deep ropes (a string
/// built by a million `+=`) cannot overflow the native stack.
fn flatten(s: *mut JsString) {
    let mut wide = false;
    let mut stack = vec![s];
    // First pass: find out whether any leaf needs two bytes per unit.
    while let Some(n) = stack.pop() {
        match unsafe { &(*n).repr } {
            Repr::Latin1(_) => {}
            Repr::Utf16(_) => wide = true,
            Repr::Rope { left, right } => {
                stack.push(*right);
                stack.push(*left);
            }
        }
        if wide {
            break;
        }
    }
    let len = len(s);
    stack.clear();
    stack.push(s);
    let repr = if wide {
        let mut out: Vec<u16> = Vec::with_capacity(len);
        while let Some(n) = stack.pop() {
            match unsafe { &(*n).repr } {
                Repr::Latin1(b) => out.extend(b.iter().map(|&c| c as u16)),
                Repr::Utf16(u) => out.extend_from_slice(u),
                Repr::Rope { left, right } => {
                    stack.push(*right);
                    stack.push(*left);
                }
            }
        }
        Repr::Utf16(out.into_boxed_slice())
    } else {
        let mut out: Vec<u8> = Vec::with_capacity(len);
        while let Some(n) = stack.pop() {
            match unsafe { &(*n).repr } {
                Repr::Latin1(b) => out.extend_from_slice(b),
                Repr::Utf16(_) => unreachable!(),
                Repr::Rope { left, right } => {
                    stack.push(*right);
                    stack.push(*left);
                }
            }
        }
        Repr::Latin1(out.into_boxed_slice())
    };
    unsafe { (*s).repr = repr };
}

pub fn to_rust(s: *mut JsString) -> String {
    match units(s) {
        Units::Latin1(b) => b.iter().map(|&c| c as char).collect(),
        Units::Utf16(u) => String::from_utf16_lossy(u),
    }
}

pub fn equals(a: *mut JsString, b: *mut JsString) -> bool {
    if a == b {
        return true;
    }
    unsafe {
        if (*a).len != (*b).len {
            return false;
        }
        if (*a).atom != 0 && (*b).atom != 0 {
            return false;
        }
    }
    units_eq(units(a), units(b))
}

pub fn units_eq(a: Units, b: Units) -> bool {
    match (a, b) {
        (Units::Latin1(x), Units::Latin1(y)) => x == y,
        (Units::Utf16(x), Units::Utf16(y)) => x == y,
        _ => a.len() == b.len() && a.iter().eq(b.iter()),
    }
}

/// Code-unit order, as the `<` operator compares strings.
pub fn compare(a: *mut JsString, b: *mut JsString) -> std::cmp::Ordering {
    let (x, y) = (units(a), units(b));
    match (x, y) {
        (Units::Latin1(p), Units::Latin1(q)) => p.cmp(q),
        _ => x.iter().cmp(y.iter()),
    }
}

/// A new string of units `[start, end)`.
pub fn substring(s: *mut JsString, start: usize, end: usize) -> *mut JsString {
    if start == 0 && end == len(s) {
        return s;
    }
    match units(s) {
        Units::Latin1(b) => new_latin1(&b[start..end]),
        Units::Utf16(u) => new_utf16(&u[start..end]),
    }
}

pub unsafe fn trace(s: *mut JsString, t: &mut Tracer) {
    if let Repr::Rope { left, right } = (*s).repr {
        t.cell(left as *mut Header);
        t.cell(right as *mut Header);
    }
}

pub unsafe fn finalize(s: *mut JsString) -> usize {
    let n = external_size(s);
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*s).repr));
    n
}

pub unsafe fn external_size(s: *mut JsString) -> usize {
    match &(*s).repr {
        Repr::Latin1(b) => b.len(),
        Repr::Utf16(u) => u.len() * 2,
        Repr::Rope { .. } => 0,
    }
}
