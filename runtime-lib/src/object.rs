//! Object cells and the ordinary object internal methods ([[Get]], [[Set]],
//! [[DefineOwnProperty]], [[Delete]], [[HasProperty]], [[OwnPropertyKeys]]), with the exotic
//! behaviour of arrays and string wrappers handled here by object class rather than at call
//! sites.
//!
//! Layout: every object starts with [`Object`] (header, shape, prototype, named slots, dense
//! indexed elements, dictionary); some classes append fields (`FunctionObject`, ...). Named
//! properties live in slots described by the shape, or in a dictionary once an object has had
//! a property deleted or has too many properties for a shape. Indexed properties live in the
//! dense `elements` vector, with holes.

use std::collections::HashMap;

use crate::atoms;
use crate::error::{self, JsResult};
use crate::gc::{self, Header, Kind, Tracer};
use crate::realm::realm;
use crate::shape::{self, ACCESSOR, CONFIGURABLE, DEFAULT, ENUMERABLE, Shape, WRITABLE};
use crate::string;
use crate::value::Value;

#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Ordinary = 1,
    /// Must equal `kiln_abi::value::CLASS_FUNCTION`: compiled code tests it inline.
    Function = 2,
    Array = 3,
    Error = 4,
    BooleanWrapper = 5,
    NumberWrapper = 6,
    StringWrapper = 7,
    SymbolWrapper = 8,
    Arguments = 9,
    /// A getter/setter pair stored in the slot of an accessor property.
    Accessor = 10,
    ForInIterator = 11,
    ListIterator = 12,
    /// Wraps an iterator object from a user's Symbol.iterator method (for-of, spread,
    /// destructuring): the iterator, its `next` method, and whether it finished.
    ProtocolIterator = 13,
    /// A generator object (its suspended frame lives in the tail).
    Generator = 14,
}

const _: () = assert!(Class::Function as u8 == kiln_abi::value::CLASS_FUNCTION);

const NON_EXTENSIBLE: u8 = 2;
/// A constructor function whose `prototype` object has not been created yet: most closures
/// never have theirs read, so it is made on first use (see `materialize_prototype`).
pub const LAZY_PROTOTYPE: u8 = 8;

#[repr(C)]
pub struct Object {
    pub header: Header,
    /// Null in dictionary mode.
    pub shape: *const Shape,
    /// An object or `null`.
    pub proto: Value,
    /// Named property values; the first few live in the cell itself.
    pub slots: Slots,
    pub elements: Vec<Value>,
    pub dict: Option<Box<Dict>>,
}

/// Named-property storage: four values inline (most objects have no more), the rest on the
/// Rust heap.
pub type Slots = smallvec::SmallVec<[Value; 4]>;

/// Named properties of an object in dictionary mode, in insertion order.
#[derive(Default)]
pub struct Dict {
    pub props: Vec<(Value, Value, u8)>,
    index: HashMap<u64, usize>,
}

impl Dict {
    fn find(&self, key: Value) -> Option<usize> {
        self.index.get(&key.0).copied()
    }
    fn insert(&mut self, key: Value, v: Value, attrs: u8) {
        self.index.insert(key.0, self.props.len());
        self.props.push((key, v, attrs));
    }
    fn remove(&mut self, i: usize) {
        self.props.remove(i);
        self.index.clear();
        for (j, (k, _, _)) in self.props.iter().enumerate() {
            self.index.insert(k.0, j);
        }
    }
}

#[repr(C)]
pub struct FunctionObject {
    pub base: Object,
    pub code: usize,
    /// The closure's environment (an Env cell as a value, or `undefined`).
    pub env: Value,
    pub info: *const crate::function::FuncInfo,
    /// For methods: the object `super.x` searches from (its prototype); else `undefined`.
    pub home: Value,
    /// For class constructors: the instance field initialiser, or `undefined`.
    pub fields: Value,
}

const _: () = assert!(std::mem::offset_of!(FunctionObject, code) == kiln_abi::value::FUNCTION_CODE_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(FunctionObject, env) == kiln_abi::value::FUNCTION_ENV_OFFSET as usize);

/// Boolean, Number, String and Symbol wrapper objects.
#[repr(C)]
pub struct PrimitiveObject {
    pub base: Object,
    pub value: Value,
}

