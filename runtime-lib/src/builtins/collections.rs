//! Keyed collections (§24): Map, Set, WeakMap and WeakSet, and the Map and Set iterators.
//!
//! A collection object owns a [`Table`] on the Rust heap: its entries in insertion order
//! (a deleted entry becomes a hole) and a hash index from keys to entry positions. Keys are
//! compared by SameValueZero: numbers by value (-0 is stored as +0, every NaN is one key),
//! strings by contents, everything else by identity.
//!
//! Iteration (iterators, forEach, for-of) walks entry positions, so entries added during
//! iteration are visited and deleted ones skipped, as the spec's List semantics require.
//! When holes pile up the table is compacted; if an iterator still points into it (it
//! shares the table through an `Rc`), the old table is left behind, emptied, as a forwarding
//! record that tells the iterator where its position went.
//!
//! WeakMap and WeakSet are strong tables keyed by identity for now: the collector has no
//! ephemerons yet, so their keys and values live as long as the collection does.
//!
//! GC: a collection traces its table's keys and values and frees the table when it dies;
//! an iterator traces the collection it walks (the table it shares holds no values of its
//! own once forwarded). Values are only stored into a table that hangs off a live object.

use std::cell::{RefCell, UnsafeCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

use crate::atoms;
use crate::builtins::global::describe;
use crate::builtins::{constructor, method};
use crate::error::{self, JsResult, Thrown};
use crate::function::{self, CallArgs, NativeFn};
use crate::gc::{self, Tracer};
use crate::object::{self, Class, Key, Object, Prop};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string::{self, Units};
use crate::value::Value;

// ----- the table -----

type TableRef = Rc<RefCell<Table>>;

#[derive(Default)]
pub struct Table {
    /// (key, value) in insertion order; a deleted entry's key is `HOLE`. Sets store
    /// `undefined` as the value.
    entries: Vec<(Value, Value)>,
    index: HashMap<HashKey, usize, BuildHasherDefault<KeyHasher>>,
    live: usize,
    /// Set once this table was replaced while an iterator pointed into it.
    forward: Option<Forward>,
}

struct Forward {
    to: TableRef,
    removed: Removed,
}

/// Which positions the replacement dropped, to move an iterator's position along.
enum Removed {
    /// Compaction: the positions of the holes, ascending.
    Positions(Vec<usize>),
    /// `clear()`: everything.
    All,
}

impl Table {
    fn get(&self, key: Value) -> Option<Value> {
        self.index.get(&HashKey(key)).map(|&i| self.entries[i].1)
    }

    fn has(&self, key: Value) -> bool {
        self.index.contains_key(&HashKey(key))
    }

    fn insert(&mut self, key: Value, value: Value) {
        match self.index.get(&HashKey(key)) {
            Some(&i) => self.entries[i].1 = value,
            None => {
                self.index.insert(HashKey(key), self.entries.len());
                self.entries.push((key, value));
                self.live += 1;
            }
        }
    }

    fn remove(&mut self, key: Value) -> bool {
        match self.index.remove(&HashKey(key)) {
            Some(i) => {
                self.entries[i] = (Value::HOLE, Value::UNDEFINED);
                self.live -= 1;
                true
            }
            None => false,
        }
    }

    fn needs_compaction(&self) -> bool {
        let holes = self.entries.len() - self.live;
        holes >= 16 && holes * 2 >= self.entries.len()
    }

    /// Drops the holes, for a table no iterator points into.
    fn compact_in_place(&mut self) {
        self.entries.retain(|e| e.0 != Value::HOLE);
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.index.insert(HashKey(e.0), i);
        }
        self.entries.shrink_to(self.entries.len() * 2);
    }

    fn bytes(&self) -> usize {
        self.entries.capacity() * 16 + self.index.capacity() * 24
    }
}

/// A key normalised for SameValueZero: -0 as +0, integral doubles as ints, NaN canonical.
fn normalize(k: Value) -> Value {
    if k.is_double() {
        let d = k.as_double();
        return if d == 0.0 { Value::int(0) } else { Value::number(d) };
    }
    k
}

/// A normalised key as a hash-map key: strings by contents, everything else by its bits.
#[derive(Clone, Copy)]
struct HashKey(Value);

impl PartialEq for HashKey {
    fn eq(&self, other: &HashKey) -> bool {
        let (a, b) = (self.0, other.0);
        a == b
            || a.is_string() && b.is_string() && string::equals(a.as_string(), b.as_string())
            || a.is_bigint() && b.is_bigint() && a.as_bigint() == b.as_bigint()
    }
}

