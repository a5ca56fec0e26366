//! The JSON object (§25.5): JSON.parse, with V8's SyntaxError messages, and JSON.stringify,
//! with V8's message for circular structures.
//!
//! The parser works on the source's code units as they are stored (Latin-1 or UTF-16) and is
//! iterative, as V8's is, so nesting depth is bounded by memory, not by the native stack. The
//! objects and arrays under construction and their pending keys live in a JS array, so the
//! collector sees them. Revivers and the serialiser recurse, with a stack check.

use crate::atoms;
use crate::builtins::array::{index_key, length_of};
use crate::builtins::string::value_from_units;
use crate::builtins::{define, method};
use crate::conv;
use crate::error::{self, ErrorKind, JsResult, Thrown};
use crate::function::{self, CallArgs};
use crate::numconv;
use crate::object::{self, Class, Key, Prop};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string::{self, JsString, Units};
use crate::value::Value;

pub fn install() {
    let json = object::new_plain();
    method(json, "parse", 2, parse);
    method(json, "stringify", 3, stringify);
    let tag = realm().sym_to_string_tag;
    unsafe { (*json.as_object()).define_named(tag, string::value_from_str("JSON"), CONFIGURABLE) };
    define(realm().global, "JSON", json, WRITABLE | CONFIGURABLE);
}

/// JSON.parse of a string without a reviver (also what a JSON module's `require` gives).
pub fn parse_text(text: *mut JsString) -> JsResult<Value> {
    let result = match string::units(text) {
        Units::Latin1(b) => Parser { src: b, pos: 0 }.parse(),
        Units::Utf16(u) => Parser { src: u, pos: 0 }.parse(),
    };
    // The parser borrowed the string's units: keep the string alive until here.
    std::hint::black_box(text);
    result
}

/// Throws the RangeError for a too-deep recursion before the native stack runs out.
fn check_stack() -> JsResult<()> {
    let marker = 0u8;
    let sp = &marker as *const u8 as usize;
    if sp < unsafe { crate::start::kiln_stack_limit } {
        crate::error::kiln_stack_overflow();
        return Err(Thrown);
    }
    Ok(())
}

fn elements<'a>(arr: Value) -> &'a mut Vec<Value> {
    unsafe { &mut (*arr.as_object()).elements }
}

// ----- JSON.parse (§25.5.1) -----

fn parse(a: &CallArgs) -> JsResult<Value> {
    let text = conv::to_string(a.arg(0))?;
    let value = parse_text(text)?;
    let reviver = a.arg(1);
    if !function::is_callable(reviver) {
        return Ok(value);
    }
    let root = object::new_plain();
    let empty = atoms::common().empty;
    unsafe { (*root.as_object()).define_named(empty, value, DEFAULT) };
    internalize(root, empty, reviver)
}

/// InternalizeJSONProperty (§25.5.1.1): calls the reviver bottom-up. `name` is a string.
fn internalize(holder: Value, name: Value, reviver: Value) -> JsResult<Value> {
    check_stack()?;
    let val = object::get(holder, conv::string_key(name.as_string()), holder)?;
    if let Some(o) = val.object_ref() {
        if o.is_array() {
            let len = length_of(val)?;
            for i in 0..len {
                let name = Value::string(conv::number_to_js_string(i as f64));
                let element = internalize(val, name, reviver)?;
                revive_property(val, index_key(i), element)?;
            }
        } else {
            let keys = key_snapshot(val);
            let mut i = 0;
            while i < elements(keys).len() {
                let (k, name) = snapshot_key(elements(keys)[i]);
                let v = internalize(val, name, reviver)?;
                revive_property(val, k, v)?;
                i += 1;
            }
        }
    }
    function::call(reviver, holder, &[name, val])
}

/// Deletes the property if the reviver returned undefined, else CreateDataProperty (whose
/// failure the spec ignores).
fn revive_property(o: Value, k: Key, v: Value) -> JsResult<()> {
    let obj = unsafe { &mut *o.as_object() };
    if v.is_undefined() {
        obj.delete(k);
        return Ok(());
    }
    match obj.get_own(k) {
        Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & CONFIGURABLE == 0 => Ok(()),
        _ => obj.define(k, v, DEFAULT),
    }
}

