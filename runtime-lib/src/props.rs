//! Property-access entry points for compiled code: named access with per-site inline caches,
//! element access with dense-array fast paths, global variables, object and array literals,
//! and the for-in / for-of iteration helpers.
//!
//! An inline cache is 32 bytes of writable data owned by one access site (see [`Ic`]). It
//! remembers the last receiver shape and the slot it found, so the next access with that
//! shape skips the lookup.

use kiln_abi::value::PAYLOAD_MASK;

use crate::atoms;
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::object::{self, Class, ForInIterator, Key, ListIterator, Object, Prop, ProtocolIterator};
use crate::realm::realm;
use crate::shape::{DEFAULT, Shape, WRITABLE};
use crate::string::{self, Units};
use crate::value::Value;

#[repr(C)]
pub struct Ic {
    /// The receiver's shape when the cache was filled.
    shape: *const Shape,
    slot: u32,
    /// Loads: 0 if the property is the receiver's own, 1 if its prototype's.
    kind: u32,
    /// Property-adding stores: the shape after the addition. Prototype loads: the prototype.
    new_shape: *const Shape,
    /// Property-adding stores: the epoch. Prototype loads: the prototype's shape.
    _reserved: u64,
}

const IC_OWN: u32 = 0;
const IC_PROTO: u32 = 1;

#[inline]
fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(Thrown) => Value::EXCEPTION,
    }
}

/// `obj.key` where `key` is an atom.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_get_prop(obj: Value, key: Value, ic: *mut Ic) -> Value {
    if obj.is_object() {
        let o = &*obj.as_object();
        if o.shape == (*ic).shape && !o.shape.is_null() {
            if (*ic).kind == IC_OWN {
                return *o.slots.get_unchecked((*ic).slot as usize);
            }
            // The receiver's shape says it lacks the key; the same prototype with the same
            // shape still has it in the same slot. (Unless the receiver is a function whose
            // `prototype` is yet to be made: its shape does not show it.)
            let p = o.proto;
            if p.0 == (*ic).new_shape as u64
                && (*p.as_object()).shape as u64 == (*ic)._reserved
                && o.header.flags & object::LAZY_PROTOTYPE == 0
            {
                let po = &*p.as_object();
                return *po.slots.get_unchecked((*ic).slot as usize);
            }
        }
        if !o.shape.is_null() {
            if let Some((slot, attrs)) = (*o.shape).lookup(key) {
                if attrs & crate::shape::ACCESSOR == 0 {
                    (*ic).shape = o.shape;
                    (*ic).slot = slot;
                    (*ic).kind = IC_OWN;
                    return o.slots[slot as usize];
                }
            } else if matches!(o.class(), Class::Ordinary | Class::Function | Class::Error)
                && o.proto.is_object()
                && o.header.flags & object::LAZY_PROTOTYPE == 0
            {
                let p = &*o.proto.as_object();
                if !p.shape.is_null() && matches!(p.class(), Class::Ordinary | Class::Function) {
                    if let Some((slot, attrs)) = (*p.shape).lookup(key) {
                        if attrs & crate::shape::ACCESSOR == 0 {
                            (*ic).shape = o.shape;
                            (*ic).slot = slot;
                            (*ic).kind = IC_PROTO;
                            (*ic).new_shape = o.proto.0 as *const Shape;
                            (*ic)._reserved = p.shape as u64;
                            return p.slots[slot as usize];
                        }
                    }
                }
            }
        }
    }
    ret(get_named(obj, key))
}

fn get_named(obj: Value, key: Value) -> JsResult<Value> {
    // Atoms that spell an index ("0") never reach here: the compiler emits element access.
    object::get_value(obj, Key::Name(key))
}

