//! The verdict on one variant of one test, from how Kiln's compile and the compiled program
//! ended. The rules (docs/testing.md has them for readers):
//!
//! - positive test: it compiles and the program exits 0; an `async` test must also print
//!   `Test262:AsyncTestComplete` and never `Test262:AsyncTestFailure:`.
//! - negative `parse`/`resolution` test: the compile fails with a diagnostic (exit 1) that
//!   points into the test file and is not one of Kiln's "not supported yet" diagnostics —
//!   refusing a construct Kiln lacks is not detecting the early error the test is about.
//! - negative `runtime` test: it compiles, and the program exits non-zero reporting the
//!   expected error type on stderr (`TypeError: msg`, as node and Kiln print an uncaught
//!   error).
//!
//! A compiler panic, internal error, crash or timeout is always a failure whose reason says
//! so: those are Kiln bugs, not missing features, and must stand out in results.txt.

use super::compose::Composed;
use super::execute::{End, Outcome};
use super::frontmatter::{Frontmatter, Phase};

/// The verdict: `reason` explains a failure or a skip and is empty for a pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }

    pub fn from_name(name: &str) -> Option<Status> {
        match name {
            "pass" => Some(Status::Pass),
            "fail" => Some(Status::Fail),
            "skip" => Some(Status::Skip),
            _ => None,
        }
    }
}

impl Verdict {
    pub fn pass() -> Verdict {
        Verdict { status: Status::Pass, reason: String::new() }
    }

    pub fn fail(reason: impl Into<String>) -> Verdict {
        Verdict { status: Status::Fail, reason: one_line(&reason.into()) }
    }

    pub fn skip(reason: impl Into<String>) -> Verdict {
        Verdict { status: Status::Skip, reason: one_line(&reason.into()) }
    }
}

/// The longest reason kept: enough to tell failures apart, short enough for a table.
const REASON_CHARS: usize = 200;

/// `s` on one line without tabs (results.txt is tab-separated), cut to REASON_CHARS.
fn one_line(s: &str) -> String {
    let flat: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let flat = flat.trim();
    match flat.char_indices().nth(REASON_CHARS) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat.to_string(),
    }
}

/// What the compile step decided.
pub enum AfterCompile {
    /// The program was written; run it and judge with `after_run`.
    Run,
    /// The test is decided without running.
    Done(Verdict),
}

/// Judges Kiln's compile of `composed` (written to `shown_path`), the test file being `name`.
pub fn after_compile(
    meta: &Frontmatter,
    name: &str,
    composed: &Composed,
    shown_path: &str,
    compile: &Outcome,
) -> AfterCompile {
    let early = meta.negative.as_ref().filter(|n| n.phase != Phase::Runtime);
    let diagnostic = match compile.end {
        End::Exit(0) => {
            return match early {
                Some(n) => AfterCompile::Done(Verdict::fail(format!(
                    "expected a {} at compile time, but it compiled",
                    n.error_type
                ))),
                None => AfterCompile::Run,
            };
        }
        End::Timeout => return AfterCompile::Done(Verdict::fail("compiler timeout")),
        End::Signal(s) => return AfterCompile::Done(Verdict::fail(format!("compiler crashed: {}", signal_name(s)))),
        End::Exit(code) => match compiler_bug(code, &compile.stderr) {
            Some(bug) => return AfterCompile::Done(Verdict::fail(bug)),
            None => Diagnostic::parse(&compile.stderr, shown_path, composed),
        },
    };
    let verdict = match early {
        Some(_) if diagnostic.unsupported() => {
            Verdict::fail(format!("not an early error, unsupported: {}", diagnostic.describe()))
        }
        Some(_) if diagnostic.piece.as_deref().is_some_and(|p| p != name) => {
            Verdict::fail(format!("compile error in the harness: {}", diagnostic.describe()))
        }
        Some(_) => Verdict::pass(),
        None => Verdict::fail(format!("compile error: {}", diagnostic.describe())),
    };
    AfterCompile::Done(verdict)
}

/// Judges a run of the compiled program.
pub fn after_run(meta: &Frontmatter, run: &Outcome, timeout_secs: u64) -> Verdict {
    let expected = meta.negative.as_ref().filter(|n| n.phase == Phase::Runtime).map(|n| n.error_type.as_str());
    match (run.end, expected) {
        (End::Timeout, _) => Verdict::fail(format!("timeout after {timeout_secs} s")),
        (End::Signal(s), _) => Verdict::fail(format!("crashed: {}", signal_name(s))),
        (End::Exit(0), Some(ty)) => Verdict::fail(format!("expected {ty} at run time, but it completed")),
        (End::Exit(0), None) if meta.has_flag("async") => judge_async(&run.stdout),
        (End::Exit(0), None) => Verdict::pass(),
        (End::Exit(_), Some(ty)) if reports_error(&run.stderr, ty) => Verdict::pass(),
        (End::Exit(code), Some(ty)) => Verdict::fail(format!("expected {ty}, got: {}", error_line(&run.stderr, code))),
        (End::Exit(code), None) => Verdict::fail(format!("runtime: {}", error_line(&run.stderr, code))),
    }
}

