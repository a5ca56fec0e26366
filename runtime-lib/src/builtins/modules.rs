//! Node's built-in modules: the registry of core modules `require` and `import` give
//! (`timers`, `timers/promises`, `process`; `node:` prefixes accepted), each made once on
//! first use. The program's own modules are bundled at compile time and loaded by `esm.rs`
//! and `cjs.rs`, not found here.

use crate::atoms;
use crate::builtins::define;
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
    r.core_modules = object::new_array(vec![Value::UNDEFINED; CORE.len()]);
    // node's Module._cache: `require.cache`, keyed by file name.
    r.require_cache = Value::object(object::new_ordinary(Value::NULL));
}

/// The exports of core module `name` (without `node:`), if the runtime has it.
pub fn core_module_named(name: &str) -> Option<Value> {
    CORE.iter().position(|(n, _)| *n == name).map(core_module)
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