/// `obj.key = v`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_set_prop(obj: Value, key: Value, v: Value, ic: *mut Ic, strict: u64) -> Value {
    if obj.is_object() {
        let o = &mut *obj.as_object();
        let shape = o.shape;
        if !shape.is_null() && shape == (*ic).shape {
            if (*ic).new_shape.is_null() {
                *o.slots.get_unchecked_mut((*ic).slot as usize) = v;
                return Value::UNDEFINED;
            }
            if o.extensible() && (*ic).slot as usize == o.slots.len() && (*ic)._reserved == epoch() {
                o.shape = (*ic).new_shape;
                o.slots.push(v);
                return Value::UNDEFINED;
            }
        }
        if !shape.is_null() {
            match (*shape).lookup(key) {
                Some((slot, attrs)) if attrs == DEFAULT || attrs == WRITABLE | DEFAULT => {
                    o.slots[slot as usize] = v;
                    (*ic).shape = shape;
                    (*ic).slot = slot;
                    (*ic).new_shape = std::ptr::null();
                    return Value::UNDEFINED;
                }
                _ => {}
            }
        }
        let before = o.slots.len();
        let r = object::set_value(obj, Key::Name(key), v, strict != 0);
        // Cache a property-adding transition when the slow path appended exactly one slot.
        if r.is_ok() && !shape.is_null() && !o.shape.is_null() && o.slots.len() == before + 1 {
            (*ic).shape = shape;
            (*ic).slot = before as u32;
            (*ic).new_shape = o.shape;
            (*ic)._reserved = epoch();
        }
        return ret(r.map(|_| Value::UNDEFINED));
    }
    ret(object::set_value(obj, Key::Name(key), v, strict != 0).map(|_| Value::UNDEFINED))
}

/// Bumped whenever a setter or read-only property appears anywhere, or a prototype changes:
/// those are the only events that can make a cached property-adding store wrong.
static mut EPOCH: u64 = 1;

pub fn epoch() -> u64 {
    unsafe { EPOCH }
}

pub fn bump_epoch() {
    unsafe { EPOCH += 1 };
}

/// `obj[key]`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_get_elem(obj: Value, key: Value) -> Value {
    if obj.is_object() && key.is_int() {
        let o = unsafe { &*obj.as_object() };
        if let Some(&v) = o.elements.get(key.as_int() as u32 as usize) {
            if v != Value::HOLE {
                return v;
            }
        }
    }
    ret((|| {
        if obj.is_nullish() {
            // GetValue's ToObject(base) throws before the key is converted; a primitive key
            // converts without side effects, so node's message can still name it.
            if key.is_object() {
                let base = if obj.is_null() { "null" } else { "undefined" };
                return Err(error::throw_type_error(&format!("Cannot read properties of {base}")));
            }
            let k = conv::to_property_key(key)?;
            return object::get_value(obj, k);
        }
        let k = conv::to_property_key(key)?;
        object::get_value(obj, k)
    })())
}

/// `obj[key] = v`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_elem(obj: Value, key: Value, v: Value, strict: u64) -> Value {
    if obj.is_object() && key.is_int() {
        let o = unsafe { &mut *obj.as_object() };
        let i = key.as_int() as u32 as usize;
        // Elements with attributes (frozen, sealed, defined read-only or as accessors, or a
        // read-only array length) take the slow path.
        if matches!(o.class(), Class::Array | Class::Ordinary) && o.plain_elements() {
            if i < o.elements.len() && o.elements[i] != Value::HOLE {
                o.elements[i] = v;
                return Value::UNDEFINED;
            }
            if i == o.elements.len() && o.class() == Class::Array && o.extensible() && !proto_has_elements(o) {
                o.elements.push(v);
                return Value::UNDEFINED;
            }
        }
    }
    ret((|| {
        if obj.is_nullish() {
            let k = conv::to_property_key(key)?;
            return object::set_value(obj, k, v, strict != 0).map(|_| Value::UNDEFINED);
        }
        let k = conv::to_property_key(key)?;
        object::set_value(obj, k, v, strict != 0).map(|_| Value::UNDEFINED)
    })())
}