impl Eq for HashKey {}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        if self.0.is_bigint() {
            // By value: the low digits and the sign.
            let b = self.0.as_bigint();
            let low = b.iter_u64_digits().next().unwrap_or(0);
            h.write_u64(mix(low, b.sign() as u64) ^ 0x4249_4749_4e54);
            return;
        }
        if !self.0.is_string() {
            h.write_u64(self.0.0);
            return;
        }
        // Unit by unit, so that equal contents hash alike whatever the representation.
        let mut x: u64 = 0;
        match string::units(self.0.as_string()) {
            Units::Latin1(b) => b.iter().for_each(|&c| x = mix(x, c as u64)),
            Units::Utf16(u) => u.iter().for_each(|&c| x = mix(x, c as u64)),
        }
        h.write_u64(x ^ 0x5354_5249_4e47);
    }
}

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// FxHash with a final avalanche: keys are often pointers, whose low bits are all zero.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = mix(self.0, x);
    }
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    }
}

/// The next entry at or after `*pos`, following forwarding records, with `*pos` moved past
/// it; `None` at the end.
fn step(cur: &mut TableRef, pos: &mut usize) -> Option<(Value, Value)> {
    loop {
        let next = {
            let t = cur.borrow();
            match &t.forward {
                Some(f) => {
                    *pos = match &f.removed {
                        Removed::All => 0,
                        Removed::Positions(r) => *pos - r.partition_point(|&i| i < *pos),
                    };
                    f.to.clone()
                }
                None => {
                    while *pos < t.entries.len() {
                        let e = t.entries[*pos];
                        *pos += 1;
                        if e.0 != Value::HOLE {
                            return Some(e);
                        }
                    }
                    return None;
                }
            }
        };
        *cur = next;
    }
}

// ----- collection objects -----

