//! Kiln's intermediate representation: a control-flow graph of basic blocks per function,
//! whose instructions are JavaScript operations with exact semantics, and whose values carry
//! a type where it is known (docs/ir.md is the manual). Lowering from the checked AST lives
//! in `lower`; `print` renders the text dump (`--emit=ir`); `verify` checks well-formedness.
//!
//! It knows nothing of Cranelift or of the runtime's layouts.

pub mod link;
pub mod lower;
pub mod passes;
pub mod print;
pub mod verify;

mod ir;
pub use ir::*;