#[repr(C)]
pub struct AccessorObject {
    pub base: Object,
    pub getter: Value,
    pub setter: Value,
}

#[repr(C)]
pub struct ForInIterator {
    pub base: Object,
    pub object: Value,
    pub keys: Vec<Value>,
    pub pos: usize,
}

/// Iterates an array, arguments object or string for `for-of` (the built-in iterators).
#[repr(C)]
pub struct ListIterator {
    pub base: Object,
    pub target: Value,
    pub pos: usize,
}

#[repr(C)]
pub struct ProtocolIterator {
    pub base: Object,
    pub iterator: Value,
    pub next: Value,
    pub done: bool,
}

/// A generator object: the generator function (whose code is re-entered to resume), the
/// saved `this`, the resume state (0: not started, 1..: suspended at yield N, DONE), and the
/// saved locals.
#[repr(C)]
pub struct GeneratorObject {
    pub base: Object,
    pub function: Value,
    pub state: u32,
    pub running: bool,
    pub frame: Vec<Value>,
}

/// A property key after ToPropertyKey: an array index or an atom/symbol.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    Index(u32),
    Name(Value),
}

/// An own property as found.
#[derive(Clone, Copy)]
pub enum Prop {
    Data(Value, u8),
    Accessor(Value, Value, u8),
}

/// Allocates an object of `class` whose cell is `size` bytes (the tail is zeroed and must be
/// initialised by the caller before the next allocation).
pub fn alloc(size: usize, class: Class, proto: Value) -> *mut Object {
    let c = gc::alloc_cell(size, Kind::Object);
    unsafe {
        (*c).class = class as u8;
        let o = c as *mut Object;
        std::ptr::addr_of_mut!((*o).shape).write(shape::root());
        std::ptr::addr_of_mut!((*o).proto).write(proto);
        std::ptr::addr_of_mut!((*o).slots).write(Slots::new());
        std::ptr::addr_of_mut!((*o).elements).write(Vec::new());
        std::ptr::addr_of_mut!((*o).dict).write(None);
        let tail = (o as *mut u8).add(std::mem::size_of::<Object>());
        std::ptr::write_bytes(tail, 0, size - std::mem::size_of::<Object>());
        o
    }
}

pub fn new_ordinary(proto: Value) -> *mut Object {
    alloc(std::mem::size_of::<Object>(), Class::Ordinary, proto)
}

pub fn new_plain() -> Value {
    Value::object(new_ordinary(realm().object_prototype))
}

/// An array holding `elements`. The values may be reachable only through the Rust vector,
/// so this one allocation must not collect.
pub fn new_array(elements: Vec<Value>) -> Value {
    let o = gc::without_collection(|| alloc(std::mem::size_of::<Object>(), Class::Array, realm().array_prototype));
    unsafe { (*o).elements = elements };
    Value::object(o)
}

/// An array of `values`, which the caller keeps reachable (they live on the native stack,
/// e.g. compiled code's argument area), so the allocation may collect.
pub fn new_array_from_slice(values: &[Value]) -> Value {
    let o = alloc(std::mem::size_of::<Object>(), Class::Array, realm().array_prototype);
    unsafe { (*o).elements = values.to_vec() };
    Value::object(o)
}

impl Object {
    #[inline]
    pub fn class(&self) -> Class {
        unsafe { std::mem::transmute::<u8, Class>(self.header.class) }
    }
    #[inline]
    pub fn is_array(&self) -> bool {
        self.class() == Class::Array
    }
    #[inline]
    pub fn is_callable(&self) -> bool {
        self.class() == Class::Function
    }
    pub fn extensible(&self) -> bool {
        self.header.flags & NON_EXTENSIBLE == 0
    }
    pub fn prevent_extensions(&mut self) {
        self.header.flags |= NON_EXTENSIBLE;
    }
    pub fn as_function(&mut self) -> &mut FunctionObject {
        debug_assert!(self.is_callable());
        unsafe { &mut *(self as *mut Object as *mut FunctionObject) }
    }
    pub fn primitive_value(&self) -> Value {
        unsafe { (*(self as *const Object as *const PrimitiveObject)).value }
    }