/// The own enumerable string keys of `o` as an array (so the collector sees them while JS
/// code runs): array indices as numbers, other keys as their atoms.
fn key_snapshot(o: Value) -> Value {
    object::prepare(o);
    let keys = object::own_enumerable_string_keys(unsafe { &*o.as_object() });
    let values = keys
        .into_iter()
        .map(|k| match k {
            Key::Index(i) => Value::number(i as f64),
            Key::Name(n) => n,
        })
        .collect();
    object::new_array(values)
}

/// A key from [`key_snapshot`] as a property key and as a string value.
fn snapshot_key(kv: Value) -> (Key, Value) {
    if kv.is_number() {
        let i = kv.as_number();
        (Key::Index(i as u32), Value::string(conv::number_to_js_string(i)))
    } else {
        (Key::Name(kv), kv)
    }
}

/// A code unit of the source, stored as one byte or two.
trait Unit: Copy {
    fn get(self) -> u32;
    fn new_string(s: &[Self]) -> *mut JsString;
    fn units(s: &[Self]) -> Units<'_>;
}

impl Unit for u8 {
    fn get(self) -> u32 {
        self as u32
    }
    fn new_string(s: &[u8]) -> *mut JsString {
        string::new_latin1(s)
    }
    fn units(s: &[u8]) -> Units<'_> {
        Units::Latin1(s)
    }
}

impl Unit for u16 {
    fn get(self) -> u32 {
        self as u32
    }
    fn new_string(s: &[u16]) -> *mut JsString {
        string::new_utf16(s)
    }
    fn units(s: &[u16]) -> Units<'_> {
        Units::Utf16(s)
    }
}

/// The end of the source, as a "character".
const EOS: u32 = u32::MAX;

/// V8's classification of the character at the cursor, which picks the error message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Number,
    String,
    LBrace,
    RBrace,
    LBrack,
    RBrack,
    True,
    False,
    Null,
    Whitespace,
    Colon,
    Comma,
    Illegal,
    Eos,
}

fn token_of(c: u32) -> Token {
    match c {
        EOS => Token::Eos,
        0x22 => Token::String,
        0x30..=0x39 | 0x2D => Token::Number,
        0x5B => Token::LBrack,
        0x7B => Token::LBrace,
        0x5D => Token::RBrack,
        0x7D => Token::RBrace,
        0x74 => Token::True,
        0x66 => Token::False,
        0x6E => Token::Null,
        0x20 | 0x09 | 0x0D | 0x0A => Token::Whitespace,
        0x3A => Token::Colon,
        0x2C => Token::Comma,
        _ => Token::Illegal,
    }
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

struct Parser<'a, C: Unit> {
    src: &'a [C],
    pos: usize,
}

