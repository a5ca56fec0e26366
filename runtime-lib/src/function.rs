//! Function objects and calls: creating closures for compiled functions and native builtins
//! alike (both follow the JS calling convention of `kiln_abi::value::JS_CALL_PARAMS`),
//! [[Call]] and [[Construct]] from Rust, and the `kiln_call`/`kiln_construct` slow paths.

use kiln_abi::value::{FUNC_ARROW, FUNC_CLASS, FUNC_CONSTRUCTOR, FUNC_INFO_SIZE, FUNC_NATIVE_CONSTRUCTOR};

use crate::atoms;
use crate::error::{self, JsResult, Thrown};
use crate::object::{self, Class, FunctionObject, Key, Object};
use crate::realm::realm;
use crate::shape::CONFIGURABLE;
use crate::string;
use crate::value::Value;

/// Static description of a function; see `kiln_abi::value::FUNC_INFO_SIZE` for the layout
/// compiled code emits.
#[repr(C)]
pub struct FuncInfo {
    pub name_ptr: *const u8,
    pub name_len: u64,
    pub length: u32,
    pub flags: u32,
    /// For builtins: the Rust function behind [`native_trampoline`].
    pub native: Option<NativeFn>,
    pub source_ptr: *const u8,
    pub source_len: u64,
}

const _: () = assert!(std::mem::size_of::<FuncInfo>() == FUNC_INFO_SIZE);

/// The arguments of a native builtin.
pub struct CallArgs<'a> {
    pub callee: Value,
    pub this: Value,
    pub args: &'a [Value],
    /// `undefined` unless called by `new`.
    pub new_target: Value,
}

impl CallArgs<'_> {
    #[inline]
    pub fn arg(&self, i: usize) -> Value {
        self.args.get(i).copied().unwrap_or(Value::UNDEFINED)
    }
}

pub type NativeFn = fn(&CallArgs) -> JsResult<Value>;

pub type JsCode = unsafe extern "C" fn(Value, Value, *const Value, u64, Value) -> Value;