#[repr(C)]
pub struct CollectionObject {
    pub base: Object,
    /// Set right after allocation; never `None` for a collection that JS code can see.
    table: Option<TableRef>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum IterKind {
    Keys = 0,
    Values = 1,
    Entries = 2,
}

#[repr(C)]
pub struct CollectionIterator {
    pub base: Object,
    /// The Map or Set, or `undefined` once done.
    target: Value,
    /// The table the position refers to; `None` once done.
    cursor: Option<TableRef>,
    pos: usize,
    kind: IterKind,
    set: bool,
}

fn is_collection(class: Class) -> bool {
    matches!(class, Class::Map | Class::Set | Class::WeakMap | Class::WeakSet)
}

fn collection<'a>(v: Value) -> &'a mut CollectionObject {
    unsafe { &mut *(v.as_object() as *mut CollectionObject) }
}

fn table<'a>(v: Value) -> &'a TableRef {
    let c = unsafe { &*(v.as_object() as *const CollectionObject) };
    c.table.as_ref().expect("collection table")
}

fn new_collection(class: Class, proto: Value) -> Value {
    let o = object::alloc(std::mem::size_of::<CollectionObject>(), class, proto) as *mut CollectionObject;
    unsafe { std::ptr::addr_of_mut!((*o).table).write(Some(Rc::new(RefCell::new(Table::default())))) };
    Value::object(o as *mut Object)
}

fn insert(coll: Value, key: Value, value: Value) {
    table(coll).borrow_mut().insert(normalize(key), value);
}

fn remove(coll: Value, key: Value) -> bool {
    let removed = table(coll).borrow_mut().remove(normalize(key));
    if removed && table(coll).borrow().needs_compaction() {
        replace_table(coll, false);
    }
    removed
}

/// Compacts (`clear` false) or empties the table. An iterator sharing the old table is
/// forwarded to the new one.
fn replace_table(coll: Value, clear: bool) {
    let c = collection(coll);
    let old = c.table.take().expect("collection table");
    if Rc::strong_count(&old) == 1 {
        {
            let mut t = old.borrow_mut();
            if clear {
                *t = Table::default();
            } else {
                t.compact_in_place();
            }
        }
        c.table = Some(old);
        return;
    }
    let mut t = old.borrow_mut();
    let mut fresh = Table::default();
    let removed = if clear {
        Removed::All
    } else {
        let mut holes = Vec::new();
        for (i, &(k, v)) in t.entries.iter().enumerate() {
            if k == Value::HOLE {
                holes.push(i);
            } else {
                fresh.insert(k, v);
            }
        }
        Removed::Positions(holes)
    };
    let fresh = Rc::new(RefCell::new(fresh));
    t.entries = Vec::new();
    t.index = HashMap::default();
    t.live = 0;
    t.forward = Some(Forward { to: fresh.clone(), removed });
    drop(t);
    c.table = Some(fresh);
}

/// The number of entries of a Map or Set (for inspect).
pub fn size(v: Value) -> usize {
    table(v).borrow().live
}

/// The live entries of a Map (`[k0, v0, k1, v1, ...]`) or Set (`[k0, k1, ...]`) as an array,
/// so that a caller running JS code meanwhile (inspect) still sees them.
pub fn entries_snapshot(v: Value) -> Value {
    let set = unsafe { (*v.as_object()).class() } == Class::Set;
    let t = table(v).borrow();
    let mut out = Vec::with_capacity(t.live * if set { 1 } else { 2 });
    for &(k, x) in t.entries.iter().filter(|e| e.0 != Value::HOLE) {
        out.push(k);
        if !set {
            out.push(x);
        }
    }
    drop(t);
    object::new_array(out)
}

/// What inspect shows of a Map or Set iterator without advancing it: the values still to
/// come (for an entries iterator, `[k0, v0, k1, v1, ...]`), whether they are pairs, and
/// whether it iterates a Set.
pub fn iterator_preview(itv: Value) -> (Value, bool, bool) {
    let it = unsafe { &*(itv.as_object() as *const CollectionIterator) };
    let mut out = Vec::new();
    if let Some(cur) = &it.cursor {
        let (mut cur, mut pos) = (cur.clone(), it.pos);
        while let Some((k, v)) = step(&mut cur, &mut pos) {
            let v = if it.set { k } else { v };
            match it.kind {
                IterKind::Keys => out.push(k),
                IterKind::Values => out.push(v),
                IterKind::Entries => out.extend([k, v]),
            }
        }
    }
    (object::new_array(out), it.kind == IterKind::Entries, it.set)
}

// ----- intrinsics kept for the whole run -----

#[derive(Clone, Copy)]
enum Intrinsic {
    MapPrototype,
    SetPrototype,
    WeakMapPrototype,
    WeakSetPrototype,
    MapIteratorPrototype,
    SetIteratorPrototype,
    MapEntries,
    SetValues,
    MapSet,
    SetAdd,
    WeakMapSet,
    WeakSetAdd,
}

const INTRINSICS: usize = Intrinsic::WeakSetAdd as usize + 1;

/// Handle-table indices of the intrinsics (rooted once at start-up).
struct Handles(UnsafeCell<[u32; INTRINSICS]>);
unsafe impl Sync for Handles {}
static HANDLES: Handles = Handles(UnsafeCell::new([0; INTRINSICS]));

fn intrinsic(i: Intrinsic) -> Value {
    gc::heap().handle(unsafe { (*HANDLES.0.get())[i as usize] })
}

fn keep(i: Intrinsic, v: Value) -> Value {
    let h = gc::heap().root(v);
    unsafe { (*HANDLES.0.get())[i as usize] = h };
    v
}

// ----- installation -----

pub fn install() {
    let r = realm();
    let tag = |o: Value, s: &str| unsafe {
        (*o.as_object()).define_named(r.sym_to_string_tag, string::value_from_str(s), CONFIGURABLE)
    };
    let sym_method = |o: Value, sym: Value, f: Value| unsafe {
        (*o.as_object()).define_named(sym, f, WRITABLE | CONFIGURABLE)
    };

    // Map (§24.1).
    let proto = keep(Intrinsic::MapPrototype, object::new_plain());
    let map = constructor("Map", 0, map_construct, proto);
    species(map);
    let methods: &[(&str, u32, NativeFn)] =
        &[("get", 1, map_get), ("set", 2, map_set), ("has", 1, map_has), ("delete", 1, map_delete), ("clear", 0, map_clear)];
    for &(name, length, f) in methods {
        let fv = method(proto, name, length, f);
        if name == "set" {
            keep(Intrinsic::MapSet, fv);
        }
    }
    let entries = keep(Intrinsic::MapEntries, method(proto, "entries", 0, map_entries));
    method(proto, "forEach", 1, map_for_each);
    method(proto, "keys", 0, map_keys);
    getter(proto, "size", map_size);
    method(proto, "values", 0, map_values);
    tag(proto, "Map");
    sym_method(proto, r.sym_iterator, entries);
    let it = keep(Intrinsic::MapIteratorPrototype, Value::object(object::new_ordinary(r.iterator_prototype)));
    method(it, "next", 0, map_iterator_next);
    tag(it, "Map Iterator");

    // Set (§24.2).
    let proto = keep(Intrinsic::SetPrototype, object::new_plain());
    let set = constructor("Set", 0, set_construct, proto);
    species(set);
    method(proto, "has", 1, set_has);
    keep(Intrinsic::SetAdd, method(proto, "add", 1, set_add));
    method(proto, "delete", 1, set_delete);
    method(proto, "clear", 0, set_clear);
    method(proto, "entries", 0, set_entries);
    method(proto, "forEach", 1, set_for_each);
    getter(proto, "size", set_size);
    let values = keep(Intrinsic::SetValues, method(proto, "values", 0, set_values));
    // §24.2.4.8: Set.prototype.keys is the same function object as values.
    crate::builtins::define(proto, "keys", values, WRITABLE | CONFIGURABLE);
    tag(proto, "Set");
    sym_method(proto, r.sym_iterator, values);
    let it = keep(Intrinsic::SetIteratorPrototype, Value::object(object::new_ordinary(r.iterator_prototype)));
    method(it, "next", 0, set_iterator_next);
    tag(it, "Set Iterator");

    // WeakMap (§24.3) and WeakSet (§24.4).
    let proto = keep(Intrinsic::WeakMapPrototype, object::new_plain());
    constructor("WeakMap", 0, weak_map_construct, proto);
    method(proto, "delete", 1, weak_map_delete);
    method(proto, "get", 1, weak_map_get);
    keep(Intrinsic::WeakMapSet, method(proto, "set", 2, weak_map_set));
    method(proto, "has", 1, weak_map_has);
    tag(proto, "WeakMap");
    let proto = keep(Intrinsic::WeakSetPrototype, object::new_plain());
    constructor("WeakSet", 0, weak_set_construct, proto);
    method(proto, "delete", 1, weak_set_delete);
    method(proto, "has", 1, weak_set_has);
    keep(Intrinsic::WeakSetAdd, method(proto, "add", 1, weak_set_add));
    tag(proto, "WeakSet");
}

/// An accessor property `name` with a native getter (`get name`), configurable.
fn getter(obj: Value, name: &str, f: NativeFn) {
    let g = function::native(&format!("get {name}"), 0, f, 0);
    unsafe { object::define_accessor(&mut *obj.as_object(), atoms::intern_str(name), g, Value::UNDEFINED, CONFIGURABLE) };
}

/// `get [Symbol.species]() { return this }` (§24.1.2.3, §24.2.3.2).
fn species(ctor: Value) {
    let g = function::native("get [Symbol.species]", 0, |a| Ok(a.this), 0);
    unsafe { object::define_accessor(&mut *ctor.as_object(), realm().sym_species, g, Value::UNDEFINED, CONFIGURABLE) };
}

// ----- constructors -----

fn map_construct(a: &CallArgs) -> JsResult<Value> {
    construct(a, Class::Map)
}

fn set_construct(a: &CallArgs) -> JsResult<Value> {
    construct(a, Class::Set)
}

fn weak_map_construct(a: &CallArgs) -> JsResult<Value> {
    construct(a, Class::WeakMap)
}

fn weak_set_construct(a: &CallArgs) -> JsResult<Value> {
    construct(a, Class::WeakSet)
}

fn class_name(class: Class) -> &'static str {
    match class {
        Class::Map => "Map",
        Class::Set => "Set",
        Class::WeakMap => "WeakMap",
        _ => "WeakSet",
    }
}

