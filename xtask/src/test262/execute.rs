//! Running one child process (the compiler or a compiled test) with a time limit, its
//! output captured in files of the worker's scratch directory rather than pipes, so a chatty
//! child can never block on a full pipe while the runner waits for it.
//!
//! The child gets its own process group, and a timeout kills that group: a compiler stuck
//! in `cc` leaves no linker behind. Its address space is capped (MEMORY_LIMIT), so a test
//! that allocates without bound fails quickly instead of exhausting a shared machine.

use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a process ended.
#[derive(Debug)]
pub struct Outcome {
    pub end: End,
    pub stdout: String,
    pub stderr: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Exit(i32),
    Signal(i32),
    Timeout,
}

/// At most this much of each output stream is kept: test verdicts read only the first lines.
const KEEP_BYTES: u64 = 64 * 1024;

/// The address-space limit of every child (RLIMIT_AS).
const MEMORY_LIMIT: u64 = 4 << 30;

/// Runs `cmd` with stdin closed, stdout and stderr captured through files in `scratch`.
pub fn run(mut cmd: Command, scratch: &Path, limit: Duration) -> Result<Outcome, String> {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let out = std::fs::File::create(&out_path).map_err(|e| format!("cannot create {}: {e}", out_path.display()))?;
    let err = std::fs::File::create(&err_path).map_err(|e| format!("cannot create {}: {e}", err_path.display()))?;
    cmd.stdin(Stdio::null()).stdout(out).stderr(err).process_group(0);
    // SAFETY: the closure runs in the forked child before exec and only calls setrlimit,
    // which is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit { rlim_cur: MEMORY_LIMIT, rlim_max: MEMORY_LIMIT };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    // Most children end within milliseconds: poll often at first, then back off.
    let mut pause = Duration::from_micros(500);
    let end = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                break match (status.code(), status.signal()) {
                    (Some(code), _) => End::Exit(code),
                    (None, Some(signal)) => End::Signal(signal),
                    (None, None) => End::Exit(-1),
                };
            }
            Ok(None) if start.elapsed() >= limit => {
                kill_group(child.id());
                let _ = child.wait();
                break End::Timeout;
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("waiting for {:?}: {e}", cmd.get_program())),
        }
    };
    Ok(Outcome { end, stdout: read_prefix(&out_path), stderr: read_prefix(&err_path) })
}

/// Ends the child and everything it started: it leads its own process group
/// (`process_group(0)` above), whose id is its pid.
fn kill_group(pid: u32) {
    // SAFETY: kill has no memory-safety preconditions; the group is our child's.
    unsafe {
        libc::kill(-(pid as libc::pid_t), libc::SIGKILL);
    }
}

fn read_prefix(path: &Path) -> String {
    use std::io::Read;
    let mut bytes = Vec::new();
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(KEEP_BYTES).read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, limit: Duration) -> Outcome {
        let scratch = std::env::temp_dir().join(format!("xtask-execute-{}-{}", std::process::id(), script.len()));
        std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(script);
        let outcome = run(cmd, &scratch, limit).unwrap_or_else(|e| panic!("{e}"));
        let _ = std::fs::remove_dir_all(&scratch);
        outcome
    }

    #[test]
    fn output_exit_code_and_memory_limit() {
        let o = sh("echo out; echo err >&2; ulimit -v; exit 3", Duration::from_secs(10));
        assert_eq!((o.end, o.stdout.as_str(), o.stderr.as_str()), (End::Exit(3), "out\n4194304\n", "err\n"));
    }

    #[test]
    fn timeouts_kill_the_process_group() {
        let start = Instant::now();
        let o = sh("sleep 30 & sleep 30; echo never", Duration::from_millis(300));
        assert_eq!((o.end, o.stdout.as_str()), (End::Timeout, ""));
        assert!(start.elapsed() < Duration::from_secs(5));
    }
}