    /// The own named property `key`, if any.
    fn find_named(&self, key: Value) -> Option<Prop> {
        let (v, attrs) = match &self.dict {
            Some(d) => {
                let i = d.find(key)?;
                (d.props[i].1, d.props[i].2)
            }
            None => {
                let (slot, attrs) = unsafe { (*self.shape).lookup(key) }?;
                (self.slots[slot as usize], attrs)
            }
        };
        Some(to_prop(v, attrs))
    }

    /// The own property `key`. A function's lazy `prototype` is not seen here (it is not
    /// enumerable, so key listings that filter by attributes are unaffected): paths that read
    /// values call [`prepare`] first.
    pub fn get_own(&self, key: Key) -> Option<Prop> {
        match key {
            Key::Index(i) => {
                if let Some(&v) = self.elements.get(i as usize) {
                    if v != Value::HOLE {
                        let attrs = if self.class() == Class::StringWrapper { ENUMERABLE } else { DEFAULT };
                        return Some(Prop::Data(v, attrs));
                    }
                }
                if self.class() == Class::StringWrapper {
                    let s = self.primitive_value().as_string();
                    if (i as usize) < string::len(s) {
                        let u = string::units(s).at(i as usize);
                        return Some(Prop::Data(crate::builtins::string::from_unit(u), ENUMERABLE));
                    }
                }
                None
            }
            Key::Name(k) => {
                if k == atoms::common().length {
                    match self.class() {
                        Class::Array => return Some(Prop::Data(Value::number(self.elements.len() as f64), WRITABLE)),
                        Class::StringWrapper => {
                            let s = self.primitive_value().as_string();
                            return Some(Prop::Data(Value::int(string::len(s) as i32), 0));
                        }
                        _ => {}
                    }
                }
                self.find_named(k)
            }
        }
    }

    /// Creates or replaces own property `key` as a data property (DefinePropertyOrThrow with
    /// a complete data descriptor, for internal use and literals: no checks of existing
    /// attributes).
    pub fn define(&mut self, key: Key, v: Value, attrs: u8) -> JsResult<()> {
        match key {
            Key::Index(i) => self.define_index(i, v),
            Key::Name(k) => {
                if k == atoms::common().length && self.is_array() {
                    return set_array_length(self, v);
                }
                self.define_named(k, v, attrs);
                Ok(())
            }
        }
    }

    pub fn define_named(&mut self, k: Value, v: Value, attrs: u8) {
        if self.header.flags & LAZY_PROTOTYPE != 0 {
            materialize_prototype(self);
        }
        if let Some(d) = &mut self.dict {
            match d.find(k) {
                Some(i) => d.props[i] = (k, v, attrs),
                None => d.insert(k, v, attrs),
            }
            return;
        }
        let shape = unsafe { &*self.shape };
        match shape.lookup(k) {
            Some((slot, old)) => {
                self.slots[slot as usize] = v;
                if old != attrs {
                    self.shape = shape.with_attrs(slot as usize, attrs);
                }
            }
            None if shape.keys.len() >= shape::MAX_SHAPE_PROPS => {
                self.to_dictionary();
                self.dict.as_mut().unwrap().insert(k, v, attrs);
            }
            None => {
                self.shape = shape.with_added(k, attrs);
                self.slots.push(v);
            }
        }
    }

    fn to_dictionary(&mut self) {
        let mut d = Dict::default();
        let shape = unsafe { &*self.shape };
        for (i, &(k, a)) in shape.keys.iter().enumerate() {
            d.insert(k, self.slots[i], a);
        }
        self.slots = Slots::new();
        self.shape = std::ptr::null();
        self.dict = Some(Box::new(d));
    }

    fn define_index(&mut self, i: u32, v: Value) -> JsResult<()> {
        let i = i as usize;
        let len = self.elements.len();
        if i < len {
            self.elements[i] = v;
            return Ok(());
        }
        if i > len + (1 << 20) && i > 2 * len {
            return Err(error::throw_range_error(
                "Kiln does not support sparse indexed properties yet (index too far past the end)",
            ));
        }
        self.elements.resize(i, Value::HOLE);
        self.elements.push(v);
        Ok(())
    }

