//! CommonJS and JSON modules of the program (bundled at compile time, registered in the
//! module table of `esm.rs`): node's `Module._load` for them. A CommonJS file's body is its
//! module wrapper function, called once per load with `this` = `module.exports` and
//! `(exports, require, module, __filename, __dirname)`; `module` objects live in the require
//! cache (`require.cache`, keyed by file name), which decides whether a `require` runs the
//! body or returns the cached `module.exports` (also when the body is still running: a
//! cycle sees the exports filled so far). A JSON module's exports are its parsed text.
//!
//! `require(specifier)` resolves, in order: core modules by name (`node:` prefixes too), the
//! literal specifiers of the requiring file as the compiler resolved them (with node's
//! errors for those it could not), and, for a specifier computed at run time, node's
//! resolution (`.js`/`.json` added, package directories, index files, node_modules up the
//! parent directories) among the files bundled into the program, never the file system.
//! Package "exports" maps apply to literal specifiers only.
//!
//! `require()` of an ES module evaluates it and gives its namespace (node 20.19 and later).

use crate::atoms;
use crate::builtins::define;
use crate::error::{self, ErrorKind, JsResult, Thrown};
use crate::esm::{self, Format, Required, modules};
use crate::function::{self, CallArgs};
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string;
use crate::value::Value;

/// (directory, module): `require` of a directory gives that module's file (its package.json
/// "main", or its package's "exports" entry), for specifiers computed at run time.
struct Directories(std::cell::UnsafeCell<Vec<(String, u32)>>);
// JS runs on one thread.
unsafe impl Sync for Directories {}
static DIRECTORIES: Directories = Directories(std::cell::UnsafeCell::new(Vec::new()));

fn directories() -> &'static mut Vec<(String, u32)> {
    unsafe { &mut *DIRECTORIES.0.get() }
}

/// Module `i`'s `require(specifier)` gives module `target`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_require(i: Value, specifier: Value, target: Value) -> Value {
    modules()[i.as_int() as usize].requires.push((specifier, Required::Module(target.as_int() as u32)));
    Value::UNDEFINED
}

/// Module `i`'s `require(specifier)` throws node's error `code` with `message` (followed by
/// the require stack when `require_stack` is 1).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_require_fails(i: Value, specifier: Value, code: Value, message: Value, require_stack: Value) -> Value {
    let r = Required::Fails { code, message, require_stack: require_stack.as_int() != 0 };
    modules()[i.as_int() as usize].requires.push((specifier, r));
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_directory(path: Value, module: Value) -> Value {
    directories().push((string::to_rust(path.as_string()), module.as_int() as u32));
    Value::UNDEFINED
}

/// CommonJS module `i`'s `module.exports` for an importing ES module: as its evaluation left
/// it, or, while it is still being loaded (a cycle), as it is now.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_exports(i: Value) -> Value {
    let i = i.as_int() as u32;
    let e = modules()[i as usize].cjs_exports;
    if !e.is_undefined() {
        return e;
    }
    match cached(i) {
        Some(m) => get(m, "exports"),
        None => Value::UNDEFINED,
    }
}

/// Property `name` of CommonJS module `i`'s exports ("default": the exports themselves), as
/// a namespace object or a re-export reads it.
pub fn exports_property(i: u32, name: Value) -> JsResult<Value> {
    let exports = kiln_module_exports(Value::int(i as i32));
    if string::to_rust(name.as_string()) == "default" {
        return Ok(exports);
    }
    if exports.is_nullish() {
        return Ok(Value::UNDEFINED);
    }
    object::get_value(exports, crate::conv::string_key(name.as_string()))
}

/// Loads CommonJS or JSON module `i` for the module table's evaluation: as the main module
/// when it is the entry, otherwise as an ES module's import (no parent).
pub fn load_for_import(i: u32) -> JsResult<Value> {
    if i == 0 {
        return load(0, Value::NULL, true);
    }
    load(i, Value::UNDEFINED, false)
}

fn get(o: Value, name: &str) -> Value {
    object::get(o, Key::Name(atoms::intern_str(name)), o).unwrap_or(Value::UNDEFINED)
}

fn path_key(i: u32) -> Key {
    Key::Name(atoms::intern_str(&modules()[i as usize].path))
}

