//! Exact ECMAScript Number <-> String conversions as pure Rust functions on plain Rust
//! types: Number::toString (radix 10 and 2..=36, matching V8), toFixed / toExponential /
//! toPrecision, StringToNumber, parseInt / parseFloat, ToInt32 / ToUint32 / ToUint16,
//! ToIntegerOrInfinity and canonical array-index recognition.
//!
//! Exactness strategy:
//! - Shortest round-trip digits (Number::toString, toExponential() without an argument)
//!   come from `ryu_js`, whose output format is exactly ECMA-262 Number::toString.
//! - toFixed / toExponential(n) / toPrecision need the *exact* decimal value of the double
//!   (the spec rounds the real number x, not its shortest representation). A double is
//!   m × 2^e with m < 2^53, so its exact decimal expansion is m × 2^e (e ≥ 0) or
//!   m × 5^-e × 10^e (e < 0). We compute that with a small hand-written bignum in base 10^9
//!   limbs (no external big-integer crate), then round the digit string half-up, which is
//!   what the spec's "if there are two such n, pick the larger n" means for positive x.
//! - Radix conversion reproduces V8's `DoubleToRadixCString` step for step in f64
//!   arithmetic, so fraction digits match node exactly.
//! - Decimal string parsing validates the ECMAScript grammar by hand and then hands the
//!   ASCII literal to `str::parse::<f64>`, which is correctly rounded. Hex/octal/binary
//!   literals are rounded exactly (round-half-even) by our own code, like V8.

// ---------------------------------------------------------------------------------------
// Number -> String
// ---------------------------------------------------------------------------------------

/// Number::toString(x) with radix 10 (ECMA-262 §6.1.6.1.20).
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    // Step 2: +0 and -0 both print as "0".
    if x == 0.0 {
        return "0".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    // ryu_js implements the exact spec layout (integers without ".0", "1e+21",
    // "1.5e-7", "123456789012345680000", "0.000001") on top of shortest digits.
    ryu_js::Buffer::new().format_finite(x).to_string()
}

const DIGIT_CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Number.prototype.toString(radix) for radix in 2..=36, matching V8 exactly.
///
/// The spec leaves non-10 radices implementation-approximated; node prints what V8's
/// `DoubleToRadixCString` produces, which this function reproduces operation by operation.
///
/// # Panics
/// If `radix` is outside 2..=36 (the caller throws the RangeError).
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    assert!((2..=36).contains(&radix), "radix must be in 2..=36");
    // V8 uses the ordinary Number::toString for radix 10.
    if radix == 10 {
        return number_to_string(x);
    }
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    double_to_radix(x, radix)
}

/// V8's `Double::NextDouble` for a non-negative finite value.
fn next_double_up(v: f64) -> f64 {
    debug_assert!(v >= 0.0 && v.is_finite());
    // +0 and -0 both step to the smallest subnormal; otherwise bump the bit pattern.
    f64::from_bits(v.abs().to_bits() + 1)
}

