//! The runtime's own GC roots: everything reachable from Rust statics rather than from the
//! stack or the handle table.

use crate::gc::Tracer;

pub fn trace_runtime(t: &mut Tracer) {
    crate::realm::trace(t);
    crate::atoms::trace(t);
    crate::shape::trace(t);
    crate::builtins::symbol::trace(t);
    crate::event_loop::trace(t);
    crate::generator::trace(t);
    crate::io::trace(t);
    crate::esm::trace(t);
    t.value(crate::error::pending());
}
