//! The realm: the intrinsic objects (prototypes, constructors) and the global object, made
//! once at start-up and kept alive for the whole run.

use crate::gc::Tracer;
use crate::object::{self, Class, FunctionObject};
use crate::value::Value;

macro_rules! realm_fields {
    ($($f:ident),* $(,)?) => {
        pub struct Realm { $(pub $f: Value,)* }
        impl Realm {
            fn empty() -> Realm { Realm { $($f: Value::UNDEFINED,)* } }
            pub fn trace(&self, t: &mut Tracer) { $(t.value(self.$f);)* }
        }
    };
}

realm_fields! {
    global, object_prototype, function_prototype, array_prototype, string_prototype,
    number_prototype, boolean_prototype, symbol_prototype, bigint_prototype, error_prototype,
    type_error_prototype, range_error_prototype, reference_error_prototype,
    syntax_error_prototype, eval_error_prototype, uri_error_prototype,
    array_iterator_prototype, object_constructor, array_constructor, function_constructor,
    iterator_prototype, generator_prototype, promise_prototype, promise_constructor,
    string_iterator_prototype, array_values, string_iterator_fn,
    async_iterator_prototype, async_generator_prototype, generator_function_prototype,
    async_function_prototype, async_generator_function_prototype,
    aggregate_error_prototype, throw_type_error, timeout_prototype, immediate_prototype, process_events,
    // %ThrowTypeError% as the getter and setter of one accessor pair: the `callee` of every
    // unmapped arguments object (made on first use).
    throw_type_error_pair,
    // Well-known symbols (§6.1.5.1).
    sym_iterator, sym_async_iterator, sym_has_instance, sym_to_primitive, sym_to_string_tag,
    sym_species, sym_is_concat_spreadable, sym_unscopables, sym_match, sym_match_all,
    sym_replace, sym_search, sym_split,
    process, core_modules,
    // CommonJS (cjs.rs): `require.cache`, the main module (`require.main`),
    // `require.extensions`.
    require_cache, main_module, require_extensions,
}

impl Realm {
    /// The shape of a new function object: `length`, then `name`.
    pub fn function_shape(&self) -> *const crate::shape::Shape {
        static mut SHAPE: *const crate::shape::Shape = std::ptr::null();
        unsafe {
            if SHAPE.is_null() {
                let c = crate::atoms::common();
                let a = (*crate::shape::root()).with_added(c.length, crate::shape::CONFIGURABLE);
                SHAPE = (*a).with_added(c.name, crate::shape::CONFIGURABLE);
            }
            SHAPE
        }
    }
}

struct Global(std::cell::UnsafeCell<Option<Realm>>);
unsafe impl Sync for Global {}
static REALM: Global = Global(std::cell::UnsafeCell::new(None));

#[inline]
pub fn realm() -> &'static mut Realm {
    unsafe { (*REALM.0.get()).as_mut().unwrap_unchecked() }
}

pub fn trace(t: &mut Tracer) {
    if let Some(r) = unsafe { (*REALM.0.get()).as_ref() } {
        r.trace(t);
    }
}

unsafe extern "C" fn empty_function(_: Value, _: Value, _: *const Value, _: u64, _: Value) -> Value {
    Value::UNDEFINED
}

/// Creates the intrinsics and the global object.
pub fn init() {
    unsafe { *REALM.0.get() = Some(Realm::empty()) };
    let r = realm();
    r.object_prototype = Value::object(object::new_ordinary(Value::NULL));
    // Function.prototype is itself a function that accepts anything and returns undefined.
    let fp = object::alloc(std::mem::size_of::<FunctionObject>(), Class::Function, r.object_prototype);
    unsafe {
        let f = fp as *mut FunctionObject;
        (*f).code = empty_function as *const () as usize;
        (*f).env = Value::UNDEFINED;
        (*f).home = Value::UNDEFINED;
        (*f).fields = Value::UNDEFINED;
        (*f).info = Box::leak(Box::new(crate::function::FuncInfo {
            name_ptr: b"".as_ptr(),
            name_len: 0,
            length: 0,
            flags: 0,
            native: None,
            source_ptr: std::ptr::null(),
            source_len: 0,
        }));
    }
    r.function_prototype = Value::object(fp);
    let plain = || Value::object(object::new_ordinary(realm().object_prototype));
    r.array_prototype = crate::object::new_array(Vec::new());
    unsafe { (*r.array_prototype.as_object()).proto = r.object_prototype };
    r.string_prototype = plain();
    r.number_prototype = plain();
    r.boolean_prototype = plain();
    r.symbol_prototype = plain();
    r.bigint_prototype = plain();
    r.error_prototype = plain();
    let ep = r.error_prototype;
    let sub = || Value::object(object::new_ordinary(ep));
    r.type_error_prototype = sub();
    r.range_error_prototype = sub();
    r.reference_error_prototype = sub();
    r.syntax_error_prototype = sub();
    r.eval_error_prototype = sub();
    r.uri_error_prototype = sub();
    r.aggregate_error_prototype = sub();
    r.iterator_prototype = plain();
    let ip = r.iterator_prototype;
    r.array_iterator_prototype = Value::object(object::new_ordinary(ip));
    r.generator_prototype = Value::object(object::new_ordinary(ip));
    r.string_iterator_prototype = Value::object(object::new_ordinary(ip));
    r.async_iterator_prototype = plain();
    r.async_generator_prototype = Value::object(object::new_ordinary(r.async_iterator_prototype));
    let fp = r.function_prototype;
    let sub_fn = || Value::object(object::new_ordinary(fp));
    r.generator_function_prototype = sub_fn();
    r.async_function_prototype = sub_fn();
    r.async_generator_function_prototype = sub_fn();
    crate::builtins::symbol::make_well_known();
    r.global = plain();
    crate::builtins::install();
}