/// Appending to an array may take the fast path only if no prototype has indexed properties
/// (which could be setters).
fn proto_has_elements(o: &Object) -> bool {
    let mut p = o.proto;
    while let Some(po) = p.object_ref() {
        if !po.elements.is_empty() {
            return true;
        }
        p = po.proto;
    }
    false
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_delete_prop(obj: Value, key: Value, strict: u64) -> Value {
    ret((|| {
        let o = conv::to_object(obj)?;
        let k = conv::to_property_key(key)?;
        let ok = unsafe { (*o.as_object()).delete(k) };
        if !ok && strict != 0 {
            return Err(error::throw_type_error(&format!(
                "Cannot delete property '{}' of {}",
                object::key_to_display(k),
                // V8 shows a function by its source text here.
                if crate::function::is_callable(obj) {
                    crate::builtins::function::source_text(obj)
                } else {
                    conv::display_string(obj)
                }
            )));
        }
        Ok(Value::bool(ok))
    })())
}

// ----- globals -----

/// Reading an unqualified name that no scope declares.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_get_global(key: Value, ic: *mut Ic) -> Value {
    let g = realm().global;
    let o = &*g.as_object();
    if !o.shape.is_null() && o.shape == (*ic).shape {
        return o.slots[(*ic).slot as usize];
    }
    if !o.shape.is_null() {
        if let Some((slot, attrs)) = (*o.shape).lookup(key) {
            if attrs & crate::shape::ACCESSOR == 0 {
                (*ic).shape = o.shape;
                (*ic).slot = slot;
                return o.slots[slot as usize];
            }
        }
    }
    let k = Key::Name(key);
    if !object::has_property(g, k) {
        error::throw_reference_error(&format!("{} is not defined", string::to_rust(key.as_string())));
        return Value::EXCEPTION;
    }
    ret(object::get(g, k, g))
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_typeof_global(key: Value) -> Value {
    let g = realm().global;
    match object::get(g, Key::Name(key), g) {
        Ok(v) => crate::ops::type_of(v),
        Err(Thrown) => Value::EXCEPTION,
    }
}

/// CreateGlobalVarBinding (`is_function` 0: defined as undefined only if absent) and
/// CreateGlobalFunctionBinding (1: the function, replacing a configurable property).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_declare_global(key: Value, v: Value, is_function: u64) -> Value {
    let g = realm().global;
    let k = Key::Name(key);
    let existing = unsafe { (*g.as_object()).get_own(k) };
    let r = match (existing, is_function != 0) {
        (Some(_), false) => Ok(()),
        (None, false) => unsafe { (*g.as_object()).define(k, Value::UNDEFINED, WRITABLE | crate::shape::ENUMERABLE) },
        (Some(Prop::Data(_, a)) | Some(Prop::Accessor(_, _, a)), true) if a & crate::shape::CONFIGURABLE == 0 => {
            object::set(g, k, v, g).map(|_| ())
        }
        (_, true) => {
            object::define_own_property(g, k, &object::Descriptor::data(v, true, true, false)).map(|_| ())
        }
    };
    match r {
        Ok(()) => Value::UNDEFINED,
        Err(_) => Value::EXCEPTION,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_global(key: Value, v: Value, strict: u64) -> Value {
    let g = realm().global;
    let k = Key::Name(key);
    if strict != 0 && !object::has_property(g, k) {
        error::throw_reference_error(&format!("{} is not defined", string::to_rust(key.as_string())));
        return Value::EXCEPTION;
    }
    ret(object::set_value(g, k, v, strict != 0).map(|_| Value::UNDEFINED))
}

// ----- literals -----

/// The atom for a string literal in compiled code's data (`utf16` != 0: `len` code units of
/// UTF-16; otherwise `len` Latin-1 bytes). Compiled code caches the result per literal.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_intern(ptr: *const u8, len: u64, utf16: u64) -> Value {
    let u = if utf16 != 0 {
        Units::Utf16(std::slice::from_raw_parts(ptr as *const u16, len as usize))
    } else {
        Units::Latin1(std::slice::from_raw_parts(ptr, len as usize))
    };
    let a = crate::atoms::intern_units(u);
    crate::atoms::pin(a);
    Value::string(a)
}

#[unsafe(no_mangle)]
pub extern "C" fn kiln_new_object() -> Value {
    object::new_plain()
}

/// A constant-key data property of an object literal. Literals build objects the same way
/// each time, so the site caches (shape before → shape after) and appends the slot.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_define_named(obj: Value, key: Value, v: Value, ic: *mut Ic) -> Value {
    let o = &mut *obj.as_object();
    let shape = o.shape;
    if !shape.is_null() && shape == (*ic).shape && (*ic).slot as usize == o.slots.len() {
        o.shape = (*ic).new_shape;
        o.slots.push(v);
        return Value::UNDEFINED;
    }
    let before = o.slots.len();
    o.define_named(key, v, DEFAULT);
    if !shape.is_null() && !o.shape.is_null() && o.slots.len() == before + 1 {
        (*ic).shape = shape;
        (*ic).slot = before as u32;
        (*ic).new_shape = o.shape;
    }
    Value::UNDEFINED
}

