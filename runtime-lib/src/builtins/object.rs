//! The Object constructor and its reflective functions (§20.1.2), Object.prototype (§20.1.3,
//! with the Annex B `__proto__` accessor and `__defineGetter__` family), and the descriptor
//! conversions Reflect shares (ToPropertyDescriptor, FromPropertyDescriptor).
//!
//! The internal methods they expose ([[DefineOwnProperty]] with its validation, integrity
//! levels, [[SetPrototypeOf]]) live in `object.rs`; this file converts arguments, orders the
//! steps as the spec does and words errors as V8 does.
//!
//! Key lists are copied into an array before any getter can run (`key_list`): a getter may
//! delete properties, and a key atom then lives only as long as something references it.

use crate::atoms;
use crate::builtins::{constructor, method};
use crate::conv;
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs, NativeFn};
use crate::object::{self, Class, Descriptor, Key, Object, Prop};
use crate::props;
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, ENUMERABLE, WRITABLE};
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    let proto = r.object_prototype;
    let c = constructor("Object", 1, construct, proto);
    r.object_constructor = c;
    // V8's order, as Object.getOwnPropertyNames shows it.
    let statics: &[(&str, u32, NativeFn)] = &[
        ("assign", 2, assign),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
        ("getOwnPropertyNames", 1, get_own_property_names),
        ("getOwnPropertySymbols", 1, get_own_property_symbols),
        ("hasOwn", 2, has_own),
        ("is", 2, is),
        ("preventExtensions", 1, prevent_extensions),
        ("seal", 1, seal),
        ("create", 2, create),
        ("defineProperties", 2, define_properties),
        ("defineProperty", 3, define_property),
        ("freeze", 1, freeze),
        ("getPrototypeOf", 1, get_prototype_of),
        ("setPrototypeOf", 2, set_prototype_of),
        ("isExtensible", 1, is_extensible),
        ("isFrozen", 1, is_frozen),
        ("isSealed", 1, is_sealed),
        ("keys", 1, keys),
        ("entries", 1, entries),
        ("fromEntries", 1, from_entries),
        ("values", 1, values),
        // ES2024; node 20 does not have it yet.
        ("groupBy", 2, group_by),
    ];
    for &(name, length, f) in statics {
        method(c, name, length, f);
    }
    let methods: &[(&str, u32, NativeFn)] = &[
        ("__defineGetter__", 2, define_getter),
        ("__defineSetter__", 2, define_setter),
        ("hasOwnProperty", 1, has_own_property),
        ("__lookupGetter__", 1, lookup_getter),
        ("__lookupSetter__", 1, lookup_setter),
        ("isPrototypeOf", 1, is_prototype_of),
        ("propertyIsEnumerable", 1, property_is_enumerable),
        ("toString", 0, to_string),
        ("valueOf", 0, value_of),
    ];
    for &(name, length, f) in methods {
        method(proto, name, length, f);
    }
    let get = function::native("get __proto__", 0, proto_getter, 0);
    let set = function::native("set __proto__", 1, proto_setter, 0);
    object::define_accessor(obj(proto), atoms::intern_str("__proto__"), get, set, CONFIGURABLE);
    method(proto, "toLocaleString", 0, to_locale_string);
}

#[inline]
fn obj<'a>(o: Value) -> &'a mut Object {
    unsafe { &mut *o.as_object() }
}

// ----- helpers shared with Reflect -----

/// A value as V8 shows it in these messages: functions by their source text, the rest as
/// builtins describe them (`#<Object>`, `[object Array]`, strings unquoted).
pub fn describe(v: Value) -> String {
    if function::is_callable(v) {
        let f = unsafe { &*(v.as_object() as *const object::FunctionObject) };
        let info = unsafe { &*f.info };
        if !info.source_ptr.is_null() {
            let src = unsafe { std::slice::from_raw_parts(info.source_ptr, info.source_len as usize) };
            return String::from_utf8_lossy(src).into_owned();
        }
        return format!("function {}() {{ [native code] }}", function::name_of(v));
    }
    crate::builtins::global::describe(v)
}

fn type_error(msg: String) -> Thrown {
    error::throw_type_error(&msg)
}

