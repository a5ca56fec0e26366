//! Stopping a run early without losing it: the first Ctrl-C (SIGINT) or SIGTERM asks the
//! workers to start no new test; the tests under way finish and the verdicts so far are
//! recorded (the rest count as "not run" in SUMMARY.md, and the same command resumes from the
//! journal). A second signal ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(signal: libc::c_int) {
    REQUESTED.store(true, Ordering::Relaxed);
    // SAFETY: signal() is async-signal-safe; the default action makes a second signal fatal.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
    }
}

pub fn install() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: the handler only stores to an atomic and calls signal().
        unsafe {
            libc::signal(signal, on_signal as *const () as libc::sighandler_t);
        }
    }
}

pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}
