//! The built-in iterators over arrays and strings (§23.1.5, §22.1.5): Array.prototype's
//! keys/values/entries and [Symbol.iterator], String.prototype[Symbol.iterator], and the
//! `next` of %ArrayIteratorPrototype% and %StringIteratorPrototype%. Their objects are the
//! ListIterator records that `for-of` also makes for arrays and strings (props.rs), with the
//! iteration kind.

use crate::builtins::array::length_of;
use crate::builtins::method;
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs};
use crate::generator::iter_result;
use crate::object::{self, Class, ListIterator, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, WRITABLE};
use crate::string;
use crate::value::Value;

/// ListIterator kinds.
pub const VALUES: u8 = 0;
pub const KEYS: u8 = 1;
pub const ENTRIES: u8 = 2;
/// Code points of a string.
pub const STRING: u8 = 3;

/// A finished iterator's position.
const DONE: usize = usize::MAX;

pub fn new_list_iterator(target: Value, kind: u8) -> Value {
    let proto = if kind == STRING { realm().string_iterator_prototype } else { realm().array_iterator_prototype };
    let it = object::alloc(std::mem::size_of::<ListIterator>(), Class::ListIterator, proto) as *mut ListIterator;
    unsafe {
        (*it).target = target;
        (*it).pos = 0;
        (*it).kind = kind;
    }
    Value::object(it as *mut Object)
}

fn list_iterator(v: Value, string_kind: bool) -> Option<&'static mut ListIterator> {
    let o = v.object_ref()?;
    if o.class() != Class::ListIterator {
        return None;
    }
    let it = unsafe { &mut *(v.as_object() as *mut ListIterator) };
    ((it.kind == STRING) == string_kind).then_some(it)
}

fn values(a: &CallArgs) -> JsResult<Value> {
    Ok(new_list_iterator(conv::to_object(a.this)?, VALUES))
}

fn keys(a: &CallArgs) -> JsResult<Value> {
    Ok(new_list_iterator(conv::to_object(a.this)?, KEYS))
}

fn entries(a: &CallArgs) -> JsResult<Value> {
    Ok(new_list_iterator(conv::to_object(a.this)?, ENTRIES))
}

/// %ArrayIteratorPrototype%.next.
fn array_iterator_next(a: &CallArgs) -> JsResult<Value> {
    let Some(it) = list_iterator(a.this, false) else {
        return Err(error::throw_type_error(&format!(
            "next method called on incompatible receiver {}",
            conv::display_string(a.this)
        )));
    };
    if it.pos == DONE {
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    let target = it.target;
    let len = length_of(target)?;
    let it = list_iterator(a.this, false).unwrap();
    let i = it.pos;
    if i as u64 >= len {
        it.pos = DONE;
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    it.pos = i + 1;
    let key = Value::from_f64(i as f64);
    let kind = it.kind;
    if kind == KEYS {
        return Ok(iter_result(key, false));
    }
    let v = object::get(target, crate::builtins::array::index_key(i as u64), target)?;
    if kind == VALUES {
        return Ok(iter_result(v, false));
    }
    Ok(iter_result(object::new_array(vec![key, v]), false))
}

/// String.prototype[Symbol.iterator].
fn string_iterator(a: &CallArgs) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error(&format!(
            "String.prototype[Symbol.iterator] called on null or undefined"
        )));
    }
    let s = conv::to_string(a.this)?;
    Ok(new_list_iterator(Value::string(s), STRING))
}

/// %StringIteratorPrototype%.next.
fn string_iterator_next(a: &CallArgs) -> JsResult<Value> {
    if list_iterator(a.this, true).is_none() {
        return Err(error::throw_type_error(&format!(
            "next method called on incompatible receiver {}",
            conv::display_string(a.this)
        )));
    }
    let v = crate::props::kiln_iter_next(a.this);
    if v.is_exception() {
        return Err(Thrown);
    }
    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
}

pub fn install() {
    let r = realm();
    let proto = r.array_prototype;
    let values_fn = method(proto, "values", 0, values);
    method(proto, "keys", 0, keys);
    method(proto, "entries", 0, entries);
    unsafe { (*proto.as_object()).define_named(r.sym_iterator, values_fn, WRITABLE | CONFIGURABLE) };
    r.array_values = values_fn;
    // Array.prototype[Symbol.unscopables] (§23.1.3.41).
    let unscopables = Value::object(object::new_ordinary(Value::NULL));
    for name in [
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap",
        "includes", "keys", "values", "toReversed", "toSorted", "toSpliced",
    ] {
        // (V8's order, which node prints; the spec lists `values` last.)
        unsafe { (*unscopables.as_object()).define_named(crate::atoms::intern_str(name), Value::TRUE, crate::shape::DEFAULT) };
    }
    unsafe { (*proto.as_object()).define_named(r.sym_unscopables, unscopables, CONFIGURABLE) };

    let aip = r.array_iterator_prototype;
    method(aip, "next", 0, array_iterator_next);
    let tag = |o: Value, t: &str| unsafe {
        (*o.as_object()).define_named(r.sym_to_string_tag, string::value_from_str(t), CONFIGURABLE)
    };
    tag(aip, "Array Iterator");
    let sip = r.string_iterator_prototype;
    method(sip, "next", 0, string_iterator_next);
    tag(sip, "String Iterator");
    let si = function::native("[Symbol.iterator]", 0, string_iterator, 0);
    r.string_iterator_fn = si;
    unsafe { (*r.string_prototype.as_object()).define_named(r.sym_iterator, si, WRITABLE | CONFIGURABLE) };
}