    /// [[Delete]]: false if the property exists and is not configurable.
    pub fn delete(&mut self, key: Key) -> bool {
        if self.header.flags & LAZY_PROTOTYPE != 0 {
            materialize_prototype(self);
        }
        match key {
            Key::Index(i) => {
                let i = i as usize;
                if self.class() == Class::StringWrapper && i < string::len(self.primitive_value().as_string()) {
                    return false;
                }
                if i < self.elements.len() {
                    if i + 1 == self.elements.len() && !self.is_array() {
                        self.elements.pop();
                    } else {
                        self.elements[i] = Value::HOLE;
                    }
                }
                true
            }
            Key::Name(k) => {
                if k == atoms::common().length && matches!(self.class(), Class::Array | Class::StringWrapper) {
                    return false;
                }
                match self.find_named(k) {
                    None => true,
                    Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & CONFIGURABLE == 0 => false,
                    Some(_) => {
                        if self.dict.is_none() {
                            self.to_dictionary();
                        }
                        let d = self.dict.as_mut().unwrap();
                        let i = d.find(k).unwrap();
                        d.remove(i);
                        true
                    }
                }
            }
        }
    }

    /// [[OwnPropertyKeys]]: indices ascending, then string keys in insertion order, then
    /// symbols in insertion order.
    pub fn own_keys(&self) -> Vec<Key> {
        let mut keys = Vec::new();
        if self.class() == Class::StringWrapper {
            let n = string::len(self.primitive_value().as_string());
            keys.extend((0..n as u32).map(Key::Index));
        }
        for (i, v) in self.elements.iter().enumerate() {
            if *v != Value::HOLE && !(self.class() == Class::StringWrapper && keys.len() > i) {
                keys.push(Key::Index(i as u32));
            }
        }
        if matches!(self.class(), Class::Array | Class::StringWrapper) {
            keys.push(Key::Name(atoms::common().length));
        }
        let named: Vec<Value> = match &self.dict {
            Some(d) => d.props.iter().map(|p| p.0).collect(),
            None => unsafe { (*self.shape).keys.iter().map(|p| p.0).collect() },
        };
        keys.extend(named.iter().filter(|k| k.is_string()).map(|&k| Key::Name(k)));
        // A lazy `prototype` is last among string keys: anything defined later materialises
        // it first.
        if self.header.flags & LAZY_PROTOTYPE != 0 {
            keys.push(Key::Name(atoms::common().prototype));
        }
        keys.extend(named.iter().filter(|k| k.is_symbol()).map(|&k| Key::Name(k)));
        keys
    }
}

/// Creates the `prototype` object of a function made with `LAZY_PROTOTYPE`.
#[inline(never)]
fn materialize_prototype(o: *mut Object) {
    unsafe {
        (*o).header.flags &= !LAZY_PROTOTYPE;
        let c = atoms::common();
        let flags = (*(*(o as *const FunctionObject)).info).flags;
        if flags & kiln_abi::value::FUNC_GENERATOR != 0 {
            // A generator function's prototype inherits from %GeneratorPrototype% and has no
            // `constructor`.
            let proto = Value::object(new_ordinary(realm().generator_prototype));
            (*o).define_named(c.prototype, proto, WRITABLE);
            return;
        }
        let proto = new_plain();
        (*proto.as_object()).define_named(c.constructor, Value::object(o), WRITABLE | CONFIGURABLE);
        (*o).define_named(c.prototype, proto, WRITABLE);
    }
}

/// Makes `o` ready for `get_own`: the one lazily created property (a function's
/// `prototype`) is created here, through the object pointer, before any reference to the
/// object is taken. Every path from a value to `get_own` goes through it.
#[inline]
pub fn prepare(o: Value) {
    let p = o.as_object();
    if unsafe { (*p).header.flags } & LAZY_PROTOTYPE != 0 {
        materialize_prototype(p);
    }
}

fn to_prop(v: Value, attrs: u8) -> Prop {
    if attrs & ACCESSOR != 0 {
        let a = unsafe { &*(v.as_object() as *const AccessorObject) };
        Prop::Accessor(a.getter, a.setter, attrs)
    } else {
        Prop::Data(v, attrs)
    }
}

fn set_array_length(o: &mut Object, v: Value) -> JsResult<()> {
    let n = crate::conv::to_number(v)?;
    let len = n as u32;
    if len as f64 != n {
        return Err(error::throw_range_error("Invalid array length"));
    }
    let len = len as usize;
    if len > o.elements.len() + (1 << 24) {
        return Err(error::throw_range_error("Kiln does not support sparse arrays this long yet"));
    }
    o.elements.resize(len, Value::HOLE);
    Ok(())
}