/// The Map/Set/WeakMap/WeakSet constructors (§24.1.1.1, §24.2.2.1, §24.3.1.1, §24.4.1.1):
/// a new collection, filled from the iterable argument through its `set`/`add` method.
fn construct(a: &CallArgs, class: Class) -> JsResult<Value> {
    let name = class_name(class);
    if a.new_target.is_undefined() {
        return Err(error::throw_type_error(&format!("Constructor {name} requires 'new'")));
    }
    let (fallback, builtin_adder) = match class {
        Class::Map => (Intrinsic::MapPrototype, Intrinsic::MapSet),
        Class::Set => (Intrinsic::SetPrototype, Intrinsic::SetAdd),
        Class::WeakMap => (Intrinsic::WeakMapPrototype, Intrinsic::WeakMapSet),
        _ => (Intrinsic::WeakSetPrototype, Intrinsic::WeakSetAdd),
    };
    let proto = function::get_prototype_from_constructor(a.new_target, intrinsic(fallback))?;
    let coll = new_collection(class, proto);
    let iterable = a.arg(0);
    if iterable.is_nullish() {
        return Ok(coll);
    }
    let keyed = matches!(class, Class::Map | Class::WeakMap);
    let adder_name = if keyed { "set" } else { "add" };
    let adder = object::get(coll, Key::Name(atoms::intern_str(adder_name)), coll)?;
    if !function::is_callable(adder) {
        return Err(error::throw_type_error(&format!(
            "'{}' returned for property '{adder_name}' of object '#<{name}>' is not a function",
            describe(adder)
        )));
    }
    require_iterable(iterable)?;
    let fast = adder == intrinsic(builtin_adder);
    let it = crate::props::kiln_iter_init(iterable);
    if it.is_exception() {
        return Err(Thrown);
    }
    loop {
        let next = crate::props::kiln_iter_next(it);
        if next.is_exception() {
            return Err(Thrown);
        }
        if next == Value::HOLE {
            return Ok(coll);
        }
        let r = (|| {
            let (k, v) = if keyed {
                if !next.is_object() {
                    return Err(error::throw_type_error(&format!("Iterator value {} is not an entry object", describe(next))));
                }
                (object::get(next, Key::Index(0), next)?, object::get(next, Key::Index(1), next)?)
            } else {
                (next, Value::UNDEFINED)
            };
            if !fast {
                return function::call(adder, coll, &[k, v]).map(|_| ());
            }
            match class {
                Class::WeakMap if !can_be_held_weakly(k) => Err(invalid_weak_key(class)),
                Class::WeakSet if !can_be_held_weakly(k) => Err(invalid_weak_key(class)),
                _ => {
                    insert(coll, k, v);
                    Ok(())
                }
            }
        })();
        if r.is_err() {
            // IteratorClose; the pending exception wins over anything `return()` does.
            crate::props::kiln_iter_close(it, 1);
            return Err(Thrown);
        }
    }
}