/// ToPropertyDescriptor (§6.2.6.5).
pub fn to_property_descriptor(v: Value) -> JsResult<Descriptor> {
    if !v.is_object() {
        return Err(type_error(format!("Property description must be an object: {}", describe(v))));
    }
    let field = |name: &str| -> JsResult<Option<Value>> {
        let k = Key::Name(atoms::intern_str(name));
        if !object::has_property(v, k) {
            return Ok(None);
        }
        Ok(Some(object::get(v, k, v)?))
    };
    let mut d = Descriptor {
        enumerable: field("enumerable")?.map(conv::to_boolean),
        configurable: field("configurable")?.map(conv::to_boolean),
        value: field("value")?,
        writable: field("writable")?.map(conv::to_boolean),
        ..Descriptor::default()
    };
    // `d` lives on the stack, so the values it holds stay visible to the collector.
    d.get = field("get")?;
    if let Some(g) = d.get
        && !g.is_undefined()
        && !function::is_callable(g)
    {
        return Err(type_error(format!("Getter must be a function: {}", describe(g))));
    }
    d.set = field("set")?;
    if let Some(s) = d.set
        && !s.is_undefined()
        && !function::is_callable(s)
    {
        return Err(type_error(format!("Setter must be a function: {}", describe(s))));
    }
    if d.is_accessor() && d.is_data() {
        return Err(type_error(format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            describe(v)
        )));
    }
    Ok(d)
}

/// FromPropertyDescriptor (§6.2.6.4) of an own property, or undefined.
pub fn from_property_descriptor(p: Option<Prop>) -> Value {
    let Some(p) = p else { return Value::UNDEFINED };
    let r = object::new_plain();
    let o = obj(r);
    let mut put = |name: &str, v: Value| o.define_named(atoms::intern_str(name), v, DEFAULT);
    let a = match p {
        Prop::Data(v, a) => {
            put("value", v);
            put("writable", Value::bool(a & WRITABLE != 0));
            a
        }
        Prop::Accessor(g, s, a) => {
            put("get", g);
            put("set", s);
            a
        }
    };
    put("enumerable", Value::bool(a & ENUMERABLE != 0));
    put("configurable", Value::bool(a & CONFIGURABLE != 0));
    r
}

/// DefinePropertyOrThrow (§7.3.8) with V8's messages.
pub fn define_property_or_throw(o: Value, key: Key, desc: &Descriptor) -> JsResult<()> {
    if object::define_own_property(o, key, desc)? {
        return Ok(());
    }
    let shown = object::key_to_display(key);
    // V8 blames extensibility whenever the property did not exist (an index past a
    // read-only array length included).
    if obj(o).get_own(key).is_none() {
        return Err(type_error(format!("Cannot define property {shown}, object is not extensible")));
    }
    Err(type_error(format!("Cannot redefine property: {shown}")))
}

/// The TypeError for a failed [[SetPrototypeOf]] of `o`.
pub fn set_prototype_error(o: Value) -> Thrown {
    if o == realm().object_prototype {
        return error::throw_type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set");
    }
    if !obj(o).extensible() {
        return type_error(format!("{} is not extensible", describe(o)));
    }
    error::throw_type_error("Cyclic __proto__ value")
}

/// The check of a prototype argument (Object.create, Object/Reflect.setPrototypeOf).
pub fn require_proto(proto: Value) -> JsResult<()> {
    if proto.is_object() || proto.is_null() {
        return Ok(());
    }
    Err(type_error(format!("Object prototype may only be an Object or null: {}", describe(proto))))
}

/// `o`'s own keys (after `prepare`) in a new array, so they stay alive while getters run:
/// names as their atoms or symbols, indices as numbers (see [`list_key`]).
pub fn key_list(o: Value) -> Value {
    object::prepare(o);
    let keys: Vec<Value> = obj(o)
        .own_keys()
        .into_iter()
        .map(|k| match k {
            Key::Index(i) => Value::number(i as f64),
            Key::Name(n) => n,
        })
        .collect();
    object::new_array(keys)
}

pub fn list_len(list: Value) -> usize {
    obj(list).elements.len()
}

/// Key `i` of a [`key_list`].
pub fn list_key(list: Value, i: usize) -> Key {
    let v = obj(list).elements[i];
    if v.is_number() { Key::Index(v.as_number() as u32) } else { Key::Name(v) }
}

fn push(list: Value, v: Value) {
    obj(list).elements.push(v);
}

fn is_enumerable(p: Option<Prop>) -> bool {
    matches!(p, Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & ENUMERABLE != 0)
}

/// The own keys of `o` that pass `keep`, as an array of property-key values.
pub fn own_keys_array(o: Value, keep: impl Fn(Key) -> bool) -> Value {
    object::prepare(o);
    let result = object::new_array(Vec::new());
    for k in obj(o).own_keys() {
        if keep(k) {
            // Index keys become new strings; `result` holds them.
            push(result, object::key_to_value(k));
        }
    }
    result
}