impl<C: Unit> Parser<'_, C> {
    fn cur(&self) -> u32 {
        self.src.get(self.pos).map_or(EOS, |c| c.get())
    }

    /// Skips JSON whitespace and classifies what follows.
    fn skip_ws(&mut self) -> Token {
        loop {
            let t = token_of(self.cur());
            if t != Token::Whitespace {
                return t;
            }
            self.pos += 1;
        }
    }

    fn check(&mut self, t: Token) -> bool {
        if self.skip_ws() != t {
            return false;
        }
        self.pos += 1;
        true
    }

    /// Consumes token `t` (after whitespace), else reports the token found, with `msg` if
    /// given.
    fn expect(&mut self, t: Token, msg: Option<&str>) -> JsResult<()> {
        let found = self.skip_ws();
        if found != t {
            return Err(self.fail(found, msg));
        }
        self.pos += 1;
        Ok(())
    }

    fn parse(&mut self) -> JsResult<Value> {
        // Open objects and arrays, innermost last; an object is followed by the key whose
        // value is being parsed (an atom, or a number for an index key).
        let frames = object::new_array(Vec::new());
        let mut value;
        'produce: loop {
            value = match self.skip_ws() {
                Token::String => {
                    self.pos += 1;
                    self.scan_string()?
                }
                Token::Number => self.scan_number()?,
                Token::LBrace => {
                    self.pos += 1;
                    if self.check(Token::RBrace) {
                        object::new_plain()
                    } else {
                        elements(frames).push(object::new_plain());
                        self.property_key(frames, "Expected property name or '}' in JSON", Some("Expected ':' after property name in JSON"))?;
                        continue 'produce;
                    }
                }
                Token::LBrack => {
                    self.pos += 1;
                    if self.check(Token::RBrack) {
                        object::new_array(Vec::new())
                    } else {
                        elements(frames).push(object::new_array(Vec::new()));
                        continue 'produce;
                    }
                }
                Token::True => {
                    self.literal(b"true")?;
                    Value::TRUE
                }
                Token::False => {
                    self.literal(b"false")?;
                    Value::FALSE
                }
                Token::Null => {
                    self.literal(b"null")?;
                    Value::NULL
                }
                t => return Err(self.fail(t, None)),
            };
            // Store the value into its container; finish containers that end here.
            loop {
                let n = elements(frames).len();
                if n == 0 {
                    break 'produce;
                }
                let top = elements(frames)[n - 1];
                if top.is_object() {
                    elements(top).push(value);
                    if self.check(Token::Comma) {
                        continue 'produce;
                    }
                    self.expect(Token::RBrack, Some("Expected ',' or ']' after array element in JSON"))?;
                } else {
                    let obj = elements(frames)[n - 2];
                    let key = if top.is_number() { Key::Index(top.as_number() as u32) } else { Key::Name(top) };
                    unsafe { (*obj.as_object()).define(key, value, DEFAULT)? };
                    elements(frames).pop();
                    if self.check(Token::Comma) {
                        self.property_key(frames, "Expected double-quoted property name in JSON", None)?;
                        continue 'produce;
                    }
                    self.expect(Token::RBrace, Some("Expected ',' or '}' after property value in JSON"))?;
                }
                value = elements(frames).pop().unwrap();
            }
        }
        if self.skip_ws() != Token::Eos {
            return Err(self.fail(Token::Illegal, Some("Unexpected non-whitespace character after JSON")));
        }
        Ok(value)
    }

    /// A property key and the colon after it; pushes the key onto `frames`.
    fn property_key(&mut self, frames: Value, string_msg: &str, colon_msg: Option<&str>) -> JsResult<()> {
        self.expect(Token::String, Some(string_msg))?;
        let start = self.pos;
        let k = match self.plain_string_end() {
            Some(end) => {
                let s = &self.src[start..end];
                self.pos = end + 1;
                key_value(C::units(s))
            }
            None => {
                let u = self.scan_escaped(start)?;
                key_value(Units::Utf16(&u))
            }
        };
        elements(frames).push(k);
        self.expect(Token::Colon, colon_msg)
    }

    /// Where the string starting at the cursor ends, if it has no escapes or errors.
    fn plain_string_end(&self) -> Option<usize> {
        let mut i = self.pos;
        while let Some(c) = self.src.get(i) {
            match c.get() {
                0x22 => return Some(i),
                0x5C => return None,
                c if c < 0x20 => return None,
                _ => i += 1,
            }
        }
        None
    }

    /// A string value; the cursor is past the opening quote.
    fn scan_string(&mut self) -> JsResult<Value> {
        let start = self.pos;
        if let Some(end) = self.plain_string_end() {
            self.pos = end + 1;
            return Ok(match end - start {
                0 => atoms::common().empty,
                1 => crate::builtins::string::from_unit(self.src[start].get() as u16),
                _ => Value::string(C::new_string(&self.src[start..end])),
            });
        }
        let u = self.scan_escaped(start)?;
        Ok(Value::string(string::new_utf16_owned(u)))
    }

    /// The contents of a string with escapes (or an error in it), decoded; the cursor ends
    /// past the closing quote.
    fn scan_escaped(&mut self, start: usize) -> JsResult<Vec<u16>> {
        self.pos = start;
        let mut out = Vec::new();
        loop {
            let c = self.cur();
            match c {
                EOS => return Err(self.fail(Token::Illegal, Some("Unterminated string in JSON"))),
                0x22 => {
                    self.pos += 1;
                    return Ok(out);
                }
                0x5C => {
                    self.pos += 1;
                    let e = self.cur();
                    let decoded = match e {
                        0x22 | 0x5C | 0x2F => e as u16,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut v = 0u16;
                            for _ in 0..4 {
                                self.pos += 1;
                                let d = char::from_u32(self.cur()).and_then(|ch| ch.to_digit(16));
                                match d {
                                    Some(d) => v = v * 16 + d as u16,
                                    None => return Err(self.fail(Token::Illegal, Some("Bad Unicode escape in JSON"))),
                                }
                            }
                            v
                        }
                        e if e == EOS || e > 0xFF => return Err(self.fail(token_of(e), None)),
                        _ => return Err(self.fail(Token::Illegal, Some("Bad escaped character in JSON"))),
                    };
                    out.push(decoded);
                    self.pos += 1;
                }
                c if c < 0x20 => return Err(self.fail(Token::Illegal, Some("Bad control character in string literal in JSON"))),
                c => {
                    out.push(c as u16);
                    self.pos += 1;
                }
            }
        }
    }

    /// A number, with V8's checks in V8's order.
    fn scan_number(&mut self) -> JsResult<Value> {
        let start = self.pos;
        let negative = self.cur() == 0x2D;
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        if self.cur() == 0x30 {
            self.pos += 1;
            if is_digit(self.cur()) {
                return Err(self.fail(Token::Number, None));
            }
        } else {
            self.skip_digits();
            if self.pos == int_start {
                return Err(self.fail(Token::Illegal, Some("No number after minus sign in JSON")));
            }
        }
        let int_end = self.pos;
        if self.cur() == 0x2E {
            self.pos += 1;
            if !is_digit(self.cur()) {
                return Err(self.fail(Token::Illegal, Some("Unterminated fractional number in JSON")));
            }
            self.skip_digits();
        }
        if self.cur() | 0x20 == 0x65 {
            self.pos += 1;
            if matches!(self.cur(), 0x2B | 0x2D) {
                self.pos += 1;
            }
            if !is_digit(self.cur()) {
                return Err(self.fail(Token::Illegal, Some("Exponent part is missing a number in JSON")));
            }
            self.skip_digits();
        }
        if self.pos == int_end && int_end - int_start <= 9 {
            let n = self.src[int_start..int_end].iter().fold(0i32, |acc, &c| acc * 10 + (c.get() - 0x30) as i32);
            return Ok(if negative { Value::number(-(n as f64)) } else { Value::int(n) });
        }
        let text: Vec<u16> = self.src[start..self.pos].iter().map(|c| c.get() as u16).collect();
        Ok(Value::number(numconv::string_to_number(&text)))
    }

    fn skip_digits(&mut self) {
        while is_digit(self.cur()) {
            self.pos += 1;
        }
    }

    /// `true`, `false` or `null`, whose first letter is at the cursor (V8's ScanLiteral).
    fn literal(&mut self, word: &[u8]) -> JsResult<()> {
        let rest = &word[1..];
        for &w in rest {
            self.pos += 1;
            let c = self.cur();
            if c != w as u32 {
                return Err(self.fail(token_of(c), None));
            }
        }
        self.pos += 1;
        Ok(())
    }

    /// The SyntaxError for the character at the cursor, worded as V8 does: `msg` (then " at
    /// position N") if given, else by the kind of token found.
    fn fail(&self, token: Token, msg: Option<&str>) -> Thrown {
        let pos = self.pos;
        let mut m: Vec<u16> = Vec::new();
        let push = |m: &mut Vec<u16>, s: &str| m.extend(s.encode_utf16());
        match (msg, token) {
            (Some(msg), _) => push(&mut m, &format!("{msg} at position {pos}")),
            (None, Token::Eos) => push(&mut m, "Unexpected end of JSON input"),
            (None, Token::Number) => push(&mut m, &format!("Unexpected number in JSON at position {pos}")),
            (None, Token::String) => push(&mut m, &format!("Unexpected string in JSON at position {pos}")),
            (None, _) => {
                let src: Vec<u16> = self.src.iter().map(|c| c.get() as u16).collect();
                let special = ["[object Object]", "undefined", "Infinity", "NaN"]
                    .iter()
                    .any(|s| s.len() == src.len() && s.bytes().zip(&src).all(|(a, &b)| a as u16 == b));
                if special {
                    push(&mut m, "\"");
                    m.extend_from_slice(&src);
                    push(&mut m, "\" is not valid JSON");
                } else {
                    // V8 quotes the whole source when short, else ten units either side.
                    const CONTEXT: usize = 10;
                    push(&mut m, "Unexpected token '");
                    m.push(src[pos]);
                    push(&mut m, "', ");
                    let len = src.len();
                    if len < 2 * CONTEXT + 1 {
                        push(&mut m, "\"");
                        m.extend_from_slice(&src);
                        push(&mut m, "\"");
                    } else if pos < CONTEXT {
                        push(&mut m, "\"");
                        m.extend_from_slice(&src[..pos + CONTEXT]);
                        push(&mut m, "\"...");
                    } else if pos < len - CONTEXT {
                        push(&mut m, "...\"");
                        m.extend_from_slice(&src[pos - CONTEXT..pos + CONTEXT]);
                        push(&mut m, "\"...");
                    } else {
                        push(&mut m, "...\"");
                        m.extend_from_slice(&src[pos - CONTEXT..]);
                        push(&mut m, "\"");
                    }
                    push(&mut m, " is not valid JSON");
                }
            }
        }
        let msg = Value::string(string::new_utf16_owned(m));
        error::throw(error::new_error_with_proto(ErrorKind::SyntaxError.prototype(), Some(msg)))
    }
}

