//! The resume journal: every verdict is appended to .test262/journal/<key>.tsv as soon as it
//! is known, keyed by a hash of everything that decides verdicts (the kiln binary, the
//! prelude, the runner's rules, the test262 commit). A later run with the same key reuses
//! those verdicts instead of compiling again, so an interrupted full run resumes where it
//! stopped; `--fresh` starts over. Timeouts and the runner's own errors are not reused: they
//! depend on the machine's load and state.
//!
//! Journals of other keys are deleted once a day old (not at once: a run of another kiln
//! binary may be under way).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::results::{self, Results};

/// Bump when a change to the runner changes verdicts, so old journals are not reused.
pub const RULES_VERSION: u32 = 2;

pub struct Journal {
    file: File,
    path: PathBuf,
}

impl Journal {
    /// Opens the journal for `key` in `dir`, returning it and the verdicts it already holds.
    pub fn open(dir: &Path, key: u64, fresh: bool) -> Result<(Journal, Results), String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let name = format!("{key:016x}.tsv");
        const STALE: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
        for entry in std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?.flatten() {
            let age = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
            if entry.file_name().to_string_lossy() != name && age.is_some_and(|age| age > STALE) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        let path = dir.join(name);
        if fresh {
            let _ = std::fs::remove_file(&path);
        }
        let mut known = Results::new();
        if let Ok(text) = std::fs::read_to_string(&path) {
            // A line cut short by an interrupted run does not parse and is dropped.
            for (key, verdict) in text.lines().filter_map(results::parse_line) {
                if !verdict.reason.starts_with("timeout") && !verdict.reason.starts_with("runner:") {
                    known.insert(key, verdict);
                }
            }
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        Ok((Journal { file, path }, known))
    }

    /// Appends one line in one write, so lines of runs sharing the journal never interleave.
    pub fn append(&mut self, line: &str) -> Result<(), String> {
        let line = format!("{line}\n");
        self.file.write_all(line.as_bytes()).map_err(|e| format!("cannot write {}: {e}", self.path.display()))
    }
}

/// FNV-1a, 64 bits: a stable hash (unlike std's, which may change between releases) of the
/// inputs that make up a journal key.
pub struct KeyHasher(u64);

impl KeyHasher {
    pub fn new() -> KeyHasher {
        KeyHasher(0xcbf2_9ce4_8422_2325)
    }

    pub fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        // Separate the inputs, so ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}