fn is_symbol_key(k: Key) -> bool {
    matches!(k, Key::Name(n) if n.is_symbol())
}

// ----- the constructor -----

/// Object(value) / new Object(value) (§20.1.1.1).
fn construct(a: &CallArgs) -> JsResult<Value> {
    // `class C extends Object`: super() creates the object from new.target's prototype.
    if !a.new_target.is_undefined() && a.new_target != a.callee {
        let proto = function::get_prototype_from_constructor(a.new_target, realm().object_prototype)?;
        return Ok(Value::object(object::new_ordinary(proto)));
    }
    let v = a.arg(0);
    if v.is_nullish() {
        return Ok(object::new_plain());
    }
    conv::to_object(v)
}

/// Object.assign (§20.1.2.1).
fn assign(a: &CallArgs) -> JsResult<Value> {
    let to = conv::to_object(a.arg(0))?;
    for &source in a.args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let from = conv::to_object(source)?;
        let keys = key_list(from);
        for i in 0..list_len(keys) {
            let k = list_key(keys, i);
            object::prepare(from);
            if !is_enumerable(obj(from).get_own(k)) {
                continue;
            }
            let v = object::get(from, k, from)?;
            object::set_value(to, k, v, true)?;
        }
    }
    Ok(to)
}

/// Object.create (§20.1.2.2).
fn create(a: &CallArgs) -> JsResult<Value> {
    let proto = a.arg(0);
    require_proto(proto)?;
    let o = Value::object(object::new_ordinary(proto));
    if !a.arg(1).is_undefined() {
        object_define_properties(o, a.arg(1))?;
    }
    Ok(o)
}

/// ObjectDefineProperties (§20.1.2.3.1): every descriptor is read and checked before any is
/// applied.
fn object_define_properties(o: Value, properties: Value) -> JsResult<()> {
    let props = conv::to_object(properties)?;
    let keys = key_list(props);
    // Holds the descriptors' values while later getters run.
    let held = object::new_array(Vec::new());
    let mut descriptors: Vec<(Key, Descriptor)> = Vec::new();
    for i in 0..list_len(keys) {
        let k = list_key(keys, i);
        object::prepare(props);
        if !is_enumerable(obj(props).get_own(k)) {
            continue;
        }
        let desc = to_property_descriptor(object::get(props, k, props)?)?;
        for v in [desc.value, desc.get, desc.set].into_iter().flatten() {
            push(held, v);
        }
        descriptors.push((k, desc));
    }
    for (k, desc) in &descriptors {
        define_property_or_throw(o, *k, desc)?;
    }
    std::hint::black_box(held);
    Ok(())
}

/// Object.defineProperties (§20.1.2.3).
fn define_properties(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    if !o.is_object() {
        return Err(error::throw_type_error("Object.defineProperties called on non-object"));
    }
    object_define_properties(o, a.arg(1))?;
    Ok(o)
}

/// Object.defineProperty (§20.1.2.4).
fn define_property(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    if !o.is_object() {
        return Err(error::throw_type_error("Object.defineProperty called on non-object"));
    }
    let key = conv::to_property_key(a.arg(1))?;
    let desc = to_property_descriptor(a.arg(2))?;
    define_property_or_throw(o, key, &desc)?;
    Ok(o)
}

/// Object.entries / keys / values (§20.1.2.5, 18, 23): EnumerableOwnProperties.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Keys,
    Values,
    Entries,
}

fn enumerable_own_properties(v: Value, kind: Kind) -> JsResult<Value> {
    let o = conv::to_object(v)?;
    let result = object::new_array(Vec::new());
    if kind == Kind::Keys {
        // No getter runs, so the keys cannot go away.
        object::prepare(o);
        for k in object::own_enumerable_string_keys(obj(o)) {
            push(result, object::key_to_value(k));
        }
        return Ok(result);
    }
    let keys = key_list(o);
    for i in 0..list_len(keys) {
        let k = list_key(keys, i);
        if is_symbol_key(k) {
            continue;
        }
        object::prepare(o);
        if !is_enumerable(obj(o).get_own(k)) {
            continue;
        }
        let value = object::get(o, k, o)?;
        if kind == Kind::Values {
            push(result, value);
        } else {
            let key = object::key_to_value(k);
            push(result, object::new_array(vec![key, value]));
        }
    }
    Ok(result)
}

fn keys(a: &CallArgs) -> JsResult<Value> {
    enumerable_own_properties(a.arg(0), Kind::Keys)
}