/// A parsed property key: a number for an array index, else its atom.
fn key_value(u: Units) -> Value {
    if u.len() <= 10 && u.len() > 0 && is_digit(u.at(0) as u32) {
        if let Some(i) = numconv::canonical_array_index(&u.to_vec()) {
            return Value::number(i as f64);
        }
    }
    Value::string(atoms::intern_units(u))
}

// ----- JSON.stringify (§25.5.2) -----

/// A property key as SerializeJSONProperty sees it: an array index, or a string.
#[derive(Clone, Copy)]
enum PKey {
    Index(u64),
    Name(Value),
}

impl PKey {
    fn value(self) -> Value {
        match self {
            PKey::Index(i) => Value::string(conv::number_to_js_string(i as f64)),
            PKey::Name(n) => n,
        }
    }
}

/// The serialisation state. It lives on the native stack, so its values are roots.
struct Serializer {
    out: Vec<u16>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The replacer function, or `undefined`.
    replacer: Value,
    /// The replacer array's keys (strings) as an array, or `undefined`.
    property_list: Value,
    /// The objects being serialised, outermost first, each after the key that reached it:
    /// `[key0, obj0, key1, obj1, ...]` (a number key is an array index).
    stack: Value,
    to_json: Value,
}

fn stringify(a: &CallArgs) -> JsResult<Value> {
    let (value, replacer, space) = (a.arg(0), a.arg(1), a.arg(2));
    let mut s = Serializer {
        out: Vec::new(),
        gap: Vec::new(),
        indent: Vec::new(),
        replacer: Value::UNDEFINED,
        property_list: Value::UNDEFINED,
        stack: object::new_array(Vec::new()),
        to_json: atoms::intern_str("toJSON"),
    };
    if function::is_callable(replacer) {
        s.replacer = replacer;
    } else if replacer.object_ref().is_some_and(|o| o.is_array()) {
        s.property_list = property_list(replacer)?;
    }
    s.gap = gap(space)?;
    let empty = atoms::common().empty;
    let holder = if s.replacer.is_object() {
        let w = object::new_plain();
        unsafe { (*w.as_object()).define_named(empty, value, DEFAULT) };
        w
    } else {
        Value::UNDEFINED
    };
    if !s.property(holder, PKey::Name(empty), value)? {
        return Ok(Value::UNDEFINED);
    }
    value_from_units(std::mem::take(&mut s.out))
}

