//! The String constructor and String.prototype (§22.1): every method that works on plain
//! strings. Methods whose behaviour depends on RegExp (match, matchAll, search, the RegExp
//! forms of split/replace/replaceAll) and the string iterator come with RegExp and
//! iterators; `normalize` needs Unicode tables and is not provided yet.
//!
//! Strings are sequences of UTF-16 code units (`crate::string`); positions and lengths here
//! are code-unit counts as in the spec. A `Units` borrow points into the string cell's own
//! buffer, so it stays valid only while that cell is kept alive (by a local pointer) and
//! must not be held across a call into JS.

use crate::atoms;
use crate::builtins::array::index_key;
use crate::builtins::global::{clamp_relative, to_length, units_vec};
use crate::builtins::{constructor, define, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::numconv;
use crate::object::{self, Class, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string::{self, JsString, Units};
use crate::value::Value;

pub fn install() {
    let proto = realm().string_prototype;
    let c = constructor("String", 1, construct, proto);
    method(c, "fromCharCode", 1, from_char_code);
    method(c, "fromCodePoint", 1, from_code_point);
    method(c, "raw", 1, raw);
    let methods: &[(&str, u32, function::NativeFn)] = &[
        ("at", 1, at),
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at),
        ("concat", 1, concat),
        ("endsWith", 1, ends_with),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("isWellFormed", 0, is_well_formed),
        ("lastIndexOf", 1, last_index_of),
        ("localeCompare", 1, locale_compare),
        ("padEnd", 1, pad_end),
        ("padStart", 1, pad_start),
        ("repeat", 1, repeat),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("slice", 2, slice),
        ("split", 2, split),
        ("startsWith", 1, starts_with),
        ("substr", 2, substr),
        ("substring", 2, substring),
        ("toLocaleLowerCase", 0, to_lower_case),
        ("toLocaleUpperCase", 0, to_upper_case),
        ("toLowerCase", 0, to_lower_case),
        ("toString", 0, to_string),
        ("toUpperCase", 0, to_upper_case),
        ("toWellFormed", 0, to_well_formed),
        ("trim", 0, trim),
        ("valueOf", 0, value_of),
    ];
    for &(name, length, f) in methods {
        method(proto, name, length, f);
    }
    // Annex B: trimLeft/trimRight are the very same function objects as trimStart/trimEnd.
    let trim_start_fn = method(proto, "trimStart", 0, trim_start);
    let trim_end_fn = method(proto, "trimEnd", 0, trim_end);
    define(proto, "trimLeft", trim_start_fn, WRITABLE | CONFIGURABLE);
    define(proto, "trimRight", trim_end_fn, WRITABLE | CONFIGURABLE);
}

/// The one-unit string for code unit `u` (atoms for Latin-1, so `s[i]` does not allocate).
pub fn from_unit(u: u16) -> Value {
    if u < 256 {
        return Value::string(crate::atoms::intern_units(crate::string::Units::Latin1(&[u as u8])));
    }
    Value::string(crate::string::new_utf16(&[u]))
}

// ----- shared helpers -----

/// RequireObjectCoercible(this) then ToString, with V8's message naming the method.
fn this_str(a: &CallArgs, name: &str) -> JsResult<*mut JsString> {
    let t = a.this;
    if t.is_string() {
        return Ok(t.as_string());
    }
    if t.is_nullish() {
        return Err(error::throw_type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    conv::to_string(t)
}

fn empty() -> Value {
    atoms::common().empty
}

/// A string value from code units, or the RangeError for an over-long result.
pub fn value_from_units(u: Vec<u16>) -> JsResult<Value> {
    if u.len() > string::MAX_LEN {
        return Err(error::throw_range_error("Invalid string length"));
    }
    if u.len() == 1 {
        return Ok(from_unit(u[0]));
    }
    Ok(Value::string(string::new_utf16_owned(u)))
}

fn substring_value(s: *mut JsString, start: usize, end: usize) -> Value {
    if end == start + 1 {
        return from_unit(string::units(s).at(start));
    }
    Value::string(string::substring(s, start, end))
}

/// ToIntegerOrInfinity of an optional position argument (undefined → 0).
fn position(v: Value) -> JsResult<f64> {
    conv::to_integer_or_infinity(v)
}

/// A position clamped to 0..=len.
fn clamp(p: f64, len: usize) -> usize {
    p.clamp(0.0, len as f64) as usize
}

/// StringIndexOf (§6.1.4.1) on borrowed units: the first index ≥ `from` where `needle`
/// occurs in `hay`.
pub fn find(hay: Units, needle: Units, from: usize) -> Option<usize> {
    let (hl, nl) = (hay.len(), needle.len());
    if nl == 0 {
        return (from <= hl).then_some(from);
    }
    if from >= hl || nl > hl - from {
        return None;
    }
    match (hay, needle) {
        (Units::Latin1(h), Units::Latin1(n)) => find_slice(&h[from..], n).map(|i| i + from),
        (Units::Utf16(h), Units::Utf16(n)) => find_slice(&h[from..], n).map(|i| i + from),
        (Units::Latin1(h), Units::Utf16(n)) => {
            if n.iter().any(|&u| u > 255) {
                return None;
            }
            let n: Vec<u8> = n.iter().map(|&u| u as u8).collect();
            find_slice(&h[from..], &n).map(|i| i + from)
        }
        (Units::Utf16(h), Units::Latin1(n)) => {
            let n: Vec<u16> = n.iter().map(|&b| b as u16).collect();
            find_slice(&h[from..], &n).map(|i| i + from)
        }
    }
}

fn find_slice<T: PartialEq + Copy>(h: &[T], n: &[T]) -> Option<usize> {
    let first = n[0];
    let last_start = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last_start {
        if h[i] == first && h[i..i + n.len()] == *n {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index ≤ `from` where `needle` occurs in `hay`.
fn rfind(hay: Units, needle: Units, from: usize) -> Option<usize> {
    let (hl, nl) = (hay.len(), needle.len());
    if nl > hl {
        return None;
    }
    let start = from.min(hl - nl);
    (0..=start).rev().find(|&i| (0..nl).all(|j| hay.at(i + j) == needle.at(j)))
}

fn region_eq(hay: Units, at: usize, needle: Units) -> bool {
    at + needle.len() <= hay.len() && (0..needle.len()).all(|j| hay.at(at + j) == needle.at(j))
}

/// WhiteSpace or LineTerminator (§12.2, §12.3), the set trim removes.
pub fn is_js_whitespace(u: u16) -> bool {
    matches!(u, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF)
}

// ----- the constructor and its functions -----

/// String(value) and new String(value) (§22.1.1.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    let s = if a.args.is_empty() {
        empty()
    } else {
        let v = a.arg(0);
        if a.new_target.is_undefined() && v.is_symbol() {
            return Ok(Value::string(string::from_str(&conv::symbol_descriptive_string(v))));
        }
        conv::to_string_value(v)?
    };
    if a.new_target.is_undefined() {
        return Ok(s);
    }
    let proto = function::get_prototype_from_constructor(a.new_target, realm().string_prototype)?;
    Ok(conv::new_wrapper(Class::StringWrapper, proto, s))
}

/// String.fromCharCode (§22.1.2.1).
fn from_char_code(a: &CallArgs) -> JsResult<Value> {
    let mut units = Vec::with_capacity(a.args.len());
    for &v in a.args {
        let u = if v.is_int() { v.as_int() as u16 } else { numconv::to_uint16(conv::to_number(v)?) };
        units.push(u);
    }
    if units.is_empty() {
        return Ok(empty());
    }
    value_from_units(units)
}

/// String.fromCodePoint (§22.1.2.2).
fn from_code_point(a: &CallArgs) -> JsResult<Value> {
    let mut units = Vec::with_capacity(a.args.len());
    for &v in a.args {
        let x = conv::to_number(v)?;
        if x.trunc() != x || !(0.0..=1114111.0).contains(&x) {
            return Err(error::throw_range_error(&format!("Invalid code point {}", numconv::number_to_string(x))));
        }
        push_code_point(&mut units, x as u32);
    }
    if units.is_empty() {
        return Ok(empty());
    }
    value_from_units(units)
}

/// UTF16EncodeCodePoint (§11.1.1), appending.
fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        out.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        out.push(0xD800 + (c >> 10) as u16);
        out.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

/// String.raw (§22.1.2.4).
fn raw(a: &CallArgs) -> JsResult<Value> {
    let cooked = conv::to_object(a.arg(0))?;
    let raw_value = object::get(cooked, Key::Name(atoms::intern_str("raw")), cooked)?;
    let literals = conv::to_object(raw_value)?;
    let len = to_length(object::get(literals, Key::Name(atoms::common().length), literals)?)?;
    let mut out: Vec<u16> = Vec::new();
    let subs = a.args.get(1..).unwrap_or(&[]);
    for i in 0..len {
        let seg = object::get(literals, index_key(i), literals)?;
        out.extend(string::units(conv::to_string(seg)?).iter());
        if i + 1 == len {
            break;
        }
        if let Some(&sub) = subs.get(i as usize) {
            out.extend(string::units(conv::to_string(sub)?).iter());
        }
        if out.len() > string::MAX_LEN {
            return Err(error::throw_range_error("Invalid string length"));
        }
    }
    value_from_units(out)
}

// ----- String.prototype -----

/// String.prototype.at (§22.1.3.1).
fn at(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "at")?;
    let len = string::len(s) as f64;
    let rel = position(a.arg(0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    Ok(from_unit(string::units(s).at(k as usize)))
}

/// String.prototype.charAt (§22.1.3.2).
fn char_at(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "charAt")?;
    let p = position(a.arg(0))?;
    if p < 0.0 || p >= string::len(s) as f64 {
        return Ok(empty());
    }
    Ok(from_unit(string::units(s).at(p as usize)))
}

/// String.prototype.charCodeAt (§22.1.3.3).
fn char_code_at(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "charCodeAt")?;
    let p = position(a.arg(0))?;
    if p < 0.0 || p >= string::len(s) as f64 {
        return Ok(Value::from_f64(f64::NAN));
    }
    Ok(Value::int(string::units(s).at(p as usize) as i32))
}

/// CodePointAt (§11.1.4): the code point at `i` and its length in units.
fn code_point_at_index(u: Units, i: usize) -> (u32, usize) {
    let first = u.at(i);
    if (0xD800..0xDC00).contains(&first) && i + 1 < u.len() {
        let second = u.at(i + 1);
        if (0xDC00..0xE000).contains(&second) {
            return (0x10000 + (((first as u32) - 0xD800) << 10) + ((second as u32) - 0xDC00), 2);
        }
    }
    (first as u32, 1)
}

/// String.prototype.codePointAt (§22.1.3.4).
fn code_point_at(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "codePointAt")?;
    let p = position(a.arg(0))?;
    if p < 0.0 || p >= string::len(s) as f64 {
        return Ok(Value::UNDEFINED);
    }
    Ok(Value::int(code_point_at_index(string::units(s), p as usize).0 as i32))
}

/// String.prototype.concat (§22.1.3.5).
fn concat(a: &CallArgs) -> JsResult<Value> {
    let mut r = this_str(a, "concat")?;
    for &v in a.args {
        let next = conv::to_string(v)?;
        r = crate::ops::concat(r, next)?.as_string();
    }
    Ok(Value::string(r))
}

/// The search string of startsWith/endsWith/includes (RegExp arguments are rejected once
/// RegExp exists; until then everything goes through ToString).
fn search_string(v: Value) -> JsResult<*mut JsString> {
    conv::to_string(v)
}

/// String.prototype.endsWith (§22.1.3.7).
fn ends_with(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "endsWith")?;
    let search = search_string(a.arg(0))?;
    let len = string::len(s);
    let end = if a.arg(1).is_undefined() { len } else { clamp(position(a.arg(1))?, len) };
    let sl = string::len(search);
    if sl == 0 {
        return Ok(Value::TRUE);
    }
    if sl > end {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(region_eq(string::units(s), end - sl, string::units(search))))
}

/// String.prototype.includes (§22.1.3.8).
fn includes(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "includes")?;
    let search = search_string(a.arg(0))?;
    let start = clamp(position(a.arg(1))?, string::len(s));
    Ok(Value::bool(find(string::units(s), string::units(search), start).is_some()))
}

