//! Module resolution, as node v20 does it, on the file system at compile time: which file a
//! specifier names, for `require` (CommonJS: LOAD_AS_FILE with `.js`/`.json` added,
//! LOAD_AS_DIRECTORY through package.json "main" and index files, LOAD_NODE_MODULES up the
//! parent directories) and for `import` (ESM: exact files, packages through "exports" or
//! their legacy main), both with package.json "exports" (subpaths, `*` patterns, conditions
//! tried in the package's order: `require` or `import`, `node`, `module-sync`, `default`).
//!
//! Core modules are not resolved here (the caller checks `kiln_abi::modules` first), and
//! neither are package "imports" (`#name`) or a package requiring itself by name: those
//! specifiers are not found. A failure carries node's error code and message, which the
//! runtime throws when the `require` runs (or the caller turns into a diagnostic).

use std::path::{Path, PathBuf};

use crate::json::{self, Json};
use kiln_abi::modules::normalize;

/// Why a specifier leads nowhere: node's error code and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub code: &'static str,
    pub message: String,
    /// A MODULE_NOT_FOUND error from `require` whose message node follows with the
    /// "Require stack" (the chain of requiring modules, known at run time).
    pub require_stack: bool,
}

impl Failure {
    fn not_found(spec: &str) -> Failure {
        Failure { code: "MODULE_NOT_FOUND", message: format!("Cannot find module '{spec}'"), require_stack: true }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Require,
    Import,
}

impl Mode {
    fn conditions(self) -> &'static [&'static str] {
        match self {
            Mode::Require => &["require", "node", "module-sync", "default"],
            Mode::Import => &["import", "node", "module-sync", "default"],
        }
    }
}

/// Resolves specifiers, remembering the package directories it resolved as a whole, which
/// the runtime needs to resolve specifiers computed at run time the same way.
#[derive(Default)]
pub struct Resolver {
    /// (directory, file): `require(directory)` (a package by its name, or a directory with a
    /// package.json "main") gives this file.
    pub directories: Vec<(PathBuf, PathBuf)>,
}

impl Resolver {
    /// `require(spec)` in the CommonJS file `from`.
    pub fn require(&mut self, from: &Path, spec: &str) -> Result<PathBuf, Failure> {
        let base = from.parent().unwrap_or(Path::new("/"));
        if is_path(spec) {
            let x = normalize(&base.join(spec));
            // A specifier ending in a slash names a directory only.
            let as_file = if names_directory(spec) { None } else { self.load_as_file(&x) };
            if let Some(f) = as_file.or_else(|| self.load_as_directory(&x)) {
                return Ok(canonical(f));
            }
            return Err(Failure::not_found(spec));
        }
        if spec.is_empty() || spec.starts_with('#') {
            return Err(Failure::not_found(spec));
        }
        for nm in node_modules_paths(base) {
            if let Some(r) = self.load_package_exports(&nm, spec, Mode::Require) {
                return r.map(canonical);
            }
            let x = normalize(&nm.join(spec));
            let as_file = if names_directory(spec) { None } else { self.load_as_file(&x) };
            if let Some(f) = as_file.or_else(|| self.load_as_directory(&x)) {
                return Ok(canonical(f));
            }
        }
        Err(Failure::not_found(spec))
    }

