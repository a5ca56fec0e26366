//! Object cells and the ordinary object internal methods ([[Get]], [[Set]],
//! [[DefineOwnProperty]], [[Delete]], [[HasProperty]], [[OwnPropertyKeys]]), with the exotic
//! behaviour of arrays and string wrappers handled here by object class rather than at call
//! sites.
//!
//! Layout: every object starts with [`Object`] (header, shape, prototype, named slots, dense
//! indexed elements, dictionary); some classes append fields (`FunctionObject`, ...). Named
//! properties live in slots described by the shape, or in a dictionary once an object has had
//! a property deleted or has too many properties for a shape. Indexed properties live in the
//! dense `elements` vector, with holes; their attributes are the default ones unless header
//! flags say otherwise (frozen, sealed, or per-element entries in the dictionary: see
//! `FROZEN_ELEMENTS`). Property descriptors, ValidateAndApplyPropertyDescriptor, integrity
//! levels and [[SetPrototypeOf]] are at the end, for Object and Reflect.

use std::collections::{BTreeMap, HashMap};

use crate::arguments::MAPPED;
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
    /// A promise: state, result and reactions in the tail (`builtins/promise.rs`).
    Promise = 15,
    /// A Timeout or Immediate handle (`event_loop.rs`).
    Timer = 16,
    /// Keyed collections: the entry table hangs off the tail (`builtins/collections.rs`).
    Map = 17,
    Set = 18,
    WeakMap = 19,
    WeakSet = 20,
    /// A Map or Set iterator (`builtins/collections.rs`).
    CollectionIterator = 21,
    /// A RegExp: the compiled matcher, source and flags in the tail (`builtins/regexp.rs`).
    RegExp = 22,
    /// The iterator String.prototype.matchAll returns (`builtins/regexp.rs`).
    RegExpStringIterator = 23,
    /// An async generator object: a GeneratorObject driven by `async_generator.rs`.
    AsyncGenerator = 24,
    /// A Date: the time value (f64) in the tail (`builtins/date.rs`); nothing to trace.
    Date = 25,
    /// A BigInt wrapper object (`Object(1n)`): a PrimitiveObject.
    BigIntWrapper = 26,
    /// A module namespace object (`esm.rs`): an ordinary object of getters.
    ModuleNamespace = 27,
}

const _: () = assert!(Class::Function as u8 == kiln_abi::value::CLASS_FUNCTION);

const NON_EXTENSIBLE: u8 = 2;
/// A constructor function whose `prototype` object has not been created yet: most closures
/// never have theirs read, so it is made on first use (see `materialize_prototype`).
pub const LAZY_PROTOTYPE: u8 = 8;

// Indexed properties normally all have the default attributes and live in `elements` alone.
// These flags record the exceptions, so that element fast paths need one test (see
// `Object::plain_elements`). Frozen and sealed objects are also non-extensible, so the flags
// cover every indexed property they will ever have.
/// Object.freeze: every element is non-writable and non-configurable, and an array's
/// `length` is non-writable (READONLY_LENGTH is set too).
pub const FROZEN_ELEMENTS: u8 = 16;
/// Object.seal (and freeze): every element is non-configurable.
pub const SEALED_ELEMENTS: u8 = 32;
/// Some elements have attributes of their own, listed in `Dict::elements` (the object is in
/// dictionary mode). A data element keeps its value in `elements`; an accessor element leaves
/// a hole there, so a fast path that finds a hole falls back to the slow path. The one
/// exception is a sparse element of a non-array: an index at or past `elements.len()` (one
/// too far out to grow `elements` to) whose entry holds the value itself; fast paths see it
/// as out of bounds and take the slow path. A mapped arguments element leaves a hole too: its
/// value is its parameter's (`arguments.rs`).
pub const SPECIAL_ELEMENTS: u8 = 64;
/// An array whose `length` is non-writable.
pub const READONLY_LENGTH: u8 = 128;

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
    /// The elements with attributes of their own (see `SPECIAL_ELEMENTS`): index → (the
    /// accessor pair for an accessor, else unused, attributes).
    pub elements: BTreeMap<u32, (Value, u8)>,
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
    /// What it gives (`builtins/iterators.rs`): values, keys, entries, or a string's code
    /// points.
    pub kind: u8,
}