/// The replacer array's keys: strings, numbers and String/Number objects as strings, each
/// once, in order.
fn property_list(replacer: Value) -> JsResult<Value> {
    let list = object::new_array(Vec::new());
    let len = length_of(replacer)?;
    for i in 0..len {
        let v = object::get(replacer, index_key(i), replacer)?;
        let item = if v.is_string() {
            v
        } else if v.is_number() || v.object_ref().is_some_and(|o| matches!(o.class(), Class::StringWrapper | Class::NumberWrapper)) {
            conv::to_string_value(v)?
        } else {
            continue;
        };
        let dup = elements(list).iter().any(|&k| string::equals(k.as_string(), item.as_string()));
        if !dup {
            elements(list).push(item);
        }
    }
    Ok(list)
}

/// The indentation unit from `space`: up to ten spaces or the first ten units of a string.
fn gap(space: Value) -> JsResult<Vec<u16>> {
    let mut space = space;
    if let Some(o) = space.object_ref() {
        match o.class() {
            Class::NumberWrapper => space = Value::number(conv::to_number(space)?),
            Class::StringWrapper => space = conv::to_string_value(space)?,
            _ => {}
        }
    }
    if space.is_number() {
        let n = conv::to_integer_or_infinity(space)?.min(10.0);
        return Ok(vec![b' ' as u16; if n >= 1.0 { n as usize } else { 0 }]);
    }
    if space.is_string() {
        let u = string::units(space.as_string());
        return Ok((0..u.len().min(10)).map(|i| u.at(i)).collect());
    }
    Ok(Vec::new())
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.bytes().map(|b| b as u16));
}

