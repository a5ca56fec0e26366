//! The Array constructor and Array.prototype (§23.1). Every method is the spec's generic
//! algorithm over array-likes (Get/Set/HasProperty/DeletePropertyOrThrow on integer keys and
//! `length`), plus fast paths on `elements` for dense arrays where the result is the same
//! (see [`dense_read`]). Not here yet: iterators (keys/values/entries, @@iterator, iterables
//! in Array.from beyond strings and arrays), @@species (results are always plain arrays),
//! @@isConcatSpreadable and @@unscopables.
//!
//! Callbacks (map's function, sort's comparator, a getter, a toString) can mutate the array,
//! reallocate its `elements` or run the GC, so no borrow of `elements` is held across a JS
//! call: indices are re-read each time. Values collected on the way (sort's list, results)
//! live in array objects the stack points to, never only in a Rust `Vec`.

use std::cell::UnsafeCell;

use crate::atoms;
use crate::builtins::global::{clamp_relative, describe, not_a_function, relative_index, require_callable, to_length};
use crate::builtins::string::{from_unit, value_from_units};
use crate::builtins::{constructor, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs, NativeFn};
use crate::numconv;
use crate::object::{self, Class, Key, Object};
use crate::ops;
use crate::realm::realm;
use crate::shape::DEFAULT;
use crate::string::{self, Units};
use crate::value::Value;

/// 2^53 - 1, the largest length of an array-like.
const MAX_SAFE: u64 = (1 << 53) - 1;

pub fn install() {
    let r = realm();
    let proto = r.array_prototype;
    let c = constructor("Array", 1, construct, proto);
    r.array_constructor = c;
    method(c, "from", 1, from);
    method(c, "isArray", 1, is_array);
    method(c, "of", 0, of);
    method(c, "fromAsync", 1, crate::builtins::array_from_async::from_async);
    let methods: &[(&str, u32, NativeFn)] = &[
        ("at", 1, at),
        ("concat", 1, concat),
        ("copyWithin", 2, copy_within),
        ("fill", 1, fill),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("lastIndexOf", 1, last_index_of),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("unshift", 1, unshift),
        ("slice", 2, slice),
        ("sort", 1, sort),
        ("splice", 2, splice),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("toLocaleString", 0, to_locale_string),
        ("toReversed", 0, to_reversed),
        ("toSorted", 1, to_sorted),
        ("toSpliced", 2, to_spliced),
        ("with", 2, with),
        ("every", 1, every),
        ("filter", 1, filter),
        ("flat", 0, flat),
        ("flatMap", 1, flat_map),
        ("forEach", 1, for_each),
        ("map", 1, map),
        ("some", 1, some),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("toString", 0, to_string),
    ];
    for &(name, length, f) in methods {
        method(proto, name, length, f);
    }
}

// ----- the abstract operations on array-likes -----

/// The key of integer index `i`: an array index below 2^32 - 1, a string key above.
pub fn index_key(i: u64) -> Key {
    if i < u32::MAX as u64 {
        Key::Index(i as u32)
    } else {
        Key::Name(Value::string(atoms::intern(conv::number_to_js_string(i as f64))))
    }
}

fn length_key() -> Key {
    Key::Name(atoms::common().length)
}

#[inline]
fn obj<'a>(o: Value) -> &'a mut Object {
    unsafe { &mut *o.as_object() }
}

/// The methods V8 implements in Torque, whose message for a null or undefined `this` names
/// the method; the others say "Cannot convert undefined or null to object" (ToObject's).
const NAMED_IN_MESSAGE: &[&str] = &[
    "concat",
    "every",
    "filter",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "forEach",
    "indexOf",
    "map",
    "reduce",
    "reduceRight",
    "some",
];

/// ToObject(this), with V8's message for null and undefined.
fn this_object(a: &CallArgs, name: &str) -> JsResult<Value> {
    if a.this.is_nullish() && NAMED_IN_MESSAGE.contains(&name) {
        return Err(error::throw_type_error(&format!("Array.prototype.{name} called on null or undefined")));
    }
    conv::to_object(a.this)
}

/// LengthOfArrayLike (§7.3.18).
pub fn length_of(o: Value) -> JsResult<u64> {
    let x = obj(o);
    if x.is_array() {
        return Ok(x.elements.len() as u64);
    }
    to_length(object::get(o, length_key(), o)?)
}

fn get(o: Value, i: u64) -> JsResult<Value> {
    object::get(o, index_key(i), o)
}

/// HasProperty then Get: `None` for an absent index (a hole).
fn get_present(o: Value, i: u64) -> JsResult<Option<Value>> {
    if let Some(&v) = obj(o).elements.get(i as usize)
        && v != Value::HOLE
        && i < u32::MAX as u64
    {
        return Ok(Some(v));
    }
    let k = index_key(i);
    if !object::has_property(o, k) {
        return Ok(None);
    }
    Ok(Some(object::get(o, k, o)?))
}

/// Set(O, P, V, true) (§7.3.4).
fn set_key(o: Value, k: Key, v: Value) -> JsResult<()> {
    if object::set(o, k, v, o)? {
        return Ok(());
    }
    // V8's wording for the property that refused (read-only, getter-only, not extensible,
    // read-only length, a truncation stopped by a sealed element).
    Err(object::set_failure(o, k))
}

fn set(o: Value, i: u64, v: Value) -> JsResult<()> {
    set_key(o, index_key(i), v)
}

pub(crate) fn set_length(o: Value, len: u64) -> JsResult<()> {
    set_key(o, length_key(), Value::number(len as f64))
}

/// DeletePropertyOrThrow (§7.3.10).
fn delete(o: Value, i: u64) -> JsResult<()> {
    if obj(o).delete(index_key(i)) {
        return Ok(());
    }
    Err(error::throw_type_error(&format!("Cannot delete property '{i}' of {}", describe(o))))
}

/// CreateDataPropertyOrThrow (§7.3.7).
pub(crate) fn create(o: Value, i: u64, v: Value) -> JsResult<()> {
    let x = obj(o);
    let k = index_key(i);
    match x.get_own(k) {
        None if !x.extensible() => {
            return Err(error::throw_type_error(&format!("Cannot add property {i}, object is not extensible")));
        }
        // A non-configurable property cannot become the configurable data property asked for.
        Some(object::Prop::Data(_, attrs) | object::Prop::Accessor(_, _, attrs)) if attrs & crate::shape::CONFIGURABLE == 0 => {
            return Err(error::throw_type_error(&format!("Cannot redefine property: {i}")));
        }
        _ => {}
    }
    x.define(k, v, DEFAULT)
}

/// ArrayCreate (§10.4.2.2): a new array of `len` holes.
fn array_create(len: u64) -> JsResult<Value> {
    if len > u32::MAX as u64 {
        return Err(error::throw_range_error("Invalid array length"));
    }
    let a = object::new_array(Vec::new());
    if len > 0 {
        obj(a).define(length_key(), Value::number(len as f64), DEFAULT)?;
    }
    Ok(a)
}

/// `o` as an array whose holes are absent all the way up the prototype chain: an Array
/// whose prototypes have no indexed properties. For it HasProperty(i) is "i < len and
/// elements[i] is not a hole", Get of a hole is undefined, and reading `elements` directly
/// is exactly the spec's sequence of HasProperty/Get (none of which can run JS code).
fn dense_read<'a>(o: Value) -> Option<&'a mut Object> {
    let x = o.object_ref()?;
    // An accessor element leaves a hole in `elements` (see object::SPECIAL_ELEMENTS).
    if !x.is_array() || x.has_special_elements() {
        return None;
    }
    let mut p = x.proto;
    while let Some(po) = p.object_ref() {
        if !po.elements.is_empty() || po.class() == Class::StringWrapper {
            return None;
        }
        p = po.proto;
    }
    Some(x)
}

/// [`dense_read`], extensible, with writable, configurable elements and `length` (not
/// frozen or sealed), so Set and Delete of any index act on `elements` alone.
fn dense_write<'a>(o: Value) -> Option<&'a mut Object> {
    dense_read(o).filter(|x| x.extensible() && x.plain_elements())
}

fn grow(x: &mut Object, extra: usize) {
    x.elements.reserve(extra);
}

/// The callback of an iteration method, or its TypeError.
fn callback(a: &CallArgs) -> JsResult<Value> {
    require_callable(a.arg(0))
}

// ----- the constructor and its functions -----

/// Array(...) and new Array(...) (§23.1.1.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    let nt = if a.new_target.is_undefined() { a.callee } else { a.new_target };
    let proto = function::get_prototype_from_constructor(nt, realm().array_prototype)?;
    let arr = object::new_array(Vec::new());
    let x = obj(arr);
    x.proto = proto;
    match a.args {
        [] => {}
        [len] if len.is_number() => {
            let n = len.as_number();
            if numconv::to_uint32(n) as f64 != n {
                return Err(error::throw_range_error("Invalid array length"));
            }
            x.define(length_key(), *len, DEFAULT)?;
        }
        items => {
            grow(x, items.len());
            x.elements.extend_from_slice(items);
        }
    }
    Ok(arr)
}

/// Array.isArray (§23.1.2.2).
fn is_array(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(a.arg(0).object_ref().is_some_and(|o| o.is_array())))
}

/// The result object of Array.from / Array.of: `new C(...args)` for a constructor other
/// than Array, else a new array.
pub(crate) fn new_from_constructor(c: Value, len: Option<u64>) -> JsResult<Value> {
    if function::is_constructor(c) && c != realm().array_constructor {
        let args: &[Value] = match len {
            Some(n) => &[Value::number(n as f64)],
            None => &[],
        };
        return function::construct(c, args, c);
    }
    array_create(len.unwrap_or(0))
}

/// Array.of (§23.1.2.3).
fn of(a: &CallArgs) -> JsResult<Value> {
    let len = a.args.len() as u64;
    let arr = new_from_constructor(a.this, Some(len))?;
    for (k, &v) in a.args.iter().enumerate() {
        create(arr, k as u64, v)?;
    }
    set_length(arr, len)?;
    Ok(arr)
}

