//! BigInt values (ECMA-262 §6.1.6.2): immutable heap cells holding an arbitrary-precision
//! integer (num-bigint does the arithmetic), the BigInt operations the operators dispatch
//! to, and the conversions between BigInts, Numbers and strings (ToBigInt, StringToBigInt,
//! NumberToBigInt, BigInt::toString).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::conv::{self, Hint};
use crate::error::{self, ErrorKind, JsResult};
use crate::gc::{self, Header, Kind};
use crate::numconv;
use crate::string::{self, JsString, Units};
use crate::value::Value;

#[repr(C)]
pub struct BigIntCell {
    pub header: Header,
    value: BigInt,
}

/// The largest BigInt V8 makes, in bits; a larger result is a RangeError.
pub const MAX_BITS: u64 = 1 << 30;

pub fn new(v: BigInt) -> Value {
    let c = gc::alloc_cell(std::mem::size_of::<BigIntCell>(), Kind::BigInt) as *mut BigIntCell;
    unsafe { std::ptr::addr_of_mut!((*c).value).write(v) };
    Value::bigint(c)
}

pub fn from_i64(i: i64) -> Value {
    new(BigInt::from(i))
}

/// A new BigInt, or the RangeError V8 throws for one beyond [`MAX_BITS`].
pub fn checked(v: BigInt) -> JsResult<Value> {
    if v.bits() > MAX_BITS {
        return Err(error::throw_range_error("Maximum BigInt size exceeded"));
    }
    Ok(new(v))
}

#[inline]
pub fn get<'a>(v: Value) -> &'a BigInt {
    debug_assert!(v.is_bigint());
    unsafe { &(*(v.as_cell() as *mut BigIntCell)).value }
}

pub unsafe fn external_size(c: *mut BigIntCell) -> usize {
    (*c).value.bits().div_ceil(64) as usize * 8
}

pub unsafe fn finalize(c: *mut BigIntCell) -> usize {
    let n = external_size(c);
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*c).value));
    n
}

/// The binary operators on two BigInts (BigInt::add, ::subtract, ... §6.1.6.2).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Sar,
    And,
    Or,
    Xor,
}

pub fn binary(op: BinOp, a: &BigInt, b: &BigInt) -> JsResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_BITS + 1 {
                return Err(error::throw_range_error("Maximum BigInt size exceeded"));
            }
            a * b
        }
        BinOp::Div | BinOp::Rem => {
            if b.is_zero() {
                return Err(error::throw_range_error("Division by zero"));
            }
            // Both truncate toward zero, the remainder taking the dividend's sign, as in JS.
            if op == BinOp::Div { a / b } else { a % b }
        }
        BinOp::Exp => return exponentiate(a, b),
        BinOp::Shl => return shift_left(a, b),
        BinOp::Sar => return shift_left(a, &-b),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
    };
    checked(r)
}

fn exponentiate(base: &BigInt, exp: &BigInt) -> JsResult<Value> {
    if exp.is_negative() {
        // V8's message names no operand ("undefined must be positive"); node prints exactly this.
        return Err(error::throw_range_error("undefined must be positive"));
    }
    if exp.is_zero() {
        return Ok(new(BigInt::one()));
    }
    if base.is_zero() || base.is_one() {
        return Ok(new(base.clone()));
    }
    if *base == -BigInt::one() {
        return Ok(new(if exp.is_even() { BigInt::one() } else { base.clone() }));
    }
    // |base| ≥ 2: the result has at least `exp` bits.
    match exp.to_u64() {
        Some(e) if e.saturating_mul(base.bits() - 1) <= MAX_BITS => checked(num_traits::Pow::pow(base, e)),
        _ => Err(error::throw_range_error("Maximum BigInt size exceeded")),
    }
}

/// `a << n`; a negative `n` shifts right, rounding toward negative infinity.
fn shift_left(a: &BigInt, n: &BigInt) -> JsResult<Value> {
    if a.is_zero() || n.is_zero() {
        return Ok(new(a.clone()));
    }
    if n.is_negative() {
        return Ok(match n.magnitude().to_u64() {
            Some(k) if k < a.bits() => new(a >> k),
            _ => new(if a.is_negative() { -BigInt::one() } else { BigInt::zero() }),
        });
    }
    match n.to_u64() {
        Some(k) if k <= MAX_BITS => checked(a << k),
        _ => Err(error::throw_range_error("Maximum BigInt size exceeded")),
    }
}

