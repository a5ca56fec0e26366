//! The program's modules (bundled at compile time): the module table compiled code registers
//! them in (ES modules, CommonJS files and JSON files alike, one index per file), ES module
//! evaluation (each once, dependencies first, cycles cut where the spec cuts them), module
//! namespace objects, `import.meta`, and dynamic `import()`. Loading CommonJS and JSON
//! modules (`require`, the require cache) is `cjs.rs`, on the same table.
//!
//! An ES module's exported bindings live in its top-level environment, which its body
//! registers with `kiln_module_set_env`; importers read them there (live bindings, with the
//! TDZ checks compiled in). A namespace object reads them the same way through getters. An
//! import from a CommonJS module reads its `module.exports` as its evaluation left it.

use crate::atoms;
use crate::builtins::promise;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs};
use crate::gc::Tracer;
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::ENUMERABLE;
use crate::string;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    Unevaluated,
    Evaluating,
    Evaluated,
}

/// How node reads the module (the compiler's `ModuleFormat`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Esm,
    CommonJs,
    Json,
}

/// What a CommonJS module's `require(specifier)` was resolved to at compile time.
#[derive(Clone, Copy)]
pub(crate) enum Required {
    Module(u32),
    /// node's error: code, message, whether the require stack follows the message.
    Fails { code: Value, message: Value, require_stack: bool },
}

pub(crate) struct Module {
    pub format: Format,
    /// The body: a function of no arguments (ES module), node's wrapper function (CommonJS),
    /// the source text (JSON).
    pub body: Value,
    pub path: String,
    env: Value,
    namespace: Value,
    /// The namespace `require()` of an ES module gives: with `__esModule: true` added when it
    /// has a default export (node's interop marker).
    require_namespace: Value,
    meta: Value,
    pub state: State,
    /// The error its evaluation threw, rethrown to every later importer.
    error: Option<Value>,
    /// The modules its static imports request, in order.
    deps: Vec<u32>,
    /// (export name, module it reads from, slot: an environment slot (int), -1 for that
    /// module's namespace, or a property name of that CommonJS module's exports).
    exports: Vec<(Value, u32, Value)>,
    /// CommonJS: the literal `require` specifiers, as resolved at compile time.
    pub requires: Vec<(Value, Required)>,
    /// CommonJS: `module.exports` once an import evaluated it (what importers read).
    pub cjs_exports: Value,
}

struct Table(std::cell::UnsafeCell<Vec<Module>>);
// JS runs on one thread.
unsafe impl Sync for Table {}
static MODULES: Table = Table(std::cell::UnsafeCell::new(Vec::new()));

pub(crate) fn modules() -> &'static mut Vec<Module> {
    unsafe { &mut *MODULES.0.get() }
}

pub fn trace(t: &mut Tracer) {
    for m in modules().iter() {
        t.value(m.body);
        t.value(m.env);
        t.value(m.namespace);
        t.value(m.require_namespace);
        t.value(m.meta);
        t.value(m.cjs_exports);
        if let Some(e) = m.error {
            t.value(e);
        }
        for &(name, _, slot) in &m.exports {
            t.value(name);
            t.value(slot);
        }
        for &(spec, r) in &m.requires {
            t.value(spec);
            if let Required::Fails { code, message, .. } = r {
                t.value(code);
                t.value(message);
            }
        }
    }
}

fn module(i: Value) -> &'static mut Module {
    &mut modules()[i.as_int() as usize]
}

/// Registers module `i` (registration goes in index order): its format (0 ES module,
/// 1 CommonJS, 2 JSON), body and path.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_register(i: Value, format: Value, body: Value, path: Value) -> Value {
    let ms = modules();
    let i = i.as_int() as usize;
    while ms.len() <= i {
        ms.push(Module {
            format: Format::Esm,
            body: Value::UNDEFINED,
            path: String::new(),
            env: Value::UNDEFINED,
            namespace: Value::UNDEFINED,
            require_namespace: Value::UNDEFINED,
            meta: Value::UNDEFINED,
            state: State::Unevaluated,
            error: None,
            deps: Vec::new(),
            exports: Vec::new(),
            requires: Vec::new(),
            cjs_exports: Value::UNDEFINED,
        });
    }
    ms[i].format = match format.as_int() {
        0 => Format::Esm,
        1 => Format::CommonJs,
        _ => Format::Json,
    };
    ms[i].body = body;
    ms[i].path = string::to_rust(path.as_string());
    Value::UNDEFINED
}

/// Module `i` statically imports module `dep` (in source order).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_dep(i: Value, dep: Value) -> Value {
    module(i).deps.push(dep.as_int() as u32);
    Value::UNDEFINED
}