fn judge_async(stdout: &str) -> Verdict {
    if let Some(line) = stdout.lines().find(|l| l.starts_with("Test262:AsyncTestFailure:")) {
        return Verdict::fail(format!("async: {}", &line["Test262:AsyncTestFailure:".len()..]));
    }
    if stdout.lines().any(|l| l == "Test262:AsyncTestComplete") {
        return Verdict::pass();
    }
    Verdict::fail("async: Test262:AsyncTestComplete was never printed")
}

/// Whether stderr reports an uncaught error of type `ty`: a line `TypeError: msg`, `TypeError`
/// (empty message) or `Uncaught TypeError ...` (a thrown non-Error object, as node prints it).
fn reports_error(stderr: &str, ty: &str) -> bool {
    stderr.lines().any(|line| {
        let rest = line.strip_prefix("Uncaught ").unwrap_or(line);
        rest.strip_prefix(ty).is_some_and(|after| after.is_empty() || after.starts_with(':') || after.starts_with(' '))
    })
}

/// The uncaught error as Kiln prints it, on one line: the first paragraph of stderr (an
/// inspected object spans several lines), without stack frames.
fn error_line(stderr: &str, code: i32) -> String {
    let paragraph: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .filter(|l| !l.starts_with("at "))
        .collect();
    if paragraph.is_empty() { format!("exit code {code} with nothing on stderr") } else { paragraph.join(" ") }
}

/// A compile that failed because of a bug in Kiln rather than a diagnostic about the program.
fn compiler_bug(code: i32, stderr: &str) -> Option<String> {
    let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    if code == 101 || stderr.contains("panicked at") {
        let message = stderr.lines().skip_while(|l| !l.contains("panicked at")).nth(1).unwrap_or(first);
        return Some(format!("compiler panic: {}", message.trim()));
    }
    if let Some(line) = stderr.lines().find(|l| l.contains("internal error")) {
        return Some(format!("compiler {}", line.trim().trim_start_matches("kiln: ")));
    }
    if stderr.contains("linking failed") {
        return Some(format!("link error: {}", stderr.lines().nth(1).unwrap_or(first).trim()));
    }
    if code != 1 {
        return Some(format!("compiler exited with code {code}: {first}"));
    }
    None
}

/// Kiln's first diagnostic: `path:line:col: error: message`, located in the composed program.
struct Diagnostic {
    message: String,
    /// The piece of the composed program it points into (a harness file or the test).
    piece: Option<String>,
    position: Option<(usize, usize)>,
}

impl Diagnostic {
    fn parse(stderr: &str, shown_path: &str, composed: &Composed) -> Diagnostic {
        let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("(no diagnostic)").trim();
        let located = first.strip_prefix(shown_path).and_then(|rest| {
            let mut parts = rest.strip_prefix(':')?.splitn(3, ':');
            let line: usize = parts.next()?.parse().ok()?;
            let col: usize = parts.next()?.parse().ok()?;
            let message = parts.next()?.trim();
            let message = message.strip_prefix("error:").unwrap_or(message).trim();
            let (piece, line) = composed.locate(line)?;
            Some(Diagnostic {
                message: message.to_string(),
                piece: Some(piece.to_string()),
                position: Some((line, col)),
            })
        });
        located.unwrap_or_else(|| Diagnostic {
            message: first.replace(shown_path, "<test>"),
            piece: None,
            position: None,
        })
    }

    /// Kiln's diagnostics for constructs it does not compile yet (issue-2 subset), as opposed
    /// to syntax and early errors.
    fn unsupported(&self) -> bool {
        let m = &self.message;
        m.contains("not supported") || m.contains("unsupported") || m.contains("cannot be compiled ahead of time")
    }

    fn describe(&self) -> String {
        match (&self.piece, self.position) {
            (Some(piece), Some((line, col))) => format!("{} [{piece}:{line}:{col}]", self.message),
            _ => self.message.clone(),
        }
    }
}