/// Defines an accessor property (for object literals' get/set and Object.defineProperty).
pub fn define_accessor(o: &mut Object, key: Value, getter: Value, setter: Value, attrs: u8) {
    // A setter may now shadow a property that cached stores would add.
    crate::props::bump_epoch();
    let pair = alloc(std::mem::size_of::<AccessorObject>(), Class::Accessor, Value::NULL) as *mut AccessorObject;
    unsafe {
        (*pair).getter = getter;
        (*pair).setter = setter;
    }
    o.define_named(key, Value::object(pair as *mut Object), attrs | ACCESSOR);
}

// ----- the internal methods over values -----

/// [[Get]] on object `o` with `receiver` as `this` for getters.
pub fn get(o: Value, key: Key, receiver: Value) -> JsResult<Value> {
    let mut cur = o;
    loop {
        prepare(cur);
        let obj = unsafe { &*cur.as_object() };
        match obj.get_own(key) {
            Some(Prop::Data(v, _)) => return Ok(v),
            Some(Prop::Accessor(g, _, _)) => {
                return if g.is_undefined() { Ok(Value::UNDEFINED) } else { crate::function::call(g, receiver, &[]) };
            }
            None => {}
        }
        if !obj.proto.is_object() {
            return Ok(Value::UNDEFINED);
        }
        cur = obj.proto;
    }
}

/// GetV: property lookup on any value, boxing primitives through their prototypes.
pub fn get_value(v: Value, key: Key) -> JsResult<Value> {
    if v.is_object() {
        return get(v, key, v);
    }
    let r = realm();
    let proto = if v.is_string() {
        let s = v.as_string();
        match key {
            Key::Index(i) if (i as usize) < string::len(s) => {
                return Ok(crate::builtins::string::from_unit(string::units(s).at(i as usize)));
            }
            Key::Name(k) if k == atoms::common().length => return Ok(Value::int(string::len(s) as i32)),
            _ => r.string_prototype,
        }
    } else if v.is_number() {
        r.number_prototype
    } else if v.is_bool() {
        r.boolean_prototype
    } else if v.is_symbol() {
        r.symbol_prototype
    } else {
        return Err(error::throw_type_error(&format!(
            "Cannot read properties of {} (reading '{}')",
            if v.is_null() { "null" } else { "undefined" },
            key_to_display(key)
        )));
    };
    get(proto, key, v)
}

pub fn key_to_display(key: Key) -> String {
    match key {
        Key::Index(i) => i.to_string(),
        Key::Name(k) if k.is_string() => string::to_rust(k.as_string()),
        Key::Name(k) => crate::conv::symbol_descriptive_string(k),
    }
}

/// [[Set]] (OrdinarySet) of `key` on object `o`, with `receiver` as the object to create the
/// property on. Returns false where a strict-mode caller must throw.
pub fn set(o: Value, key: Key, v: Value, receiver: Value) -> JsResult<bool> {
    // Fast path: an own writable data property of the receiver itself.
    let mut cur = o;
    loop {
        prepare(cur);
        let obj = unsafe { &mut *cur.as_object() };
        match obj.get_own(key) {
            Some(Prop::Data(_, attrs)) => {
                if attrs & WRITABLE == 0 {
                    return Ok(false);
                }
                if cur == receiver {
                    obj.define(key, v, attrs)?;
                    return Ok(true);
                }
                break;
            }
            Some(Prop::Accessor(_, s, _)) => {
                if s.is_undefined() {
                    return Ok(false);
                }
                crate::function::call(s, receiver, &[v])?;
                return Ok(true);
            }
            None => {}
        }
        if !obj.proto.is_object() {
            break;
        }
        cur = obj.proto;
    }
    if !receiver.is_object() {
        return Ok(false);
    }
    prepare(receiver);
    let Some(r) = receiver.object_ref() else { return Ok(false) };
    if let Some(Prop::Data(_, attrs)) = r.get_own(key) {
        if attrs & WRITABLE == 0 {
            return Ok(false);
        }
        r.define(key, v, attrs)?;
        return Ok(true);
    }
    if !r.extensible() {
        return Ok(false);
    }
    r.define(key, v, DEFAULT)?;
    Ok(true)
}