/// The module object the require cache holds for module `i`'s file, if any.
fn cached(i: u32) -> Option<Value> {
    let cache = realm().require_cache;
    let m = object::get(cache, path_key(i), cache).ok()?;
    m.is_object().then_some(m)
}

/// Module._load for a bundled file: the cached module's exports, or a new module object,
/// cached, whose body runs now. `parent` is the requiring module object (null for the main
/// module, undefined for an ES module's import).
fn load(i: u32, parent: Value, is_main: bool) -> JsResult<Value> {
    if let Some(m) = cached(i) {
        update_children(parent, m, true);
        return Ok(get(m, "exports"));
    }
    let format = modules()[i as usize].format;
    if format == Format::Esm {
        if modules()[i as usize].state == esm::State::Evaluating {
            return Err(require_cycle(i, parent));
        }
        esm::evaluate(i)?;
        return Ok(esm::require_namespace(i));
    }
    let m = new_module(i, parent, is_main);
    if is_main {
        realm().main_module = m;
        define(realm().process, "mainModule", m, DEFAULT);
    }
    let cache = realm().require_cache;
    unsafe { (*cache.as_object()).define(path_key(i), m, DEFAULT)? };
    update_children(parent, m, false);
    if let Err(Thrown) = run(i, m) {
        // node forgets a module whose body threw: a later require runs it again.
        let e = error::take_pending();
        unsafe { (*cache.as_object()).delete(path_key(i)) };
        if parent.is_object() {
            let children = get(parent, "children");
            if let Some(arr) = children.object_ref().filter(|o| o.is_array()) {
                let arr = arr as *const object::Object as *mut object::Object;
                unsafe { (*arr).elements.retain(|&c| c != m) };
            }
        }
        return Err(error::throw(e));
    }
    unsafe { (*m.as_object()).define(Key::Name(atoms::intern_str("loaded")), Value::TRUE, DEFAULT)? };
    Ok(get(m, "exports"))
}

/// Runs module `i`'s body for module object `m`: node's wrapper call, or JSON.parse.
fn run(i: u32, m: Value) -> JsResult<()> {
    let (format, body) = (modules()[i as usize].format, modules()[i as usize].body);
    if format == Format::Json {
        let v = crate::builtins::json::parse_text(body.as_string())?;
        return object::set(m, Key::Name(atoms::intern_str("exports")), v, m).map(|_| ());
    }
    let exports = get(m, "exports");
    let require = make_require(i, m);
    unsafe { (*m.as_object()).define_named(atoms::intern_str("require"), require, WRITABLE | CONFIGURABLE) };
    let filename = get(m, "filename");
    let dirname = get(m, "path");
    function::call(body, exports, &[exports, require, m, filename, dirname]).map(|_| ())
}

/// A `module` object: node's own properties in node's order (`id`, `path`, `exports`,
/// `filename`, `loaded`, `children`, `paths`), and, not enumerable, `parent` and `require`
/// (which node has on Module.prototype). It inspects as node shows it, as a plain object.
fn new_module(i: u32, parent: Value, is_main: bool) -> Value {
    let path = modules()[i as usize].path.clone();
    let dir = parent_dir(&path);
    let m = object::new_plain();
    let s = string::value_from_str;
    define(m, "id", if is_main { s(".") } else { s(&path) }, DEFAULT);
    define(m, "path", s(&dir), DEFAULT);
    define(m, "exports", object::new_plain(), DEFAULT);
    define(m, "filename", s(&path), DEFAULT);
    define(m, "loaded", Value::FALSE, DEFAULT);
    define(m, "children", object::new_array(Vec::new()), DEFAULT);
    define(m, "paths", string_array(&node_modules_paths(&dir)), DEFAULT);
    define(m, "parent", parent, WRITABLE | CONFIGURABLE);
    m
}

/// An array of strings (made first, so that the collector sees each string as it is added).
fn string_array(items: &[String]) -> Value {
    let arr = object::new_array(Vec::new());
    for item in items {
        let v = string::value_from_str(item);
        unsafe { (*arr.as_object()).elements.push(v) };
    }
    arr
}

/// Adds `child` to `parent.children` (unless `scan` finds it there already).
fn update_children(parent: Value, child: Value, scan: bool) {
    if !parent.is_object() {
        return;
    }
    let children = get(parent, "children");
    if let Some(arr) = children.object_ref().filter(|o| o.is_array()) {
        let arr = arr as *const object::Object as *mut object::Object;
        unsafe {
            if !(scan && (*arr).elements.contains(&child)) {
                (*arr).elements.push(child);
            }
        }
    }
}