    /// `import ... from spec` in the ES module `from`. Errors are node's ERR_MODULE_NOT_FOUND
    /// and friends, with the messages node prints.
    pub fn import(&mut self, from: &Path, spec: &str) -> Result<PathBuf, Failure> {
        let base = from.parent().unwrap_or(Path::new("/"));
        let rel = spec.strip_prefix("file://").unwrap_or(spec);
        let not_found = |what: &Path| Failure {
            code: "ERR_MODULE_NOT_FOUND",
            message: format!("Cannot find module '{}' imported from {}", what.display(), from.display()),
            require_stack: false,
        };
        if is_path(rel) || spec.starts_with("file://") {
            let joined = normalize(&base.join(rel));
            if joined.is_dir() {
                return Err(Failure {
                    code: "ERR_UNSUPPORTED_DIR_IMPORT",
                    message: format!("Directory import '{}' is not supported resolving ES modules imported from {}", joined.display(), from.display()),
                    require_stack: false,
                });
            }
            if !joined.is_file() {
                return Err(not_found(&joined));
            }
            return Ok(canonical(joined));
        }
        let Some((name, _)) = split_package(spec) else {
            return Err(Failure { code: "ERR_INVALID_MODULE_SPECIFIER", message: format!("Invalid module \"{spec}\" imported from {}", from.display()), require_stack: false });
        };
        for nm in node_modules_paths(base) {
            let dir = nm.join(name);
            if !dir.is_dir() {
                continue;
            }
            if let Some(r) = self.load_package_exports(&nm, spec, Mode::Import) {
                return match r {
                    Ok(f) if !f.is_file() => Err(not_found(&f)),
                    other => other.map(canonical),
                };
            }
            let subpath = &spec[name.len()..];
            if subpath.is_empty() {
                let pjson = read_package_json(&dir);
                let main = pjson.as_ref().and_then(|p| p.get("main")).and_then(Json::as_str).filter(|m| !m.is_empty());
                let mut candidates = Vec::new();
                if let Some(m) = main {
                    let m = normalize(&dir.join(m));
                    for ext in ["", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"] {
                        candidates.push(PathBuf::from(format!("{}{ext}", m.display())));
                    }
                }
                candidates.extend(["index.js", "index.json", "index.node"].map(|i| dir.join(i)));
                return match candidates.into_iter().find(|c| c.is_file()) {
                    Some(f) => {
                        self.directories.push((dir.clone(), canonical(f.clone())));
                        Ok(canonical(f))
                    }
                    None => Err(not_found(&dir)),
                };
            }
            let f = normalize(&dir.join(&subpath[1..]));
            if f.is_dir() {
                return Err(Failure {
                    code: "ERR_UNSUPPORTED_DIR_IMPORT",
                    message: format!("Directory import '{}' is not supported resolving ES modules imported from {}", f.display(), from.display()),
                    require_stack: false,
                });
            }
            return if f.is_file() { Ok(canonical(f)) } else { Err(not_found(&f)) };
        }
        Err(Failure { code: "ERR_MODULE_NOT_FOUND", message: format!("Cannot find package '{name}' imported from {}", from.display()), require_stack: false })
    }

    /// LOAD_AS_FILE: the path itself, then with `.js`, `.json` or `.node` added.
    fn load_as_file(&self, x: &Path) -> Option<PathBuf> {
        if x.is_file() {
            return Some(x.to_path_buf());
        }
        ["js", "json", "node"].iter().map(|e| PathBuf::from(format!("{}.{e}", x.display()))).find(|p| p.is_file())
    }

    /// LOAD_AS_DIRECTORY: package.json "main" (as a file or a directory's index), else the
    /// directory's index file.
    fn load_as_directory(&mut self, x: &Path) -> Option<PathBuf> {
        if !x.is_dir() {
            return None;
        }
        let main = read_package_json(x).and_then(|p| p.get("main").and_then(Json::as_str).map(str::to_string));
        if let Some(main) = main.filter(|m| !m.is_empty()) {
            let m = normalize(&x.join(&main));
            if let Some(f) = self.load_as_file(&m).or_else(|| load_index(&m)).or_else(|| load_index(x)) {
                self.directories.push((x.to_path_buf(), canonical(f.clone())));
                return Some(f);
            }
            return None;
        }
        load_index(x)
    }

    /// LOAD_PACKAGE_EXPORTS: `Some` when the package `nm/NAME` has an "exports" field (then
    /// it alone decides), `None` to go on with plain file lookup.
    fn load_package_exports(&mut self, nm: &Path, spec: &str, mode: Mode) -> Option<Result<PathBuf, Failure>> {
        let (name, subpath) = split_package(spec)?;
        let dir = nm.join(name);
        let pjson = read_package_json(&dir)?;
        let exports = pjson.get("exports").filter(|e| **e != Json::Null)?;
        let pjson_path = dir.join("package.json");
        let subpath = format!(".{subpath}");
        let r = package_exports_resolve(&dir, &subpath, exports, mode.conditions(), &pjson_path);
        Some(match r {
            Ok(f) => {
                if mode == Mode::Require && !f.is_file() {
                    // node names the file the "exports" target leads to, with no require stack.
                    return Some(Err(Failure { code: "MODULE_NOT_FOUND", message: format!("Cannot find module '{}'", f.display()), require_stack: false }));
                }
                if subpath == "." && f.is_file() {
                    self.directories.push((dir.clone(), canonical(f.clone())));
                }
                Ok(f)
            }
            Err(e) => Err(e),
        })
    }
}

/// Whether node reads a specifier as a path rather than a package name.
fn is_path(spec: &str) -> bool {
    spec == "." || spec == ".." || spec.starts_with("./") || spec.starts_with("../") || spec.starts_with('/')
}

/// Whether node skips LOAD_AS_FILE for a specifier: `.`, `..` or one ending in a slash.
pub fn names_directory(spec: &str) -> bool {
    spec == "." || spec == ".." || spec.ends_with('/')
}