#[repr(C)]
pub struct ProtocolIterator {
    pub base: Object,
    pub iterator: Value,
    pub next: Value,
    pub done: bool,
    /// An async iteration record made from a sync iterator (CreateAsyncFromSyncIterator):
    /// `async_iter.rs` wraps each step's result in a promise.
    pub from_sync: bool,
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
    /// Async functions: the promise the call returned.
    pub promise: Value,
    /// Async generators (`async_generator.rs`): the state (AsyncGeneratorState), whether the
    /// body's pending suspension is a `yield` (not an `await`), and the queue of
    /// next/throw/return requests (mode, value, promise).
    pub async_state: u8,
    pub yielding: bool,
    pub queue: std::collections::VecDeque<(i32, Value, Value)>,
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
    /// Every element has the default attributes and `length` (of an array) is writable, so
    /// element stores and deletes may act on `elements` directly (given extensibility for
    /// appends).
    #[inline]
    pub fn plain_elements(&self) -> bool {
        self.header.flags & (FROZEN_ELEMENTS | SEALED_ELEMENTS | SPECIAL_ELEMENTS | READONLY_LENGTH) == 0
    }
    /// Some element has attributes of its own or is an accessor, so a hole in `elements` may
    /// not be an absent property.
    #[inline]
    pub fn has_special_elements(&self) -> bool {
        self.header.flags & SPECIAL_ELEMENTS != 0
    }
    /// The attributes of an element without an entry in `Dict::elements`.
    fn base_element_attrs(&self) -> u8 {
        if self.header.flags & FROZEN_ELEMENTS != 0 {
            ENUMERABLE
        } else if self.header.flags & SEALED_ELEMENTS != 0 {
            WRITABLE | ENUMERABLE
        } else {
            DEFAULT
        }
    }
    fn special_element(&self, i: u32) -> Option<(Value, u8)> {
        if !self.has_special_elements() {
            return None;
        }
        self.dict.as_ref()?.elements.get(&i).copied()
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
                if let Some((pair, attrs)) = self.special_element(i) {
                    let sparse = i as usize >= self.elements.len();
                    let v = if attrs & ACCESSOR != 0 || sparse {
                        pair
                    } else if attrs & MAPPED != 0 {
                        crate::arguments::mapped_value(self, pair)
                    } else {
                        self.elements[i as usize]
                    };
                    return Some(to_prop(v, attrs & !MAPPED));
                }
                if let Some(&v) = self.elements.get(i as usize) {
                    if v != Value::HOLE {
                        return Some(Prop::Data(v, self.base_element_attrs()));
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
                        Class::Array => {
                            let attrs = if self.header.flags & READONLY_LENGTH != 0 { 0 } else { WRITABLE };
                            return Some(Prop::Data(Value::number(self.elements.len() as f64), attrs));
                        }
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
            Key::Index(i) => self.define_index(i, v, attrs),
            Key::Name(k) => {
                if k == atoms::common().length && self.is_array() {
                    return set_array_length(self, v).map(|_| ());
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

    /// Stores data element `i`: in `elements` alone if `attrs` are the object's base element
    /// attributes (the common case), else with an entry in `Dict::elements` too.
    fn define_index(&mut self, i: u32, v: Value, attrs: u8) -> JsResult<()> {
        if self.sparse_index(i) {
            self.set_special(i, v, attrs);
            return Ok(());
        }
        self.reserve_index(i)?;
        if self.has_special_elements() {
            if let Some((slot, _)) = self.special_element(i).filter(|&(_, a)| a & MAPPED != 0) {
                // A mapped arguments element (§10.4.4.2 [[DefineOwnProperty]] step 7): the
                // parameter takes the value; the mapping ends if the element is read-only.
                crate::arguments::set_mapped(self, slot, v);
                if attrs & WRITABLE != 0 {
                    self.set_special(i, slot, attrs | MAPPED);
                    return Ok(());
                }
            }
            self.remove_special(i);
        }
        self.elements[i as usize] = v;
        if attrs != self.base_element_attrs() {
            self.set_special(i, Value::UNDEFINED, attrs);
        }
        Ok(())
    }

    /// Whether element `i` of a non-array is (or is to be) sparse: at or past the end of
    /// `elements` and either far past it or already stored sparsely.
    fn sparse_index(&self, i: u32) -> bool {
        let (i, len) = (i as usize, self.elements.len());
        !self.is_array() && i >= len && (too_far(i, len) || self.special_element(i as u32).is_some())
    }

    /// Makes `elements` long enough to hold index `i` (holes in between); sparse elements
    /// the new length covers move into `elements`.
    fn reserve_index(&mut self, i: u32) -> JsResult<()> {
        let i = i as usize;
        let len = self.elements.len();
        if i < len {
            return Ok(());
        }
        if too_far(i, len) {
            return Err(error::throw_range_error(
                "Kiln does not support sparse arrays yet (an index too far past the end of an array)",
            ));
        }
        self.elements.resize(i + 1, Value::HOLE);
        if self.has_special_elements() {
            let base = self.base_element_attrs();
            let d = self.dict.as_mut().unwrap();
            let moved: Vec<(u32, Value, u8)> = d
                .elements
                .range(len as u32..=i as u32)
                .filter(|(_, (_, a))| a & ACCESSOR == 0)
                .map(|(&k, &(v, a))| (k, v, a))
                .collect();
            for (k, v, a) in moved {
                self.elements[k as usize] = v;
                if a == base {
                    self.remove_special(k);
                } else {
                    self.dict.as_mut().unwrap().elements.insert(k, (Value::UNDEFINED, a));
                }
            }
        }
        Ok(())
    }

    /// Element `i` as an accessor: a hole in `elements` and the pair in `Dict::elements`.
    fn define_index_accessor(&mut self, i: u32, getter: Value, setter: Value, attrs: u8) -> JsResult<()> {
        let pair = new_accessor_pair(getter, setter);
        if !self.sparse_index(i) {
            self.reserve_index(i)?;
            self.elements[i as usize] = Value::HOLE;
        }
        self.set_special(i, pair, attrs | ACCESSOR);
        crate::props::bump_epoch();
        Ok(())
    }

    pub(crate) fn set_special(&mut self, i: u32, pair: Value, attrs: u8) {
        if self.dict.is_none() {
            self.to_dictionary();
        }
        self.dict.as_mut().unwrap().elements.insert(i, (pair, attrs));
        self.header.flags |= SPECIAL_ELEMENTS;
    }

    fn remove_special(&mut self, i: u32) {
        if let Some(d) = &mut self.dict {
            d.elements.remove(&i);
            if d.elements.is_empty() {
                self.header.flags &= !SPECIAL_ELEMENTS;
            }
        }
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
                if let Some((_, attrs)) = self.special_element(i as u32) {
                    if attrs & CONFIGURABLE == 0 {
                        return false;
                    }
                    self.remove_special(i as u32);
                } else if self.header.flags & SEALED_ELEMENTS != 0 && self.elements.get(i).is_some_and(|&v| v != Value::HOLE) {
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
            let present = *v != Value::HOLE || self.special_element(i as u32).is_some();
            if present && !(self.class() == Class::StringWrapper && keys.len() > i) {
                keys.push(Key::Index(i as u32));
            }
        }
        if let (true, Some(d)) = (self.has_special_elements(), &self.dict) {
            keys.extend(d.elements.range(self.elements.len() as u32..).map(|(&k, _)| Key::Index(k)));
        }
        if matches!(self.class(), Class::Array | Class::StringWrapper) {
            keys.push(Key::Name(atoms::common().length));
        }
        let named: Vec<Value> = match &self.dict {
            Some(d) => d.props.iter().map(|p| p.0).collect(),
            None => unsafe { (*self.shape).keys.iter().map(|p| p.0).collect() },
        };
        keys.extend(named.iter().filter(|k| k.is_string()).map(|&k| Key::Name(k)));
        // A lazy `prototype` (after a sloppy function's `arguments` and `caller`) is last
        // among string keys: anything defined later materialises it first.
        if self.header.flags & LAZY_PROTOTYPE != 0 {
            let c = atoms::common();
            if has_legacy_caller(self) {
                keys.push(Key::Name(c.arguments));
                keys.push(Key::Name(c.caller));
            }
            keys.push(Key::Name(c.prototype));
        }
        // Private names (#x) are symbols too, but never listed.
        keys.extend(named.iter().filter(|k| k.is_symbol() && !crate::private::is_private(**k)).map(|&k| Key::Name(k)));
        keys
    }
}

/// Whether a function has V8's own `arguments` and `caller` properties (both null): a sloppy
/// ordinary function compiled from source. Strict functions, classes, methods, arrows,
/// generators, async functions and builtins have none, and reach Function.prototype's
/// %ThrowTypeError% accessors instead.
fn has_legacy_caller(o: &Object) -> bool {
    use kiln_abi::value::{FUNC_ARROW, FUNC_ASYNC, FUNC_CLASS, FUNC_CONSTRUCTOR, FUNC_GENERATOR, FUNC_STRICT};
    if o.class() != Class::Function {
        return false;
    }
    let info = unsafe { &*(*(o as *const Object as *const FunctionObject)).info };
    let excluded = FUNC_STRICT | FUNC_CLASS | FUNC_GENERATOR | FUNC_ASYNC | FUNC_ARROW;
    info.native.is_none() && info.flags & FUNC_CONSTRUCTOR != 0 && info.flags & excluded == 0
}

/// Creates the `prototype` object of a function made with `LAZY_PROTOTYPE` (and, before it,
/// a sloppy function's `arguments` and `caller`).
#[inline(never)]
fn materialize_prototype(o: *mut Object) {
    unsafe {
        (*o).header.flags &= !LAZY_PROTOTYPE;
        let c = atoms::common();
        if has_legacy_caller(&*o) {
            (*o).define_named(c.arguments, Value::NULL, 0);
            (*o).define_named(c.caller, Value::NULL, 0);
        }
        let flags = (*(*(o as *const FunctionObject)).info).flags;
        if flags & kiln_abi::value::FUNC_GENERATOR != 0 {
            // A generator function's prototype inherits from %GeneratorPrototype% and has no
            // `constructor`.
            let base = if flags & kiln_abi::value::FUNC_ASYNC != 0 {
                realm().async_generator_prototype
            } else {
                realm().generator_prototype
            };
            let proto = Value::object(new_ordinary(base));
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

/// ArraySetLength (§10.4.2.4) for a write to a writable `length`: false if an element that
/// had to go is non-configurable (the array then ends just after it).
fn set_array_length(o: &mut Object, v: Value) -> JsResult<bool> {
    let len = to_array_length(v)?;
    // The conversion may have run code that made `length` read-only.
    if o.header.flags & READONLY_LENGTH != 0 {
        return Ok(len as usize == o.elements.len());
    }
    resize_array(o, len)
}

/// The new length from a value written to an array's `length` (ToUint32, which must agree
/// with ToNumber; both convert, as the spec orders).
fn to_array_length(v: Value) -> JsResult<u32> {
    let len = crate::conv::to_uint32(v)?;
    if len as f64 != crate::conv::to_number(v)? {
        return Err(error::throw_range_error("Invalid array length"));
    }
    Ok(len)
}

fn resize_array(o: &mut Object, len: u32) -> JsResult<bool> {
    let len = len as usize;
    let old = o.elements.len();
    if len > old + (1 << 24) {
        return Err(error::throw_range_error("Kiln does not support sparse arrays this long yet"));
    }
    if len >= old {
        o.elements.resize(len, Value::HOLE);
        return Ok(true);
    }
    // Elements are deleted from the end; a non-configurable one stops the truncation.
    let mut end = len;
    if o.header.flags & SEALED_ELEMENTS != 0 {
        if let Some(j) = (len..old).rev().find(|&j| o.elements[j] != Value::HOLE || o.special_element(j as u32).is_some()) {
            end = j + 1;
        }
    } else if let (true, Some(d)) = (o.has_special_elements(), &o.dict) {
        if let Some((&j, _)) = d.elements.range(len as u32..).rev().find(|(_, (_, a))| a & CONFIGURABLE == 0) {
            end = j as usize + 1;
        }
    }
    if let Some(d) = &mut o.dict {
        d.elements.split_off(&(end as u32));
        if d.elements.is_empty() {
            o.header.flags &= !SPECIAL_ELEMENTS;
        }
    }
    o.elements.truncate(end);
    Ok(end == len)
}

/// Defines an accessor property (for object literals' get/set and Object.defineProperty).
pub fn define_accessor(o: &mut Object, key: Value, getter: Value, setter: Value, attrs: u8) {
    // A setter may now shadow a property that cached stores would add.
    crate::props::bump_epoch();
    let pair = new_accessor_pair(getter, setter);
    o.define_named(key, pair, attrs | ACCESSOR);
}

pub fn new_accessor_pair(getter: Value, setter: Value) -> Value {
    let pair = alloc(std::mem::size_of::<AccessorObject>(), Class::Accessor, Value::NULL) as *mut AccessorObject;
    unsafe {
        (*pair).getter = getter;
        (*pair).setter = setter;
    }
    Value::object(pair as *mut Object)
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
    } else if v.is_bigint() {
        r.bigint_prototype
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
                    return write_own_data(obj, key, v, attrs);
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
    match r.get_own(key) {
        Some(Prop::Data(_, attrs)) => {
            if attrs & WRITABLE == 0 {
                return Ok(false);
            }
            return write_own_data(r, key, v, attrs);
        }
        // OrdinarySetWithOwnDescriptor: a receiver's own accessor is never replaced by a value.
        Some(Prop::Accessor(..)) => return Ok(false),
        None => {}
    }
    if !r.extensible() || past_readonly_length(r, key) {
        return Ok(false);
    }
    r.define(key, v, DEFAULT)?;
    Ok(true)
}

/// The value write of [[Set]] on an existing writable own data property; only an array's
/// `length` can still refuse (a truncation stopped by a non-configurable element).
fn write_own_data(o: &mut Object, key: Key, v: Value, attrs: u8) -> JsResult<bool> {
    if key == Key::Name(atoms::common().length) && o.is_array() {
        return set_array_length(o, v);
    }
    o.define(key, v, attrs)?;
    Ok(true)
}

/// Adding element `key` to array `o` would have to grow a non-writable `length`.
fn past_readonly_length(o: &Object, key: Key) -> bool {
    matches!(key, Key::Index(i) if o.is_array() && o.header.flags & READONLY_LENGTH != 0 && i as usize >= o.elements.len())
}

/// The TypeError strict code throws when [[Set]] of `key` on `base` returned false, worded
/// as V8 words it for the property that refused.
pub fn set_failure(base: Value, key: Key) -> error::Thrown {
    let shown = key_to_display(key);
    let describe = crate::builtins::object::describe;
    if !base.is_object() {
        let own = base.is_string()
            && match key {
                Key::Index(i) => (i as usize) < string::len(base.as_string()),
                Key::Name(k) => k == atoms::common().length,
            };
        let inherited = crate::conv::to_object(base).is_ok_and(|w| has_property(w, key));
        let what = format!("{} '{}'", crate::builtins::global::type_name(base), describe(base));
        return error::throw_type_error(&if own || inherited {
            format!("Cannot assign to read only property '{shown}' of {what}")
        } else {
            format!("Cannot create property '{shown}' on {what}")
        });
    }
    let mut found = None;
    let mut cur = base;
    while let Some(o) = cur.object_ref() {
        prepare(cur);
        found = o.get_own(key);
        if found.is_some() {
            break;
        }
        cur = o.proto;
    }
    let o = unsafe { &*base.as_object() };
    let what = describe(base);
    let read_only = |name: &str| {
        let kind = if o.is_callable() { "function" } else { "object" };
        format!("Cannot assign to read only property '{name}' of {kind} '{what}'")
    };
    let msg = match found {
        Some(Prop::Accessor(..)) => format!("Cannot set property {shown} of {what} which has only a getter"),
        Some(Prop::Data(_, a)) if a & WRITABLE == 0 => read_only(&shown),
        // A truncation stopped at a non-configurable element, which is now the last.
        Some(Prop::Data(..)) if o.is_array() && key == Key::Name(atoms::common().length) => {
            format!("Cannot delete property '{}' of {what}", o.elements.len().saturating_sub(1))
        }
        _ if !o.extensible() => format!("Cannot add property {shown}, object is not extensible"),
        _ => read_only("length"),
    };
    error::throw_type_error(&msg)
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
        return Err(set_failure(base, key));
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

// ----- property descriptors and the reflective internal methods -----

/// A Property Descriptor (§6.2.6): every field may be absent.
#[derive(Clone, Copy, Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    /// A complete data property descriptor.
    pub fn data(value: Value, writable: bool, enumerable: bool, configurable: bool) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(writable),
            get: None,
            set: None,
            enumerable: Some(enumerable),
            configurable: Some(configurable),
        }
    }

    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    /// The complete descriptor of an existing property.
    pub fn of(p: Prop) -> Descriptor {
        match p {
            Prop::Data(v, a) => Descriptor {
                value: Some(v),
                writable: Some(a & WRITABLE != 0),
                enumerable: Some(a & ENUMERABLE != 0),
                configurable: Some(a & CONFIGURABLE != 0),
                ..Descriptor::default()
            },
            Prop::Accessor(g, s, a) => Descriptor {
                get: Some(g),
                set: Some(s),
                enumerable: Some(a & ENUMERABLE != 0),
                configurable: Some(a & CONFIGURABLE != 0),
                ..Descriptor::default()
            },
        }
    }
}

/// Index `i` is too far past `len` elements to grow a dense vector to it.
fn too_far(i: usize, len: usize) -> bool {
    i > len + (1 << 20) && i > 2 * len
}

fn attr(on: bool, bit: u8) -> u8 {
    if on { bit } else { 0 }
}

/// SameValue (§7.2.11): `===` except that NaN equals NaN and +0 differs from -0.
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return if x.is_nan() { y.is_nan() } else { x == y && x.is_sign_negative() == y.is_sign_negative() };
    }
    crate::ops::strict_equals(a, b)
}

/// [[DefineOwnProperty]]: OrdinaryDefineOwnProperty (§10.1.6) with the array exotic version
/// (§10.4.2.1) and string wrappers' read-only indices. Ok(false) where DefinePropertyOrThrow
/// throws ("Cannot redefine property"); the only errors are those of a new array length.
pub fn define_own_property(o: Value, key: Key, desc: &Descriptor) -> JsResult<bool> {
    prepare(o);
    let obj = unsafe { &mut *o.as_object() };
    if obj.is_array() {
        if key == Key::Name(atoms::common().length) {
            return define_array_length(obj, desc);
        }
        if past_readonly_length(obj, key) {
            return Ok(false);
        }
    }
    validate_and_apply(obj, key, desc)
}

/// ValidateAndApplyPropertyDescriptor (§10.1.6.3).
fn validate_and_apply(o: &mut Object, key: Key, desc: &Descriptor) -> JsResult<bool> {
    let Some(current) = o.get_own(key) else {
        if !o.extensible() {
            return Ok(false);
        }
        let ec = attr(desc.enumerable == Some(true), ENUMERABLE) | attr(desc.configurable == Some(true), CONFIGURABLE);
        if desc.is_accessor() {
            let (g, s) = (desc.get.unwrap_or(Value::UNDEFINED), desc.set.unwrap_or(Value::UNDEFINED));
            define_accessor_key(o, key, g, s, ec)?;
        } else {
            let writable = attr(desc.writable == Some(true), WRITABLE);
            put_data(o, key, desc.value.unwrap_or(Value::UNDEFINED), ec | writable)?;
        }
        return Ok(true);
    };
    let (Prop::Data(_, cur_attrs) | Prop::Accessor(_, _, cur_attrs)) = current;
    let is_accessor = matches!(current, Prop::Accessor(..));
    if cur_attrs & CONFIGURABLE == 0 {
        if desc.configurable == Some(true) || desc.enumerable.is_some_and(|e| e != (cur_attrs & ENUMERABLE != 0)) {
            return Ok(false);
        }
        let generic = !desc.is_accessor() && !desc.is_data();
        if !generic && desc.is_accessor() != is_accessor {
            return Ok(false);
        }
        match current {
            Prop::Accessor(g, s, _) => {
                if desc.get.is_some_and(|x| !same_value(x, g)) || desc.set.is_some_and(|x| !same_value(x, s)) {
                    return Ok(false);
                }
            }
            Prop::Data(v, a) if a & WRITABLE == 0 => {
                if desc.writable == Some(true) || desc.value.is_some_and(|x| !same_value(x, v)) {
                    return Ok(false);
                }
            }
            Prop::Data(..) => {}
        }
    }
    // A string wrapper's characters and length are read-only and non-configurable: having
    // passed validation, the descriptor changes nothing (and they have no storage to write).
    if o.class() == Class::StringWrapper
        && match key {
            Key::Index(i) => (i as usize) < string::len(o.primitive_value().as_string()),
            Key::Name(k) => k == atoms::common().length,
        }
    {
        return Ok(true);
    }
    let ec = attr(desc.enumerable.unwrap_or(cur_attrs & ENUMERABLE != 0), ENUMERABLE)
        | attr(desc.configurable.unwrap_or(cur_attrs & CONFIGURABLE != 0), CONFIGURABLE);
    let u = Value::UNDEFINED;
    match current {
        Prop::Data(v, a) if !desc.is_accessor() => {
            let writable = attr(desc.writable.unwrap_or(a & WRITABLE != 0), WRITABLE);
            put_data(o, key, desc.value.unwrap_or(v), ec | writable)?;
        }
        Prop::Data(..) => define_accessor_key(o, key, desc.get.unwrap_or(u), desc.set.unwrap_or(u), ec)?,
        Prop::Accessor(g, s, _) if !desc.is_data() => {
            define_accessor_key(o, key, desc.get.unwrap_or(g), desc.set.unwrap_or(s), ec)?
        }
        Prop::Accessor(..) => {
            put_data(o, key, desc.value.unwrap_or(u), ec | attr(desc.writable == Some(true), WRITABLE))?
        }
    }
    Ok(true)
}

/// Stores a data property with exactly `attrs` (no checks).
fn put_data(o: &mut Object, key: Key, v: Value, attrs: u8) -> JsResult<()> {
    if attrs & WRITABLE == 0 {
        // A read-only property may now shadow one that cached stores would add.
        crate::props::bump_epoch();
    }
    match key {
        Key::Index(i) => o.define_index(i, v, attrs),
        Key::Name(k) => {
            o.define_named(k, v, attrs);
            Ok(())
        }
    }
}

/// Creates or replaces own property `key` as an accessor (no checks): named keys as
/// [`define_accessor`], indices as special elements.
pub fn define_accessor_key(o: &mut Object, key: Key, getter: Value, setter: Value, attrs: u8) -> JsResult<()> {
    match key {
        Key::Index(i) => o.define_index_accessor(i, getter, setter, attrs),
        Key::Name(k) => {
            define_accessor(o, k, getter, setter, attrs);
            Ok(())
        }
    }
}

/// ArraySetLength (§10.4.2.4): `length` is a non-enumerable, non-configurable data property
/// whose value is `elements.len()` and whose writability is `READONLY_LENGTH`.
fn define_array_length(o: &mut Object, desc: &Descriptor) -> JsResult<bool> {
    let new_len = match desc.value {
        Some(v) => Some(to_array_length(v)?),
        None => None,
    };
    if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
        return Ok(false);
    }
    let writable = o.header.flags & READONLY_LENGTH == 0;
    if !writable {
        let same_len = new_len.is_none_or(|n| n as usize == o.elements.len());
        return Ok(desc.writable != Some(true) && same_len);
    }
    let ok = match new_len {
        Some(n) => resize_array(o, n)?,
        None => true,
    };
    // Made read-only even when a non-configurable element stopped the truncation.
    if desc.writable == Some(false) {
        o.header.flags |= READONLY_LENGTH;
        crate::props::bump_epoch();
    }
    Ok(ok)
}

/// SetIntegrityLevel (§7.3.15) `sealed` or `frozen` (ordinary objects always succeed): every
/// own property becomes non-configurable (and data properties non-writable if frozen), the
/// elements through flags, and the object non-extensible.
pub fn set_integrity_level(o: Value, frozen: bool) {
    prepare(o);
    let obj = unsafe { &mut *o.as_object() };
    obj.prevent_extensions();
    if frozen && obj.class() == Class::Arguments {
        // Read-only elements are no longer mapped (§10.4.4.2).
        crate::arguments::unmap_all(obj);
    }
    let strip = |a: u8| {
        if frozen && a & ACCESSOR == 0 { a & !(CONFIGURABLE | WRITABLE) } else { a & !CONFIGURABLE }
    };
    match &mut obj.dict {
        Some(d) => {
            for p in d.props.iter_mut() {
                p.2 = strip(p.2);
            }
            for e in d.elements.values_mut() {
                e.1 = strip(e.1);
            }
        }
        None => {
            // Same keys in the same order: the slots stay, only the shape changes.
            let mut s = shape::root();
            for &(k, a) in unsafe { &(*obj.shape).keys } {
                s = unsafe { (*s).with_added(k, strip(a)) };
            }
            obj.shape = s;
        }
    }
    obj.header.flags |= SEALED_ELEMENTS;
    if frozen {
        obj.header.flags |= FROZEN_ELEMENTS | if obj.is_array() { READONLY_LENGTH } else { 0 };
        crate::props::bump_epoch();
    }
}

/// TestIntegrityLevel (§7.3.16).
pub fn test_integrity_level(o: Value, frozen: bool) -> bool {
    prepare(o);
    let obj = unsafe { &*o.as_object() };
    if obj.extensible() {
        return false;
    }
    obj.own_keys().into_iter().all(|k| match obj.get_own(k) {
        Some(Prop::Data(_, a)) => a & CONFIGURABLE == 0 && !(frozen && a & WRITABLE != 0),
        Some(Prop::Accessor(_, _, a)) => a & CONFIGURABLE == 0,
        None => true,
    })
}

/// [[SetPrototypeOf]] (§10.1.2; Object.prototype is an immutable prototype exotic object,
/// §10.4.7): false if `o` is not extensible, the chain would become a cycle, or `o` is
/// Object.prototype.
pub fn set_prototype_of(o: Value, proto: Value) -> bool {
    let obj = unsafe { &mut *o.as_object() };
    if obj.proto == proto {
        return true;
    }
    if !obj.extensible() || o == realm().object_prototype {
        return false;
    }
    let mut p = proto;
    while let Some(po) = p.object_ref() {
        if p == o {
            return false;
        }
        p = po.proto;
    }
    obj.proto = proto;
    // Cached property-adding stores assumed the old chain had no setters or read-only
    // properties.
    crate::props::bump_epoch();
    true
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
        for &(pair, _) in d.elements.values() {
            t.value(pair);
        }
    }
    match obj.class() {
        Class::Function => {
            let f = &*(o as *const FunctionObject);
            t.value(f.env);
            t.value(f.home);
            t.value(f.fields);
        }
        Class::BooleanWrapper | Class::NumberWrapper | Class::StringWrapper | Class::SymbolWrapper
        | Class::BigIntWrapper => t.value((*(o as *const PrimitiveObject)).value),
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
        Class::Promise => crate::builtins::promise::trace(o, t),
        Class::Timer => crate::event_loop::trace_timer(o, t),
        Class::Generator | Class::AsyncGenerator => {
            let g = &*(o as *const GeneratorObject);
            t.value(g.function);
            t.value(g.promise);
            for &v in &g.frame {
                t.value(v);
            }
            for &(_, v, p) in &g.queue {
                t.value(v);
                t.value(p);
            }
        }
        Class::Map | Class::Set | Class::WeakMap | Class::WeakSet | Class::CollectionIterator => {
            crate::builtins::collections::trace(o, t)
        }
        Class::RegExp | Class::RegExpStringIterator => crate::builtins::regexp::trace(o, t),
        Class::Arguments => t.value((*(o as *const crate::arguments::ArgumentsObject)).env),
        Class::Ordinary | Class::Array | Class::Error | Class::Date | Class::ModuleNamespace => {}
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
    if matches!((*o).class(), Class::Generator | Class::AsyncGenerator) {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut GeneratorObject)).frame));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut GeneratorObject)).queue));
    }
    if (*o).class() == Class::Promise {
        crate::builtins::promise::finalize(o);
    }
    if matches!((*o).class(), Class::Map | Class::Set | Class::WeakMap | Class::WeakSet | Class::CollectionIterator) {
        crate::builtins::collections::finalize(o);
    }
    if (*o).class() == Class::RegExp {
        crate::builtins::regexp::finalize(o);
    }
    n
}

pub unsafe fn external_size(o: *mut Object) -> usize {
    let obj = &*o;
    (if obj.slots.spilled() { obj.slots.capacity() * 8 } else { 0 }) + obj.elements.capacity() * 8 + obj.dict.as_ref().map_or(0, |d| d.props.len() * 40 + d.elements.len() * 48)
        + crate::builtins::collections::external_size(o)
}
