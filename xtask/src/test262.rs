//! `cargo xtask test262 [OPTIONS] [FILTER...]`: runs the ECMAScript conformance suite against
//! Kiln and records the verdicts in tests/test262/ (results.txt, SUMMARY.md), printing which
//! tests changed status against the recorded results. With `--check` it records nothing and
//! fails if a recorded pass now fails (the ratchet).
//!
//! The pieces: checkout (the pinned suite and its test list), frontmatter (test metadata),
//! exclusions (what is skipped and why), compose (the program for one variant), pool and
//! execute (compiling and running in parallel with time limits), judge (the verdict), journal
//! and interrupt (stopping and resuming a run), results and summary (the checked-in files).

mod checkout;
mod compose;
mod exclusions;
mod execute;
mod frontmatter;
mod interrupt;
mod journal;
mod judge;
mod pool;
mod results;
mod summary;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use exclusions::Exclusions;
use judge::{Status, Verdict};
use results::Results;

const HELP: &str = "\
usage: cargo xtask test262 [OPTIONS] [FILTER...]

Runs test262 (test/language, test/built-ins, test/annexB at the commit pinned in
tests/test262/COMMIT) against a release build of kiln, then updates tests/test262/results.txt
and SUMMARY.md and prints the tests whose status changed. A FILTER is a path prefix relative
to test/ (`language/expressions/addition`, `test/built-ins/Array/from`); a filtered run
replaces only the results of the tests it selects. Ctrl-C stops starting tests, records the
verdicts so far, and the same command later resumes from the journal in .test262/journal/.

options:
  --check          record nothing; exit 1 if a test recorded as passing now fails
  --fresh          ignore verdicts journaled by an earlier run of the same kiln binary
  -j, --jobs N     parallel workers (default: the number of CPUs)
  --kiln PATH      use this kiln binary instead of building target/release/kiln
  --timeout SECS   time limit for running one compiled test (default 10)
  --setup REPO     extract the pinned commit from the git repository REPO (a clone or a bare
                   mirror of test262) into .test262/suite/, then exit
";

struct Options {
    filters: Vec<String>,
    check: bool,
    fresh: bool,
    jobs: usize,
    kiln: Option<PathBuf>,
    run_limit: Duration,
    setup: Option<PathBuf>,
}

/// A compile taking this long is a Kiln bug (a hang), reported as a failure.
const COMPILE_LIMIT: Duration = Duration::from_secs(60);

pub fn main(workspace: &Path, args: &[String]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprint!("test262: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    match run(workspace, &options) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("test262: {e}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut options = Options {
        filters: Vec::new(),
        check: false,
        fresh: false,
        jobs: cpus,
        kiln: None,
        run_limit: Duration::from_secs(10),
        setup: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--check" => options.check = true,
            "--fresh" => options.fresh = true,
            "-j" | "--jobs" => {
                options.jobs = value(arg)?.parse().map_err(|_| "--jobs needs a number".to_string())?;
            }
            "--kiln" => options.kiln = Some(PathBuf::from(value(arg)?)),
            "--timeout" => {
                let secs = value(arg)?.parse().map_err(|_| "--timeout needs a number of seconds".to_string())?;
                options.run_limit = Duration::from_secs(secs);
            }
            "--setup" => options.setup = Some(PathBuf::from(value(arg)?)),
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            filter => options.filters.push(checkout::normalize_filter(filter)),
        }
    }
    Ok(Some(options))
}

