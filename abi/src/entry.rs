//! The table of runtime entry points that compiled code calls.
//!
//! Every entry is `extern "C"` in the runtime under the name given here. Values travel as
//! `V` (a NaN-boxed `u64`); an entry that `may_throw` returns [`crate::value::EXCEPTION`]
//! after setting the pending exception, and compiled code must branch to its handler.

/// A parameter or result type at the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A boxed JS value (`u64`).
    V,
    /// A pointer into compiled code's data (an inline cache, a string literal, a value array).
    P,
    /// A plain 64-bit integer (counts, flags).
    I,
    /// A raw `f64`.
    F,
}

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub name: &'static str,
    pub params: &'static [Ty],
    pub ret: Ty,
    pub may_throw: bool,
}

use Ty::*;

const fn e(name: &'static str, params: &'static [Ty], ret: Ty, may_throw: bool) -> Entry {
    Entry { name, params, ret, may_throw }
}

/// Every runtime function that compiled code may import. Codegen looks entries up by name;
/// the runtime's integration tests check that each name is defined.
pub static ENTRIES: &[Entry] = &[
    // Operators with full JS semantics (the slow paths behind codegen's inline int32 paths).
    e("kiln_add", &[V, V], V, true),
    e("kiln_sub", &[V, V], V, true),
    e("kiln_mul", &[V, V], V, true),
    e("kiln_div", &[V, V], V, true),
    e("kiln_mod", &[V, V], V, true),
    e("kiln_exp", &[V, V], V, true),
    e("kiln_shl", &[V, V], V, true),
    e("kiln_sar", &[V, V], V, true),
    e("kiln_shr", &[V, V], V, true),
    e("kiln_bitand", &[V, V], V, true),
    e("kiln_bitor", &[V, V], V, true),
    e("kiln_bitxor", &[V, V], V, true),
    e("kiln_lt", &[V, V], V, true),
    e("kiln_le", &[V, V], V, true),
    e("kiln_gt", &[V, V], V, true),
    e("kiln_ge", &[V, V], V, true),
    e("kiln_loose_eq", &[V, V], V, true),
    e("kiln_strict_eq", &[V, V], V, false),
    e("kiln_neg", &[V], V, true),
    e("kiln_inc", &[V, V], V, true),
    e("kiln_sloppy_this", &[V], V, false),
    e("kiln_set_function_name", &[V, V, V], V, false),
    e("kiln_throw_reference_error", &[V], V, true),
    // The module table (runtime-lib/src/esm.rs, cjs.rs); module indices are int-tagged.
    // register: module, format (0 ESM, 1 CommonJS, 2 JSON), body, path.
    e("kiln_module_register", &[V, V, V, V], V, false),
    e("kiln_module_dep", &[V, V], V, false),
    // export: module, name, source module, slot (int; -1 the namespace) or property name.
    e("kiln_module_export", &[V, V, V, V], V, false),
    // require tables: module, specifier, target module; or code, message, require-stack flag.
    e("kiln_module_require", &[V, V, V], V, false),
    e("kiln_module_require_fails", &[V, V, V, V, V], V, false),
    e("kiln_module_directory", &[V, V], V, false),
    e("kiln_module_exports", &[V], V, false),
    e("kiln_module_set_env", &[V, V], V, false),
    e("kiln_module_env", &[V], V, true),
    e("kiln_module_evaluate", &[V], V, true),
    e("kiln_module_instantiate", &[V], V, true),
    e("kiln_module_namespace", &[V], V, false),
    e("kiln_import_meta", &[V], V, false),
    e("kiln_import_module", &[V], V, false),
    e("kiln_import_dynamic", &[V, V], V, false),
    e("kiln_super_set", &[V, V, V, V, I], V, true),
    e("kiln_dec", &[V, V], V, true),
    e("kiln_bigint_from_string", &[V], V, false),
    e("kiln_bitnot", &[V], V, true),
    e("kiln_to_number", &[V], V, true),
    e("kiln_to_numeric", &[V], V, true),
    e("kiln_to_string", &[V], V, true),
    e("kiln_to_property_key", &[V], V, true),
    e("kiln_to_boolean", &[V], I, false),
    e("kiln_typeof", &[V], V, false),
    e("kiln_instanceof", &[V, V], V, true),
    e("kiln_in", &[V, V], V, true),
    e("kiln_fmod", &[F, F], F, false),
    // Properties. `P` is a 16-byte inline cache in writable data, owned by one access site.
    e("kiln_get_prop", &[V, V, P], V, true),
    e("kiln_set_prop", &[V, V, V, P, I], V, true),
    e("kiln_get_elem", &[V, V], V, true),
    e("kiln_set_elem", &[V, V, V, I], V, true),
    e("kiln_delete_prop", &[V, V, I], V, true),
    e("kiln_get_global", &[V, P], V, true),
    e("kiln_typeof_global", &[V], V, false),
    e("kiln_set_global", &[V, V, I], V, true),
    // `with` objects (Object Environment Records): ToObject of the statement's value, then
    // per reference HasBinding, GetBindingValue and SetMutableBinding (object, name atom,
    // strict flag).
    e("kiln_to_object", &[V], V, true),
    e("kiln_with_has", &[V, V], V, true),
    e("kiln_with_get", &[V, V, I], V, true),
    e("kiln_with_set", &[V, V, V, I], V, true),
    // A classic script's top-level declaration: name, value, is a function.
    e("kiln_declare_global", &[V, V, I], V, true),
    // Literals and allocation.
    e("kiln_intern", &[P, I, I], V, false),
    e("kiln_new_object", &[], V, false),
    e("kiln_define_field", &[V, V, V], V, true),
    // object, atom key, value, inline cache: a literal's constant-key property.
    e("kiln_define_named", &[V, V, V, P], V, true),
    // object, key, getter or undefined, setter or undefined, enumerable (1) or not (0).
    e("kiln_define_accessor", &[V, V, V, V, I], V, true),
    // object, key, value: a non-enumerable method (classes).
    e("kiln_define_method", &[V, V, V], V, true),
    e("kiln_set_prototype_of", &[V, V], V, true),
    e("kiln_new_array", &[P, I], V, false),
    // cooked strings (undefined where invalid), raw strings, count → a frozen template
    // object, kept alive for the program's life (sites cache it).
    e("kiln_template_object", &[P, P, I], V, false),
    // pattern source, flags → a new RegExp (SyntaxError for an invalid pattern).
    e("kiln_new_regexp", &[V, V], V, true),
    // code, environment, FuncInfo, the name as an atom.
    e("kiln_make_function", &[P, V, P, V], V, false),
    e("kiln_new_env", &[V, I], V, false),
    e("kiln_arguments", &[P, I, V], V, false),
    // argv, argc, callee, the environment holding the parameters, and each parameter's slot
    // in it (u32::MAX: not mapped) as an array of integers with its length.
    e("kiln_mapped_arguments", &[P, I, V, V, P, I], V, false),
    e("kiln_rest_array", &[P, I, I], V, false),
    // Spread and destructuring.
    e("kiln_array_push", &[V, V], V, false),
    e("kiln_array_append_spread", &[V, V], V, true),
    e("kiln_iter_rest", &[V], V, true),
    e("kiln_copy_data_properties", &[V, V, V], V, true),
    e("kiln_require_object_coercible", &[V, V], V, true),
    // Calls. The last argument names the callee expression for error messages.
    e("kiln_call", &[V, V, P, I, V], V, true),
    e("kiln_construct", &[V, P, I, V], V, true),
    e("kiln_call_spread", &[V, V, V, V], V, true),
    e("kiln_construct_spread", &[V, V, V], V, true),
    // Classes.
    e("kiln_set_home", &[V, V], V, false),
    e("kiln_home_object", &[V], V, false),
    e("kiln_super_get", &[V, V, V], V, true),
    e("kiln_super_base", &[V], V, false),
    e("kiln_class_heritage", &[V, I], V, true),
    e("kiln_make_class", &[V, V, V, V], V, false),
    // callee, new.target, arguments.
    e("kiln_super_call", &[V, V, P, I], V, true),
    e("kiln_super_call_spread", &[V, V, V], V, true),
    e("kiln_check_super_once", &[V], V, true),
    e("kiln_init_fields", &[V, V], V, true),
    e("kiln_throw_type_error", &[V], V, true),
    // Private names (#x): hidden symbols.
    e("kiln_new_private_name", &[V], V, false),
    e("kiln_get_private", &[V, V], V, true),
    e("kiln_set_private", &[V, V, V], V, true),
    // object, name, value, 1 for a (read-only) method.
    e("kiln_define_private", &[V, V, V, I], V, true),
    e("kiln_define_private_accessor", &[V, V, V, V], V, true),
    e("kiln_has_private", &[V, V], V, true),
    // Generators.
    e("kiln_generator_create", &[V], V, true),
    // Computed instance field keys: stored on the fields initializer, read back by index.
    e("kiln_set_field_keys", &[V, V], V, false),
    e("kiln_field_key", &[V, I], V, false),
    // An ES module's import from a core module (by name, checked at compile time).
    e("kiln_core_module", &[V], V, false),
    // generator, state, locals array, count.
    e("kiln_gen_suspend", &[V, I, P, I], V, false),
    // The saved locals of a generator being resumed.
    e("kiln_gen_frame", &[V], P, false),
    e("kiln_gen_state", &[V], I, false),
    // iterator, received value, mode (0 next, 1 throw, 2 return) → result object.
    e("kiln_yield_star_step", &[V, V, V], V, true),
    // Async functions: runs the body up to its first await; returns the call's promise.
    e("kiln_async_start", &[V], V, false),
    // The same for a module body that awaits at top level.
    e("kiln_tla_start", &[V], V, false),
    // A promise rejected with the value (an async function's parameters threw).
    e("kiln_rejected_promise", &[V], V, false),
    // Async generators: marks the next suspension as a yield (else it is an await).
    e("kiln_gen_mark_yield", &[V], V, false),
    // Async iteration (`for await`, async `yield*`) on a record from kiln_async_iter_init;
    // each step gives back what the method returned, for the caller to await; the yield*
    // step and close give HOLE when the method is missing.
    e("kiln_async_iter_init", &[V], V, true),
    e("kiln_async_iter_next", &[V], V, true),
    e("kiln_async_yield_star_step", &[V, V, V], V, true),
    e("kiln_async_iter_close", &[V], V, true),
    e("kiln_iter_result_check", &[V], V, true),
    // Exceptions.
    e("kiln_throw", &[V], V, true),
    e("kiln_take_exception", &[], V, false),
    e("kiln_throw_tdz", &[V], V, true),
    e("kiln_throw_const_assign", &[V], V, true),
    e("kiln_stack_overflow", &[], V, true),
    // Iteration protocols.
    e("kiln_for_in_init", &[V], V, true),
    e("kiln_for_in_next", &[V], V, false),
    e("kiln_iter_init", &[V], V, true),
    e("kiln_iter_next", &[V], V, true),
    e("kiln_iter_close", &[V, I], V, true),
];

pub fn lookup(name: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.name == name)
}

/// Name of the data symbol holding the lowest address the stack may grow to; compiled
/// prologues compare the stack pointer against it.
pub const STACK_LIMIT_SYMBOL: &str = "kiln_stack_limit";
/// Name of the function compiled code exports as the program's entry (the module function).
pub const MAIN_SYMBOL: &str = "kiln_js_main";
