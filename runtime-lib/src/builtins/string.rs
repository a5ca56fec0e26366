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

fn index_key(i: u64) -> Key {
    if i < u32::MAX as u64 {
        Key::Index(i as u32)
    } else {
        Key::Name(Value::string(atoms::intern(conv::number_to_js_string(i as f64))))
    }
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

/// String.prototype.localeCompare (§22.1.3.12). FIXME: node compares with ICU's root
/// collation; this is a simple code-unit comparison returning -1, 0 or 1, which agrees
/// with node for strings that differ only in ASCII letters of the same case and digits.
fn locale_compare(a: &CallArgs) -> JsResult<Value> {
    let s = this_str(a, "localeCompare")?;
    let that = conv::to_string(a.arg(0))?;
    Ok(Value::int(match string::compare(s, that) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
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
        crate::gc::note_external(n * 8);
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
    crate::gc::note_external(pieces.len() * 8);
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
    if let Units::Latin1(b) = u {
        if b.is_ascii() {
            let changes = if upper { b.iter().any(u8::is_ascii_lowercase) } else { b.iter().any(u8::is_ascii_uppercase) };
            if !changes {
                return Ok(Value::string(s));
            }
            let mapped = if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
            return Ok(Value::string(string::new_latin1_owned(mapped)));
        }
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