/// A data property of an object literal (CreateDataPropertyOrThrow).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_define_field(obj: Value, key: Value, v: Value) -> Value {
    ret((|| {
        let k = conv::to_property_key(key)?;
        object::prepare(obj);
        let o = unsafe { &mut *obj.as_object() };
        if o.get_own(k).is_none() && o.extensible() {
            o.define(k, v, DEFAULT)?;
            return Ok(Value::UNDEFINED);
        }
        // CreateDataPropertyOrThrow over an existing property or on a non-extensible object.
        if object::define_own_property(obj, k, &object::Descriptor::data(v, true, true, true))? {
            return Ok(Value::UNDEFINED);
        }
        let name = object::key_to_display(k);
        if crate::function::is_constructor(obj) && name == "prototype" {
            return Err(error::throw_type_error("Classes may not have a static property named 'prototype'"));
        }
        if !o.extensible() && o.get_own(k).is_none() {
            return Err(error::throw_type_error(&format!("Cannot define property {name}, object is not extensible")));
        }
        Err(error::throw_type_error(&format!("Cannot redefine property: {name}")))
    })())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_new_array(ptr: *const Value, n: u64) -> Value {
    let v = if n == 0 { &[][..] } else { std::slice::from_raw_parts(ptr, n as usize) };
    object::new_array_from_slice(v)
}

// ----- iteration -----

/// Starts a for-in: snapshots the enumerable string keys along the prototype chain.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_for_in_init(v: Value) -> Value {
    ret((|| {
        let target = if v.is_nullish() { Value::UNDEFINED } else { conv::to_object(v)? };
        let it = object::alloc(std::mem::size_of::<ForInIterator>(), Class::ForInIterator, Value::NULL)
            as *mut ForInIterator;
        unsafe {
            std::ptr::addr_of_mut!((*it).keys).write(Vec::new());
            (*it).object = target;
        }
        let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
        let mut cur = target;
        while let Some(o) = cur.object_ref() {
            for k in o.own_keys() {
                if let Key::Name(n) = k {
                    if n.is_symbol() {
                        continue;
                    }
                }
                let kv = object::key_to_value(k);
                let kv = Value::string(crate::atoms::intern(kv.as_string()));
                if !seen.insert(kv.0) {
                    continue;
                }
                let enumerable = matches!(o.get_own(k), Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & crate::shape::ENUMERABLE != 0);
                if enumerable {
                    // Straight into the iterator, which the stack keeps alive: the key
                    // strings made here must survive the collections the next ones cause.
                    unsafe { (*it).keys.push(kv) };
                }
            }
            cur = o.proto;
        }
        Ok(Value::object(it as *mut Object))
    })())
}

/// The next key of a for-in that is still present, or `HOLE` when done.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_for_in_next(it: Value) -> Value {
    let it = unsafe { &mut *(it.as_object() as *mut ForInIterator) };
    while it.pos < it.keys.len() {
        let k = it.keys[it.pos];
        it.pos += 1;
        if object::has_property(it.object, conv::string_key(k.as_string())) {
            return k;
        }
    }
    Value::HOLE
}

/// GetIterator (for-of, spread, array destructuring). Arrays, strings and arguments objects
/// iterate directly (FIXME: even if Array.prototype[Symbol.iterator] was replaced); anything
/// else goes through its Symbol.iterator method.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_iter_init(v: Value) -> Value {
    let direct = (v.is_string() || v.object_ref().is_some_and(|o| matches!(o.class(), Class::Array | Class::Arguments)))
        && builtin_iterator(v);
    // Maps, Sets and their iterators are stepped directly, through a Map/Set iterator, while
    // their Symbol.iterator is the builtin one (builtins/collections.rs).
    let collection = if direct { None } else { crate::builtins::collections::direct_iterator(v) };
    if direct || collection.is_some() {
        let kind = if v.is_string() { crate::builtins::iterators::STRING } else { crate::builtins::iterators::VALUES };
        return crate::builtins::iterators::new_list_iterator(collection.unwrap_or(v), kind);
    }
    ret(protocol_iterator(v))
}