fn parent_dir(path: &str) -> String {
    std::path::Path::new(path).parent().map(|p| p.display().to_string()).unwrap_or_else(|| "/".into())
}

/// NODE_MODULES_PATHS for a directory, as `module.paths` lists them.
fn node_modules_paths(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut d = Some(std::path::Path::new(dir));
    while let Some(p) = d {
        if p.file_name().is_none_or(|n| n != "node_modules") {
            let s = p.join("node_modules").display().to_string();
            out.push(s);
        }
        d = p.parent();
    }
    out
}

/// `require` of module `i`, whose module object is `m`, with node's `resolve`, `main`,
/// `extensions` and `cache`.
fn make_require(i: u32, m: Value) -> Value {
    let data = object::new_array(vec![Value::int(i as i32), m]);
    let require = function::native_with_data("require", 1, require, data);
    let resolve = function::native_with_data("resolve", 2, require_resolve, data);
    let r = realm();
    define(require, "resolve", resolve, DEFAULT);
    define(require, "main", r.main_module, DEFAULT);
    if r.require_extensions.is_undefined() {
        r.require_extensions = Value::object(object::new_ordinary(Value::NULL));
    }
    define(require, "extensions", r.require_extensions, DEFAULT);
    define(require, "cache", r.require_cache, DEFAULT);
    require
}

/// (module index, module object) of a `require` or `require.resolve` function.
fn requirer(a: &CallArgs) -> (u32, Value) {
    let data = function::data_of(a.callee);
    let d = unsafe { &*data.as_object() };
    (d.elements[0].as_int() as u32, d.elements[1])
}

fn require(a: &CallArgs) -> JsResult<Value> {
    let (i, m) = requirer(a);
    let spec = specifier(a.arg(0))?;
    match resolve(i, m, &spec)? {
        Resolved::Core(exports) => Ok(exports),
        Resolved::Module(j) => load(j, m, false),
    }
}

/// `require.resolve(specifier)`: the file name of a bundled module, a core module's name
/// as given.
fn require_resolve(a: &CallArgs) -> JsResult<Value> {
    let (i, m) = requirer(a);
    let spec = specifier(a.arg(0))?;
    match resolve(i, m, &spec)? {
        Resolved::Core(_) => Ok(string::value_from_str(&spec)),
        Resolved::Module(j) => Ok(string::value_from_str(&modules()[j as usize].path)),
    }
}

