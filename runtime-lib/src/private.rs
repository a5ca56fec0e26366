//! Private class members (`#x`): each private name is a symbol flagged private, which
//! property listings skip; the operations here add the brand checks and errors the spec
//! requires (a missing member is a TypeError, fields are added once, methods are read-only).

use crate::error::{self, JsResult, Thrown};
use crate::object::{self, Key, Prop};
use crate::shape::WRITABLE;
use crate::string;
use crate::symbol;
use crate::value::Value;

/// Header flag of a symbol cell that is a private name.
pub const PRIVATE_SYMBOL: u8 = 16;

pub fn is_private(key: Value) -> bool {
    key.is_symbol() && unsafe { (*key.as_symbol()).header.flags } & PRIVATE_SYMBOL != 0
}

fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

fn name_of(sym: Value) -> String {
    let d = symbol::description(sym);
    if d.is_string() { string::to_rust(d.as_string()) } else { String::new() }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_new_private_name(description: Value) -> Value {
    let s = symbol::new(description);
    unsafe { (*s.as_symbol()).header.flags |= PRIVATE_SYMBOL };
    s
}

fn own(o: Value, sym: Value) -> Option<Prop> {
    if !o.is_object() {
        return None;
    }
    unsafe { (*o.as_object()).get_own(Key::Name(sym)) }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_get_private(o: Value, sym: Value) -> Value {
    ret((|| match own(o, sym) {
        Some(Prop::Data(v, _)) => Ok(v),
        Some(Prop::Accessor(g, _, _)) => {
            if g.is_undefined() {
                return Err(error::throw_type_error(&format!("'{}' was defined without a getter", name_of(sym))));
            }
            crate::function::call(g, o, &[])
        }
        None => Err(error::throw_type_error(&format!(
            "Cannot read private member {} from an object whose class did not declare it",
            name_of(sym)
        ))),
    })())
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_private(o: Value, sym: Value, v: Value) -> Value {
    ret((|| match own(o, sym) {
        Some(Prop::Data(_, attrs)) => {
            if attrs & WRITABLE == 0 {
                return Err(error::throw_type_error(&format!("Private method '{}' is not writable", name_of(sym))));
            }
            unsafe { (*o.as_object()).define_named(sym, v, attrs) };
            Ok(Value::UNDEFINED)
        }
        Some(Prop::Accessor(_, s, _)) => {
            if s.is_undefined() {
                return Err(error::throw_type_error(&format!("'{}' was defined without a setter", name_of(sym))));
            }
            crate::function::call(s, o, &[v])?;
            Ok(Value::UNDEFINED)
        }
        None => Err(error::throw_type_error(&format!(
            "Cannot write private member {} to an object whose class did not declare it",
            name_of(sym)
        ))),
    })())
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_define_private(o: Value, sym: Value, v: Value, method: u64) -> Value {
    if own(o, sym).is_some() {
        error::throw_type_error(&format!("Cannot initialize {} twice on the same object", name_of(sym)));
        return Value::EXCEPTION;
    }
    let attrs = if method != 0 { 0 } else { WRITABLE };
    unsafe { (*o.as_object()).define_named(sym, v, attrs) };
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_define_private_accessor(o: Value, sym: Value, getter: Value, setter: Value) -> Value {
    if own(o, sym).is_some() {
        error::throw_type_error(&format!("Cannot initialize private methods of class {} twice on the same object", name_of(sym)));
        return Value::EXCEPTION;
    }
    object::define_accessor(unsafe { &mut *o.as_object() }, sym, getter, setter, 0);
    Value::UNDEFINED
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_has_private(o: Value, sym: Value) -> Value {
    if !o.is_object() {
        error::throw_type_error(&format!(
            "Cannot use 'in' operator to search for '{}' in {}",
            name_of(sym),
            crate::conv::display_string(o)
        ));
        return Value::EXCEPTION;
    }
    Value::bool(own(o, sym).is_some())
}