/// The code pointer of every native function object: dispatches to the Rust function in the
/// callee's FuncInfo.
unsafe extern "C" fn native_trampoline(callee: Value, this: Value, argv: *const Value, argc: u64, nt: Value) -> Value {
    let f = &*(callee.as_object() as *const FunctionObject);
    let native = (*f.info).native.unwrap_unchecked();
    let args = if argc == 0 { &[][..] } else { std::slice::from_raw_parts(argv, argc as usize) };
    match native(&CallArgs { callee, this, args, new_target: nt }) {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

fn alloc_function(code: usize, env: Value, info: *const FuncInfo, proto: Value) -> *mut Object {
    let o = object::alloc(std::mem::size_of::<FunctionObject>(), Class::Function, proto);
    unsafe {
        let f = o as *mut FunctionObject;
        (*f).code = code;
        (*f).env = env;
        (*f).info = info;
        (*f).home = Value::UNDEFINED;
        (*f).fields = Value::UNDEFINED;
    }
    o
}

/// A closure over `env` for a compiled function: `length`, `name` and, for constructors, a
/// fresh `prototype` object, as OrdinaryFunctionCreate and MakeConstructor do.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_make_function(code: usize, env: Value, info: *const FuncInfo, name: Value) -> Value {
    let r = realm();
    let info_ref = unsafe { &*info };
    let proto = match (info_ref.flags & kiln_abi::value::FUNC_GENERATOR != 0, info_ref.flags & kiln_abi::value::FUNC_ASYNC != 0) {
        (false, false) => r.function_prototype,
        (true, false) => r.generator_function_prototype,
        (false, true) => r.async_function_prototype,
        (true, true) => r.async_generator_function_prototype,
    };
    let o = alloc_function(code, env, info, proto);
    let f = Value::object(o);
    let info = info_ref;
    let obj = unsafe { &mut *o };
    // Every function starts with `length` then `name`: one shared shape.
    obj.shape = r.function_shape();
    obj.slots.push(Value::int(info.length as i32));
    obj.slots.push(name);
    if info.flags & (FUNC_CONSTRUCTOR | kiln_abi::value::FUNC_GENERATOR) != 0 {
        obj.header.flags |= object::LAZY_PROTOTYPE;
    }
    f
}

/// Whether `v` is a class constructor.
pub fn is_class_constructor(v: Value) -> bool {
    v.object_ref().is_some_and(|o| {
        o.class() == Class::Function && unsafe { (*(*(o as *const Object as *const FunctionObject)).info).flags } & FUNC_CLASS != 0
    })
}

/// A native builtin function object.
pub fn native(name: &str, length: u32, f: NativeFn, flags: u32) -> Value {
    let name_bytes: &'static [u8] = Box::leak(name.as_bytes().to_vec().into_boxed_slice());
    let info = Box::leak(Box::new(FuncInfo {
        name_ptr: name_bytes.as_ptr(),
        name_len: name_bytes.len() as u64,
        length,
        flags,
        native: Some(f),
        source_ptr: std::ptr::null(),
        source_len: 0,
    }));
    let o = alloc_function(native_trampoline as *const () as usize, Value::UNDEFINED, info, realm().function_prototype);
    let obj = unsafe { &mut *o };
    let c = atoms::common();
    obj.define_named(c.length, Value::int(length as i32), CONFIGURABLE);
    obj.define_named(c.name, atoms::intern_str(name), CONFIGURABLE);
    Value::object(o)
}

struct ClosureInfos(std::cell::UnsafeCell<Option<std::collections::HashMap<usize, (&'static FuncInfo, Value)>>>);
unsafe impl Sync for ClosureInfos {}
static CLOSURE_INFOS: ClosureInfos = ClosureInfos(std::cell::UnsafeCell::new(None));

/// A native function carrying `data` (read back with [`data_of`]): for the closures the
/// runtime makes as it runs (promise resolving functions, await continuations). One
/// FuncInfo per Rust function, made on first use.
pub fn native_with_data(name: &str, length: u32, f: NativeFn, data: Value) -> Value {
    native_with_data_flags(name, length, f, data, 0)
}

/// [`native_with_data`] with FuncInfo flags (e.g. a native constructor).
pub fn native_with_data_flags(name: &str, length: u32, f: NativeFn, data: Value, flags: u32) -> Value {
    let cache = unsafe { (*CLOSURE_INFOS.0.get()).get_or_insert_with(Default::default) };
    let (info, name_atom) = *cache.entry(f as usize ^ (flags as usize) << 56).or_insert_with(|| {
        let name_bytes: &'static [u8] = Box::leak(name.as_bytes().to_vec().into_boxed_slice());
        let info: &'static FuncInfo = Box::leak(Box::new(FuncInfo {
            name_ptr: name_bytes.as_ptr(),
            name_len: name_bytes.len() as u64,
            length,
            flags,
            native: Some(f),
            source_ptr: std::ptr::null(),
            source_len: 0,
        }));
        (info, atoms::intern_str(name))
    });
    let r = realm();
    let o = alloc_function(native_trampoline as *const () as usize, data, info, r.function_prototype);
    let obj = unsafe { &mut *o };
    obj.shape = r.function_shape();
    obj.slots.push(Value::int(length as i32));
    obj.slots.push(name_atom);
    Value::object(o)
}

/// The data of a function made by [`native_with_data`].
pub fn data_of(f: Value) -> Value {
    unsafe { (*(f.as_object() as *const FunctionObject)).env }
}

pub fn is_callable(v: Value) -> bool {
    v.object_ref().is_some_and(|o| o.is_callable())
}

pub fn is_constructor(v: Value) -> bool {
    match v.object_ref() {
        Some(o) if o.is_callable() => {
            let flags = unsafe { (*o.as_function().info).flags };
            flags & (FUNC_CONSTRUCTOR | FUNC_NATIVE_CONSTRUCTOR) != 0 && flags & FUNC_ARROW == 0
        }
        _ => false,
    }
}

/// The FuncInfo flags of a function object (`FUNC_CLASS`, `FUNC_ASYNC`, ...).
pub fn flags_of(f: Value) -> u32 {
    match f.object_ref() {
        Some(o) if o.class() == Class::Function => unsafe { (*(*(o as *const Object as *const FunctionObject)).info).flags },
        _ => 0,
    }
}

/// The function's `name` as a Rust string (for messages and inspection).
pub fn name_of(f: Value) -> String {
    match object::get(f, Key::Name(atoms::common().name), f) {
        Ok(v) if v.is_string() => string::to_rust(v.as_string()),
        _ => String::new(),
    }
}

/// [[Call]].
pub fn call(callee: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    if !is_callable(callee) {
        return Err(error::throw_type_error(&format!("{} is not a function", crate::conv::display_string(callee))));
    }
    invoke(callee, this, args, Value::UNDEFINED)
}

