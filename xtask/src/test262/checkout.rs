//! The local copy of the test262 suite: the pinned commit (tests/test262/COMMIT), the ignored
//! folder holding that commit's files (.test262/suite/), how to create it from any git
//! repository of test262, and the list of test files to run.
//!
//! The suite is never committed to Kiln's repository: only the commit id is. The checkout is
//! made with `git archive <commit> | tar -x`, so any clone or bare mirror works as a source.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The directories of test/ that are run. intl402 (ECMA-402; Kiln has no Intl), staging
/// (tests not yet in their final place) and harness (tests of the harness files) are not.
pub const SUITE_DIRS: [&str; 3] = ["language", "built-ins", "annexB"];

/// The suite's files at the pinned commit.
pub struct Checkout {
    /// The checkout's root (it holds harness/ and test/).
    pub root: PathBuf,
    pub commit: String,
}

impl Checkout {
    pub fn harness_dir(&self) -> PathBuf {
        self.root.join("harness")
    }

    pub fn test_dir(&self) -> PathBuf {
        self.root.join("test")
    }
}

/// The checkout lives here, in the workspace's ignored .test262/ folder.
pub fn suite_dir(workspace: &Path) -> PathBuf {
    workspace.join(".test262").join("suite")
}

/// The file inside the checkout recording which commit it holds.
const MARKER: &str = ".kiln-test262-commit";

pub fn pinned_commit(workspace: &Path) -> Result<String, String> {
    let path = workspace.join("tests/test262/COMMIT");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let commit = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or_default();
    if commit.len() != 40 || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("{}: expected a 40-digit commit id, found `{commit}`", path.display()));
    }
    Ok(commit.to_string())
}

/// The checkout of the pinned commit, or an error saying how to create it.
pub fn open(workspace: &Path) -> Result<Checkout, String> {
    let commit = pinned_commit(workspace)?;
    let root = suite_dir(workspace);
    let found = std::fs::read_to_string(root.join(MARKER)).unwrap_or_default();
    let how = format!(
        "get the suite once with\n\n    git clone --filter=blob:none https://github.com/tc39/test262 ../test262\n    \
         cargo xtask test262 --setup ../test262\n\n(any clone or bare mirror of test262 that contains commit {commit} works)"
    );
    if found.trim().is_empty() {
        return Err(format!("the test262 checkout {} is missing; {how}", root.display()));
    }
    if found.trim() != commit {
        return Err(format!(
            "the test262 checkout {} holds commit {} but tests/test262/COMMIT pins {commit}; {how}",
            root.display(),
            found.trim()
        ));
    }
    Ok(Checkout { root, commit })
}

/// Replaces the checkout with the pinned commit's files taken from the git repository `repo`.
pub fn setup(workspace: &Path, repo: &Path) -> Result<Checkout, String> {
    let commit = pinned_commit(workspace)?;
    let root = suite_dir(workspace);
    if root.exists() {
        std::fs::remove_dir_all(&root).map_err(|e| format!("cannot remove {}: {e}", root.display()))?;
    }
    std::fs::create_dir_all(&root).map_err(|e| format!("cannot create {}: {e}", root.display()))?;
    eprintln!("test262: extracting {commit} from {} into {}", repo.display(), root.display());
    let mut archive = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["archive", "--format=tar", &commit, "harness", "test"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let stdout = archive.stdout.take().ok_or("git archive has no stdout")?;
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(&root)
        .stdin(stdout)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    let git = archive.wait().map_err(|e| format!("git archive: {e}"))?;
    if !git.success() || !tar.success() {
        return Err(format!(
            "`git -C {} archive {commit} | tar -x` failed (does the repository contain that commit?)",
            repo.display()
        ));
    }
    std::fs::write(root.join(MARKER), format!("{commit}\n")).map_err(|e| format!("cannot write the marker: {e}"))?;
    Ok(Checkout { root, commit })
}

/// Every test file of the run directories, as paths relative to test/ with `/` separators,
/// sorted. Fixtures (`_FIXTURE` files, imported by module tests) are not tests.
pub fn list_tests(checkout: &Checkout) -> Result<Vec<String>, String> {
    let mut tests = Vec::new();
    let test_dir = checkout.test_dir();
    for dir in SUITE_DIRS {
        walk(&test_dir, dir, &mut tests)?;
    }
    tests.sort();
    Ok(tests)
}

fn walk(test_dir: &Path, rel: &str, out: &mut Vec<String>) -> Result<(), String> {
    let dir = test_dir.join(rel);
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let child = format!("{rel}/{name}");
        let kind = entry.file_type().map_err(|e| format!("{child}: {e}"))?;
        if kind.is_dir() {
            walk(test_dir, &child, out)?;
        } else if name.ends_with(".js")
            && !name.contains("_FIXTURE")
            && !name.contains(super::compose::MODULE_TEMP_MARK)
        {
            out.push(child);
        }
    }
    Ok(())
}

/// Whether `test` (relative to test/) is selected by one of the `filters`, each a path prefix
/// relative to test/ (`language/expressions/addition`, `built-ins/Array/from/x.js`).
pub fn selected(test: &str, filters: &[String]) -> bool {
    filters.is_empty()
        || filters
            .iter()
            .any(|f| test == f || (test.starts_with(f.as_str()) && test.as_bytes().get(f.len()) == Some(&b'/')))
}

/// A filter as typed on the command line, made relative to test/: `test/language/`,
/// `./test/language` and `.test262/suite/test/language` all become `language`.
pub fn normalize_filter(filter: &str) -> String {
    let mut f = filter.trim().trim_end_matches('/');
    if let Some(i) = f.find(".test262/suite/") {
        f = &f[i..];
    }
    for prefix in ["./", ".test262/suite/", "test/"] {
        f = f.strip_prefix(prefix).unwrap_or(f);
    }
    f.to_string()
}