/// BigInt::lessThan and friends against a Number: `None` when `d` is NaN.
pub fn compare_number(a: &BigInt, d: f64) -> Option<Ordering> {
    if d.is_nan() {
        return None;
    }
    if d.is_infinite() {
        return Some(if d > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = d.floor();
    let f = BigInt::from_f64(floor).expect("finite");
    Some(match a.cmp(&f) {
        // a == floor(d) < d when d has a fraction.
        Ordering::Equal if floor != d => Ordering::Less,
        o => o,
    })
}

/// 𝔽(ℝ(a)): the Number nearest to a BigInt (ties to even; Infinity beyond the range).
pub fn to_f64(a: &BigInt) -> f64 {
    a.to_f64().unwrap_or(if a.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY })
}

/// NumberToBigInt (§21.2.1.1.1): a RangeError unless `d` is an integer.
pub fn from_number(d: f64) -> JsResult<Value> {
    if !d.is_finite() || d.trunc() != d {
        return Err(error::throw_range_error(&format!(
            "The number {} cannot be converted to a BigInt because it is not an integer",
            numconv::number_to_string(d)
        )));
    }
    Ok(new(BigInt::from_f64(d).expect("integral")))
}

/// StringToBigInt (§7.1.14): `None` where the string is not a StringIntegerLiteral.
pub fn from_js_string(s: *mut JsString) -> Option<BigInt> {
    let units: Vec<u16> = match string::units(s) {
        Units::Latin1(b) => b.iter().map(|&c| c as u16).collect(),
        Units::Utf16(u) => u.to_vec(),
    };
    let t = numconv::trim_ws(&units);
    if t.iter().any(|&c| c >= 0x80) {
        return None;
    }
    let b: Vec<u8> = t.iter().map(|&c| c as u8).collect();
    parse_integer_literal(&b)
}

/// A StringIntegerLiteral without its surrounding white space: empty (0), a decimal with an
/// optional sign, or a 0x/0o/0b literal without one. No separators, fractions or exponents.
fn parse_integer_literal(b: &[u8]) -> Option<BigInt> {
    if b.is_empty() {
        return Some(BigInt::zero());
    }
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 10,
        };
        if radix != 10 {
            return digits(&b[2..], radix).map(|m| m.into());
        }
    }
    let (negative, rest) = match b[0] {
        b'+' => (false, &b[1..]),
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let m: BigInt = digits(rest, 10)?.into();
    Some(if negative { -m } else { m })
}

/// The value of a non-empty run of digits in `radix` (num-bigint alone would also accept
/// `_` separators, which JS does not).
fn digits(d: &[u8], radix: u32) -> Option<num_bigint::BigUint> {
    if d.is_empty() || !d.iter().all(|&c| (c as char).is_digit(radix)) {
        return None;
    }
    num_bigint::BigUint::parse_bytes(d, radix)
}

/// A BigInt literal: the compiler passes its value as a string of decimal digits, with a
/// leading `-` for a negated literal.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_bigint_from_string(digits: Value) -> Value {
    let s = string::to_rust(digits.as_string());
    new(s.parse::<BigInt>().unwrap_or_default())
}

pub fn to_string_radix(a: &BigInt, radix: u32) -> String {
    a.to_str_radix(radix)
}

pub fn to_js_string(a: &BigInt) -> *mut JsString {
    string::from_str(&a.to_str_radix(10))
}

/// ToBigInt (§7.1.13), with V8's messages.
pub fn to_bigint(v: Value) -> JsResult<BigInt> {
    let p = conv::to_primitive(v, Hint::Number)?;
    if p.is_bigint() {
        return Ok(get(p).clone());
    }
    if p.is_bool() {
        return Ok(BigInt::from(p.as_bool() as u8));
    }
    if p.is_string() {
        return from_js_string(p.as_string()).ok_or_else(|| {
            error::throw_error(
                ErrorKind::SyntaxError,
                &format!("Cannot convert {} to a BigInt", string::to_rust(p.as_string())),
            )
        });
    }
    let shown = if p.is_symbol() { conv::symbol_descriptive_string(p) } else { conv::display_string(p) };
    Err(error::throw_type_error(&format!("Cannot convert {shown} to a BigInt")))
}

/// BigInt.asIntN / asUintN (§21.2.2.1–2): `a` modulo 2^bits, signed or not.
pub fn as_n(bits: u64, a: &BigInt, signed: bool) -> JsResult<Value> {
    if bits == 0 {
        return Ok(new(BigInt::zero()));
    }
    // Values that already fit come back unchanged, without building 2^bits.
    let fits = if signed { a.bits() < bits } else { !a.is_negative() && a.bits() <= bits };
    if fits {
        return Ok(new(a.clone()));
    }
    if bits > MAX_BITS {
        return Err(error::throw_range_error("Maximum BigInt size exceeded"));
    }
    let modulus = BigInt::one() << bits;
    let m = a.mod_floor(&modulus);
    if signed && m.bits() == bits {
        return Ok(new(m - modulus));
    }
    Ok(new(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(parse_integer_literal(b"0x1F"), Some(BigInt::from(31)));
        assert_eq!(parse_integer_literal(b"-12"), Some(BigInt::from(-12)));
        assert_eq!(parse_integer_literal(b""), Some(BigInt::zero()));
        assert_eq!(parse_integer_literal(b"-0x10"), None);
        assert_eq!(parse_integer_literal(b"1_000"), None);
        assert_eq!(parse_integer_literal(b"1e3"), None);
        assert_eq!(parse_integer_literal(b"0x"), None);
        assert_eq!(parse_integer_literal(b"+"), None);
    }

    #[test]
    fn comparisons_with_numbers() {
        let two = BigInt::from(2);
        assert_eq!(compare_number(&two, 2.5), Some(Ordering::Less));
        assert_eq!(compare_number(&two, 1.5), Some(Ordering::Greater));
        assert_eq!(compare_number(&two, 2.0), Some(Ordering::Equal));
        assert_eq!(compare_number(&-two, -1.5), Some(Ordering::Less));
        assert_eq!(compare_number(&BigInt::zero(), f64::NAN), None);
    }
}