fn run(workspace: &Path, options: &Options) -> Result<ExitCode, String> {
    if let Some(repo) = &options.setup {
        let checkout = checkout::setup(workspace, repo)?;
        eprintln!("test262: {} is ready (commit {})", checkout.root.display(), checkout.commit);
        return Ok(ExitCode::SUCCESS);
    }
    let checkout = checkout::open(workspace)?;
    let kiln = match &options.kiln {
        Some(path) => path.clone(),
        None => build_kiln(workspace)?,
    };
    let dir = workspace.join("tests/test262");
    let exclusions = Exclusions::load(&dir.join("EXCLUDED_FEATURES"))?;
    let recorded = results::read(&dir.join("results.txt"))?;
    let all_tests = checkout::list_tests(&checkout)?;
    let selected: Vec<&String> = all_tests.iter().filter(|t| checkout::selected(t, &options.filters)).collect();
    if selected.is_empty() {
        return Err(format!("no test file matches {:?} (filters are paths relative to test/)", options.filters));
    }

    // Run a private copy of kiln: a rebuild during a long run must not change the compiler
    // halfway through.
    let scratch = Scratch::create(&workspace.join(".test262"))?;
    let scratch = &scratch.0;
    let kiln_copy = scratch.join("kiln");
    std::fs::copy(&kiln, &kiln_copy).map_err(|e| format!("cannot copy {}: {e}", kiln.display()))?;
    let key = journal_key(&kiln_copy, &checkout.commit)?;
    let (mut journal, journaled) = journal::Journal::open(&workspace.join(".test262/journal"), key, options.fresh)?;

    let Plan { mut new, jobs, reused } = plan(&checkout, &selected, &exclusions, &journaled)?;
    eprintln!(
        "test262: {} files selected: {} runs to do with {} workers, {} reused from the journal, {} excluded",
        selected.len(),
        jobs.len(),
        options.jobs,
        reused,
        new.values().filter(|v| v.status == Status::Skip).count()
    );

    let started = Instant::now();
    let harness = compose::Harness::new(&checkout.harness_dir());
    let setup = pool::Setup {
        kiln: &kiln_copy,
        test_dir: &checkout.test_dir(),
        harness: &harness,
        scratch,
        run_limit: options.run_limit,
        compile_limit: COMPILE_LIMIT,
    };
    let mut progress = Progress::new(jobs.len());
    interrupt::install();
    let mut journal_error = None;
    pool::run(&setup, &jobs, options.jobs, |index, verdict| {
        let job = &jobs[index];
        if let Err(e) = journal.append(&results::format_line(&job.path, job.variant, &verdict)) {
            journal_error.get_or_insert(e);
        }
        progress.record(verdict.status);
        new.insert((job.path.clone(), job.variant), verdict);
    });
    if let Some(e) = journal_error {
        eprintln!("test262: warning: {e}");
    }
    let elapsed = started.elapsed();
    let ran = progress.done;
    eprintln!(
        "test262: ran {ran} runs in {} ({:.0} ms per run per worker)",
        clock(elapsed),
        per_run_ms(elapsed, ran, options.jobs)
    );
    if ran < jobs.len() {
        eprintln!(
            "test262: interrupted: {} runs not done; recording the partial results (the same command resumes)",
            jobs.len() - ran
        );
    }

    let changes = report(&recorded, &new, workspace)?;
    if options.check {
        if changes.newly_failing.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("test262: --check failed: {} recorded passes now fail", changes.newly_failing.len());
        return Ok(ExitCode::from(1));
    }
    let merged = merge(recorded, new, &options.filters, ran == jobs.len());
    results::write(&dir.join("results.txt"), &merged)?;
    let summary = summary::render(&merged, &all_tests, &checkout.commit);
    std::fs::write(dir.join("SUMMARY.md"), summary).map_err(|e| format!("cannot write SUMMARY.md: {e}"))?;
    eprintln!("test262: wrote tests/test262/results.txt and tests/test262/SUMMARY.md");
    Ok(ExitCode::SUCCESS)
}

/// What a run has to do.
struct Plan {
    /// The verdicts known before running: exclusions and journaled verdicts.
    new: Results,
    jobs: Vec<pool::Job>,
    /// How many verdicts came from the journal.
    reused: usize,
}

fn plan(
    checkout: &checkout::Checkout,
    selected: &[&String],
    exclusions: &Exclusions,
    journaled: &Results,
) -> Result<Plan, String> {
    let mut plan = Plan { new: Results::new(), jobs: Vec::new(), reused: 0 };
    for path in selected {
        let source =
            std::fs::read_to_string(checkout.test_dir().join(path)).map_err(|e| format!("cannot read {path}: {e}"))?;
        let meta = match frontmatter::parse(&source) {
            Ok(meta) => meta,
            Err(e) => {
                plan.new.insert(
                    ((*path).clone(), compose::Variant::Sloppy),
                    Verdict::fail(format!("runner: bad metadata: {e}")),
                );
                continue;
            }
        };
        let skip = exclusions.reason(&meta, &source);
        for variant in compose::variants(&meta) {
            let key = ((*path).clone(), variant);
            if let Some(reason) = &skip {
                plan.new.insert(key, Verdict::skip(reason.clone()));
            } else if let Some(verdict) = journaled.get(&key) {
                plan.new.insert(key, verdict.clone());
                plan.reused += 1;
            } else {
                plan.jobs.push(pool::Job { path: key.0, variant, meta: meta.clone() });
            }
        }
    }
    Ok(plan)
}

/// The run's scratch directory, .test262/tmp-<pid>/, removed when dropped. Creating it also
/// removes those left behind by runs that were killed.
struct Scratch(PathBuf);

