//! End-to-end tests: every `tests/e2e/**/*.js` is compiled with `kiln`, run, and compared
//! with node's recorded behaviour beside it: `.out` (exact stdout), `.exit` (exit code, 0 if
//! absent), `.err` (lines that must appear in stderr). Header comments: `// args: ...` passes
//! arguments; `// max-rss-mb: N` bounds the peak resident memory.
//!
//! `KILN_GC_STRESS=N` in the environment is passed on to the programs (collect every N
//! allocations).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests/e2e");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let known = known_failures(&root);
    let trials = files
        .into_iter()
        .map(|f| {
            let name = f.strip_prefix(&root).unwrap().with_extension("").display().to_string();
            match known.iter().find(|(n, _)| *n == name) {
                // A known failure must still fail; one that passes must leave the list.
                Some((_, reason)) => {
                    let reason = reason.clone();
                    Trial::test(format!("{name} (known failure: {reason})"), move || match run_case(&f) {
                        Ok(()) => Err("passes now: remove it from tests/e2e/KNOWN_FAILURES".into()),
                        Err(_) => Ok(()),
                    })
                }
                None => Trial::test(name, move || run_case(&f)),
            }
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// `tests/e2e/KNOWN_FAILURES`: `category/name  # reason` per line.
fn known_failures(root: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let (name, reason) = l.split_once('#').unwrap_or((l, "no reason given"));
            (name.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            // `_name/` folders hold files that tests import, not tests.
            if !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_')) {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "js" || x == "mjs" || x == "cjs") {
            out.push(p);
        }
    }
}

fn header(src: &str, key: &str) -> Option<String> {
    src.lines().take(5).find_map(|l| l.trim().strip_prefix(&format!("// {key}:")).map(|s| s.trim().to_string()))
}

fn run_case(js: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(js).map_err(|e| e.to_string())?;
    let exe = std::env::temp_dir().join(format!(
        "kiln-e2e-{}-{}",
        std::process::id(),
        js.display().to_string().replace(['/', '.'], "_")
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .arg("compile")
        .arg("--verify")
        .arg(js)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    // A `.compile-err` file: the compile must fail with a diagnostic containing its lines.
    if let Ok(expected) = std::fs::read_to_string(js.with_extension("compile-err")) {
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(1) {
            return Err(format!("expected a compile error (exit 1), got {:?}\n{stderr}", out.status.code()).into());
        }
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            if !stderr.contains(line) {
                return Err(format!("compile stderr lacks {line:?}; it was:\n{stderr}").into());
            }
        }
        return Ok(());
    }
    if !out.status.success() {
        return Err(format!("compile failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let args: Vec<String> = header(&src, "args").map(|a| a.split_whitespace().map(String::from).collect()).unwrap_or_default();
    let mut cmd = Command::new(&exe);
    // `// gc-stress: off`: a program whose point is deep recursion; collecting at every
    // allocation would scan its deep stack each time (quadratic), so the stress pass skips it.
    if header(&src, "gc-stress").as_deref() == Some("off") {
        cmd.env_remove("KILN_GC_STRESS");
    }
    let child = cmd
        .args(&args)
        .current_dir(js.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let pid = child.id() as libc::pid_t;
    // Read output on threads, then reap with wait4 to learn the peak RSS.
    let mut child = child;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let to = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut so, &mut v).ok();
        v
    });
    let te = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut se, &mut v).ok();
        v
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let stdout = to.join().unwrap();
    let stderr = te.join().unwrap();
    let _ = std::fs::remove_file(&exe);
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { 128 + libc::WTERMSIG(status) };
    let stdout = String::from_utf8_lossy(&stdout);
    let stderr = String::from_utf8_lossy(&stderr);
    let expected_out = std::fs::read_to_string(js.with_extension("out")).unwrap_or_default();
    let expected_code: i32 = std::fs::read_to_string(js.with_extension("exit")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let mut problems = Vec::new();
    if stdout != expected_out {
        problems.push(format!("stdout differs:\n{}", diff(&expected_out, &stdout)));
    }
    if code != expected_code {
        problems.push(format!("exit code {code}, expected {expected_code}"));
    }
    if let Ok(err) = std::fs::read_to_string(js.with_extension("err")) {
        for line in err.lines().filter(|l| !l.trim().is_empty()) {
            if !stderr.lines().any(|l| l.contains(line)) {
                problems.push(format!("stderr lacks {line:?}"));
            }
        }
    }
    if let Some(mb) = header(&src, "max-rss-mb").and_then(|s| s.parse::<i64>().ok()) {
        let peak_mb = usage.ru_maxrss / 1024;
        if peak_mb > mb {
            problems.push(format!("peak RSS {peak_mb} MB, limit {mb} MB"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        if !stderr.is_empty() {
            problems.push(format!("stderr was:\n{}", stderr.lines().take(20).collect::<Vec<_>>().join("\n")));
        }
        Err(problems.join("\n").into())
    }
}

fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!("line {}:\n  expected: {:?}\n  actual:   {:?}\n", i + 1, x, y));
            if out.lines().count() > 15 {
                break;
            }
        }
    }
    out
}
