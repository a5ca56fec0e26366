//! Symbol (§20.4): the constructor (callable, not constructible), the global registry
//! (Symbol.for / keyFor), the well-known symbols, and Symbol.prototype.

use std::collections::HashMap;

use crate::builtins::{define, method};
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::{self, CallArgs};
use crate::object;
use crate::realm::realm;
use crate::shape::CONFIGURABLE;
use crate::string;
use crate::symbol;
use crate::value::Value;

/// Creates the well-known symbols (before any builtin is installed, as some use them).
pub fn make_well_known() {
    let r = realm();
    let mk = |name: &str| symbol::new(string::value_from_str(&format!("Symbol.{name}")));
    r.sym_iterator = mk("iterator");
    r.sym_async_iterator = mk("asyncIterator");
    r.sym_has_instance = mk("hasInstance");
    r.sym_to_primitive = mk("toPrimitive");
    r.sym_to_string_tag = mk("toStringTag");
    r.sym_species = mk("species");
    r.sym_is_concat_spreadable = mk("isConcatSpreadable");
    r.sym_unscopables = mk("unscopables");
    r.sym_match = mk("match");
    r.sym_match_all = mk("matchAll");
    r.sym_replace = mk("replace");
    r.sym_search = mk("search");
    r.sym_split = mk("split");
}

pub fn install() {
    let r = realm();
    let proto = r.symbol_prototype;
    let ctor = function::native("Symbol", 0, construct, 0);
    let c = crate::atoms::common();
    unsafe {
        (*ctor.as_object()).define_named(c.prototype, proto, 0);
        (*proto.as_object()).define_named(c.constructor, ctor, crate::shape::WRITABLE | CONFIGURABLE);
    }
    define(r.global, "Symbol", ctor, crate::shape::WRITABLE | CONFIGURABLE);
    let wk = [
        ("iterator", r.sym_iterator),
        ("asyncIterator", r.sym_async_iterator),
        ("hasInstance", r.sym_has_instance),
        ("toPrimitive", r.sym_to_primitive),
        ("toStringTag", r.sym_to_string_tag),
        ("species", r.sym_species),
        ("isConcatSpreadable", r.sym_is_concat_spreadable),
        ("unscopables", r.sym_unscopables),
        ("match", r.sym_match),
        ("matchAll", r.sym_match_all),
        ("replace", r.sym_replace),
        ("search", r.sym_search),
        ("split", r.sym_split),
    ];
    for (name, sym) in wk {
        define(ctor, name, sym, 0);
    }
    method(ctor, "for", 1, symbol_for);
    method(ctor, "keyFor", 1, key_for);
    method(proto, "toString", 0, to_string);
    method(proto, "valueOf", 0, value_of);
    let getter = function::native("get description", 0, description, 0);
    unsafe {
        object::define_accessor(&mut *proto.as_object(), crate::atoms::intern_str("description"), getter, Value::UNDEFINED, CONFIGURABLE);
        let tag = r.sym_to_string_tag;
        (*proto.as_object()).define_named(tag, string::value_from_str("Symbol"), CONFIGURABLE);
        let to_prim = function::native("[Symbol.toPrimitive]", 1, value_of, 0);
        (*proto.as_object()).define_named(r.sym_to_primitive, to_prim, CONFIGURABLE);
    }
}

/// `Symbol(description)`; `new Symbol()` is a TypeError.
fn construct(a: &CallArgs) -> JsResult<Value> {
    if !a.new_target.is_undefined() {
        return Err(error::throw_type_error("Symbol is not a constructor"));
    }
    let d = a.arg(0);
    let desc = if d.is_undefined() { Value::UNDEFINED } else { conv::to_string_value(d)? };
    Ok(symbol::new(desc))
}

struct Registry(std::cell::UnsafeCell<Option<HashMap<String, Value>>>);
unsafe impl Sync for Registry {}
static REGISTRY: Registry = Registry(std::cell::UnsafeCell::new(None));

fn registry() -> &'static mut HashMap<String, Value> {
    unsafe { (*REGISTRY.0.get()).get_or_insert_with(HashMap::new) }
}

/// The registry's symbols stay alive for the whole run.
pub fn trace(t: &mut crate::gc::Tracer) {
    if let Some(m) = unsafe { (*REGISTRY.0.get()).as_ref() } {
        for &v in m.values() {
            t.value(v);
        }
    }
}

fn symbol_for(a: &CallArgs) -> JsResult<Value> {
    let key = conv::to_string(a.arg(0))?;
    let k = string::to_rust(key);
    if let Some(&s) = registry().get(&k) {
        return Ok(s);
    }
    let s = symbol::new(Value::string(key));
    registry().insert(k, s);
    Ok(s)
}

fn key_for(a: &CallArgs) -> JsResult<Value> {
    let s = a.arg(0);
    if !s.is_symbol() {
        return Err(error::throw_type_error(&format!("{} is not a symbol", conv::display_string(s))));
    }
    Ok(registry().values().any(|&v| v == s).then(|| symbol::description(s)).unwrap_or(Value::UNDEFINED))
}

/// thisSymbolValue.
fn this_symbol(v: Value, method: &str) -> JsResult<Value> {
    if v.is_symbol() {
        return Ok(v);
    }
    if let Some(o) = v.object_ref() {
        if o.class() == object::Class::SymbolWrapper {
            return Ok(o.primitive_value());
        }
    }
    Err(error::throw_type_error(&format!("Symbol.prototype.{method} requires that 'this' be a Symbol")))
}

fn to_string(a: &CallArgs) -> JsResult<Value> {
    let s = this_symbol(a.this, "toString")?;
    Ok(string::value_from_str(&conv::symbol_descriptive_string(s)))
}

fn value_of(a: &CallArgs) -> JsResult<Value> {
    this_symbol(a.this, "valueOf")
}

fn description(a: &CallArgs) -> JsResult<Value> {
    Ok(symbol::description(this_symbol(a.this, "description")?))
}
