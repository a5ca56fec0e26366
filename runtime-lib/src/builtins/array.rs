//! (to be filled)

pub fn install() {}