fn values(a: &CallArgs) -> JsResult<Value> {
    enumerable_own_properties(a.arg(0), Kind::Values)
}

fn entries(a: &CallArgs) -> JsResult<Value> {
    enumerable_own_properties(a.arg(0), Kind::Entries)
}

/// Object.freeze (§20.1.2.6).
fn freeze(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    if o.is_object() {
        object::set_integrity_level(o, true);
    }
    Ok(o)
}

/// Object.seal (§20.1.2.22).
fn seal(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    if o.is_object() {
        object::set_integrity_level(o, false);
    }
    Ok(o)
}

/// Object.preventExtensions (§20.1.2.20).
fn prevent_extensions(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    if o.is_object() {
        obj(o).prevent_extensions();
    }
    Ok(o)
}

fn is_frozen(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    Ok(Value::bool(!o.is_object() || object::test_integrity_level(o, true)))
}

fn is_sealed(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    Ok(Value::bool(!o.is_object() || object::test_integrity_level(o, false)))
}

fn is_extensible(a: &CallArgs) -> JsResult<Value> {
    let o = a.arg(0);
    Ok(Value::bool(o.is_object() && obj(o).extensible()))
}

/// GetIterator for the builtins that take iterables, with V8's message for values that are
/// not iterable (checked first; the iterator method is then looked up again).
pub fn iterator_of(v: Value) -> JsResult<Value> {
    if v.is_nullish() {
        return Err(error::throw_type_error("undefined is not iterable"));
    }
    let direct = v.is_string() || v.object_ref().is_some_and(|o| matches!(o.class(), Class::Array | Class::Arguments));
    if !direct && !function::is_callable(object::get_value(v, Key::Name(realm().sym_iterator))?) {
        let what = if function::is_callable(v) {
            "function".to_string()
        } else if v.is_object() {
            "object".to_string()
        } else if v.is_symbol() {
            "symbol".to_string()
        } else {
            format!("{} {}", crate::builtins::global::type_name(v), describe(v))
        };
        return Err(type_error(format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))")));
    }
    let it = props::kiln_iter_init(v);
    if it.is_exception() { Err(Thrown) } else { Ok(it) }
}

/// IteratorStepValue: `None` when done.
pub fn iterator_next(it: Value) -> JsResult<Option<Value>> {
    let v = props::kiln_iter_next(it);
    if v.is_exception() {
        return Err(Thrown);
    }
    Ok(if v == Value::HOLE { None } else { Some(v) })
}

/// IfAbruptCloseIterator: closes `it` when `r` is an exception (which stays the one thrown).
pub fn close_on_error<T>(it: Value, r: JsResult<T>) -> JsResult<T> {
    if r.is_err() {
        props::kiln_iter_close(it, 1);
    }
    r
}

/// Object.fromEntries (§20.1.2.7).
fn from_entries(a: &CallArgs) -> JsResult<Value> {
    let it = iterator_of(a.arg(0))?;
    let result = object::new_plain();
    while let Some(entry) = iterator_next(it)? {
        let r = (|| {
            if !entry.is_object() {
                return Err(type_error(format!("Iterator value {} is not an entry object", describe(entry))));
            }
            let k = object::get(entry, Key::Index(0), entry)?;
            let v = object::get(entry, Key::Index(1), entry)?;
            let key = conv::to_property_key(k)?;
            obj(result).define(key, v, DEFAULT)
        })();
        close_on_error(it, r)?;
    }
    Ok(result)
}

/// Object.getOwnPropertyDescriptor (§20.1.2.8).
fn get_own_property_descriptor(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    let key = conv::to_property_key(a.arg(1))?;
    object::prepare(o);
    Ok(from_property_descriptor(obj(o).get_own(key)))
}

/// Object.getOwnPropertyDescriptors (§20.1.2.9).
fn get_own_property_descriptors(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    let keys = key_list(o);
    let result = object::new_plain();
    for i in 0..list_len(keys) {
        let k = list_key(keys, i);
        let d = from_property_descriptor(obj(o).get_own(k));
        if !d.is_undefined() {
            obj(result).define(k, d, DEFAULT)?;
        }
    }
    Ok(result)
}

/// Object.getOwnPropertyNames (§20.1.2.10).
fn get_own_property_names(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    Ok(own_keys_array(o, |k| !is_symbol_key(k)))
}

/// Object.getOwnPropertySymbols (§20.1.2.11).
fn get_own_property_symbols(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    Ok(own_keys_array(o, is_symbol_key))
}