fn signal_name(signal: i32) -> String {
    let name = match signal {
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => return format!("signal {signal}"),
    };
    format!("signal {signal} ({name})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test262::compose::{Harness, Variant, compose};
    use crate::test262::frontmatter;

    fn outcome(end: End, stdout: &str, stderr: &str) -> Outcome {
        Outcome { end, stdout: stdout.to_string(), stderr: stderr.to_string() }
    }

    /// Judges `source` (a raw test, so line numbers are the test's own) compiled and perhaps
    /// run with the given outcomes; prints `status: reason`.
    fn check(source: &str, compile: Outcome, run: Option<Outcome>, expect: &str) {
        let meta = frontmatter::parse(source).unwrap_or_else(|e| panic!("{e}"));
        let harness = Harness::new(std::path::Path::new("/nonexistent"));
        let composed = compose(&harness, "t.js", source, &meta, Variant::Sloppy).unwrap_or_else(|e| panic!("{e}"));
        let verdict = match after_compile(&meta, "t.js", &composed, "/tmp/w0/t.js", &compile) {
            AfterCompile::Done(v) => v,
            AfterCompile::Run => after_run(&meta, &run.unwrap_or_else(|| panic!("the test should not run")), 10),
        };
        assert_eq!(format!("{}: {}", verdict.status.name(), verdict.reason), expect);
    }

    const RAW: &str = "/*---\nflags: [raw]\n---*/\n";
    const PARSE_NEGATIVE: &str = "/*---\nflags: [raw]\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n";
    const RUNTIME_NEGATIVE: &str = "/*---\nflags: [raw]\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\n";

    #[test]
    fn positive_tests() {
        check(RAW, outcome(End::Exit(0), "", ""), Some(outcome(End::Exit(0), "", "")), "pass: ");
        check(
            RAW,
            outcome(End::Exit(1), "", "/tmp/w0/t.js:4:1: error: classes are not supported yet\n 4 | class A {}\n"),
            None,
            "fail: compile error: classes are not supported yet [t.js:4:1]",
        );
        check(
            RAW,
            outcome(End::Exit(0), "", ""),
            Some(outcome(End::Exit(1), "", "Test262Error: Expected SameValue(«1», «2») to be true\n\nNode.js v20\n")),
            "fail: runtime: Test262Error: Expected SameValue(«1», «2») to be true",
        );
        check(
            RAW,
            outcome(End::Exit(0), "", ""),
            Some(outcome(End::Exit(1), "", "Uncaught Test262Error {\n  message: 'no'\n}\n\nNode.js v20\n")),
            "fail: runtime: Uncaught Test262Error { message: 'no' }",
        );
        check(RAW, outcome(End::Exit(0), "", ""), Some(outcome(End::Timeout, "", "")), "fail: timeout after 10 s");
        check(
            RAW,
            outcome(End::Exit(0), "", ""),
            Some(outcome(End::Signal(11), "", "")),
            "fail: crashed: signal 11 (SIGSEGV)",
        );
    }

    #[test]
    fn compiler_bugs_are_named() {
        check(
            RAW,
            outcome(End::Exit(101), "", "thread 'main' panicked at ir/src/lower.rs:10:5:\nindex out of bounds\n"),
            None,
            "fail: compiler panic: index out of bounds",
        );
        check(
            PARSE_NEGATIVE,
            outcome(End::Exit(1), "", "kiln: internal error: IR verification failed: x\n"),
            None,
            "fail: compiler internal error: IR verification failed: x",
        );
    }

    #[test]
    fn early_errors() {
        check(
            PARSE_NEGATIVE,
            outcome(End::Exit(1), "", "/tmp/w0/t.js:7:5: error: Expected ';', got 'x'\n"),
            None,
            "pass: ",
        );
        check(
            PARSE_NEGATIVE,
            outcome(End::Exit(1), "", "/tmp/w0/t.js:7:1: error: generators are not supported yet\n"),
            None,
            "fail: not an early error, unsupported: generators are not supported yet [t.js:7:1]",
        );
        check(
            PARSE_NEGATIVE,
            outcome(End::Exit(0), "", ""),
            None,
            "fail: expected a SyntaxError at compile time, but it compiled",
        );
    }

    #[test]
    fn runtime_errors() {
        let compiled = || outcome(End::Exit(0), "", "");
        check(
            RUNTIME_NEGATIVE,
            compiled(),
            Some(outcome(End::Exit(1), "", "TypeError: x is not a function\n")),
            "pass: ",
        );
        check(RUNTIME_NEGATIVE, compiled(), Some(outcome(End::Exit(1), "", "Uncaught TypeError { a: 1 }\n")), "pass: ");
        check(
            RUNTIME_NEGATIVE,
            compiled(),
            Some(outcome(End::Exit(1), "", "TypeErrorish: x\n")),
            "fail: expected TypeError, got: TypeErrorish: x",
        );
        check(
            RUNTIME_NEGATIVE,
            compiled(),
            Some(outcome(End::Exit(0), "", "")),
            "fail: expected TypeError at run time, but it completed",
        );
    }

    #[test]
    fn async_tests() {
        let source = "/*---\nflags: [raw, async]\n---*/\n";
        let compiled = || outcome(End::Exit(0), "", "");
        check(source, compiled(), Some(outcome(End::Exit(0), "Test262:AsyncTestComplete\n", "")), "pass: ");
        check(
            source,
            compiled(),
            Some(outcome(End::Exit(0), "Test262:AsyncTestFailure:Test262Error: no\n", "")),
            "fail: async: Test262Error: no",
        );
        check(
            source,
            compiled(),
            Some(outcome(End::Exit(0), "", "")),
            "fail: async: Test262:AsyncTestComplete was never printed",
        );
    }
}
