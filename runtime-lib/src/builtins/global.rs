//! Global functions (§19.2): parseInt, parseFloat, isNaN, isFinite, and helpers shared by
//! builtins.

use crate::value::Value;

pub fn install() {}

/// The primitive type's name as V8 words it in messages ("number", "string", ...).
pub fn type_name(v: Value) -> &'static str {
    if v.is_number() {
        "number"
    } else if v.is_string() {
        "string"
    } else if v.is_bool() {
        "boolean"
    } else if v.is_symbol() {
        "symbol"
    } else {
        "object"
    }
}