/// Object.getPrototypeOf (§20.1.2.12).
fn get_prototype_of(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    Ok(obj(o).proto)
}

/// Object.groupBy (§20.1.2.13): groups in a null-prototype object.
fn group_by(a: &CallArgs) -> JsResult<Value> {
    let items = a.arg(0);
    let callback = a.arg(1);
    if items.is_nullish() {
        return Err(error::throw_type_error("Cannot convert undefined or null to object"));
    }
    if !function::is_callable(callback) {
        return Err(type_error(format!("{} is not a function", describe(callback))));
    }
    let it = iterator_of(items)?;
    let groups = Value::object(object::new_ordinary(Value::NULL));
    let mut k = 0u64;
    while let Some(v) = iterator_next(it)? {
        let r = (|| {
            let key = function::call(callback, Value::UNDEFINED, &[v, Value::number(k as f64)])?;
            let key = conv::to_property_key(key)?;
            match obj(groups).get_own(key) {
                Some(Prop::Data(group, _)) => push(group, v),
                _ => {
                    let group = object::new_array_from_slice(&[v]);
                    obj(groups).define(key, group, DEFAULT)?;
                }
            }
            Ok(())
        })();
        close_on_error(it, r)?;
        k += 1;
    }
    Ok(groups)
}

/// Object.hasOwn (§20.1.2.14).
fn has_own(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.arg(0))?;
    let key = conv::to_property_key(a.arg(1))?;
    object::prepare(o);
    Ok(Value::bool(obj(o).get_own(key).is_some()))
}

/// Object.is (§20.1.2.15).
fn is(a: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(object::same_value(a.arg(0), a.arg(1))))
}

/// Object.setPrototypeOf (§20.1.2.23).
fn set_prototype_of(a: &CallArgs) -> JsResult<Value> {
    let (o, proto) = (a.arg(0), a.arg(1));
    if o.is_nullish() {
        return Err(error::throw_type_error("Object.setPrototypeOf called on null or undefined"));
    }
    require_proto(proto)?;
    if o.is_object() && !object::set_prototype_of(o, proto) {
        return Err(set_prototype_error(o));
    }
    Ok(o)
}

// ----- Object.prototype -----

/// Object.prototype.hasOwnProperty (§20.1.3.2).
fn has_own_property(a: &CallArgs) -> JsResult<Value> {
    let k = conv::to_property_key(a.arg(0))?;
    let o = conv::to_object(a.this)?;
    object::prepare(o);
    Ok(Value::bool(obj(o).get_own(k).is_some()))
}

/// Object.prototype.isPrototypeOf (§20.1.3.3).
fn is_prototype_of(a: &CallArgs) -> JsResult<Value> {
    let v = a.arg(0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = conv::to_object(a.this)?;
    let mut p = obj(v).proto;
    while let Some(po) = p.object_ref() {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = po.proto;
    }
    Ok(Value::FALSE)
}

/// Object.prototype.propertyIsEnumerable (§20.1.3.4).
fn property_is_enumerable(a: &CallArgs) -> JsResult<Value> {
    let k = conv::to_property_key(a.arg(0))?;
    let o = conv::to_object(a.this)?;
    object::prepare(o);
    Ok(Value::bool(is_enumerable(obj(o).get_own(k))))
}

/// Object.prototype.toLocaleString (§20.1.3.5).
fn to_locale_string(a: &CallArgs) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error("Object.prototype.toLocaleString called on null or undefined"));
    }
    let f = object::get_value(a.this, Key::Name(atoms::common().to_string))?;
    function::call(f, a.this, &[])
}

/// Object.prototype.toString (§20.1.3.6).
pub fn to_string(a: &CallArgs) -> JsResult<Value> {
    let t = a.this;
    if t.is_undefined() {
        return Ok(string::value_from_str("[object Undefined]"));
    }
    if t.is_null() {
        return Ok(string::value_from_str("[object Null]"));
    }
    let o = conv::to_object(t)?;
    let builtin = match obj(o).class() {
        Class::Array => "Array",
        Class::Function => "Function",
        Class::Error => "Error",
        Class::BooleanWrapper => "Boolean",
        Class::NumberWrapper => "Number",
        Class::StringWrapper => "String",
        Class::Arguments => "Arguments",
        Class::RegExp => "RegExp",
        Class::Date => "Date",
        _ => "Object",
    };
    let tag_key = realm().sym_to_string_tag;
    let tag = if tag_key.is_symbol() { object::get(o, Key::Name(tag_key), o)? } else { Value::UNDEFINED };
    if tag.is_string() {
        let mut s = String::from("[object ");
        s.push_str(&string::to_rust(tag.as_string()));
        s.push(']');
        return Ok(string::value_from_str(&s));
    }
    Ok(string::value_from_str(&format!("[object {builtin}]")))
}