/// Module `i` exports `name`: slot `slot` of module `source`'s environment, (slot -1)
/// `source`'s namespace, or (slot a string) that property of CommonJS module `source`'s
/// exports.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_export(i: Value, name: Value, source: Value, slot: Value) -> Value {
    module(i).exports.push((name, source.as_int() as u32, slot));
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_set_env(i: Value, env: Value) -> Value {
    module(i).env = env;
    Value::UNDEFINED
}

fn not_initialized(name: Option<Value>) -> Thrown {
    let shown = name.map_or_else(|| "binding".to_string(), |n| format!("'{}'", string::to_rust(n.as_string())));
    error::throw_reference_error(&format!("Cannot access {shown} before initialization"))
}

/// The environment of module `i`: a ReferenceError while its body has not made it yet (an
/// import read during a cycle, before the exporting module ran).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_env(i: Value) -> Value {
    let env = module(i).env;
    if env.is_undefined() {
        not_initialized(None);
        return Value::EXCEPTION;
    }
    env
}

/// Evaluates module `i` and, first, what it imports; once. An evaluation that threw throws
/// the same error again. A CommonJS or JSON module is loaded as `require` would (through the
/// require cache; module 0, the entry, as the main module), and its `module.exports` kept
/// for importers.
pub fn evaluate(i: u32) -> JsResult<()> {
    let m = &mut modules()[i as usize];
    if let Some(e) = m.error {
        return Err(error::throw(e));
    }
    if m.state != State::Unevaluated {
        return Ok(());
    }
    m.state = State::Evaluating;
    let deps = m.deps.clone();
    let format = m.format;
    let r = (|| {
        if format != Format::Esm {
            let exports = crate::cjs::load_for_import(i)?;
            modules()[i as usize].cjs_exports = exports;
            return Ok(());
        }
        for d in deps {
            evaluate(d)?;
        }
        let body = modules()[i as usize].body;
        function::call(body, Value::UNDEFINED, &[]).map(|_| ())
    })();
    let m = &mut modules()[i as usize];
    m.state = State::Evaluated;
    if r.is_err() {
        m.error = Some(error::pending());
    }
    r
}

/// Instantiates module `i`: its body, called with `true`, makes and registers its
/// environment and its hoisted functions, and returns.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_instantiate(i: Value) -> Value {
    let body = module(i).body;
    match function::call(body, Value::UNDEFINED, &[Value::TRUE]) {
        Ok(_) => Value::UNDEFINED,
        Err(Thrown) => Value::EXCEPTION,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_evaluate(i: Value) -> Value {
    match evaluate(i.as_int() as u32) {
        Ok(()) => Value::UNDEFINED,
        Err(Thrown) => Value::EXCEPTION,
    }
}

/// The module namespace object of module `i` (§10.4.6): its exports, sorted, as enumerable
/// properties read live (getters here, where the spec has data properties), on a null
/// prototype, not extensible, tagged "Module".
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_namespace(i: Value) -> Value {
    namespace(i.as_int() as u32)
}

pub fn namespace(i: u32) -> Value {
    let m = &modules()[i as usize];
    if !m.namespace.is_undefined() {
        return m.namespace;
    }
    let exports = match m.format {
        Format::Esm => m.exports.clone(),
        // A CommonJS module's names are its exports' own enumerable string keys once it has
        // run (node finds them by static analysis), and "default", the exports themselves.
        Format::CommonJs | Format::Json => {
            let e = m.cjs_exports;
            let mut names: Vec<Value> = match e.object_ref() {
                // (Index-like names are left out.)
                Some(o) => object::own_enumerable_string_keys(o).into_iter().filter_map(|k| if let Key::Name(n) = k { Some(n) } else { None }).collect(),
                None => Vec::new(),
            };
            let default = atoms::intern_str("default");
            names.retain(|&n| !string::equals(n.as_string(), default.as_string()));
            names.push(default);
            names.into_iter().map(|n| (n, i, n)).collect()
        }
    };
    let nsv = make_namespace(exports, None);
    modules()[i as usize].namespace = nsv;
    nsv
}

/// A module namespace object over `exports`, plus (for `require()` of an ES module) an
/// `__esModule` data property.
fn make_namespace(mut exports: Vec<(Value, u32, Value)>, es_module_marker: Option<Value>) -> Value {
    let ns = object::alloc(std::mem::size_of::<object::Object>(), object::Class::ModuleNamespace, Value::NULL);
    let nsv = Value::object(ns);
    let marker = es_module_marker.map(|n| (n, u32::MAX, Value::TRUE));
    exports.extend(marker);
    exports.sort_by(|a, b| string::compare(a.0.as_string(), b.0.as_string()));
    for (name, source, slot) in exports {
        if source == u32::MAX {
            unsafe { (*ns).define_named(name, slot, crate::shape::WRITABLE | ENUMERABLE) };
            continue;
        }
        let data = object::new_array(vec![Value::int(source as i32), slot, name]);
        let getter = function::native_with_data("", 0, namespace_get, data);
        unsafe { object::define_accessor(&mut *ns, name, getter, Value::UNDEFINED, ENUMERABLE) };
    }
    unsafe {
        let tag = string::value_from_str("Module");
        (*ns).define_named(realm().sym_to_string_tag, tag, 0);
        (*ns).prevent_extensions();
    }
    nsv
}

/// What `require()` of ES module `i` gives (node 20.19 and later load ES modules that have no
/// top-level await synchronously): its namespace, or, when it has a default export and no
/// `__esModule` export, a namespace with `__esModule: true` added.
pub fn require_namespace(i: u32) -> Value {
    let m = &modules()[i as usize];
    if !m.require_namespace.is_undefined() {
        return m.require_namespace;
    }
    let named = |n: &str| m.exports.iter().any(|(e, _, _)| string::to_rust(e.as_string()) == n);
    let ns = if named("default") && !named("__esModule") {
        make_namespace(m.exports.clone(), Some(atoms::intern_str("__esModule")))
    } else {
        namespace(i)
    };
    modules()[i as usize].require_namespace = ns;
    ns
}

fn namespace_get(a: &CallArgs) -> JsResult<Value> {
    let data = function::data_of(a.callee);
    let d = unsafe { &*data.as_object() };
    let (source, slot, name) = (d.elements[0].as_int() as u32, d.elements[1], d.elements[2]);
    if slot.is_string() {
        return crate::cjs::exports_property(source, slot);
    }
    let slot = slot.as_int() as u32;
    if slot == u32::MAX {
        return Ok(namespace(source));
    }
    let env = modules()[source as usize].env;
    if env.is_undefined() {
        return Err(not_initialized(Some(name)));
    }
    let v = crate::env::slot(env, slot);
    if v == Value::UNINIT {
        return Err(not_initialized(Some(name)));
    }
    Ok(v)
}

/// `import.meta` of module `i`: `url`, `filename` and `dirname`, as node gives them.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_import_meta(i: Value) -> Value {
    let m = module(i);
    if !m.meta.is_undefined() {
        return m.meta;
    }
    let o = Value::object(object::new_ordinary(Value::NULL));
    let path = m.path.clone();
    let dir = std::path::Path::new(&path).parent().map(|p| p.display().to_string()).unwrap_or_default();
    let set = |k: &str, v: &str| unsafe {
        (*o.as_object()).define_named(atoms::intern_str(k), string::value_from_str(v), crate::shape::DEFAULT)
    };
    set("dirname", &dir);
    set("filename", &path);
    set("url", &format!("file://{path}"));
    module(i).meta = o;
    o
}