impl Scratch {
    fn create(parent: &Path) -> Result<Scratch, String> {
        for entry in std::fs::read_dir(parent).map_err(|e| format!("cannot list {}: {e}", parent.display()))?.flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name.strip_prefix("tmp-") else { continue };
            if !Path::new("/proc").join(pid).exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let dir = parent.join(format!("tmp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Builds the release kiln, the one whose results are recorded.
fn build_kiln(workspace: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("test262: cargo build --release --locked -p kiln-cli");
    let status = std::process::Command::new(cargo)
        .args(["build", "--release", "--locked", "-p", "kiln-cli"])
        .current_dir(workspace)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building kiln failed".to_string());
    }
    Ok(workspace.join("target/release/kiln"))
}

/// The journal key: everything a verdict depends on besides the test itself.
fn journal_key(kiln: &Path, commit: &str) -> Result<u64, String> {
    let binary = std::fs::read(kiln).map_err(|e| format!("cannot read the kiln binary {}: {e}", kiln.display()))?;
    let mut hasher = journal::KeyHasher::new();
    hasher.add(&binary);
    hasher.add(compose::PRELUDE.as_bytes());
    hasher.add(&journal::RULES_VERSION.to_le_bytes());
    hasher.add(commit.as_bytes());
    Ok(hasher.finish())
}

/// The recorded results with those of the selected tests replaced by `new`. A run without
/// filters replaces everything, so tests removed from the suite drop out.
/// The verdicts to record: the new ones, and the recorded ones outside the selection. An
/// interrupted run (`complete` false) also keeps the recorded verdicts of the selected runs
/// it did not get to.
fn merge(recorded: Results, new: Results, filters: &[String], complete: bool) -> Results {
    if !complete {
        let mut merged = recorded;
        merged.extend(new);
        return merged;
    }
    if filters.is_empty() {
        return new;
    }
    let mut merged: Results =
        recorded.into_iter().filter(|((path, _), _)| !checkout::selected(path, filters)).collect();
    merged.extend(new);
    merged
}

/// Prints the totals of this run and how they changed; the full list of changes goes to
/// .test262/changes.txt.
fn report(recorded: &Results, new: &Results, workspace: &Path) -> Result<results::Changes, String> {
    use std::fmt::Write as _;
    let count = |s: Status| new.values().filter(|v| v.status == s).count();
    let (pass, fail, skip) = (count(Status::Pass), count(Status::Fail), count(Status::Skip));
    let rate = if pass + fail == 0 { 0.0 } else { 100.0 * pass as f64 / (pass + fail) as f64 };
    eprintln!("test262: {pass} pass, {fail} fail, {skip} excluded: {rate:.1}% of the runs that were not excluded pass");

    let changes = results::compare(recorded, new);
    let mut full = String::new();
    for (path, variant, reason) in &changes.newly_failing {
        let _ = writeln!(full, "newly failing\t{path}\t{}\t{reason}", variant.name());
    }
    for (path, variant) in &changes.newly_passing {
        let _ = writeln!(full, "newly passing\t{path}\t{}", variant.name());
    }
    let changes_file = workspace.join(".test262/changes.txt");
    std::fs::write(&changes_file, &full).map_err(|e| format!("cannot write {}: {e}", changes_file.display()))?;
    if recorded.is_empty() {
        eprintln!("test262: no recorded results to compare with");
        return Ok(changes);
    }
    const SHOWN: usize = 50;
    eprintln!(
        "test262: compared with the recorded results: {} newly passing, {} newly failing, {} without a recorded result",
        changes.newly_passing.len(),
        changes.newly_failing.len(),
        changes.added
    );
    for (path, variant, reason) in changes.newly_failing.iter().take(SHOWN) {
        eprintln!("  newly failing: {path} ({}): {reason}", variant.name());
    }
    for (path, variant) in changes.newly_passing.iter().take(SHOWN) {
        eprintln!("  newly passing: {path} ({})", variant.name());
    }
    if changes.newly_failing.len() > SHOWN || changes.newly_passing.len() > SHOWN {
        eprintln!("  ... the full list is in {}", changes_file.display());
    }
    Ok(changes)
}

/// Progress lines on stderr, at most every 15 seconds.
struct Progress {
    total: usize,
    done: usize,
    pass: usize,
    started: Instant,
    last: Instant,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let now = Instant::now();
        Progress { total, done: 0, pass: 0, started: now, last: now }
    }

    fn record(&mut self, status: Status) {
        self.done += 1;
        if status == Status::Pass {
            self.pass += 1;
        }
        if self.last.elapsed() >= Duration::from_secs(15) && self.done < self.total {
            self.last = Instant::now();
            let elapsed = self.started.elapsed();
            let left = elapsed.mul_f64((self.total - self.done) as f64 / self.done as f64);
            eprintln!(
                "test262: {}/{} runs, {} pass, {} elapsed, about {} left",
                self.done,
                self.total,
                self.pass,
                clock(elapsed),
                clock(left)
            );
        }
    }
}

fn clock(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}m{:02}s", s / 60, s % 60)
}

fn per_run_ms(elapsed: Duration, runs: usize, workers: usize) -> f64 {
    if runs == 0 { 0.0 } else { elapsed.as_secs_f64() * 1000.0 * workers as f64 / runs as f64 }
}
