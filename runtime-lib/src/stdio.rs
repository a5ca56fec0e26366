//! Buffered standard output and error, flushed before exit and before stderr writes (so
//! a terminal sees lines in program order).

use std::io::Write;

struct Out(std::cell::UnsafeCell<Option<std::io::BufWriter<std::io::Stdout>>>);
unsafe impl Sync for Out {}
static STDOUT: Out = Out(std::cell::UnsafeCell::new(None));

fn out() -> &'static mut std::io::BufWriter<std::io::Stdout> {
    unsafe { (*STDOUT.0.get()).get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())) }
}

pub fn write_stdout(bytes: &[u8]) {
    // A closed pipe (EPIPE) is not an error for the program, as in node.
    let _ = out().write_all(bytes);
}

pub fn write_stderr(bytes: &[u8]) {
    flush();
    let _ = std::io::stderr().write_all(bytes);
}

pub fn flush() {
    let _ = out().flush();
}
