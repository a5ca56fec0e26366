//! NaN-boxed value encoding and the object-layout constants that generated code depends on.
//!
//! A value is one `u64`. Any bit pattern below [`TAG_INT`] is an IEEE double (all NaNs are
//! canonicalised to [`CANONICAL_NAN`] before boxing, so no double ever lands in the tagged
//! range). Above it, the top 16 bits are a tag:
//!
//! | top 16 bits | meaning | payload (low 48 bits) |
//! |---|---|---|
//! | `0xFFF9` | int32 | the integer in the low 32 bits |
//! | `0xFFFA` | special constant | see `UNDEFINED`, `NULL`, ... |
//! | `0xFFFB` | string | pointer to a string cell |
//! | `0xFFFC` | symbol | pointer to a symbol cell |
//! | `0xFFFD` | bigint | pointer to a bigint cell |
//! | `0xFFFE` | object | pointer to an object cell |
//!
//! All heap tags are `>= TAG_STRING`, so "is this a heap pointer" is one unsigned compare.

pub const TAG_SHIFT: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

pub const TAG_INT: u64 = 0xFFF9 << TAG_SHIFT;
pub const TAG_SPECIAL: u64 = 0xFFFA << TAG_SHIFT;
pub const TAG_STRING: u64 = 0xFFFB << TAG_SHIFT;
pub const TAG_SYMBOL: u64 = 0xFFFC << TAG_SHIFT;
pub const TAG_BIGINT: u64 = 0xFFFD << TAG_SHIFT;
pub const TAG_OBJECT: u64 = 0xFFFE << TAG_SHIFT;

/// The one NaN bit pattern a boxed double may have.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const UNDEFINED: u64 = TAG_SPECIAL;
pub const NULL: u64 = TAG_SPECIAL | 1;
pub const FALSE: u64 = TAG_SPECIAL | 2;
pub const TRUE: u64 = TAG_SPECIAL | 3;
/// An array hole (`[1, , 3]`); never visible to JS code as a value.
pub const HOLE: u64 = TAG_SPECIAL | 4;
/// A `let`/`const`/`class` binding before its declaration ran (the TDZ).
pub const UNINIT: u64 = TAG_SPECIAL | 5;
/// Returned by any entry point or JS function that threw; the thrown value waits in the
/// runtime's pending-exception slot. Never visible to JS code as a value.
pub const EXCEPTION: u64 = TAG_SPECIAL | 6;

/// `TRUE` and `FALSE` differ in bit 0 only, so a boolean boxes as `FALSE | b`.
pub const BOOL_BIT: u64 = 1;

/// Byte offset of the cell header's class byte in every heap cell (see runtime `gc::Header`).
pub const HEADER_CLASS_OFFSET: i32 = 1;
/// Class byte of a callable object whose code follows the JS calling convention directly.
pub const CLASS_FUNCTION: u8 = 2;
/// Byte offset of the code pointer in a function object.
pub const FUNCTION_CODE_OFFSET: i32 = 96;
/// Byte offset of the environment pointer (a boxed value or 0) in a function object.
pub const FUNCTION_ENV_OFFSET: i32 = 104;
/// Byte offset of the first slot of an environment cell. Slot `i` is at `+ 8 * i`.
pub const ENV_SLOTS_OFFSET: i32 = 16;
/// Byte offset of the parent pointer (a boxed value: object tag, or `UNDEFINED`) in an
/// environment cell.
pub const ENV_PARENT_OFFSET: i32 = 8;

/// Layout of the per-function record that compiled code emits as read-only data and passes
/// to `kiln_make_function` (the runtime's `function::FuncInfo` mirrors it):
/// `{ name_ptr: *const u8 (UTF-8), name_len: u64, length: u32, flags: u32, native: u64,
///    source_ptr: *const u8, source_len: u64 }`, 48 bytes.
pub const FUNC_INFO_SIZE: usize = 48;
/// `flags` bits of a FuncInfo.
pub const FUNC_CONSTRUCTOR: u32 = 1;
pub const FUNC_STRICT: u32 = 2;
pub const FUNC_ARROW: u32 = 4;
/// A native constructor that creates its own object when `new_target` is set.
pub const FUNC_NATIVE_CONSTRUCTOR: u32 = 8;
/// A class constructor.
pub const FUNC_CLASS: u32 = 16;
/// A derived class constructor: `this` comes from super(), not from [[Construct]].
pub const FUNC_DERIVED: u32 = 32;
/// A generator function. Calling it with `new_target` set to one of its generator objects
/// resumes that generator: `argv[0]` is the value sent, `argv[1]` the resume mode (0 next,
/// 1 throw, 2 return, int-tagged).
pub const FUNC_GENERATOR: u32 = 64;
/// An async function: resumed like a generator by its promise reactions.
pub const FUNC_ASYNC: u32 = 128;

/// The JS calling convention, used by compiled functions and by native builtins alike:
///
/// `extern "C" fn(callee: u64, this: u64, argv: *const u64, argc: u64, new_target: u64) -> u64`
///
/// `argv[0..argc]` are the actual arguments, in the caller's memory; the callee must not keep
/// the pointer. `new_target` is `UNDEFINED` for a plain call. The result is a value or
/// [`EXCEPTION`].
pub const JS_CALL_PARAMS: usize = 5;

#[inline]
pub const fn from_i32(i: i32) -> u64 {
    TAG_INT | (i as u32 as u64)
}

#[inline]
pub const fn from_bool(b: bool) -> u64 {
    FALSE | b as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_stay_below_tags() {
        for d in [0.0f64, -0.0, 1.5, -1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, -f64::MAX] {
            assert!(d.to_bits() < TAG_INT, "{d}");
        }
        assert!(CANONICAL_NAN < TAG_INT);
        assert_eq!(from_bool(true), TRUE);
        assert_eq!(from_bool(false), FALSE);
    }
}