/// Whether `v[Symbol.iterator]` is still the built-in one (Array.prototype.values for
/// arrays and arguments, String.prototype[Symbol.iterator] for strings), so that for-of can
/// step it directly.
fn builtin_iterator(v: Value) -> bool {
    let r = realm();
    let m = if v.is_string() {
        unsafe { (*r.string_prototype.as_object()).get_own(Key::Name(r.sym_iterator)) }.and_then(|p| match p {
            Prop::Data(f, _) => Some(f),
            _ => None,
        })
    } else {
        object::get_value(v, Key::Name(r.sym_iterator)).ok()
    };
    match m {
        Some(f) if v.is_string() => f == r.string_iterator_fn,
        Some(f) => f == r.array_values,
        None => false,
    }
}

/// GetIterator(v, sync) through the protocol: a ProtocolIterator record of the object that
/// `v[Symbol.iterator]()` returns and its `next`.
pub fn protocol_iterator(v: Value) -> JsResult<Value> {
    let method = if v.is_nullish() { Value::UNDEFINED } else { object::get_value(v, Key::Name(realm().sym_iterator))? };
    if !crate::function::is_callable(method) {
        let what = if v.is_object() { "object".to_string() } else { conv::display_string(v) };
        let what = if v.is_nullish() { string::to_rust(conv::to_string(v)?) } else { what };
        return Err(error::throw_type_error(&format!("{what} is not iterable")));
    }
    let iterator = crate::function::call(method, v, &[])?;
    if !iterator.is_object() {
        return Err(error::throw_type_error("Result of the Symbol.iterator method is not an object"));
    }
    Ok(iterator_record(iterator, false)?)
}

/// GetIteratorDirect: the record of an iterator object (its `next` read once).
/// `from_sync`: the record stands for CreateAsyncFromSyncIterator(iterator).
pub fn iterator_record(iterator: Value, from_sync: bool) -> JsResult<Value> {
    let next = object::get(iterator, Key::Name(crate::atoms::intern_str("next")), iterator)?;
    let it = object::alloc(std::mem::size_of::<ProtocolIterator>(), Class::ProtocolIterator, Value::NULL)
        as *mut ProtocolIterator;
    unsafe {
        (*it).iterator = iterator;
        (*it).next = next;
        (*it).done = false;
        (*it).from_sync = from_sync;
    }
    Ok(Value::object(it as *mut Object))
}

/// IteratorStep on a protocol iterator: the next value, or `HOLE` when done.
fn protocol_next(it: &mut ProtocolIterator) -> JsResult<Value> {
    if it.done {
        return Ok(Value::HOLE);
    }
    let r = crate::function::call(it.next, it.iterator, &[]);
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            it.done = true;
            return Err(e);
        }
    };
    if !r.is_object() {
        it.done = true;
        return Err(error::throw_type_error(&format!("Iterator result {} is not an object", conv::display_string(r))));
    }
    // An error reading `done` or `value` ends the iteration too: the iterator is not closed.
    let step = (|| {
        let done = object::get(r, Key::Name(crate::atoms::intern_str("done")), r)?;
        if conv::to_boolean(done) {
            return Ok(Value::HOLE);
        }
        object::get(r, Key::Name(crate::atoms::intern_str("value")), r)
    })();
    if !matches!(step, Ok(v) if v != Value::HOLE) {
        it.done = true;
    }
    step
}

/// The next value, or `HOLE` when done.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_iter_next(it: Value) -> Value {
    if unsafe { (*it.as_object()).class() } == Class::ProtocolIterator {
        return ret(protocol_next(unsafe { &mut *(it.as_object() as *mut ProtocolIterator) }));
    }
    let it = unsafe { &mut *(it.as_object() as *mut ListIterator) };
    let t = it.target;
    // A Map or Set iterator from `collections::direct_iterator` in kiln_iter_init.
    if t.object_ref().is_some_and(|o| o.class() == Class::CollectionIterator) {
        return crate::builtins::collections::iterator_step(t);
    }
    if t.is_string() {
        let s = t.as_string();
        let u = string::units(s);
        if it.pos >= u.len() {
            return Value::HOLE;
        }
        let c = u.at(it.pos);
        let end = if (0xD800..0xDC00).contains(&c) && it.pos + 1 < u.len() && (0xDC00..0xE000).contains(&u.at(it.pos + 1)) {
            it.pos + 2
        } else {
            it.pos + 1
        };
        let r = string::substring(s, it.pos, end);
        it.pos = end;
        return Value::string(r);
    }
    let o = unsafe { &*t.as_object() };
    let len = if o.is_array() {
        o.elements.len()
    } else {
        match object::get(t, Key::Name(crate::atoms::common().length), t) {
            Ok(l) => conv::to_number(l).unwrap_or(0.0) as usize,
            Err(_) => return Value::EXCEPTION,
        }
    };
    if it.pos >= len {
        it.pos = usize::MAX;
        return Value::HOLE;
    }
    let i = it.pos;
    it.pos += 1;
    ret(object::get(t, Key::Index(i as u32), t))
}