/// `import()` of module `i` (resolved at compile time): a promise of its namespace, which
/// evaluating it first may reject. As in node, loading is asynchronous: the module runs in
/// the loop's poll phase (as an I/O completion would), never inside the `import()` call.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_import_module(i: Value) -> Value {
    let index = i.as_int() as u32;
    crate::io::promise(true, async move { index }, |index: u32| {
        evaluate(index)?;
        Ok(namespace(index))
    })
}

/// `import(specifier)` with a specifier known only at run time: a module of the program
/// whose path it names (relative to the importing module `from`), else a rejection with
/// node's ERR_MODULE_NOT_FOUND.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_import_dynamic(spec: Value, from: Value) -> Value {
    let p = promise::new_promise();
    // (Settled at once below only where nothing is loaded: a failure, or a core module.)
    let spec = match crate::conv::to_string(spec) {
        Ok(s) => string::to_rust(s),
        Err(Thrown) => {
            promise::reject(p, error::take_pending());
            return p;
        }
    };
    if let Some(core) = kiln_abi::modules::core_module(&spec) {
        let exports = crate::builtins::modules::kiln_core_module(string::value_from_str(core));
        let _ = promise::resolve(p, exports);
        return p;
    }
    // (`from` is -1 where no module table exists: a single script or CommonJS file.)
    let importer = modules().get(from.as_int() as usize).map(|m| m.path.clone()).unwrap_or_default();
    let base = std::path::Path::new(&importer).parent().map(|d| d.to_path_buf()).unwrap_or_default();
    let rel = spec.strip_prefix("file://").unwrap_or(&spec);
    let target = kiln_abi::modules::normalize(&base.join(rel));
    match modules().iter().position(|m| std::path::Path::new(&m.path) == target) {
        Some(j) => kiln_import_module(Value::int(j as i32)),
        None => {
            let e = error::new_node_error(
                error::ErrorKind::Error,
                "ERR_MODULE_NOT_FOUND",
                &format!("Cannot find module '{}' imported from {importer}", target.display()),
            );
            promise::reject(p, e);
            p
        }
    }
}


