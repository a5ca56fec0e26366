//! The Kiln runtime: everything compiled JavaScript calls at run time. Built as a staticlib
//! that `kiln` embeds and links into every program.
//!
//! It owns the C `main` (see `start.rs`), the garbage-collected heap, values, strings,
//! objects and shapes, the operators and conversions of the language, the builtins, and
//! (later) the event loop and Node's modules. It knows nothing of the compiler: the only
//! contract is `kiln_abi`.

pub mod arguments;
pub mod async_generator;
pub mod bigint;
pub mod atoms;
pub mod builtins;
pub mod cjs;
pub mod class;
pub mod conv;
pub mod env;
pub mod error;
pub mod esm;
pub mod event_loop;
pub mod function;
pub mod gc;
pub mod io;
pub mod generator;
pub mod numconv;
pub mod object;
pub mod object_env;
pub mod ops;
pub mod private;
pub mod props;
pub mod realm;
pub mod roots;
pub mod shape;
pub mod start;
pub mod stdio;
pub mod string;
pub mod symbol;
pub mod value;
