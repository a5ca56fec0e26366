//! Hidden classes. A shape lists an object's named own properties (key and attributes) in
//! insertion order; property `i` lives in the object's slot `i`. Objects built the same way
//! share a shape through the transition chain, so an inline cache can remember
//! (shape → slot). Shapes are never freed; keys are atoms (permanent) or symbols, which
//! `roots` keeps alive.

use std::cell::UnsafeCell;
use std::collections::HashMap;

use crate::value::Value;

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// The slot holds an accessor pair object (class `Accessor`) rather than a value.
pub const ACCESSOR: u8 = 8;
pub const DEFAULT: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;

/// An object with more named properties than this becomes a dictionary.
pub const MAX_SHAPE_PROPS: usize = 64;
const INDEX_AT: usize = 8;

pub struct Shape {
    pub keys: Vec<(Value, u8)>,
    index: Option<HashMap<u64, u32>>,
    transitions: UnsafeCell<Vec<(Value, u8, *const Shape)>>,
}

struct Global(UnsafeCell<*const Shape>);
unsafe impl Sync for Global {}
static ROOT: Global = Global(UnsafeCell::new(std::ptr::null()));
static SYMBOL_KEYS: SymbolKeys = SymbolKeys(UnsafeCell::new(Vec::new()));
struct SymbolKeys(UnsafeCell<Vec<Value>>);
unsafe impl Sync for SymbolKeys {}

/// The empty shape every new object starts from.
pub fn root() -> *const Shape {
    unsafe {
        let r = &mut *ROOT.0.get();
        if r.is_null() {
            *r = Box::leak(Box::new(Shape { keys: Vec::new(), index: None, transitions: UnsafeCell::new(Vec::new()) }));
        }
        *r
    }
}

impl Shape {
    /// The slot and attributes of `key`, if the shape has it.
    #[inline]
    pub fn lookup(&self, key: Value) -> Option<(u32, u8)> {
        match &self.index {
            Some(ix) => ix.get(&key.0).map(|&i| (i, self.keys[i as usize].1)),
            None => self.keys.iter().position(|&(k, _)| k == key).map(|i| (i as u32, self.keys[i].1)),
        }
    }

    /// The shape after adding `key` with `attrs` at the end.
    pub fn with_added(&self, key: Value, attrs: u8) -> *const Shape {
        let trans = unsafe { &mut *self.transitions.get() };
        if let Some(&(_, _, s)) = trans.iter().find(|&&(k, a, _)| k == key && a == attrs) {
            return s;
        }
        // Shapes live forever, so their keys must too.
        if key.is_symbol() {
            unsafe { (*SYMBOL_KEYS.0.get()).push(key) };
        } else {
            crate::atoms::pin(key.as_string());
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend_from_slice(&self.keys);
        keys.push((key, attrs));
        let index = (keys.len() > INDEX_AT)
            .then(|| keys.iter().enumerate().map(|(i, (k, _))| (k.0, i as u32)).collect());
        let s: *const Shape = Box::leak(Box::new(Shape { keys, index, transitions: UnsafeCell::new(Vec::new()) }));
        trans.push((key, attrs, s));
        s
    }

    /// The shape with the attributes of slot `i` changed: rebuilt from the root, so that
    /// objects changed the same way still share shapes.
    pub fn with_attrs(&self, i: usize, attrs: u8) -> *const Shape {
        let mut s = root();
        for (j, &(k, a)) in self.keys.iter().enumerate() {
            s = unsafe { (*s).with_added(k, if j == i { attrs } else { a }) };
        }
        s
    }
}

/// Symbols used as keys in some shape; they stay alive as long as the shapes do (forever).
/// (String keys of shapes are pinned atoms, traced with the atom table.)
pub fn trace(t: &mut crate::gc::Tracer) {
    for &k in unsafe { &*SYMBOL_KEYS.0.get() } {
        t.value(k);
    }
}
