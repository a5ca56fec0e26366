//! The front end: parses a JavaScript file with swc, resolves every identifier to a binding
//! (scope analysis: hoisting, captures, TDZ needs, `this`/`arguments`) and reports syntax and
//! early errors as diagnostics with file:line:column and the source line; and loads a
//! program's module graph, resolving specifiers as node does (`modules`, `resolve`).
//!
//! It is the only crate that depends on swc; later stages read the AST through the
//! re-exported [`ast`] module and the resolved [`scope::ScopeInfo`]. It knows nothing of the
//! IR or of code generation.

pub mod diag;
pub mod early;
pub mod json;
pub mod modules;
pub mod parse;
pub mod resolve;
pub mod scope;

pub use diag::Diagnostic;
pub use parse::{Goal, Parsed, parse_file};
/// The AST, with the span types it uses.
pub mod ast {
    pub use swc_common::{BytePos, Span, Spanned};
    pub use swc_ecma_ast::*;
}
