//! The Math object (§21.3): its constants and functions. Each function converts its
//! arguments with ToNumber first (all of them, in order, before any NaN short-cut, as the
//! spec requires) and then applies the IEEE operation. Transcendental functions use the
//! platform libm (through Rust's f64 methods) where V8 uses its fdlibm port; the two agree
//! except, rarely, in the last bit. Math[Symbol.toStringTag] comes with well-known symbols.

use crate::builtins::{define, method};
use crate::conv;
use crate::error::JsResult;
use crate::function::{CallArgs, NativeFn};
use crate::numconv;
use crate::ops;
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::value::Value;

/// The one-argument functions (§21.3.2), as (JS name, Rust fn, operation on the
/// converted argument).
macro_rules! unary_functions {
    ($($name:literal $f:ident = $op:expr;)*) => {
        $(fn $f(a: &CallArgs) -> JsResult<Value> {
            let v = a.arg(0);
            let x = if v.is_number() { v.as_number() } else { conv::to_number(v)? };
            let op: fn(f64) -> f64 = $op;
            Ok(Value::number(op(x)))
        })*
        const UNARY: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

unary_functions! {
    "abs" abs = f64::abs;
    "acos" acos = f64::acos;
    "acosh" acosh = f64::acosh;
    "asin" asin = f64::asin;
    // Rust's asinh loses the sign of -0; the spec keeps it.
    "asinh" asinh = |x| if x == 0.0 { x } else { x.asinh() };
    "atan" atan = f64::atan;
    "atanh" atanh = f64::atanh;
    "cbrt" cbrt = f64::cbrt;
    "ceil" ceil = f64::ceil;
    "clz32" clz32 = |x| numconv::to_uint32(x).leading_zeros() as f64;
    "cos" cos = f64::cos;
    "cosh" cosh = f64::cosh;
    "exp" exp = f64::exp;
    "expm1" expm1 = f64::exp_m1;
    "floor" floor = f64::floor;
    "fround" fround = |x| x as f32 as f64;
    "log" log = f64::ln;
    "log1p" log1p = f64::ln_1p;
    "log10" log10 = f64::log10;
    "log2" log2 = f64::log2;
    "round" round = js_round;
    "sign" sign = js_sign;
    "sin" sin = f64::sin;
    "sinh" sinh = f64::sinh;
    "sqrt" sqrt = f64::sqrt;
    "tan" tan = f64::tan;
    "tanh" tanh = f64::tanh;
    "trunc" trunc = f64::trunc;
}

pub fn install() {
    let m = crate::object::new_plain();
    let constants: [(&str, f64); 8] = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, x) in constants {
        define(m, name, Value::from_f64(x), 0);
    }
    for &(name, f) in UNARY {
        method(m, name, 1, f);
    }
    method(m, "atan2", 2, atan2);
    method(m, "hypot", 2, hypot);
    method(m, "imul", 2, imul);
    method(m, "max", 2, max);
    method(m, "min", 2, min);
    method(m, "pow", 2, pow);
    method(m, "random", 0, random);
    define(realm().global, "Math", m, WRITABLE | CONFIGURABLE);
}

/// Math.round (§21.3.2.28): the integer closest to x, ties toward +∞; -0 and values in
/// [-0.5, -0) round to -0.
pub fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if x > 0.0 && x < 0.5 {
        return 0.0;
    }
    if x < 0.0 && x >= -0.5 {
        return -0.0;
    }
    let r = x.floor();
    if x - r >= 0.5 { r + 1.0 } else { r }
}

fn js_sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else if x > 0.0 {
        1.0
    } else {
        -1.0
    }
}

fn two(a: &CallArgs) -> JsResult<(f64, f64)> {
    let x = conv::to_number(a.arg(0))?;
    let y = conv::to_number(a.arg(1))?;
    Ok((x, y))
}

fn atan2(a: &CallArgs) -> JsResult<Value> {
    let (y, x) = two(a)?;
    Ok(Value::number(y.atan2(x)))
}

fn pow(a: &CallArgs) -> JsResult<Value> {
    let (x, y) = two(a)?;
    Ok(Value::number(ops::exponentiate(x, y)))
}

fn imul(a: &CallArgs) -> JsResult<Value> {
    let x = conv::to_int32(a.arg(0))?;
    let y = conv::to_int32(a.arg(1))?;
    Ok(Value::int(x.wrapping_mul(y)))
}

/// All arguments through ToNumber, in order (before any result is known).
fn numbers(a: &CallArgs) -> JsResult<Vec<f64>> {
    a.args.iter().map(|&v| if v.is_number() { Ok(v.as_number()) } else { conv::to_number(v) }).collect()
}

/// Math.hypot (§21.3.2.18), computed as V8 does (scaled by the largest magnitude, with
/// Kahan summation), so results agree to the bit.
fn hypot(a: &CallArgs) -> JsResult<Value> {
    let xs = numbers(a)?;
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in &xs {
        let x = x.abs();
        if x.is_nan() {
            nan = true;
        } else if x > max {
            max = x;
        }
    }
    if max == f64::INFINITY {
        return Ok(Value::from_f64(f64::INFINITY));
    }
    if nan {
        return Ok(Value::from_f64(f64::NAN));
    }
    if max == 0.0 {
        return Ok(Value::int(0));
    }
    let mut sum = 0.0f64;
    let mut compensation = 0.0f64;
    for &x in &xs {
        let n = x.abs() / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    Ok(Value::number(sum.sqrt() * max))
}

/// Math.max (§21.3.2.24): NaN wins, and +0 is larger than -0.
fn max(a: &CallArgs) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    for x in numbers(a)? {
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

/// Math.min (§21.3.2.25): NaN wins, and -0 is smaller than +0.
fn min(a: &CallArgs) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    for x in numbers(a)? {
        if x.is_nan() || r.is_nan() {
            r = f64::NAN;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(r))
}

struct Rng(std::cell::Cell<(u64, u64)>);
unsafe impl Sync for Rng {}
static RNG: Rng = Rng(std::cell::Cell::new((0, 0)));

/// Math.random (§21.3.2.27): xorshift128+ seeded from the clock and the process id, with
/// 52 random bits per result as V8 has.
fn random(_: &CallArgs) -> JsResult<Value> {
    let (mut s0, mut s1) = RNG.0.get();
    if s0 == 0 && s1 == 0 {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64);
        s0 = splitmix(t ^ ((std::process::id() as u64) << 32));
        s1 = splitmix(s0);
        if s0 == 0 && s1 == 0 {
            s1 = 1;
        }
    }
    let mut x = s0;
    let y = s1;
    s0 = y;
    x ^= x << 23;
    x ^= x >> 17;
    x ^= y ^ (y >> 26);
    s1 = x;
    RNG.0.set((s0, s1));
    let bits = (s0.wrapping_add(s1) >> 12) | 0x3FF0_0000_0000_0000;
    Ok(Value::from_f64(f64::from_bits(bits) - 1.0))
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