/// The TypeError V8 throws for a constructor argument without Symbol.iterator, checked
/// before GetIterator for its wording.
fn require_iterable(v: Value) -> JsResult<()> {
    // Strings, arrays and arguments objects iterate without a Symbol.iterator lookup
    // (props::kiln_iter_init).
    let direct = v.object_ref().is_some_and(|o| matches!(o.class(), Class::Array | Class::Arguments));
    if v.is_string() || direct {
        return Ok(());
    }
    if v.is_object() {
        let m = object::get(v, Key::Name(realm().sym_iterator), v)?;
        if function::is_callable(m) {
            return Ok(());
        }
    }
    Err(error::throw_type_error(&format!(
        "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
        value_with_type(v)
    )))
}

/// V8's rendering of a value in "... is not a function/iterable" from its Torque builtins:
/// `number 1`, `string "a"`, `object null`, `object`, `function`.
fn value_with_type(v: Value) -> String {
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "object null".into();
    }
    if v.is_string() {
        return format!("string \"{}\"", string::to_rust(v.as_string()));
    }
    if v.is_symbol() {
        return "symbol".into();
    }
    if v.is_object() {
        return if function::is_callable(v) { "function" } else { "object" }.into();
    }
    format!("{} {}", crate::builtins::global::type_name(v), describe(v))
}

// ----- receivers -----

/// `this` if it is a collection of `class`, else V8's incompatible-receiver TypeError.
fn this_of(a: &CallArgs, class: Class, method: &str) -> JsResult<Value> {
    match a.this.object_ref() {
        Some(o) if o.class() == class => Ok(a.this),
        _ => Err(error::throw_type_error(&format!(
            "Method {method} called on incompatible receiver {}",
            describe(a.this)
        ))),
    }
}

/// CanBeHeldWeakly (§9.13): objects and symbols (FIXME: registered symbols are refused by
/// the spec but accepted here).
fn can_be_held_weakly(v: Value) -> bool {
    v.is_object() || v.is_symbol()
}

fn invalid_weak_key(class: Class) -> Thrown {
    let msg = if class == Class::WeakMap { "Invalid value used as weak map key" } else { "Invalid value used in weak set" };
    error::throw_type_error(msg)
}

fn callback(a: &CallArgs) -> JsResult<Value> {
    let f = a.arg(0);
    if function::is_callable(f) {
        Ok(f)
    } else {
        Err(error::throw_type_error(&format!("{} is not a function", value_with_type(f))))
    }
}

// ----- Map.prototype -----

fn map_get(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.get")?;
    Ok(table(m).borrow().get(normalize(a.arg(0))).unwrap_or(Value::UNDEFINED))
}

fn map_set(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.set")?;
    insert(m, a.arg(0), a.arg(1));
    Ok(m)
}

fn map_has(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.has")?;
    Ok(Value::bool(table(m).borrow().has(normalize(a.arg(0)))))
}

fn map_delete(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.delete")?;
    Ok(Value::bool(remove(m, a.arg(0))))
}

fn map_clear(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.clear")?;
    replace_table(m, true);
    Ok(Value::UNDEFINED)
}

