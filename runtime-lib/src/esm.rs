//! The ES modules of a program (bundled at compile time): the module table compiled code
//! registers them in, their evaluation (each once, dependencies first, cycles cut where the
//! spec cuts them), module namespace objects, `import.meta`, and dynamic `import()`.
//!
//! A module's exported bindings live in its top-level environment, which its body registers
//! with `kiln_module_set_env`; importers read them there (live bindings, with the TDZ
//! checks compiled in). A namespace object reads them the same way through getters.

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
enum State {
    Unevaluated,
    Evaluating,
    Evaluated,
}

struct Module {
    /// The module body: a function of no arguments.
    body: Value,
    path: String,
    env: Value,
    namespace: Value,
    meta: Value,
    state: State,
    /// The error its evaluation threw, rethrown to every later importer.
    error: Option<Value>,
    /// The modules its static imports request, in order.
    deps: Vec<u32>,
    /// (export name, module whose environment holds it, slot; `u32::MAX`: that module's
    /// namespace).
    exports: Vec<(Value, u32, u32)>,
}

struct Table(std::cell::UnsafeCell<Vec<Module>>);
// JS runs on one thread.
unsafe impl Sync for Table {}
static MODULES: Table = Table(std::cell::UnsafeCell::new(Vec::new()));

fn modules() -> &'static mut Vec<Module> {
    unsafe { &mut *MODULES.0.get() }
}

pub fn trace(t: &mut Tracer) {
    for m in modules().iter() {
        t.value(m.body);
        t.value(m.env);
        t.value(m.namespace);
        t.value(m.meta);
        if let Some(e) = m.error {
            t.value(e);
        }
        for &(name, _, _) in &m.exports {
            t.value(name);
        }
    }
}

fn module(i: Value) -> &'static mut Module {
    &mut modules()[i.as_int() as usize]
}

/// Registers module `i` (registration goes in index order).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_register(i: Value, body: Value, path: Value) -> Value {
    let ms = modules();
    let i = i.as_int() as usize;
    while ms.len() <= i {
        ms.push(Module {
            body: Value::UNDEFINED,
            path: String::new(),
            env: Value::UNDEFINED,
            namespace: Value::UNDEFINED,
            meta: Value::UNDEFINED,
            state: State::Unevaluated,
            error: None,
            deps: Vec::new(),
            exports: Vec::new(),
        });
    }
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

/// Module `i` exports `name`: slot `slot` of module `source`'s environment, or (slot -1)
/// `source`'s namespace.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_export(i: Value, name: Value, source: Value, slot: Value) -> Value {
    module(i).exports.push((name, source.as_int() as u32, slot.as_int() as u32));
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
/// the same error again.
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
    let r = (|| {
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
    let ns = object::alloc(std::mem::size_of::<object::Object>(), object::Class::ModuleNamespace, Value::NULL);
    let nsv = Value::object(ns);
    modules()[i as usize].namespace = nsv;
    let mut exports = modules()[i as usize].exports.clone();
    exports.sort_by(|a, b| string::compare(a.0.as_string(), b.0.as_string()));
    for (name, source, slot) in exports {
        let data = object::new_array(vec![Value::int(source as i32), Value::int(slot as i32), name]);
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

fn namespace_get(a: &CallArgs) -> JsResult<Value> {
    let data = function::data_of(a.callee);
    let d = unsafe { &*data.as_object() };
    let (source, slot, name) = (d.elements[0].as_int() as u32, d.elements[1].as_int() as u32, d.elements[2]);
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
    let target = normalize(&base.join(rel));
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

fn normalize(p: &std::path::Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[allow(dead_code)]
fn _key(k: Value) -> Key {
    Key::Name(k)
}