/// Object.prototype.valueOf (§20.1.3.7).
fn value_of(a: &CallArgs) -> JsResult<Value> {
    conv::to_object(a.this)
}

/// get Object.prototype.__proto__ (§B.2.2.1.1).
fn proto_getter(a: &CallArgs) -> JsResult<Value> {
    let o = conv::to_object(a.this)?;
    Ok(obj(o).proto)
}

/// set Object.prototype.__proto__ (§B.2.2.1.2).
fn proto_setter(a: &CallArgs) -> JsResult<Value> {
    let (o, proto) = (a.this, a.arg(0));
    if o.is_nullish() {
        return Err(error::throw_type_error("set Object.prototype.__proto__ called on null or undefined"));
    }
    if !(proto.is_object() || proto.is_null()) || !o.is_object() {
        return Ok(Value::UNDEFINED);
    }
    if !object::set_prototype_of(o, proto) {
        return Err(set_prototype_error(o));
    }
    Ok(Value::UNDEFINED)
}

/// Object.prototype.__defineGetter__ / __defineSetter__ (§B.2.2.2-3).
fn define_legacy_accessor(a: &CallArgs, getter: bool) -> JsResult<Value> {
    let o = conv::to_object(a.this)?;
    let f = a.arg(1);
    if !function::is_callable(f) {
        let name = if getter { "__defineGetter__" } else { "__defineSetter__" };
        return Err(type_error(format!("Object.prototype.{name}: Expecting function")));
    }
    let mut desc = Descriptor { enumerable: Some(true), configurable: Some(true), ..Descriptor::default() };
    if getter {
        desc.get = Some(f);
    } else {
        desc.set = Some(f);
    }
    let key = conv::to_property_key(a.arg(0))?;
    define_property_or_throw(o, key, &desc)?;
    Ok(Value::UNDEFINED)
}

fn define_getter(a: &CallArgs) -> JsResult<Value> {
    define_legacy_accessor(a, true)
}

fn define_setter(a: &CallArgs) -> JsResult<Value> {
    define_legacy_accessor(a, false)
}

/// Object.prototype.__lookupGetter__ / __lookupSetter__ (§B.2.2.4-5): the accessor function
/// of the first property `key` on the chain.
fn lookup_legacy_accessor(a: &CallArgs, getter: bool) -> JsResult<Value> {
    let o = conv::to_object(a.this)?;
    let key = conv::to_property_key(a.arg(0))?;
    let mut cur = o;
    while let Some(c) = cur.object_ref() {
        object::prepare(cur);
        match c.get_own(key) {
            Some(Prop::Accessor(g, s, _)) => return Ok(if getter { g } else { s }),
            Some(Prop::Data(..)) => return Ok(Value::UNDEFINED),
            None => cur = c.proto,
        }
    }
    Ok(Value::UNDEFINED)
}

fn lookup_getter(a: &CallArgs) -> JsResult<Value> {
    lookup_legacy_accessor(a, true)
}

