//! CommonJS's module-scope values and Node's built-in modules: `require`, `module` and
//! `exports` as a CommonJS program sees them (the compiler reads them through
//! `kiln_module_var`), and the registry of core modules `require` returns (`timers`,
//! `timers/promises`, `process`; `node:` prefixes accepted), each made once on first use.
//! Modules of the program itself are bundled at compile time, not found here.

use crate::atoms;
use crate::builtins::{define, method};
use crate::error::{self, JsResult};
use crate::function::CallArgs;
use crate::object;
use crate::realm::realm;
use crate::shape::DEFAULT;
use crate::string;
use crate::value::Value;

/// The core modules: name and the function that makes its exports object (the names are
/// `kiln_abi::modules::CORE_MODULES`, which the compiler checks imports against).
const CORE: &[(&str, fn() -> Value)] = &[
    ("process", || realm().process),
    ("timers", timers_module),
    ("timers/promises", crate::builtins::timers_promises::module),
];

pub fn install() {
    let r = realm();
    let module = object::new_plain();
    define(module, "id", string::value_from_str("."), DEFAULT);
    define(module, "exports", r.module_exports, DEFAULT);
    define(module, "loaded", Value::FALSE, DEFAULT);
    define(module, "children", object::new_array(Vec::new()), DEFAULT);
    let require = method(module, "require", 1, require);
    r.module_object = module;
    r.require_function = require;
    r.core_modules = object::new_array(vec![Value::UNDEFINED; CORE.len()]);
}

/// An ES module's `import ... from 'name'` of a core module (checked at compile time): its
/// exports object.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_core_module(name: Value) -> Value {
    let name = string::to_rust(name.as_string());
    match CORE.iter().position(|(n, _)| *n == name) {
        Some(i) => core_module(i),
        None => Value::UNDEFINED,
    }
}

/// `require`, `module` or `exports` in a CommonJS program.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_module_var(name: Value) -> Value {
    let r = realm();
    match string::to_rust(name.as_string()).as_str() {
        "require" => r.require_function,
        "module" => r.module_object,
        _ => r.module_exports,
    }
}

fn require(a: &CallArgs) -> JsResult<Value> {
    let id = a.arg(0);
    if !id.is_string() {
        return Err(error::throw_invalid_arg_type("The \"id\" argument", "string", id));
    }
    let name = string::to_rust(id.as_string());
    let bare = name.strip_prefix("node:").unwrap_or(&name);
    if let Some(i) = CORE.iter().position(|(n, _)| *n == bare) {
        return Ok(core_module(i));
    }
    let e = error::new_error(error::ErrorKind::Error, &format!("Cannot find module '{name}'"));
    unsafe { (*e.as_object()).define_named(atoms::intern_str("code"), string::value_from_str("MODULE_NOT_FOUND"), DEFAULT) };
    Err(error::throw(e))
}

fn core_module(i: usize) -> Value {
    let cache = realm().core_modules;
    let cached = unsafe { (&(*cache.as_object()).elements)[i] };
    if !cached.is_undefined() {
        return cached;
    }
    let m = (CORE[i].1)();
    unsafe { (&mut (*cache.as_object()).elements)[i] = m };
    m
}

/// `require('timers')`: the timer functions (the same objects as the globals) and `promises`.
fn timers_module() -> Value {
    let g = realm().global;
    let m = object::new_plain();
    for name in ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"] {
        let f = object::get(g, object::Key::Name(atoms::intern_str(name)), g).unwrap_or(Value::UNDEFINED);
        define(m, name, f, DEFAULT);
    }
    let i = CORE.iter().position(|(n, _)| *n == "timers/promises").unwrap();
    define(m, "promises", core_module(i), DEFAULT);
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_registry_has_every_core_module_the_compiler_knows() {
        let names: Vec<&str> = super::CORE.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, kiln_abi::modules::CORE_MODULES);
    }
}