/// String.prototype.indexOf (§22.1.3.9).
fn index_of(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "indexOf")?;
    let search = conv::to_string(a.arg(0))?;
    let start = clamp(position(a.arg(1))?, string::len(s));
    Ok(Value::int(find(string::units(s), string::units(search), start).map_or(-1, |i| i as i32)))
}

/// String.prototype.isWellFormed (§22.1.3.10).
fn is_well_formed(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "isWellFormed")?;
    Ok(Value::bool(match string::units(s) {
        Units::Latin1(_) => true,
        Units::Utf16(u) => char::decode_utf16(u.iter().copied()).all(|r| r.is_ok()),
    }))
}

/// String.prototype.lastIndexOf (§22.1.3.11).
fn last_index_of(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "lastIndexOf")?;
    let search = conv::to_string(a.arg(0))?;
    let num_pos = conv::to_number(a.arg(1))?;
    let pos = if num_pos.is_nan() { f64::INFINITY } else { numconv::to_integer_or_infinity(num_pos) };
    let len = string::len(s);
    let start = pos.clamp(0.0, len as f64) as usize;
    Ok(Value::int(rfind(string::units(s), string::units(search), start).map_or(-1, |i| i as i32)))
}

/// String.prototype.localeCompare (§22.1.3.12), as node's default ICU collation orders
/// strings, approximated: ICU's root-collation weights for U+0020..U+017F (from the table
/// below) compared level by level (base letters, then accents, then case); other characters
/// come after those, by code point, with case as a tertiary difference; control characters
/// are ignored. FIXME: no contractions or canonical equivalence (a combining accent does not
/// equal the precomposed letter), and scripts beyond Latin are ordered by code point only.
fn locale_compare(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "localeCompare")?;
    let that = conv::to_string(a.arg(0))?;
    Ok(Value::int(match locale_cmp(string::units(s), string::units(that)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

/// (code unit, primary, secondary, tertiary) under ICU's root collation, generated with
/// node v20's Intl.Collator: primary weights order base letters, digits and punctuation;
/// secondary ones the accented forms of a letter; tertiary ones case.
#[rustfmt::skip]
const COLLATION: &[(u16, u16, u8, u8)] = &[
    (0x20, 1, 0, 0), (0x21, 7, 0, 0), (0x22, 14, 0, 0), (0x23, 30, 0, 0), (0x24, 54, 0, 0), (0x25, 31, 0, 0),
    (0x26, 29, 0, 0), (0x27, 13, 0, 0), (0x28, 17, 0, 0), (0x29, 18, 0, 0), (0x2a, 26, 0, 0), (0x2b, 41, 0, 0),
    (0x2c, 4, 0, 0), (0x2d, 3, 0, 0), (0x2e, 11, 0, 0), (0x2f, 27, 0, 0), (0x30, 57, 0, 0), (0x31, 58, 0, 0),
    (0x32, 61, 0, 0), (0x33, 62, 0, 0), (0x34, 64, 0, 0), (0x35, 65, 0, 0), (0x36, 66, 0, 0), (0x37, 67, 0, 0),
    (0x38, 68, 0, 0), (0x39, 69, 0, 0), (0x3a, 6, 0, 0), (0x3b, 5, 0, 0), (0x3c, 45, 0, 0), (0x3d, 46, 0, 0),
    (0x3e, 47, 0, 0), (0x3f, 9, 0, 0), (0x40, 25, 0, 0), (0x41, 70, 0, 1), (0x42, 71, 0, 1), (0x43, 72, 0, 1),
    (0x44, 73, 0, 1), (0x45, 74, 0, 1), (0x46, 75, 0, 1), (0x47, 76, 0, 1), (0x48, 77, 0, 1), (0x49, 78, 0, 1),
    (0x4a, 80, 0, 1), (0x4b, 81, 0, 1), (0x4c, 82, 0, 1), (0x4d, 83, 0, 1), (0x4e, 84, 0, 1), (0x4f, 86, 0, 1),
    (0x50, 87, 0, 1), (0x51, 88, 0, 1), (0x52, 90, 0, 1), (0x53, 91, 0, 1), (0x54, 92, 0, 1), (0x55, 94, 0, 1),
    (0x56, 95, 0, 1), (0x57, 96, 0, 1), (0x58, 97, 0, 1), (0x59, 98, 0, 1), (0x5a, 99, 0, 1), (0x5b, 19, 0, 0),
    (0x5c, 28, 0, 0), (0x5d, 20, 0, 0), (0x5e, 34, 0, 0), (0x5f, 2, 0, 0), (0x60, 32, 0, 0), (0x61, 70, 0, 0),
    (0x62, 71, 0, 0), (0x63, 72, 0, 0), (0x64, 73, 0, 0), (0x65, 74, 0, 0), (0x66, 75, 0, 0), (0x67, 76, 0, 0),
    (0x68, 77, 0, 0), (0x69, 78, 0, 0), (0x6a, 80, 0, 0), (0x6b, 81, 0, 0), (0x6c, 82, 0, 0), (0x6d, 83, 0, 0),
    (0x6e, 84, 0, 0), (0x6f, 86, 0, 0), (0x70, 87, 0, 0), (0x71, 88, 0, 0), (0x72, 90, 0, 0), (0x73, 91, 0, 0),
    (0x74, 92, 0, 0), (0x75, 94, 0, 0), (0x76, 95, 0, 0), (0x77, 96, 0, 0), (0x78, 97, 0, 0), (0x79, 98, 0, 0),
    (0x7a, 99, 0, 0), (0x7b, 21, 0, 0), (0x7c, 49, 0, 0), (0x7d, 22, 0, 0), (0x7e, 51, 0, 0), (0xa0, 1, 0, 1),
    (0xa1, 8, 0, 0), (0xa2, 53, 0, 0), (0xa3, 55, 0, 0), (0xa4, 52, 0, 0), (0xa5, 56, 0, 0), (0xa6, 50, 0, 0),
    (0xa7, 23, 0, 0), (0xa8, 36, 0, 0), (0xa9, 39, 0, 0), (0xaa, 70, 0, 2), (0xab, 15, 0, 0), (0xac, 48, 0, 0),
    (0xae, 40, 0, 0), (0xaf, 35, 0, 0), (0xb0, 38, 0, 0), (0xb1, 42, 0, 0), (0xb2, 61, 0, 1), (0xb3, 62, 0, 1),
    (0xb4, 33, 0, 0), (0xb5, 101, 0, 0), (0xb6, 24, 0, 0), (0xb7, 12, 0, 0), (0xb8, 37, 0, 0), (0xb9, 58, 0, 1),
    (0xba, 86, 0, 2), (0xbb, 16, 0, 0), (0xbc, 60, 0, 0), (0xbd, 59, 0, 0), (0xbe, 63, 0, 0), (0xbf, 10, 0, 0),
    (0xc0, 70, 2, 1), (0xc1, 70, 1, 1), (0xc2, 70, 4, 1), (0xc3, 70, 7, 1), (0xc4, 70, 6, 1), (0xc5, 70, 5, 1),
    (0xc7, 72, 5, 1), (0xc8, 74, 2, 1), (0xc9, 74, 1, 1), (0xca, 74, 4, 1), (0xcb, 74, 6, 1), (0xcc, 78, 2, 1),
    (0xcd, 78, 1, 1), (0xce, 78, 4, 1), (0xcf, 78, 5, 1), (0xd0, 73, 3, 1), (0xd1, 84, 3, 1), (0xd2, 86, 2, 1),
    (0xd3, 86, 1, 1), (0xd4, 86, 4, 1), (0xd5, 86, 7, 1), (0xd6, 86, 5, 1), (0xd7, 44, 0, 0), (0xd8, 86, 8, 1),
    (0xd9, 94, 2, 1), (0xda, 94, 1, 1), (0xdb, 94, 4, 1), (0xdc, 94, 6, 1), (0xdd, 98, 1, 1), (0xde, 100, 0, 1),
    (0xe0, 70, 2, 0), (0xe1, 70, 1, 0), (0xe2, 70, 4, 0), (0xe3, 70, 7, 0), (0xe4, 70, 6, 0), (0xe5, 70, 5, 0),
    (0xe7, 72, 5, 0), (0xe8, 74, 2, 0), (0xe9, 74, 1, 0), (0xea, 74, 4, 0), (0xeb, 74, 6, 0), (0xec, 78, 2, 0),
    (0xed, 78, 1, 0), (0xee, 78, 4, 0), (0xef, 78, 5, 0), (0xf0, 73, 3, 0), (0xf1, 84, 3, 0), (0xf2, 86, 2, 0),
    (0xf3, 86, 1, 0), (0xf4, 86, 4, 0), (0xf5, 86, 7, 0), (0xf6, 86, 5, 0), (0xf7, 43, 0, 0), (0xf8, 86, 8, 0),
    (0xf9, 94, 2, 0), (0xfa, 94, 1, 0), (0xfb, 94, 4, 0), (0xfc, 94, 6, 0), (0xfd, 98, 1, 0), (0xfe, 100, 0, 0),
    (0xff, 98, 3, 0), (0x100, 70, 9, 1), (0x101, 70, 9, 0), (0x102, 70, 3, 1), (0x103, 70, 3, 0), (0x104, 70, 8, 1),
    (0x105, 70, 8, 0), (0x106, 72, 1, 1), (0x107, 72, 1, 0), (0x108, 72, 2, 1), (0x109, 72, 2, 0), (0x10a, 72, 4, 1),
    (0x10b, 72, 4, 0), (0x10c, 72, 3, 1), (0x10d, 72, 3, 0), (0x10e, 73, 1, 1), (0x10f, 73, 1, 0), (0x110, 73, 2, 1),
    (0x111, 73, 2, 0), (0x112, 74, 9, 1), (0x113, 74, 9, 0), (0x114, 74, 3, 1), (0x115, 74, 3, 0), (0x116, 74, 7, 1),
    (0x117, 74, 7, 0), (0x118, 74, 8, 1), (0x119, 74, 8, 0), (0x11a, 74, 5, 1), (0x11b, 74, 5, 0), (0x11c, 76, 2, 1),
    (0x11d, 76, 2, 0), (0x11e, 76, 1, 1), (0x11f, 76, 1, 0), (0x120, 76, 3, 1), (0x121, 76, 3, 0), (0x122, 76, 4, 1),
    (0x123, 76, 4, 0), (0x124, 77, 1, 1), (0x125, 77, 1, 0), (0x126, 77, 2, 1), (0x127, 77, 2, 0), (0x128, 78, 6, 1),
    (0x129, 78, 6, 0), (0x12a, 78, 9, 1), (0x12b, 78, 9, 0), (0x12c, 78, 3, 1), (0x12d, 78, 3, 0), (0x12e, 78, 8, 1),
    (0x12f, 78, 8, 0), (0x130, 78, 7, 0), (0x131, 79, 0, 0), (0x134, 80, 1, 1), (0x135, 80, 1, 0), (0x136, 81, 1, 1),
    (0x137, 81, 1, 0), (0x138, 89, 0, 0), (0x139, 82, 1, 1), (0x13a, 82, 1, 0), (0x13b, 82, 3, 1), (0x13c, 82, 3, 0),
    (0x13d, 82, 2, 1), (0x13e, 82, 2, 0), (0x13f, 82, 5, 1), (0x140, 82, 5, 0), (0x141, 82, 4, 1), (0x142, 82, 4, 0),
    (0x143, 84, 1, 1), (0x144, 84, 1, 0), (0x145, 84, 4, 1), (0x146, 84, 4, 0), (0x147, 84, 2, 1), (0x148, 84, 2, 0),
    (0x14a, 85, 0, 1), (0x14b, 85, 0, 0), (0x14c, 86, 9, 1), (0x14d, 86, 9, 0), (0x14e, 86, 3, 1), (0x14f, 86, 3, 0),
    (0x150, 86, 6, 1), (0x151, 86, 6, 0), (0x154, 90, 1, 1), (0x155, 90, 1, 0), (0x156, 90, 3, 1), (0x157, 90, 3, 0),
    (0x158, 90, 2, 1), (0x159, 90, 2, 0), (0x15a, 91, 1, 1), (0x15b, 91, 1, 0), (0x15c, 91, 2, 1), (0x15d, 91, 2, 0),
    (0x15e, 91, 4, 1), (0x15f, 91, 4, 0), (0x160, 91, 3, 1), (0x161, 91, 3, 0), (0x162, 92, 2, 1), (0x163, 92, 2, 0),
    (0x164, 92, 1, 1), (0x165, 92, 1, 0), (0x166, 93, 0, 1), (0x167, 93, 0, 0), (0x168, 94, 8, 1), (0x169, 94, 8, 0),
    (0x16a, 94, 10, 1), (0x16b, 94, 10, 0), (0x16c, 94, 3, 1), (0x16d, 94, 3, 0), (0x16e, 94, 5, 1), (0x16f, 94, 5, 0),
    (0x170, 94, 7, 1), (0x171, 94, 7, 0), (0x172, 94, 9, 1), (0x173, 94, 9, 0), (0x174, 96, 1, 1), (0x175, 96, 1, 0),
    (0x176, 98, 2, 1), (0x177, 98, 2, 0), (0x178, 98, 3, 1), (0x179, 99, 1, 1), (0x17a, 99, 1, 0), (0x17b, 99, 3, 1),
    (0x17c, 99, 3, 0), (0x17d, 99, 2, 1), (0x17e, 99, 2, 0), (0x17f, 91, 5, 0),
];

/// The primary weight above every one in [`COLLATION`].
const PRIMARY_OTHER: u32 = 0x200;

/// Characters that sort as two (ß as "ss", æ as "ae", ...), with a tertiary difference.
fn expansion(c: u32) -> Option<&'static [u8; 2]> {
    Some(match c {
        0xDF => b"ss",
        0xE6 => b"ae",
        0xC6 => b"AE",
        0x153 => b"oe",
        0x152 => b"OE",
        0x133 => b"ij",
        0x132 => b"IJ",
        _ => return None,
    })
}

/// A collation element: primary (0 = ignorable at that level), secondary, tertiary.
type CollationElement = (u32, u8, u8);

fn table_weight(c: u32) -> Option<CollationElement> {
    let i = COLLATION.binary_search_by_key(&(c as u16), |e| e.0).ok().filter(|_| c <= 0xFFFF)?;
    let (_, p, s, t) = COLLATION[i];
    Some((p as u32, s, t))
}

fn collation_elements(u: Units) -> Vec<CollationElement> {
    let mut out = Vec::with_capacity(u.len());
    for r in char::decode_utf16(u.iter()) {
        let c = match r {
            Ok(c) => c as u32,
            Err(e) => e.unpaired_surrogate() as u32,
        };
        if c < 0x20 || (0x7F..0xA0).contains(&c) || c == 0xAD {
            continue;
        }
        if let Some(pair) = expansion(c) {
            for &b in pair {
                let (p, s, t) = table_weight(b as u32).unwrap_or((PRIMARY_OTHER, 0, 0));
                out.push((p, s, t + 1));
            }
            continue;
        }
        if (0x300..0x370).contains(&c) {
            // Combining diacritical marks weigh at the accent level only.
            out.push((0, (c - 0x300 + 1) as u8, 0));
            continue;
        }
        match table_weight(c) {
            Some(w) => out.push(w),
            None => {
                let lower = char::from_u32(c).and_then(|ch| ch.to_lowercase().next()).map_or(c, |l| l as u32);
                out.push((PRIMARY_OTHER + lower, 0, (lower != c) as u8));
            }
        }
    }
    out
}

fn locale_cmp(a: Units, b: Units) -> std::cmp::Ordering {
    let (x, y) = (collation_elements(a), collation_elements(b));
    let primary = |v: &[CollationElement]| v.iter().filter(|e| e.0 != 0).map(|e| e.0).collect::<Vec<_>>();
    primary(&x)
        .cmp(&primary(&y))
        .then_with(|| x.iter().map(|e| e.1).cmp(y.iter().map(|e| e.1)))
        .then_with(|| x.iter().map(|e| e.2).cmp(y.iter().map(|e| e.2)))
}

/// StringPad (§22.1.3.17.2) for padStart and padEnd.
fn pad(a: &CallArgs, name: &str, at_start: bool) -> JsResult<Value> {
    let s = this_str(a, name)?;
    let max_len = to_length(a.arg(0))?;
    let len = string::len(s) as u64;
    if max_len <= len {
        return Ok(Value::string(s));
    }
    let fill = if a.arg(1).is_undefined() { None } else { Some(conv::to_string(a.arg(1))?) };
    let fill_units: Vec<u16> = match fill {
        None => vec![0x20],
        Some(f) => units_vec(f),
    };
    if fill_units.is_empty() {
        return Ok(Value::string(s));
    }
    if max_len > string::MAX_LEN as u64 {
        return Err(error::throw_range_error("Invalid string length"));
    }
    let fill_len = (max_len - len) as usize;
    let mut out = Vec::with_capacity(max_len as usize);
    let filler = fill_units.iter().copied().cycle().take(fill_len);
    if at_start {
        out.extend(filler);
        out.extend(string::units(s).iter());
    } else {
        out.extend(string::units(s).iter());
        out.extend(filler);
    }
    value_from_units(out)
}

fn pad_end(a: &CallArgs) -> JsResult<Value> {
    pad(a, "padEnd", false)
}

fn pad_start(a: &CallArgs) -> JsResult<Value> {
    pad(a, "padStart", true)
}

/// String.prototype.repeat (§22.1.3.18).
fn repeat(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "repeat")?;
    let count = conv::to_number(a.arg(0))?;
    let n = numconv::to_integer_or_infinity(count);
    if n < 0.0 || n == f64::INFINITY {
        return Err(error::throw_range_error(&format!("Invalid count value: {}", numconv::number_to_string(count))));
    }
    let len = string::len(s);
    if n == 0.0 || len == 0 {
        return Ok(empty());
    }
    if len as f64 * n > string::MAX_LEN as f64 {
        return Err(error::throw_range_error("Invalid string length"));
    }
    let n = n as usize;
    Ok(Value::string(match string::units(s) {
        Units::Latin1(b) => string::new_latin1_owned(b.repeat(n)),
        Units::Utf16(u) => string::new_utf16_owned(u.repeat(n)),
    }))
}

/// GetSubstitution (§22.1.3.19.1): expands `$$`, `$&`, `` $` ``, `$'`, `$n`/`$nn` and
/// `$<name>` in `template` for a match of `matched` at `position` in `s`. `captures` are
/// strings or undefined; `named_captures` is an object or undefined. Shared with RegExp.
pub fn get_substitution(
    matched: &[u16],
    s: &[u16],
    position: usize,
    captures: &[Value],
    named_captures: Value,
    template: &[u16],
    out: &mut Vec<u16>,
) -> JsResult<()> {
    let dollar = b'$' as u16;
    let digit = |u: u16| (b'0' as u16..=b'9' as u16).contains(&u).then(|| (u - b'0' as u16) as usize);
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c != dollar || i + 1 >= template.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let next = template[i + 1];
        match next {
            n if n == dollar => {
                out.push(dollar);
                i += 2;
            }
            n if n == b'&' as u16 => {
                out.extend_from_slice(matched);
                i += 2;
            }
            n if n == b'`' as u16 => {
                out.extend_from_slice(&s[..position.min(s.len())]);
                i += 2;
            }
            n if n == b'\'' as u16 => {
                let tail = (position + matched.len()).min(s.len());
                out.extend_from_slice(&s[tail..]);
                i += 2;
            }
            n if digit(n).is_some() => {
                let d1 = digit(n).unwrap();
                let two = template.get(i + 2).and_then(|&u| digit(u));
                let (mut index, mut count) = match two {
                    Some(d2) => (d1 * 10 + d2, 2),
                    None => (d1, 1),
                };
                if index > captures.len() && count == 2 {
                    index = d1;
                    count = 1;
                }
                if (1..=captures.len()).contains(&index) {
                    let cap = captures[index - 1];
                    if cap.is_string() {
                        out.extend(string::units(cap.as_string()).iter());
                    }
                } else {
                    out.extend_from_slice(&template[i..i + 1 + count]);
                }
                i += 1 + count;
            }
            n if n == b'<' as u16 => {
                let gt = template[i..].iter().position(|&u| u == b'>' as u16);
                match gt {
                    Some(gt) if !named_captures.is_undefined() => {
                        let name = string::new_utf16(&template[i + 2..i + gt]);
                        let key = conv::string_key(name);
                        let cap = object::get_value(named_captures, key)?;
                        if !cap.is_undefined() {
                            out.extend(string::units(conv::to_string(cap)?).iter());
                        }
                        i += gt + 1;
                    }
                    _ => {
                        out.extend_from_slice(&template[i..i + 2]);
                        i += 2;
                    }
                }
            }
            _ => {
                out.push(dollar);
                i += 1;
            }
        }
    }
    Ok(())
}

