//! The workers: N threads take (test, variant) jobs in order, compose the program, compile it
//! with kiln, run it, judge it, and send the verdict back to the main thread, which records
//! it. Each worker owns a scratch directory for its program, executable and captured output;
//! the files are reused by its next job and the directories removed at the end.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::compose::{self, Harness, MODULE_TEMP_MARK, Variant};
use super::execute;
use super::frontmatter::Frontmatter;
use super::interrupt;
use super::judge::{self, AfterCompile, Verdict};

/// One variant of one test to run.
pub struct Job {
    /// Relative to test/.
    pub path: String,
    pub variant: Variant,
    pub meta: Frontmatter,
}

/// What every worker shares.
pub struct Setup<'a> {
    pub kiln: &'a Path,
    pub test_dir: &'a Path,
    pub harness: &'a Harness,
    pub scratch: &'a Path,
    pub run_limit: Duration,
    pub compile_limit: Duration,
}

/// Runs `jobs` on `workers` threads; `record` is called on the calling thread with each
/// job's index and verdict as they finish, in completion order. After an interrupt the
/// workers start no new job, so some jobs may have no verdict.
pub fn run(setup: &Setup, jobs: &[Job], workers: usize, mut record: impl FnMut(usize, Verdict)) {
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel::<(usize, Verdict)>();
    std::thread::scope(|scope| {
        for worker in 0..workers.max(1) {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                let scratch = setup.scratch.join(format!("w{worker}"));
                if let Err(e) = std::fs::create_dir_all(&scratch) {
                    eprintln!("test262: cannot create {}: {e}", scratch.display());
                    return;
                }
                while !interrupt::requested() {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    let verdict =
                        run_job(setup, job, &scratch, worker).unwrap_or_else(|e| Verdict::fail(format!("runner: {e}")));
                    if send.send((index, verdict)).is_err() {
                        break;
                    }
                }
                let _ = std::fs::remove_dir_all(&scratch);
            });
        }
        drop(send);
        for (index, verdict) in receive {
            record(index, verdict);
        }
    });
}

fn run_job(setup: &Setup, job: &Job, scratch: &Path, worker: usize) -> Result<Verdict, String> {
    let test_path = setup.test_dir.join(&job.path);
    let source =
        std::fs::read_to_string(&test_path).map_err(|e| format!("cannot read {}: {e}", test_path.display()))?;
    let name = job.path.rsplit('/').next().unwrap_or(&job.path);
    let composed = match compose::compose(setup.harness, name, &source, &job.meta, job.variant) {
        Ok(c) => c,
        Err(e) => return Ok(Verdict::fail(e)),
    };
    // A test that imports sits beside its fixtures so that `./x_FIXTURE.js` resolves (a
    // script can `import()` them too); other scripts can be anywhere.
    let imports = job.variant == Variant::Module || source.contains("import(");
    let program = if imports {
        test_path.with_file_name(format!("{}{MODULE_TEMP_MARK}w{worker}.js", name.trim_end_matches(".js")))
    } else {
        scratch.join(name)
    };
    std::fs::write(&program, &composed.text).map_err(|e| format!("cannot write {}: {e}", program.display()))?;
    let exe = scratch.join("test.bin");
    let _ = std::fs::remove_file(&exe);
    let result = compile_and_run(setup, job, name, &composed, &program, &exe, scratch);
    let _ = std::fs::remove_file(&program);
    let _ = std::fs::remove_file(&exe);
    result
}

fn compile_and_run(
    setup: &Setup,
    job: &Job,
    name: &str,
    composed: &compose::Composed,
    program: &Path,
    exe: &Path,
    scratch: &Path,
) -> Result<Verdict, String> {
    let mut compile = Command::new(setup.kiln);
    compile.arg("compile").arg(if job.variant == Variant::Module { "--module" } else { "--script" });
    compile.arg(program).arg("-o").arg(exe);
    let compiled = execute::run(compile, scratch, setup.compile_limit)?;
    let shown = program.display().to_string();
    match judge::after_compile(&job.meta, name, composed, &shown, &compiled) {
        AfterCompile::Done(verdict) => Ok(verdict),
        AfterCompile::Run => {
            let mut run = Command::new(exe);
            run.current_dir(scratch);
            let ran = execute::run(run, scratch, setup.run_limit)?;
            Ok(judge::after_run(&job.meta, &ran, setup.run_limit.as_secs()))
        }
    }
}