fn invoke(callee: Value, this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    // Builtins that call back into JS (join → toString → join ...) can recurse without a
    // compiled prologue in between: the same limit holds for them.
    let here = 0u8;
    if (&here as *const u8 as usize) < unsafe { crate::start::kiln_stack_limit } {
        crate::error::kiln_stack_overflow();
        return Err(Thrown);
    }
    let f = unsafe { &*(callee.as_object() as *const FunctionObject) };
    let code: JsCode = unsafe { std::mem::transmute(f.code) };
    let r = unsafe { code(callee, this, args.as_ptr(), args.len() as u64, new_target) };
    if r.is_exception() { Err(Thrown) } else { Ok(r) }
}

/// [[Construct]] with `new_target` as NewTarget.
pub fn construct(callee: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if !is_constructor(callee) {
        return Err(error::throw_type_error(&format!("{} is not a constructor", crate::conv::display_string(callee))));
    }
    let flags = unsafe { (*(*(callee.as_object() as *const FunctionObject)).info).flags };
    if flags & FUNC_NATIVE_CONSTRUCTOR != 0 {
        return invoke(callee, Value::UNDEFINED, args, new_target);
    }
    if flags & kiln_abi::value::FUNC_DERIVED != 0 {
        // The constructor binds `this` through super() and returns it (lowering checks it).
        return invoke(callee, Value::UNDEFINED, args, new_target);
    }
    let proto = get_prototype_from_constructor(new_target, realm().object_prototype)?;
    let obj = Value::object(object::new_ordinary(proto));
    let r = invoke(callee, obj, args, new_target)?;
    Ok(if r.is_object() { r } else { obj })
}

/// GetPrototypeFromConstructor: `new_target.prototype` if it is an object, else `fallback`.
pub fn get_prototype_from_constructor(new_target: Value, fallback: Value) -> JsResult<Value> {
    if !new_target.is_object() {
        return Ok(fallback);
    }
    let p = object::get(new_target, Key::Name(atoms::common().prototype), new_target)?;
    Ok(if p.is_object() { p } else { fallback })
}

fn args_slice<'a>(argv: *const Value, argc: u64) -> &'a [Value] {
    if argc == 0 { &[] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } }
}

/// A call whose callee compiled code could not call inline. `what` names the callee
/// expression for the TypeError ("obj.method is not a function").
#[unsafe(no_mangle)]
pub extern "C" fn kiln_call(callee: Value, this: Value, argv: *const Value, argc: u64, what: Value) -> Value {
    if !is_callable(callee) {
        error::throw_type_error(&format!("{} is not a function", string::to_rust(what.as_string())));
        return Value::EXCEPTION;
    }
    invoke(callee, this, args_slice(argv, argc), Value::UNDEFINED).unwrap_or(Value::EXCEPTION)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_construct(callee: Value, argv: *const Value, argc: u64, what: Value) -> Value {
    if !is_constructor(callee) {
        error::throw_type_error(&format!("{} is not a constructor", string::to_rust(what.as_string())));
        return Value::EXCEPTION;
    }
    construct(callee, args_slice(argv, argc), callee).unwrap_or(Value::EXCEPTION)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_rest_array(argv: *const Value, argc: u64, start: u64) -> Value {
    let args = args_slice(argv, argc);
    object::new_array_from_slice(args.get(start as usize..).unwrap_or(&[]))
}

/// `f(...args)`: the arguments were gathered into an array.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_call_spread(callee: Value, this: Value, args: Value, what: Value) -> Value {
    let list = unsafe { (*args.as_object()).elements.clone() };
    if !is_callable(callee) {
        error::throw_type_error(&format!("{} is not a function", string::to_rust(what.as_string())));
        return Value::EXCEPTION;
    }
    // `args` stays reachable from the caller's frame while `list` is in use.
    invoke(callee, this, &list, Value::UNDEFINED).unwrap_or(Value::EXCEPTION)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_construct_spread(callee: Value, args: Value, what: Value) -> Value {
    let list = unsafe { (*args.as_object()).elements.clone() };
    if !is_constructor(callee) {
        error::throw_type_error(&format!("{} is not a constructor", string::to_rust(what.as_string())));
        return Value::EXCEPTION;
    }
    construct(callee, &list, callee).unwrap_or(Value::EXCEPTION)
}
