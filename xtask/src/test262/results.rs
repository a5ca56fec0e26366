//! tests/test262/results.txt: one line per test file and variant,
//! `path<TAB>strict|sloppy|module<TAB>pass|fail|skip<TAB>reason`, sorted by path then variant
//! so that a change in Kiln shows as a small diff. Also the comparison of two result sets
//! (the ratchet): which tests started or stopped passing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::compose::Variant;
use super::judge::{Status, Verdict};

/// Verdicts keyed by (path relative to test/, variant).
pub type Results = BTreeMap<(String, Variant), Verdict>;

pub fn format_line(path: &str, variant: Variant, verdict: &Verdict) -> String {
    format!("{path}\t{}\t{}\t{}", variant.name(), verdict.status.name(), verdict.reason)
}

pub fn parse_line(line: &str) -> Option<((String, Variant), Verdict)> {
    let mut fields = line.splitn(4, '\t');
    let path = fields.next()?.to_string();
    let variant = Variant::from_name(fields.next()?)?;
    let status = Status::from_name(fields.next()?)?;
    let reason = fields.next().unwrap_or("").to_string();
    Some(((path, variant), Verdict { status, reason }))
}

/// Reads a results file; a missing file is an empty set.
pub fn read(path: &Path) -> Result<Results, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Results::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut results = Results::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let (key, verdict) =
            parse_line(line).ok_or_else(|| format!("{}:{}: malformed result line", path.display(), n + 1))?;
        results.insert(key, verdict);
    }
    Ok(results)
}

pub fn write(path: &Path, results: &Results) -> Result<(), String> {
    let mut text = String::with_capacity(results.len() * 80);
    for ((test, variant), verdict) in results {
        let _ = writeln!(text, "{}", format_line(test, *variant, verdict));
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// How the results of one run differ from the recorded ones, for the tests the run covered.
#[derive(Default)]
pub struct Changes {
    /// Passed before, do not pass now (with today's reason): the ratchet forbids these.
    pub newly_failing: Vec<(String, Variant, String)>,
    pub newly_passing: Vec<(String, Variant)>,
    /// Tests without a recorded result (new in the suite, or never run before).
    pub added: usize,
}

/// Compares `new` with `old` on the keys of `new`.
pub fn compare(old: &Results, new: &Results) -> Changes {
    let mut changes = Changes::default();
    for (key, verdict) in new {
        match old.get(key) {
            None => changes.added += 1,
            Some(before) if before.status == Status::Pass && verdict.status != Status::Pass => {
                changes.newly_failing.push((key.0.clone(), key.1, verdict.reason.clone()));
            }
            Some(before) if before.status != Status::Pass && verdict.status == Status::Pass => {
                changes.newly_passing.push((key.0.clone(), key.1));
            }
            Some(_) => {}
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_round_trip() {
        let line = "language/x.js\tstrict\tfail\tcompile error: classes are not supported yet [x.js:3:1]";
        let (key, verdict) = parse_line(line).unwrap_or_else(|| panic!("unparsed"));
        assert_eq!(format_line(&key.0, key.1, &verdict), line);
        assert_eq!(parse_line("a.js\tsloppy\tpass\t").map(|(_, v)| v), Some(Verdict::pass()));
        assert_eq!(parse_line("a.js\tweird\tpass\t"), None);
    }

    #[test]
    fn ratchet() {
        let key = |p: &str| (p.to_string(), Variant::Sloppy);
        let old: Results =
            [(key("a"), Verdict::pass()), (key("b"), Verdict::fail("x")), (key("c"), Verdict::pass())].into();
        let new: Results =
            [(key("a"), Verdict::fail("y")), (key("b"), Verdict::pass()), (key("d"), Verdict::pass())].into();
        let changes = compare(&old, &new);
        assert_eq!(changes.newly_failing, [("a".to_string(), Variant::Sloppy, "y".to_string())]);
        assert_eq!(changes.newly_passing, [("b".to_string(), Variant::Sloppy)]);
        assert_eq!(changes.added, 1);
    }
}