fn map_size(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "get Map.prototype.size")?;
    Ok(Value::number(size(m) as f64))
}

fn map_for_each(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::Map, "Map.prototype.forEach")?;
    let f = callback(a)?;
    let mut cur = table(m).clone();
    let mut pos = 0;
    while let Some((k, v)) = step(&mut cur, &mut pos) {
        function::call(f, a.arg(1), &[v, k, m])?;
    }
    Ok(Value::UNDEFINED)
}

fn map_keys(a: &CallArgs) -> JsResult<Value> {
    Ok(new_iterator(this_of(a, Class::Map, "Map.prototype.keys")?, IterKind::Keys))
}

fn map_values(a: &CallArgs) -> JsResult<Value> {
    Ok(new_iterator(this_of(a, Class::Map, "Map.prototype.values")?, IterKind::Values))
}

fn map_entries(a: &CallArgs) -> JsResult<Value> {
    Ok(new_iterator(this_of(a, Class::Map, "Map.prototype.entries")?, IterKind::Entries))
}

// ----- Set.prototype -----

fn set_has(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "Set.prototype.has")?;
    Ok(Value::bool(table(s).borrow().has(normalize(a.arg(0)))))
}

fn set_add(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "Set.prototype.add")?;
    insert(s, a.arg(0), Value::UNDEFINED);
    Ok(s)
}

fn set_delete(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "Set.prototype.delete")?;
    Ok(Value::bool(remove(s, a.arg(0))))
}

fn set_clear(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "Set.prototype.clear")?;
    replace_table(s, true);
    Ok(Value::UNDEFINED)
}

fn set_size(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "get Set.prototype.size")?;
    Ok(Value::number(size(s) as f64))
}

fn set_for_each(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::Set, "Set.prototype.forEach")?;
    let f = callback(a)?;
    let mut cur = table(s).clone();
    let mut pos = 0;
    while let Some((k, _)) = step(&mut cur, &mut pos) {
        function::call(f, a.arg(1), &[k, k, s])?;
    }
    Ok(Value::UNDEFINED)
}

fn set_values(a: &CallArgs) -> JsResult<Value> {
    Ok(new_iterator(this_of(a, Class::Set, "Set.prototype.values")?, IterKind::Values))
}

fn set_entries(a: &CallArgs) -> JsResult<Value> {
    Ok(new_iterator(this_of(a, Class::Set, "Set.prototype.entries")?, IterKind::Entries))
}

// ----- WeakMap.prototype and WeakSet.prototype -----

fn weak_map_get(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::WeakMap, "WeakMap.prototype.get")?;
    Ok(table(m).borrow().get(a.arg(0)).unwrap_or(Value::UNDEFINED))
}

fn weak_map_set(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::WeakMap, "WeakMap.prototype.set")?;
    if !can_be_held_weakly(a.arg(0)) {
        return Err(invalid_weak_key(Class::WeakMap));
    }
    insert(m, a.arg(0), a.arg(1));
    Ok(m)
}

fn weak_map_has(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::WeakMap, "WeakMap.prototype.has")?;
    Ok(Value::bool(table(m).borrow().has(a.arg(0))))
}

fn weak_map_delete(a: &CallArgs) -> JsResult<Value> {
    let m = this_of(a, Class::WeakMap, "WeakMap.prototype.delete")?;
    Ok(Value::bool(can_be_held_weakly(a.arg(0)) && remove(m, a.arg(0))))
}

fn weak_set_add(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::WeakSet, "WeakSet.prototype.add")?;
    if !can_be_held_weakly(a.arg(0)) {
        return Err(invalid_weak_key(Class::WeakSet));
    }
    insert(s, a.arg(0), Value::UNDEFINED);
    Ok(s)
}

fn weak_set_has(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::WeakSet, "WeakSet.prototype.has")?;
    Ok(Value::bool(table(s).borrow().has(a.arg(0))))
}

fn weak_set_delete(a: &CallArgs) -> JsResult<Value> {
    let s = this_of(a, Class::WeakSet, "WeakSet.prototype.delete")?;
    Ok(Value::bool(can_be_held_weakly(a.arg(0)) && remove(s, a.arg(0))))
}

// ----- iterators (§24.1.5, §24.2.6) -----

fn new_iterator(coll: Value, kind: IterKind) -> Value {
    let set = unsafe { (*coll.as_object()).class() } == Class::Set;
    let proto = intrinsic(if set { Intrinsic::SetIteratorPrototype } else { Intrinsic::MapIteratorPrototype });
    let o = object::alloc(std::mem::size_of::<CollectionIterator>(), Class::CollectionIterator, proto) as *mut CollectionIterator;
    unsafe {
        (*o).target = coll;
        std::ptr::addr_of_mut!((*o).cursor).write(Some(table(coll).clone()));
        (*o).pos = 0;
        (*o).kind = kind;
        (*o).set = set;
    }
    Value::object(o as *mut Object)
}