/// Array.from (§23.1.2.1) for strings (by code point, as their iterator goes), arrays and
/// arguments objects (by index, re-reading the length, as the array iterator does), and
/// other array-likes.
fn from(a: &CallArgs) -> JsResult<Value> {
    let (c, items, mapfn, this_arg) = (a.this, a.arg(0), a.arg(1), a.arg(2));
    let mapping = !mapfn.is_undefined();
    if mapping && !function::is_callable(mapfn) {
        return Err(not_a_function(mapfn));
    }
    let map = |v: Value, k: u64| -> JsResult<Value> {
        if mapping { function::call(mapfn, this_arg, &[v, Value::number(k as f64)]) } else { Ok(v) }
    };
    if items.is_nullish() {
        let what = if items.is_null() { "object null" } else { "undefined" };
        return Err(error::throw_type_error(&format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        )));
    }
    let string_value = match items.object_ref() {
        _ if items.is_string() => Some(items.as_string()),
        Some(o) if o.class() == Class::StringWrapper => Some(o.primitive_value().as_string()),
        _ => None,
    };
    if let Some(s) = string_value {
        let arr = new_from_constructor(c, None)?;
        let (mut pos, mut k) = (0, 0u64);
        while pos < string::len(s) {
            let n = code_point_len(string::units(s), pos);
            let ch = if n == 1 {
                from_unit(string::units(s).at(pos))
            } else {
                Value::string(string::substring(s, pos, pos + n))
            };
            pos += n;
            let v = map(ch, k)?;
            create(arr, k, v)?;
            k += 1;
        }
        set_length(arr, k)?;
        return Ok(arr);
    }
    if items.object_ref().is_some_and(|o| matches!(o.class(), Class::Array | Class::Arguments)) {
        let arr = new_from_constructor(c, None)?;
        let mut k = 0;
        while k < length_of(items)? {
            let v = map(get(items, k)?, k)?;
            create(arr, k, v)?;
            k += 1;
        }
        set_length(arr, k)?;
        return Ok(arr);
    }
    let array_like = conv::to_object(items)?;
    let len = length_of(array_like)?;
    let arr = new_from_constructor(c, Some(len))?;
    for k in 0..len {
        let v = map(get(array_like, k)?, k)?;
        create(arr, k, v)?;
    }
    set_length(arr, len)?;
    Ok(arr)
}

/// The length in code units of the code point starting at `i`.
fn code_point_len(u: Units, i: usize) -> usize {
    let first = u.at(i);
    if (0xD800..0xDC00).contains(&first) && i + 1 < u.len() && (0xDC00..0xE000).contains(&u.at(i + 1)) { 2 } else { 1 }
}

// ----- Array.prototype: element access and search -----

/// Array.prototype.at (§23.1.3.1).
fn at(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "at")?;
    let len = length_of(o)? as f64;
    let rel = conv::to_integer_or_infinity(a.arg(0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    get(o, k as u64)
}

/// The start index of indexOf/includes: fromIndex relative to `len`, or None when it is
/// past the end.
fn search_start(from: Value, len: u64) -> JsResult<Option<u64>> {
    let n = conv::to_integer_or_infinity(from)?;
    if n >= len as f64 {
        return Ok(None);
    }
    Ok(Some(clamp_relative(n, len)))
}

/// Array.prototype.indexOf (§23.1.3.17).
fn index_of(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "indexOf")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let Some(start) = search_start(a.arg(1), len)? else { return Ok(Value::int(-1)) };
    let target = a.arg(0);
    if let Some(x) = dense_read(o) {
        let end = (len as usize).min(x.elements.len());
        let found = (start as usize..end).find(|&k| {
            let v = x.elements[k];
            v != Value::HOLE && ops::strict_equals(v, target)
        });
        return Ok(Value::number(found.map_or(-1.0, |k| k as f64)));
    }
    for k in start..len {
        if let Some(v) = get_present(o, k)?
            && ops::strict_equals(v, target)
        {
            return Ok(Value::number(k as f64));
        }
    }
    Ok(Value::int(-1))
}

/// Array.prototype.includes (§23.1.3.16): SameValueZero, and holes read as undefined.
fn includes(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "includes")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::FALSE);
    }
    let Some(start) = search_start(a.arg(1), len)? else { return Ok(Value::FALSE) };
    let target = a.arg(0);
    if let Some(x) = dense_read(o) {
        let end = (len as usize).min(x.elements.len());
        let hole_matches = target.is_undefined();
        let found = (start as usize..end).any(|k| {
            let v = x.elements[k];
            if v == Value::HOLE { hole_matches } else { ops::same_value_zero(v, target) }
        });
        return Ok(Value::bool(found || (hole_matches && (end as u64) < len)));
    }
    for k in start..len {
        if ops::same_value_zero(get(o, k)?, target) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// Array.prototype.lastIndexOf (§23.1.3.20).
fn last_index_of(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "lastIndexOf")?;
    let len = length_of(o)?;
    if len == 0 {
        return Ok(Value::int(-1));
    }
    let n = if a.args.len() > 1 { conv::to_integer_or_infinity(a.arg(1))? } else { len as f64 - 1.0 };
    let k = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
    if k < 0.0 {
        return Ok(Value::int(-1));
    }
    let target = a.arg(0);
    for k in (0..=k as u64).rev() {
        if let Some(v) = get_present(o, k)?
            && ops::strict_equals(v, target)
        {
            return Ok(Value::number(k as f64));
        }
    }
    Ok(Value::int(-1))
}

/// FindViaPredicate (§23.1.3.12.1): the first (or last) index whose value satisfies the
/// predicate, reading holes as undefined.
fn find_via_predicate(a: &CallArgs, name: &str, ascending: bool) -> JsResult<Option<(u64, Value)>> {
    let o = this_object(a, name)?;
    let len = length_of(o)?;
    let pred = callback(a)?;
    let this_arg = a.arg(1);
    for i in 0..len {
        let k = if ascending { i } else { len - 1 - i };
        let v = get(o, k)?;
        let r = function::call(pred, this_arg, &[v, Value::number(k as f64), o])?;
        if conv::to_boolean(r) {
            return Ok(Some((k, v)));
        }
    }
    Ok(None)
}

fn find(a: &CallArgs) -> JsResult<Value> {
    Ok(find_via_predicate(a, "find", true)?.map_or(Value::UNDEFINED, |(_, v)| v))
}

fn find_index(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(find_via_predicate(a, "findIndex", true)?.map_or(-1.0, |(k, _)| k as f64)))
}

fn find_last(a: &CallArgs) -> JsResult<Value> {
    Ok(find_via_predicate(a, "findLast", false)?.map_or(Value::UNDEFINED, |(_, v)| v))
}

fn find_last_index(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(find_via_predicate(a, "findLastIndex", false)?.map_or(-1.0, |(k, _)| k as f64)))
}

// ----- Array.prototype: iteration with callbacks -----

/// What an iteration method does with each callback result; `Some` ends the loop early.
type Step<'a> = &'a mut dyn FnMut(u64, Value, Value) -> JsResult<Option<Value>>;

/// The loop shared by forEach, map, filter, some and every: for each present index k of
/// `o`, call `f` with (value, k, O) and hand (k, value, result) to `step`.
fn iterate(o: Value, len: u64, f: Value, this_arg: Value, step: Step) -> JsResult<Option<Value>> {
    for k in 0..len {
        if let Some(v) = get_present(o, k)? {
            let r = function::call(f, this_arg, &[v, Value::number(k as f64), o])?;
            if let Some(done) = step(k, v, r)? {
                return Ok(Some(done));
            }
        }
    }
    Ok(None)
}

/// ToObject(this), its length and the callback, in the spec's order.
fn iteration_args(a: &CallArgs, name: &str) -> JsResult<(Value, u64, Value)> {
    let o = this_object(a, name)?;
    let len = length_of(o)?;
    let f = callback(a)?;
    Ok((o, len, f))
}

/// Array.prototype.forEach (§23.1.3.15).
fn for_each(a: &CallArgs) -> JsResult<Value> {
    let (o, len, f) = iteration_args(a, "forEach")?;
    iterate(o, len, f, a.arg(1), &mut |_, _, _| Ok(None))?;
    Ok(Value::UNDEFINED)
}

/// Array.prototype.every (§23.1.3.6).
fn every(a: &CallArgs) -> JsResult<Value> {
    let (o, len, f) = iteration_args(a, "every")?;
    let r = iterate(o, len, f, a.arg(1), &mut |_, _, r| Ok((!conv::to_boolean(r)).then_some(Value::FALSE)))?;
    Ok(r.unwrap_or(Value::TRUE))
}

/// Array.prototype.some (§23.1.3.29).
fn some(a: &CallArgs) -> JsResult<Value> {
    let (o, len, f) = iteration_args(a, "some")?;
    let r = iterate(o, len, f, a.arg(1), &mut |_, _, r| Ok(conv::to_boolean(r).then_some(Value::TRUE)))?;
    Ok(r.unwrap_or(Value::FALSE))
}

/// Array.prototype.map (§23.1.3.21): the result has the source's holes.
fn map(a: &CallArgs) -> JsResult<Value> {
    let (o, len, f) = iteration_args(a, "map")?;
    let result = array_create(len)?;
    iterate(o, len, f, a.arg(1), &mut |k, _, r| create(result, k, r).map(|_| None))?;
    Ok(result)
}

/// Array.prototype.filter (§23.1.3.8).
fn filter(a: &CallArgs) -> JsResult<Value> {
    let (o, len, f) = iteration_args(a, "filter")?;
    let result = array_create(0)?;
    iterate(o, len, f, a.arg(1), &mut |_, v, r| {
        if conv::to_boolean(r) {
            let x = obj(result);
            grow(x, 1);
            x.elements.push(v);
        }
        Ok(None)
    })?;
    Ok(result)
}

/// Array.prototype.reduce and reduceRight (§23.1.3.24-25).
fn reduce_with(a: &CallArgs, name: &str, ascending: bool) -> JsResult<Value> {
    let o = this_object(a, name)?;
    let len = length_of(o)?;
    let f = callback(a)?;
    let index = |i: u64| if ascending { i } else { len - 1 - i };
    let mut i = 0;
    let mut acc = if a.args.len() >= 2 {
        a.arg(1)
    } else {
        loop {
            if i >= len {
                return Err(error::throw_type_error("Reduce of empty array with no initial value"));
            }
            let k = index(i);
            i += 1;
            if let Some(v) = get_present(o, k)? {
                break v;
            }
        }
    };
    while i < len {
        let k = index(i);
        if let Some(v) = get_present(o, k)? {
            acc = function::call(f, Value::UNDEFINED, &[acc, v, Value::number(k as f64), o])?;
        }
        i += 1;
    }
    Ok(acc)
}

fn reduce(a: &CallArgs) -> JsResult<Value> {
    reduce_with(a, "reduce", true)
}

fn reduce_right(a: &CallArgs) -> JsResult<Value> {
    reduce_with(a, "reduceRight", false)
}

// ----- Array.prototype: adding and removing elements -----