/// node's checks of `require`'s argument.
fn specifier(id: Value) -> JsResult<String> {
    if !id.is_string() {
        return Err(error::throw_invalid_arg_type("The \"id\" argument", "string", id));
    }
    let s = string::to_rust(id.as_string());
    if s.is_empty() {
        let e = error::new_node_error(ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''");
        return Err(error::throw(e));
    }
    Ok(s)
}

enum Resolved {
    /// A core module's exports.
    Core(Value),
    Module(u32),
}

fn resolve(i: u32, m: Value, spec: &str) -> JsResult<Resolved> {
    if let Some(bare) = spec.strip_prefix("node:") {
        return match crate::builtins::modules::core_module_named(bare) {
            Some(exports) => Ok(Resolved::Core(exports)),
            None if kiln_abi::modules::is_node_builtin(bare) => Err(unavailable_core(spec)),
            None => {
                let e = error::new_node_error(ErrorKind::Error, "ERR_UNKNOWN_BUILTIN_MODULE", &format!("No such built-in module: {spec}"));
                Err(error::throw(e))
            }
        };
    }
    if kiln_abi::modules::is_node_builtin(spec) {
        return match crate::builtins::modules::core_module_named(spec) {
            Some(exports) => Ok(Resolved::Core(exports)),
            None => Err(unavailable_core(spec)),
        };
    }
    let known = modules()[i as usize].requires.iter().find(|(s, _)| string::to_rust(s.as_string()) == spec).map(|&(_, r)| r);
    match known {
        Some(Required::Module(j)) => return Ok(Resolved::Module(j)),
        Some(Required::Fails { code, message, require_stack }) => {
            let message = string::to_rust(message.as_string());
            let code = string::to_rust(code.as_string());
            return Err(if require_stack {
                not_found(&message, m)
            } else if code == "MODULE_NOT_FOUND" {
                error::throw(coded_error(&message, &code))
            } else {
                error::throw(error::new_node_error(ErrorKind::Error, &code, &message))
            });
        }
        None => {}
    }
    match resolve_bundled(&modules()[i as usize].path, spec) {
        Some(j) => Ok(Resolved::Module(j)),
        None => Err(not_found(&format!("Cannot find module '{spec}'"), m)),
    }
}

/// node's resolution of a specifier computed at run time, among the bundled files.
fn resolve_bundled(from: &str, spec: &str) -> Option<u32> {
    let dir = parent_dir(from);
    let is_path = spec == "." || spec == ".." || spec.starts_with("./") || spec.starts_with("../") || spec.starts_with('/');
    // A specifier ending in a slash names a directory only.
    let directory_only = spec == "." || spec == ".." || spec.ends_with('/');
    let find = |base: &str| {
        let x = kiln_abi::modules::normalize(&std::path::Path::new(base).join(spec)).display().to_string();
        let as_file = if directory_only { None } else { load_as_file(&x) };
        as_file.or_else(|| load_as_directory(&x))
    };
    if is_path {
        return find(&dir);
    }
    if spec.starts_with('#') {
        return None;
    }
    node_modules_paths(&dir).iter().find_map(|nm| find(nm))
}

fn bundled(path: &str) -> Option<u32> {
    modules().iter().position(|m| m.path == path).map(|j| j as u32)
}

fn load_as_file(x: &str) -> Option<u32> {
    bundled(x).or_else(|| bundled(&format!("{x}.js"))).or_else(|| bundled(&format!("{x}.json")))
}

fn load_as_directory(x: &str) -> Option<u32> {
    if let Some(&(_, j)) = directories().iter().find(|(d, _)| d == x) {
        return Some(j);
    }
    bundled(&format!("{x}/index.js")).or_else(|| bundled(&format!("{x}/index.json")))
}

/// node's ERR_REQUIRE_CYCLE_MODULE: `require()` of an ES module that is still evaluating.
fn require_cycle(i: u32, parent: Value) -> Thrown {
    let from = get(parent, "filename");
    let from = if from.is_string() { string::to_rust(from.as_string()) } else { String::new() };
    let message = format!(
        "Cannot require() ES Module {} in a cycle. (from {from}) A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript specification. Try making at least part of the dependency in the graph lazily loaded.",
        modules()[i as usize].path
    );
    error::throw(error::new_node_error(ErrorKind::Error, "ERR_REQUIRE_CYCLE_MODULE", &message))
}

fn coded_error(message: &str, code: &str) -> Value {
    let e = error::new_error(ErrorKind::Error, message);
    unsafe { (*e.as_object()).define_named(atoms::intern_str("code"), string::value_from_str(code), DEFAULT) };
    e
}

/// node's MODULE_NOT_FOUND: the message, then the require stack (the requiring module's
/// file and those of the modules that required it), also as `requireStack`.
fn not_found(message: &str, requirer: Value) -> Thrown {
    let mut stack: Vec<String> = Vec::new();
    let mut cursor = requirer;
    while cursor.is_object() && stack.len() < 1000 {
        let f = get(cursor, "filename");
        let f = if f.is_string() { f } else { get(cursor, "id") };
        if f.is_string() {
            stack.push(string::to_rust(f.as_string()));
        }
        cursor = get(cursor, "parent");
    }
    let mut text = message.to_string();
    if !stack.is_empty() {
        text.push_str("\nRequire stack:\n- ");
        text.push_str(&stack.join("\n- "));
    }
    let e = coded_error(&text, "MODULE_NOT_FOUND");
    define(e, "requireStack", string_array(&stack), DEFAULT);
    error::throw(e)
}

/// `require` of one of node's core modules that Kiln does not have: MODULE_NOT_FOUND (so
/// code that treats a missing optional dependency that way goes on), saying why.
fn unavailable_core(spec: &str) -> Thrown {
    let bare = spec.strip_prefix("node:").unwrap_or(spec);
    error::throw(coded_error(&format!("Cannot find module '{spec}': node's '{bare}' module is not available in Kiln yet"), "MODULE_NOT_FOUND"))
}