/// The replacement for one match of a string pattern: the replacer's result, or the
/// template expanded.
struct StringMatch<'a> {
    search: *mut JsString,
    s: *mut JsString,
    search_units: &'a [u16],
    s_units: &'a [u16],
}

fn replacement(replacer: Value, template: &[u16], m: &StringMatch, pos: usize, out: &mut Vec<u16>) -> JsResult<()> {
    if function::is_callable(replacer) {
        let args = [Value::string(m.search), Value::int(pos as i32), Value::string(m.s)];
        let r = function::call(replacer, Value::UNDEFINED, &args)?;
        out.extend(string::units(conv::to_string(r)?).iter());
        return Ok(());
    }
    get_substitution(m.search_units, m.s_units, pos, &[], Value::UNDEFINED, template, out)
}

/// String.prototype.replace (§22.1.3.19) with a string pattern.
fn replace(a: &CallArgs) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error("String.prototype.replace called on null or undefined"));
    }
    // A RegExp (any object with @@replace) does the replacing (§22.1.3.19 step 2).
    if let Some(v) = crate::builtins::regexp::dispatch(a.arg(0), realm().sym_replace, a.this, &[a.arg(1)])? {
        return Ok(v);
    }
    let s = conv::to_string(a.this)?;
    let search = conv::to_string(a.arg(0))?;
    let replacer = a.arg(1);
    let template = if function::is_callable(replacer) { Vec::new() } else { units_vec(conv::to_string(replacer)?) };
    let Some(pos) = find(string::units(s), string::units(search), 0) else {
        return Ok(Value::string(s));
    };
    let units = units_vec(s);
    let search_units = units_vec(search);
    let m = StringMatch { search, s, search_units: &search_units, s_units: &units };
    let mut out = units[..pos].to_vec();
    replacement(replacer, &template, &m, pos, &mut out)?;
    out.extend_from_slice(&units[pos + string::len(search)..]);
    value_from_units(out)
}