/// The iterator's next value, or `HOLE` once done (for `kiln_iter_next`).
pub fn iterator_step(itv: Value) -> Value {
    let it = unsafe { &mut *(itv.as_object() as *mut CollectionIterator) };
    let Some(cur) = it.cursor.as_mut() else { return Value::HOLE };
    match step(cur, &mut it.pos) {
        None => {
            it.cursor = None;
            it.target = Value::UNDEFINED;
            Value::HOLE
        }
        Some((k, v)) => {
            let v = if it.set { k } else { v };
            match it.kind {
                IterKind::Keys => k,
                IterKind::Values => v,
                IterKind::Entries => object::new_array(vec![k, v]),
            }
        }
    }
}

fn map_iterator_next(a: &CallArgs) -> JsResult<Value> {
    iterator_next(a, false)
}

fn set_iterator_next(a: &CallArgs) -> JsResult<Value> {
    iterator_next(a, true)
}

/// %MapIteratorPrototype%.next / %SetIteratorPrototype%.next.
fn iterator_next(a: &CallArgs, set: bool) -> JsResult<Value> {
    let ok = a.this.object_ref().is_some_and(|o| {
        o.class() == Class::CollectionIterator && unsafe { (*(o as *mut Object as *mut CollectionIterator)).set } == set
    });
    if !ok {
        let name = if set { "Set" } else { "Map" };
        return Err(error::throw_type_error(&format!(
            "Method {name} Iterator.prototype.next called on incompatible receiver {}",
            describe(a.this)
        )));
    }
    let v = iterator_step(a.this);
    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
}

/// CreateIterResultObject.
fn iter_result(value: Value, done: bool) -> Value {
    let o = object::new_plain();
    let obj = unsafe { &mut *o.as_object() };
    obj.define_named(atoms::intern_str("value"), value, DEFAULT);
    obj.define_named(atoms::intern_str("done"), Value::bool(done), DEFAULT);
    o
}

/// For `kiln_iter_init`: the Map/Set iterator for-of can step directly (with
/// [`iterator_step`]) instead of calling `next()`: a new one for a Map or Set whose
/// Symbol.iterator is still the builtin one, or the iterator itself (whose Symbol.iterator,
/// inherited from %IteratorPrototype%, returns it).
pub fn direct_iterator(v: Value) -> Option<Value> {
    let class = v.object_ref()?.class();
    let found = find_data(v, realm().sym_iterator);
    match class {
        Class::Map if found == Some(intrinsic(Intrinsic::MapEntries)) => Some(new_iterator(v, IterKind::Entries)),
        Class::Set if found == Some(intrinsic(Intrinsic::SetValues)) => Some(new_iterator(v, IterKind::Values)),
        Class::CollectionIterator => {
            let own_or_proto = unsafe {
                let o = &*v.as_object();
                o.get_own(Key::Name(realm().sym_iterator)).is_some()
                    || o.proto.object_ref().is_some_and(|p| p.get_own(Key::Name(realm().sym_iterator)).is_some())
            };
            (!own_or_proto).then_some(v)
        }
        _ => None,
    }
}

/// The data property `key` along the prototype chain, without running getters.
fn find_data(v: Value, key: Value) -> Option<Value> {
    let mut cur = v;
    while let Some(o) = cur.object_ref() {
        object::prepare(cur);
        match o.get_own(Key::Name(key)) {
            Some(Prop::Data(x, _)) => return Some(x),
            Some(Prop::Accessor(..)) => return None,
            None => cur = o.proto,
        }
    }
    None
}

// ----- GC hooks (called from object.rs) -----

pub unsafe fn trace(o: *mut Object, t: &mut Tracer) {
    let class = (*o).class();
    if class == Class::CollectionIterator {
        t.value((*(o as *const CollectionIterator)).target);
        return;
    }
    debug_assert!(is_collection(class));
    if let Some(tab) = &(*(o as *const CollectionObject)).table {
        // No borrow is taken: the collector runs only at an allocation, and no code here
        // allocates on the GC heap while it holds a borrow.
        for &(k, v) in &(*tab.as_ptr()).entries {
            t.value(k);
            t.value(v);
        }
    }
}

pub unsafe fn finalize(o: *mut Object) {
    if (*o).class() == Class::CollectionIterator {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut CollectionIterator)).cursor));
    } else {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut CollectionObject)).table));
    }
}