/// Array.prototype.push (§23.1.3.23).
fn push(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "push")?;
    if let Some(x) = dense_write(o) {
        grow(x, a.args.len());
        x.elements.extend_from_slice(a.args);
        return Ok(Value::number(x.elements.len() as f64));
    }
    let mut len = length_of(o)?;
    let n = a.args.len() as u64;
    if len + n > MAX_SAFE {
        return Err(error::throw_type_error(&format!(
            "Pushing {n} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1"
        )));
    }
    for &v in a.args {
        set(o, len, v)?;
        len += 1;
    }
    set_length(o, len)?;
    Ok(Value::number(len as f64))
}

/// Array.prototype.pop (§23.1.3.22).
fn pop(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "pop")?;
    if let Some(x) = dense_write(o) {
        return Ok(match x.elements.pop() {
            Some(v) if v != Value::HOLE => v,
            _ => Value::UNDEFINED,
        });
    }
    let len = length_of(o)?;
    if len == 0 {
        set_length(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let v = get(o, len - 1)?;
    delete(o, len - 1)?;
    set_length(o, len - 1)?;
    Ok(v)
}

/// Array.prototype.shift (§23.1.3.27).
fn shift(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "shift")?;
    if let Some(x) = dense_write(o) {
        if x.elements.is_empty() {
            return Ok(Value::UNDEFINED);
        }
        let v = x.elements.remove(0);
        return Ok(if v == Value::HOLE { Value::UNDEFINED } else { v });
    }
    let len = length_of(o)?;
    if len == 0 {
        set_length(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get(o, 0)?;
    move_elements(o, 1, 0, len - 1)?;
    delete(o, len - 1)?;
    set_length(o, len - 1)?;
    Ok(first)
}

/// Moves `count` elements from `from` to `to` as shift/unshift/splice/copyWithin do: each
/// present element is Set, each absent one Deleted at its destination. Runs from the end
/// backwards when the ranges overlap that way.
fn move_elements(o: Value, from: u64, to: u64, count: u64) -> JsResult<()> {
    for i in 0..count {
        let i = if from < to { count - 1 - i } else { i };
        match get_present(o, from + i)? {
            Some(v) => set(o, to + i, v)?,
            None => delete(o, to + i)?,
        }
    }
    Ok(())
}

/// Array.prototype.unshift (§23.1.3.34).
fn unshift(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "unshift")?;
    let n = a.args.len();
    if let Some(x) = dense_write(o) {
        grow(x, n);
        x.elements.splice(0..0, a.args.iter().copied());
        return Ok(Value::number(x.elements.len() as f64));
    }
    let len = length_of(o)?;
    if n > 0 {
        if len + n as u64 > MAX_SAFE {
            return Err(error::throw_type_error("Invalid array length"));
        }
        move_elements(o, 0, n as u64, len)?;
        for (j, &v) in a.args.iter().enumerate() {
            set(o, j as u64, v)?;
        }
    }
    set_length(o, len + n as u64)?;
    Ok(Value::number((len + n as u64) as f64))
}

/// Array.prototype.slice (§23.1.3.28): holes stay holes.
fn slice(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "slice")?;
    let len = length_of(o)?;
    let k = relative_index(a.arg(0), len)?;
    let end = if a.arg(1).is_undefined() { len } else { relative_index(a.arg(1), len)? };
    let count = end.saturating_sub(k);
    let result = array_create(0)?;
    if let Some(x) = dense_read(o) {
        // The conversions above may have shrunk the array: copy only what is really there.
        if k + count <= x.elements.len() as u64 {
            let r = obj(result);
            grow(r, count as usize);
            r.elements.extend_from_slice(&x.elements[k as usize..(k + count) as usize]);
            return Ok(result);
        }
    }
    for (n, i) in (k..k + count).enumerate() {
        if let Some(v) = get_present(o, i)? {
            create(result, n as u64, v)?;
        }
    }
    set_length(result, count)?;
    Ok(result)
}

/// Array.prototype.splice (§23.1.3.31).
fn splice(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "splice")?;
    let len = length_of(o)?;
    let start = relative_index(a.arg(0), len)?;
    let items = a.args.get(2..).unwrap_or(&[]);
    let delete_count = match a.args.len() {
        0 => 0,
        1 => len - start,
        _ => conv::to_integer_or_infinity(a.arg(1))?.clamp(0.0, (len - start) as f64) as u64,
    };
    let item_count = items.len() as u64;
    if len + item_count - delete_count > MAX_SAFE {
        return Err(error::throw_type_error("Invalid array length"));
    }
    let removed = array_create(0)?;
    if let Some(x) = dense_write(o)
        && x.elements.len() as u64 == len
    {
        let range = start as usize..(start + delete_count) as usize;
        grow(x, items.len());
        let out: Vec<Value> = x.elements.splice(range, items.iter().copied()).collect();
        obj(removed).elements = out;
        return Ok(removed);
    }
    for k in 0..delete_count {
        if let Some(v) = get_present(o, start + k)? {
            create(removed, k, v)?;
        }
    }
    set_length(removed, delete_count)?;
    let tail = len - start - delete_count;
    if item_count < delete_count {
        move_elements(o, start + delete_count, start + item_count, tail)?;
        for k in (len - delete_count + item_count..len).rev() {
            delete(o, k)?;
        }
    } else if item_count > delete_count {
        move_elements(o, start + delete_count, start + item_count, tail)?;
    }
    for (j, &v) in items.iter().enumerate() {
        set(o, start + j as u64, v)?;
    }
    set_length(o, len - delete_count + item_count)?;
    Ok(removed)
}

/// Array.prototype.concat (§23.1.3.2): arrays are spread (holes preserved), other values
/// appended.
fn concat(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "concat")?;
    let result = array_create(0)?;
    let mut n: u64 = 0;
    for i in 0..=a.args.len() {
        let e = if i == 0 { o } else { a.args[i - 1] };
        if !e.object_ref().is_some_and(|x| x.is_array()) {
            create(result, n, e)?;
            n += 1;
            continue;
        }
        let len = length_of(e)?;
        if n + len > MAX_SAFE {
            return Err(error::throw_type_error("Invalid array length"));
        }
        if let Some(x) = dense_read(e) {
            let r = obj(result);
            grow(r, x.elements.len());
            r.elements.resize(n as usize, Value::HOLE);
            r.elements.extend_from_slice(&x.elements);
            n += len;
            continue;
        }
        for k in 0..len {
            if let Some(v) = get_present(e, k)? {
                create(result, n, v)?;
            }
            n += 1;
        }
    }
    set_length(result, n)?;
    Ok(result)
}

/// Array.prototype.fill (§23.1.3.7).
fn fill(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "fill")?;
    let len = length_of(o)?;
    let v = a.arg(0);
    let k = relative_index(a.arg(1), len)?;
    let end = if a.arg(2).is_undefined() { len } else { relative_index(a.arg(2), len)? };
    if let Some(x) = dense_write(o)
        && x.elements.len() as u64 == len
        && k < end
    {
        x.elements[k as usize..end as usize].fill(v);
        return Ok(o);
    }
    for i in k..end {
        set(o, i, v)?;
    }
    Ok(o)
}

/// Array.prototype.copyWithin (§23.1.3.4).
fn copy_within(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "copyWithin")?;
    let len = length_of(o)?;
    let to = relative_index(a.arg(0), len)?;
    let from = relative_index(a.arg(1), len)?;
    let end = if a.arg(2).is_undefined() { len } else { relative_index(a.arg(2), len)? };
    let count = end.saturating_sub(from).min(len - to);
    move_elements(o, from, to, count)?;
    Ok(o)
}

/// Array.prototype.reverse (§23.1.3.26).
fn reverse(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "reverse")?;
    let len = length_of(o)?;
    if let Some(x) = dense_write(o)
        && x.elements.len() as u64 == len
    {
        x.elements.reverse();
        return Ok(o);
    }
    for lower in 0..len / 2 {
        let upper = len - lower - 1;
        let lv = get_present(o, lower)?;
        let uv = get_present(o, upper)?;
        match uv {
            Some(v) => set(o, lower, v)?,
            None if lv.is_some() => delete(o, lower)?,
            None => {}
        }
        match lv {
            Some(v) => set(o, upper, v)?,
            None if uv.is_some() => delete(o, upper)?,
            None => {}
        }
    }
    Ok(o)
}

// ----- Array.prototype: join and conversion to strings -----

struct JoinStack(UnsafeCell<Vec<Value>>);
unsafe impl Sync for JoinStack {}
/// The arrays being joined right now: joining one of them again (a cycle) gives "" as in
/// V8. Each is also on the native stack of its join call, so this needs no GC tracing.
static JOIN_STACK: JoinStack = JoinStack(UnsafeCell::new(Vec::new()));

fn join_stack() -> &'static mut Vec<Value> {
    unsafe { &mut *JOIN_STACK.0.get() }
}

/// The shared body of join and toLocaleString (§23.1.3.18, §23.1.3.32): each element
/// converted to a string (nullish elements give ""), separated by `sep`, or "" for an array
/// already being joined further up the stack (a cycle).
fn join_with(o: Value, sep: Value, conversion: Conversion) -> JsResult<Value> {
    if join_stack().contains(&o) {
        return Ok(atoms::common().empty);
    }
    let len = length_of(o)?;
    let sep = if sep.is_undefined() { vec![b',' as u16] } else { string::units(conv::to_string(sep)?).to_vec() };
    join_stack().push(o);
    let r = join_elements(o, len, &sep, conversion);
    join_stack().pop();
    r
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Conversion {
    ToString,
    ToLocaleString,
}

fn join_elements(o: Value, len: u64, sep: &[u16], conversion: Conversion) -> JsResult<Value> {
    let mut out: Vec<u16> = Vec::new();
    let mut digits = String::new();
    for k in 0..len {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        let e = get(o, k)?;
        if e.is_nullish() {
            // Contributes the empty string.
        } else if e.is_number() && conversion == Conversion::ToString {
            digits.clear();
            if e.is_int() {
                use std::fmt::Write;
                let _ = write!(digits, "{}", e.as_int());
            } else {
                digits.push_str(&numconv::number_to_string(e.as_number()));
            }
            out.extend(digits.bytes().map(u16::from));
        } else {
            let s = match conversion {
                Conversion::ToString => conv::to_string(e)?,
                Conversion::ToLocaleString => {
                    let f = object::get_value(e, Key::Name(atoms::intern_str("toLocaleString")))?;
                    conv::to_string(function::call(f, e, &[])?)?
                }
            };
            out.extend(string::units(s).iter());
        }
        if out.len() > string::MAX_LEN {
            return Err(error::throw_range_error("Invalid string length"));
        }
    }
    if out.is_empty() {
        return Ok(atoms::common().empty);
    }
    value_from_units(out)
}

/// Array.prototype.join (§23.1.3.18).
fn join(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "join")?;
    join_with(o, a.arg(0), Conversion::ToString)
}