/// V8's `Double::Exponent`: e such that v == significand × 2^e with a 53-bit significand
/// (subnormals, including zero, report the fixed exponent -1074).
fn v8_double_exponent(v: f64) -> i32 {
    let biased = ((v.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 { -1074 } else { biased - 1075 }
}

/// Port of V8 `DoubleToRadixCString` (src/numbers/conversions.cc).
fn double_to_radix(value: f64, radix: u32) -> String {
    let r = radix as f64;
    let negative = value < 0.0;
    let value = value.abs();

    // Split the value into an integer part and a fractional part.
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only compute fraction digits up to the input's precision: half the gap to the next
    // double (but at least the smallest subnormal, so the loop terminates).
    let mut delta = 0.5 * (next_double_up(value) - value);
    delta = delta.max(f64::from_bits(1));

    let mut frac_digits: Vec<u8> = Vec::new(); // digit values, most significant first
    if fraction >= delta {
        loop {
            // Shift up by one digit.
            fraction *= r;
            delta *= r;
            let digit = fraction as u32; // truncation, like static_cast<int>
            frac_digits.push(digit as u8);
            fraction -= digit as f64;
            // Round to even: if the rest is at least one half (ties to an odd digit) and the
            // remaining uncertainty reaches past the next digit, round up and stop.
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1)) && fraction + delta > 1.0 {
                // Propagate the carry backwards through already written digits.
                loop {
                    match frac_digits.pop() {
                        None => {
                            // Carried over the radix point into the integer part.
                            integer += 1.0;
                            break;
                        }
                        Some(d) => {
                            if (d as u32) + 1 < radix {
                                frac_digits.push(d + 1);
                                break;
                            }
                            // d was the largest digit: it becomes 0 and is dropped.
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer digits, least significant first. Digits below the double's precision are
    // not representable, so V8 fills them with zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while v8_double_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r; // fmod, as V8's Modulo
        int_digits.push(DIGIT_CHARS[remainder as usize]);
        integer = (integer - remainder) / r;
        // integer is never NaN here; "while (integer > 0)" in V8.
        if integer <= 0.0 {
            break;
        }
    }

    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&c| c as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| DIGIT_CHARS[d as usize] as char));
    }
    out
}

// ----- exact decimal expansion (small bignum in base 10^9) -----------------------------

const LIMB_BASE: u64 = 1_000_000_000;

/// Multiplies a little-endian base-10^9 number by `k` (k < 2^32) in place.
fn limbs_mul_small(limbs: &mut Vec<u32>, k: u64) {
    let mut carry: u64 = 0;
    for limb in limbs.iter_mut() {
        // limb < 10^9 < 2^30 and k < 2^32, so this stays below 2^63.
        let t = (*limb as u64) * k + carry;
        *limb = (t % LIMB_BASE) as u32;
        carry = t / LIMB_BASE;
    }
    while carry > 0 {
        limbs.push((carry % LIMB_BASE) as u32);
        carry /= LIMB_BASE;
    }
}

/// The exact decimal value of a finite positive double: value == digits × 10^exp10,
/// where `digits` are ASCII decimal digits with no leading zero.
struct ExactDecimal {
    digits: Vec<u8>,
    exp10: i32,
}

impl ExactDecimal {
    /// Decimal exponent of the leading digit: 10^lead ≤ value < 10^(lead+1).
    fn lead_exponent(&self) -> i32 {
        self.digits.len() as i32 - 1 + self.exp10
    }
}

fn exact_decimal(x: f64) -> ExactDecimal {
    debug_assert!(x.is_finite() && x > 0.0);
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // Fewer multiplications later; also keeps `digits` free of trailing zeros when e < 0.
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }

    // m < 2^53 < 10^18: at most two limbs.
    let mut limbs: Vec<u32> = vec![(m % LIMB_BASE) as u32, (m / LIMB_BASE) as u32];
    let exp10 = if e >= 0 {
        // value = m × 2^e: multiply by 2 in chunks of 2^29 (k < 2^32 keeps the product small).
        let mut left = e as u32;
        while left > 0 {
            let step = left.min(29);
            limbs_mul_small(&mut limbs, 1u64 << step);
            left -= step;
        }
        0
    } else {
        // value = m / 2^-e = m × 5^-e × 10^e: multiply by 5 in chunks of 5^13 < 2^31.
        let mut left = (-e) as u32;
        while left > 0 {
            let step = left.min(13);
            limbs_mul_small(&mut limbs, 5u64.pow(step));
            left -= step;
        }
        e
    };
    while limbs.len() > 1 && *limbs.last().unwrap() == 0 {
        limbs.pop();
    }

    let mut digits = limbs.last().unwrap().to_string().into_bytes();
    for limb in limbs.iter().rev().skip(1) {
        digits.extend_from_slice(format!("{limb:09}").as_bytes());
    }
    ExactDecimal { digits, exp10 }
}

/// Keeps the first `keep` digits of the integer digit string `d`, rounding the dropped
/// tail half-up (ECMA-262 "if there are two such n, pick the larger n", for positive x).
/// The result has `keep` digits, or `keep + 1` digits ("100…") when the rounding carried.
/// `keep` may exceed `d.len()` (zero-padded) or be ≤ 0 (the value rounds to 0 or 1).
fn round_digits_half_up(d: &[u8], keep: i64) -> Vec<u8> {
    if keep < 0 {
        // Everything is below half a unit of the kept position.
        return b"0".to_vec();
    }
    let keep = keep as usize;
    if keep >= d.len() {
        let mut out = d.to_vec();
        out.resize(keep, b'0');
        return out;
    }
    let mut out = d[..keep].to_vec();
    // The tail is exact, so "≥ one half" is simply "first dropped digit ≥ 5".
    if d[keep] >= b'5' {
        let mut i = out.len();
        loop {
            if i == 0 {
                out.insert(0, b'1');
                break;
            }
            i -= 1;
            if out[i] == b'9' {
                out[i] = b'0';
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    if out.is_empty() {
        out.push(b'0');
    }
    out
}

/// Shortest round-trip digits of a finite positive double (the spec's n, k, e of
/// Number::toString) as (digits without trailing zeros, decimal exponent of the first digit).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    debug_assert!(x.is_finite() && x > 0.0);
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_finite(x);
    // ryu_js gives one of: "123", "1.25", "0.00012", "1.5e-7", "1e+21".
    let (mantissa, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap()),
        None => (s, 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let all: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    let leading_zeros = all.iter().take_while(|&&b| b == b'0').count();
    let mut digits = all[leading_zeros..].to_vec();
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    let lead = int_len - 1 - leading_zeros as i32 + exp;
    (digits, lead)
}

/// Formats "d[.ddd]e±k" (the exponential layout shared by toExponential and toPrecision).
fn push_exponential(out: &mut String, digits: &[u8], e: i32) {
    out.push(digits[0] as char);
    if digits.len() > 1 {
        out.push('.');
        out.extend(digits[1..].iter().map(|&b| b as char));
    }
    out.push('e');
    out.push(if e >= 0 { '+' } else { '-' });
    out.push_str(&e.unsigned_abs().to_string());
}

/// Number.prototype.toFixed(digits) (ECMA-262 §21.1.3.3) for digits in 0..=100
/// (the caller throws the RangeError for other values).
pub fn to_fixed(x: f64, digits: u32) -> String {
    // Step 6: non-finite values print as Number::toString.
    if !x.is_finite() {
        return number_to_string(x);
    }
    // Step 10: x ≥ 10^21 uses Number::toString (sign handled there too).
    if x.abs() >= 1e21 {
        return number_to_string(x);
    }
    let f = digits as usize;
    // Step 9: only x < 0 gets a sign; -0 is not < 0, so (-0).toFixed(2) is "0.00".
    let negative = x < 0.0;
    let a = x.abs();

    // Step 11.a: n = the integer closest to a × 10^f, ties to the larger n.
    let n: Vec<u8> = if a == 0.0 {
        b"0".to_vec()
    } else {
        let ed = exact_decimal(a);
        // a × 10^f = digits × 10^(exp10 + f)
        let shift = ed.exp10 as i64 + f as i64;
        if shift >= 0 {
            let mut v = ed.digits.clone();
            v.resize(v.len() + shift as usize, b'0');
            v
        } else {
            round_digits_half_up(&ed.digits, ed.digits.len() as i64 + shift)
        }
    };
    let mut m = n;
    // Step 12: insert the decimal point, left-padding with zeros so there is an integer digit.
    if f != 0 {
        if m.len() <= f {
            let pad = f + 1 - m.len();
            let mut padded = vec![b'0'; pad];
            padded.extend_from_slice(&m);
            m = padded;
        }
        let split = m.len() - f;
        m.insert(split, b'.');
    }
    let mut out = String::with_capacity(m.len() + 1);
    if negative {
        out.push('-');
    }
    out.extend(m.iter().map(|&b| b as char));
    out
}

/// Number.prototype.toExponential(fractionDigits) (ECMA-262 §21.1.3.2). `None` means the
/// argument was undefined (as many digits as needed to identify the value); `Some(f)` must
/// be in 0..=100 (the caller throws the RangeError otherwise).
pub fn to_exponential(x: f64, digits: Option<u32>) -> String {
    // Step 4: non-finite values print as Number::toString.
    if !x.is_finite() {
        return number_to_string(x);
    }
    let negative = x < 0.0;
    let a = x.abs();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let (m, e): (Vec<u8>, i32) = if a == 0.0 {
        // Step 10: zero prints f + 1 zeros with exponent 0.
        (vec![b'0'; digits.unwrap_or(0) as usize + 1], 0)
    } else {
        match digits {
            // Step 11.a: f as small as possible such that the value round-trips.
            None => shortest_digits(a),
            // Step 11.b: n has f + 1 digits and is closest to a / 10^(e-f), ties larger.
            Some(f) => {
                let ed = exact_decimal(a);
                let mut e = ed.lead_exponent();
                let mut n = round_digits_half_up(&ed.digits, f as i64 + 1);
                if n.len() > f as usize + 1 {
                    // Rounding carried into a new leading digit ("99.96" -> "100.0").
                    n.pop();
                    e += 1;
                }
                (n, e)
            }
        }
    };
    push_exponential(&mut out, &m, e);
    out
}

/// Number.prototype.toPrecision(precision) (ECMA-262 §21.1.3.5) for precision in 1..=100;
/// 0 is treated as 1. Undefined precision (Number::toString) and the RangeError for
/// out-of-range values are the caller's job.
pub fn to_precision(x: f64, precision: u32) -> String {
    // Step 4: non-finite values print as Number::toString.
    if !x.is_finite() {
        return number_to_string(x);
    }
    let p = precision.max(1) as usize;
    let negative = x < 0.0;
    let a = x.abs();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let (m, e): (Vec<u8>, i32) = if a == 0.0 {
        // Step 9: p zeros, e = 0.
        (vec![b'0'; p], 0)
    } else {
        // Step 10.a: n has p digits, n × 10^(e-p+1) closest to a, ties to the larger.
        let ed = exact_decimal(a);
        let mut e = ed.lead_exponent();
        let mut n = round_digits_half_up(&ed.digits, p as i64);
        if n.len() > p {
            n.pop();
            e += 1;
        }
        (n, e)
    };
    // Step 10.c: exponential notation when e < -6 or e ≥ p.
    if e < -6 || e >= p as i32 {
        push_exponential(&mut out, &m, e);
        return out;
    }
    let ms: String = m.iter().map(|&b| b as char).collect();
    if e == p as i32 - 1 {
        // Step 11: exactly p integer digits, no point.
        out.push_str(&ms);
    } else if e >= 0 {
        // Step 12: e + 1 integer digits, the rest after the point.
        let split = e as usize + 1;
        out.push_str(&ms[..split]);
        out.push('.');
        out.push_str(&ms[split..]);
    } else {
        // Step 13: "0." followed by -(e+1) zeros and the digits.
        out.push_str("0.");
        for _ in 0..(-(e + 1)) {
            out.push('0');
        }
        out.push_str(&ms);
    }
    out
}

// ---------------------------------------------------------------------------------------
// String -> Number
// ---------------------------------------------------------------------------------------

/// StrWhiteSpaceChar: WhiteSpace (TAB, VT, FF, ZWNBSP, and every Zs code point) or
/// LineTerminator (LF, CR, LS, PS).
fn is_str_whitespace(c: u16) -> bool {
    match c {
        // TAB, LF, VT, FF, CR, SPACE
        0x0009..=0x000D | 0x0020 => true,
        // NO-BREAK SPACE, OGHAM SPACE MARK, EN QUAD ..= HAIR SPACE (Zs)
        0x00A0 | 0x1680 | 0x2000..=0x200A => true,
        // LS, PS, NARROW NBSP, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE, ZWNBSP (BOM)
        0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF => true,
        _ => false,
    }
}

fn trim_start_ws(s: &[u16]) -> &[u16] {
    let start = s
        .iter()
        .position(|&c| !is_str_whitespace(c))
        .unwrap_or(s.len());
    &s[start..]
}

pub(crate) fn trim_ws(s: &[u16]) -> &[u16] {
    let s = trim_start_ws(s);
    let end = s
        .iter()
        .rposition(|&c| !is_str_whitespace(c))
        .map_or(0, |i| i + 1);
    &s[..end]
}

/// The leading ASCII part of `s` as bytes (parsers below only ever accept ASCII).
fn ascii_prefix(s: &[u16]) -> Vec<u8> {
    s.iter()
        .take_while(|&&c| c < 0x80)
        .map(|&c| c as u8)
        .collect()
}

/// Length of the longest prefix of `b` that is a StrDecimalLiteral
/// (sign? (Infinity | digits [. digits?] exp? | . digits exp?)), or 0 if there is none.
fn scan_str_decimal_literal(b: &[u8]) -> usize {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    if b[i..].starts_with(b"Infinity") {
        return i + 8;
    }
    let digits_from = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits_from(i);
    let int_digits = int_end - i;
    i = int_end;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        let frac_end = digits_from(i + 1);
        frac_digits = frac_end - (i + 1);
        // "5." is a literal, "." alone is not.
        if int_digits > 0 || frac_digits > 0 {
            i = frac_end;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return 0;
    }
    // ExponentPart only counts when at least one exponent digit follows.
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            i = exp_end;
        }
    }
    i
}

/// Value of a validated StrDecimalLiteral (as scanned by `scan_str_decimal_literal`).
fn decimal_literal_value(lit: &[u8]) -> f64 {
    let (negative, body) = match lit.first() {
        Some(b'-') => (true, &lit[1..]),
        Some(b'+') => (false, &lit[1..]),
        _ => (false, lit),
    };
    let v = if body == b"Infinity" {
        f64::INFINITY
    } else {
        // Already validated ASCII; Rust's parser is correctly rounded for any length.
        std::str::from_utf8(body)
            .unwrap()
            .parse::<f64>()
            .unwrap_or(f64::NAN)
    };
    if negative { -v } else { v }
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// 2^e as a double for integral results (e ≥ 0); overflows to +Infinity.
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else {
        f64::from_bits(((e + 1023) as u64) << 52)
    }
}

/// Correctly rounded (round-half-even) value of digit values `digits` in radix 2^bits_per_digit.
/// Used for 0x/0o/0b literals and parseInt with radix 2, 4, 8, 16, 32 (as V8 does).
fn pow2_radix_value(digits: &[u8], bits_per_digit: u32) -> f64 {
    let mut mant: u64 = 0;
    let mut exp: i64 = 0; // value = mant × 2^exp (+ sticky fraction)
    let mut sticky = false;
    for &d in digits {
        if mant >> 58 == 0 {
            mant = (mant << bits_per_digit) | d as u64;
        } else {
            // Mantissa already holds ≥ 59 significant bits; later digits only matter for
            // the sticky bit of the final rounding.
            exp += bits_per_digit as i64;
            sticky |= d != 0;
        }
    }
    if mant == 0 {
        return 0.0;
    }
    let bit_len = 64 - mant.leading_zeros();
    if bit_len > 53 {
        let shift = bit_len - 53;
        let dropped = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        mant >>= shift;
        exp += shift as i64;
        let round_up = dropped > half || (dropped == half && (sticky || mant & 1 == 1));
        if round_up {
            mant += 1; // may become 2^53, still exact as a double
        }
    }
    // mant ≤ 2^53 converts exactly; scaling by a power of two is exact unless it overflows.
    mant as f64 * pow2(exp)
}

/// StringToNumber (ECMA-262 §7.1.4.1.1) on a UTF-16 string.
pub fn string_to_number(s: &[u16]) -> f64 {
    let t = trim_ws(s);
    // StringNumericLiteral ::: StrWhiteSpace_opt  →  0
    if t.is_empty() {
        return 0.0;
    }
    if t.iter().any(|&c| c >= 0x80) {
        return f64::NAN;
    }
    let b: Vec<u8> = t.iter().map(|&c| c as u8).collect();

    // NonDecimalIntegerLiteral (no sign allowed, no numeric separators).
    if b.len() >= 2 && b[0] == b'0' {
        let bits = match b[1] {
            b'x' | b'X' => Some(4),
            b'o' | b'O' => Some(3),
            b'b' | b'B' => Some(1),
            _ => None,
        };
        if let Some(bits) = bits {
            let radix = 1u32 << bits;
            let digits: Vec<u8> = b[2..].iter().map(|&c| digit_value(c) as u8).collect();
            if digits.is_empty() || digits.iter().any(|&d| d as u32 >= radix) {
                return f64::NAN;
            }
            return pow2_radix_value(&digits, bits);
        }
    }

    // StrDecimalLiteral must cover the whole trimmed string.
    let len = scan_str_decimal_literal(&b);
    if len == 0 || len != b.len() {
        return f64::NAN;
    }
    decimal_literal_value(&b)
}

/// Global parseFloat(string) (ECMA-262 §19.2.4), after ToString.
pub fn parse_float(s: &[u16]) -> f64 {
    let b = ascii_prefix(trim_start_ws(s));
    // Step 4: longest prefix satisfying StrDecimalLiteral; none → NaN.
    let len = scan_str_decimal_literal(&b);
    if len == 0 {
        return f64::NAN;
    }
    decimal_literal_value(&b[..len])
}

/// Global parseInt(string, radix) (ECMA-262 §19.2.5), after ToString and with `radix`
/// already converted by ToInt32 (0 means the radix was absent or converted to 0).
pub fn parse_int(s: &[u16], radix: i32) -> f64 {
    // Steps 2-6: strip leading whitespace and one sign.
    let ascii = ascii_prefix(trim_start_ws(s));
    let mut b: &[u8] = &ascii;
    let negative = matches!(b.first(), Some(b'-'));
    if matches!(b.first(), Some(b'+' | b'-')) {
        b = &b[1..];
    }
    // Steps 7-10: radix validation; 0x/0X is only stripped for radix 0 or 16.
    let mut r = radix;
    let mut strip_prefix = true;
    if r != 0 {
        if !(2..=36).contains(&r) {
            return f64::NAN;
        }
        if r != 16 {
            strip_prefix = false;
        }
    } else {
        r = 10;
    }
    if strip_prefix && b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        b = &b[2..];
        r = 16;
    }
    let r = r as u32;
    // Steps 11-13: the longest prefix of radix-r digits; none → NaN.
    let end = b
        .iter()
        .position(|&c| digit_value(c) >= r)
        .unwrap_or(b.len());
    let z = &b[..end];
    if z.is_empty() {
        return f64::NAN;
    }
    // Leading zeros do not change the value, but V8 skips them before its chunked
    // accumulation below, which changes where the chunks (and roundings) fall.
    let first_nonzero = z.iter().position(|&c| c != b'0').unwrap_or(z.len());
    let z = &z[first_nonzero..];
    let value = match r {
        _ if z.is_empty() => 0.0,
        // Step 14 says exact for radix 10 and for powers of two up to 32; those are
        // correctly rounded here (as in V8).
        10 => std::str::from_utf8(z).unwrap().parse::<f64>().unwrap(),
        2 | 4 | 8 | 16 | 32 => {
            let digits: Vec<u8> = z.iter().map(|&c| digit_value(c) as u8).collect();
            pow2_radix_value(&digits, r.trailing_zeros())
        }
        _ => v8_parse_int_other_radix(z, r),
    };
    // Step 16: sign × value (so "-0" gives -0).
    if negative { -value } else { value }
}

/// For radices other than 10 and powers of two the spec allows an approximation; this is
/// V8's: accumulate 32-bit chunks exactly, then fold them into a double.
fn v8_parse_int_other_radix(z: &[u8], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0.0f64;
    let mut i = 0;
    while i < z.len() {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        while i < z.len() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + digit_value(z[i]);
            multiplier = m;
            i += 1;
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

// ---------------------------------------------------------------------------------------
// Integer conversions
// ---------------------------------------------------------------------------------------

/// x truncated and reduced modulo 2^bits into 0..2^bits (the shared core of ToInt32 &c.).
fn modulo_pow2(x: f64, bits: u32) -> u64 {
    // NaN, +∞, -∞ map to +0.
    if !x.is_finite() {
        return 0;
    }
    let modulus = (1u64 << bits) as f64;
    // fmod of an integral double by 2^bits is exact and |result| < 2^bits.
    let r = x.trunc() % modulus;
    let r = if r < 0.0 { r + modulus } else { r };
    r as u64
}

/// ToInt32 (ECMA-262 §7.1.6).
pub fn to_int32(x: f64) -> i32 {
    modulo_pow2(x, 32) as u32 as i32
}

/// ToUint32 (ECMA-262 §7.1.7).
pub fn to_uint32(x: f64) -> u32 {
    modulo_pow2(x, 32) as u32
}

/// ToUint16 (ECMA-262 §7.1.9).
pub fn to_uint16(x: f64) -> u16 {
    modulo_pow2(x, 16) as u16
}

/// ToIntegerOrInfinity (ECMA-262 §7.1.5) on an already-converted Number.
pub fn to_integer_or_infinity(x: f64) -> f64 {
    if x.is_nan() {
        return 0.0;
    }
    // truncate(-0.5) is -0; the spec returns +0 for both zeros (adding +0 normalizes -0).
    x.trunc() + 0.0
}

/// Some(n) if `s` is exactly the canonical decimal string of an array index
/// n in 0..=2^32-2 ("0", or digits without a leading zero), else None.
pub fn canonical_array_index(s: &[u16]) -> Option<u32> {
    if s.is_empty() || s.len() > 10 {
        return None;
    }
    if s[0] == u16::from(b'0') && s.len() > 1 {
        return None;
    }
    let mut n: u64 = 0;
    for &c in s {
        if !(u16::from(b'0')..=u16::from(b'9')).contains(&c) {
            return None;
        }
        n = n * 10 + (c - u16::from(b'0')) as u64;
    }
    if n <= 4_294_967_294 {
        Some(n as u32)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------
// Tests. Every expected string below was produced by node v20 (V8), e.g.
// `node -e 'console.log((0.1).toString(3))'`; the tables were generated by small node
// scripts and pasted in verbatim.
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses a Number as written by node (String(x), or "-0" for negative zero).
    fn v(s: &str) -> f64 {
        match s {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            "-Infinity" => f64::NEG_INFINITY,
            _ => s
                .parse::<f64>()
                .unwrap_or_else(|_| panic!("bad test value {s}")),
        }
    }

    /// The node-style rendering used in the tables: String(x), but "-0" for negative zero.
    fn js(x: f64) -> String {
        if x == 0.0 && x.is_sign_negative() {
            "-0".to_string()
        } else {
            number_to_string(x)
        }
    }

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    // [value, toString]
    #[rustfmt::skip]
    const TO_STRING: &[(&str, &str)] = &[
        ("0", "0"), // 0
        ("-0", "0"), // -0
        ("NaN", "NaN"), // NaN
        ("Infinity", "Infinity"), // Infinity
        ("-Infinity", "-Infinity"), // -Infinity
        ("1", "1"), // 1
        ("-1", "-1"), // -1
        ("0.1", "0.1"), // 0.1
        ("-0.1", "-0.1"), // -0.1
        ("0.5", "0.5"), // 0.5
        ("1.5", "1.5"), // 1.5
        ("2.5", "2.5"), // 2.5
        ("-1.5", "-1.5"), // -1.5
        ("1.005", "1.005"), // 1.005
        ("1.45", "1.45"), // 1.45
        ("123.456", "123.456"), // 123.456
        ("5e-324", "5e-324"), // 5e-324
        ("-5e-324", "-5e-324"), // -5e-324
        ("2.2250738585072014e-308", "2.2250738585072014e-308"), // 2.2250738585072014e-308
        ("2.225073858507201e-308", "2.225073858507201e-308"), // 2.225073858507201e-308
        ("1.7976931348623157e+308", "1.7976931348623157e+308"), // Number.MAX_VALUE
        ("-1.7976931348623157e+308", "-1.7976931348623157e+308"), // -Number.MAX_VALUE
        ("9007199254740992", "9007199254740992"), // 2**53
        ("9007199254740994", "9007199254740994"), // 2**53+2
        ("-9007199254740992", "-9007199254740992"), // -(2**53)
        ("18446744073709552000", "18446744073709552000"), // 2**64
        ("1e+21", "1e+21"), // 1e21
        ("1e+21", "1e+21"), // 1e21-65536
        ("999999999999999900000", "999999999999999900000"), // 999999999999999900000
        ("123456789012345680000", "123456789012345680000"), // 123456789012345680000
        ("0.000001", "0.000001"), // 1e-6
        ("1e-7", "1e-7"), // 1e-7
        ("1.5e-7", "1.5e-7"), // 1.5e-7
        ("0.000001234", "0.000001234"), // 0.000001234
        ("1.2345e-7", "1.2345e-7"), // 1.2345e-7
        ("3.141592653589793", "3.141592653589793"), // Math.PI
        ("2.718281828459045", "2.718281828459045"), // Math.E
        ("-3.141592653589793", "-3.141592653589793"), // -Math.PI
        ("0.3333333333333333", "0.3333333333333333"), // 1/3
        ("0.6666666666666666", "0.6666666666666666"), // 2/3
        ("0.30000000000000004", "0.30000000000000004"), // 0.1+0.2
        ("100", "100"), // 100
        ("1e+100", "1e+100"), // 1e100
        ("4.35", "4.35"), // 4.35
        ("0.000035", "0.000035"), // 0.000035
        ("25", "25"), // 25
        ("99.99", "99.99"), // 99.99
        ("9.5", "9.5"), // 9.5
        ("0.05", "0.05"), // 0.05
        ("1e-10", "1e-10"), // 1e-10
        ("1.23e-18", "1.23e-18"), // 123e-20
        ("2147483648", "2147483648"), // 2**31
        ("4294967296", "4294967296"), // 2**32
        ("-2147483648", "-2147483648"), // -(2**31)
        ("4294967295", "4294967295"), // 4294967295
        ("5.992310449541053e+307", "5.992310449541053e+307"), // 1.7976931348623157e308/3
    ];
    // [value, radix, toString(radix)]
    #[rustfmt::skip]
    const TO_STRING_RADIX: &[(&str, u32, &str)] = &[
        ("0.5", 2, "0.1"), // 0.5
        ("255", 16, "ff"), // 255
        ("-255", 36, "-73"), // -255
        ("0.1", 3, "0.0022002200220022002200220022002201"), // 0.1
        ("1e+21", 7, "5135235413265003022600000"), // 1e21
        ("3.141592653589793", 16, "3.243f6a8885a3"), // Math.PI
        ("3.141592653589793", 2, "11.001001000011111101101010100010001000010110100011"), // Math.PI
        ("3.141592653589793", 36, "3.53i5ab8p5f"), // Math.PI
        ("-0", 2, "0"), // -0
        ("0", 36, "0"), // 0
        ("NaN", 2, "NaN"), // NaN
        ("Infinity", 16, "Infinity"), // Infinity
        ("-Infinity", 8, "-Infinity"), // -Infinity
        ("5e-324", 36, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003"), // 5e-324
        ("5e-324", 32, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002"), // 5e-324
        ("9007199254740992", 2, "100000000000000000000000000000000000000000000000000000"), // 2**53
        ("9007199254740994", 3, "1121202011211211122211100012101111"), // 2**53+2
        ("9007199254740991", 36, "2gosa7pa2gv"), // 2**53-1
        ("1.7976931348623157e+308", 36, "1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // Number.MAX_VALUE
        ("1.7976931348623157e+308", 16, "fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // Number.MAX_VALUE
        ("-1.7976931348623157e+308", 2, "-1111111111111111111111111111111111111111111111111111100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // -Number.MAX_VALUE
        ("0.1", 2, "0.0001100110011001100110011001100110011001100110011001101"), // 0.1
        ("0.1", 16, "0.1999999999999a"), // 0.1
        ("-0.1", 36, "-0.3lllllllllm"), // -0.1
        ("0.3333333333333333", 3, "0.1"), // 1/3
        ("0.6666666666666666", 3, "0.2"), // 2/3
        ("1e-7", 2, "0.0000000000000000000000011010110101111111001010011010101111001010111101001"), // 1e-7
        ("123.456", 8, "173.3513615237574734"), // 123.456
        ("-123.456", 7, "-234.312256641535441"), // -123.456
        ("35", 36, "z"), // 35
        ("36", 36, "10"), // 36
        ("1e+21", 36, "5v1j4f4ds7c000"), // 1e21
        ("18446744073709552000", 16, "10000000000000000"), // 2**64
        ("1e+300", 32, "2vi3p200eme000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // 1e300
        ("0.000001", 5, "0.0000000014340322421131001434033"), // 0.000001
        ("0.999999999999", 9, "0.88888888888864112"), // 0.999999999999
        ("0.9999999999999999", 2, "0.11111111111111111111111111111111111111111111111111111"), // 1-2**-53
        ("0.9999999999999999", 3, "0.222222222222222222222222222222222"), // 1-2**-53
        ("4294967295", 2, "11111111111111111111111111111111"), // 4294967295
        ("-4294967296", 16, "-100000000"), // -4294967296
        ("1.5", 36, "1.i"), // 1.5
        ("12345.6789", 11, "9303.75168584347"), // 12345.6789
        ("1e-300", 36, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002box4rhe6qp"), // 1e-300
        ("2.5", 5, "2.2222222222222222222222"), // 2.5
        ("0.3", 13, "0.3b913b913b913b9"), // 0.3
        ("0.000079", 17, "0.0006a2ece42529b79"), // 7.9e-5
    ];
    // [value, [toFixed(0), toFixed(1), toFixed(2), toFixed(5), toFixed(20)]]
    #[rustfmt::skip]
    const TO_FIXED: &[(&str, [&str; 5])] = &[
        ("0", ["0", "0.0", "0.00", "0.00000", "0.00000000000000000000"]), // 0
        ("-0", ["0", "0.0", "0.00", "0.00000", "0.00000000000000000000"]), // -0
        ("NaN", ["NaN", "NaN", "NaN", "NaN", "NaN"]), // NaN
        ("Infinity", ["Infinity", "Infinity", "Infinity", "Infinity", "Infinity"]), // Infinity
        ("-Infinity", ["-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity"]), // -Infinity
        ("1.005", ["1", "1.0", "1.00", "1.00500", "1.00499999999999989342"]), // 1.005
        ("1.45", ["1", "1.4", "1.45", "1.45000", "1.44999999999999995559"]), // 1.45
        ("0.5", ["1", "0.5", "0.50", "0.50000", "0.50000000000000000000"]), // 0.5
        ("1.5", ["2", "1.5", "1.50", "1.50000", "1.50000000000000000000"]), // 1.5
        ("2.5", ["3", "2.5", "2.50", "2.50000", "2.50000000000000000000"]), // 2.5
        ("-1.5", ["-2", "-1.5", "-1.50", "-1.50000", "-1.50000000000000000000"]), // -1.5
        ("-0.5", ["-1", "-0.5", "-0.50", "-0.50000", "-0.50000000000000000000"]), // -0.5
        ("-1e-7", ["-0", "-0.0", "-0.00", "-0.00000", "-0.00000010000000000000"]), // -0.0000001
        ("0.000001", ["0", "0.0", "0.00", "0.00000", "0.00000100000000000000"]), // 0.000001
        ("123.456", ["123", "123.5", "123.46", "123.45600", "123.45600000000000306954"]), // 123.456
        ("-123.456", ["-123", "-123.5", "-123.46", "-123.45600", "-123.45600000000000306954"]), // -123.456
        ("100000000000000000000", ["100000000000000000000", "100000000000000000000.0", "100000000000000000000.00", "100000000000000000000.00000", "100000000000000000000.00000000000000000000"]), // 1e20
        ("1e+21", ["1e+21", "1e+21", "1e+21", "1e+21", "1e+21"]), // 1e21
        ("-1e+21", ["-1e+21", "-1e+21", "-1e+21", "-1e+21", "-1e+21"]), // -1e21
        ("999999999999999900000", ["999999999999999868928", "999999999999999868928.0", "999999999999999868928.00", "999999999999999868928.00000", "999999999999999868928.00000000000000000000"]), // 999999999999999900000
        ("5e-324", ["0", "0.0", "0.00", "0.00000", "0.00000000000000000000"]), // 5e-324
        ("3.141592653589793", ["3", "3.1", "3.14", "3.14159", "3.14159265358979311600"]), // Math.PI
        ("0.1", ["0", "0.1", "0.10", "0.10000", "0.10000000000000000555"]), // 0.1
        ("0.3333333333333333", ["0", "0.3", "0.33", "0.33333", "0.33333333333333331483"]), // 1/3
        ("1e-10", ["0", "0.0", "0.00", "0.00000", "0.00000000010000000000"]), // 1e-10
        ("4.35", ["4", "4.3", "4.35", "4.35000", "4.34999999999999964473"]), // 4.35
        ("1.255", ["1", "1.3", "1.25", "1.25500", "1.25499999999999989342"]), // 1.255
        ("8.345", ["8", "8.3", "8.35", "8.34500", "8.34500000000000063949"]), // 8.345
        ("9007199254740992", ["9007199254740992", "9007199254740992.0", "9007199254740992.00", "9007199254740992.00000", "9007199254740992.00000000000000000000"]), // 2**53
        ("1.7976931348623157e+308", ["1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308"]), // Number.MAX_VALUE
        ("99.995", ["100", "100.0", "100.00", "99.99500", "99.99500000000000454747"]), // 99.995
        ("0.045", ["0", "0.0", "0.04", "0.04500", "0.04499999999999999833"]), // 0.045
    ];
    // [value, toFixed(100)]
    #[rustfmt::skip]
    const TO_FIXED_100: &[(&str, &str)] = &[
        ("0.1", "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"), // 0.1
        ("5e-324", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // 5e-324
        ("-1e-7", "-0.0000000999999999999999954748111825886258685613938723690807819366455078125000000000000000000000000000"), // -0.0000001
        ("3.141592653589793", "3.1415926535897931159979634685441851615905761718750000000000000000000000000000000000000000000000000000"), // Math.PI
        ("100000000000000000000", "100000000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // 1e20
        ("1.005", "1.0049999999999998934185896359849721193313598632812500000000000000000000000000000000000000000000000000"), // 1.005
        ("NaN", "NaN"), // NaN
        ("-0", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // -0
        ("1.5e-323", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), // 2**-1074*3
    ];
    // [value, [toPrecision(1), ..., toPrecision(21)]]
    #[rustfmt::skip]
    const TO_PRECISION: &[(&str, [&str; 21])] = &[
        // 0
        ("0", ["0", "0.0", "0.00", "0.000", "0.0000", "0.00000", "0.000000", "0.0000000", "0.00000000", "0.000000000", "0.0000000000", "0.00000000000", "0.000000000000", "0.0000000000000", "0.00000000000000", "0.000000000000000", "0.0000000000000000", "0.00000000000000000", "0.000000000000000000", "0.0000000000000000000", "0.00000000000000000000"]),
        // -0
        ("-0", ["0", "0.0", "0.00", "0.000", "0.0000", "0.00000", "0.000000", "0.0000000", "0.00000000", "0.000000000", "0.0000000000", "0.00000000000", "0.000000000000", "0.0000000000000", "0.00000000000000", "0.000000000000000", "0.0000000000000000", "0.00000000000000000", "0.000000000000000000", "0.0000000000000000000", "0.00000000000000000000"]),
        // NaN
        ("NaN", ["NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN"]),
        // -Infinity
        ("-Infinity", ["-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity", "-Infinity"]),
        // Math.PI
        ("3.141592653589793", ["3", "3.1", "3.14", "3.142", "3.1416", "3.14159", "3.141593", "3.1415927", "3.14159265", "3.141592654", "3.1415926536", "3.14159265359", "3.141592653590", "3.1415926535898", "3.14159265358979", "3.141592653589793", "3.1415926535897931", "3.14159265358979312", "3.141592653589793116", "3.1415926535897931160", "3.14159265358979311600"]),
        // -123.456
        ("-123.456", ["-1e+2", "-1.2e+2", "-123", "-123.5", "-123.46", "-123.456", "-123.4560", "-123.45600", "-123.456000", "-123.4560000", "-123.45600000", "-123.456000000", "-123.4560000000", "-123.45600000000", "-123.456000000000", "-123.4560000000000", "-123.45600000000000", "-123.456000000000003", "-123.4560000000000031", "-123.45600000000000307", "-123.456000000000003070"]),
        // 1e21
        ("1e+21", ["1e+21", "1.0e+21", "1.00e+21", "1.000e+21", "1.0000e+21", "1.00000e+21", "1.000000e+21", "1.0000000e+21", "1.00000000e+21", "1.000000000e+21", "1.0000000000e+21", "1.00000000000e+21", "1.000000000000e+21", "1.0000000000000e+21", "1.00000000000000e+21", "1.000000000000000e+21", "1.0000000000000000e+21", "1.00000000000000000e+21", "1.000000000000000000e+21", "1.0000000000000000000e+21", "1.00000000000000000000e+21"]),
        // 5e-324
        ("5e-324", ["5e-324", "4.9e-324", "4.94e-324", "4.941e-324", "4.9407e-324", "4.94066e-324", "4.940656e-324", "4.9406565e-324", "4.94065646e-324", "4.940656458e-324", "4.9406564584e-324", "4.94065645841e-324", "4.940656458412e-324", "4.9406564584125e-324", "4.94065645841247e-324", "4.940656458412465e-324", "4.9406564584124654e-324", "4.94065645841246544e-324", "4.940656458412465442e-324", "4.9406564584124654418e-324", "4.94065645841246544177e-324"]),
        // 0.000001234
        ("0.000001234", ["0.000001", "0.0000012", "0.00000123", "0.000001234", "0.0000012340", "0.00000123400", "0.000001234000", "0.0000012340000", "0.00000123400000", "0.000001234000000", "0.0000012340000000", "0.00000123400000000", "0.000001234000000000", "0.0000012340000000000", "0.00000123400000000000", "0.000001234000000000000", "0.0000012340000000000000", "0.00000123399999999999996", "0.000001233999999999999959", "0.0000012339999999999999590", "0.00000123399999999999995898"]),
        // 1.0000000000000002
        ("1.0000000000000002", ["1", "1.0", "1.00", "1.000", "1.0000", "1.00000", "1.000000", "1.0000000", "1.00000000", "1.000000000", "1.0000000000", "1.00000000000", "1.000000000000", "1.0000000000000", "1.00000000000000", "1.000000000000000", "1.0000000000000002", "1.00000000000000022", "1.000000000000000222", "1.0000000000000002220", "1.00000000000000022204"]),
        // 99.99
        ("99.99", ["1e+2", "1.0e+2", "100", "99.99", "99.990", "99.9900", "99.99000", "99.990000", "99.9900000", "99.99000000", "99.990000000", "99.9900000000", "99.99000000000", "99.990000000000", "99.9900000000000", "99.98999999999999", "99.989999999999995", "99.9899999999999949", "99.98999999999999488", "99.989999999999994884", "99.9899999999999948841"]),
        // 12345678901234567890
        ("12345678901234567000", ["1e+19", "1.2e+19", "1.23e+19", "1.235e+19", "1.2346e+19", "1.23457e+19", "1.234568e+19", "1.2345679e+19", "1.23456789e+19", "1.234567890e+19", "1.2345678901e+19", "1.23456789012e+19", "1.234567890123e+19", "1.2345678901235e+19", "1.23456789012346e+19", "1.234567890123457e+19", "1.2345678901234567e+19", "1.23456789012345672e+19", "1.234567890123456717e+19", "12345678901234567168", "12345678901234567168.0"]),
        // 0.00000012345
        ("1.2345e-7", ["1e-7", "1.2e-7", "1.23e-7", "1.235e-7", "1.2345e-7", "1.23450e-7", "1.234500e-7", "1.2345000e-7", "1.23450000e-7", "1.234500000e-7", "1.2345000000e-7", "1.23450000000e-7", "1.234500000000e-7", "1.2345000000000e-7", "1.23450000000000e-7", "1.234500000000000e-7", "1.2345000000000001e-7", "1.23450000000000010e-7", "1.234500000000000102e-7", "1.2345000000000001024e-7", "1.23450000000000010243e-7"]),
        // 2**53
        ("9007199254740992", ["9e+15", "9.0e+15", "9.01e+15", "9.007e+15", "9.0072e+15", "9.00720e+15", "9.007199e+15", "9.0071993e+15", "9.00719925e+15", "9.007199255e+15", "9.0071992547e+15", "9.00719925474e+15", "9.007199254741e+15", "9.0071992547410e+15", "9.00719925474099e+15", "9007199254740992", "9007199254740992.0", "9007199254740992.00", "9007199254740992.000", "9007199254740992.0000", "9007199254740992.00000"]),
        // 1.5
        ("1.5", ["2", "1.5", "1.50", "1.500", "1.5000", "1.50000", "1.500000", "1.5000000", "1.50000000", "1.500000000", "1.5000000000", "1.50000000000", "1.500000000000", "1.5000000000000", "1.50000000000000", "1.500000000000000", "1.5000000000000000", "1.50000000000000000", "1.500000000000000000", "1.5000000000000000000", "1.50000000000000000000"]),
    ];
    // [value, precision, toPrecision(precision)]
    #[rustfmt::skip]
    const TO_PRECISION_MORE: &[(&str, u32, &str)] = &[
        ("3.141592653589793", 100, "3.141592653589793115997963468544185161590576171875000000000000000000000000000000000000000000000000000"), // Math.PI
        ("5e-324", 100, "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359924e-324"), // 5e-324
        ("1e+21", 100, "1000000000000000000000.000000000000000000000000000000000000000000000000000000000000000000000000000000"), // 1e21
        ("0.1", 50, "0.10000000000000000555111512312578270211815834045410"), // 0.1
        ("123.456", 3, "123"), // 123.456
        ("0.000001", 2, "0.0000010"), // 0.000001
        ("1e-7", 2, "1.0e-7"), // 1e-7
        ("999.99", 3, "1.00e+3"), // 999.99
        ("9.9999e-7", 3, "0.00000100"), // 0.00000099999
    ];
    // [value, toExponential(), [toExponential(0), ..., toExponential(20)]]
    #[rustfmt::skip]
    const TO_EXPONENTIAL: &[(&str, &str, [&str; 21])] = &[
        // 0
        ("0", "0e+0", ["0e+0", "0.0e+0", "0.00e+0", "0.000e+0", "0.0000e+0", "0.00000e+0", "0.000000e+0", "0.0000000e+0", "0.00000000e+0", "0.000000000e+0", "0.0000000000e+0", "0.00000000000e+0", "0.000000000000e+0", "0.0000000000000e+0", "0.00000000000000e+0", "0.000000000000000e+0", "0.0000000000000000e+0", "0.00000000000000000e+0", "0.000000000000000000e+0", "0.0000000000000000000e+0", "0.00000000000000000000e+0"]),
        // -0
        ("-0", "0e+0", ["0e+0", "0.0e+0", "0.00e+0", "0.000e+0", "0.0000e+0", "0.00000e+0", "0.000000e+0", "0.0000000e+0", "0.00000000e+0", "0.000000000e+0", "0.0000000000e+0", "0.00000000000e+0", "0.000000000000e+0", "0.0000000000000e+0", "0.00000000000000e+0", "0.000000000000000e+0", "0.0000000000000000e+0", "0.00000000000000000e+0", "0.000000000000000000e+0", "0.0000000000000000000e+0", "0.00000000000000000000e+0"]),
        // NaN
        ("NaN", "NaN", ["NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN", "NaN"]),
        // Infinity
        ("Infinity", "Infinity", ["Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity", "Infinity"]),
        // Math.PI
        ("3.141592653589793", "3.141592653589793e+0", ["3e+0", "3.1e+0", "3.14e+0", "3.142e+0", "3.1416e+0", "3.14159e+0", "3.141593e+0", "3.1415927e+0", "3.14159265e+0", "3.141592654e+0", "3.1415926536e+0", "3.14159265359e+0", "3.141592653590e+0", "3.1415926535898e+0", "3.14159265358979e+0", "3.141592653589793e+0", "3.1415926535897931e+0", "3.14159265358979312e+0", "3.141592653589793116e+0", "3.1415926535897931160e+0", "3.14159265358979311600e+0"]),
        // -123.456
        ("-123.456", "-1.23456e+2", ["-1e+2", "-1.2e+2", "-1.23e+2", "-1.235e+2", "-1.2346e+2", "-1.23456e+2", "-1.234560e+2", "-1.2345600e+2", "-1.23456000e+2", "-1.234560000e+2", "-1.2345600000e+2", "-1.23456000000e+2", "-1.234560000000e+2", "-1.2345600000000e+2", "-1.23456000000000e+2", "-1.234560000000000e+2", "-1.2345600000000000e+2", "-1.23456000000000003e+2", "-1.234560000000000031e+2", "-1.2345600000000000307e+2", "-1.23456000000000003070e+2"]),
        // 1e21
        ("1e+21", "1e+21", ["1e+21", "1.0e+21", "1.00e+21", "1.000e+21", "1.0000e+21", "1.00000e+21", "1.000000e+21", "1.0000000e+21", "1.00000000e+21", "1.000000000e+21", "1.0000000000e+21", "1.00000000000e+21", "1.000000000000e+21", "1.0000000000000e+21", "1.00000000000000e+21", "1.000000000000000e+21", "1.0000000000000000e+21", "1.00000000000000000e+21", "1.000000000000000000e+21", "1.0000000000000000000e+21", "1.00000000000000000000e+21"]),
        // 5e-324
        ("5e-324", "5e-324", ["5e-324", "4.9e-324", "4.94e-324", "4.941e-324", "4.9407e-324", "4.94066e-324", "4.940656e-324", "4.9406565e-324", "4.94065646e-324", "4.940656458e-324", "4.9406564584e-324", "4.94065645841e-324", "4.940656458412e-324", "4.9406564584125e-324", "4.94065645841247e-324", "4.940656458412465e-324", "4.9406564584124654e-324", "4.94065645841246544e-324", "4.940656458412465442e-324", "4.9406564584124654418e-324", "4.94065645841246544177e-324"]),
        // Number.MAX_VALUE
        ("1.7976931348623157e+308", "1.7976931348623157e+308", ["2e+308", "1.8e+308", "1.80e+308", "1.798e+308", "1.7977e+308", "1.79769e+308", "1.797693e+308", "1.7976931e+308", "1.79769313e+308", "1.797693135e+308", "1.7976931349e+308", "1.79769313486e+308", "1.797693134862e+308", "1.7976931348623e+308", "1.79769313486232e+308", "1.797693134862316e+308", "1.7976931348623157e+308", "1.79769313486231571e+308", "1.797693134862315708e+308", "1.7976931348623157081e+308", "1.79769313486231570815e+308"]),
        // 0.000001234
        ("0.000001234", "1.234e-6", ["1e-6", "1.2e-6", "1.23e-6", "1.234e-6", "1.2340e-6", "1.23400e-6", "1.234000e-6", "1.2340000e-6", "1.23400000e-6", "1.234000000e-6", "1.2340000000e-6", "1.23400000000e-6", "1.234000000000e-6", "1.2340000000000e-6", "1.23400000000000e-6", "1.234000000000000e-6", "1.2340000000000000e-6", "1.23399999999999996e-6", "1.233999999999999959e-6", "1.2339999999999999590e-6", "1.23399999999999995898e-6"]),
        // 1.25
        ("1.25", "1.25e+0", ["1e+0", "1.3e+0", "1.25e+0", "1.250e+0", "1.2500e+0", "1.25000e+0", "1.250000e+0", "1.2500000e+0", "1.25000000e+0", "1.250000000e+0", "1.2500000000e+0", "1.25000000000e+0", "1.250000000000e+0", "1.2500000000000e+0", "1.25000000000000e+0", "1.250000000000000e+0", "1.2500000000000000e+0", "1.25000000000000000e+0", "1.250000000000000000e+0", "1.2500000000000000000e+0", "1.25000000000000000000e+0"]),
        // 1.35
        ("1.35", "1.35e+0", ["1e+0", "1.4e+0", "1.35e+0", "1.350e+0", "1.3500e+0", "1.35000e+0", "1.350000e+0", "1.3500000e+0", "1.35000000e+0", "1.350000000e+0", "1.3500000000e+0", "1.35000000000e+0", "1.350000000000e+0", "1.3500000000000e+0", "1.35000000000000e+0", "1.350000000000000e+0", "1.3500000000000001e+0", "1.35000000000000009e+0", "1.350000000000000089e+0", "1.3500000000000000888e+0", "1.35000000000000008882e+0"]),
        // 99.99
        ("99.99", "9.999e+1", ["1e+2", "1.0e+2", "1.00e+2", "9.999e+1", "9.9990e+1", "9.99900e+1", "9.999000e+1", "9.9990000e+1", "9.99900000e+1", "9.999000000e+1", "9.9990000000e+1", "9.99900000000e+1", "9.999000000000e+1", "9.9990000000000e+1", "9.99900000000000e+1", "9.998999999999999e+1", "9.9989999999999995e+1", "9.99899999999999949e+1", "9.998999999999999488e+1", "9.9989999999999994884e+1", "9.99899999999999948841e+1"]),
        // 2**53
        ("9007199254740992", "9.007199254740992e+15", ["9e+15", "9.0e+15", "9.01e+15", "9.007e+15", "9.0072e+15", "9.00720e+15", "9.007199e+15", "9.0071993e+15", "9.00719925e+15", "9.007199255e+15", "9.0071992547e+15", "9.00719925474e+15", "9.007199254741e+15", "9.0071992547410e+15", "9.00719925474099e+15", "9.007199254740992e+15", "9.0071992547409920e+15", "9.00719925474099200e+15", "9.007199254740992000e+15", "9.0071992547409920000e+15", "9.00719925474099200000e+15"]),
        // -1.5e-7
        ("-1.5e-7", "-1.5e-7", ["-1e-7", "-1.5e-7", "-1.50e-7", "-1.500e-7", "-1.5000e-7", "-1.50000e-7", "-1.500000e-7", "-1.5000000e-7", "-1.50000000e-7", "-1.500000000e-7", "-1.5000000000e-7", "-1.50000000000e-7", "-1.500000000000e-7", "-1.5000000000000e-7", "-1.50000000000000e-7", "-1.500000000000000e-7", "-1.4999999999999999e-7", "-1.49999999999999993e-7", "-1.499999999999999932e-7", "-1.4999999999999999321e-7", "-1.49999999999999993212e-7"]),
        // 1e-7
        ("1e-7", "1e-7", ["1e-7", "1.0e-7", "1.00e-7", "1.000e-7", "1.0000e-7", "1.00000e-7", "1.000000e-7", "1.0000000e-7", "1.00000000e-7", "1.000000000e-7", "1.0000000000e-7", "1.00000000000e-7", "1.000000000000e-7", "1.0000000000000e-7", "1.00000000000000e-7", "1.000000000000000e-7", "9.9999999999999995e-8", "9.99999999999999955e-8", "9.999999999999999547e-8", "9.9999999999999995475e-8", "9.99999999999999954748e-8"]),
        // 12345
        ("12345", "1.2345e+4", ["1e+4", "1.2e+4", "1.23e+4", "1.235e+4", "1.2345e+4", "1.23450e+4", "1.234500e+4", "1.2345000e+4", "1.23450000e+4", "1.234500000e+4", "1.2345000000e+4", "1.23450000000e+4", "1.234500000000e+4", "1.2345000000000e+4", "1.23450000000000e+4", "1.234500000000000e+4", "1.2345000000000000e+4", "1.23450000000000000e+4", "1.234500000000000000e+4", "1.2345000000000000000e+4", "1.23450000000000000000e+4"]),
    ];
    // [value, fractionDigits, toExponential(fractionDigits)]
    #[rustfmt::skip]
    const TO_EXPONENTIAL_MORE: &[(&str, u32, &str)] = &[
        ("3.141592653589793", 100, "3.1415926535897931159979634685441851615905761718750000000000000000000000000000000000000000000000000000e+0"), // Math.PI
        ("5e-324", 100, "4.9406564584124654417656879286822137236505980261432476442558568250067550727020875186529983636163599238e-324"), // 5e-324
        ("1e+21", 50, "1.00000000000000000000000000000000000000000000000000e+21"), // 1e21
        ("9.5", 0, "1e+1"), // 9.5
        ("-9.5", 0, "-1e+1"), // -9.5
        ("99.5", 1, "1.0e+2"), // 99.5
        ("0.00015", 0, "1e-4"), // 0.00015
    ];
    // [input, Number(input)]
    #[rustfmt::skip]
    const STRING_TO_NUMBER: &[(&str, &str)] = &[
        ("", "0"),
        (" ", "0"),
        ("\u{9}\u{a}\u{b}\u{c}\u{d} \u{a0}\u{1680}\u{2000}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}", "0"),
        ("\u{180e}1", "NaN"),
        ("\u{200b}1", "NaN"),
        ("0", "0"),
        ("-0", "-0"),
        ("+0", "0"),
        ("1", "1"),
        ("+1", "1"),
        ("-1", "-1"),
        (" 12 ", "12"),
        (" 12 3", "NaN"),
        ("\u{3000} 42\u{feff}", "42"),
        ("1.5", "1.5"),
        (".5", "0.5"),
        ("5.", "5"),
        ("-.5", "-0.5"),
        ("+5.", "5"),
        (".", "NaN"),
        ("-", "NaN"),
        ("+", "NaN"),
        ("e5", "NaN"),
        (".e5", "NaN"),
        ("1e5", "100000"),
        ("1E5", "100000"),
        ("1e+5", "100000"),
        ("1e-5", "0.00001"),
        ("1e", "NaN"),
        ("1e+", "NaN"),
        ("1.e3", "1000"),
        (".5e-1", "0.05"),
        ("Infinity", "Infinity"),
        ("+Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("infinity", "NaN"),
        ("Infinityx", "NaN"),
        ("INFINITY", "NaN"),
        ("inf", "NaN"),
        ("NaN", "NaN"),
        ("1_000", "NaN"),
        ("0x10", "16"),
        ("0X1f", "31"),
        ("0xFF", "255"),
        ("0x", "NaN"),
        ("-0x10", "NaN"),
        ("+0x10", "NaN"),
        ("0o17", "15"),
        ("0O17", "15"),
        ("0b101", "5"),
        ("0B101", "5"),
        ("0b2", "NaN"),
        ("0o8", "NaN"),
        ("0xg", "NaN"),
        ("0.0000001", "1e-7"),
        ("00012", "12"),
        ("012", "12"),
        ("08", "8"),
        ("0e5", "0"),
        ("1e1000", "Infinity"),
        ("-1e1000", "-Infinity"),
        ("1e-400", "0"),
        ("2.4703282292062328e-324", "5e-324"),
        ("2.4703282292062327e-324", "0"),
        ("9007199254740993", "9007199254740992"),
        ("0x20000000000001", "9007199254740992"),
        ("0x20000000000003", "9007199254740996"),
        ("0x1fffffffffffff8", "144115188075855870"),
        ("0xfffffffffffff7ff", "18446744073709550000"),
        ("0b111111111111111111111111111111111111111111111111111111111111", "1152921504606847000"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("1 2", "NaN"),
        ("12abc", "NaN"),
        ("\u{661}\u{662}", "NaN"),
        ("\u{ff11}\u{ff12}", "NaN"),
        ("0.1e1", "1"),
        ("3.14159265358979323846264338327950288", "3.141592653589793"),
        ("1ee5", "NaN"),
        ("1e5.5", "NaN"),
        ("--1", "NaN"),
        ("+-1", "NaN"),
        ("0x1.5", "NaN"),
    ];
    // [input, parseFloat(input)]
    #[rustfmt::skip]
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("", "NaN"),
        ("  3.14abc", "3.14"),
        ("-.5x", "-0.5"),
        ("Infinityx", "Infinity"),
        ("-Infinity123", "-Infinity"),
        ("+Infinit", "NaN"),
        ("1e", "1"),
        ("1e+", "1"),
        ("1e+5x", "100000"),
        ("1.e3", "1000"),
        (".e1", "NaN"),
        ("-.e1", "NaN"),
        (".", "NaN"),
        ("0x10", "0"),
        ("1_000", "1"),
        ("\u{a0}\u{feff} 7", "7"),
        ("-0", "-0"),
        ("-0.0e5", "-0"),
        ("1e1000", "Infinity"),
        ("abc", "NaN"),
        ("  -", "NaN"),
        ("12.34.56", "12.34"),
        ("5e-324", "5e-324"),
        ("2e-324", "0"),
        ("1.7976931348623159e308", "Infinity"),
        ("\u{2028}.5e1", "5"),
        ("+.5", "0.5"),
        ("1e-5e2", "0.00001"),
        ("\u{663}", "NaN"),
    ];
    // [input, radix, parseInt(input, radix)]
    #[rustfmt::skip]
    const PARSE_INT: &[(&str, i32, &str)] = &[
        ("", 0, "NaN"),
        ("  42", 0, "42"),
        ("-42", 0, "-42"),
        ("+42", 0, "42"),
        ("-0", 0, "-0"),
        ("  -0x1F", 0, "-31"),
        ("0x1F", 16, "31"),
        ("0x1F", 10, "0"),
        ("0x", 0, "NaN"),
        ("0x", 16, "NaN"),
        ("0xg", 16, "NaN"),
        ("1f", 16, "31"),
        ("ff", 16, "255"),
        ("FF", 16, "255"),
        ("0b11", 0, "0"),
        ("0b11", 2, "0"),
        ("11", 2, "3"),
        ("12", 2, "1"),
        ("2", 2, "NaN"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("10", 37, "NaN"),
        ("10", 1, "NaN"),
        ("10", -1, "NaN"),
        ("10", 36, "36"),
        ("123abc", 0, "123"),
        ("12.9", 0, "12"),
        ("1e3", 0, "1"),
        ("  \u{a0}\u{feff}77", 8, "63"),
        ("089", 8, "0"),
        ("-", 0, "NaN"),
        ("+", 0, "NaN"),
        ("- 1", 0, "NaN"),
        ("Infinity", 0, "NaN"),
        ("111111111111111111111111111111", 0, "1.111111111111111e+29"),
        ("9007199254740993", 10, "9007199254740992"),
        ("20000000000001", 16, "9007199254740992"),
        ("20000000000003", 16, "9007199254740996"),
        ("1fffffffffffff8", 16, "144115188075855870"),
        ("fffffffffffff7ff", 16, "18446744073709550000"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111", 2, "1.1805916207174113e+21"),
        ("3333333333333333333333333333333333333333", 4, "1.2089258196146292e+24"),
        ("777777777777777777777777777777", 8, "1.2379400392853803e+27"),
        ("vvvvvvvvvvvvvvvvvvvv", 32, "1.2676506002282294e+30"),
        ("zzzzzzzzzzzzzzzzzzzz", 36, "1.3367494538843734e+31"),
        ("1234567890abcdefghij", 21, "1.4606467545797324e+25"),
        ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 35, "NaN"),
        ("123456789", 3, "5"),
        ("0x1F", 32, "0"),
        ("0X10", 0, "16"),
        ("00x10", 0, "0"),
        ("\u{3000} 12", 0, "12"),
        ("1\u{0}2", 0, "1"),
        ("\u{ff11}\u{ff12}", 0, "NaN"),
        ("09999999999998fX", 22, "2666494831469065700"),
        ("0ga99999999998.", 21, "121353640062852450"),
        ("  -0019899999999999b01e3", 28, "-1.4906223946097753e+26"),
        ("0x8000000000000800000000001", 0, "6.338253001141148e+29"),
        ("0x80000000000008", 0, "36028797018963976"),
        ("0x80000000000018", 0, "36028797018963990"),
        ("0o", 0, "0"),
        ("00", 0, "0"),
        ("-000", 8, "-0"),
    ];
    // [value, ToInt32, ToUint32, ToUint16]
    #[rustfmt::skip]
    const INT_CONV: &[(&str, i32, u32, u16)] = &[
        ("0", 0, 0, 0), // 0
        ("-0", 0, 0, 0), // -0
        ("NaN", 0, 0, 0), // NaN
        ("Infinity", 0, 0, 0), // Infinity
        ("-Infinity", 0, 0, 0), // -Infinity
        ("1.9", 1, 1, 1), // 1.9
        ("-1.9", -1, 4294967295, 65535), // -1.9
        ("0.5", 0, 0, 0), // 0.5
        ("-0.5", 0, 0, 0), // -0.5
        ("2147483648", -2147483648, 2147483648, 0), // 2**31
        ("2147483647", 2147483647, 2147483647, 65535), // 2**31-1
        ("-2147483648", -2147483648, 2147483648, 0), // -(2**31)
        ("-2147483649", 2147483647, 2147483647, 65535), // -(2**31)-1
        ("4294967296", 0, 0, 0), // 2**32
        ("4294967301", 5, 5, 5), // 2**32+5
        ("-4294967301", -5, 4294967291, 65531), // -(2**32)-5
        ("4294967295", -1, 4294967295, 65535), // 4294967295
        ("65535", 65535, 65535, 65535), // 65535
        ("65536", 65536, 65536, 0), // 65536
        ("65537.7", 65537, 65537, 1), // 65537.7
        ("-1", -1, 4294967295, 65535), // -1
        ("-65537", -65537, 4294901759, 65535), // -65537
        ("9007199254740992", 0, 0, 0), // 2**53
        ("9007199254740994", 2, 2, 2), // 2**53+2
        ("-9007199254740992", 0, 0, 0), // -(2**53)
        ("100000000000000000000", 1661992960, 1661992960, 0), // 1e20
        ("-100000000000000000000", -1661992960, 2632974336, 0), // -1e20
        ("1e+300", 0, 0, 0), // 1e300
        ("-1.5e+300", 0, 0, 0), // -1.5e300
        ("1.7976931348623157e+308", 0, 0, 0), // Number.MAX_VALUE
        ("5e-324", 0, 0, 0), // 5e-324
        ("3000000000.9", -1294967296, 3000000000, 24064), // 3000000000.9
        ("-3000000000.9", 1294967296, 1294967296, 41472), // -3000000000.9
        ("123456789012.5", -1097262572, 3197704724, 6676), // 123456789012.5
    ];

    #[test]
    fn number_to_string_matches_node() {
        for &(x, want) in TO_STRING {
            assert_eq!(number_to_string(v(x)), want, "String({x})");
        }
    }

    #[test]
    fn number_to_string_radix_matches_node() {
        for &(x, radix, want) in TO_STRING_RADIX {
            assert_eq!(
                number_to_string_radix(v(x), radix),
                want,
                "({x}).toString({radix})"
            );
        }
        // Radix 10 is plain Number::toString.
        assert_eq!(number_to_string_radix(1e21, 10), "1e+21");
        assert_eq!(number_to_string_radix(-0.0, 10), "0");
    }

    #[test]
    fn radix_long_outputs_match_node() {
        // Subnormals and huge values produce very long strings; node gives these lengths/tails.
        let s = number_to_string_radix(5e-324, 2);
        assert_eq!(s.len(), 1076);
        assert!(s.starts_with("0.000") && s.ends_with("00001"));
        assert!(number_to_string_radix(3.0 * 5e-324, 2).ends_with("00011"));
        assert_eq!(number_to_string_radix(f64::MAX, 2).len(), 1024);
        assert_eq!(number_to_string_radix(1e308, 3).len(), 646);
        assert_eq!(number_to_string_radix(1e-300, 2).len(), 1051);
    }

    #[test]
    fn to_fixed_matches_node() {
        for &(x, wants) in TO_FIXED {
            for (&d, &want) in [0u32, 1, 2, 5, 20].iter().zip(wants.iter()) {
                assert_eq!(to_fixed(v(x), d), want, "({x}).toFixed({d})");
            }
        }
        for &(x, want) in TO_FIXED_100 {
            assert_eq!(to_fixed(v(x), 100), want, "({x}).toFixed(100)");
        }
    }

    #[test]
    fn to_precision_matches_node() {
        for &(x, wants) in TO_PRECISION {
            for (p, &want) in (1u32..=21).zip(wants.iter()) {
                assert_eq!(to_precision(v(x), p), want, "({x}).toPrecision({p})");
            }
        }
        for &(x, p, want) in TO_PRECISION_MORE {
            assert_eq!(to_precision(v(x), p), want, "({x}).toPrecision({p})");
        }
    }

    #[test]
    fn to_exponential_matches_node() {
        for &(x, shortest, wants) in TO_EXPONENTIAL {
            assert_eq!(
                to_exponential(v(x), None),
                shortest,
                "({x}).toExponential()"
            );
            for (d, &want) in (0u32..=20).zip(wants.iter()) {
                assert_eq!(
                    to_exponential(v(x), Some(d)),
                    want,
                    "({x}).toExponential({d})"
                );
            }
        }
        for &(x, d, want) in TO_EXPONENTIAL_MORE {
            assert_eq!(
                to_exponential(v(x), Some(d)),
                want,
                "({x}).toExponential({d})"
            );
        }
    }

    #[test]
    fn string_to_number_matches_node() {
        for &(s, want) in STRING_TO_NUMBER {
            assert_eq!(js(string_to_number(&u(s))), want, "Number({s:?})");
        }
        // Long inputs (node: Infinity, Infinity, 0, 1e-301).
        assert_eq!(
            js(string_to_number(&u(&format!("0x{}", "f".repeat(300))))),
            "Infinity"
        );
        assert_eq!(js(string_to_number(&u(&"1".repeat(400)))), "Infinity");
        assert_eq!(
            js(string_to_number(&u(&format!("0.{}1", "0".repeat(400))))),
            "0"
        );
        assert_eq!(
            js(string_to_number(&u(&format!("0.{}1", "0".repeat(300))))),
            "1e-301"
        );
        // node: Number("0b" + "1".repeat(1024)) is Infinity (rounds up to 2^1024).
        assert_eq!(
            js(string_to_number(&u(&format!("0b{}", "1".repeat(1024))))),
            "Infinity"
        );
        // Lone surrogates and other non-ASCII code units are never part of a literal.
        assert!(string_to_number(&[0x31, 0xD800]).is_nan());
    }

    #[test]
    fn parse_float_matches_node() {
        for &(s, want) in PARSE_FLOAT {
            assert_eq!(js(parse_float(&u(s))), want, "parseFloat({s:?})");
        }
        // node: parseFloat("1".repeat(400) + "x") is Infinity.
        assert_eq!(
            js(parse_float(&u(&format!("{}x", "1".repeat(400))))),
            "Infinity"
        );
    }

    #[test]
    fn parse_int_matches_node() {
        for &(s, radix, want) in PARSE_INT {
            assert_eq!(
                js(parse_int(&u(s), radix)),
                want,
                "parseInt({s:?}, {radix})"
            );
        }
        // Long inputs, node results: Infinity, 5, 1.1111111111111111e+307, Infinity.
        assert_eq!(js(parse_int(&u(&"9".repeat(400)), 0)), "Infinity");
        assert_eq!(js(parse_int(&u(&format!("{}5", "0".repeat(400))), 0)), "5");
        assert_eq!(
            js(parse_int(&u(&"1".repeat(308)), 0)),
            "1.1111111111111111e+307"
        );
        assert_eq!(js(parse_int(&u(&"f".repeat(300)), 16)), "Infinity");
        // Binary at the overflow edge: node gives Infinity, 8.98846567431158e+307, Infinity, Infinity.
        assert_eq!(js(parse_int(&u(&"1".repeat(1100)), 2)), "Infinity");
        assert_eq!(
            js(parse_int(&u(&format!("1{}", "0".repeat(1023))), 2)),
            "8.98846567431158e+307"
        );
        assert_eq!(
            js(parse_int(&u(&format!("1{}", "0".repeat(1024))), 2)),
            "Infinity"
        );
        assert_eq!(js(parse_int(&u(&"1".repeat(1024)), 2)), "Infinity");
    }

    #[test]
    fn integer_conversions_match_node() {
        for &(x, i32_want, u32_want, u16_want) in INT_CONV {
            let x = v(x);
            assert_eq!(to_int32(x), i32_want, "ToInt32({x})");
            assert_eq!(to_uint32(x), u32_want, "ToUint32({x})");
            assert_eq!(to_uint16(x), u16_want, "ToUint16({x})");
        }
    }

    #[test]
    fn to_integer_or_infinity_cases() {
        assert_eq!(to_integer_or_infinity(f64::NAN), 0.0);
        assert!(to_integer_or_infinity(-0.0).is_sign_positive());
        assert!(to_integer_or_infinity(-0.7).is_sign_positive());
        assert_eq!(to_integer_or_infinity(-0.7), 0.0);
        assert_eq!(to_integer_or_infinity(2.9), 2.0);
        assert_eq!(to_integer_or_infinity(-2.9), -2.0);
        assert_eq!(to_integer_or_infinity(f64::INFINITY), f64::INFINITY);
        assert_eq!(to_integer_or_infinity(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(to_integer_or_infinity(1e300), 1e300);
        assert_eq!(to_integer_or_infinity(5e-324), 0.0);
    }

    #[test]
    fn canonical_array_index_cases() {
        let idx = |s: &str| canonical_array_index(&u(s));
        assert_eq!(idx("0"), Some(0));
        assert_eq!(idx("7"), Some(7));
        assert_eq!(idx("10"), Some(10));
        assert_eq!(idx("4294967294"), Some(4_294_967_294));
        assert_eq!(idx("4294967295"), None); // 2^32 - 1 is not an array index
        assert_eq!(idx("4294967296"), None);
        assert_eq!(idx("99999999999"), None);
        for bad in [
            "", "00", "01", "-0", "-1", "+1", "1.0", "1e3", " 1", "1 ", "0x1", "١", "NaN",
        ] {
            assert_eq!(idx(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn nan_and_infinity_everywhere() {
        for (x, s) in [
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(number_to_string(x), s);
            assert_eq!(number_to_string_radix(x, 2), s);
            assert_eq!(number_to_string_radix(x, 36), s);
            assert_eq!(to_fixed(x, 2), s);
            assert_eq!(to_exponential(x, None), s);
            assert_eq!(to_exponential(x, Some(3)), s);
            assert_eq!(to_precision(x, 3), s);
            assert_eq!(to_int32(x), 0);
            assert_eq!(to_uint32(x), 0);
            assert_eq!(to_uint16(x), 0);
        }
    }

    /// Number::toString output always parses back to the same double through our own
    /// StringToNumber (checks both directions on every fixture value).
    #[test]
    fn round_trip_through_string_to_number() {
        for &(bits, ..) in FIXTURE {
            let x = f64::from_bits(bits);
            let back = string_to_number(&u(&number_to_string(x)));
            assert_eq!(back.to_bits(), if x == 0.0 { 0 } else { bits }, "{x:e}");
            let back = parse_float(&u(&to_exponential(x, None)));
            assert_eq!(back.to_bits(), if x == 0.0 { 0 } else { bits }, "{x:e}");
        }
    }

    /// Cross-check against node on a few hundred deterministic pseudo-random doubles
    /// (any finite bit pattern, moderate exponents, short decimals, integers, subnormals).
    #[test]
    fn fixture_matches_node() {
        for &(bits, s, radix, rs, pi, fd, fixed, ed, expo, expo_short, p, prec) in FIXTURE {
            let x = f64::from_bits(bits);
            assert_eq!(number_to_string(x), s, "String({s})");
            assert_eq!(
                number_to_string_radix(x, radix),
                rs,
                "({s}).toString({radix})"
            );
            assert_eq!(
                js(parse_int(&u(rs), radix as i32)),
                pi,
                "parseInt({rs:?}, {radix})"
            );
            assert_eq!(to_fixed(x, fd), fixed, "({s}).toFixed({fd})");
            assert_eq!(
                to_exponential(x, Some(ed)),
                expo,
                "({s}).toExponential({ed})"
            );
            assert_eq!(to_exponential(x, None), expo_short, "({s}).toExponential()");
            assert_eq!(to_precision(x, p), prec, "({s}).toPrecision({p})");
        }
    }

    // Generated by a node script: xorshift64 bit patterns -> doubles; each row is
    // (bits, String(x), radix, x.toString(radix), parseInt(that, radix), f, x.toFixed(f),
    //  e, x.toExponential(e), x.toExponential(), p, x.toPrecision(p)).
    #[rustfmt::skip]
    type FixtureRow = (u64, &'static str, u32, &'static str, &'static str, u32, &'static str,
                       u32, &'static str, &'static str, u32, &'static str);
    #[rustfmt::skip]
    const FIXTURE: &[FixtureRow] = &[
    (0xdc1b77ae0bf34dad, "-4.9911105725155504e+135", 20, "-294694038ddf800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.991110572515546e+135", 0, "-4.9911105725155504e+135", 0, "-5e+135", "-4.9911105725155504e+135", 1, "-5e+135"),
    (0x3d7305f050c368dc, "1.0813436218338624e-12", 3, "0.000000000000000000000000022020122020212200000010112211221", "0", 1, "0.0", 7, "1.0813436e-12", "1.0813436218338624e-12", 6, "1.08134e-12"),
    (0x3fb20f55de58e64b, "0.0705465", 4, "0.0102003311113132112032121023", "0", 2, "0.07", 14, "7.05465000000000e-2", "7.05465e-2", 11, "0.070546500000"),
    (0xc26bb549d0b60000, "-952045045168", 5, "-111044242012421133", "-952045045168", 3, "-952045045168.000", 0, "-1e+12", "-9.52045045168e+11", 16, "-952045045168.0000"),
    (0x000c79f8ada711fd, "1.7350640298720514e-308", 24, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011c33l0gf8m6", "0", 4, "0.0000", 7, "1.7350640e-308", "1.7350640298720514e-308", 21, "1.73506402987205137533e-308"),
    (0x392199e83f5a101f, "1.694933913128696e-33", 25, "0.0000000000000000000000060dci7oggifb", "0", 5, "0.00000", 14, "1.69493391312870e-33", "1.694933913128696e-33", 5, "1.6949e-33"),
    (0xbc3a32edabf5585c, "-1.4202473335045006e-18", 8, "-0.0000000000000000000150627332576526056", "-0", 6, "-0.000000", 0, "-1e-18", "-1.4202473335045006e-18", 10, "-1.420247334e-18"),
    (0xc06b6d5810624dd3, "-219.417", 9, "-263.36688380581852", "-219", 7, "-219.4170000", 7, "-2.1941700e+2", "-2.19417e+2", 15, "-219.417000000000"),
    (0xc26e34a1ab380000, "-1037856233920", 10, "-1037856233920", "-1037856233920", 8, "-1037856233920.00000000", 14, "-1.03785623392000e+12", "-1.03785623392e+12", 20, "-1037856233920.0000000"),
    (0xff16b3d3cdbdf613, "-1.556855759427711e+304", 29, "-10qdsqse8mis00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.556855759427711e+304", 9, "-1.556855759427711e+304", 0, "-2e+304", "-1.556855759427711e+304", 4, "-1.557e+304"),
    (0xdb928e2c987d857d, "-1.3170664051174186e+133", 30, "-1f83ff0prf7a0000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.3170664051174189e+133", 10, "-1.3170664051174186e+133", 7, "-1.3170664e+133", "-1.3170664051174186e+133", 9, "-1.31706641e+133"),
    (0x3f49f07b27a7886a, "0.0007916070310865057", 13, "0.00197bc22359a66b9", "0", 11, "0.00079160703", 14, "7.91607031086506e-4", "7.916070310865057e-4", 14, "0.00079160703108651"),
    (0x4109736800000000, "208493", 14, "55da5", "208493", 12, "208493.000000000000", 0, "2e+5", "2.08493e+5", 19, "208493.0000000000000"),
    (0x4010000000000000, "4", 15, "4", "4", 13, "4.0000000000000", 7, "4.0000000e+0", "4e+0", 3, "4.00"),
    (0x7f4a15ed48b3fdc2, "1.4310912282900898e+305", 34, "2foj3qnxmtgc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.4310912282900888e+305", 14, "1.4310912282900898e+305", 14, "1.43109122829009e+305", "1.4310912282900898e+305", 8, "1.4310912e+305"),
    (0x0cc88eab2f9ad4bb, "4.3902997915267284e-247", 35, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004wqnyein6lo", "0", 15, "0.000000000000000", 0, "4e-247", "4.3902997915267284e-247", 13, "4.390299791527e-247"),
    (0xbf2e71a7567edb8c, "-0.00023226897905967122", 18, "-0.00166fhchf8g0f44", "-0", 16, "-0.0002322689790597", 7, "-2.3226898e-4", "-2.3226897905967122e-4", 18, "-0.000232268979059671219"),
    (0xc1273b5800000000, "-761260", 19, "-5fie6", "-761260", 17, "-761260.00000000000000000", 14, "-7.61260000000000e+5", "-7.6126e+5", 2, "-7.6e+5"),
    (0x43ae766c7d27052b, "1097530576585528700", 20, "d7j0e82j2jb1c0", "1097530576585528700", 18, "1097530576585528704.000000000000000000", 0, "1e+18", "1.0975305765855287e+18", 7, "1.097531e+18"),
    (0xfef7b5fefda6afa6, "-4.065033138522562e+303", 22, "-1ee1ld7kd660c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.06503313852256e+303", 19, "-4.065033138522562e+303", 7, "-4.0650331e+303", "-4.065033138522562e+303", 12, "-4.06503313852e+303"),
    (0x6d0a00eb302b52c6, "1.7928344098460697e+217", 23, "5b137f41l0dd0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.7928344098460675e+217", 20, "1.7928344098460697e+217", 14, "1.79283440984607e+217", "1.7928344098460697e+217", 17, "1.7928344098460697e+217"),
    (0xbc1904bc2dda0ebc, "-3.3906385166610254e-19", 23, "-0.00000000000003l97m6m57b59g", "-0", 0, "-0", 0, "-3e-19", "-3.3906385166610254e-19", 1, "-3e-19"),
    (0x3fbdfab96f21f6cb, "0.117107", 24, "0.2jal7051506l9", "0", 1, "0.1", 7, "1.1710700e-1", "1.17107e-1", 6, "0.117107"),
    (0x423675f6ce9a0000, "96468389530", 25, "fk391n65", "96468389530", 2, "96468389530.00", 14, "9.64683895300000e+10", "9.646838953e+10", 11, "96468389530"),
    (0x000b6a5f9c786da9, "1.5875236420980216e-308", 27, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000njiqko367oo", "0", 3, "0.000", 0, "2e-308", "1.5875236420980216e-308", 16, "1.587523642098022e-308"),
    (0x50eabc7287dc4e1c, "6.340262899598194e+81", 28, "5lgeo9mlr4eg000000000000000000000000000000000000000000000", "6.34026289959819e+81", 4, "6.340262899598194e+81", 7, "6.3402629e+81", "6.340262899598194e+81", 21, "6.34026289959819439846e+81"),
    (0x3ca16166c76ad458, "1.2060126878184099e-16", 28, "0.00000000001004fjjih9al", "0", 5, "0.00000", 14, "1.20601268781841e-16", "1.2060126878184099e-16", 5, "1.2060e-16"),
    (0x4053ca1ff2e48e8a, "79.1582", 29, "2l.4h19omb2cb", "79", 6, "79.158200", 0, "8e+1", "7.91582e+1", 10, "79.15820000"),
    (0x42b7d88d11a6b600, "26218847119030", 30, "19sper1oea", "26218847119030", 7, "26218847119030.0000000", 7, "2.6218847e+13", "2.621884711903e+13", 15, "26218847119030.0"),
    (0x7e95fa68c812c075, "5.887447261312491e+301", 32, "5fqd3415g3l0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "5.887447261312491e+301", 8, "5.887447261312491e+301", 14, "5.88744726131249e+301", "5.887447261312491e+301", 20, "5.8874472613124909339e+301"),
    (0x34d1bf49868fc4b6, "2.89514964136048e-54", 33, "0.00000000000000000000000000000000000de9hhqm174", "0", 9, "0.000000000", 0, "3e-54", "2.89514964136048e-54", 4, "2.895e-54"),
    (0x435bf023d5f71c40, "31455444301803776", 33, "khoq5q0cw7n", "31455444301803776", 10, "31455444301803776.0000000000", 7, "3.1455444e+16", "3.1455444301803776e+16", 9, "3.14554443e+16"),
    (0x3f81e8ada8f023bf, "0.00874458", 34, "0.0a3nnnr6tq19", "0", 11, "0.00874458000", 14, "8.74458000000000e-3", "8.74458e-3", 14, "0.0087445800000000"),
    (0xc34e218def6ec118, "-16962285584876080", 35, "-657i13qbkyf", "-16962285584876080", 12, "-16962285584876080.000000000000", 0, "-2e+16", "-1.696228558487608e+16", 19, "-16962285584876080.00"),
    (0xfe0db970f61ec64b, "-1.5551723100934386e+299", 20, "-i0ab76jbi3f1c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.5551723100934384e+299", 13, "-1.5551723100934386e+299", 7, "-1.5551723e+299", "-1.5551723100934386e+299", 3, "-1.56e+299"),
    (0xfcb7d0a0e9b446d4, "-5.941355978696207e+292", 21, "-3dhhceh368j7000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-5.941355978696203e+292", 14, "-5.941355978696207e+292", 14, "-5.94135597869621e+292", "-5.941355978696207e+292", 8, "-5.9413560e+292"),
    (0xbbe1d6eb56cc3fec, "-3.0221336787303575e-20", 3, "-0.0000000000000000000000000000000000000000100220211221112100200010011201201", "-0", 15, "-0.000000000000000", 0, "-3e-20", "-3.0221336787303575e-20", 13, "-3.022133678730e-20"),
    (0xc021e6afcce1c582, "-8.95056", 4, "-20.330311133212130032023001", "-8", 16, "-8.9505599999999994", 7, "-8.9505600e+0", "-8.95056e+0", 18, "-8.95055999999999941"),
    (0xc275acd088037000, "-1489498570807", 5, "-143400443113231212", "-1489498570807", 17, "-1489498570807.00000000000000000", 14, "-1.48949857080700e+12", "-1.489498570807e+12", 2, "-1.5e+12"),
    (0xfedefbb4d09613fe, "-1.3279518091332639e+303", 25, "-ei4n5knleoff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.3279518091332643e+303", 18, "-1.3279518091332639e+303", 0, "-1e+303", "-1.3279518091332639e+303", 7, "-1.327952e+303"),
    (0xba59dbbf218e9bcd, "-1.3055148249443392e-27", 26, "-0.000000000000000000100b3n76295k9", "-0", 19, "-0.0000000000000000000", 7, "-1.3055148e-27", "-1.3055148249443392e-27", 12, "-1.30551482494e-27"),
    (0xbba1d57d70abe6c2, "-1.88824240760109e-21", 8, "-0.0000000000000000000000107253727025371541", "-0", 20, "-0.00000000000000000000", 14, "-1.88824240760109e-21", "-1.88824240760109e-21", 17, "-1.8882424076010900e-21"),
    (0xc021b3404ea4a8c1, "-8.8501", 9, "-8.757644884625443", "-8", 0, "-9", 0, "-9e+0", "-8.8501e+0", 1, "-9"),
    (0xc142a18c00000000, "-2442008", 10, "-2442008", "-2442008", 1, "-2442008.0", 7, "-2.4420080e+6", "-2.442008e+6", 6, "-2.44201e+6"),
    (0x000f4d50b83a266a, "2.1280068101126064e-308", 30, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000b3mpg0i1bmd", "0", 2, "0.00", 14, "2.12800681011261e-308", "2.1280068101126064e-308", 11, "2.1280068101e-308"),
    (0xf436a02ab71ee437, "-6.479738675343636e+251", 31, "-i9n4i125kaa00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-6.479738675343635e+251", 3, "-6.479738675343636e+251", 0, "-6e+251", "-6.479738675343636e+251", 16, "-6.479738675343636e+251"),
    (0x3bac8b93e004898d, "3.0223432730217643e-21", 13, "0.00000000000000000045593834563097b", "0", 4, "0.0000", 7, "3.0223433e-21", "3.0223432730217643e-21", 21, "3.02234327302176425470e-21"),
    (0xc08a58be76c8b439, "-843.093", 14, "-443.143298bc2ca8", "-843", 5, "-843.09300", 14, "-8.43093000000000e+2", "-8.43093e+2", 5, "-843.09"),
    (0x42ae79395ff60400, "16753001233154", 15, "1e0bb606236e", "16753001233154", 6, "16753001233154.000000", 0, "2e+13", "1.6753001233154e+13", 10, "1.675300123e+13"),
    (0x7fa497b6e7e3148f, "7.230319917394625e+306", 35, "dl5ksql4ge600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "7.230319917394619e+306", 7, "7.230319917394625e+306", 7, "7.2303199e+306", "7.230319917394625e+306", 15, "7.23031991739463e+306"),
    (0x2447b4c07713b205, "6.523059653436162e-134", 36, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000004j7uy6bkw5v", "0", 8, "0.00000000", 14, "6.52305965343616e-134", "6.523059653436162e-134", 20, "6.5230596534361621097e-134"),
    (0xbde98e09052e5854, "-1.8593582454134106e-10", 18, "-0.000000020ffe729g6862f", "-0", 9, "-0.000000000", 0, "-2e-10", "-1.8593582454134106e-10", 4, "-1.859e-10"),
    (0xbfebcfbb9496249a, "-0.869108", 19, "-0.g9e408a685h5g", "-0", 10, "-0.8691080000", 7, "-8.6910800e-1", "-8.69108e-1", 9, "-0.869108000"),
    (0x404a000000000000, "52", 20, "2c", "52", 11, "52.00000000000", 14, "5.20000000000000e+1", "5.2e+1", 14, "52.000000000000"),
    (0x80031bc75f55bcba, "-4.322916507751225e-309", 23, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005dh20b3dhdi", "-0", 12, "-0.000000000000", 0, "-4e-309", "-4.322916507751225e-309", 19, "-4.322916507751224760e-309"),
    (0x574e810a9b826371, "3.667973268328953e+112", 24, "5kak3ca3clel8000000000000000000000000000000000000000000000000000000000000000000000", "3.667973268328954e+112", 13, "3.667973268328953e+112", 7, "3.6679733e+112", "3.667973268328953e+112", 3, "3.67e+112"),
    (0xc2f3ba89ff13576a, "-347070400640374.6", 23, "-88fljh524lg.e", "-347070400640374", 14, "-347070400640374.62500000000000", 14, "-3.47070400640375e+14", "-3.470704006403746e+14", 8, "-3.4707040e+14"),
    (0xc0a1f98a3d70a3d7, "-2300.77", 24, "-3nk.ibcbcbcbc", "-2300", 15, "-2300.769999999999982", 0, "-2e+3", "-2.30077e+3", 13, "-2300.770000000"),
    (0x42eb6371da6cca00, "240911406818896", 25, "2d3kn31ba5l", "240911406818896", 16, "240911406818896.0000000000000000", 7, "2.4091141e+14", "2.40911406818896e+14", 18, "240911406818896.000"),
    (0x7e4c9d290f1d4eed, "2.3953162852662553e+300", 28, "6froocpilb2o0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "2.3953162852662556e+300", 17, "2.3953162852662553e+300", 14, "2.39531628526626e+300", "2.3953162852662553e+300", 2, "2.4e+300"),
    (0x72a54713a9b86c9d, "1.8160593387967868e+244", 29, "12k8poobe1ci000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.8160593387967868e+244", 18, "1.8160593387967868e+244", 0, "2e+244", "1.8160593387967868e+244", 7, "1.816059e+244"),
    (0xbd168dfe63578c48, "-2.0032564854646714e-14", 28, "-0.0000000005q3pr3e85b7m", "-0", 19, "-0.0000000000000200326", 7, "-2.0032565e-14", "-2.0032564854646714e-14", 12, "-2.00325648546e-14"),
    (0x4018e52e72da1230, "6.22381", 29, "6.6e6eg7dkn7", "6", 20, "6.22381000000000028649", 14, "6.22381000000000e+0", "6.22381e+0", 17, "6.2238100000000003"),
    (0xc226bc04dd2a0000, "-48821857941", 30, "-26t3qsol", "-48821857941", 0, "-48821857941", 0, "-5e+10", "-4.8821857941e+10", 1, "-5e+10"),
    (0x8007ea9167c9649c, "-1.1008943986412397e-308", 33, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001ws76l30shd", "-0", 1, "-0.0", 7, "-1.1008944e-308", "-1.1008943986412397e-308", 6, "-1.10089e-308"),
    (0xb3f56e3e83c468b7, "-2.1338113414315463e-58", 34, "-0.00000000000000000000000000000000000003bxcesttchf", "-0", 2, "-0.00", 14, "-2.13381134143155e-58", "-2.1338113414315463e-58", 11, "-2.1338113414e-58"),
    (0xc4659e1b682e1cbd, "-3.1901955182201945e+21", 33, "-1ovnifn5jvoa000", "-3.190195518220194e+21", 3, "-3.1901955182201945e+21", 0, "-3e+21", "-3.1901955182201945e+21", 16, "-3.190195518220195e+21"),
    (0xc07da1f3b645a1cb, "-474.122", 34, "-dw.4512xopjb", "-474", 4, "-474.1220", 7, "-4.7412200e+2", "-4.74122e+2", 21, "-474.122000000000014097"),
    (0xc0f2639000000000, "-75321", 35, "-1qh1", "-75321", 5, "-75321.00000", 14, "-7.53210000000000e+4", "-7.5321e+4", 5, "-75321"),
    (0x800e0b8ab05d2c71, "-1.953209463649295e-308", 21, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000026ke8gcajf1cf", "-0", 6, "-0.000000", 0, "-2e-308", "-1.953209463649295e-308", 10, "-1.953209464e-308"),
    (0x087013f1c0b1457d, "4.86937695727198e-268", 22, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000eik1k0di4bkj", "0", 7, "0.0000000", 7, "4.8693770e-268", "4.86937695727198e-268", 15, "4.86937695727198e-268"),
    (0x43301ea4c72979ce, "4537292692224462", 3, "211001000012221112000221002222220", "4537292692224462", 8, "4537292692224462.00000000", 14, "4.53729269222446e+15", "4.537292692224462e+15", 20, "4537292692224462.0000"),
    (0xc02215072085b185, "-9.04107", 4, "-21.0022200321001002312030022", "-9", 9, "-9.041070000", 0, "-9e+0", "-9.04107e+0", 4, "-9.041"),
    (0xc02a000000000000, "-13", 5, "-23", "-13", 10, "-13.0000000000", 7, "-1.3000000e+1", "-1.3e+1", 9, "-13.0000000"),
    (0x000caab00de2fbb3, "1.761528237069527e-308", 26, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000539f086e9ih7", "0", 11, "0.00000000000", 14, "1.76152823706953e-308", "1.761528237069527e-308", 14, "1.7615282370695e-308"),
    (0x34f99df66499e0e1, "1.6715899149649308e-53", 27, "0.0000000000000000000000000000000000001e5eh9j1p702", "0", 12, "0.000000000000", 0, "2e-53", "1.6715899149649308e-53", 19, "1.671589914964930753e-53"),
    (0x44b24e629d896fb2, "8.644854871630284e+22", 8, "22234612354226766200000000", "8.644854871630284e+22", 13, "8.644854871630284e+22", 7, "8.6448549e+22", "8.644854871630284e+22", 3, "8.64e+22"),
    (0xc07ad09ba5e353f8, "-429.038", 9, "-526.03062767352125", "-429", 14, "-429.03800000000001", 14, "-4.29038000000000e+2", "-4.29038e+2", 8, "-429.03800"),
    (0xc1b479a804000000, "-343517188", 10, "-343517188", "-343517188", 15, "-343517188.000000000000000", 0, "-3e+8", "-3.43517188e+8", 13, "-343517188.0000"),
    (0xfebe96ad55a91a02, "-3.2775929297804455e+302", 31, "-i6n5jso4sah000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-3.2775929297804474e+302", 16, "-3.2775929297804455e+302", 7, "-3.2775929e+302", "-3.2775929297804455e+302", 18, "-3.27759292978044546e+302"),
    (0x608edfdda646248f, "1.324668934962616e+157", 32, "3rftr9i64i7g000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.324668934962616e+157", 17, "1.324668934962616e+157", 14, "1.32466893496262e+157", "1.324668934962616e+157", 2, "1.3e+157"),
    (0xbd19ee03c4ca7313, "-2.303023994266874e-14", 13, "-0.0000000000006c8a9200ab6526", "-0", 18, "-0.000000000000023030", 0, "-2e-14", "-2.303023994266874e-14", 7, "-2.303024e-14"),
    (0xc083052b020c49ba, "-608.646", 14, "-316.9088a438267", "-608", 19, "-608.6459999999999581632", 7, "-6.0864600e+2", "-6.08646e+2", 12, "-608.646000000"),
    (0x8000000000000000, "0", 15, "0", "0", 20, "0.00000000000000000000", 14, "0.00000000000000e+0", "0e+0", 17, "0.0000000000000000"),
    (0x800d77809ef4f1d4, "-1.8727899228746716e-308", 36, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002mruecl4f5k", "-0", 0, "-0", 0, "-2e-308", "-1.8727899228746716e-308", 1, "-2e-308"),
    (0x0ebed168e7eb032d, "1.1831722723762523e-237", 20, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ea253jaa9e7ad", "0", 1, "0.0", 7, "1.1831723e-237", "1.1831722723762523e-237", 6, "1.18317e-237"),
    (0xc20285d676d73870, "-9944354522.902557", 18, "-g46de442.g47cg", "-9944354522", 2, "-9944354522.90", 14, "-9.94435452290256e+9", "-9.944354522902557e+9", 11, "-9944354522.9"),
    (0x40c261947ae147ae, "9411.16", 19, "1716.30e86fi4ab", "9411", 3, "9411.160", 0, "9e+3", "9.41116e+3", 16, "9411.160000000000"),
    (0xc153bb7980000000, "-5172710", 20, "-1c6bfa", "-5172710", 4, "-5172710.0000", 7, "-5.1727100e+6", "-5.17271e+6", 21, "-5172710.00000000000000"),
    (0xfe18c5ee9e01df2f, "-2.5922526663718697e+299", 24, "-j9ki9l728k580000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-2.5922526663718712e+299", 5, "-2.5922526663718697e+299", 14, "-2.59225266637187e+299", "-2.5922526663718697e+299", 5, "-2.5923e+299"),
    (0xf40bf4be400d570e, "-1.0007874993533206e+251", 25, "-5lmc4ifaadhj000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.0007874993533197e+251", 6, "-1.0007874993533206e+251", 0, "-1e+251", "-1.0007874993533206e+251", 10, "-1.000787499e+251"),
    (0x42d2ce50c5e474b9, "82709310837202.89", 23, "1ml3i4jg21j.kb", "82709310837202", 7, "82709310837202.8906250", 7, "8.2709311e+13", "8.270931083720289e+13", 15, "82709310837202.9"),
    (0xc0eaaa9ccccccccd, "-54612.9", 24, "-3mjc.le9e9e9ed", "-54612", 8, "-54612.90000000", 14, "-5.46129000000000e+4", "-5.46129e+4", 20, "-54612.900000000001455"),
    (0x433bf5b3cab644f4, "7869976920081652", 25, "37d1h0bfa5g2", "7869976920081652", 9, "7869976920081652.000000000", 0, "8e+15", "7.869976920081652e+15", 4, "7.870e+15"),
    (0x00021d9d7b537940, "2.94222104660173e-309", 29, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012boma97bc9", "0", 10, "0.0000000000", 7, "2.9422210e-309", "2.94222104660173e-309", 9, "2.94222105e-309"),
    (0x68cc97f0aab24c2d, "6.679358410377362e+196", 30, "29s6f65c977q00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "6.67935841037736e+196", 11, "6.679358410377362e+196", 14, "6.67935841037736e+196", "6.679358410377362e+196", 14, "6.6793584103774e+196"),
    (0x3ff9adaa35dbc26a, "1.6048986533970955", 28, "1.gq6kgbr84ri", "1", 12, "1.604898653397", 0, "2e+0", "1.6048986533970955e+0", 19, "1.604898653397095476"),
    (0xc06ce1a1cac08312, "-231.051", 29, "-7s.1dpo9ham", "-231", 13, "-231.0510000000000", 7, "-2.3105100e+2", "-2.31051e+2", 3, "-231"),
    (0x418f71e350000000, "65944682", 30, "2lcbq2", "65944682", 14, "65944682.00000000000000", 14, "6.59446820000000e+7", "6.5944682e+7", 8, "65944682"),
    (0x80029ebc8c3b5373, "-3.64364815662434e-309", 34, "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008axbhnxgeb", "-0", 15, "-0.000000000000000", 0, "-4e-309", "-3.64364815662434e-309", 13, "-3.643648156624e-309"),
    (0xcfe9636427fe1b67, "-9.186744261462331e+76", 35, "-k4ibb17e01j000000000000000000000000000000000000000", "-9.18674426146233e+76", 16, "-9.186744261462331e+76", 7, "-9.1867443e+76", "-9.186744261462331e+76", 18, "-9.18674426146233087e+76"),
    (0x421137fb828fc1cc, "18488418467.939255", 33, "eaduge2.uws", "18488418467", 17, "18488418467.93925476074218750", 14, "1.84884184679393e+10", "1.8488418467939255e+10", 2, "1.8e+10"),
    (0xc0f0a21ccccccccd, "-68129.8", 34, "-1ovr.r6r6r6r", "-68129", 18, "-68129.800000000002910383", 0, "-7e+4", "-6.81298e+4", 7, "-68129.80"),
    (0xc197ea8f6c000000, "-100312027", 35, "-1vtmcw", "-100312027", 19, "-100312027.0000000000000000000", 7, "-1.0031203e+8", "-1.00312027e+8", 12, "-100312027.000"),
    (0x7ea42c6093a7dd2a, "1.0807958354291654e+302", 22, "l9b23ja0275e000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.080795835429165e+302", 20, "1.0807958354291654e+302", 14, "1.08079583542917e+302", "1.0807958354291654e+302", 17, "1.0807958354291654e+302"),
    (0xb461fc042646dfd2, "-2.2920690566792716e-56", 23, "-0.00000000000000000000000000000000000000001cg7kc68bhed", "-0", 0, "-0", 0, "-2e-56", "-2.2920690566792716e-56", 1, "-2e-56"),
    (0xc31e722fe3209380, "-2142449825228000", 3, "-101101221210012110222221011202222", "-2142449825228000", 1, "-2142449825228000.0", 7, "-2.1424498e+15", "-2.142449825228e+15", 6, "-2.14245e+15"),
    (0xc12b877400000000, "-902074", 4, "-3130032322", "-902074", 2, "-902074.00", 14, "-9.02074000000000e+5", "-9.02074e+5", 11, "-902074.00000"),
    (0x416078c5e0000000, "8635951", 5, "4202322301", "8635951", 3, "8635951.000", 0, "9e+6", "8.635951e+6", 16, "8635951.000000000"),
    (0x8008c5e2d39ccbe4, "-1.2200347460979635e-308", 27, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000i6ae3n22cl8", "-0", 4, "-0.0000", 7, "-1.2200347e-308", "-1.2200347460979635e-308", 21, "-1.22003474609796348347e-308"),
    (0x8191c98000a810a5, "-4.1500155236360685e-301", 28, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000046gl0kcbjmr", "-0", 5, "-0.00000", 14, "-4.15001552363607e-301", "-4.1500155236360685e-301", 5, "-4.1500e-301"),
    (0xc00a7842014627a2, "-3.30871964450212", 8, "-3.23604100121423642", "-3", 6, "-3.308720", 0, "-3e+0", "-3.30871964450212e+0", 10, "-3.308719645"),
    (0x4120efb200000000, "554969", 9, "1035242", "554969", 7, "554969.0000000", 7, "5.5496900e+5", "5.54969e+5", 15, "554969.000000000"),
    (0x418e35dd70000000, "63355822", 10, "63355822", "63355822", 8, "63355822.00000000", 14, "6.33558220000000e+7", "6.3355822e+7", 20, "63355822.000000000000"),
    (0x7ed1b7d60d793fa3, "7.594042918920034e+302", 32, "26rtc3bp7uhg0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "7.594042918920034e+302", 9, "7.594042918920034e+302", 0, "8e+302", "7.594042918920034e+302", 4, "7.594e+302"),
    (0xf5a2fa6852249193, "-4.559322011621158e+258", 33, "-385ccsft3m0n000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.5593220116211564e+258", 10, "-4.559322011621158e+258", 7, "-4.5593220e+258", "-4.559322011621158e+258", 9, "-4.55932201e+258"),
    (0x40f7dae1345bf346, "97710.07528300313", 13, "35622.0c95208a56", "97710", 11, "97710.07528300313", 14, "9.77100752830031e+4", "9.771007528300313e+4", 14, "97710.075283003"),
    (0xc00cad916872b021, "-3.58475", 14, "-3.8287a8266d305", "-3", 12, "-3.584750000000", 0, "-4e+0", "-3.58475e+0", 19, "-3.584750000000000103"),
    (0x40fe82d000000000, "124973", 15, "27068", "124973", 13, "124973.0000000000000", 7, "1.2497300e+5", "1.24973e+5", 3, "1.25e+5"),
    (0x800f7e7f7598fac4, "-2.1547243068210567e-308", 20, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004f3add5714bgc", "-0", 14, "-0.00000000000000", 14, "-2.15472430682106e-308", "-2.1547243068210567e-308", 8, "-2.1547243e-308"),
    (0xaaede6659bc9b985, "-6.6748650773279286e-102", 21, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000046e940fih8dcb", "-0", 15, "-0.000000000000000", 0, "-7e-102", "-6.6748650773279286e-102", 13, "-6.674865077328e-102"),
    (0x3d84bbeaa8eafab0, "2.357188506599791e-12", 18, "0.000000000878fbdch1160e", "0", 16, "0.0000000000023572", 7, "2.3571885e-12", "2.357188506599791e-12", 18, "2.35718850659979089e-12"),
    (0x3fb860af6d40753b, "0.0952253", 19, "0.1f72g529c5iah", "0", 17, "0.09522530000000000", 14, "9.52253000000000e-2", "9.52253e-2", 2, "0.095"),
    (0x42462accfc538000, "190414715047", 20, "78f4bj7c7", "190414715047", 18, "190414715047.000000000000000000", 0, "2e+11", "1.90414715047e+11", 7, "1.904147e+11"),
    (0x800aa2dc437ebe2b, "-1.4791419695538284e-308", 25, "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000d0f3bdo0i1n", "-0", 19, "-0.0000000000000000000", 7, "-1.4791420e-308", "-1.4791419695538284e-308", 12, "-1.47914196955e-308"),
    (0x8030d4e937ed5504, "-9.362934810703572e-308", 26, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000116mpg1pcmoc", "-0", 20, "-0.00000000000000000000", 14, "-9.36293481070357e-308", "-9.362934810703572e-308", 17, "-9.3629348107035721e-308"),
    (0xc20d217a900b9b9c, "-15639466497.450981", 23, "-4dejm8k5.a8d2", "-15639466497", 0, "-15639466497", 0, "-2e+10", "-1.5639466497450981e+10", 1, "-2e+10"),
    (0x40b2facf5c28f5c3, "4858.81", 24, "8aa.jadadadae", "4858", 1, "4858.8", 7, "4.8588100e+3", "4.85881e+3", 6, "4858.81"),
    (0xc0a1c00000000000, "-2272", 25, "-3fm", "-2272", 2, "-2272.00", 14, "-2.27200000000000e+3", "-2.272e+3", 11, "-2272.0000000"),
    (0xff770adf859e55f8, "-1.0113109334860287e+306", 30, "-1m6pf646sf4a0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.0113109334860276e+306", 3, "-1.0113109334860287e+306", 0, "-1e+306", "-1.0113109334860287e+306", 16, "-1.011310933486029e+306"),
    (0xe67e1789bff623de, "-5.1145521953002703e+185", 31, "-60o0uojb2o1n00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-5.114552195300268e+185", 4, "-5.1145521953002703e+185", 7, "-5.1145522e+185", "-5.1145521953002703e+185", 21, "-5.11455219530027031082e+185"),
    (0x4361aa49a0b95c06, "39778462479343660", 28, "4m8950nq3l5k", "39778462479343660", 5, "39778462479343664.00000", 14, "3.97784624793437e+16", "3.977846247934366e+16", 5, "3.9778e+16"),
    (0xc031ebd3c3611340, "-17.9212", 29, "-h.qkl47d8ojf", "-17", 6, "-17.921200", 0, "-2e+1", "-1.79212e+1", 10, "-17.92120000"),
    (0xc3af170d5e8560c1, "-1120137019627954300", 30, "-236spklh76oo0", "-1120137019627954300", 7, "-1120137019627954304.0000000", 7, "-1.1201370e+18", "-1.1201370196279543e+18", 15, "-1.12013701962795e+18"),
    (0x7eda8941a8b374aa, "1.1373488733745448e+303", 35, "2lqdn66k3ld400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.1373488733745438e+303", 8, "1.1373488733745448e+303", 14, "1.13734887337454e+303", "1.1373488733745448e+303", 20, "1.1373488733745448416e+303"),
    (0xc820da07ea4ff093, "-2.8671653361557315e+39", 36, "-3jp7w6wwzjk000000000000000", "-2.867165336155731e+39", 9, "-2.8671653361557315e+39", 0, "-3e+39", "-2.8671653361557315e+39", 4, "-2.867e+39"),
    (0xbe602a08015f200e, "-3.010814013344275e-8", 33, "-0.000015t5bfnia1d", "-0", 10, "-0.0000000301", 7, "-3.0108140e-8", "-3.010814013344275e-8", 9, "-3.01081401e-8"),
    (0x408216a3d70a3d71, "578.83", 34, "h0.s7gatv9hq", "578", 11, "578.83000000000", 14, "5.78830000000000e+2", "5.7883e+2", 14, "578.83000000000"),
    (0x4298df5e3ccb0c00, "6836909454019", 35, "3197l9yot", "6836909454019", 12, "6836909454019.000000000000", 0, "7e+12", "6.836909454019e+12", 19, "6836909454019.000000"),
    (0xff1714830e4d7900, "-1.5827553490371055e+304", 23, "-39fbj20adec910000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.5827553490371072e+304", 13, "-1.5827553490371055e+304", 7, "-1.5827553e+304", "-1.5827553490371055e+304", 3, "-1.58e+304"),
    (0x6b5bcff0e6098465, "1.4286749772672437e+209", 24, "5cjdaj07n5mg00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.4286749772672428e+209", 14, "1.4286749772672437e+209", 14, "1.42867497726724e+209", "1.4286749772672437e+209", 8, "1.4286750e+209"),
    (0x3fc934d8c9a3c8f9, "0.196925257164885", 3, "0.01202212000201101210211211022200112", "0", 15, "0.196925257164885", 0, "2e-1", "1.96925257164885e-1", 13, "0.1969252571649"),
    (0x3fb21cef240fa9c1, "0.070754", 4, "0.0102013032330210003322213001", "0", 16, "0.0707540000000000", 7, "7.0754000e-2", "7.0754e-2", 18, "0.0707539999999999975"),
    (0xc21f75528e2c0000, "-33778082699", 5, "-1023134142121244", "-33778082699", 17, "-33778082699.00000000000000000", 14, "-3.37780826990000e+10", "-3.3778082699e+10", 2, "-3.4e+10"),
    (0xff6cf7e057a38e3e, "-6.3569402601652974e+305", 28, "-2ncc4da0pflg00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-6.3569402601652974e+305", 18, "-6.3569402601652974e+305", 0, "-6e+305", "-6.3569402601652974e+305", 7, "-6.356940e+305"),
    (0xd47c48ecb9fa1f81, "-9.666575821616858e+98", 29, "-a32jofpichjk00000000000000000000000000000000000000000000000000000000", "-9.666575821616863e+98", 19, "-9.666575821616858e+98", 7, "-9.6665758e+98", "-9.666575821616858e+98", 12, "-9.66657582162e+98"),
    (0xbeee424cab406fd6, "-0.000014428607165987912", 8, "-0.00000362044625320067726", "-0", 20, "-0.00001442860716598791", 14, "-1.44286071659879e-5", "-1.4428607165987912e-5", 17, "-0.000014428607165987912"),
    (0x4085475c28f5c28f, "680.92", 9, "835.82461064278245", "680", 0, "681", 0, "7e+2", "6.8092e+2", 1, "7e+2"),
    (0x4260e9638b3b6000, "581080734171", 10, "581080734171", "581080734171", 1, "581080734171.0", 7, "5.8108073e+11", "5.81080734171e+11", 6, "5.81081e+11"),
    (0x7e179e51c1701187, "2.471421521667929e+299", 33, "1p3fgmlwi4ns000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "2.4714215216679323e+299", 2, "2.471421521667929e+299", 14, "2.47142152166793e+299", "2.471421521667929e+299", 11, "2.4714215217e+299"),
    (0xdea9b4d919f7496f, "-1.027187643380712e+148", 34, "-9q0cu6i02na00000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.027187643380712e+148", 3, "-1.027187643380712e+148", 0, "-1e+148", "-1.027187643380712e+148", 16, "-1.027187643380712e+148"),
    (0xc3818f524eef87bc, "-158165064911746940", 13, "-31229b1814287b20", "-158165064911746940", 4, "-158165064911746944.0000", 7, "-1.5816506e+17", "-1.5816506491174694e+17", 21, "-158165064911746944.000"),
    (0x40834c3f7ced9168, "617.531", 14, "321.7610c788a435", "617", 5, "617.53100", 14, "6.17531000000000e+2", "6.17531e+2", 5, "617.53"),
    (0x4331242242e6553f, "4824804173960511", 15, "272be367719626", "4824804173960511", 6, "4824804173960511.000000", 0, "5e+15", "4.824804173960511e+15", 10, "4.824804174e+15"),
    (0x0004eb079cdd0a7e, "6.83943885630098e-309", 21, "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000h3484id1152e", "0", 7, "0.0000000", 7, "6.8394389e-309", "6.83943885630098e-309", 15, "6.83943885630098e-309"),
    (0xde1c95e748652eb5, "-2.230923289202934e+145", 22, "-274827164g7gk000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-2.2309232892029338e+145", 8, "-2.230923289202934e+145", 14, "-2.23092328920293e+145", "-2.230923289202934e+145", 20, "-2.2309232892029340468e+145"),
    (0xc1ad38e58fc3cac2, "-245134023.8824063", 18, "-73d2a8f.ffg38d", "-245134023", 9, "-245134023.882406294", 0, "-2e+8", "-2.451340238824063e+8", 4, "-2.451e+8"),
    (0x40f1c93333333333, "72851.2", 19, "abf5.3f3f3f3f3", "72851", 10, "72851.2000000000", 7, "7.2851200e+4", "7.28512e+4", 9, "72851.2000"),
    (0x42e4c95c71423ba0, "182840575267293", 20, "hh243jf884d", "182840575267293", 11, "182840575267293.00000000000", 14, "1.82840575267293e+14", "1.82840575267293e+14", 14, "1.8284057526729e+14"),
    (0x7eb47005d8c38c97, "2.1899052753022253e+302", 26, "8o848dl8chc80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "2.1899052753022246e+302", 12, "2.1899052753022253e+302", 0, "2e+302", "2.1899052753022253e+302", 19, "2.189905275302225318e+302"),
    (0x5508c663404a4f96, "4.3351225290984545e+101", 27, "10h7ep1ok6b9300000000000000000000000000000000000000000000000000000000000", "4.335122529098452e+101", 13, "4.3351225290984545e+101", 7, "4.3351225e+101", "4.3351225290984545e+101", 3, "4.34e+101"),
    (0x3d9373bd9f34ad54, "4.422898234801361e-12", 23, "0.000000007m543c765bl5", "0", 14, "0.00000000000442", 14, "4.42289823480136e-12", "4.422898234801361e-12", 8, "4.4228982e-12"),
    (0xc0329703afb7e910, "-18.5899", 24, "-i.e3iifld0a37", "-18", 15, "-18.589900000000000", 0, "-2e+1", "-1.85899e+1", 13, "-18.58990000000"),
    (0xc03a000000000000, "-26", 25, "-11", "-26", 16, "-26.0000000000000000", 7, "-2.6000000e+1", "-2.6e+1", 18, "-26.0000000000000000"),
    (0x800e0d18356b730d, "-1.954052998883672e-308", 31, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a209ltsj4s", "-0", 17, "-0.00000000000000000", 14, "-1.95405299888367e-308", "-1.954052998883672e-308", 2, "-2.0e-308"),
    (0x378982e3da3bd9e6, "3.66069047838575e-41", 32, "0.000000000000000000000000001j0n3r8ttjpg", "0", 18, "0.000000000000000000", 0, "4e-41", "3.66069047838575e-41", 7, "3.660690e-41"),
    (0xbc97bea5f27b9e5a, "-8.23810452261401e-17", 28, "-0.00000000000j3i64q7h3ole", "-0", 19, "-0.0000000000000000824", 7, "-8.2381045e-17", "-8.23810452261401e-17", 12, "-8.23810452261e-17"),
    (0xc05099ba5e353f7d, "-66.402", 29, "-28.bj2arq169a", "-66", 20, "-66.40200000000000102318", 14, "-6.64020000000000e+1", "-6.6402e+1", 17, "-66.402000000000001"),
    (0x41f19baf38f00000, "4726649743", 30, "6efb31d", "4726649743", 0, "4726649743", 0, "5e+9", "4.726649743e+9", 1, "5e+9"),
    (0xfef5a1a571146238, "-3.7085222672597314e+303", 36, "-18b7lyse0qak0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-3.708522267259728e+303", 1, "-3.7085222672597314e+303", 7, "-3.7085223e+303", "-3.7085222672597314e+303", 6, "-3.70852e+303"),
    (0x0fbff2061c322285, "8.037699641936216e-233", 20, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000633aj23a9238a", "0", 2, "0.00", 14, "8.03769964193622e-233", "8.037699641936216e-233", 11, "8.0376996419e-233"),
    (0x426ce58966972b52, "992880571577.3538", 33, "n9qd6h1q.bm8", "992880571577", 3, "992880571577.354", 0, "1e+12", "9.928805715773538e+11", 16, "992880571577.3538"),
    (0x3f74a0b91d986c48, "0.00503609", 34, "0.05rvuu2eh8uh", "0", 4, "0.0050", 7, "5.0360900e-3", "5.03609e-3", 21, "0.00503609000000000001096"),
    (0x4207e180be080000, "12820944833", 35, "6y3prei", "12820944833", 5, "12820944833.00000", 14, "1.28209448330000e+10", "1.2820944833e+10", 5, "1.2821e+10"),
    (0xfeab9963a18d7f0c, "-1.4786377585185206e+302", 24, "-j584e53alc0g000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.4786377585185181e+302", 6, "-1.4786377585185206e+302", 0, "-1e+302", "-1.4786377585185206e+302", 10, "-1.478637759e+302"),
    (0x91d8b917cc58781b, "-1.0686727282666483e-222", 25, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200jll6d401cc", "-0", 7, "-0.0000000", 7, "-1.0686727e-222", "-1.0686727282666483e-222", 15, "-1.06867272826665e-222"),
    (0xc046ae785060ef35, "-45.36304669125676", 3, "-1200.10021012221122001212220112111", "-45", 8, "-45.36304669", 14, "-4.53630466912568e+1", "-4.536304669125676e+1", 20, "-45.363046691256762699"),
    (0xc11833d400000000, "-396533", 4, "-1200303311", "-396533", 9, "-396533.000000000", 0, "-4e+5", "-3.96533e+5", 4, "-3.965e+5"),
    (0xc101b7f000000000, "-145150", 5, "-14121100", "-145150", 10, "-145150.0000000000", 7, "-1.4515000e+5", "-1.4515e+5", 9, "-145150.000"),
    (0xffd1a0ed00ef8779, "-4.951694165504173e+307", 29, "-3q3l3bnd00580000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.951694165504174e+307", 11, "-4.951694165504173e+307", 14, "-4.95169416550417e+307", "-4.951694165504173e+307", 14, "-4.9516941655042e+307"),
    (0x7a5bc3fddf2c41d6, "2.5200137670732935e+281", 30, "5i21dlmkkbba00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "2.5200137670732942e+281", 12, "2.5200137670732935e+281", 0, "3e+281", "2.5200137670732935e+281", 19, "2.520013767073293522e+281"),
    (0x3f32e66eadedeba2, "0.0002883930409819884", 8, "0.000113463352675572721", "0", 13, "0.0002883930410", 7, "2.8839304e-4", "2.883930409819884e-4", 3, "0.000288"),
    (0xc124144e00000000, "-657959", 9, "-1212485", "-657959", 14, "-657959.00000000000000", 14, "-6.57959000000000e+5", "-6.57959e+5", 8, "-657959.00"),
    (0xc024000000000000, "-10", 10, "-10", "-10", 15, "-10.000000000000000", 0, "-1e+1", "-1e+1", 13, "-10.00000000000"),
    (0x800136b53d66b8dc, "-1.68786176167026e-309", 34, "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003t2vmob0ou", "-0", 16, "-0.0000000000000000", 7, "-1.6878618e-309", "-1.68786176167026e-309", 18, "-1.68786176167026243e-309"),
    (0xdeaaa3e5943f2e68, "-1.0645001463920513e+148", 35, "-lvw5vleifou0000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.0645001463920514e+148", 17, "-1.0645001463920513e+148", 14, "-1.06450014639205e+148", "-1.0645001463920513e+148", 2, "-1.1e+148"),
    (0x3efa54acc7230568, "0.000025110970860669184", 13, "0.00009428a37580a218", "0", 18, "0.000025110970860669", 0, "3e-5", "2.5110970860669184e-5", 7, "0.00002511097"),
    (0xbff5d729b280f12c, "-1.36503", 14, "-1.5178dc7517c642", "-1", 19, "-1.3650299999999999656", 7, "-1.3650300e+0", "-1.36503e+0", 12, "-1.36503000000"),
    (0xc13b407e00000000, "-1785982", 15, "-2542a7", "-1785982", 20, "-1785982.00000000000000000000", 14, "-1.78598200000000e+6", "-1.785982e+6", 17, "-1785982.0000000000"),
    (0x7f6330c96b9cdcce, "4.2112746717111805e+305", 22, "7ibil1dcg967600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "4.211274671711178e+305", 0, "4.2112746717111805e+305", 0, "4e+305", "4.2112746717111805e+305", 1, "4e+305"),
    (0x586da2121c4ab320, "9.340825202162434e+117", 23, "7672a0lgd4a0f00000000000000000000000000000000000000000000000000000000000000000000000000", "9.34082520216244e+117", 1, "9.340825202162434e+117", 7, "9.3408252e+117", "9.340825202162434e+117", 6, "9.34083e+117"),
    (0x3c146877f721a647, "2.765810655329427e-19", 18, "0.000000000000001faa88db158a7", "0", 2, "0.00", 14, "2.76581065532943e-19", "2.765810655329427e-19", 11, "2.7658106553e-19"),
    (0x40c2dbc28f5c28f6, "9655.52", 19, "17e3.9gdch9256", "9655", 3, "9655.520", 0, "1e+4", "9.65552e+3", 16, "9655.520000000000"),
    (0x4225a925cfca0000, "46516070373", 20, "1g6g58fid", "46516070373", 4, "46516070373.0000", 7, "4.6516070e+10", "4.6516070373e+10", 21, "46516070373.0000000000"),
    (0xfe481e7681e2bdfd, "-2.019039966701699e+300", 27, "-e3d5c3jo2p95000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-2.019039966701699e+300", 5, "-2.019039966701699e+300", 14, "-2.01903996670170e+300", "-2.019039966701699e+300", 5, "-2.0190e+300"),
    (0x831e936316d5c393, "-1.1968537522579172e-293", 28, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000072ki24a6hfb", "-0", 6, "-0.000000", 0, "-1e-293", "-1.1968537522579172e-293", 10, "-1.196853752e-293"),
    (0x40a09b1531bac23a, "2125.541395031175", 23, "409.ca93c2h0d", "2125", 7, "2125.5413950", 7, "2.1255414e+3", "2.125541395031175e+3", 15, "2125.54139503117"),
    (0x403dfc28f5c28f5c, "29.985", 24, "15.nf8f8f8f8f8", "29", 8, "29.98500000", 14, "2.99850000000000e+1", "2.9985e+1", 20, "29.984999999999999432"),
    (0x414694aa00000000, "2959700", 25, "7ead0", "2959700", 9, "2959700.000000000", 0, "3e+6", "2.9597e+6", 4, "2.960e+6"),
    (0x000f83d971526bc7, "2.1576314056138736e-308", 32, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007o7mbha9lse", "0", 10, "0.0000000000", 7, "2.1576314e-308", "2.1576314056138736e-308", 9, "2.15763141e-308"),
    (0x4aa5e9abc48a8f6d, "4.0992716521136025e+51", 33, "voowgrecvh400000000000000000000000", "4.099271652113603e+51", 11, "4.0992716521136025e+51", 14, "4.09927165211360e+51", "4.0992716521136025e+51", 14, "4.0992716521136e+51"),
    (0xc2cc1bbe5091a349, "-61810965291846.57", 28, "-5ngrjno9om.g", "-61810965291846", 12, "-61810965291846.570312500000", 0, "-6e+13", "-6.181096529184657e+13", 19, "-61810965291846.57031"),
    (0xc03c4141205bc01a, "-28.2549", 29, "-s.7balqpf4m", "-28", 13, "-28.2549000000000", 7, "-2.8254900e+1", "-2.82549e+1", 3, "-28.3"),
    (0x43b310884170abe2, "1373747700992565800", 30, "2hgdicdba6480", "1373747700992565800", 14, "1373747700992565760.00000000000000", 14, "1.37374770099257e+18", "1.3737477009925658e+18", 8, "1.3737477e+18"),
    (0x800fc655f2dbdf75, "-2.19374884771361e-308", 20, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004gi03egji402", "-0", 15, "-0.000000000000000", 0, "-2e-308", "-2.19374884771361e-308", 13, "-2.193748847714e-308"),
    (0x7febf8bada7b7560, "1.57138610536333e+308", 21, "16d5bb777h9dh00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1.571386105363331e+308", 16, "1.57138610536333e+308", 7, "1.5713861e+308", "1.57138610536333e+308", 18, "1.57138610536333001e+308"),
    (0xc48961e08dd122d2, "-1.4983084633234331e+22", 33, "-8878iq600js0000", "-1.4983084633234331e+22", 17, "-1.4983084633234331e+22", 14, "-1.49830846332343e+22", "-1.4983084633234331e+22", 2, "-1.5e+22"),
    (0x40203081c2e33eff, "8.09474", 34, "8.37hmg2clsr", "8", 18, "8.094739999999999824", 0, "8e+0", "8.09474e+0", 7, "8.094740"),
    (0xc3326e38716a7158, "-5187738280816984", 35, "-1uspx23ydn4", "-5187738280816984", 19, "-5187738280816984.0000000000000000000", 7, "-5.1877383e+15", "-5.187738280816984e+15", 12, "-5.18773828082e+15"),
    (0xfe2958e87e882d62, "-5.3046577200984076e+299", 25, "-3gn398fnlg74j0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-5.304657720098406e+299", 20, "-5.3046577200984076e+299", 14, "-5.30465772009841e+299", "-5.3046577200984076e+299", 17, "-5.3046577200984076e+299"),
    (0xa14e15a8a8356d2c, "-2.9410096972856384e-148", 26, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ape2pin8e8n", "-0", 0, "-0", 0, "-3e-148", "-2.9410096972856384e-148", 1, "-3e-148"),
    (0xc287766ed6e0ada0, "-3224679144469.703", 3, "-102102021110102201101201021.2002222", "-3224679144469", 1, "-3224679144469.7", 7, "-3.2246791e+12", "-3.224679144469703e+12", 6, "-3.22468e+12"),
    (0x3fd8188f42fe8251, "0.376499", 4, "0.120012020331002333220021101", "0", 2, "0.38", 14, "3.76499000000000e-1", "3.76499e-1", 11, "0.37649900000"),
    (0x410d9ec000000000, "242648", 5, "30231043", "242648", 3, "242648.000", 0, "2e+5", "2.42648e+5", 16, "242648.0000000000"),
    (0x7e598bf6d5aad0ba, "4.277116655661888e+300", 30, "5srhg3mm843o000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "4.2771166556618885e+300", 4, "4.277116655661888e+300", 7, "4.2771167e+300", "4.277116655661888e+300", 21, "4.27711665566188794317e+300"),
    (0x5e0925f627be1305, "9.81332867027777e+144", 31, "2479n13e6dj300000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "9.813328670277769e+144", 5, "9.81332867027777e+144", 14, "9.81332867027777e+144", "9.81332867027777e+144", 5, "9.8133e+144"),
    (0xbc660283d11b5923, "-9.545239540228249e-18", 8, "-0.0000000000000000001300240750433262214", "-0", 6, "-0.000000", 0, "-1e-17", "-9.545239540228249e-18", 10, "-9.545239540e-18"),
    (0x41151ae400000000, "345785", 9, "576285", "345785", 7, "345785.0000000", 7, "3.4578500e+5", "3.45785e+5", 15, "345785.000000000"),
    (0x42d4c0e767ce1cc0, "91274994464883", 10, "91274994464883", "91274994464883", 8, "91274994464883.00000000", 14, "9.12749944648830e+13", "9.1274994464883e+13", 20, "91274994464883.000000"),
    (0x800d450c5c151d3b, "-1.8453816709140986e-308", 35, "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000c0he2sktm4d", "-0", 9, "-0.000000000", 0, "-2e-308", "-1.8453816709140986e-308", 4, "-1.845e-308"),
    (0xe88d2b06fdf6d7b2, "-4.258483588036954e+195", 36, "-ccdbpxt74pc0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.258483588036955e+195", 10, "-4.258483588036954e+195", 7, "-4.2584836e+195", "-4.258483588036954e+195", 9, "-4.25848359e+195"),
    (0xc25f4f97f64c02d6, "-537917380912.0443", 13, "-3b9578b9742.0765", "-537917380912", 11, "-537917380912.04431152344", 14, "-5.37917380912044e+11", "-5.379173809120443e+11", 14, "-537917380912.04"),
    (0x40b4c270a3d70a3d, "5314.44", 14, "1d18.623507ba8d5", "5314", 12, "5314.440000000000", 0, "5e+3", "5.31444e+3", 19, "5314.439999999999600"),
    (0x426a93083e5a0000, "913087525584", 15, "18b414bc059", "913087525584", 13, "913087525584.0000000000000", 7, "9.1308753e+11", "9.13087525584e+11", 3, "9.13e+11"),
    (0x8006ca3fe103b3d0, "-9.442708941726707e-309", 23, "-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000c55084b2gmc9", "-0", 14, "-0.00000000000000", 14, "-9.44270894172671e-309", "-9.442708941726707e-309", 8, "-9.4427089e-309"),
    (0xedf480a20ac1fff6, "-4.6319414969372505e+221", 24, "-6inl9l89390c00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.631941496937247e+221", 15, "-4.6319414969372505e+221", 0, "-5e+221", "-4.6319414969372505e+221", 13, "-4.631941496937e+221"),
    (0xc2ff1f033114913f, "-547488927926547.94", 18, "-8961a44716af.h", "-547488927926547", 16, "-547488927926547.9375000000000000", 7, "-5.4748893e+14", "-5.4748892792654794e+14", 18, "-547488927926547.938"),
    (0x3f61b30072ec86a6, "0.00216055", 19, "0.00efadib285a79", "0", 17, "0.00216055000000000", 14, "2.16055000000000e-3", "2.16055e-3", 2, "0.0022"),
    (0x43b6c8e2f7f97a8f, "1641811618846904000", 20, "100gd36749d3000", "1641811618846904000", 18, "1641811618846904064.000000000000000000", 0, "2e+18", "1.641811618846904e+18", 7, "1.641812e+18"),
    (0xfe3093dea1f445a3, "-6.938694560394676e+299", 28, "-1p8an2r40l700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-6.938694560394679e+299", 19, "-6.938694560394676e+299", 7, "-6.9386946e+299", "-6.938694560394676e+299", 12, "-6.93869456039e+299"),
    (0xcc65d0abbdb638d6, "-1.0954858490306238e+60", 29, "-15s352lmk89a000000000000000000000000000000", "-1.0954858490306236e+60", 20, "-1.0954858490306238e+60", 14, "-1.09548584903062e+60", "-1.0954858490306238e+60", 17, "-1.0954858490306238e+60"),
    (0xbf0eed63607d7854, "-0.00005898913883471747", 23, "-0.000gbfbgd99f342", "-0", 0, "-0", 0, "-6e-5", "-5.898913883471747e-5", 1, "-0.00006"),
    (0xc0bde775c28f5c29, "-7655.46", 24, "-d6n.b0n0n0n1", "-7655", 1, "-7655.5", 7, "-7.6554600e+3", "-7.65546e+3", 6, "-7655.46"),
    (0x4077c00000000000, "380", 25, "f5", "380", 2, "380.00", 14, "3.80000000000000e+2", "3.8e+2", 11, "380.00000000"),
    (0x7f2c67726439adbf, "3.895708938852064e+304", 33, "7nsjeai625m0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "3.895708938852057e+304", 3, "3.895708938852064e+304", 0, "4e+304", "3.895708938852064e+304", 16, "3.895708938852064e+304"),
    (0xe633803d0b9765a3, "-2.071537120553806e+184", 34, "-3fjeh91b6a6c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-2.071537120553806e+184", 4, "-2.071537120553806e+184", 7, "-2.0715371e+184", "-2.071537120553806e+184", 21, "-2.07153712055380601720e+184"),
    (0xc005891fb0d10d88, "-2.691954976444041", 28, "-2.jadm7lqj2l7", "-2", 5, "-2.69195", 14, "-2.69195497644404e+0", "-2.691954976444041e+0", 5, "-2.6920"),
    (0x40f4d07e66666666, "85255.9", 29, "3eao.q2q2q2q", "85255", 6, "85255.900000", 0, "9e+4", "8.52559e+4", 10, "85255.90000"),
    (0xc2c381b194db3d80, "-42895502063227", 30, "-25bbgtsj47", "-42895502063227", 7, "-42895502063227.0000000", 7, "-4.2895502e+13", "-4.2895502063227e+13", 15, "-42895502063227.0"),
    (0xfe04dfbf6a334c44, "-1.092123350227219e+299", 21, "-1dc7a23137i090000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1.09212335022722e+299", 8, "-1.092123350227219e+299", 14, "-1.09212335022722e+299", "-1.092123350227219e+299", 20, "-1.0921233502272189667e+299"),
    (0xa4b2f82b3a2fd8e0, "-6.681219222762084e-132", 22, "-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000029132j1a7ajg", "-0", 9, "-0.000000000", 0, "-7e-132", "-6.681219222762084e-132", 4, "-6.681e-132"),
    (0xbc013a513b3412a8, "-1.167401271592521e-19", 33, "-0.0000000000006e1981ld0v", "-0", 10, "-0.0000000000", 7, "-1.1674013e-19", "-1.167401271592521e-19", 9, "-1.16740127e-19"),
    (0x3f7e36b1edce4f2e, "0.00737638", 34, "0.08hvawdi6nf9", "0", 11, "0.00737638000", 14, "7.37638000000000e-3", "7.37638e-3", 14, "0.0073763800000000"),
    (0xc0c2d70000000000, "-9646", 35, "-7ul", "-9646", 12, "-9646.000000000000", 0, "-1e+4", "-9.646e+3", 19, "-9646.000000000000000"),
    (0x00053efcbea5a995, "7.295522211997737e-309", 26, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000236381adb7jb", "0", 13, "0.0000000000000", 7, "7.2955222e-309", "7.295522211997737e-309", 3, "7.30e-309"),
    (0xd459f4007bce1e49, "-2.2174221721542543e+98", 27, "-a87caqmol64e000000000000000000000000000000000000000000000000000000000", "-2.217422172154254e+98", 14, "-2.2174221721542543e+98", 14, "-2.21742217215425e+98", "-2.2174221721542543e+98", 8, "-2.2174222e+98"),
    (0xc3a19b85037fd9a9, "-634376985055646800", 3, "-11020010010110111111021020211221110000", "-634376985055647000", 15, "-634376985055646848.000000000000000", 0, "-6e+17", "-6.343769850556468e+17", 13, "-6.343769850556e+17"),
    (0x408557851eb851ec, "682.94", 4, "22222.330022033113002203312", "682", 16, "682.9400000000000546", 7, "6.8294000e+2", "6.8294e+2", 18, "682.940000000000055"),
    (0xc1cb6541a9000000, "-919241554", 5, "-3340311212204", "-919241554", 17, "-919241554.00000000000000000", 14, "-9.19241554000000e+8", "-9.19241554e+8", 2, "-9.2e+8"),
    (0xfe58c9b96e3a745c, "-4.150084379402897e+300", 31, "-74ktbqpna4qd0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4.1500843794028996e+300", 18, "-4.150084379402897e+300", 0, "-4e+300", "-4.150084379402897e+300", 7, "-4.150084e+300"),
    (0x953b6cfefbbc78cc, "-2.1356090139414544e-206", 32, "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003dmftutsf36", "-0", 19, "-0.0000000000000000000", 7, "-2.1356090e-206", "-2.1356090139414544e-206", 12, "-2.13560901394e-206"),
    (0x3c6314d18789ed90, "8.27520437835957e-18", 8, "0.00000000000000000011424643036117331", "0", 20, "0.00000000000000000828", 14, "8.27520437835957e-18", "8.27520437835957e-18", 17, "8.2752043783595703e-18"),
    (0xc0fc7c1000000000, "-116673", 9, "-187036", "-116673", 0, "-116673", 0, "-1e+5", "-1.16673e+5", 1, "-1e+5"),
    (0x40c8268000000000, "12365", 10, "12365", "12365", 1, "12365.0", 7, "1.2365000e+4", "1.2365e+4", 6, "12365.0"),
    (0xfe29cb0882f55aa0, "-5.397954528087609e+299", 36, "-8cx4seb7c7800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-5.3979545280876016e+299", 2, "-5.397954528087609e+299", 14, "-5.39795452808761e+299", "-5.397954528087609e+299", 11, "-5.3979545281e+299"),
    (0x46f9854ecc4a0e3f, "8.281951560112642e+33", 20, "14dch24ia8034g0000000000000", "8.281951560112643e+33", 3, "8.281951560112642e+33", 0, "8e+33", "8.281951560112642e+33", 16, "8.281951560112642e+33"),
    (0xc2bf7d55854cf406, "-34623166172404.023", 13, "-1641c484c63b4.04", "-34623166172404", 4, "-34623166172404.0234", 7, "-3.4623166e+13", "-3.4623166172404023e+13", 21, "-34623166172404.0234375"),
    (0xc053c9e1b089a027, "-79.1544", 14, "-59.2239605036416", "-79", 5, "-79.15440", 14, "-7.91544000000000e+1", "-7.91544e+1", 5, "-79.154"),
    (0xc365a28012efbcd2, "-48717163745109650", 15, "-1a07303670762d3", "-48717163745109650", 6, "-48717163745109648.000000", 0, "-5e+16", "-4.871716374510965e+16", 10, "-4.871716375e+16"),
    (0x0006d4175a6a2aaf, "9.49617207862387e-309", 24, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000dn0ehd2277e", "0", 7, "0.0000000", 7, "9.4961721e-309", "9.49617207862387e-309", 15, "9.49617207862387e-309"),
    ];
}