/// String.prototype.replaceAll (§22.1.3.20) with a string pattern.
fn replace_all(a: &CallArgs) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error("String.prototype.replaceAll called on null or undefined"));
    }
    // A RegExp must be global; then it (any object with @@replace) does the replacing.
    crate::builtins::regexp::require_global(a.arg(0), "replaceAll")?;
    if let Some(v) = crate::builtins::regexp::dispatch(a.arg(0), realm().sym_replace, a.this, &[a.arg(1)])? {
        return Ok(v);
    }
    let s = conv::to_string(a.this)?;
    let search = conv::to_string(a.arg(0))?;
    let replacer = a.arg(1);
    let template = if function::is_callable(replacer) { Vec::new() } else { units_vec(conv::to_string(replacer)?) };
    let search_len = string::len(search);
    let advance = search_len.max(1);
    let mut positions = Vec::new();
    let mut p = find(string::units(s), string::units(search), 0);
    while let Some(i) = p {
        positions.push(i);
        p = find(string::units(s), string::units(search), i + advance);
    }
    if positions.is_empty() {
        return Ok(Value::string(s));
    }
    let units = units_vec(s);
    let search_units = units_vec(search);
    let m = StringMatch { search, s, search_units: &search_units, s_units: &units };
    let mut out = Vec::new();
    let mut end_of_last = 0;
    for pos in positions {
        out.extend_from_slice(&units[end_of_last.min(pos)..pos]);
        replacement(replacer, &template, &m, pos, &mut out)?;
        end_of_last = pos + search_len;
        if out.len() > string::MAX_LEN {
            return Err(error::throw_range_error("Invalid string length"));
        }
    }
    if end_of_last < units.len() {
        out.extend_from_slice(&units[end_of_last..]);
    }
    value_from_units(out)
}

/// String.prototype.slice (§22.1.3.21).
fn slice(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "slice")?;
    let len = string::len(s) as u64;
    let from = clamp_relative(position(a.arg(0))?, len) as usize;
    let to = if a.arg(1).is_undefined() { len as usize } else { clamp_relative(position(a.arg(1))?, len) as usize };
    if from >= to {
        return Ok(empty());
    }
    Ok(substring_value(s, from, to))
}

/// String.prototype.split (§22.1.3.22) with a string separator.
fn split(a: &CallArgs) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error("String.prototype.split called on null or undefined"));
    }
    // A RegExp (any object with @@split) does the splitting (§22.1.3.22 step 2).
    if let Some(v) = crate::builtins::regexp::dispatch(a.arg(0), realm().sym_split, a.this, &[a.arg(1)])? {
        return Ok(v);
    }
    let s = conv::to_string(a.this)?;
    let lim = if a.arg(1).is_undefined() { u32::MAX } else { conv::to_uint32(a.arg(1))? };
    let sep_value = a.arg(0);
    let r = conv::to_string(sep_value)?;
    let result = object::new_array(Vec::new());
    let push = |v: Value| unsafe { (*result.as_object()).elements.push(v) };
    if lim == 0 {
        return Ok(result);
    }
    if sep_value.is_undefined() {
        push(Value::string(s));
        return Ok(result);
    }
    let len = string::len(s);
    let sep_len = string::len(r);
    if sep_len == 0 {
        let n = len.min(lim as usize);
        unsafe { (*result.as_object()).elements.reserve(n) };
        for i in 0..n {
            push(from_unit(string::units(s).at(i)));
        }
        return Ok(result);
    }
    if len == 0 {
        push(Value::string(s));
        return Ok(result);
    }
    // Find the pieces first (no allocation while the units are borrowed), then make them.
    let mut pieces = Vec::new();
    let (su, ru) = (string::units(s), string::units(r));
    let mut i = 0;
    let mut j = find(su, ru, 0);
    while let Some(jj) = j {
        pieces.push((i, jj));
        if pieces.len() == lim as usize {
            break;
        }
        i = jj + sep_len;
        j = find(su, ru, i);
    }
    if pieces.len() < lim as usize {
        pieces.push((i, len));
    }
    for (from, to) in pieces {
        let v = if from == to { empty() } else { substring_value(s, from, to) };
        push(v);
    }
    Ok(result)
}

/// String.prototype.startsWith (§22.1.3.23).
fn starts_with(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "startsWith")?;
    let search = search_string(a.arg(0))?;
    let start = clamp(position(a.arg(1))?, string::len(s));
    Ok(Value::bool(region_eq(string::units(s), start, string::units(search))))
}

/// String.prototype.substr (Annex B.2.2.1).
fn substr(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "substr")?;
    let size = string::len(s) as u64;
    let start = clamp_relative(position(a.arg(0))?, size);
    let length = if a.arg(1).is_undefined() { size as f64 } else { position(a.arg(1))? };
    let length = length.clamp(0.0, size as f64) as u64;
    let end = (start + length).min(size);
    if start >= end {
        return Ok(empty());
    }
    Ok(substring_value(s, start as usize, end as usize))
}

/// String.prototype.substring (§22.1.3.24).
fn substring(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "substring")?;
    let len = string::len(s) as f64;
    let start = position(a.arg(0))?.clamp(0.0, len) as usize;
    let end = if a.arg(1).is_undefined() { len as usize } else { position(a.arg(1))?.clamp(0.0, len) as usize };
    let (from, to) = (start.min(end), start.max(end));
    if from == to {
        return Ok(empty());
    }
    Ok(substring_value(s, from, to))
}