/// Array.prototype.toString (§23.1.3.36): `this.join()`, or Object.prototype.toString
/// when there is no callable `join`.
fn to_string(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "toString")?;
    let join_fn = object::get(o, Key::Name(atoms::intern_str("join")), o)?;
    if function::is_callable(join_fn) {
        return function::call(join_fn, o, &[]);
    }
    crate::builtins::object::to_string(&CallArgs { callee: a.callee, this: o, args: &[], new_target: Value::UNDEFINED })
}

/// Array.prototype.toLocaleString (§23.1.3.32): each element's own toLocaleString.
fn to_locale_string(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "toLocaleString")?;
    join_with(o, Value::UNDEFINED, Conversion::ToLocaleString)
}

// ----- Array.prototype: sorting -----

/// SortCompare (§23.1.3.30.2) for two values that are not undefined.
fn sort_compare(cmp: Value, x: Value, y: Value) -> JsResult<f64> {
    let v = conv::to_number(function::call(cmp, Value::UNDEFINED, &[x, y])?)?;
    Ok(if v.is_nan() { 0.0 } else { v })
}

/// A stable merge sort of `v` by `cmp` (> 0: the first argument goes after the second).
/// The comparator may throw, and may be inconsistent: the result is then some permutation,
/// as the spec allows.
fn merge_sort(v: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> JsResult<f64>) -> JsResult<()> {
    const RUN: usize = 8;
    let n = v.len();
    for chunk in v.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let x = chunk[i];
            let mut j = i;
            while j > 0 && cmp(chunk[j - 1], x)? > 0.0 {
                chunk[j] = chunk[j - 1];
                j -= 1;
            }
            chunk[j] = x;
        }
    }
    let mut buf = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid == hi || cmp(v[mid - 1], v[mid])? <= 0.0 {
                buf[lo..hi].copy_from_slice(&v[lo..hi]);
            } else {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if cmp(v[i], v[j])? <= 0.0 {
                        buf[k] = v[i];
                        i += 1;
                    } else {
                        buf[k] = v[j];
                        j += 1;
                    }
                    k += 1;
                }
                buf[k..k + mid - i].copy_from_slice(&v[i..mid]);
                k += mid - i;
                buf[k..k + hi - j].copy_from_slice(&v[j..hi]);
            }
            lo = hi;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

/// SortIndexedProperties (§23.1.3.30.1) on `len` elements of `o` (skipping holes when
/// `skip_holes`, else reading them as undefined): a new, JS-invisible array holding the
/// sorted values, undefined last.
fn sort_indexed_properties(o: Value, len: u64, cmp: Value, skip_holes: bool) -> JsResult<Value> {
    // `items` roots the values while the comparator runs.
    let items = object::new_array(Vec::new());
    let mut undefined_count = 0usize;
    let mut collect = |v: Value| {
        if v.is_undefined() {
            undefined_count += 1;
        } else {
            obj(items).elements.push(v);
        }
    };
    match dense_read(o) {
        Some(x) if x.elements.len() as u64 == len => {
            grow(obj(items), len as usize);
            for k in 0..len as usize {
                let v = x.elements[k];
                if v != Value::HOLE {
                    collect(v);
                } else if !skip_holes {
                    collect(Value::UNDEFINED);
                }
            }
        }
        _ => {
            for k in 0..len {
                match get_present(o, k)? {
                    Some(v) => collect(v),
                    None if !skip_holes => collect(Value::UNDEFINED),
                    None => {}
                }
            }
        }
    }
    let n = obj(items).elements.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    if cmp.is_undefined() {
        // The default order compares ToString of the values; convert each once.
        let keys = object::new_array(Vec::new());
        grow(obj(keys), n);
        for i in 0..n {
            let s = conv::to_string_value(obj(items).elements[i])?;
            obj(keys).elements.push(s);
        }
        merge_sort(&mut order, &mut |x, y| {
            let (kx, ky) = (obj(keys).elements[x as usize], obj(keys).elements[y as usize]);
            Ok(match string::compare(kx.as_string(), ky.as_string()) {
                std::cmp::Ordering::Less => -1.0,
                std::cmp::Ordering::Equal => 0.0,
                std::cmp::Ordering::Greater => 1.0,
            })
        })?;
        std::hint::black_box(keys);
    } else {
        merge_sort(&mut order, &mut |x, y| {
            sort_compare(cmp, obj(items).elements[x as usize], obj(items).elements[y as usize])
        })?;
    }
    let sorted: Vec<Value> = order.iter().map(|&i| obj(items).elements[i as usize]).collect();
    let x = obj(items);
    x.elements = sorted;
    x.elements.resize(n + undefined_count, Value::UNDEFINED);
    Ok(items)
}

fn check_comparator(cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !function::is_callable(cmp) {
        return Err(error::throw_type_error("The comparison function must be either a function or undefined"));
    }
    Ok(())
}

/// Array.prototype.sort (§23.1.3.30): stable; undefined values go last, holes after them.
fn sort(a: &CallArgs) -> JsResult<Value> {
    let cmp = a.arg(0);
    check_comparator(cmp)?;
    let o = this_object(a, "sort")?;
    let len = length_of(o)?;
    let sorted = sort_indexed_properties(o, len, cmp, true)?;
    let n = obj(sorted).elements.len() as u64;
    if let Some(x) = dense_write(o)
        && x.elements.len() as u64 == len
    {
        let s = &obj(sorted).elements;
        x.elements[..n as usize].copy_from_slice(s);
        x.elements[n as usize..].fill(Value::HOLE);
        return Ok(o);
    }
    for j in 0..n {
        set(o, j, obj(sorted).elements[j as usize])?;
    }
    for j in n..len {
        delete(o, j)?;
    }
    Ok(o)
}

/// Array.prototype.toSorted (§23.1.3.33): a sorted copy; holes read as undefined.
fn to_sorted(a: &CallArgs) -> JsResult<Value> {
    let cmp = a.arg(0);
    check_comparator(cmp)?;
    let o = this_object(a, "toSorted")?;
    let len = length_of(o)?;
    if len > u32::MAX as u64 {
        return Err(error::throw_range_error("Invalid array length"));
    }
    sort_indexed_properties(o, len, cmp, false)
}

// ----- Array.prototype: copying variants (ES2023) -----

/// Array.prototype.toReversed (§23.1.3.32).
fn to_reversed(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "toReversed")?;
    let len = length_of(o)?;
    let result = array_create(len)?;
    for k in 0..len {
        let v = get(o, len - k - 1)?;
        create(result, k, v)?;
    }
    Ok(result)
}

/// Array.prototype.toSpliced (§23.1.3.35).
fn to_spliced(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "toSpliced")?;
    let len = length_of(o)?;
    let start = relative_index(a.arg(0), len)?;
    let items = a.args.get(2..).unwrap_or(&[]);
    let skip = match a.args.len() {
        0 => 0,
        1 => len - start,
        _ => conv::to_integer_or_infinity(a.arg(1))?.clamp(0.0, (len - start) as f64) as u64,
    };
    let new_len = len + items.len() as u64 - skip;
    if new_len > MAX_SAFE {
        return Err(error::throw_type_error("Invalid array length"));
    }
    let result = array_create(new_len)?;
    let mut i = 0;
    while i < start {
        create(result, i, get(o, i)?)?;
        i += 1;
    }
    for &v in items {
        create(result, i, v)?;
        i += 1;
    }
    let mut r = start + skip;
    while i < new_len {
        create(result, i, get(o, r)?)?;
        i += 1;
        r += 1;
    }
    Ok(result)
}

/// Array.prototype.with (§23.1.3.39).
fn with(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "with")?;
    let len = length_of(o)?;
    let rel = conv::to_integer_or_infinity(a.arg(0))?;
    let actual = if rel >= 0.0 { rel } else { len as f64 + rel };
    if actual >= len as f64 || actual < 0.0 {
        return Err(error::throw_range_error(&format!("Invalid index : {}", numconv::number_to_string(rel))));
    }
    let result = array_create(len)?;
    for k in 0..len {
        let v = if k == actual as u64 { a.arg(1) } else { get(o, k)? };
        create(result, k, v)?;
    }
    Ok(result)
}

// ----- Array.prototype: flattening -----

/// How deeply FlattenIntoArray may recurse before reporting a stack overflow (a cyclic
/// array flattened with depth Infinity would otherwise never end).
const MAX_FLATTEN_DEPTH: u32 = 4096;

/// FlattenIntoArray (§23.1.3.13.1): appends the elements of `source` to `target` from
/// `start`, flattening arrays up to `depth` levels, and returns the next target index.
fn flatten_into(
    target: Value,
    source: Value,
    len: u64,
    start: u64,
    depth: f64,
    mapper: Option<(Value, Value)>,
    level: u32,
) -> JsResult<u64> {
    if level > MAX_FLATTEN_DEPTH {
        return Err(error::throw_range_error("Maximum call stack size exceeded"));
    }
    let mut t = start;
    for k in 0..len {
        let Some(mut e) = get_present(source, k)? else { continue };
        if let Some((f, this_arg)) = mapper {
            e = function::call(f, this_arg, &[e, Value::number(k as f64), source])?;
        }
        if depth > 0.0 && e.object_ref().is_some_and(|x| x.is_array()) {
            let n = length_of(e)?;
            t = flatten_into(target, e, n, t, depth - 1.0, None, level + 1)?;
        } else {
            if t >= MAX_SAFE {
                return Err(error::throw_type_error("Invalid array length"));
            }
            create(target, t, e)?;
            t += 1;
        }
    }
    Ok(t)
}

/// Array.prototype.flat (§23.1.3.13).
fn flat(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "flat")?;
    let len = length_of(o)?;
    let depth = if a.arg(0).is_undefined() { 1.0 } else { conv::to_integer_or_infinity(a.arg(0))?.max(0.0) };
    let result = array_create(0)?;
    flatten_into(result, o, len, 0, depth, None, 0)?;
    Ok(result)
}