pub unsafe fn external_size(o: *mut Object) -> usize {
    if !is_collection((*o).class()) {
        return 0;
    }
    match &(*(o as *const CollectionObject)).table {
        Some(tab) => (*tab.as_ptr()).bytes(),
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, call_on, global, n, s, show};

    fn new(name: &str, args: &[Value]) -> JsResult<Value> {
        let c = global(name);
        function::construct(c, args, c)
    }

    #[test]
    fn collection_builtins() {
        let _rt = crate::start::init_for_tests();
        // Expected values from node v20.
        let m = new("Map", &[arr(&[arr(&[s("a"), n(1.0)]), arr(&[s("b"), n(2.0)])])]).unwrap();
        call(m, "set", &[n(f64::NAN), s("nan")]).unwrap();
        call(m, "set", &[n(-0.0), s("zero")]).unwrap();
        assert_eq!(show(Ok(m)), "Map(4) { 'a' => 1, 'b' => 2, NaN => 'nan', 0 => 'zero' }");
        assert_eq!(show(call(m, "get", &[n(f64::NAN)])), "'nan'");
        assert_eq!(show(call(m, "get", &[n(0.0)])), "'zero'");
        assert_eq!(show(object::get_value(m, Key::Name(atoms::intern_str("size")))), "4");
        assert_eq!(show(call(m, "delete", &[s("a")])), "true");
        assert_eq!(show(call(m, "delete", &[s("a")])), "false");
        assert_eq!(show(Ok(m)), "Map(3) { 'b' => 2, NaN => 'nan', 0 => 'zero' }");

        // Strings are keys by contents, whatever their representation.
        let long = Value::string(string::concat(string::from_str("abcdefghijklmnop"), string::from_str("qrstuvwxyz0123456789")));
        call(m, "set", &[long, n(7.0)]).unwrap();
        assert_eq!(show(call(m, "get", &[s("abcdefghijklmnopqrstuvwxyz0123456789")])), "7");
        call(m, "delete", &[long]).unwrap();

        let st = new("Set", &[arr(&[n(1.0), n(2.0), n(2.0), s("2"), n(f64::NAN), n(f64::NAN)])]).unwrap();
        assert_eq!(show(Ok(st)), "Set(4) { 1, 2, '2', NaN }");
        assert_eq!(show(call(st, "has", &[n(f64::NAN)])), "true");

        let it = call(m, "entries", &[]).unwrap();
        call(it, "next", &[]).unwrap();
        assert_eq!(show(Ok(it)), "[Map Entries] { [ NaN, 'nan' ], [ 0, 'zero' ] }");
        assert_eq!(show(call(m, "keys", &[])), "[Map Iterator] { 'b', NaN, 0 }");
        assert_eq!(show(call(st, "values", &[])), "[Set Iterator] { 1, 2, '2', NaN }");
        assert_eq!(show(new("Map", &[])), "Map(0) {}");
        assert_eq!(show(new("WeakMap", &[])), "WeakMap { <items unknown> }");

        // Entries added during iteration are visited, deleted ones skipped, even across a
        // compaction.
        let big = new("Set", &[]).unwrap();
        for i in 0..100 {
            call(big, "add", &[n(i as f64)]).unwrap();
        }
        let values = call(big, "values", &[]).unwrap();
        assert_eq!(iterator_step(values), n(0.0));
        for i in 0..95 {
            call(big, "delete", &[n(i as f64)]).unwrap();
        }
        call(big, "add", &[n(100.0)]).unwrap();
        let rest: Vec<String> = std::iter::from_fn(|| Some(iterator_step(values)).filter(|&v| v != Value::HOLE))
            .map(|v| show(Ok(v)))
            .collect();
        assert_eq!(rest.join(","), "95,96,97,98,99,100");

        assert_eq!(show(new("Map", &[arr(&[n(1.0)])])), "TypeError: Iterator value 1 is not an entry object");
        assert_eq!(show(function::call(global("Map"), Value::UNDEFINED, &[])), "TypeError: Constructor Map requires 'new'");
        let wm = new("WeakMap", &[]).unwrap();
        assert_eq!(show(call(wm, "set", &[n(1.0), n(1.0)])), "TypeError: Invalid value used as weak map key");
        let proto = object::get_value(global("Map"), Key::Name(atoms::common().prototype)).unwrap();
        assert_eq!(
            show(call_on(proto, "get", st, &[n(1.0)])),
            "TypeError: Method Map.prototype.get called on incompatible receiver #<Set>"
        );
    }
}