impl Serializer {
    /// SerializeJSONProperty (§25.5.2.2) for `value` (already read from `holder[key]`):
    /// appends its text, or returns false for `undefined` (nothing appended).
    fn property(&mut self, holder: Value, key: PKey, value: Value) -> JsResult<bool> {
        let mut value = value;
        if value.is_object() || value.is_bigint() {
            let f = object::get_value(value, Key::Name(self.to_json))?;
            if function::is_callable(f) {
                value = function::call(f, value, &[key.value()])?;
            }
        }
        if self.replacer.is_object() {
            value = function::call(self.replacer, holder, &[key.value(), value])?;
        }
        if let Some(o) = value.object_ref() {
            match o.class() {
                Class::NumberWrapper => value = Value::number(conv::to_number(value)?),
                Class::StringWrapper => value = conv::to_string_value(value)?,
                Class::BooleanWrapper | Class::BigIntWrapper => value = o.primitive_value(),
                _ => {}
            }
        }
        if value.is_null() {
            push_str(&mut self.out, "null");
        } else if value.is_bool() {
            push_str(&mut self.out, if value.as_bool() { "true" } else { "false" });
        } else if value.is_string() {
            quote(&mut self.out, value.as_string());
        } else if value.is_int() {
            push_str(&mut self.out, &value.as_int().to_string());
        } else if value.is_number() {
            let d = value.as_number();
            push_str(&mut self.out, &if d.is_finite() { numconv::number_to_string(d) } else { "null".into() });
        } else if value.is_bigint() {
            return Err(crate::error::throw_type_error("Do not know how to serialize a BigInt"));
        } else if value.is_object() && !function::is_callable(value) {
            if unsafe { (*value.as_object()).is_array() } {
                self.array(key, value)?;
            } else {
                self.object(key, value)?;
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn newline(&mut self) {
        if !self.gap.is_empty() {
            self.out.push(b'\n' as u16);
            self.out.extend_from_slice(&self.indent);
        }
    }

    /// SerializeJSONObject (§25.5.2.5).
    fn object(&mut self, key: PKey, value: Value) -> JsResult<()> {
        self.enter(key, value)?;
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        let keys = if self.property_list.is_object() { self.property_list } else { key_snapshot(value) };
        self.out.push(b'{' as u16);
        let mut empty = true;
        let mut i = 0;
        while i < elements(keys).len() {
            let kv = elements(keys)[i];
            i += 1;
            let (k, name) = if kv.is_number() { snapshot_key(kv) } else { (conv::string_key(kv.as_string()), kv) };
            let v = object::get(value, k, value)?;
            let mark = self.out.len();
            if !empty {
                self.out.push(b',' as u16);
            }
            self.newline();
            quote(&mut self.out, name.as_string());
            self.out.push(b':' as u16);
            if !self.gap.is_empty() {
                self.out.push(b' ' as u16);
            }
            if self.property(value, PKey::Name(name), v)? {
                empty = false;
            } else {
                self.out.truncate(mark);
            }
        }
        self.indent.truncate(stepback);
        if !empty {
            self.newline();
        }
        self.out.push(b'}' as u16);
        self.leave();
        Ok(())
    }

    /// SerializeJSONArray (§25.5.2.6).
    fn array(&mut self, key: PKey, value: Value) -> JsResult<()> {
        self.enter(key, value)?;
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        self.out.push(b'[' as u16);
        let len = length_of(value)?;
        for i in 0..len {
            if i > 0 {
                self.out.push(b',' as u16);
            }
            self.newline();
            let v = object::get(value, index_key(i), value)?;
            if !self.property(value, PKey::Index(i), v)? {
                push_str(&mut self.out, "null");
            }
        }
        self.indent.truncate(stepback);
        if len > 0 {
            self.newline();
        }
        self.out.push(b']' as u16);
        self.leave();
        Ok(())
    }

    /// Pushes `value` onto the stack of objects being serialised, or throws V8's TypeError
    /// if it is already there.
    fn enter(&mut self, key: PKey, value: Value) -> JsResult<()> {
        check_stack()?;
        let st = elements(self.stack);
        if let Some(i) = (1..st.len()).step_by(2).find(|&i| st[i] == value) {
            return Err(self.circular(i / 2, key));
        }
        let kv = match key {
            PKey::Index(i) => Value::number(i as f64),
            PKey::Name(n) => n,
        };
        let st = elements(self.stack);
        st.push(kv);
        st.push(value);
        Ok(())
    }

    fn leave(&mut self) {
        let st = elements(self.stack);
        st.truncate(st.len() - 2);
    }

    /// V8's "Converting circular structure to JSON" message: the path from the first
    /// object on the cycle back to itself, at most two lines after the start and one before
    /// the end.
    fn circular(&self, start: usize, last: PKey) -> Thrown {
        let st = elements(self.stack);
        let size = st.len() / 2;
        let key_text = |k: Value| -> String {
            if k.is_number() {
                return format!("index {}", k.as_number());
            }
            let s = string::to_rust(k.as_string());
            if s.is_empty() { "<anonymous>".into() } else { format!("property '{s}'") }
        };
        let line = |i: usize| format!("\n    |     {} -> object with constructor '{}'", key_text(st[2 * i]), constructor_name(st[2 * i + 1]));
        let mut msg = format!("Converting circular structure to JSON\n    --> starting at object with constructor '{}'", constructor_name(st[2 * start + 1]));
        let mut i = start + 1;
        let prefix_end = size.min(i + 2);
        while i < prefix_end {
            msg += &line(i);
            i += 1;
        }
        if size > i + 1 {
            msg += "\n    |     ...";
        }
        i = i.max(size - 1);
        while i < size {
            msg += &line(i);
            i += 1;
        }
        let last = match last {
            PKey::Index(i) => Value::number(i as f64),
            PKey::Name(n) => n,
        };
        msg += &format!("\n    --- {} closes the circle", key_text(last));
        error::throw_type_error(&msg)
    }
}

/// The name V8's JSReceiver::GetConstructorName gives: the `constructor` found along the
/// prototype chain, or "Object".
fn constructor_name(v: Value) -> String {
    let mut cur = v;
    while let Some(o) = cur.object_ref() {
        if let Some(Prop::Data(c, _)) = o.get_own(Key::Name(atoms::common().constructor)) {
            if function::is_callable(c) {
                let n = function::name_of(c);
                if !n.is_empty() {
                    return n;
                }
            }
            break;
        }
        cur = o.proto;
    }
    "Object".into()
}

/// QuoteJSONString (§25.5.2.3), lone surrogates escaped.
fn quote(out: &mut Vec<u16>, s: *mut JsString) {
    out.push(b'"' as u16);
    match string::units(s) {
        Units::Latin1(b) => b.iter().for_each(|&c| quote_unit(out, c as u16)),
        Units::Utf16(u) => {
            let mut i = 0;
            while i < u.len() {
                let c = u[i];
                if (0xD800..0xDC00).contains(&c) && i + 1 < u.len() && (0xDC00..0xE000).contains(&u[i + 1]) {
                    out.push(c);
                    out.push(u[i + 1]);
                    i += 2;
                    continue;
                }
                if (0xD800..0xE000).contains(&c) {
                    push_str(out, &format!("\\u{c:04x}"));
                } else {
                    quote_unit(out, c);
                }
                i += 1;
            }
        }
    }
    out.push(b'"' as u16);
}

fn quote_unit(out: &mut Vec<u16>, c: u16) {
    let esc = match c {
        0x08 => "\\b",
        0x09 => "\\t",
        0x0A => "\\n",
        0x0C => "\\f",
        0x0D => "\\r",
        0x22 => "\\\"",
        0x5C => "\\\\",
        c if c < 0x20 => {
            push_str(out, &format!("\\u{c:04x}"));
            return;
        }
        c => {
            out.push(c);
            return;
        }
    };
    push_str(out, esc);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, global, n, native, s, show};

    /// A string result as its raw text; anything else as `show` prints it.
    fn text(r: JsResult<Value>) -> String {
        match r {
            Ok(v) if v.is_string() => string::to_rust(v.as_string()),
            r => show(r),
        }
    }

    fn units(u: &[u16]) -> Value {
        Value::string(string::new_utf16(u))
    }

    #[test]
    fn json_builtins() {
        let _rt = crate::start::init_for_tests();
        let json = global("JSON");
        let parse = |src: &str| call(json, "parse", &[s(src)]);
        let u = Value::UNDEFINED;
        // Expected values from node v20.
        let cases: &[(&str, &str)] = &[
            (r#"{"a":[1,2,{"b":null}],"c":"d","e":-1.5e3}"#, "{ a: [ 1, 2, { b: null } ], c: 'd', e: -1500 }"),
            (r#" [true, false, "\u00e9\n"] "#, "[ true, false, 'é\\n' ]"),
            (r#"{"2":1,"1":2,"x":3,"x":4}"#, "{ '1': 2, '2': 1, x: 4 }"),
            ("-0", "-0"),
            (r#"{"a":}"#, r#"SyntaxError: Unexpected token '}', "{"a":}" is not valid JSON"#),
            (r#"{"a":1,}"#, "SyntaxError: Expected double-quoted property name in JSON at position 7"),
            ("[1 2]", "SyntaxError: Expected ',' or ']' after array element in JSON at position 3"),
            ("01", "SyntaxError: Unexpected number in JSON at position 1"),
            (r#""\x""#, "SyntaxError: Bad escaped character in JSON at position 2"),
            ("undefined", r#"SyntaxError: "undefined" is not valid JSON"#),
            ("", "SyntaxError: Unexpected end of JSON input"),
            (
                r#"{"abcdefghijklmnopqrstuvwxyz":12345678901234567890, "b": x}"#,
                r#"SyntaxError: Unexpected token 'x', ..."890, "b": x}" is not valid JSON"#,
            ),
        ];
        for (src, expected) in cases {
            assert_eq!(show(parse(src)), *expected, "JSON.parse({src:?})");
        }
        let times_ten = native(|a| {
            let v = a.arg(1);
            Ok(if v.is_number() { Value::number(v.as_number() * 10.0) } else { v })
        });
        assert_eq!(show(call(json, "parse", &[s("[1,2,3]"), times_ten])), "[ 10, 20, 30 ]");

        let o = parse(r#"{"a":1,"b":[1,"x",null,true],"c":{}}"#).unwrap();
        let stringify = |args: &[Value]| text(call(json, "stringify", args));
        assert_eq!(stringify(&[o]), r#"{"a":1,"b":[1,"x",null,true],"c":{}}"#);
        assert_eq!(
            stringify(&[o, u, n(2.0)]),
            "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    \"x\",\n    null,\n    true\n  ],\n  \"c\": {}\n}"
        );
        assert_eq!(stringify(&[o, arr(&[s("b"), s("a")])]), r#"{"b":[1,"x",null,true],"a":1}"#);
        assert_eq!(stringify(&[o, u, s("--")]), "{\n--\"a\": 1,\n--\"b\": [\n----1,\n----\"x\",\n----null,\n----true\n--],\n--\"c\": {}\n}");
        let plus_one = native(|a| {
            let v = a.arg(1);
            Ok(if v.is_number() { Value::number(v.as_number() + 1.0) } else { v })
        });
        assert_eq!(stringify(&[o, plus_one]), r#"{"a":2,"b":[2,"x",null,true],"c":{}}"#);
        let numbers = arr(&[u, n(f64::NAN), n(-0.0), n(1e21), n(1.5e-7)]);
        assert_eq!(stringify(&[numbers]), "[null,null,0,1e+21,1.5e-7]");
        let odd = units(&[0xD800, 0x41, 0xDC00, 0xD83D, 0xDE00, 1, 0x1F, 8, 9, 10, 12, 13, 0x22, 0x5C]);
        assert_eq!(stringify(&[odd]), "\"\\ud800A\\udc00😀\\u0001\\u001f\\b\\t\\n\\f\\r\\\"\\\\\"");
        assert_eq!(stringify(&[u]), "undefined");

        let cyc = parse(r#"{"x":{"y":{}}}"#).unwrap();
        let y = object::get_value(object::get_value(cyc, Key::Name(atoms::intern_str("x"))).unwrap(), Key::Name(atoms::intern_str("y")))
            .unwrap();
        object::set_value(y, Key::Name(atoms::intern_str("z")), cyc, true).unwrap();
        assert_eq!(
            stringify(&[cyc]),
            "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    \
             |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Object'\n    \
             --- property 'z' closes the circle"
        );
    }
}