#[unsafe(no_mangle)]
/// IteratorClose when a loop or pattern stops early. `on_throw` != 0: the loop is being left
/// by an exception, which wins over anything `return()` does.
pub extern "C" fn kiln_iter_close(it: Value, on_throw: u64) -> Value {
    if unsafe { (*it.as_object()).class() } != Class::ProtocolIterator {
        return Value::UNDEFINED;
    }
    let p = unsafe { &mut *(it.as_object() as *mut ProtocolIterator) };
    if p.done {
        return Value::UNDEFINED;
    }
    p.done = true;
    let iterator = p.iterator;
    // A builtin closing on an exception still has it pending: keep it from return()'s.
    let pending = error::pending();
    let r = (|| {
        let m = object::get(iterator, Key::Name(crate::atoms::intern_str("return")), iterator)?;
        if m.is_nullish() {
            return Ok(Value::UNDEFINED);
        }
        let r = crate::function::call(m, iterator, &[])?;
        if !r.is_object() {
            return Err(error::throw_type_error(&format!("Iterator result {} is not an object", conv::display_string(r))));
        }
        Ok(Value::UNDEFINED)
    })();
    if on_throw != 0 {
        // The original exception stays pending; drop whatever return() did.
        error::throw(pending);
        return Value::UNDEFINED;
    }
    ret(r)
}

#[allow(dead_code)]
const _: u64 = PAYLOAD_MASK;

// ----- spread and destructuring -----

/// Appends one value (or a hole) to an array being built by a literal.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_array_push(arr: Value, v: Value) -> Value {
    unsafe { (*arr.as_object()).elements.push(v) };
    Value::UNDEFINED
}

/// `[...iterable]`: appends every value the iterable produces.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_array_append_spread(arr: Value, iterable: Value) -> Value {
    let it = kiln_iter_init(iterable);
    if it.is_exception() {
        return it;
    }
    loop {
        let v = kiln_iter_next(it);
        if v.is_exception() {
            return v;
        }
        if v == Value::HOLE {
            return Value::UNDEFINED;
        }
        unsafe { (*arr.as_object()).elements.push(v) };
    }
}

/// The rest of an iterator as a new array (`[a, ...rest] = x`).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_iter_rest(it: Value) -> Value {
    let arr = object::new_array(Vec::new());
    loop {
        let v = kiln_iter_next(it);
        if v.is_exception() {
            return v;
        }
        if v == Value::HOLE {
            return arr;
        }
        unsafe { (*arr.as_object()).elements.push(v) };
    }
}

/// CopyDataProperties(target, source, excluded): object spread and object rest patterns.
/// `excluded` is an array of keys or `undefined`.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_copy_data_properties(target: Value, source: Value, excluded: Value) -> Value {
    ret((|| {
        if source.is_nullish() {
            return Ok(Value::UNDEFINED);
        }
        let from = conv::to_object(source)?;
        let mut skip: Vec<Key> = Vec::new();
        if let Some(ex) = excluded.object_ref() {
            for i in 0..ex.elements.len() {
                let k = unsafe { (&(*excluded.as_object()).elements)[i] };
                skip.push(conv::to_property_key(k)?);
            }
        }
        object::prepare(from);
        let keys = unsafe { (*from.as_object()).own_keys() };
        for k in keys {
            if skip.contains(&k) {
                continue;
            }
            let enumerable = matches!(unsafe { (*from.as_object()).get_own(k) },
                Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & crate::shape::ENUMERABLE != 0);
            if !enumerable {
                continue;
            }
            let v = object::get(from, k, from)?;
            unsafe { (*target.as_object()).define(k, v, DEFAULT)? };
        }
        Ok(Value::UNDEFINED)
    })())
}