/// Applies a full Unicode case mapping to the valid parts of `u` (lone surrogates are kept
/// as they are). Mapping whole runs, not single characters, lets `str::to_lowercase` apply
/// the final-sigma rule.
fn map_case(u: Units, f: fn(&str) -> String) -> Vec<u16> {
    let mut out = Vec::with_capacity(u.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        if !run.is_empty() {
            out.extend(f(run).encode_utf16());
            run.clear();
        }
    };
    for r in char::decode_utf16(u.iter()) {
        match r {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn change_case(a: &CallArgs, name: &str, upper: bool) -> JsResult<Value> {
    let s = this_str(a, name)?;
    let u = string::units(s);
    if let Units::Latin1(b) = u
        && b.is_ascii()
    {
        let changes = if upper { b.iter().any(u8::is_ascii_lowercase) } else { b.iter().any(u8::is_ascii_uppercase) };
        if !changes {
            return Ok(Value::string(s));
        }
        let mapped = if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
        return Ok(Value::string(string::new_latin1_owned(mapped)));
    }
    let out = if upper { map_case(u, str::to_uppercase) } else { map_case(u, str::to_lowercase) };
    value_from_units(out)
}

/// String.prototype.toLowerCase (§22.1.3.28); toLocaleLowerCase is the same for now.
fn to_lower_case(a: &CallArgs) -> JsResult<Value> {
    change_case(a, "toLowerCase", false)
}

/// String.prototype.toUpperCase (§22.1.3.30); toLocaleUpperCase is the same for now.
fn to_upper_case(a: &CallArgs) -> JsResult<Value> {
    change_case(a, "toUpperCase", true)
}

/// thisStringValue (§22.1.3.35.1), with V8's message naming the method.
fn this_string_value(this: Value, name: &str) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if let Some(o) = this.object_ref() {
        if o.class() == Class::StringWrapper {
            return Ok(o.primitive_value());
        }
        // String.prototype is itself a String object whose value is "" (§22.1.3).
        if this == realm().string_prototype {
            return Ok(empty());
        }
    }
    Err(error::throw_type_error(&format!("String.prototype.{name} requires that 'this' be a String")))
}

/// String.prototype.toString (§22.1.3.29).
fn to_string(a: &CallArgs) -> JsResult<Value> {
    this_string_value(a.this, "toString")
}

/// String.prototype.valueOf (§22.1.3.35).
fn value_of(a: &CallArgs) -> JsResult<Value> {
    this_string_value(a.this, "valueOf")
}

/// String.prototype.toWellFormed (§22.1.3.31): lone surrogates become U+FFFD.
fn to_well_formed(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "toWellFormed")?;
    let Units::Utf16(u) = string::units(s) else {
        return Ok(Value::string(s));
    };
    if char::decode_utf16(u.iter().copied()).all(|r| r.is_ok()) {
        return Ok(Value::string(s));
    }
    let mut out = Vec::with_capacity(u.len());
    for r in char::decode_utf16(u.iter().copied()) {
        match r {
            Ok(c) => {
                let mut buf = [0u16; 2];
                out.extend_from_slice(c.encode_utf16(&mut buf));
            }
            Err(_) => out.push(0xFFFD),
        }
    }
    value_from_units(out)
}

/// TrimString (§22.1.3.32.1).
fn trim_with(a: &CallArgs, name: &str, start: bool, end: bool) -> JsResult<Value> {
    let s = this_str(a, name)?;
    let u = string::units(s);
    let len = u.len();
    let mut from = 0;
    if start {
        while from < len && is_js_whitespace(u.at(from)) {
            from += 1;
        }
    }
    let mut to = len;
    if end {
        while to > from && is_js_whitespace(u.at(to - 1)) {
            to -= 1;
        }
    }
    if from == to {
        return Ok(empty());
    }
    Ok(substring_value(s, from, to))
}

fn trim(a: &CallArgs) -> JsResult<Value> {
    trim_with(a, "trim", true, true)
}

fn trim_start(a: &CallArgs) -> JsResult<Value> {
    trim_with(a, "trimStart", true, false)
}

fn trim_end(a: &CallArgs) -> JsResult<Value> {
    trim_with(a, "trimEnd", false, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, call_on, get, global, n, native, s, show};

    fn u() -> Value {
        Value::UNDEFINED
    }

    fn w(units: &[u16]) -> Value {
        Value::string(string::new_utf16(units))
    }

    thread_local! {
        static WRONG: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Checks `this[name](...args)` against node's result; mismatches are reported together
    /// at the end of the test.
    fn t(this: Value, name: &str, args: &[Value], expected: &str) {
        let got = show(call(this, name, args));
        if got != expected {
            let shown: Vec<String> = args.iter().map(|&a| show(Ok(a))).collect();
            let line = format!("{}.{name}({}) = {got}, node: {expected}", show(Ok(this)), shown.join(", "));
            WRONG.with(|w| w.borrow_mut().push(line));
        }
    }

    fn units_of(v: Value) -> Vec<u16> {
        string::units(v.as_string()).to_vec()
    }

    /// (this, that, node's `this.localeCompare(that)`): chosen pairs, then random ones.
    #[rustfmt::skip]
    const LOCALE_PAIRS: &[(&str, &str, i32)] = &[
        ("a", "B", -1),
        ("a", "A", -1),
        ("résumé", "resume", 1),
        ("a", "a", 0),
        ("ß", "ss", 1),
        ("ss", "ß", -1),
        ("æ", "ae", 1),
        ("Apple", "apple", 1),
        ("apple", "Banana", -1),
        ("10", "9", -1),
        ("a-b", "ab", -1),
        ("ab", "a b", 1),
        ("", "", 0),
        ("", "a", -1),
        // FIXME: no canonical equivalence yet (node: 0).
        ("e\u{301}", "é", -1),
        ("item2", "item10", 1),
        ("Zebra", "apple", 1),
        ("naïve", "naive", 1),
        ("coop", "co-op", 1),
        ("b-1", "-", 1),
        ("ş", "s", 1),
        (",", "æ", -1),
        ("æ", "!", 1),
        ("9", "0", 1),
        ("*", "ı", -1),
        ("ø", "$", 1),
        ("0", "#", 1),
        ("Ö", ".", 1),
        ("e", "ş", -1),
        ("~", "1", -1),
        ("*", "ñ", -1),
        ("0", "ç", -1),
        ("@", "+", -1),
        ("A", "a", 1),
        ("\t", "@", -1),
        ("α", "\u{a0}", 1),
        (",", "@", -1),
        ("\u{a0}", "$", -1),
        ("ñ", "1", 1),
        ("Ö", "ø", -1),
        ("日", "+", 1),
        ("a", "\u{a0}", 1),
        ("+", "ê", -1),
        ("&", "e", -1),
        ("\t", ".", -1),
        ("z", "å", 1),
        (".", "~", -1),
        ("?", "ō", -1),
        ("0", "ō", -1),
        ("ı", "ç", 1),
        ("#", "ê", -1),
        ("æ", "ß", -1),
        ("%", "?", 1),
        ("ß", "å", 1),
        ("!", "1", -1),
        ("Ñ", ",", 1),
        (".", "\t", 1),
        ("%", "Z", -1),
        ("z", "Ö", 1),
        ("Ñ", "$", 1),
        ("?", "å", -1),
        ("ł", "ÿ", -1),
        ("2", "#", 1),
        ("$", "ÿ", -1),
        ("S", "0", 1),
        ("ı", "ñ", -1),
        ("æ", "α", -1),
        ("ł", "e", 1),
        ("\u{a0}", "9", -1),
        ("~", "\u{a0}", 1),
        ("~", "я", -1),
        ("S", "Ω", -1),
        ("E", "*", 1),
        ("*", "-", 1),
        ("ø", "ç", 1),
        ("Z", "ş", 1),
        (",", "я", -1),
        ("e", "ñ", -1),
        ("Z", "$", 1),
        ("%", " ", 1),
        ("~", "\u{a0}", 1),
        ("α", "s", 1),
        ("+", "#", 1),
        ("ş", "e", 1),
        ("я", "å", 1),
        ("ł", "ø", -1),
        ("é", ".", 1),
        ("/", "ÿ", -1),
        ("ō", "E", 1),
        ("ê", "a", 1),
        ("Ω", ".", 1),
        ("ł", "É", 1),
        (",", "2", -1),
        ("*", "Ö", -1),
        ("α", "/", 1),
        ("9", "/", 1),
        ("Ω", "(", 1),
        ("b", "æ", 1),
        ("B", "#", 1),
        ("-", "&", -1),
        ("e", "*", 1),
        ("ç", "$", 1),
        ("a", "(", 1),
        ("%", "ö", -1),
        ("è", "0", 1),
        ("a", "ö", -1),
        ("-", "1", -1),
        ("1", "S", -1),
        (".", "z", -1),
        ("%", "α", -1),
        ("?", "ß", -1),
        ("#", "~", -1),
        ("æ", "0", 1),
        ("2", "z", -1),
        ("Z", "ō", 1),
        ("å", "æ", -1),
        ("!", "z", -1),
        ("ç", "ş", -1),
        ("ß", "#", 1),
        ("ñ", "B", 1),
        ("Ñ", "_", 1),
        ("1", "1", 0),
        ("&", "ö", -1),
        ("~", "É", -1),
        ("a", "_", 1),
        ("ö", " ", 1),
        ("s", "&", 1),
        ("é", "z", -1),
        ("å", "e", -1),
        ("#", "9", -1),
        ("e", "Ω", -1),
        ("α", "S", 1),
        ("e", "ÿ", -1),
        ("A", "+", 1),
        ("?", "_", 1),
        ("&", "ō", -1),
        ("2", " ", 1),
        ("%", "~", -1),
        ("я", "0", 1),
        ("ÿ", "9", 1),
        ("ñ", "É", 1),
        ("$", "æ", -1),
        ("ç", "ç", 0),
        ("α", "ş", 1),
        ("ł", "é", 1),
        ("ß", "ł", 1),
        ("S", "日", -1),
        ("0", "Ω", -1),
        ("a", "ÿ", -1),
        ("ÿ", "ñ", 1),
        ("я", "ø", 1),
        ("ō", ",", 1),
        ("Ö", "ı", 1),
        ("ş", "É", 1),
        ("S", "ç", 1),
        ("1", "1", 0),
        ("a", "e", -1),
        ("*", "_", 1),
        ("æ", "ÿ", -1),
        ("s", "日", -1),
        ("я", "α", 1),
        ("2", "è", -1),
        ("%", "s", -1),
        ("2", "Ñ", -1),
        ("%", "s", -1),
        ("a", "E", -1),
        (".", "ö", -1),
        ("ı", "(", 1),
        ("_", "#", -1),
        ("ÿ", "S", 1),
        ("1", "B", -1),
        ("Ñ", "ñ", 1),
        ("ı", ",", 1),
        ("å", " ", 1),
        ("9", "Ñ", -1),
        ("b", " ", 1),
        ("Ö", "9", 1),
        ("_", "#", -1),
        ("*", "ê", -1),
        (",", " ", 1),
        ("ł", "å", 1),
        ("ñ", "/", 1),
        ("я", "/", 1),
        ("Ñ", "ê", 1),
        ("2", "%", 1),
        ("_", "%", -1),
        ("ı", "1", 1),
        ("A", "ō", -1),
        ("s", "日", -1),
        ("Ñ", "\t", 1),
        (".", "a", -1),
        ("_", "é", -1),
        ("Z", "s", 1),
        ("ÿ", "日", -1),
        ("-", "Ñ", -1),
        ("я", "Z", 1),
        ("!", "Ö", -1),
        ("b", "e", -1),
        ("ı", "É", 1),
        ("2", "Z", -1),
        ("日", "É", 1),
        ("Ñ", "ō", -1),
        ("b", "α", -1),
        ("S", "ç", 1),
        ("ÿ", "a", 1),
        ("-", "?", -1),
        ("E", "2", 1),
        ("Ñ", "9", 1),
        ("$", "@", 1),
        ("a", "_", 1),
        ("0", "Z", -1),
        ("%", "!", 1),
        ("2", "(", 1),
        ("+", "ı", -1),
        ("日", "Ö", 1),
        ("$", "ß", -1),
        ("B", "ñ", -1),
        ("B", "ç", -1),
        ("-", "\u{a0}", 1),
        ("b", "Z", -1),
        ("日", "b", 1),
        ("S", "$", 1),
        ("ê", "s", -1),
        ("ÿ", "Ö", 1),
        ("ı", "ı", 0),
        ("&", "s", -1),
        ("ö", "0", 1),
        ("日", "я", 1),
        ("&", "ê", -1),
        ("?", "*", -1),
        ("B", "e", -1),
        ("e", "?", 1),
        ("&", "é", -1),
        ("ñ", "a", 1),
        ("B", ",", 1),
        ("α", "s", 1),
        ("é", "\t", 1),
        ("É", "%", 1),
        ("~", "s", -1),
        ("~", "$", -1),
        ("/", "ō", -1),
        ("ñ", "!", 1),
        (".", "?", 1),
        ("2", "_", 1),
        ("+", "\t", 1),
        ("ö", ",", 1),
        ("_", "ç", -1),
        ("e", "Ω", -1),
        ("É", "e", 1),
        ("B", "ç", -1),
        ("ö", "E", 1),
        (" ", "é", -1),
        ("å", "a", 1),
        ("ş", "B", 1),
        ("日", "2", 1),
        ("-", ",", -1),
        ("Ö", "2", 1),
        ("ö_", "$", 1),
        (" ", "ÿ", -1),
        ("É", "%", 1),
        ("(", "ß", -1),
        ("ÿ", "9", 1),
        ("&", "Ω", -1),
        ("0", "-", 1),
        ("z", "ł", 1),
        ("_", "~", -1),
        ("日", "A", 1),
        ("ı", "è", 1),
        ("日", "ş", 1),
        ("9", "+", 1),
        ("ö", "B", 1),
        ("b", "_", 1),
        ("å", ",", 1),
        ("я", "@", 1),
        ("(", "-", 1),
        ("~", "\u{a0}", 1),
        ("\u{a0}", "0", -1),
        ("?", "b", -1),
        ("α", "\u{a0}", 1),
        ("!", "Ñ", -1),
        ("s", ".", 1),
        ("ø", "A", 1),
        ("!", "日", -1),
        ("ÿ", "(", 1),
        (" ", "Ö", -1),
        ("a", "~", 1),
        ("z", "ç", 1),
        ("ÿ", "B", 1),
        ("s", ",", 1),
        ("A", "2", 1),
        ("&", "\t", 1),
        ("Ö", "å", 1),
        ("\u{a0}", "æ", -1),
        ("я", ",", 1),
        ("?", "ı", -1),
        ("&", "E", -1),
        ("*", "b", -1),
        (",", "ş", -1),
        ("$", "ø", -1),
        ("-", "Ö", -1),
        ("&", "~", -1),
        ("@", "a", -1),
        ("&", "s", -1),
        ("a", "0", 1),
        ("1", "$", 1),
        ("S", "#", 1),
        ("ō", ".", 1),
        ("é", "\u{a0}", 1),
        ("я", "1", 1),
        ("b", "è", -1),
        ("~", "ı", -1),
        ("0", "2", -1),
        ("/", "æ", -1),
        ("&", "å", -1),
        ("\u{a0}", "a", -1),
        ("$", " ", 1),
        ("Ω", "ñ", 1),
        ("ç", "B", 1),
        ("\u{a0}", "?", -1),
        ("ı", "\t", 1),
        ("S", "s", 1),
        ("b", "(", 1),
        ("ñ", "ō", -1),
        ("É", "ōñ", -1),
        ("É", "e", 1),
        ("å", "$", 1),
        ("я", "Ö", 1),
        ("É", "α", -1),
        ("ı", "1", 1),
        ("$", "å", -1),
        ("ç", "s", -1),
        ("α", "ÿ", 1),
        ("Ö", "@", 1),
        ("B", "ł", -1),
        ("9", "&", 1),
        ("ō", "日", -1),
        ("(", "я", -1),
        ("\t", "日", -1),
        ("ı", "æ", 1),
        ("$", "\t", 1),
        ("α", "\u{a0}", 1),
        ("å", "\t", 1),
        ("ß", "z", -1),
        ("*", "ö", -1),
        ("ł", "B", 1),
        ("ş", "z", -1),
        ("+", "ı", -1),
        ("A", "(", 1),
        ("\u{a0}", "*", -1),
        ("e", " ", 1),
        ("é", "#", 1),
        ("# ", "2", -1),
        ("9", "s", -1),
        ("ÿ", "/", 1),
        ("日", "0", 1),
        ("a", ",", 1),
        ("e", "\u{a0}", 1),
        ("\t", "z", -1),
        (" ", "ç", -1),
        ("2", "è", -1),
        ("@", "s", -1),
        ("%", "9", -1),
        ("-", "~", -1),
        ("@", "9", -1),
        ("z", "ç", 1),
        ("A", "É", -1),
        (",", "z", -1),
        ("?", "é", -1),
        ("Ö", ".", 1),
        ("_", "!", -1),
        ("S", "e", 1),
        ("ÿ", " ", 1),
        ("e", "日", -1),
        ("ç", "É", -1),
        ("?", "ł", -1),
        ("@", ".", 1),
        ("é", "Ö", -1),
        ("2", "æ", -1),
        ("ı", "/", 1),
        ("ê", "ø", -1),
        ("_", "ō", -1),
        ("_", " ", 1),
        ("b", "e", -1),
        ("\u{a0}", "E", -1),
        ("\u{a0}", "!", -1),
        ("&", "\u{a0}", 1),
        ("ÿ", "ö", 1),
        (",", ".", -1),
        ("\u{a0}", "ß", -1),
        ("&", "z", -1),
        ("!", "é", -1),
        ("&", "(", 1),
        ("B", "-", 1),
        ("_", "ö", -1),
        ("E", "ÿ", -1),
        ("Ω", "æ", 1),
        ("æ", "é", -1),
        ("B", "A", 1),
        ("2", "ö", -1),
        ("e", "b", 1),
        ("α", "e", 1),
        ("b", "/", 1),
        ("ö", ",", 1),
        ("1", "日", -1),
        ("/", "Ω", -1),
        ("-", "è", -1),
        ("Ñ", "b", 1),
        (" ", "(", -1),
        ("E", "~", 1),
        ("!", "å", -1),
        ("ı", "Z", -1),
        (",", "e", -1),
        ("\t", "+", -1),
        ("æ", "(", 1),
        ("æ", "/", 1),
        ("e", "2", 1),
        ("!", "è", -1),
        ("ê", "ß", -1),
        ("ÿ", "ø", 1),
        ("я", "a", 1),
        ("E", "ÿ", -1),
        ("E", "9", 1),
        ("é", "_", 1),
        ("ç", "*", 1),
        ("0", "Ñ", -1),
        ("!", "ñ", -1),
        ("z", "a", 1),
        ("æ", "-", 1),
        ("ç", ".", 1),
        (".", "!", 1),
        ("?", "~", -1),
        ("ş", "e", 1),
        ("α", "E", 1),
        ("ñ", "ş", -1),
        (" ", "ÿ", -1),
        ("#", "ÿ", -1),
        ("ı", "ñ\u{a0}", -1),
        (".", "1", -1),
        ("b", ".", 1),
        ("ÿ", "?", 1),
        ("\u{a0}", "S", -1),
        ("&", "/", 1),
        ("Ñ", "ç", 1),
        ("Ω$", "É", 1),
        ("%", "@", 1),
        ("9", "*", 1),
        ("\t", "Z", -1),
        ("æ", "Ω", -1),
        ("/", "èE", -1),
        ("é", "%", 1),
        ("\u{a0}", "*", -1),
        ("+", "~", -1),
        ("*", "ñ", -1),
        ("_", "ş", -1),
        ("!", "ō", -1),
        ("æ", "è", -1),
        ("_", "b", -1),
        ("~", "Z", -1),
        ("ñ", "A", 1),
        ("я", "ß", 1),
        ("&", "æ", -1),
        ("A", "E", -1),
        ("日", "Ω", 1),
        ("S", "0", 1),
        ("É", "9", 1),
        (",", "/", -1),
        ("z", "ı", 1),
        ("*", "-", 1),
        ("*", "$", -1),
        ("0", "1", -1),
        ("@", "1", -1),
        ("9", "Z", -1),
        ("$", "B", -1),
        ("Ö", "*", 1),
        ("0", "Ñ", -1),
        ("#", "ø", -1),
        ("+", "Ω", -1),
        ("ñ", "ç", 1),
        ("b", "ł", -1),
        ("+", "é", -1),
        ("9", "Z", -1),
        ("%", "*", 1),
        ("ō", "日", -1),
        ("/", "?", 1),
        ("Z", "@", 1),
        ("Ω", "Ω", 0),
        ("ç", "è", -1),
        ("\t", "-", -1),
        ("\u{a0}", "b", -1),
        (",", "B", -1),
        ("Ω", "ş", 1),
        ("1", "@", 1),
        ("~", "&", 1),
        ("è", "E", 1),
        ("9", "Ñ", -1),
        ("A", "_", 1),
        ("s", "~", 1),
        ("\u{a0}", "S", -1),
        ("~", "ç", -1),
        ("%", "ł", -1),
        ("ÿ", "ÿ", 0),
        ("å", "+", 1),
        ("ö", "#", 1),
        ("?", "Ω", -1),
        ("è", "日", -1),
        ("a", "/", 1),
        ("Z", "Ö", 1),
        ("_", "s", -1),
        ("1", "Ö", -1),
        ("S", "@", 1),
        ("ş", "Z", -1),
        ("b", "z", -1),
        ("_", "日", -1),
        ("é", "@", 1),
        ("$", "ł", -1),
        ("α", "B", 1),
        (".", "É", -1),
        ("Ö", "æ", 1),
        ("9", "b", -1),
        ("(", "é", -1),
        ("!", "2", -1),
        ("-", ",", -1),
        ("*", " ", 1),
        ("ş", "Ñ", 1),
        ("?", "!", 1),
        ("Ö", "2", 1),
        ("é", "å", 1),
        ("S", "$", 1),
        ("é", " ", 1),
        ("я", "Ñ", 1),
        ("ø", ".", 1),
        ("ø", "E", 1),
        ("z", "é", 1),
        (",", "ł", -1),
        ("?", "α", -1),
        ("E", "s", -1),
        ("Ω", "~", 1),
        ("\u{a0}", "$", -1),
        ("ê", "0", 1),
        ("è", "?", 1),
        ("ō", "ÿ", -1),
        ("/", "Z", -1),
        ("9", "ō", -1),
        ("Ñ", "Ω", -1),
        ("ō", "s", -1),
        ("я", "α", 1),
        ("Ñ", "(", 1),
        (" ", "&", -1),
        ("2", "ı", -1),
        ("*", "S", -1),
        ("Z", "日", -1),
        ("e", "æ", 1),
        ("É", "2", 1),
        ("ß", "b", 1),
        ("B", "A", 1),
        ("é", "+", 1),
        ("α", ",", 1),
        ("\u{a0}", "日", -1),
        ("æ", "ê", -1),
        ("ç", "(", 1),
        ("è", "ş", -1),
        ("ß", "é", 1),
        ("ñ", "_", 1),
        ("æ", "@", 1),
        ("+", "E", -1),
        ("ı", "α", -1),
        ("å", "e", -1),
        ("*", "æ", -1),
        ("-", "Z", -1),
        ("_", "b", -1),
        ("ō", "ş", -1),
        ("1", "\u{a0}", 1),
        ("0", "*", 1),
        ("!", "ç", -1),
        ("ö", "A", 1),
        (",", "ñ", -1),
        ("\u{a0}", "ø", -1),
        ("я", "ö", 1),
        ("!", "$", -1),
        ("Ö", "ō", -1),
        ("æ", "Ñ", -1),
        ("!", "+", -1),
        ("Ö", "~", 1),
        ("ō", "Ω", -1),
        ("B", "#", 1),
        ("ñ", "è", 1),
        ("z", "Ö", 1),
        ("%", "ı", -1),
        ("!", "\t", 1),
        ("ö", "+", 1),
        ("ø", "a", 1),
        (" s", "$", -1),
        ("e", "\t", 1),
        ("S", "s", 1),
        (".", "é", -1),
        ("è", "\t", 1),
        ("1", "/", 1),
        ("α", "b", 1),
        (".", "Ω", -1),
        ("/", "!", 1),
        ("é", "b", 1),
        ("#", "#", 0),
        ("~", "?", 1),
        ("0", "ø", -1),
        ("é", "Z", -1),
        ("%", "%", 0),
        ("1", ",", 1),
        ("ø", "e", 1),
        ("B", "#", 1),
        (",", "*", -1),
        ("/", "a", -1),
        ("ç", "/", 1),
        ("e", "ş", -1),
        ("@", "(", 1),
        ("α", "~", 1),
        ("ö", "B", 1),
        ("ñ", "ö", -1),
        ("#", "s", -1),
        ("ł", "Ω", -1),
    ];

    #[test]
    fn string_builtins() {
        let _runtime = crate::start::init_for_tests();
        // Generated with node v20 from the same calls.
        t(s("Hello, World"), "charAt", &[n(4.0)], "'o'");
        t(s("Hello, World"), "charAt", &[n(100.0)], "''");
        t(s("Hello, World"), "charAt", &[n(-1.0)], "''");
        t(s("abc"), "charAt", &[], "'a'");
        t(s("abc"), "charAt", &[n(1.9)], "'b'");
        t(s("Hello"), "charCodeAt", &[n(0.0)], "72");
        t(s("Hello"), "charCodeAt", &[n(100.0)], "NaN");
        t(s("Hello"), "charCodeAt", &[], "72");
        t(s("😀"), "charCodeAt", &[n(1.0)], "56832");
        t(s("a😀b"), "codePointAt", &[n(1.0)], "128512");
        t(s("a😀b"), "codePointAt", &[n(2.0)], "56832");
        t(s("a"), "codePointAt", &[n(5.0)], "undefined");
        t(s("abc"), "at", &[n(-1.0)], "'c'");
        t(s("abc"), "at", &[n(5.0)], "undefined");
        t(s("abc"), "at", &[s("1")], "'b'");
        t(s("abc"), "at", &[n(-4.0)], "undefined");
        t(s("the cat sat on the mat"), "indexOf", &[s("the")], "0");
        t(s("the cat sat on the mat"), "indexOf", &[s("the"), n(1.0)], "15");
        t(s("the cat sat on the mat"), "indexOf", &[s("dog")], "-1");
        t(s("the cat sat"), "indexOf", &[s("")], "0");
        t(s("the cat"), "indexOf", &[s(""), n(100.0)], "7");
        t(s("abc"), "indexOf", &[s("c"), n(f64::NEG_INFINITY)], "2");
        t(s("123"), "indexOf", &[n(2.0)], "1");
        t(s("null"), "indexOf", &[Value::NULL], "0");
        t(s("a😀b"), "indexOf", &[s("b")], "3");
        t(s("a😀b😀"), "indexOf", &[s("😀"), n(2.0)], "4");
        t(s("héllo wörld"), "indexOf", &[s("wö")], "6");
        t(s("abcabc"), "lastIndexOf", &[s("abc")], "3");
        t(s("abcabc"), "lastIndexOf", &[s("abc"), n(2.0)], "0");
        t(s("abc"), "lastIndexOf", &[s(""), n(10.0)], "3");
        t(s("abc"), "lastIndexOf", &[s("c"), n(f64::NAN)], "2");
        t(s("abc"), "lastIndexOf", &[s("c"), n(f64::NEG_INFINITY)], "-1");
        t(s("abc"), "lastIndexOf", &[s("abcd")], "-1");
        t(s("aXa"), "lastIndexOf", &[s("a"), n(0.0)], "0");
        t(s("undefined"), "includes", &[], "true");
        t(s("abc"), "includes", &[s("bc")], "true");
        t(s("abc"), "includes", &[s("bc"), n(2.0)], "false");
        t(s("abc"), "includes", &[s("")], "true");
        t(s("hello world"), "startsWith", &[s("hello")], "true");
        t(s("hello world"), "startsWith", &[s("world"), n(6.0)], "true");
        t(s("abc"), "startsWith", &[s("b"), n(1.5)], "true");
        t(s("abc"), "startsWith", &[s("abcd")], "false");
        t(s("abc"), "startsWith", &[s("a"), n(-5.0)], "true");
        t(s("hello world"), "endsWith", &[s("world")], "true");
        t(s("hello world"), "endsWith", &[s("hello"), n(5.0)], "true");
        t(s("abc"), "endsWith", &[s("")], "true");
        t(s("abc"), "endsWith", &[s("a"), n(-1.0)], "false");
        t(s("abc"), "endsWith", &[s("c"), n(100.0)], "true");
        t(s("JavaScript"), "slice", &[n(4.0)], "'Script'");
        t(s("JavaScript"), "slice", &[n(-6.0), n(-3.0)], "'Scr'");
        t(s("JavaScript"), "slice", &[n(3.0), n(1.0)], "''");
        t(s("JavaScript"), "slice", &[n(f64::NAN), n(2.0)], "'Ja'");
        t(s("JavaScript"), "slice", &[n(1.7), n(4.2)], "'ava'");
        t(s("JavaScript"), "slice", &[], "'JavaScript'");
        t(s("JavaScript"), "substring", &[n(4.0), n(0.0)], "'Java'");
        t(s("JavaScript"), "substring", &[n(-3.0)], "'JavaScript'");
        t(s("JavaScript"), "substring", &[n(3.0), n(-1.0)], "'Jav'");
        t(s("JavaScript"), "substring", &[s("2"), s("5")], "'vaS'");
        t(s("JavaScript"), "substring", &[n(f64::NAN), n(2.0)], "'Ja'");
        t(s("abc"), "substr", &[n(-2.0), n(1.0)], "'b'");
        t(s("abc"), "substr", &[n(1.0)], "'bc'");
        t(s("abc"), "substr", &[n(-5.0), n(2.0)], "'ab'");
        t(s("abc"), "substr", &[n(1.0), n(-1.0)], "''");
        t(s("abc"), "substr", &[n(f64::NAN), n(f64::INFINITY)], "'abc'");
        t(s("a,b,c"), "split", &[s(",")], "[ 'a', 'b', 'c' ]");
        t(s("a,b,,c,"), "split", &[s(",")], "[ 'a', 'b', '', 'c', '' ]");
        t(s("abc"), "split", &[s("")], "[ 'a', 'b', 'c' ]");
        t(s(""), "split", &[s(",")], "[ '' ]");
        t(s(""), "split", &[s("")], "[]");
        t(s("abc"), "split", &[], "[ 'abc' ]");
        t(s("a, b, c"), "split", &[s(", ")], "[ 'a', 'b', 'c' ]");
        t(s("a,b,c,d"), "split", &[s(","), n(2.0)], "[ 'a', 'b' ]");
        t(s("a,b"), "split", &[s(","), n(0.0)], "[]");
        t(s("aaa"), "split", &[s("a")], "[ '', '', '', '' ]");
        t(s("aaa"), "split", &[s("aa")], "[ '', 'a' ]");
        t(s("aXbXc"), "split", &[s("X"), n(-1.0)], "[ 'a', 'b', 'c' ]");
        t(s("aXbXc"), "split", &[s("X"), n(4294967297.0)], "[ 'a' ]");
        t(s("abc"), "split", &[u(), n(0.0)], "[]");
        t(s("abc"), "split", &[s(""), n(2.0)], "[ 'a', 'b' ]");
        t(s("héllo"), "split", &[s("")], "[ 'h', 'é', 'l', 'l', 'o' ]");
        t(s("a1b1c"), "split", &[n(1.0)], "[ 'a', 'b', 'c' ]");
        t(s("nullxnull"), "split", &[Value::NULL], "[ '', 'x', '' ]");
        t(s("a-b-c"), "split", &[s("-"), n(2.7)], "[ 'a', 'b' ]");
        t(s("  padded  "), "trim", &[], "'padded'");
        t(s("\t\n x y \r\n"), "trim", &[], "'x y'");
        t(s("   "), "trim", &[], "''");
        t(s("\u{a0}\u{feff}x\u{2028}\u{3000}"), "trim", &[], "'x'");
        t(s("  x  "), "trimStart", &[], "'x  '");
        t(s("  x  "), "trimEnd", &[], "'  x'");
        t(s("  x  "), "trimLeft", &[], "'x  '");
        t(s("\u{200b}x"), "trim", &[], "'\u{200b}x'");
        t(s("abc"), "padStart", &[n(10.0), s("12")], "'1212121abc'");
        t(s("abc"), "padEnd", &[n(6.9), s("")], "'abc'");
        t(s("abc"), "padStart", &[n(6.0)], "'   abc'");
        t(s("abc"), "padEnd", &[n(2.0), s("x")], "'abc'");
        t(s("abc"), "padEnd", &[n(7.0), s("xy")], "'abcxyxy'");
        t(s("5"), "padStart", &[n(3.0), n(0.0)], "'005'");
        t(s("abc"), "padStart", &[n(1073741824.0)], "RangeError: Invalid string length");
        t(s("Hello World"), "toUpperCase", &[], "'HELLO WORLD'");
        t(s("Hello World"), "toLowerCase", &[], "'hello world'");
        t(s("straße"), "toUpperCase", &[], "'STRASSE'");
        t(s("ÉCOLE"), "toLowerCase", &[], "'école'");
        t(s("İ"), "toLowerCase", &[], "'i̇'");
        t(s("ΑΣ"), "toLowerCase", &[], "'ας'");
        t(s("ΑΣ b"), "toLowerCase", &[], "'ας b'");
        t(s("ÿµß"), "toUpperCase", &[], "'ŸΜSS'");
        t(s("ﬃ"), "toUpperCase", &[], "'FFI'");
        t(s("héllo"), "toUpperCase", &[], "'HÉLLO'");
        t(s("ABC"), "toLocaleLowerCase", &[], "'abc'");
        t(s("ab"), "repeat", &[n(3.0)], "'ababab'");
        t(s("x"), "repeat", &[n(0.0)], "''");
        t(s("x"), "repeat", &[n(-1.0)], "RangeError: Invalid count value: -1");
        t(s("x"), "repeat", &[n(-1.5)], "RangeError: Invalid count value: -1.5");
        t(s("x"), "repeat", &[n(f64::INFINITY)], "RangeError: Invalid count value: Infinity");
        t(s(""), "repeat", &[n(f64::INFINITY)], "RangeError: Invalid count value: Infinity");
        t(s(""), "repeat", &[n(10000000000.0)], "''");
        t(s("x"), "repeat", &[s("-2")], "RangeError: Invalid count value: -2");
        t(s("x"), "repeat", &[n(-0.5)], "''");
        t(s("x"), "repeat", &[n(f64::NAN)], "''");
        t(s("x"), "repeat", &[n(1099511627776.0)], "RangeError: Invalid string length");
        t(s("é"), "repeat", &[n(3.0)], "'ééé'");
        t(s("abc"), "concat", &[n(1.0), Value::NULL, u()], "'abc1nullundefined'");
        t(s("abc"), "concat", &[], "'abc'");
        t(s("aaa"), "replace", &[s("a"), s("b")], "'baa'");
        t(s("abc"), "replace", &[s("b"), s("$`$'$$")], "'aac$c'");
        t(s("abc"), "replace", &[s(""), s("_")], "'_abc'");
        t(s("x"), "replace", &[s("x"), s("$1$<n>$&$")], "'$1$<n>x$'");
        t(s("abc"), "replace", &[s("z"), s("y")], "'abc'");
        t(s("abc"), "replace", &[s("b"), s("$0$00$10")], "'a$0$00$10c'");
        t(s("aaa"), "replaceAll", &[s("a"), s("$&$&")], "'aaaaaa'");
        t(s("abc"), "replaceAll", &[s(""), s("_")], "'_a_b_c_'");
        t(s("aaaa"), "replaceAll", &[s("aa"), s("b")], "'bb'");
        t(s("a.b.c"), "replaceAll", &[s("."), s("")], "'abc'");
        t(s("abc"), "replaceAll", &[s("d"), s("e")], "'abc'");
        t(s("a"), "localeCompare", &[s("b")], "-1");
        t(s("b"), "localeCompare", &[s("a")], "1");
        t(s("a"), "localeCompare", &[s("a")], "0");
        t(s("ab"), "isWellFormed", &[], "true");
        t(s("abc"), "toString", &[], "'abc'");
        t(s("abc"), "valueOf", &[], "'abc'");
        let wrong = WRONG.with(|w| w.take());
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        // localeCompare against node's ICU collation.
        let mut disagree = Vec::new();
        for &(x, y, expected) in LOCALE_PAIRS {
            let got = call(s(x), "localeCompare", &[s(y)]).unwrap().as_int();
            if got != expected {
                disagree.push(format!("{x:?}.localeCompare({y:?}) = {got}, node: {expected}"));
            }
        }
        assert!(disagree.is_empty(), "{} of {}:\n{}", disagree.len(), LOCALE_PAIRS.len(), disagree.join("\n"));
        // Lone surrogates (which inspect cannot show faithfully): compare code units.
        let pieces = call(s("a😀b"), "split", &[s("")]).unwrap();
        assert_eq!(show(Ok(get(pieces, "length"))), "4");
        assert_eq!(units_of(crate::object::get_value(pieces, crate::object::Key::Index(1)).unwrap()), [0xD83D]);
        assert_eq!(units_of(call(w(&[0xD800, 0x61]), "toUpperCase", &[]).unwrap()), [0xD800, 0x41]);
        assert_eq!(show(call(w(&[0xD800]), "isWellFormed", &[])), "false");
        assert_eq!(show(call(w(&[0xD83D, 0xDE00]), "isWellFormed", &[])), "true");
        assert_eq!(units_of(call(w(&[0x61, 0xD800, 0x62]), "toWellFormed", &[]).unwrap()), [0x61, 0xFFFD, 0x62]);
        assert_eq!(units_of(call(w(&[0xDE00, 0xD83D]), "toWellFormed", &[]).unwrap()), [0xFFFD, 0xFFFD]);
        // The constructor.
        let c = global("String");
        let sym = crate::symbol::new(s("desc"));
        assert_eq!(show(function::call(c, u(), &[n(-0.0)])), "'0'");
        assert_eq!(show(function::call(c, u(), &[])), "''");
        assert_eq!(show(function::call(c, u(), &[sym])), "'Symbol(desc)'");
        assert_eq!(show(function::call(c, u(), &[crate::symbol::new(u())])), "'Symbol()'");
        assert_eq!(show(function::call(c, u(), &[arr(&[n(1.0), arr(&[n(2.0), n(3.0)])])])), "'1,2,3'");
        assert_eq!(show(function::construct(c, &[sym], c)), "TypeError: Cannot convert a Symbol value to a string");
        let wrapper = function::construct(c, &[s("ab")], c).unwrap();
        assert_eq!(show(Ok(wrapper)), "[String: 'ab']");
        assert_eq!(show(Ok(get(wrapper, "length"))), "2");
        assert_eq!(show(call(wrapper, "toUpperCase", &[])), "'AB'");
        assert_eq!(show(call(wrapper, "valueOf", &[])), "'ab'");
        let sp = realm().string_prototype;
        assert_eq!(
            show(call_on(sp, "toString", n(1.0), &[])),
            "TypeError: String.prototype.toString requires that 'this' be a String"
        );
        assert_eq!(
            show(call_on(sp, "valueOf", crate::object::new_plain(), &[])),
            "TypeError: String.prototype.valueOf requires that 'this' be a String"
        );
        assert_eq!(show(call_on(sp, "toString", sp, &[])), "''");
        assert_eq!(
            show(call_on(sp, "trim", Value::NULL, &[])),
            "TypeError: String.prototype.trim called on null or undefined"
        );
        assert_eq!(show(call_on(sp, "at", u(), &[])), "TypeError: String.prototype.at called on null or undefined");
        assert_eq!(
            show(call_on(sp, "split", u(), &[])),
            "TypeError: String.prototype.split called on null or undefined"
        );
        // Methods on non-strings coerce `this`.
        assert_eq!(show(call_on(sp, "slice", n(12345.0), &[n(1.0), n(3.0)])), "'23'");
        assert_eq!(show(call_on(sp, "indexOf", Value::TRUE, &[s("u")])), "2");
        // fromCharCode / fromCodePoint / raw.
        assert_eq!(show(call(c, "fromCharCode", &[n(72.0), n(105.0)])), "'Hi'");
        assert_eq!(show(call(c, "fromCharCode", &[])), "''");
        assert_eq!(show(call(c, "fromCharCode", &[n(65.0 + 65536.0), n(97.9)])), "'Aa'");
        assert_eq!(units_of(call(c, "fromCharCode", &[n(0xD83D as f64), n(0xDE00 as f64)]).unwrap()), [0xD83D, 0xDE00]);
        assert_eq!(show(call(c, "fromCharCode", &[n(0x263A as f64)])), "'☺'");
        assert_eq!(show(call(c, "fromCodePoint", &[n(0x1F600 as f64), n(97.0)])), "'😀a'");
        assert_eq!(show(call(c, "fromCodePoint", &[n(-1.0)])), "RangeError: Invalid code point -1");
        assert_eq!(show(call(c, "fromCodePoint", &[n(1.5)])), "RangeError: Invalid code point 1.5");
        assert_eq!(show(call(c, "fromCodePoint", &[n(1114112.0)])), "RangeError: Invalid code point 1114112");
        assert_eq!(show(call(c, "fromCodePoint", &[s("a")])), "RangeError: Invalid code point NaN");
        let template = crate::object::new_plain();
        crate::builtins::define(template, "raw", arr(&[s("a"), s("b"), s("c")]), crate::shape::DEFAULT);
        assert_eq!(show(call(c, "raw", &[template, n(1.0)])), "'a1bc'");
        crate::builtins::define(template, "raw", s("abc"), crate::shape::DEFAULT);
        assert_eq!(show(call(c, "raw", &[template, n(1.0), n(2.0), n(3.0)])), "'a1b2c'");
        // Function replacers get (match, position, string).
        let f = native(|a| {
            let parts = [a.arg(0), a.arg(1), a.arg(2)];
            let mut out = String::new();
            for p in parts {
                out.push_str(&conv::to_rust_string(p)?);
                out.push('|');
            }
            Ok(Value::string(string::from_str(&out)))
        });
        assert_eq!(show(call(s("abcb"), "replace", &[s("b"), f])), "'ab|1|abcb|cb'");
        assert_eq!(show(call(s("abcb"), "replaceAll", &[s("b"), f])), "'ab|1|abcb|cb|3|abcb|'");
        let thrower = native(|_| Err(error::throw_type_error("boom")));
        assert_eq!(show(call(s("abc"), "replace", &[s("b"), thrower])), "TypeError: boom");
        // Method lengths and the Annex B aliases.
        assert_eq!(show(Ok(get(get(sp, "padStart"), "length"))), "1");
        assert_eq!(show(Ok(get(get(sp, "replace"), "length"))), "2");
        assert_eq!(show(Ok(get(get(c, "fromCharCode"), "length"))), "1");
        assert!(get(sp, "trimLeft") == get(sp, "trimStart"));
        assert_eq!(show(Ok(get(get(sp, "trimRight"), "name"))), "'trimEnd'");
        // Long strings: ropes as receivers, and building big results.
        let mut big = s("ab");
        for _ in 0..12 {
            big = crate::ops::add(big, big).unwrap();
        }
        assert_eq!(show(Ok(get(big, "length"))), "8192");
        assert_eq!(show(call(big, "indexOf", &[s("ba"), n(8000.0)])), "8001");
        assert_eq!(show(call(big, "lastIndexOf", &[s("ab")])), "8190");
        assert_eq!(show(Ok(get(call(big, "split", &[s("b")]).unwrap(), "length"))), "4097");
        assert_eq!(show(Ok(get(call(s("ab"), "repeat", &[n(100000.0)]).unwrap(), "length"))), "200000");
    }
}
