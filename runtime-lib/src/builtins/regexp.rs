//! RegExp (§22.2). FIXME: being written; until then a regular expression literal throws.

use crate::value::Value;

pub fn install() {}

/// A regular expression literal's RegExp object.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_new_regexp(_pattern: Value, _flags: Value) -> Value {
    crate::error::throw_error(crate::error::ErrorKind::SyntaxError, "Kiln does not support regular expressions yet");
    Value::EXCEPTION
}
