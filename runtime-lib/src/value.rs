//! `Value`: the runtime's view of a NaN-boxed JS value (encoding defined in `kiln_abi::value`).
//! Constructors, predicates and payload accessors only; conversions with JS semantics live in
//! `conv.rs`.

use kiln_abi::value as enc;

use crate::gc::Header;
use crate::object::Object;
use crate::string::JsString;
use crate::symbol::Symbol;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

const _: () = assert!(std::mem::size_of::<Value>() == 8);

impl Value {
    pub const UNDEFINED: Value = Value(enc::UNDEFINED);
    pub const NULL: Value = Value(enc::NULL);
    pub const TRUE: Value = Value(enc::TRUE);
    pub const FALSE: Value = Value(enc::FALSE);
    pub const HOLE: Value = Value(enc::HOLE);
    pub const UNINIT: Value = Value(enc::UNINIT);
    pub const EXCEPTION: Value = Value(enc::EXCEPTION);

    #[inline]
    pub fn from_f64(d: f64) -> Value {
        if d.is_nan() { Value(enc::CANONICAL_NAN) } else { Value(d.to_bits()) }
    }
    /// A number, as int32 when it is one exactly (never for -0).
    #[inline]
    pub fn number(d: f64) -> Value {
        let i = d as i32;
        if i as f64 == d && !(i == 0 && d.is_sign_negative()) { Value::int(i) } else { Value::from_f64(d) }
    }
    #[inline]
    pub const fn int(i: i32) -> Value {
        Value(enc::from_i32(i))
    }
    #[inline]
    pub const fn bool(b: bool) -> Value {
        Value(enc::from_bool(b))
    }
    #[inline]
    pub fn string(s: *mut JsString) -> Value {
        Value(enc::TAG_STRING | s as u64)
    }
    #[inline]
    pub fn object(o: *mut Object) -> Value {
        Value(enc::TAG_OBJECT | o as u64)
    }
    #[inline]
    pub fn symbol(s: *mut Symbol) -> Value {
        Value(enc::TAG_SYMBOL | s as u64)
    }
    #[inline]
    pub fn bigint(b: *mut crate::bigint::BigIntCell) -> Value {
        Value(enc::TAG_BIGINT | b as u64)
    }
    #[inline]
    fn tag(self) -> u64 {
        self.0 & !enc::PAYLOAD_MASK
    }
    #[inline]
    pub fn is_double(self) -> bool {
        self.0 < enc::TAG_INT
    }
    #[inline]
    pub fn is_int(self) -> bool {
        self.tag() == enc::TAG_INT
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.0 < enc::TAG_SPECIAL
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self.0 == enc::UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == enc::NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self.0 == enc::UNDEFINED || self.0 == enc::NULL
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.0 == enc::TRUE || self.0 == enc::FALSE
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == enc::TAG_STRING
    }
    #[inline]
    pub fn is_symbol(self) -> bool {
        self.tag() == enc::TAG_SYMBOL
    }
    #[inline]
    pub fn is_bigint(self) -> bool {
        self.tag() == enc::TAG_BIGINT
    }
    /// A Number or a BigInt (what ToNumeric returns).
    #[inline]
    pub fn is_numeric(self) -> bool {
        self.is_number() || self.is_bigint()
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == enc::TAG_OBJECT
    }
    #[inline]
    pub fn is_heap(self) -> bool {
        self.0 >= enc::TAG_STRING && self.0 != u64::MAX
    }
    #[inline]
    pub fn is_exception(self) -> bool {
        self.0 == enc::EXCEPTION
    }
    #[inline]
    pub fn as_int(self) -> i32 {
        self.0 as u32 as i32
    }
    #[inline]
    pub fn as_double(self) -> f64 {
        f64::from_bits(self.0)
    }
    /// The numeric value of a number (int or double).
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() { self.as_int() as f64 } else { self.as_double() }
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 == enc::TRUE
    }
    #[inline]
    pub fn as_string(self) -> *mut JsString {
        (self.0 & enc::PAYLOAD_MASK) as *mut JsString
    }
    #[inline]
    pub fn as_object(self) -> *mut Object {
        (self.0 & enc::PAYLOAD_MASK) as *mut Object
    }
    #[inline]
    pub fn as_symbol(self) -> *mut Symbol {
        (self.0 & enc::PAYLOAD_MASK) as *mut Symbol
    }
    /// The mathematical value of a BigInt.
    #[inline]
    pub fn as_bigint<'a>(self) -> &'a num_bigint::BigInt {
        crate::bigint::get(self)
    }
    #[inline]
    pub fn as_cell(self) -> *mut Header {
        (self.0 & enc::PAYLOAD_MASK) as *mut Header
    }
    /// The object, if this is one.
    #[inline]
    pub fn object_ref<'a>(self) -> Option<&'a mut Object> {
        if self.is_object() { Some(unsafe { &mut *self.as_object() }) } else { None }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Value({:#x})", self.0)
    }
}