/// PutValue on any base value: primitives have no own properties, so only setters on their
/// prototypes can run; strict code throws for the rest.
pub fn set_value(base: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
    if base.is_nullish() {
        return Err(error::throw_type_error(&format!(
            "Cannot set properties of {} (setting '{}')",
            if base.is_null() { "null" } else { "undefined" },
            key_to_display(key)
        )));
    }
    let ok = if base.is_object() {
        set(base, key, v, base)?
    } else {
        let proto = crate::conv::to_object(base)?;
        set(proto, key, v, base)?
    };
    if !ok && strict {
        let what = if base.is_object() { "object '#<Object>'".to_string() } else { format!("{} '{}'", crate::builtins::global::type_name(base), crate::conv::display_string(base)) };
        return Err(error::throw_type_error(&format!(
            "Cannot assign to read only property '{}' of {}",
            key_to_display(key),
            what
        )));
    }
    Ok(())
}

pub fn has_property(o: Value, key: Key) -> bool {
    let mut cur = o;
    loop {
        prepare(cur);
        let obj = unsafe { &*cur.as_object() };
        if obj.get_own(key).is_some() {
            return true;
        }
        if !obj.proto.is_object() {
            return false;
        }
        cur = obj.proto;
    }
}

/// The own enumerable property keys that are strings (EnumerableOwnProperties' key list).
pub fn own_enumerable_string_keys(o: &Object) -> Vec<Key> {
    o.own_keys()
        .into_iter()
        .filter(|&k| match k {
            Key::Name(n) if n.is_symbol() => false,
            _ => matches!(o.get_own(k), Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & ENUMERABLE != 0),
        })
        .collect()
}

pub fn key_to_value(k: Key) -> Value {
    match k {
        Key::Index(i) => Value::string(crate::conv::number_to_js_string(i as f64)),
        Key::Name(n) => n,
    }
}

// ----- GC hooks -----

pub unsafe fn trace(o: *mut Object, t: &mut Tracer) {
    let obj = &*o;
    t.value(obj.proto);
    for &v in &obj.slots {
        t.value(v);
    }
    for &v in &obj.elements {
        t.value(v);
    }
    if let Some(d) = &obj.dict {
        for &(k, v, _) in &d.props {
            t.value(k);
            t.value(v);
        }
    }
    match obj.class() {
        Class::Function => {
            let f = &*(o as *const FunctionObject);
            t.value(f.env);
            t.value(f.home);
            t.value(f.fields);
        }
        Class::BooleanWrapper | Class::NumberWrapper | Class::StringWrapper | Class::SymbolWrapper => {
            t.value((*(o as *const PrimitiveObject)).value)
        }
        Class::Accessor => {
            let a = &*(o as *const AccessorObject);
            t.value(a.getter);
            t.value(a.setter);
        }
        Class::ForInIterator => {
            let it = &*(o as *const ForInIterator);
            t.value(it.object);
            for &k in &it.keys {
                t.value(k);
            }
        }
        Class::ListIterator => t.value((*(o as *const ListIterator)).target),
        Class::ProtocolIterator => {
            let it = &*(o as *const ProtocolIterator);
            t.value(it.iterator);
            t.value(it.next);
        }
        Class::Generator => {
            let g = &*(o as *const GeneratorObject);
            t.value(g.function);
            for &v in &g.frame {
                t.value(v);
            }
        }
        Class::Ordinary | Class::Array | Class::Error | Class::Arguments => {}
    }
}

pub unsafe fn finalize(o: *mut Object) -> usize {
    let n = external_size(o);
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).slots));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).elements));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).dict));
    if (*o).class() == Class::ForInIterator {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut ForInIterator)).keys));
    }
    if (*o).class() == Class::Generator {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut GeneratorObject)).frame));
    }
    n
}

pub unsafe fn external_size(o: *mut Object) -> usize {
    let obj = &*o;
    (if obj.slots.spilled() { obj.slots.capacity() * 8 } else { 0 }) + obj.elements.capacity() * 8 + obj.dict.as_ref().map_or(0, |d| d.props.len() * 40)
}