/// `name` (with its `@scope/`) and the rest (`""` or starting with `/`).
fn split_package(spec: &str) -> Option<(&str, &str)> {
    let end = if spec.starts_with('@') {
        let slash = spec.find('/')?;
        spec[slash + 1..].find('/').map_or(spec.len(), |i| slash + 1 + i)
    } else {
        spec.find('/').unwrap_or(spec.len())
    };
    let name = &spec[..end];
    if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains('%') {
        return None;
    }
    Some((name, &spec[end..]))
}

fn load_index(x: &Path) -> Option<PathBuf> {
    ["index.js", "index.json", "index.node"].iter().map(|i| x.join(i)).find(|p| p.is_file())
}

/// NODE_MODULES_PATHS: `<dir>/node_modules` for the directory and each parent (skipping
/// directories that are themselves called node_modules).
pub fn node_modules_paths(start: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.file_name().is_none_or(|n| n != "node_modules") {
            out.push(d.join("node_modules"));
        }
        dir = d.parent();
    }
    out
}

fn read_package_json(dir: &Path) -> Option<Json> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    json::parse(&text).ok()
}

/// The "type" of the nearest package.json above a file: whether node reads its `.js` files
/// as ES modules.
/// Whether the nearest package.json above `file` declares a "type" (node detects the module
/// syntax of a `.js` file only where none does).
pub fn package_type_declared(file: &Path) -> bool {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.join("package.json").is_file() {
            return read_package_json(d).is_some_and(|p| p.get("type").is_some());
        }
        dir = d.parent();
    }
    false
}

pub fn package_type_is_module(file: &Path) -> bool {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.join("package.json").is_file() {
            return read_package_json(d).and_then(|p| p.get("type").and_then(Json::as_str).map(|t| t == "module")).unwrap_or(false);
        }
        dir = d.parent();
    }
    false
}

fn not_exported(subpath: &str, pjson: &Path) -> Failure {
    let message = if subpath == "." {
        format!("No \"exports\" main defined in {}", pjson.display())
    } else {
        format!("Package subpath '{subpath}' is not defined by \"exports\" in {}", pjson.display())
    };
    Failure { code: "ERR_PACKAGE_PATH_NOT_EXPORTED", message, require_stack: false }
}

/// PACKAGE_EXPORTS_RESOLVE.
fn package_exports_resolve(dir: &Path, subpath: &str, exports: &Json, conditions: &[&str], pjson: &Path) -> Result<PathBuf, Failure> {
    let dot_keys = match exports {
        Json::Object(m) => {
            let dots = m.iter().filter(|(k, _)| k.starts_with('.')).count();
            if dots != 0 && dots != m.len() {
                return Err(Failure {
                    code: "ERR_INVALID_PACKAGE_CONFIG",
                    message: format!("Invalid package config {}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.", pjson.display()),
                    require_stack: false,
                });
            }
            dots != 0
        }
        _ => false,
    };
    let target = if subpath == "." {
        if dot_keys { exports.get(".").cloned() } else { Some(exports.clone()) }
    } else if dot_keys {
        let Json::Object(members) = exports else { unreachable!() };
        match exports.get(subpath).filter(|_| !subpath.contains('*')) {
            Some(t) => return target_or_not_exported(dir, t, None, conditions, subpath, pjson),
            None => {
                // The longest matching `*` pattern wins.
                let mut best: Option<(&str, &Json, String)> = None;
                for (key, t) in members {
                    let Some((base, trailer)) = key.split_once('*') else { continue };
                    if trailer.contains('*') || !subpath.starts_with(base) || subpath == base {
                        continue;
                    }
                    if !trailer.is_empty() && !(subpath.ends_with(trailer) && subpath.len() >= key.len()) {
                        continue;
                    }
                    let better = best.as_ref().is_none_or(|(b, _, _)| pattern_key_compare(key, b));
                    if better {
                        let m = subpath[base.len()..subpath.len() - trailer.len()].to_string();
                        best = Some((key, t, m));
                    }
                }
                match best {
                    Some((_, t, m)) => return target_or_not_exported(dir, t, Some(&m), conditions, subpath, pjson),
                    None => None,
                }
            }
        }
    } else {
        None
    };
    match target {
        Some(t) => target_or_not_exported(dir, &t, None, conditions, subpath, pjson),
        None => Err(not_exported(subpath, pjson)),
    }
}