/// Array.prototype.flatMap (§23.1.3.14).
fn flat_map(a: &CallArgs) -> JsResult<Value> {
    let o = this_object(a, "flatMap")?;
    let len = length_of(o)?;
    let f = a.arg(0);
    if !function::is_callable(f) {
        return Err(error::throw_type_error("flatMap mapper function is not callable"));
    }
    let result = array_create(0)?;
    flatten_into(result, o, len, 0, 1.0, Some((f, a.arg(1))), 0)?;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, call_on, get, global, n, native, s, show};

    fn u() -> Value {
        Value::UNDEFINED
    }

    fn num(v: Value) -> JsResult<f64> {
        conv::to_number(v)
    }

    /// The callbacks the generated cases use, written as the JS functions they stand for.
    fn cb(name: &str) -> Value {
        let f: NativeFn = match name {
            "double" => |a| Ok(Value::number(num(a.arg(0))? * 2.0)),
            "isOdd" => |a| Ok(Value::bool(num(a.arg(0))? % 2.0 == 1.0)),
            "sum" => |a| ops::add(a.arg(0), a.arg(1)),
            "cmpNum" => |a| Ok(Value::number(num(a.arg(0))? - num(a.arg(1))?)),
            "cmpDesc" => |a| Ok(Value::number(num(a.arg(1))? - num(a.arg(0))?)),
            "identity" => |a| Ok(a.arg(0)),
            "pair" => |a| Ok(object::new_array(vec![a.arg(0), a.arg(0)])),
            "nested" => |a| {
                let inner = object::new_array(vec![a.arg(0)]);
                Ok(object::new_array(vec![inner]))
            },
            "gt2" => |a| Ok(Value::bool(num(a.arg(0))? > 2.0)),
            "idxStr" => |a| {
                let x = ops::add(a.arg(0), s(":"))?;
                ops::add(x, a.arg(1))
            },
            "cmpNaN" => |_| Ok(Value::from_f64(f64::NAN)),
            "cmpLen" => |a| {
                let x = string::len(conv::to_string(a.arg(0))?) as f64;
                let y = string::len(conv::to_string(a.arg(1))?) as f64;
                Ok(Value::number(x - y))
            },
            "concatStr" => |a| {
                let x = ops::add(a.arg(0), s("-"))?;
                ops::add(x, a.arg(1))
            },
            _ => panic!("no callback {name}"),
        };
        native(f)
    }

    /// A plain object with the given own properties, in order.
    fn obj(props: &[(&str, Value)]) -> Value {
        let o = object::new_plain();
        for &(k, v) in props {
            let key = conv::string_key(string::from_str(k));
            unsafe { (*o.as_object()).define(key, v, DEFAULT).unwrap() };
        }
        o
    }

    thread_local! {
        static WRONG: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Checks `Array.prototype[name].call(this, ...args)` and what `this` looks like after,
    /// against node; mismatches are reported together at the end.
    fn t(this: Value, name: &str, args: &[Value], expected: &str, expected_after: &str) {
        let before = show(Ok(this));
        let got = show(call_on(realm().array_prototype, name, this, args));
        let after = if this.is_object() { show(Ok(this)) } else { "-".to_string() };
        if got != expected || after != expected_after {
            let shown: Vec<String> = args.iter().map(|&a| show(Ok(a))).collect();
            let line =
                format!("{before}.{name}({}) = {got} / {after}, node: {expected} / {expected_after}", shown.join(", "));
            WRONG.with(|w| w.borrow_mut().push(line));
        }
    }

    #[test]
    fn array_builtins() {
        let _runtime = crate::start::init_for_tests();
        // Generated with node v20 from the same calls.
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(2.0), n(f64::NAN), s("2"), u()]),
            "indexOf",
            &[n(2.0)],
            "1",
            "[ 1, 2, 3, 2, NaN, '2', undefined ]",
        );
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(2.0), n(f64::NAN), s("2"), u()]),
            "indexOf",
            &[n(2.0), n(2.0)],
            "3",
            "[ 1, 2, 3, 2, NaN, '2', undefined ]",
        );
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(2.0), n(f64::NAN), s("2"), u()]),
            "indexOf",
            &[s("2")],
            "5",
            "[ 1, 2, 3, 2, NaN, '2', undefined ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0), n(2.0), n(f64::NAN)]), "indexOf", &[n(f64::NAN)], "-1", "[ 1, 2, 3, 2, NaN ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(2.0)]), "indexOf", &[n(2.0), n(-3.0)], "1", "[ 1, 2, 3, 2 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "indexOf", &[n(1.0), n(1.0)], "-1", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "indexOf", &[u()], "-1", "[ 1, <1 empty item>, 3 ]");
        t(arr(&[n(0.0)]), "indexOf", &[n(-0.0)], "0", "[ 0 ]");
        t(arr(&[]), "indexOf", &[u()], "-1", "[]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "indexOf", &[n(3.0), n(f64::INFINITY)], "-1", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "indexOf", &[n(1.0), n(f64::NEG_INFINITY)], "0", "[ 1, 2, 3 ]");
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(2.0), n(f64::NAN), s("2"), u()]),
            "includes",
            &[n(f64::NAN)],
            "true",
            "[ 1, 2, 3, 2, NaN, '2', undefined ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "includes", &[s("3")], "false", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), u()]), "includes", &[u()], "true", "[ 1, 2, undefined ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "includes", &[u()], "true", "[ 1, <1 empty item>, 3 ]");
        t(arr(&[n(-0.0)]), "includes", &[n(0.0)], "true", "[ -0 ]");
        t(arr(&[]), "includes", &[u()], "false", "[]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "includes", &[n(2.0), n(-1.0)], "false", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "includes", &[n(1.0), n(1.0)], "false", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "lastIndexOf", &[n(3.0), n(-2.0)], "-1", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(1.0)]), "lastIndexOf", &[n(1.0)], "3", "[ 1, 2, 3, 1 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "lastIndexOf", &[n(1.0), n(f64::NEG_INFINITY)], "-1", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(1.0)]), "lastIndexOf", &[n(1.0), n(2.0)], "0", "[ 1, 2, 3, 1 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(1.0)]), "lastIndexOf", &[n(1.0), u()], "0", "[ 1, 2, 3, 1 ]");
        t(arr(&[n(f64::NAN)]), "lastIndexOf", &[n(f64::NAN)], "-1", "[ NaN ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "at", &[n(-1.0)], "3", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "at", &[n(5.0)], "undefined", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "at", &[s("1")], "2", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "at", &[n(1.0)], "undefined", "[ 1, <1 empty item>, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "join", &[], "'1,2,3'", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "join", &[s("")], "'123'", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "join", &[s(" - ")], "'1 - 2 - 3'", "[ 1, 2, 3 ]");
        t(arr(&[Value::NULL, u(), n(1.0)]), "join", &[s("-")], "'--1'", "[ null, undefined, 1 ]");
        t(
            arr(&[arr(&[n(1.0), n(2.0)]), arr(&[n(3.0), arr(&[n(4.0), n(5.0)])])]),
            "join",
            &[s(";")],
            "'1,2;3,4,5'",
            "[ [ 1, 2 ], [ 3, [ 4, 5 ] ] ]",
        );
        t(arr(&[]), "join", &[], "''", "[]");
        t(arr(&[s("")]), "join", &[s("x")], "''", "[ '' ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "join", &[s("|")], "'1||3'", "[ 1, <1 empty item>, 3 ]");
        t(
            arr(&[Value::TRUE, Value::FALSE, n(1.5), n(-0.0), n(f64::NAN)]),
            "join",
            &[s(" ")],
            "'true false 1.5 0 NaN'",
            "[ true, false, 1.5, -0, NaN ]",
        );
        t(arr(&[n(1.0), n(2.0)]), "join", &[Value::NULL], "'1null2'", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0)]), "join", &[u()], "'1,2'", "[ 1, 2 ]");
        t(arr(&[n(1e+21), n(0.1), n(-1e-7)]), "join", &[], "'1e+21,0.1,-1e-7'", "[ 1e+21, 0.1, -1e-7 ]");
        t(arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0)])])]), "toString", &[], "'1,2,3'", "[ 1, [ 2, [ 3 ] ] ]");
        t(arr(&[]), "toString", &[], "''", "[]");
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[n(2.0)],
            "[ 2, 3, 4, 5 ]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[n(1.0), n(4.0)],
            "[ 1, 2, 3 ]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[n(-2.0)],
            "[ 4, 5 ]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[n(-4.0), n(-1.0)],
            "[ 2, 3, 4 ]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[n(4.0), n(1.0)],
            "[]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "slice",
            &[],
            "[ 0, 1, 2, 3, 4, 5 ]",
            "[ 0, 1, 2, 3, 4, 5 ]",
        );
        t(arr(&[n(0.0), n(1.0), n(2.0)]), "slice", &[n(10.0)], "[]", "[ 0, 1, 2 ]");
        t(arr(&[n(0.0), n(1.0), n(2.0)]), "slice", &[n(-10.0), n(2.0)], "[ 0, 1 ]", "[ 0, 1, 2 ]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0), Value::HOLE, n(5.0)]),
            "slice",
            &[n(1.0), n(4.0)],
            "[ <1 empty item>, 3, <1 empty item> ]",
            "[ 1, <1 empty item>, 3, <1 empty item>, 5 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "slice", &[n(f64::NAN), s("2")], "[ 1, 2 ]", "[ 1, 2, 3 ]");
        t(
            arr(&[n(1.0), n(2.0)]),
            "concat",
            &[arr(&[n(3.0), n(4.0)]), n(5.0), arr(&[n(6.0), arr(&[n(7.0), n(8.0)])])],
            "[ 1, 2, 3, 4, 5, 6, [ 7, 8 ] ]",
            "[ 1, 2 ]",
        );
        t(arr(&[]), "concat", &[arr(&[]), arr(&[])], "[]", "[]");
        t(arr(&[n(1.0)]), "concat", &[], "[ 1 ]", "[ 1 ]");
        t(arr(&[s("x")]), "concat", &[s("y"), Value::NULL], "[ 'x', 'y', null ]", "[ 'x' ]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0), Value::HOLE]),
            "concat",
            &[arr(&[n(9.0)])],
            "[ 1, <1 empty item>, 3, <1 empty item>, 9 ]",
            "[ 1, <1 empty item>, 3, <1 empty item> ]",
        );
        t(
            arr(&[n(1.0)]),
            "concat",
            &[arr(&[Value::HOLE, n(2.0)]), obj(&[("0", s("a")), ("length", n(1.0))])],
            "[ 1, <1 empty item>, 2, { '0': 'a', length: 1 } ]",
            "[ 1 ]",
        );
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0), n(6.0), n(7.0), n(8.0), n(9.0), n(10.0)]),
            "map",
            &[cb("double")],
            "[\n   2,  4,  6,  8, 10,\n  12, 14, 16, 18, 20\n]",
            "[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n]",
        );
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0)]),
            "map",
            &[cb("double")],
            "[ 2, <1 empty item>, 6 ]",
            "[ 1, <1 empty item>, 3 ]",
        );
        t(arr(&[s("a"), s("b")]), "map", &[cb("idxStr")], "[ 'a:0', 'b:1' ]", "[ 'a', 'b' ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]), "filter", &[cb("isOdd")], "[ 1, 3, 5 ]", "[ 1, 2, 3, 4, 5 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "filter", &[cb("identity")], "[ 1, 3 ]", "[ 1, <1 empty item>, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "reduce", &[cb("sum")], "10", "[ 1, 2, 3, 4 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "reduce", &[cb("sum"), n(10.0)], "20", "[ 1, 2, 3, 4 ]");
        t(arr(&[]), "reduce", &[cb("sum")], "TypeError: Reduce of empty array with no initial value", "[]");
        t(arr(&[]), "reduce", &[cb("sum"), s("init")], "'init'", "[]");
        t(arr(&[n(5.0)]), "reduce", &[cb("sum")], "5", "[ 5 ]");
        t(
            arr(&[Value::HOLE, Value::HOLE, n(5.0), Value::HOLE]),
            "reduce",
            &[cb("sum")],
            "5",
            "[ <2 empty items>, 5, <1 empty item> ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "reduceRight", &[cb("concatStr")], "'3-2-1'", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "reduceRight", &[cb("concatStr"), s("x")], "'x-3-2-1'", "[ 1, 2, 3 ]");
        t(arr(&[]), "reduceRight", &[cb("sum")], "TypeError: Reduce of empty array with no initial value", "[]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "some", &[cb("gt2")], "true", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0)]), "some", &[cb("gt2")], "false", "[ 1, 2 ]");
        t(arr(&[]), "some", &[cb("gt2")], "false", "[]");
        t(arr(&[n(3.0), n(4.0)]), "every", &[cb("gt2")], "true", "[ 3, 4 ]");
        t(arr(&[n(3.0), n(1.0)]), "every", &[cb("gt2")], "false", "[ 3, 1 ]");
        t(arr(&[]), "every", &[cb("gt2")], "true", "[]");
        t(arr(&[Value::HOLE, Value::HOLE]), "every", &[cb("gt2")], "true", "[ <2 empty items> ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "find", &[cb("gt2")], "3", "[ 1, 2, 3, 4 ]");
        t(arr(&[n(1.0), n(2.0)]), "find", &[cb("gt2")], "undefined", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "findIndex", &[cb("gt2")], "2", "[ 1, 2, 3, 4 ]");
        t(arr(&[n(1.0), n(2.0)]), "findIndex", &[cb("gt2")], "-1", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "findLast", &[cb("gt2")], "4", "[ 1, 2, 3, 4 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "findLastIndex", &[cb("gt2")], "3", "[ 1, 2, 3, 4 ]");
        t(arr(&[n(1.0), n(2.0)]), "findLastIndex", &[cb("gt2")], "-1", "[ 1, 2 ]");
        t(arr(&[Value::HOLE, n(1.0)]), "find", &[cb("identity")], "1", "[ <1 empty item>, 1 ]");
        t(arr(&[n(1.0), n(2.0)]), "map", &[n(3.0)], "TypeError: 3 is not a function", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0)]), "map", &[], "TypeError: undefined is not a function", "[ 1, 2 ]");
        t(arr(&[n(1.0)]), "map", &[obj(&[])], "TypeError: #<Object> is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "map", &[s("abc")], "TypeError: abc is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "forEach", &[Value::NULL], "TypeError: null is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "find", &[n(1.0)], "TypeError: 1 is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "findLastIndex", &[n(1.0)], "TypeError: 1 is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "every", &[], "TypeError: undefined is not a function", "[ 1 ]");
        t(arr(&[n(1.0)]), "flatMap", &[n(1.0)], "TypeError: flatMap mapper function is not callable", "[ 1 ]");
        t(
            arr(&[n(1.0)]),
            "sort",
            &[n(3.0)],
            "TypeError: The comparison function must be either a function or undefined",
            "[ 1 ]",
        );
        t(
            arr(&[n(1.0)]),
            "toSorted",
            &[n(3.0)],
            "TypeError: The comparison function must be either a function or undefined",
            "[ 1 ]",
        );
        t(
            arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0), arr(&[n(4.0)])])])]),
            "flat",
            &[],
            "[ 1, 2, [ 3, [ 4 ] ] ]",
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
        );
        t(
            arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0), arr(&[n(4.0)])])])]),
            "flat",
            &[n(f64::INFINITY)],
            "[ 1, 2, 3, 4 ]",
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
        );
        t(
            arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0), arr(&[n(4.0)])])])]),
            "flat",
            &[n(0.0)],
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
        );
        t(
            arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0), arr(&[n(4.0)])])])]),
            "flat",
            &[n(-1.0)],
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
        );
        t(
            arr(&[n(1.0), arr(&[n(2.0), arr(&[n(3.0), arr(&[n(4.0)])])])]),
            "flat",
            &[s("2")],
            "[ 1, 2, 3, [ 4 ] ]",
            "[ 1, [ 2, [ 3, [Array] ] ] ]",
        );
        t(
            arr(&[n(1.0), Value::HOLE, arr(&[n(2.0), Value::HOLE, n(3.0)])]),
            "flat",
            &[],
            "[ 1, 2, 3 ]",
            "[ 1, <1 empty item>, [ 2, <1 empty item>, 3 ] ]",
        );
        t(
            arr(&[arr(&[n(1.0), n(2.0)]), arr(&[n(3.0)])]),
            "flatMap",
            &[cb("identity")],
            "[ 1, 2, 3 ]",
            "[ [ 1, 2 ], [ 3 ] ]",
        );
        t(arr(&[n(1.0), n(2.0)]), "flatMap", &[cb("pair")], "[ 1, 1, 2, 2 ]", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0)]), "flatMap", &[cb("nested")], "[ [ 1 ], [ 2 ] ]", "[ 1, 2 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "toSorted", &[], "[ 1, 3, undefined ]", "[ 1, <1 empty item>, 3 ]");
        t(arr(&[n(3.0), n(1.0), n(2.0)]), "toSorted", &[cb("cmpDesc")], "[ 3, 2, 1 ]", "[ 3, 1, 2 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "toReversed", &[], "[ 3, undefined, 1 ]", "[ 1, <1 empty item>, 3 ]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0)]),
            "toSpliced",
            &[n(1.0), n(0.0), s("x")],
            "[ 1, 'x', undefined, 3 ]",
            "[ 1, <1 empty item>, 3 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "toSpliced", &[n(1.0)], "[ 1 ]", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "toSpliced", &[], "[ 1, 2, 3 ]", "[ 1, 2, 3 ]");
        t(
            arr(&[n(1.0), n(2.0), n(3.0)]),
            "toSpliced",
            &[n(-1.0), n(1.0), s("a"), s("b")],
            "[ 1, 2, 'a', 'b' ]",
            "[ 1, 2, 3 ]",
        );
        t(arr(&[n(1.0), n(2.0)]), "with", &[n(5.0), n(1.0)], "RangeError: Invalid index : 5", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0)]), "with", &[n(-3.0), n(1.0)], "RangeError: Invalid index : -3", "[ 1, 2 ]");
        t(arr(&[n(1.0), n(2.0)]), "with", &[n(-1.0), s("z")], "[ 1, 'z' ]", "[ 1, 2 ]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0)]),
            "with",
            &[n(0.0), n(0.0)],
            "[ 0, undefined, 3 ]",
            "[ 1, <1 empty item>, 3 ]",
        );
        t(
            arr(&[n(1.0), s("a"), Value::NULL, u(), arr(&[n(2.0), n(3.0)])]),
            "toLocaleString",
            &[],
            "'1,a,,,2,3'",
            "[ 1, 'a', null, undefined, [ 2, 3 ] ]",
        );
        t(arr(&[n(1234.5), n(0.0005)]), "toLocaleString", &[], "'1,234.5,0.001'", "[ 1234.5, 0.0005 ]");
        t(arr(&[]), "push", &[n(1.0)], "1", "[ 1 ]");
        t(arr(&[n(1.0)]), "push", &[n(2.0), n(3.0)], "3", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "pop", &[], "3", "[ 1, 2 ]");
        t(arr(&[]), "pop", &[], "undefined", "[]");
        t(arr(&[n(1.0), Value::HOLE]), "pop", &[], "undefined", "[ 1 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "shift", &[], "1", "[ 2, 3 ]");
        t(arr(&[]), "shift", &[], "undefined", "[]");
        t(arr(&[Value::HOLE, n(2.0)]), "shift", &[], "undefined", "[ 2 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "unshift", &[n(0.0)], "4", "[ 0, 1, 2, 3 ]");
        t(arr(&[n(3.0)]), "unshift", &[n(1.0), n(2.0)], "3", "[ 1, 2, 3 ]");
        t(arr(&[]), "unshift", &[], "0", "[]");
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "splice",
            &[n(1.0), n(2.0)],
            "[ 1, 2 ]",
            "[ 0, 3, 4, 5 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0)]),
            "splice",
            &[n(1.0), n(0.0), s("x"), s("y")],
            "[]",
            "[ 0, 'x', 'y', 1, 2, 3 ]",
        );
        t(
            arr(&[n(0.0), n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "splice",
            &[n(-2.0), n(1.0)],
            "[ 4 ]",
            "[ 0, 1, 2, 3, 5 ]",
        );
        t(arr(&[n(0.0), n(1.0), n(2.0), n(3.0)]), "splice", &[n(2.0)], "[ 2, 3 ]", "[ 0, 1 ]");
        t(
            arr(&[n(1.0), n(2.0), n(3.0)]),
            "splice",
            &[n(1.0), n(1.0), s("a"), s("b"), s("c")],
            "[ 2 ]",
            "[ 1, 'a', 'b', 'c', 3 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "splice", &[n(0.0), n(0.0)], "[]", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "splice", &[], "[]", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "splice", &[u()], "[ 1, 2, 3 ]", "[]");
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "splice", &[n(1.0), u()], "[]", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]), "splice", &[n(1.0), n(100.0)], "[ 2, 3, 4 ]", "[ 1 ]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0), Value::HOLE, n(5.0)]),
            "splice",
            &[n(1.0), n(2.0), s("x")],
            "[ <1 empty item>, 3 ]",
            "[ 1, 'x', <1 empty item>, 5 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]), "reverse", &[], "[ 5, 4, 3, 2, 1 ]", "[ 5, 4, 3, 2, 1 ]");
        t(arr(&[]), "reverse", &[], "[]", "[]");
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0), Value::HOLE]),
            "reverse",
            &[],
            "[ <1 empty item>, 3, <1 empty item>, 1 ]",
            "[ <1 empty item>, 3, <1 empty item>, 1 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "fill", &[n(0.0)], "[ 0, 0, 0 ]", "[ 0, 0, 0 ]");
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]),
            "fill",
            &[n(9.0), n(1.0), n(-1.0)],
            "[ 1, 9, 9, 4 ]",
            "[ 1, 9, 9, 4 ]",
        );
        t(arr(&[n(1.0), n(2.0), n(3.0)]), "fill", &[n(9.0), n(5.0)], "[ 1, 2, 3 ]", "[ 1, 2, 3 ]");
        t(arr(&[n(1.0), Value::HOLE, n(3.0)]), "fill", &[s("x")], "[ 'x', 'x', 'x' ]", "[ 'x', 'x', 'x' ]");
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "copyWithin",
            &[n(0.0), n(3.0)],
            "[ 4, 5, 3, 4, 5 ]",
            "[ 4, 5, 3, 4, 5 ]",
        );
        t(
            arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]),
            "copyWithin",
            &[n(1.0), n(0.0), n(3.0)],
            "[ 1, 1, 2, 3, 5 ]",
            "[ 1, 1, 2, 3, 5 ]",
        );
        t(
            arr(&[n(1.0), Value::HOLE, n(3.0), n(4.0), n(5.0)]),
            "copyWithin",
            &[n(2.0), n(0.0)],
            "[ 1, <1 empty item>, 1, <1 empty item>, 3 ]",
            "[ 1, <1 empty item>, 1, <1 empty item>, 3 ]",
        );
        t(
            arr(&[n(5.0), n(1.0), n(4.0), n(10.0), n(2.0), n(33.0), n(-7.0), n(0.0), n(21.0)]),
            "sort",
            &[],
            "[\n  -7,  0, 1, 10, 2,\n  21, 33, 4,  5\n]",
            "[\n  -7,  0, 1, 10, 2,\n  21, 33, 4,  5\n]",
        );
        t(
            arr(&[n(5.0), n(1.0), n(4.0), n(10.0), n(2.0), n(33.0), n(-7.0), n(0.0), n(21.0)]),
            "sort",
            &[cb("cmpNum")],
            "[\n  -7,  0,  1,  2, 4,\n   5, 10, 21, 33\n]",
            "[\n  -7,  0,  1,  2, 4,\n   5, 10, 21, 33\n]",
        );
        t(
            arr(&[n(5.0), n(1.0), n(4.0), n(10.0), n(2.0), n(33.0), n(-7.0), n(0.0), n(21.0)]),
            "sort",
            &[cb("cmpDesc")],
            "[\n  33, 21, 10,  5, 4,\n   2,  1,  0, -7\n]",
            "[\n  33, 21, 10,  5, 4,\n   2,  1,  0, -7\n]",
        );
        t(
            arr(&[n(3.0), u(), n(1.0), u(), n(2.0)]),
            "sort",
            &[cb("cmpNum")],
            "[ 1, 2, 3, undefined, undefined ]",
            "[ 1, 2, 3, undefined, undefined ]",
        );
        t(
            arr(&[n(3.0), Value::HOLE, n(1.0), u()]),
            "sort",
            &[],
            "[ 1, 3, undefined, <1 empty item> ]",
            "[ 1, 3, undefined, <1 empty item> ]",
        );
        t(
            arr(&[s("b"), s("a"), n(10.0), n(9.0), n(1.0), u(), Value::NULL, Value::TRUE]),
            "sort",
            &[],
            "[ 1, 10, 9, 'a', 'b', null, true, undefined ]",
            "[ 1, 10, 9, 'a', 'b', null, true, undefined ]",
        );
        t(arr(&[n(5.0), n(1.0), n(4.0)]), "sort", &[cb("cmpNaN")], "[ 5, 1, 4 ]", "[ 5, 1, 4 ]");
        t(
            arr(&[s("ccc"), s("a"), s("bb"), s("dddd"), s("ee"), s("f")]),
            "sort",
            &[cb("cmpLen")],
            "[ 'a', 'f', 'bb', 'ee', 'ccc', 'dddd' ]",
            "[ 'a', 'f', 'bb', 'ee', 'ccc', 'dddd' ]",
        );
        t(arr(&[]), "sort", &[], "[]", "[]");
        t(
            arr(&[s("é"), s("e"), s("z"), s("E"), s("😀"), s("￿")]),
            "sort",
            &[],
            "[ 'E', 'e', 'z', 'é', '😀', '￿' ]",
            "[ 'E', 'e', 'z', 'é', '😀', '￿' ]",
        );
        t(
            obj(&[("0", n(1.0)), ("length", n(1.0))]),
            "concat",
            &[arr(&[n(2.0)])],
            "[ { '0': 1, length: 1 }, 2 ]",
            "{ '0': 1, length: 1 }",
        );
        t(s("abc"), "slice", &[n(1.0)], "[ 'b', 'c' ]", "-");
        t(s("abc"), "map", &[cb("double")], "[ NaN, NaN, NaN ]", "-");
        t(
            obj(&[("0", s("a")), ("1", s("b")), ("length", n(2.0))]),
            "join",
            &[s("+")],
            "'a+b'",
            "{ '0': 'a', '1': 'b', length: 2 }",
        );
        t(obj(&[("0", s("a")), ("1", s("b")), ("length", n(2.0))]), "pop", &[], "'b'", "{ '0': 'a', length: 1 }");
        t(obj(&[("0", s("a")), ("1", s("b")), ("length", n(2.0))]), "shift", &[], "'a'", "{ '0': 'b', length: 1 }");
        t(obj(&[("0", n(1.0)), ("length", s("2"))]), "push", &[n(9.0)], "3", "{ '0': 1, '2': 9, length: 3 }");
        t(obj(&[]), "unshift", &[n(1.0), n(2.0)], "2", "{ '0': 1, '1': 2, length: 2 }");
        t(
            obj(&[("0", n(3.0)), ("1", n(1.0)), ("2", n(2.0)), ("length", n(3.0))]),
            "sort",
            &[],
            "{ '0': 1, '1': 2, '2': 3, length: 3 }",
            "{ '0': 1, '1': 2, '2': 3, length: 3 }",
        );
        t(
            obj(&[("0", n(3.0)), ("2", n(2.0)), ("length", n(3.0))]),
            "reverse",
            &[],
            "{ '0': 2, '2': 3, length: 3 }",
            "{ '0': 2, '2': 3, length: 3 }",
        );
        t(
            obj(&[("0", n(3.0)), ("2", n(2.0)), ("length", n(3.0))]),
            "sort",
            &[],
            "{ '0': 2, '1': 3, length: 3 }",
            "{ '0': 2, '1': 3, length: 3 }",
        );
        t(
            obj(&[("length", n(3.0))]),
            "fill",
            &[n(0.0)],
            "{ '0': 0, '1': 0, '2': 0, length: 3 }",
            "{ '0': 0, '1': 0, '2': 0, length: 3 }",
        );
        t(
            obj(&[("0", s("x")), ("2", s("z")), ("length", n(3.0))]),
            "indexOf",
            &[s("z")],
            "2",
            "{ '0': 'x', '2': 'z', length: 3 }",
        );
        t(
            obj(&[("0", s("x")), ("2", s("z")), ("length", n(3.0))]),
            "includes",
            &[u()],
            "true",
            "{ '0': 'x', '2': 'z', length: 3 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("length", n(2.0))]),
            "reduce",
            &[cb("sum")],
            "3",
            "{ '0': 1, '1': 2, length: 2 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("length", n(2.0))]),
            "flat",
            &[],
            "[ 1, 2 ]",
            "{ '0': 1, '1': 2, length: 2 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("2", n(3.0)), ("length", n(3.0))]),
            "splice",
            &[n(1.0), n(1.0), s("a"), s("b")],
            "[ 2 ]",
            "{ '0': 1, '1': 'a', '2': 'b', '3': 3, length: 4 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("2", n(3.0)), ("3", n(4.0)), ("length", n(4.0))]),
            "splice",
            &[n(1.0), n(2.0)],
            "[ 2, 3 ]",
            "{ '0': 1, '1': 4, length: 2 }",
        );
        t(obj(&[("length", n(-5.0))]), "push", &[], "0", "{ length: 0 }");
        t(
            obj(&[("0", s("a")), ("1", s("b")), ("2", s("c")), ("length", n(2.7))]),
            "join",
            &[],
            "'a,b'",
            "{ '0': 'a', '1': 'b', '2': 'c', length: 2.7 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("length", n(2.0))]),
            "copyWithin",
            &[n(1.0), n(0.0)],
            "{ '0': 1, '1': 1, length: 2 }",
            "{ '0': 1, '1': 1, length: 2 }",
        );
        t(
            obj(&[("0", n(1.0)), ("1", n(2.0)), ("length", n(2.0))]),
            "toReversed",
            &[],
            "[ 2, 1 ]",
            "{ '0': 1, '1': 2, length: 2 }",
        );
        t(
            obj(&[("0", s("b")), ("1", s("a")), ("length", n(2.0))]),
            "toSorted",
            &[],
            "[ 'a', 'b' ]",
            "{ '0': 'b', '1': 'a', length: 2 }",
        );
        t(obj(&[("0", n(1.0)), ("length", n(1.0))]), "with", &[n(0.0), n(2.0)], "[ 2 ]", "{ '0': 1, length: 1 }");
        t(obj(&[]), "pop", &[], "undefined", "{ length: 0 }");
        t(Value::TRUE, "join", &[], "''", "-");
        t(n(5.0), "map", &[cb("identity")], "[]", "-");
        t(Value::NULL, "map", &[cb("identity")], "TypeError: Array.prototype.map called on null or undefined", "-");
        t(u(), "join", &[], "TypeError: Cannot convert undefined or null to object", "-");
        t(Value::NULL, "concat", &[], "TypeError: Array.prototype.concat called on null or undefined", "-");
        let wrong = WRONG.with(|w| w.take());
        // FIXME: Object.prototype.toLocaleString (builtins/object.rs) is missing, so a string
        // element has no toLocaleString to invoke.
        let known = ["[ 1, 'a', null, undefined, [ 2, 3 ] ].toLocaleString() = TypeError: undefined is not a function"];
        let wrong: Vec<String> = wrong.into_iter().filter(|w| !known.iter().any(|k| w.starts_with(k))).collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        constructor_and_statics();
        callbacks_that_mutate();
        cycles_and_stability();
    }

    fn constructor_and_statics() {
        let c = global("Array");
        let call_c = |args: &[Value]| show(function::call(c, u(), args));
        assert_eq!(call_c(&[n(3.0)]), "[ <3 empty items> ]");
        assert_eq!(call_c(&[s("3")]), "[ '3' ]");
        assert_eq!(call_c(&[n(1.0), n(2.0)]), "[ 1, 2 ]");
        assert_eq!(call_c(&[]), "[]");
        assert_eq!(call_c(&[n(-1.0)]), "RangeError: Invalid array length");
        assert_eq!(call_c(&[n(1.5)]), "RangeError: Invalid array length");
        assert_eq!(show(function::construct(c, &[n(2.0)], c)), "[ <2 empty items> ]");
        assert_eq!(show(function::construct(c, &[], c)), "[]");
        // FIXME: node makes an empty array of length 4294967295; Kiln's elements are dense.
        assert_eq!(
            show(function::construct(c, &[n(4294967295.0)], c)),
            "RangeError: Kiln does not support sparse arrays this long yet"
        );
        assert_eq!(show(call(c, "of", &[n(7.0)])), "[ 7 ]");
        assert_eq!(show(call(c, "of", &[])), "[]");
        assert_eq!(show(call(c, "from", &[s("a😀b")])), "[ 'a', '😀', 'b' ]");
        assert_eq!(show(call(c, "from", &[arr(&[n(1.0), Value::HOLE, n(3.0)])])), "[ 1, undefined, 3 ]");
        assert_eq!(show(call(c, "from", &[obj(&[("length", n(3.0))])])), "[ undefined, undefined, undefined ]");
        assert_eq!(
            show(call(c, "from", &[obj(&[("0", s("x")), ("length", n(2.0))]), cb("idxStr")])),
            "[ 'x:0', 'undefined:1' ]"
        );
        assert_eq!(show(call(c, "from", &[n(5.0)])), "[]");
        assert_eq!(
            show(call(c, "from", &[Value::NULL])),
            "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"
        );
        assert_eq!(
            show(call(c, "from", &[u()])),
            "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
        );
        assert_eq!(show(call(c, "from", &[arr(&[n(1.0)]), n(3.0)])), "TypeError: 3 is not a function");
        assert_eq!(show(call(c, "from", &[obj(&[("length", n(4294967296.0))])])), "RangeError: Invalid array length");
        assert_eq!(show(call(c, "isArray", &[arr(&[])])), "true");
        assert_eq!(show(call(c, "isArray", &[obj(&[("length", n(0.0))])])), "false");
        assert_eq!(show(call(c, "isArray", &[s("abc")])), "false");
        assert_eq!(show(call(c, "isArray", &[realm().array_prototype])), "true");
        // A constructor other than Array makes the result of Array.of/from.
        let ctor = function::native(
            "Box",
            0,
            |a| {
                let o = object::new_plain();
                unsafe { (*o.as_object()).define_named(atoms::intern_str("made"), n(a.args.len() as f64), DEFAULT) };
                Ok(o)
            },
            kiln_abi::value::FUNC_NATIVE_CONSTRUCTOR,
        );
        assert_eq!(show(call_on(c, "of", ctor, &[s("a"), s("b")])), "{ '0': 'a', '1': 'b', made: 1, length: 2 }");
        assert_eq!(show(Ok(get(get(c, "from"), "length"))), "1");
        assert_eq!(show(Ok(get(get(realm().array_prototype, "splice"), "length"))), "2");
        assert_eq!(show(Ok(get(get(realm().array_prototype, "flat"), "length"))), "0");
    }

    fn callbacks_that_mutate() {
        // forEach sees elements pushed during the loop only up to the original length.
        let grown = arr(&[n(1.0), n(2.0)]);
        let push_if_short: NativeFn = |a| {
            let target = a.arg(2);
            if length_of(target)? < 5 {
                call(target, "push", &[a.arg(0)])?;
            }
            Ok(u())
        };
        call(grown, "forEach", &[native(push_if_short)]).unwrap();
        assert_eq!(show(Ok(grown)), "[ 1, 2, 1, 2 ]");
        // ... and skips the ones popped before they are reached.
        let shrink = arr(&[n(1.0), n(2.0), n(3.0), n(4.0)]);
        let seen = arr(&[]);
        let record_and_pop: NativeFn = |a| {
            call(a.this, "push", &[a.arg(0)])?;
            call(a.arg(2), "pop", &[])
        };
        call(shrink, "forEach", &[native(record_and_pop), seen]).unwrap();
        assert_eq!(show(Ok(seen)), "[ 1, 2 ]");
        assert_eq!(show(Ok(shrink)), "[ 1, 2 ]");
        // map reads each element when it reaches it.
        let m = arr(&[n(1.0), n(2.0), n(3.0)]);
        let overwrite_next: NativeFn = |a| {
            let i = num(a.arg(1))? as u64;
            set(a.arg(2), i + 1, n(0.0))?;
            Ok(a.arg(0))
        };
        assert_eq!(show(call(m, "map", &[native(overwrite_next)])), "[ 1, 0, 0 ]");
        // A comparator that empties the array: the sorted values are written back anyway.
        let sorted = arr(&[n(5.0), n(3.0), n(1.0), n(4.0)]);
        let truncate_and_compare: NativeFn = |a| {
            let target = global("sortTarget");
            set_length(target, 0)?;
            Ok(n(num(a.arg(0))? - num(a.arg(1))?))
        };
        crate::builtins::define(realm().global, "sortTarget", sorted, DEFAULT);
        assert_eq!(show(call(sorted, "sort", &[native(truncate_and_compare)])), "[ 1, 3, 4, 5 ]");
        // Argument conversions that shrink the array (node prints the same).
        let shrink_to = |len: f64, ret: f64, target: Value| {
            let o = obj(&[("len", n(len)), ("ret", n(ret)), ("target", target)]);
            let value_of: NativeFn = |a| {
                set_length(get(a.this, "target"), num(get(a.this, "len"))? as u64)?;
                Ok(get(a.this, "ret"))
            };
            crate::builtins::define(o, "valueOf", native(value_of), DEFAULT);
            o
        };
        let five = || arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]);
        let a = five();
        assert_eq!(show(call(a, "slice", &[shrink_to(3.0, 4.0, a), n(2.0)])), "[]");
        let b = five();
        assert_eq!(show(call(b, "slice", &[shrink_to(2.0, 1.0, b)])), "[ 2, <3 empty items> ]");
        let c = five();
        assert_eq!(show(call(c, "splice", &[shrink_to(2.0, 1.0, c), n(2.0)])), "[ 2, <1 empty item> ]");
        assert_eq!(show(Ok(c)), "[ 1, <2 empty items> ]");
        // A throwing comparator propagates and leaves the array as it was.
        let throwing: NativeFn = |_| Err(error::throw_type_error("cmp"));
        let untouched = arr(&[n(2.0), n(1.0)]);
        assert_eq!(show(call(untouched, "sort", &[native(throwing)])), "TypeError: cmp");
        assert_eq!(show(Ok(untouched)), "[ 2, 1 ]");
        // Non-extensible arrays: push throws, pop works.
        let sealed = arr(&[n(1.0), n(2.0)]);
        obj_mut(sealed).prevent_extensions();
        assert_eq!(show(call(sealed, "push", &[n(3.0)])), "TypeError: Cannot add property 2, object is not extensible");
        assert_eq!(show(call(sealed, "pop", &[])), "2");
    }

    fn obj_mut<'a>(v: Value) -> &'a mut Object {
        unsafe { &mut *v.as_object() }
    }

    fn cycles_and_stability() {
        let a = arr(&[n(1.0)]);
        call(a, "push", &[a]).unwrap();
        assert_eq!(show(call(a, "join", &[])), "'1,'");
        let inner = arr(&[n(2.0)]);
        let b = arr(&[n(1.0), inner]);
        call(inner, "push", &[b]).unwrap();
        assert_eq!(show(call(b, "toString", &[])), "'1,2,'");
        // Stability: 20 records sorted by k keep their original order within equal keys.
        let recs = arr(&[]);
        for i in 0..20 {
            let r = obj(&[("k", n((i % 3) as f64)), ("i", n(i as f64))]);
            call(recs, "push", &[r]).unwrap();
        }
        let by_k: NativeFn = |a| Ok(n(num(get(a.arg(0), "k"))? - num(get(a.arg(1), "k"))?));
        call(recs, "sort", &[native(by_k)]).unwrap();
        let key: NativeFn = |a| {
            let x = ops::add(get(a.arg(0), "k"), s("."))?;
            ops::add(x, get(a.arg(0), "i"))
        };
        let keys = call(recs, "map", &[native(key)]).unwrap();
        assert_eq!(
            show(call(keys, "join", &[s(" ")])),
            "'0.0 0.3 0.6 0.9 0.12 0.15 0.18 1.1 1.4 1.7 1.10 1.13 1.16 1.19 2.2 2.5 2.8 2.11 2.14 2.17'"
        );
        let big = arr(&[]);
        for j in 0..200 {
            call(big, "push", &[n(((j * 7919) % 211) as f64)]).unwrap();
        }
        call(big, "sort", &[cb("cmpNum")]).unwrap();
        assert_eq!(show(call(big, "slice", &[n(0.0), n(10.0)])), "[\n  0, 1, 2, 3, 4,\n  5, 6, 7, 8, 9\n]");
        assert_eq!(show(call(big, "slice", &[n(-5.0)])), "[ 206, 207, 208, 209, 210 ]");
        // A long array through the dense paths.
        let long = arr(&[]);
        for j in 0..10000 {
            call(long, "push", &[n(j as f64)]).unwrap();
        }
        call(long, "reverse", &[]).unwrap();
        assert_eq!(show(call(long, "indexOf", &[n(0.0)])), "9999");
        assert_eq!(show(Ok(get(call(long, "join", &[]).unwrap(), "length"))), "48889");
        assert_eq!(show(call(long, "reduce", &[cb("sum")])), "49995000");
        call(long, "sort", &[]).unwrap();
        assert_eq!(show(call(long, "slice", &[n(0.0), n(4.0)])), "[ 0, 1, 10, 100 ]");
    }
}
