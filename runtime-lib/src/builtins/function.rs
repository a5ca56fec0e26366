//! Function.prototype (§20.2.3): call, apply, bind, toString, Symbol.hasInstance; the
//! Function, GeneratorFunction, AsyncFunction and AsyncGeneratorFunction constructors, which
//! exist (with their prototype objects linked as the spec links them) but throw: a compiled
//! program cannot compile source text at run time.

use crate::builtins::method;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::CONFIGURABLE;
use crate::value::Value;

fn throw_type_error(_: &CallArgs) -> JsResult<Value> {
    Err(error::throw_type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}

pub fn install() {
    let fp = realm().function_prototype;
    method(fp, "call", 1, call);
    method(fp, "apply", 2, apply);
    method(fp, "toString", 0, to_string);
    method(fp, "bind", 1, bind);
    let r = realm();
    let has_instance = function::native("[Symbol.hasInstance]", 1, has_instance, 0);
    unsafe { (*fp.as_object()).define_named(r.sym_has_instance, has_instance, 0) };
    // %ThrowTypeError% (§10.2.4.1): one frozen function, the getter and setter of
    // Function.prototype's `caller` and `arguments` and of a strict arguments object's `callee`.
    let tte = function::native("", 0, throw_type_error, 0);
    let common = crate::atoms::common();
    unsafe {
        let o = &mut *tte.as_object();
        o.define_named(common.length, Value::int(0), 0);
        o.define_named(common.name, common.empty, 0);
        o.prevent_extensions();
        for name in [common.caller, common.arguments] {
            object::define_accessor(&mut *fp.as_object(), name, tte, tte, CONFIGURABLE);
        }
    }
    r.throw_type_error = tte;
    let f = crate::builtins::constructor("Function", 1, code_from_string, fp);
    r.function_constructor = f;
    let tag = |o: Value, t: &str| unsafe {
        (*o.as_object()).define_named(r.sym_to_string_tag, crate::string::value_from_str(t), CONFIGURABLE)
    };
    for (name, proto, instances) in [
        ("GeneratorFunction", r.generator_function_prototype, Some(r.generator_prototype)),
        ("AsyncGeneratorFunction", r.async_generator_function_prototype, Some(r.async_generator_prototype)),
        ("AsyncFunction", r.async_function_prototype, None),
    ] {
        let c = function::native(name, 1, code_from_string, kiln_abi::value::FUNC_NATIVE_CONSTRUCTOR);
        let common = crate::atoms::common();
        unsafe {
            (*c.as_object()).proto = f;
            (*c.as_object()).define_named(common.prototype, proto, 0);
            if let Some(i) = instances {
                (*proto.as_object()).define_named(common.prototype, i, CONFIGURABLE);
                (*i.as_object()).define_named(common.constructor, proto, CONFIGURABLE);
            }
            (*proto.as_object()).define_named(common.constructor, c, CONFIGURABLE);
        }
        tag(proto, name);
    }
}

/// `Function(...)`, `new Function(...)` and the generator/async variants: an EvalError, as
/// node gives when code generation from strings is disallowed.
fn code_from_string(_: &CallArgs) -> JsResult<Value> {
    Err(error::throw_error(
        error::ErrorKind::EvalError,
        "Code generation from strings is not supported in a compiled program (the Function constructor)",
    ))
}

/// Function.prototype[Symbol.hasInstance]: OrdinaryHasInstance.
fn has_instance(a: &CallArgs) -> JsResult<Value> {
    if !function::is_callable(a.this) {
        return Ok(Value::FALSE);
    }
    let target = bound_target(a.this).unwrap_or(a.this);
    let v = a.arg(0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let proto = object::get(target, Key::Name(crate::atoms::common().prototype), target)?;
    if !proto.is_object() {
        return Err(error::throw_type_error("Function has non-object prototype 'undefined' in instanceof check"));
    }
    let mut cur = unsafe { (*v.as_object()).proto };
    while cur.is_object() {
        if cur == proto {
            return Ok(Value::TRUE);
        }
        cur = unsafe { (*cur.as_object()).proto };
    }
    Ok(Value::FALSE)
}

/// Bound functions are native closures whose data is [target, boundThis, ...boundArgs].
fn bound_target(f: Value) -> Option<Value> {
    let fo = unsafe { &*(f.as_object() as *const crate::object::FunctionObject) };
    let info = unsafe { &*fo.info };
    let native = info.native?;
    if native as usize == bound_call as *const () as usize || native as usize == bound_construct as *const () as usize {
        let data = fo.env;
        return Some(unsafe { (&(*data.as_object()).elements)[0] });
    }
    None
}

/// Function.prototype.bind (§20.2.3.2).
fn bind(a: &CallArgs) -> JsResult<Value> {
    let target = a.this;
    if !function::is_callable(target) {
        return Err(error::throw_type_error("Bind must be called on a function"));
    }
    let mut data = vec![target, a.arg(0)];
    if a.args.len() > 1 {
        data.extend_from_slice(&a.args[1..]);
    }
    let bound_args = data.len() - 2;
    let data = object::new_array(data);
    let c = crate::atoms::common();
    let len = if object::has_property(target, Key::Name(c.length)) {
        let l = object::get(target, Key::Name(c.length), target)?;
        if l.is_number() { (crate::conv::to_integer_or_infinity(l)? - bound_args as f64).max(0.0) } else { 0.0 }
    } else {
        0.0
    };
    let name = object::get(target, Key::Name(c.name), target)?;
    let name = if name.is_string() { crate::string::to_rust(name.as_string()) } else { String::new() };
    let f = if function::is_constructor(target) {
        function::native_with_data_flags("bound", 0, bound_construct, data, kiln_abi::value::FUNC_NATIVE_CONSTRUCTOR)
    } else {
        function::native_with_data("bound", 0, bound_call, data)
    };
    let obj = unsafe { &mut *f.as_object() };
    obj.define_named(c.length, Value::number(len), crate::shape::CONFIGURABLE);
    obj.define_named(c.name, crate::string::value_from_str(&format!("bound {name}")), crate::shape::CONFIGURABLE);
    unsafe { (*f.as_object()).proto = (*target.as_object()).proto };
    Ok(f)
}

fn bound_parts(callee: Value, args: &[Value]) -> (Value, Value, Vec<Value>) {
    let data = function::data_of(callee);
    let d = unsafe { &*data.as_object() };
    let mut all: Vec<Value> = d.elements[2..].to_vec();
    all.extend_from_slice(args);
    (d.elements[0], d.elements[1], all)
}

fn bound_call(a: &CallArgs) -> JsResult<Value> {
    // The data array stays reachable through the callee while `args` is in use.
    let (target, this, args) = bound_parts(a.callee, a.args);
    function::call(target, this, &args)
}

fn bound_construct(a: &CallArgs) -> JsResult<Value> {
    let (target, this, args) = bound_parts(a.callee, a.args);
    if a.new_target.is_undefined() {
        return function::call(target, this, &args);
    }
    let nt = if a.new_target == a.callee { target } else { a.new_target };
    function::construct(target, &args, nt)
}

fn call(a: &CallArgs) -> JsResult<Value> {
    let rest = if a.args.len() > 1 { &a.args[1..] } else { &[] };
    function::call(a.this, a.arg(0), rest)
}

/// CreateListFromArrayLike, into a new array that no JS code can reach: the values (getters
/// may create them) stay rooted through it while they are used.
pub fn list_from_array_like(v: Value) -> JsResult<Value> {
    let list = object::new_array(Vec::new());
    if v.is_nullish() {
        return Ok(list);
    }
    if !v.is_object() {
        return Err(error::throw_type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = crate::conv::to_number(object::get(v, Key::Name(crate::atoms::common().length), v)?)? as usize;
    for i in 0..len {
        let x = object::get(v, Key::Index(i as u32), v)?;
        unsafe { (*list.as_object()).elements.push(x) };
    }
    Ok(list)
}

fn apply(a: &CallArgs) -> JsResult<Value> {
    let list = list_from_array_like(a.arg(1))?;
    let args = unsafe { (*list.as_object()).elements.clone() };
    let r = function::call(a.this, a.arg(0), &args);
    // `list` keeps the arguments alive until the call returns.
    std::hint::black_box(list);
    r
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    if !function::is_callable(a.this) {
        return Err(error::throw_type_error("Function.prototype.toString requires that 'this' be a Function"));
    }
    Ok(crate::string::value_from_str(&source_text(a.this)))
}

/// What Function.prototype.toString gives for a callable: its source text, or the
/// NativeFunction form for a builtin.
pub fn source_text(callable: Value) -> String {
    let f = unsafe { &*(callable.as_object() as *const crate::object::FunctionObject) };
    let info = unsafe { &*f.info };
    if !info.source_ptr.is_null() {
        let src = unsafe { std::slice::from_raw_parts(info.source_ptr, info.source_len as usize) };
        return String::from_utf8_lossy(src).into_owned();
    }
    format!("function {}() {{ [native code] }}", function::name_of(callable))
}