/// PATTERN_KEY_COMPARE: whether pattern `a` is more specific than `b`.
fn pattern_key_compare(a: &str, b: &str) -> bool {
    let base_a = a.find('*').map_or(a.len(), |i| i + 1);
    let base_b = b.find('*').map_or(b.len(), |i| i + 1);
    if base_a != base_b {
        return base_a > base_b;
    }
    a.len() > b.len()
}

fn target_or_not_exported(dir: &Path, t: &Json, pattern: Option<&str>, conditions: &[&str], subpath: &str, pjson: &Path) -> Result<PathBuf, Failure> {
    match package_target_resolve(dir, t, pattern, conditions, pjson)? {
        Some(f) => Ok(f),
        None => Err(not_exported(subpath, pjson)),
    }
}

/// PACKAGE_TARGET_RESOLVE: `None` where node's algorithm gives null or undefined.
fn package_target_resolve(dir: &Path, t: &Json, pattern: Option<&str>, conditions: &[&str], pjson: &Path) -> Result<Option<PathBuf>, Failure> {
    match t {
        Json::String(s) => {
            let invalid = !s.starts_with("./") || s[2..].split(['/', '\\']).any(|seg| matches!(seg, "." | ".." | "node_modules"));
            if invalid {
                return Err(Failure {
                    code: "ERR_INVALID_PACKAGE_TARGET",
                    message: format!("Invalid \"exports\" target \"{s}\" defined in the package config {}", pjson.display()),
                    require_stack: false,
                });
            }
            let s = match pattern {
                Some(m) => s.replace('*', m),
                None => s.clone(),
            };
            Ok(Some(normalize(&dir.join(&s[2..]))))
        }
        Json::Object(members) => {
            for (k, v) in members {
                if conditions.contains(&k.as_str()) {
                    if let Some(f) = package_target_resolve(dir, v, pattern, conditions, pjson)? {
                        return Ok(Some(f));
                    }
                }
            }
            Ok(None)
        }
        Json::Array(items) => {
            let mut last_err = None;
            for v in items {
                match package_target_resolve(dir, v, pattern, conditions, pjson) {
                    Ok(Some(f)) => return Ok(Some(f)),
                    Ok(None) => {}
                    Err(e) => last_err = Some(e),
                }
            }
            match last_err {
                Some(e) => Err(e),
                None => Ok(None),
            }
        }
        Json::Null => Ok(None),
        _ => Err(Failure {
            code: "ERR_INVALID_PACKAGE_TARGET",
            message: format!("Invalid \"exports\" target defined in the package config {}", pjson.display()),
            require_stack: false,
        }),
    }
}

fn canonical(p: PathBuf) -> PathBuf {
    std::fs::canonicalize(&p).unwrap_or(p)
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_keep_their_scope() {
        assert_eq!(split_package("pkg"), Some(("pkg", "")));
        assert_eq!(split_package("pkg/a/b"), Some(("pkg", "/a/b")));
        assert_eq!(split_package("@s/pkg/a"), Some(("@s/pkg", "/a")));
        assert_eq!(split_package("@s"), None);
    }

    #[test]
    fn exports_conditions_are_tried_in_the_package_order() {
        let exports = json::parse(r#"{ ".": { "import": "./i.mjs", "module-sync": "./m.js", "require": "./r.js" }, "./sub/*": "./lib/*.js", "./sub/x/*": "./x/*.js", "./no": null }"#).unwrap();
        let dir = Path::new("/p");
        let pj = Path::new("/p/package.json");
        let req = Mode::Require.conditions();
        assert_eq!(package_exports_resolve(dir, ".", &exports, req, pj), Ok(PathBuf::from("/p/m.js")));
        assert_eq!(package_exports_resolve(dir, "./sub/a", &exports, req, pj), Ok(PathBuf::from("/p/lib/a.js")));
        assert_eq!(package_exports_resolve(dir, "./sub/x/a", &exports, req, pj), Ok(PathBuf::from("/p/x/a.js")));
        assert_eq!(package_exports_resolve(dir, "./no", &exports, req, pj).unwrap_err().code, "ERR_PACKAGE_PATH_NOT_EXPORTED");
        let e = package_exports_resolve(dir, "./lib/a.js", &exports, req, pj).unwrap_err();
        assert_eq!(e.message, "Package subpath './lib/a.js' is not defined by \"exports\" in /p/package.json");
        let sugar = json::parse(r#"{ "require": "./r.js", "default": "./d.js" }"#).unwrap();
        assert_eq!(package_exports_resolve(dir, ".", &sugar, Mode::Import.conditions(), pj), Ok(PathBuf::from("/p/d.js")));
    }
}
