//! The program Kiln compiles for one variant of one test, as test262's INTERPRETING.md
//! prescribes: the strict-mode directive (strict variant only), the host prelude (prelude.js),
//! harness/assert.js and harness/sta.js, harness/doneprintHandle.js for `async` tests, the
//! test's `includes` in order, then the test itself. `raw` tests are compiled untouched.
//!
//! The result remembers where each piece starts, so a compile error's line can be reported
//! against the file the user would open (`assert.js:12:3`, `S11.6.1_A1.js:20:5`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::frontmatter::Frontmatter;

/// How a test file is run. A file runs as one or two variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variant {
    /// Script goal, non-strict.
    Sloppy,
    /// Script goal with `"use strict";` prepended.
    Strict,
    /// Module goal (`flags: [module]`).
    Module,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::Sloppy => "sloppy",
            Variant::Strict => "strict",
            Variant::Module => "module",
        }
    }

    pub fn from_name(name: &str) -> Option<Variant> {
        match name {
            "sloppy" => Some(Variant::Sloppy),
            "strict" => Some(Variant::Strict),
            "module" => Some(Variant::Module),
            _ => None,
        }
    }
}

/// The variants a test runs as, from its flags.
pub fn variants(meta: &Frontmatter) -> Vec<Variant> {
    if meta.has_flag("module") {
        vec![Variant::Module]
    } else if meta.has_flag("raw") || meta.has_flag("noStrict") {
        vec![Variant::Sloppy]
    } else if meta.has_flag("onlyStrict") {
        vec![Variant::Strict]
    } else {
        vec![Variant::Sloppy, Variant::Strict]
    }
}

/// Composed module tests are written beside the test (so `./x_FIXTURE.js` imports resolve)
/// under a name containing this mark; the test lister skips such files.
pub const MODULE_TEMP_MARK: &str = ".kiln-tmp-";

/// The host prelude: `$262` and `print`.
pub const PRELUDE: &str = include_str!("prelude.js");

/// One composed program.
pub struct Composed {
    pub text: String,
    /// (first line in `text`, 1-based; the piece's name), in order.
    pieces: Vec<(usize, String)>,
}

impl Composed {
    /// The piece holding `line` of the composed program, and the line within that piece.
    pub fn locate(&self, line: usize) -> Option<(&str, usize)> {
        let (start, name) = self.pieces.iter().rev().find(|(start, _)| *start <= line)?;
        Some((name, line - start + 1))
    }

    /// Appends `text`, the piece `name`, on lines of its own.
    fn push(&mut self, name: &str, text: &str) {
        let line = self.text.matches('\n').count() + 1;
        self.pieces.push((line, name.to_string()));
        self.text.push_str(text);
        if !text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// The harness files, read once and shared by the workers.
pub struct Harness {
    dir: PathBuf,
    files: Mutex<HashMap<String, Arc<str>>>,
}

impl Harness {
    pub fn new(dir: &Path) -> Harness {
        Harness { dir: dir.to_path_buf(), files: Mutex::new(HashMap::new()) }
    }

    fn get(&self, name: &str) -> Result<Arc<str>, String> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = files.get(name) {
            return Ok(text.clone());
        }
        let path = self.dir.join(name);
        let text: Arc<str> = std::fs::read_to_string(&path).map_err(|e| format!("harness file {name}: {e}"))?.into();
        files.insert(name.to_string(), text.clone());
        Ok(text)
    }
}

/// The program for `variant` of the test `name` (its file name) with `source` and `meta`.
pub fn compose(
    harness: &Harness,
    name: &str,
    source: &str,
    meta: &Frontmatter,
    variant: Variant,
) -> Result<Composed, String> {
    let mut composed = Composed { text: String::new(), pieces: Vec::new() };
    if meta.has_flag("raw") {
        composed.push(name, source);
        return Ok(composed);
    }
    if variant == Variant::Strict {
        composed.push("\"use strict\" prefix", "\"use strict\";\n");
    }
    composed.push("prelude.js", PRELUDE);
    let mut harness_files = vec!["assert.js", "sta.js"];
    if meta.has_flag("async") {
        harness_files.push("doneprintHandle.js");
    }
    harness_files.extend(meta.includes.iter().map(String::as_str));
    for file in harness_files {
        composed.push(file, &harness.get(file)?);
    }
    composed.push(name, source);
    Ok(composed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_follow_flags() {
        let meta = |flags: &[&str]| Frontmatter {
            flags: flags.iter().map(|s| s.to_string()).collect(),
            ..Frontmatter::default()
        };
        assert_eq!(variants(&meta(&[])), [Variant::Sloppy, Variant::Strict]);
        assert_eq!(variants(&meta(&["onlyStrict"])), [Variant::Strict]);
        assert_eq!(variants(&meta(&["noStrict"])), [Variant::Sloppy]);
        assert_eq!(variants(&meta(&["raw"])), [Variant::Sloppy]);
        assert_eq!(variants(&meta(&["module", "async"])), [Variant::Module]);
    }

    #[test]
    fn raw_tests_are_untouched_and_lines_map_back() {
        let harness = Harness::new(Path::new("/nonexistent"));
        let meta = Frontmatter { flags: vec!["raw".to_string()], ..Frontmatter::default() };
        let c = compose(&harness, "t.js", "'use strict'\nx", &meta, Variant::Sloppy).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.text, "'use strict'\nx\n");
        assert_eq!(c.locate(2), Some(("t.js", 2)));

        let mut c = Composed { text: String::new(), pieces: Vec::new() };
        c.push("a.js", "1\n2\n");
        c.push("b.js", "3");
        c.push("t.js", "4\n5\n");
        assert_eq!(c.locate(2), Some(("a.js", 2)));
        assert_eq!(c.locate(3), Some(("b.js", 1)));
        assert_eq!(c.locate(5), Some(("t.js", 2)));
    }
}
