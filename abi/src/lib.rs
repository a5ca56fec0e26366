//! The contract between compiled code and the runtime: how a JS value is encoded in 64 bits,
//! the few object-layout offsets that generated code reads directly, the calling convention
//! of JS functions, and the table of runtime entry points (name, signature, whether it may
//! throw), and the names of the core modules the runtime provides. `codegen` declares imports from this table; `runtime-lib` defines each entry with
//! `#[unsafe(no_mangle)]`. Nothing else crosses the compiler/runtime boundary.
//!
//! This crate depends on nothing and does nothing at run time; it is data.

pub mod entry;
pub mod modules;
pub mod value;

pub use entry::{ENTRIES, Entry, Ty};