/// Destructuring `undefined` or `null` throws, naming what was destructured (`what` is the
/// message middle; `%s` in it stands for the value's name).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_require_object_coercible(v: Value, what: Value) -> Value {
    if v.is_nullish() {
        let shown = if v.is_null() { "null" } else { "undefined" };
        let what = string::to_rust(what.as_string()).replace("%s", shown);
        error::throw_type_error(&format!("Cannot destructure {what} as it is {shown}."));
        return Value::EXCEPTION;
    }
    Value::UNDEFINED
}

/// `get k() {}` / `set k(v) {}` in a literal or class body. A getter and a setter of the same
/// key combine into one accessor property.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_define_accessor(obj: Value, key: Value, getter: Value, setter: Value, enumerable: u64) -> Value {
    ret((|| {
        let k = conv::to_property_key(key)?;
        // Only the half being defined: the other half of an existing accessor stays.
        let desc = object::Descriptor {
            value: None,
            writable: None,
            get: (!getter.is_undefined()).then_some(getter),
            set: (!setter.is_undefined()).then_some(setter),
            enumerable: Some(enumerable != 0),
            configurable: Some(true),
        };
        define_or_throw(obj, k, &desc)
    })())
}

/// A class method: writable, configurable, not enumerable.
#[unsafe(no_mangle)]
pub extern "C" fn kiln_define_method(obj: Value, key: Value, v: Value) -> Value {
    ret((|| {
        let k = conv::to_property_key(key)?;
        define_or_throw(obj, k, &object::Descriptor::data(v, true, false, true))
    })())
}

/// DefinePropertyOrThrow for class and literal elements, with V8's message for a static
/// element named `prototype` (only a computed key can name it; a literal one is an early
/// error).
fn define_or_throw(obj: Value, k: Key, desc: &object::Descriptor) -> JsResult<Value> {
    if object::define_own_property(obj, k, desc)? {
        return Ok(Value::UNDEFINED);
    }
    if k == Key::Name(atoms::common().prototype) && crate::function::is_class_constructor(obj) {
        return Err(error::throw_type_error("Classes may not have a static property named 'prototype'"));
    }
    Err(error::throw_type_error(&format!("Cannot redefine property: {}", object::key_to_display(k))))
}

/// SetFunctionName (§10.2.9) after a computed key: an anonymous function or class gets the
/// key's name (`[desc]` for a symbol) with `prefix`. (As in V8, this also replaces an
/// anonymous class's static `name` member.)
#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_function_name(f: Value, key: Value, prefix: Value) -> Value {
    let c = atoms::common();
    let Some(o) = f.object_ref() else { return Value::UNDEFINED };
    let mut name = if key.is_symbol() {
        let d = crate::symbol::description(key);
        if d.is_string() { format!("[{}]", string::to_rust(d.as_string())) } else { String::new() }
    } else {
        conv::to_rust_string(key).unwrap_or_default()
    };
    let prefix = string::to_rust(prefix.as_string());
    if !prefix.is_empty() {
        name = format!("{prefix} {name}");
    }
    o.define_named(c.name, string::value_from_str(&name), crate::shape::CONFIGURABLE);
    Value::UNDEFINED
}

/// `__proto__: v` in an object literal, and class heritage: sets [[Prototype]] when `v` is
/// an object or null (other values are ignored, as the literal form specifies).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_set_prototype_of(obj: Value, proto: Value) -> Value {
    if proto.is_object() || proto.is_null() {
        bump_epoch();
        unsafe { (*obj.as_object()).proto = proto };
    }
    Value::UNDEFINED
}

/// GetTemplateObject: the frozen strings array (with a frozen `raw` array) of a tagged
/// template site. Compiled code caches it in static data, so it is rooted for good.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kiln_template_object(cooked: *const Value, raw: *const Value, n: u64) -> Value {
    let n = n as usize;
    let cooked = unsafe { std::slice::from_raw_parts(cooked, n) };
    let raw = unsafe { std::slice::from_raw_parts(raw, n) };
    let strings = object::new_array_from_slice(cooked);
    let h = crate::gc::heap().root(strings);
    let raw_arr = object::new_array_from_slice(raw);
    object::set_integrity_level(raw_arr, true);
    unsafe { (*strings.as_object()).define_named(crate::atoms::intern_str("raw"), raw_arr, 0) };
    object::set_integrity_level(strings, true);
    let _ = h;
    strings
}