fn lookup_setter(a: &CallArgs) -> JsResult<Value> {
    lookup_legacy_accessor(a, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, call_on, get, global, n, native, s, show};

    /// A plain object with the given own properties, in order.
    fn ob(props: &[(&str, Value)]) -> Value {
        let o = object::new_plain();
        for &(k, v) in props {
            obj(o).define(conv::string_key(string::from_str(k)), v, DEFAULT).unwrap();
        }
        o
    }

    fn object(name: &str, args: &[Value]) -> String {
        show(call(global("Object"), name, args))
    }

    fn desc(props: &[(&str, Value)]) -> Value {
        ob(props)
    }

    #[test]
    fn object_builtins() {
        let _rt = crate::start::init_for_tests();
        let mut wrong = Vec::new();
        let mut check = |what: &str, got: String, node: &str| {
            if got != node {
                wrong.push(format!("{what}: got {got}, node: {node}"));
            }
        };
        let f = Value::FALSE;
        // Symbol keys (node v20 for every expectation below, unless said otherwise).
        let sym = crate::symbol::new(s("tag"));
        let o = ob(&[("b", n(1.0)), ("2", s("two")), ("a", n(2.0))]);
        obj(o).define(Key::Name(sym), s("s"), DEFAULT).unwrap();
        check("keys", object("keys", &[o]), "[ '2', 'b', 'a' ]");
        check("values", object("values", &[o]), "[ 'two', 1, 2 ]");
        check("entries", object("entries", &[o]), "[ [ '2', 'two' ], [ 'b', 1 ], [ 'a', 2 ] ]");
        check("symbols", object("getOwnPropertySymbols", &[o]), "[ Symbol(tag) ]");
        check("names", object("getOwnPropertyNames", &[o]), "[ '2', 'b', 'a' ]");
        check(
            "symbol descriptor",
            object("getOwnPropertyDescriptor", &[o, sym]),
            "{ value: 's', writable: true, enumerable: true, configurable: true }",
        );
        check("assign symbols", object("assign", &[ob(&[]), o]), "{ '2': 'two', b: 1, a: 2, [Symbol(tag)]: 's' }");
        check("fromEntries symbol", object("fromEntries", &[arr(&[arr(&[sym, n(1.0)])])]), "{ [Symbol(tag)]: 1 }");
        let frozen = ob(&[]);
        obj(frozen).define(Key::Name(sym), n(1.0), DEFAULT).unwrap();
        call(global("Object"), "freeze", &[frozen]).unwrap();
        check(
            "redefine symbol",
            object("defineProperty", &[frozen, sym, desc(&[("value", n(2.0))])]),
            "TypeError: Cannot redefine property: Symbol(tag)",
        );

        // Symbol.toStringTag.
        let to_string = get(realm().object_prototype, "toString");
        let tag = realm().sym_to_string_tag;
        let tagged = |v: Value| {
            let o = ob(&[]);
            obj(o).define(Key::Name(tag), v, DEFAULT).unwrap();
            o
        };
        let ts = |this: Value| show(function::call(to_string, this, &[]));
        check("toStringTag", ts(tagged(s("Custom"))), "'[object Custom]'");
        check("toStringTag not a string", ts(tagged(n(5.0))), "'[object Object]'");
        let heir = call(global("Object"), "create", &[tagged(s("Inherited"))]).unwrap();
        check("inherited toStringTag", ts(heir), "'[object Inherited]'");
        check("Reflect tag", ts(global("Reflect")), "'[object Reflect]'");
        check("symbol tag", ts(sym), "'[object Symbol]'");
        check("array tag", ts(arr(&[])), "'[object Array]'");

        // Elements: accessors, non-configurable ones stopping a truncation, sealed holes.
        let a = arr(&[n(1.0), n(2.0), n(3.0)]);
        let getter: NativeFn = |_| Ok(s("g"));
        let acc = desc(&[("get", native(getter)), ("configurable", f)]);
        call(global("Object"), "defineProperty", &[a, n(1.0), acc]).unwrap();
        check("accessor element", show(object::get(a, Key::Index(1), a)), "'g'");
        object::set_value(a, Key::Name(atoms::common().length), n(0.0), false).unwrap();
        check("truncation stops", show(Ok(get(a, "length"))), "2");
        check("keys after truncation", object("keys", &[a]), "[ '0', '1' ]");
        check("join reads the getter", show(call(a, "join", &[])), "'1,g'");
        let sealed = arr(&[n(1.0), Value::HOLE, n(3.0)]);
        call(global("Object"), "seal", &[sealed]).unwrap();
        object::set_value(sealed, Key::Name(atoms::common().length), n(0.0), false).unwrap();
        check("sealed truncation", show(Ok(get(sealed, "length"))), "3");
        check("sealed is not frozen", object("isFrozen", &[sealed]), "false");
        check("sealed is sealed", object("isSealed", &[sealed]), "true");
        let fa = call(global("Object"), "freeze", &[arr(&[n(1.0), n(2.0)])]).unwrap();
        check("frozen array", object("isFrozen", &[fa]), "true");
        check(
            "frozen length",
            object("getOwnPropertyDescriptor", &[fa, s("length")]),
            "{ value: 2, writable: false, enumerable: false, configurable: false }",
        );
        check(
            "element descriptors",
            object("getOwnPropertyDescriptors", &[arr(&[n(7.0)])]),
            "{\n  '0': { value: 7, writable: true, enumerable: true, configurable: true },\n  length: { value: 1, writable: true, enumerable: false, configurable: false }\n}",
        );
        // Spec, not node: V8 calls an empty non-extensible array frozen although its length
        // stays writable (node prints true).
        let empty = call(global("Object"), "preventExtensions", &[arr(&[])]).unwrap();
        check("empty non-extensible array", object("isFrozen", &[empty]), "false");

        // String wrappers and SameValue.
        let sw = conv::to_object(s("ab")).unwrap();
        check("string entries", object("entries", &[sw]), "[ [ '0', 'a' ], [ '1', 'b' ] ]");
        check(
            "string index redefinition",
            object("defineProperty", &[sw, n(0.0), desc(&[("value", s("b"))])]),
            "TypeError: Cannot redefine property: 0",
        );
        check("same char is fine", object("defineProperty", &[sw, n(0.0), desc(&[("value", s("a"))])]), "[String: 'ab']");
        check("is NaN", object("is", &[n(f64::NAN), n(0.0 / 0.0)]), "true");
        check("is -0", object("is", &[n(0.0), n(-0.0)]), "false");
        check("is strings", object("is", &[s("ab"), crate::string::value_from_str("ab")]), "true");

        // groupBy (ES2024; node 20 has none, so these follow the spec).
        let parity: NativeFn = |a| Ok(s(if conv::to_number(a.arg(0))? % 2.0 == 0.0 { "even" } else { "odd" }));
        let items = arr(&[n(1.0), n(2.0), n(3.0), n(4.0), n(5.0)]);
        check(
            "groupBy",
            object("groupBy", &[items, native(parity)]),
            "[Object: null prototype] { odd: [ 1, 3, 5 ], even: [ 2, 4 ] }",
        );
        let index: NativeFn = |a| Ok(a.arg(1));
        check("groupBy indices", object("groupBy", &[s("ab"), native(index)]), "[Object: null prototype] { '0': [ 'a' ], '1': [ 'b' ] }");
        check("groupBy not callable", object("groupBy", &[items, n(1.0)]), "TypeError: 1 is not a function");
        check("groupBy null", object("groupBy", &[Value::NULL, native(index)]), "TypeError: Cannot convert undefined or null to object");

        // Iterables through the protocol: an object whose Symbol.iterator returns an array
        // iterator-like object.
        let it_fn: NativeFn = |_| {
            let entries = arr(&[arr(&[s("k"), n(1.0)])]);
            let next: NativeFn = |a| {
                let list = get(a.this, "list");
                let i = conv::to_number(get(a.this, "i"))? as usize;
                let done = i >= obj(list).elements.len();
                obj(a.this).define(conv::string_key(string::from_str("i")), n(i as f64 + 1.0), DEFAULT)?;
                let value = if done { Value::UNDEFINED } else { obj(list).elements[i] };
                Ok(ob(&[("done", Value::bool(done)), ("value", value)]))
            };
            Ok(ob(&[("list", entries), ("i", n(0.0)), ("next", native(next))]))
        };
        let iterable = ob(&[]);
        obj(iterable).define(Key::Name(realm().sym_iterator), native(it_fn), DEFAULT).unwrap();
        check("fromEntries iterable", object("fromEntries", &[iterable]), "{ k: 1 }");
        check(
            "fromEntries object",
            object("fromEntries", &[ob(&[])]),
            "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))",
        );
        check(
            "fromEntries number",
            object("fromEntries", &[n(1.0)]),
            "TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))",
        );
        check("fromEntries null", object("fromEntries", &[Value::NULL]), "TypeError: undefined is not iterable");

        // Object.prototype.
        let op = realm().object_prototype;
        check("isPrototypeOf", show(call_on(op, "isPrototypeOf", op, &[ob(&[])])), "true");
        check("isPrototypeOf primitive", show(call_on(op, "isPrototypeOf", Value::NULL, &[n(1.0)])), "false");
        check("propertyIsEnumerable", show(call_on(op, "propertyIsEnumerable", arr(&[n(1.0)]), &[s("length")])), "false");
        check("hasOwnProperty string", show(call_on(op, "hasOwnProperty", s("ab"), &[n(1.0)])), "true");
        check("__proto__ getter", show(Ok(Value::bool(get(arr(&[]), "__proto__") == realm().array_prototype))), "true");
        let dg = get(op, "__defineGetter__");
        let target = ob(&[]);
        function::call(dg, target, &[s("x"), native(getter)]).unwrap();
        check("__defineGetter__", show(Ok(target)), "{ x: [Getter] }");
        check("__lookupGetter__", show(Ok(Value::bool(call(target, "__lookupGetter__", &[s("x")]).unwrap().is_object()))), "true");
        check("valueOf boxes", show(call_on(op, "valueOf", n(5.0), &[])), "[Number: 5]");
        check("toLocaleString", show(call_on(op, "toLocaleString", n(5.0), &[])), "'5'");

        assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
    }
}
