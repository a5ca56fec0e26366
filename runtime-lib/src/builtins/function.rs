//! Function.prototype (§20.2.3): call, apply, toString.

use crate::builtins::method;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::object::{self, Key};
use crate::realm::realm;
use crate::value::Value;

pub fn install() {
    let fp = realm().function_prototype;
    method(fp, "call", 1, call);
    method(fp, "apply", 2, apply);
    method(fp, "toString", 0, to_string);
}

fn call(a: &CallArgs) -> JsResult<Value> {
    let rest = if a.args.len() > 1 { &a.args[1..] } else { &[] };
    function::call(a.this, a.arg(0), rest)
}

/// CreateListFromArrayLike.
pub fn list_from_array_like(v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    if !v.is_object() {
        return Err(error::throw_type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = crate::conv::to_number(object::get(v, Key::Name(crate::atoms::common().length), v)?)? as usize;
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        out.push(object::get(v, Key::Index(i as u32), v)?);
    }
    Ok(out)
}

fn apply(a: &CallArgs) -> JsResult<Value> {
    let args = list_from_array_like(a.arg(1))?;
    function::call(a.this, a.arg(0), &args)
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    if !function::is_callable(a.this) {
        return Err(error::throw_type_error("Function.prototype.toString requires that 'this' be a Function"));
    }
    let f = unsafe { &*(a.this.as_object() as *const crate::object::FunctionObject) };
    let info = unsafe { &*f.info };
    if !info.source_ptr.is_null() {
        let src = unsafe { std::slice::from_raw_parts(info.source_ptr, info.source_len as usize) };
        return Ok(crate::string::value_from_str(&String::from_utf8_lossy(src)));
    }
    let name = function::name_of(a.this);
    Ok(crate::string::value_from_str(&format!("function {name}() {{ [native code] }}")))
}
