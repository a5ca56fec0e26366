//! String constructor and String.prototype (§22.1).

use crate::value::Value;

pub fn install() {}

/// The one-unit string for code unit `u` (atoms for Latin-1, so `s[i]` does not allocate).
pub fn from_unit(u: u16) -> Value {
    if u < 256 {
        return Value::string(crate::atoms::intern_units(crate::string::Units::Latin1(&[u as u8])));
    }
    Value::string(crate::string::new_utf16(&[u]))
}
