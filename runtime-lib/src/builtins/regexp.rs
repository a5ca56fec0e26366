//! RegExp (§22.2): the constructor, RegExp.prototype (exec, test, toString, the flag getters,
//! and the @@match/@@matchAll/@@replace/@@search/@@split protocol methods String.prototype
//! dispatches to), the RegExp String Iterator, and String.prototype.match/matchAll/search,
//! which exist only to call those methods.
//!
//! Patterns are compiled and matched by the `regress` crate (ECMAScript syntax and a
//! backtracking matcher, like V8's). Strings are matched as UTF-16 code units; with the `u` or
//! `v` flag as code points. A compiled pattern (`Core`) depends only on the source and the
//! flags that change matching (i, m, s, u, v), so RegExp objects share one when those agree:
//! literals evaluated again, `new RegExp(re)`, and the splitter @@split makes from its regexp.
//!
//! Regress has no sticky mode; a sticky match compiles the pattern once more as
//! `(?:pattern)|()`, which always succeeds at the first position tried: when the extra empty
//! group took part, the pattern itself failed there (see `Core::match_at`).
//!
//! Not here: the legacy static properties (RegExp.$1, RegExp.lastMatch, ...). Pattern
//! modifiers `(?i:...)` are rejected as node v20 does.

use std::cell::{OnceCell, UnsafeCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::atoms;
use crate::builtins::global::{describe, to_length};
use crate::builtins::string::{from_unit, get_substitution, value_from_units};
use crate::builtins::{constructor, method};
use crate::conv;
use crate::error::{self, ErrorKind, JsResult};
use crate::function::{self, CallArgs, NativeFn};
use crate::gc::{self, Tracer};
use crate::object::{self, Class, Key, Object};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string::{self, JsString, Units};
use crate::value::Value;

// ----- flags -----

const HAS_INDICES: u8 = 1;
const GLOBAL: u8 = 2;
const IGNORE_CASE: u8 = 4;
const MULTILINE: u8 = 8;
const DOT_ALL: u8 = 16;
const UNICODE: u8 = 32;
const UNICODE_SETS: u8 = 64;
const STICKY: u8 = 128;
/// The flags a compiled pattern depends on.
const COMPILE_FLAGS: u8 = IGNORE_CASE | MULTILINE | DOT_ALL | UNICODE | UNICODE_SETS;

/// The flags in the order `flags` lists them (§22.2.6.4), with their getters' names.
const FLAG_TABLE: [(u8, u8, &str); 8] = [
    (b'd', HAS_INDICES, "hasIndices"),
    (b'g', GLOBAL, "global"),
    (b'i', IGNORE_CASE, "ignoreCase"),
    (b'm', MULTILINE, "multiline"),
    (b's', DOT_ALL, "dotAll"),
    (b'u', UNICODE, "unicode"),
    (b'v', UNICODE_SETS, "unicodeSets"),
    (b'y', STICKY, "sticky"),
];

/// The flag bits of a flags string, or None if it has an unknown or repeated flag, or both
/// `u` and `v`.
fn parse_flags(f: Units) -> Option<u8> {
    let mut bits = 0u8;
    for u in f.iter() {
        let bit = FLAG_TABLE.iter().find(|e| e.0 as u16 == u)?.1;
        if bits & bit != 0 {
            return None;
        }
        bits |= bit;
    }
    if bits & UNICODE != 0 && bits & UNICODE_SETS != 0 {
        return None;
    }
    Some(bits)
}

// ----- compiled patterns -----

/// A compiled pattern, shared by the RegExp objects with the same source and compile flags.
struct Core {
    regex: regress::Regex,
    /// `(?:pattern)|()`, made on first sticky use; None if the pattern has a backreference
    /// number past its group count (an Annex B octal escape that the extra group would
    /// capture), which then falls back to searching.
    anchored: OnceCell<Option<regress::Regex>>,
    /// The pattern as regress reads it: code units, or code points under `u`/`v`.
    pattern: Vec<u32>,
    flags: regress::Flags,
    /// `u` or `v`: match code points.
    unicode: bool,
    high_backref: bool,
}

impl Core {
    fn find(&self, re: &regress::Regex, units: &[u16], start: usize) -> Option<regress::Match> {
        if self.unicode { re.find_from_utf16(units, start).next() } else { re.find_from_ucs2(units, start).next() }
    }

    /// The first match at or after `start`.
    fn search(&self, units: &[u16], start: usize) -> Option<regress::Match> {
        self.find(&self.regex, units, start)
    }

    /// A match starting exactly at `at` (the sticky flag).
    fn match_at(&self, units: &[u16], at: usize) -> Option<regress::Match> {
        let anchored = self.anchored.get_or_init(|| {
            if self.high_backref {
                return None;
            }
            let mut p: Vec<u32> = "(?:".chars().map(u32::from).collect();
            p.extend_from_slice(&self.pattern);
            p.extend(")|()".chars().map(u32::from));
            regress::Regex::from_unicode(p.into_iter(), self.flags).ok()
        });
        match anchored {
            Some(re) => {
                let mut m = self.find(re, units, at)?;
                // The extra group is last; its name (if the pattern has names) is empty.
                if m.captures.pop().flatten().is_some() || m.start() != at {
                    return None;
                }
                Some(m)
            }
            None => self.search(units, at).filter(|m| m.start() == at),
        }
    }
}

/// Compiles `pattern` (code units) under `bits`, or returns the SyntaxError message.
fn compile(pattern: &[u16], bits: u8) -> Result<Rc<Core>, String> {
    let unicode = bits & (UNICODE | UNICODE_SETS) != 0;
    let scan = scan(pattern);
    if scan.modifier_group {
        return Err("Invalid group".into());
    }
    let cps: Vec<u32> = if unicode {
        char::decode_utf16(pattern.iter().copied()).map(|r| r.map_or_else(|e| e.unpaired_surrogate() as u32, u32::from)).collect()
    } else {
        pattern.iter().map(|&u| u as u32).collect()
    };
    let flags = regress::Flags {
        icase: bits & IGNORE_CASE != 0,
        multiline: bits & MULTILINE != 0,
        dot_all: bits & DOT_ALL != 0,
        no_opt: false,
        // Regress checks `unicode` for the syntax rules that `v` shares with `u`.
        unicode,
        unicode_sets: bits & UNICODE_SETS != 0,
    };
    match regress::Regex::from_unicode(cps.iter().copied(), flags) {
        Ok(regex) => Ok(Rc::new(Core {
            regex,
            anchored: OnceCell::new(),
            pattern: cps,
            flags,
            unicode,
            high_backref: scan.max_backref > scan.groups,
        })),
        Err(e) => Err(v8_message(&e.text, &scan, unicode)),
    }
}

/// What a quick pass over a pattern finds, for the checks and messages regress does not give
/// as V8 does.
#[derive(Default)]
struct Scan {
    groups: u32,
    max_backref: u32,
    /// `(?i:...)`-style modifiers (ES2025), which node v20 rejects.
    modifier_group: bool,
    /// `(?` followed by none of `:`, `=`, `!`, `<`.
    bad_group: bool,
    /// A `)` with no `(`.
    unmatched_close: bool,
    /// A `{`, `}` or `]` standing alone (an error only under `u`/`v`).
    lone_bracket: bool,
}

fn scan(p: &[u16]) -> Scan {
    let mut s = Scan::default();
    let (mut i, mut depth, mut in_class) = (0, 0i32, false);
    let is = |i: usize, c: u8| p.get(i) == Some(&(c as u16));
    let digit = |i: usize| p.get(i).filter(|&&u| (b'0' as u16..=b'9' as u16).contains(&u)).map(|&u| (u - b'0' as u16) as u32);
    while i < p.len() {
        let c = p[i];
        if c == b'\\' as u16 {
            if !in_class && digit(i + 1).is_some_and(|d| d > 0) {
                let mut n = 0u32;
                let mut j = i + 1;
                while let Some(d) = digit(j) {
                    n = n.saturating_mul(10).saturating_add(d);
                    j += 1;
                }
                s.max_backref = s.max_backref.max(n);
            }
            i += 2;
            continue;
        }
        if in_class {
            in_class = c != b']' as u16;
        } else if c == b'[' as u16 {
            in_class = true;
        } else if c == b'(' as u16 {
            depth += 1;
            let named = is(i + 2, b'<') && !is(i + 3, b'=') && !is(i + 3, b'!');
            if !is(i + 1, b'?') || named {
                s.groups += 1;
            } else if [b'i', b'm', b's', b'-'].iter().any(|&f| is(i + 2, f)) {
                s.modifier_group = true;
            } else if ![b':', b'=', b'!', b'<'].iter().any(|&f| is(i + 2, f)) {
                s.bad_group = true;
            }
        } else if c == b')' as u16 {
            depth -= 1;
            if depth < 0 {
                s.unmatched_close = true;
                depth = 0;
            }
        } else if c == b']' as u16 || c == b'}' as u16 {
            s.lone_bracket = true;
        } else if c == b'{' as u16 {
            // A quantifier is `{n}`, `{n,}` or `{n,m}`.
            let mut j = i + 1;
            let start = j;
            while digit(j).is_some() {
                j += 1;
            }
            let mut ok = j > start;
            if ok && is(j, b',') {
                j += 1;
                while digit(j).is_some() {
                    j += 1;
                }
            }
            ok &= is(j, b'}');
            if ok {
                i = j + 1;
                continue;
            }
            s.lone_bracket = true;
        }
        i += 1;
    }
    s
}

/// V8's wording for a regress syntax error.
fn v8_message(text: &str, scan: &Scan, unicode: bool) -> String {
    let m = match text {
        "Unbalanced parenthesis" if scan.unmatched_close => "Unmatched ')'",
        "Unbalanced parenthesis" => "Unterminated group",
        "Invalid atom character" if unicode && scan.lone_bracket => "Lone quantifier brackets",
        "Invalid atom character" | "Quantifier not allowed here" | "Invalid braced quantifier" => "Nothing to repeat",
        "Invalid quantifier" => "numbers out of order in {} quantifier",
        "Unbalanced bracket" | "Unbalanced class set bracket" => "Unterminated character class",
        t if t.starts_with("Range values reversed") => "Range out of order in character class",
        "Invalid character range" => "Invalid character class",
        "Incomplete escape" | "Unterminated escape" => "\\ at end of pattern",
        "Invalid token at named capture group identifier" if scan.bad_group => "Invalid group",
        "Invalid token at named capture group identifier" | "Invalid named backreference syntax" => {
            "Invalid capture group name"
        }
        t if t.starts_with("Backreference to invalid named capture group") => "Invalid named capture referenced",
        "Invalid character escape" | "Invalid class set escape: expected {" => "Invalid escape",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid group modifier" => "Invalid group",
        t if t.starts_with("Invalid class set") || t.starts_with("Unexpected character in class set") => {
            "Invalid character in character class"
        }
        t if t.starts_with("Invalid property") || t.starts_with("Invalid character at property") => {
            "Invalid property name"
        }
        t => t,
    };
    m.to_string()
}

/// Compiled literals by (pattern atom, flags atom): a literal in a loop compiles once.
type Literals = HashMap<(u64, u64), Rc<Core>>;
struct LiteralCache(UnsafeCell<Option<Literals>>);
unsafe impl Sync for LiteralCache {}
static LITERALS: LiteralCache = LiteralCache(UnsafeCell::new(None));

// ----- RegExp objects -----

#[repr(C)]
pub struct RegExpObject {
    pub base: Object,
    /// None until RegExpInitialize (and for ever if it failed).
    core: Option<Rc<Core>>,
    /// [[OriginalSource]] and [[OriginalFlags]], strings.
    source: Value,
    flags: Value,
    bits: u8,
}

/// The RegExp String Iterator (§22.2.9): the matcher, the string, and its state.
#[repr(C)]
struct StringIterator {
    base: Object,
    matcher: Value,
    string: Value,
    global: bool,
    unicode: bool,
    done: bool,
}

/// # Safety
/// `o` is a live RegExp or RegExp String Iterator cell.
pub unsafe fn trace(o: *mut Object, t: &mut Tracer) {
    match (*o).class() {
        Class::RegExp => {
            let r = &*(o as *const RegExpObject);
            t.value(r.source);
            t.value(r.flags);
        }
        _ => {
            let it = &*(o as *const StringIterator);
            t.value(it.matcher);
            t.value(it.string);
        }
    }
}

/// # Safety
/// `o` is a RegExp cell being swept.
pub unsafe fn finalize(o: *mut Object) {
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut RegExpObject)).core));
}

/// The RegExp object `v` if it has [[RegExpMatcher]] (is initialised).
fn regexp<'a>(v: Value) -> Option<&'a mut RegExpObject> {
    let o = v.object_ref()?;
    if o.class() != Class::RegExp {
        return None;
    }
    let r = unsafe { &mut *(o as *mut Object as *mut RegExpObject) };
    r.core.is_some().then_some(r)
}

pub fn is_regexp_object(v: Value) -> bool {
    regexp(v).is_some()
}

/// `/source/flags` of a RegExp object from its internal slots (for console.log).
pub fn display(v: Value) -> Option<String> {
    let r = regexp(v)?;
    Some(format!("/{}/{}", string::to_rust(escape_source(r.source).as_string()), string::to_rust(r.flags.as_string())))
}

// ----- intrinsics -----

#[derive(Clone, Copy)]
enum Intrinsic {
    Prototype,
    Constructor,
    Exec,
    IteratorPrototype,
}

struct Handles(UnsafeCell<[u32; 4]>);
unsafe impl Sync for Handles {}
static HANDLES: Handles = Handles(UnsafeCell::new([0; 4]));

fn intrinsic(i: Intrinsic) -> Value {
    gc::heap().handle(unsafe { (*HANDLES.0.get())[i as usize] })
}

fn keep(i: Intrinsic, v: Value) -> Value {
    let h = gc::heap().root(v);
    unsafe { (*HANDLES.0.get())[i as usize] = h };
    v
}

/// Property names used on every match (pinned atoms, so they may live in a static).
struct Names {
    last_index: Value,
    index: Value,
    input: Value,
    groups: Value,
    indices: Value,
    exec: Value,
    flags: Value,
    source: Value,
}

struct NamesCell(UnsafeCell<Option<Names>>);
unsafe impl Sync for NamesCell {}
static NAMES: NamesCell = NamesCell(UnsafeCell::new(None));

fn names() -> &'static Names {
    unsafe { (*NAMES.0.get()).as_ref().unwrap_unchecked() }
}

fn key(v: Value) -> Key {
    Key::Name(v)
}

pub fn install() {
    let r = realm();
    unsafe {
        *NAMES.0.get() = Some(Names {
            last_index: atoms::intern_str("lastIndex"),
            index: atoms::intern_str("index"),
            input: atoms::intern_str("input"),
            groups: atoms::intern_str("groups"),
            indices: atoms::intern_str("indices"),
            exec: atoms::intern_str("exec"),
            flags: atoms::intern_str("flags"),
            source: atoms::intern_str("source"),
        })
    };
    let proto = keep(Intrinsic::Prototype, object::new_plain());
    let c = keep(Intrinsic::Constructor, constructor("RegExp", 2, construct, proto));
    let species = function::native("get [Symbol.species]", 0, |a| Ok(a.this), 0);
    unsafe { object::define_accessor(&mut *c.as_object(), r.sym_species, species, Value::UNDEFINED, CONFIGURABLE) };

    // In V8's order.
    keep(Intrinsic::Exec, method(proto, "exec", 1, exec));
    getter(proto, "dotAll", |a| flag_getter(a, DOT_ALL, "dotAll"));
    getter(proto, "flags", flags_getter);
    getter(proto, "global", |a| flag_getter(a, GLOBAL, "global"));
    getter(proto, "hasIndices", |a| flag_getter(a, HAS_INDICES, "hasIndices"));
    getter(proto, "ignoreCase", |a| flag_getter(a, IGNORE_CASE, "ignoreCase"));
    getter(proto, "multiline", |a| flag_getter(a, MULTILINE, "multiline"));
    getter(proto, "source", source_getter);
    getter(proto, "sticky", |a| flag_getter(a, STICKY, "sticky"));
    getter(proto, "unicode", |a| flag_getter(a, UNICODE, "unicode"));
    method(proto, "compile", 2, compile_method);
    method(proto, "toString", 0, to_string);
    method(proto, "test", 1, test);
    getter(proto, "unicodeSets", |a| flag_getter(a, UNICODE_SETS, "unicodeSets"));
    let symbol_methods: [(Value, &str, u32, NativeFn); 5] = [
        (r.sym_match, "[Symbol.match]", 1, symbol_match),
        (r.sym_match_all, "[Symbol.matchAll]", 1, symbol_match_all),
        (r.sym_replace, "[Symbol.replace]", 2, symbol_replace),
        (r.sym_search, "[Symbol.search]", 1, symbol_search),
        (r.sym_split, "[Symbol.split]", 2, symbol_split),
    ];
    for (sym, name, length, f) in symbol_methods {
        let fv = function::native(name, length, f, 0);
        unsafe { (*proto.as_object()).define_named(sym, fv, WRITABLE | CONFIGURABLE) };
    }

    // %RegExpStringIteratorPrototype% (§22.2.9.2).
    let it = keep(Intrinsic::IteratorPrototype, Value::object(object::new_ordinary(r.iterator_prototype)));
    method(it, "next", 0, iterator_next);
    let tag = string::value_from_str("RegExp String Iterator");
    unsafe { (*it.as_object()).define_named(r.sym_to_string_tag, tag, CONFIGURABLE) };

    // The String.prototype methods that only dispatch to the ones above.
    let sp = r.string_prototype;
    method(sp, "match", 1, string_match);
    method(sp, "matchAll", 1, string_match_all);
    method(sp, "search", 1, string_search);
}

/// An accessor property `name` with a native getter (`get name`), configurable.
fn getter(obj: Value, name: &str, f: NativeFn) {
    let g = function::native(&format!("get {name}"), 0, f, 0);
    unsafe { object::define_accessor(&mut *obj.as_object(), atoms::intern_str(name), g, Value::UNDEFINED, CONFIGURABLE) };
}

// ----- creation -----

/// RegExpAlloc (§22.2.3.2): a RegExp object without a matcher, with `lastIndex`.
fn alloc(proto: Value) -> Value {
    let o = object::alloc(std::mem::size_of::<RegExpObject>(), Class::RegExp, proto);
    unsafe {
        let r = o as *mut RegExpObject;
        std::ptr::addr_of_mut!((*r).core).write(None);
        (*r).source = atoms::common().empty;
        (*r).flags = atoms::common().empty;
        (*o).define_named(names().last_index, Value::int(0), WRITABLE);
    }
    Value::object(o)
}

fn syntax_error(msg: &str) -> error::Thrown {
    error::throw_error(ErrorKind::SyntaxError, msg)
}

/// RegExpInitialize (§22.2.3.3) with the pattern and flags already strings. `shared` is a
/// compiled pattern to reuse if its compile flags agree.
fn initialize(obj: Value, p: *mut JsString, f: *mut JsString, shared: Option<Rc<Core>>) -> JsResult<Value> {
    let Some(bits) = parse_flags(string::units(f)) else {
        return Err(syntax_error(&format!("Invalid flags supplied to RegExp constructor '{}'", string::to_rust(f))));
    };
    let core = match shared {
        Some(c) if c.flags.icase == (bits & IGNORE_CASE != 0)
            && c.flags.multiline == (bits & MULTILINE != 0)
            && c.flags.dot_all == (bits & DOT_ALL != 0)
            && c.unicode == (bits & (UNICODE | UNICODE_SETS) != 0)
            && c.flags.unicode_sets == (bits & UNICODE_SETS != 0) =>
        {
            c
        }
        _ => compile_or_throw(p, f, bits)?,
    };
    set_core(obj, core, p, f, bits);
    set_last_index(obj, Value::int(0))?;
    Ok(obj)
}

fn compile_or_throw(p: *mut JsString, f: *mut JsString, bits: u8) -> JsResult<Rc<Core>> {
    let units = string::units(p).to_vec();
    compile(&units, bits & COMPILE_FLAGS).map_err(|m| {
        syntax_error(&format!("Invalid regular expression: /{}/{}: {m}", string::to_rust(p), string::to_rust(f)))
    })
}

fn set_core(obj: Value, core: Rc<Core>, p: *mut JsString, f: *mut JsString, bits: u8) {
    let r = unsafe { &mut *(obj.as_object() as *mut RegExpObject) };
    r.core = Some(core);
    r.source = Value::string(p);
    r.flags = Value::string(f);
    r.bits = bits;
}

/// RegExpCreate (§22.2.3.1) with %RegExp.prototype%.
fn create(pattern: Value, flags: Value) -> JsResult<Value> {
    let obj = alloc(intrinsic(Intrinsic::Prototype));
    let p = if pattern.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(pattern)? };
    let f = if flags.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(flags)? };
    initialize(obj, p, f, None)
}

/// A regular expression literal's RegExp object (pattern and flags are atoms; the compiler
/// has checked the syntax, but the runtime reports errors all the same).
#[unsafe(no_mangle)]
pub extern "C" fn kiln_new_regexp(pattern: Value, flags: Value) -> Value {
    let (p, f) = (pattern.as_string(), flags.as_string());
    let cache = unsafe { (*LITERALS.0.get()).get_or_insert_with(HashMap::new) };
    let cacheable = unsafe { (*p).atom != 0 && (*f).atom != 0 };
    let shared = if cacheable { cache.get(&(pattern.0, flags.0)).cloned() } else { None };
    let obj = alloc(intrinsic(Intrinsic::Prototype));
    match initialize(obj, p, f, shared) {
        Ok(obj) => {
            if cacheable {
                // The key must stay valid: pinned atoms are never collected.
                atoms::pin(p);
                atoms::pin(f);
                let core = regexp(obj).unwrap().core.clone().unwrap();
                cache.entry((pattern.0, flags.0)).or_insert(core);
            }
            obj
        }
        Err(_) => Value::EXCEPTION,
    }
}

/// IsRegExp (§7.2.8): also what String.prototype.startsWith/endsWith/includes must reject.
pub fn is_regexp(v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let m = object::get(v, key(realm().sym_match), v)?;
    if !m.is_undefined() {
        return Ok(conv::to_boolean(m));
    }
    Ok(regexp(v).is_some())
}

/// The RegExp constructor (§22.2.4.1), called or constructed.
fn construct(a: &CallArgs) -> JsResult<Value> {
    let (pattern, flags) = (a.arg(0), a.arg(1));
    let pattern_is_regexp = is_regexp(pattern)?;
    let new_target = if a.new_target.is_undefined() {
        if pattern_is_regexp && flags.is_undefined() {
            let pc = object::get(pattern, key(atoms::common().constructor), pattern)?;
            if pc == a.callee {
                return Ok(pattern);
            }
        }
        a.callee
    } else {
        a.new_target
    };
    let (p, f, shared) = if let Some(r) = regexp(pattern) {
        let f = if flags.is_undefined() { r.flags } else { flags };
        (r.source, f, r.core.clone())
    } else if pattern_is_regexp {
        let p = object::get(pattern, key(names().source), pattern)?;
        let f = if flags.is_undefined() { object::get(pattern, key(names().flags), pattern)? } else { flags };
        (p, f, None)
    } else {
        (pattern, flags, None)
    };
    let proto = function::get_prototype_from_constructor(new_target, intrinsic(Intrinsic::Prototype))?;
    let obj = alloc(proto);
    let p = if p.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(p)? };
    let f = if f.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(f)? };
    // A shared core is only valid for the very same source.
    let shared = shared.filter(|_| regexp(pattern).is_some_and(|r| r.source == Value::string(p)));
    initialize(obj, p, f, shared)
}

/// RegExp.prototype.compile (§B.2.4.1).
fn compile_method(a: &CallArgs) -> JsResult<Value> {
    let o = a.this;
    if !o.object_ref().is_some_and(|x| x.class() == Class::RegExp) {
        return Err(incompatible("RegExp.prototype.compile", o));
    }
    let (pattern, flags) = (a.arg(0), a.arg(1));
    if let Some(r) = regexp(pattern) {
        if !flags.is_undefined() {
            return Err(error::throw_type_error("Cannot supply flags when constructing one RegExp from another"));
        }
        let (p, f, core) = (r.source.as_string(), r.flags.as_string(), r.core.clone());
        return initialize(o, p, f, core);
    }
    let p = if pattern.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(pattern)? };
    let f = if flags.is_undefined() { atoms::common().empty.as_string() } else { conv::to_string(flags)? };
    initialize(o, p, f, None)
}

// ----- the accessors and toString -----

fn incompatible(name: &str, v: Value) -> error::Thrown {
    error::throw_type_error(&format!("Method {name} called on incompatible receiver {}", receiver(v)))
}

/// A receiver as V8 shows it in "incompatible receiver" messages.
fn receiver(v: Value) -> String {
    if v.is_string() {
        return string::to_rust(v.as_string());
    }
    describe(v)
}

fn flag_getter(a: &CallArgs, bit: u8, name: &str) -> JsResult<Value> {
    if let Some(r) = regexp(a.this) {
        return Ok(Value::bool(r.bits & bit != 0));
    }
    if a.this == intrinsic(Intrinsic::Prototype) {
        return Ok(Value::UNDEFINED);
    }
    Err(error::throw_type_error(&format!("RegExp.prototype.{name} getter called on non-RegExp object")))
}

/// get RegExp.prototype.flags (§22.2.6.4): reads each flag property.
fn flags_getter(a: &CallArgs) -> JsResult<Value> {
    let r = a.this;
    if !r.is_object() {
        return Err(error::throw_type_error(&format!(
            "RegExp.prototype.flags getter called on non-object {}",
            receiver(r)
        )));
    }
    let mut out = Vec::new();
    for (c, _, name) in FLAG_TABLE {
        if conv::to_boolean(object::get(r, key(atoms::intern_str(name)), r)?) {
            out.push(c);
        }
    }
    Ok(Value::string(atoms::intern_units(Units::Latin1(&out))))
}

/// get RegExp.prototype.source (§22.2.6.13).
fn source_getter(a: &CallArgs) -> JsResult<Value> {
    if let Some(r) = regexp(a.this) {
        return Ok(escape_source(r.source));
    }
    if a.this == intrinsic(Intrinsic::Prototype) {
        return Ok(string::value_from_str("(?:)"));
    }
    Err(error::throw_type_error("RegExp.prototype.source getter called on non-RegExp object"))
}

/// EscapeRegExpPattern (§22.2.6.13.1) as V8 does it: `/` outside a class and line
/// terminators are escaped, and the empty pattern is `(?:)`.
fn escape_source(src: Value) -> Value {
    let s = src.as_string();
    let u = string::units(s);
    if u.len() == 0 {
        return string::value_from_str("(?:)");
    }
    let needs = u.iter().any(|c| matches!(c, 0x2F | 0x0A | 0x0D | 0x2028 | 0x2029));
    if !needs {
        return src;
    }
    let mut out: Vec<u16> = Vec::with_capacity(u.len() + 4);
    let mut in_class = false;
    let mut i = 0;
    let push_str = |out: &mut Vec<u16>, t: &str| out.extend(t.encode_utf16());
    let terminator = |c: u16| match c {
        0x0A => Some("\\n"),
        0x0D => Some("\\r"),
        0x2028 => Some("\\u2028"),
        0x2029 => Some("\\u2029"),
        _ => None,
    };
    while i < u.len() {
        let c = u.at(i);
        if c == b'\\' as u16 && i + 1 < u.len() {
            let next = u.at(i + 1);
            match terminator(next) {
                Some(t) => push_str(&mut out, t),
                None => {
                    out.push(c);
                    out.push(next);
                }
            }
            i += 2;
            continue;
        }
        match terminator(c) {
            Some(t) => push_str(&mut out, t),
            None if c == b'/' as u16 && !in_class => push_str(&mut out, "\\/"),
            None => {
                if c == b'[' as u16 {
                    in_class = true;
                } else if c == b']' as u16 {
                    in_class = false;
                }
                out.push(c);
            }
        }
        i += 1;
    }
    Value::string(string::new_utf16_owned(out))
}

/// RegExp.prototype.toString (§22.2.6.17).
fn to_string(a: &CallArgs) -> JsResult<Value> {
    let r = a.this;
    if !r.is_object() {
        return Err(incompatible("RegExp.prototype.toString", r));
    }
    let source = conv::to_string(object::get(r, key(names().source), r)?)?;
    let flags = conv::to_string(object::get(r, key(names().flags), r)?)?;
    let mut out = vec![b'/' as u16];
    out.extend(string::units(source).iter());
    out.push(b'/' as u16);
    out.extend(string::units(flags).iter());
    value_from_units(out)
}

// ----- matching -----

/// Latin-1 strings widened to UTF-16 for regress. The last long one is kept (rooted, so its
/// address cannot be reused) because global matches run over the same string many times.
struct Wide {
    handle: u32,
    s: *mut JsString,
    units: Vec<u16>,
}

struct WideCell(UnsafeCell<Option<Wide>>);
unsafe impl Sync for WideCell {}
static WIDE: WideCell = WideCell(UnsafeCell::new(None));

/// Runs `f` over the code units of `s`. `f` must not allocate on the GC heap.
fn with_units<R>(s: *mut JsString, f: impl FnOnce(&[u16]) -> R) -> R {
    match string::units(s) {
        Units::Utf16(u) => f(u),
        Units::Latin1(b) if b.len() <= 256 => {
            let w: smallvec::SmallVec<[u16; 256]> = b.iter().map(|&c| c as u16).collect();
            f(&w)
        }
        Units::Latin1(b) => {
            let cell = unsafe { &mut *WIDE.0.get() };
            if cell.as_ref().is_none_or(|w| w.s != s) {
                if let Some(old) = cell.take() {
                    gc::heap().release(old.handle);
                }
                let handle = gc::heap().root(Value::string(s));
                *cell = Some(Wide { handle, s, units: b.iter().map(|&c| c as u16).collect() });
            }
            f(&cell.as_ref().unwrap().units)
        }
    }
}

fn set_last_index(r: Value, v: Value) -> JsResult<()> {
    let k = key(names().last_index);
    if !object::set(r, k, v, r)? {
        return Err(object::set_failure(r, k));
    }
    Ok(())
}

fn last_index(r: Value) -> JsResult<u64> {
    to_length(object::get(r, key(names().last_index), r)?)
}

/// A substring as a value (atoms for the short ones).
fn substring(s: *mut JsString, start: usize, end: usize) -> Value {
    match end - start {
        0 => atoms::common().empty,
        1 => from_unit(string::units(s).at(start)),
        _ => Value::string(string::substring(s, start, end)),
    }
}

/// RegExpBuiltinExec (§22.2.7.2).
fn builtin_exec(r: Value, s: *mut JsString) -> JsResult<Value> {
    let has_indices = regexp(r).unwrap().bits & HAS_INDICES != 0;
    Ok(match builtin_match(r, s)? {
        Some(m) => match_result(s, &m, has_indices),
        None => Value::NULL,
    })
}

/// RegExpBuiltinExec up to the match, with `lastIndex` updated: callers that need only the
/// match's positions skip making the result array.
fn builtin_match(r: Value, s: *mut JsString) -> JsResult<Option<regress::Match>> {
    let mut li = last_index(r)?;
    let (bits, core) = {
        let ro = regexp(r).unwrap();
        (ro.bits, ro.core.clone().unwrap())
    };
    let (global, sticky) = (bits & GLOBAL != 0, bits & STICKY != 0);
    if !global && !sticky {
        li = 0;
    }
    let len = string::len(s) as u64;
    if li > len {
        if global || sticky {
            set_last_index(r, Value::int(0))?;
        }
        return Ok(None);
    }
    let found = with_units(s, |u| {
        let mut at = li as usize;
        // V8 starts a code point match inside a surrogate pair at the pair.
        if core.unicode && at > 0 && at < u.len() && (0xDC00..0xE000).contains(&u[at]) && (0xD800..0xDC00).contains(&u[at - 1])
        {
            at -= 1;
        }
        if sticky { core.match_at(u, at) } else { core.search(u, at) }
    });
    let Some(m) = found else {
        if global || sticky {
            set_last_index(r, Value::int(0))?;
        }
        return Ok(None);
    };
    if global || sticky {
        set_last_index(r, Value::number(m.end() as f64))?;
    }
    Ok(Some(m))
}

/// The exec result array: matched substrings, `index`, `input`, `groups` and, with the `d`
/// flag, `indices`.
fn match_result(s: *mut JsString, m: &regress::Match, has_indices: bool) -> Value {
    let n = m.captures.len() + 1;
    let a = object::new_array(Vec::with_capacity(n));
    let arr = || unsafe { &mut *a.as_object() };
    for i in 0..n {
        let v = match m.group(i) {
            Some(g) => substring(s, g.start, g.end),
            None => Value::UNDEFINED,
        };
        arr().elements.push(v);
    }
    let nm = names();
    arr().define_named(nm.index, Value::number(m.start() as f64), DEFAULT);
    arr().define_named(nm.input, Value::string(s), DEFAULT);
    let groups = named_groups(m, a);
    arr().define_named(nm.groups, groups, DEFAULT);
    let has_groups = !groups.is_undefined();
    if has_indices {
        let indices = object::new_array(Vec::with_capacity(n));
        // Defined before it is filled, so it roots the pairs.
        arr().define_named(nm.indices, indices, DEFAULT);
        let ind = || unsafe { &mut *indices.as_object() };
        for i in 0..n {
            let v = match m.group(i) {
                Some(g) => object::new_array(vec![Value::number(g.start as f64), Value::number(g.end as f64)]),
                None => Value::UNDEFINED,
            };
            ind().elements.push(v);
        }
        let igroups = if has_groups { Value::object(object::new_ordinary(Value::NULL)) } else { Value::UNDEFINED };
        ind().define_named(nm.groups, igroups, DEFAULT);
        if has_groups {
            for (name, range) in m.named_groups() {
                let v = match range {
                    Some(r) => {
                        let i = (1..n).find(|&i| m.group(i) == Some(r.clone())).unwrap();
                        ind().elements[i]
                    }
                    None => Value::UNDEFINED,
                };
                unsafe { (*igroups.as_object()).define_named(atoms::intern_str(name), v, DEFAULT) };
            }
        }
    }
    a
}

/// The `groups` object of a match (null prototype), or undefined if the pattern has no named
/// groups. `values` is an array whose element i is group i's value.
fn named_groups(m: &regress::Match, values: Value) -> Value {
    if m.named_groups().len() == 0 {
        return Value::UNDEFINED;
    }
    let groups = Value::object(object::new_ordinary(Value::NULL));
    for (name, range) in m.named_groups() {
        // With duplicate names, the group that took part (the same substring).
        let v = match range {
            Some(r) => {
                let i = (1..=m.captures.len()).find(|&i| m.group(i) == Some(r.clone())).unwrap();
                unsafe { (&(*values.as_object()).elements)[i] }
            }
            None => Value::UNDEFINED,
        };
        unsafe { (*groups.as_object()).define_named(atoms::intern_str(name), v, DEFAULT) };
    }
    groups
}

/// RegExpExec (§22.2.7.1): the object's own `exec` if it is callable, else the builtin.
fn regexp_exec(r: Value, s: *mut JsString) -> JsResult<Value> {
    let exec = object::get(r, key(names().exec), r)?;
    if exec == intrinsic(Intrinsic::Exec) && regexp(r).is_some() {
        return builtin_exec(r, s);
    }
    if function::is_callable(exec) {
        let result = function::call(exec, r, &[Value::string(s)])?;
        if !result.is_object() && !result.is_null() {
            return Err(error::throw_type_error("RegExp exec method returned something other than an Object or null"));
        }
        return Ok(result);
    }
    if regexp(r).is_none() {
        return Err(incompatible("RegExp.prototype.exec", r));
    }
    builtin_exec(r, s)
}

/// What RegExpExec found: the builtin's match (no result array made), or the result of a
/// user's `exec` (an object or null).
enum Found {
    Builtin(Option<regress::Match>),
    Result(Value),
}

impl Found {
    fn is_null(&self) -> bool {
        matches!(self, Found::Builtin(None) | Found::Result(Value::NULL))
    }
}

/// RegExpExec for callers that only look at the match: the builtin `exec` makes no array.
fn regexp_exec_found(r: Value, s: *mut JsString) -> JsResult<Found> {
    let exec = object::get(r, key(names().exec), r)?;
    if exec == intrinsic(Intrinsic::Exec) && regexp(r).is_some() {
        return Ok(Found::Builtin(builtin_match(r, s)?));
    }
    if !function::is_callable(exec) && regexp(r).is_some() {
        return Ok(Found::Builtin(builtin_match(r, s)?));
    }
    regexp_exec(r, s).map(Found::Result)
}

/// AdvanceStringIndex (§22.2.7.3).
fn advance(s: *mut JsString, index: u64, unicode: bool) -> u64 {
    let u = string::units(s);
    if !unicode || index + 1 >= u.len() as u64 {
        return index + 1;
    }
    let (hi, lo) = (u.at(index as usize), u.at(index as usize + 1));
    if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) { index + 2 } else { index + 1 }
}

/// RegExp.prototype.exec (§22.2.6.2).
fn exec(a: &CallArgs) -> JsResult<Value> {
    if regexp(a.this).is_none() {
        return Err(incompatible("RegExp.prototype.exec", a.this));
    }
    let s = conv::to_string(a.arg(0))?;
    builtin_exec(a.this, s)
}

/// RegExp.prototype.test (§22.2.6.16).
fn test(a: &CallArgs) -> JsResult<Value> {
    let r = a.this;
    if !r.is_object() {
        return Err(incompatible("RegExp.prototype.test", r));
    }
    let s = conv::to_string(a.arg(0))?;
    Ok(Value::bool(!regexp_exec_found(r, s)?.is_null()))
}

/// `this` for the symbol methods: any object.
fn this_object(a: &CallArgs, name: &str) -> JsResult<Value> {
    if !a.this.is_object() {
        return Err(incompatible(&format!("RegExp.prototype.{name}"), a.this));
    }
    Ok(a.this)
}

/// ToString(Get(rx, "flags")) as flag bits (unknown letters ignored).
fn flags_of(rx: Value) -> JsResult<u8> {
    let f = conv::to_string(object::get(rx, key(names().flags), rx)?)?;
    let mut bits = 0;
    for u in string::units(f).iter() {
        if let Some(e) = FLAG_TABLE.iter().find(|e| e.0 as u16 == u) {
            bits |= e.1;
        }
    }
    Ok(bits)
}

fn get_index(o: Value, i: u64) -> JsResult<Value> {
    object::get(o, crate::builtins::array::index_key(i), o)
}

/// RegExp.prototype[@@match] (§22.2.6.8).
fn symbol_match(a: &CallArgs) -> JsResult<Value> {
    let rx = this_object(a, "@@match")?;
    let s = conv::to_string(a.arg(0))?;
    let bits = flags_of(rx)?;
    if bits & GLOBAL == 0 {
        return regexp_exec(rx, s);
    }
    let unicode = bits & (UNICODE | UNICODE_SETS) != 0;
    set_last_index(rx, Value::int(0))?;
    let result = object::new_array(Vec::new());
    loop {
        let matched = match regexp_exec_found(rx, s)? {
            Found::Builtin(Some(m)) => substring(s, m.start(), m.end()).as_string(),
            Found::Result(r) if !r.is_null() => conv::to_string(get_index(r, 0)?)?,
            _ => {
                let empty = unsafe { (*result.as_object()).elements.is_empty() };
                return Ok(if empty { Value::NULL } else { result });
            }
        };
        unsafe { (*result.as_object()).elements.push(Value::string(matched)) };
        if string::len(matched) == 0 {
            let li = last_index(rx)?;
            set_last_index(rx, Value::number(advance(s, li, unicode) as f64))?;
        }
    }
}

/// SpeciesConstructor(rx, %RegExp%) (§7.3.22).
fn species_constructor(rx: Value) -> JsResult<Value> {
    let default = intrinsic(Intrinsic::Constructor);
    let c = object::get(rx, key(atoms::common().constructor), rx)?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return Err(error::throw_type_error("The .constructor property is not an object"));
    }
    let s = object::get(c, key(realm().sym_species), c)?;
    if s.is_nullish() {
        return Ok(default);
    }
    if function::is_constructor(s) {
        return Ok(s);
    }
    Err(error::throw_type_error("object.constructor[Symbol.species] is not a constructor"))
}

/// RegExp.prototype[@@matchAll] (§22.2.6.9).
fn symbol_match_all(a: &CallArgs) -> JsResult<Value> {
    let rx = this_object(a, "@@matchAll")?;
    let s = conv::to_string(a.arg(0))?;
    let c = species_constructor(rx)?;
    let flags = conv::to_string(object::get(rx, key(names().flags), rx)?)?;
    let matcher = function::construct(c, &[rx, Value::string(flags)], c)?;
    let li = last_index(rx)?;
    set_last_index(matcher, Value::number(li as f64))?;
    let has = |ch: u8| string::units(flags).iter().any(|u| u == ch as u16);
    let it = object::alloc(std::mem::size_of::<StringIterator>(), Class::RegExpStringIterator, intrinsic(Intrinsic::IteratorPrototype))
        as *mut StringIterator;
    unsafe {
        (*it).matcher = matcher;
        (*it).string = Value::string(s);
        (*it).global = has(b'g');
        (*it).unicode = has(b'u') || has(b'v');
        (*it).done = false;
    }
    Ok(Value::object(it as *mut Object))
}

fn iter_result(value: Value, done: bool) -> Value {
    let o = object::new_plain();
    let obj = unsafe { &mut *o.as_object() };
    obj.define_named(atoms::intern_str("value"), value, DEFAULT);
    obj.define_named(atoms::intern_str("done"), Value::bool(done), DEFAULT);
    o
}

/// %RegExpStringIteratorPrototype%.next (§22.2.9.2.1).
fn iterator_next(a: &CallArgs) -> JsResult<Value> {
    let this = a.this;
    if !this.object_ref().is_some_and(|o| o.class() == Class::RegExpStringIterator) {
        return Err(incompatible("%RegExpStringIterator%.prototype.next", this));
    }
    let it = || unsafe { &mut *(this.as_object() as *mut StringIterator) };
    if it().done {
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    let (r, s) = (it().matcher, it().string.as_string());
    let m = regexp_exec(r, s)?;
    if m.is_null() {
        it().done = true;
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    if !it().global {
        it().done = true;
        return Ok(iter_result(m, false));
    }
    let matched = conv::to_string(get_index(m, 0)?)?;
    if string::len(matched) == 0 {
        let li = last_index(r)?;
        set_last_index(r, Value::number(advance(s, li, it().unicode) as f64))?;
    }
    Ok(iter_result(m, false))
}

/// RegExp.prototype[@@replace] (§22.2.6.11).
fn symbol_replace(a: &CallArgs) -> JsResult<Value> {
    let rx = this_object(a, "@@replace")?;
    let s = conv::to_string(a.arg(0))?;
    let len_s = string::len(s);
    let mut replace_value = a.arg(1);
    let functional = function::is_callable(replace_value);
    if !functional {
        replace_value = conv::to_string_value(replace_value)?;
    }
    let bits = flags_of(rx)?;
    let global = bits & GLOBAL != 0;
    let unicode = bits & (UNICODE | UNICODE_SETS) != 0;
    if global {
        set_last_index(rx, Value::int(0))?;
    }
    // User `exec` results live in an array (a GC root while JS code runs); the builtin's
    // matches are kept as positions, which the spec's reads of its result array would see.
    let results = object::new_array(Vec::new());
    let mut found = Vec::new();
    loop {
        let f = regexp_exec_found(rx, s)?;
        if f.is_null() {
            break;
        }
        let empty = match &f {
            Found::Builtin(Some(m)) => m.start() == m.end(),
            Found::Result(r) => {
                unsafe { (*results.as_object()).elements.push(*r) };
                global && string::len(conv::to_string(get_index(*r, 0)?)?) == 0
            }
            Found::Builtin(None) => unreachable!(),
        };
        found.push(f);
        if !global {
            break;
        }
        if empty {
            let li = last_index(rx)?;
            set_last_index(rx, Value::number(advance(s, li, unicode) as f64))?;
        }
    }
    let template = if functional { Vec::new() } else { string::units(replace_value.as_string()).to_vec() };
    // A copy: JS code run below must not see a borrow of the string's buffer.
    let s_units = string::units(s).to_vec();
    let mut out: Vec<u16> = Vec::new();
    let mut next_pos = 0usize;
    let mut k = 0;
    for f in &found {
        // [matched, ...captures, position, S, groups?]: the call's arguments, kept in an array.
        let args = object::new_array(Vec::new());
        let push = |v: Value| unsafe { (*args.as_object()).elements.push(v) };
        let (matched, position, mut named) = match f {
            Found::Builtin(Some(m)) => {
                let matched = substring(s, m.start(), m.end());
                push(matched);
                for i in 1..=m.captures.len() {
                    push(m.group(i).map_or(Value::UNDEFINED, |g| substring(s, g.start, g.end)));
                }
                (matched.as_string(), m.start(), named_groups(m, args))
            }
            _ => {
                let r = unsafe { (&(*results.as_object()).elements)[k] };
                k += 1;
                let n_captures = to_length(object::get(r, key(atoms::common().length), r)?)?.saturating_sub(1);
                let matched = conv::to_string(get_index(r, 0)?)?;
                let position = conv::to_integer_or_infinity(object::get(r, key(names().index), r)?)?;
                let position = position.clamp(0.0, len_s as f64) as usize;
                push(Value::string(matched));
                for n in 1..=n_captures {
                    let c = get_index(r, n)?;
                    push(if c.is_undefined() { c } else { conv::to_string_value(c)? });
                }
                (matched, position, object::get(r, key(names().groups), r)?)
            }
        };
        let match_len = string::len(matched);
        let replacement: Vec<u16> = if functional {
            push(Value::number(position as f64));
            push(Value::string(s));
            if !named.is_undefined() {
                push(named);
            }
            let list = unsafe { (*args.as_object()).elements.clone() };
            let v = function::call(replace_value, Value::UNDEFINED, &list)?;
            std::hint::black_box(args);
            string::units(conv::to_string(v)?).to_vec()
        } else {
            if !named.is_undefined() {
                named = conv::to_object(named)?;
            }
            let captures = unsafe { (&(*args.as_object()).elements)[1..].to_vec() };
            let mut rep = Vec::new();
            let matched_units = string::units(matched).to_vec();
            get_substitution(&matched_units, &s_units, position, &captures, named, &template, &mut rep)?;
            std::hint::black_box(args);
            rep
        };
        if position >= next_pos {
            out.extend_from_slice(&s_units[next_pos..position]);
            out.extend_from_slice(&replacement);
            next_pos = position + match_len;
            if out.len() > string::MAX_LEN {
                return Err(error::throw_range_error("Invalid string length"));
            }
        }
    }
    if found.is_empty() {
        return Ok(Value::string(s));
    }
    if next_pos < len_s {
        out.extend_from_slice(&s_units[next_pos..]);
    }
    value_from_units(out)
}

/// RegExp.prototype[@@search] (§22.2.6.12).
fn symbol_search(a: &CallArgs) -> JsResult<Value> {
    let rx = this_object(a, "@@search")?;
    let s = conv::to_string(a.arg(0))?;
    let k = key(names().last_index);
    let previous = object::get(rx, k, rx)?;
    if !object::same_value(previous, Value::int(0)) {
        set_last_index(rx, Value::int(0))?;
    }
    let result = regexp_exec(rx, s)?;
    let current = object::get(rx, k, rx)?;
    if !object::same_value(current, previous) {
        set_last_index(rx, previous)?;
    }
    if result.is_null() {
        return Ok(Value::int(-1));
    }
    object::get(result, key(names().index), result)
}

/// RegExp.prototype[@@split] (§22.2.6.14).
fn symbol_split(a: &CallArgs) -> JsResult<Value> {
    let rx = this_object(a, "@@split")?;
    let s = conv::to_string(a.arg(0))?;
    let c = species_constructor(rx)?;
    let flags = conv::to_string(object::get(rx, key(names().flags), rx)?)?;
    let fu = string::units(flags);
    let unicode = fu.iter().any(|u| u == b'u' as u16 || u == b'v' as u16);
    let new_flags = if fu.iter().any(|u| u == b'y' as u16) {
        flags
    } else {
        let mut v = fu.to_vec();
        v.push(b'y' as u16);
        string::new_utf16_owned(v)
    };
    let splitter = function::construct(c, &[rx, Value::string(new_flags)], c)?;
    let result = object::new_array(Vec::new());
    let push = |v: Value| unsafe { (*result.as_object()).elements.push(v) };
    let lim = if a.arg(1).is_undefined() { u32::MAX } else { conv::to_uint32(a.arg(1))? };
    if lim == 0 {
        return Ok(result);
    }
    let size = string::len(s) as u64;
    if size == 0 {
        if regexp_exec(splitter, s)?.is_null() {
            push(Value::string(s));
        }
        return Ok(result);
    }
    let count = || unsafe { (*result.as_object()).elements.len() } as u32;
    if c == intrinsic(Intrinsic::Constructor) && object::get(splitter, key(names().exec), splitter)? == intrinsic(Intrinsic::Exec) {
        return split_by_search(splitter, s, result, lim, unicode);
    }
    let (mut p, mut q) = (0u64, 0u64);
    while q < size {
        set_last_index(splitter, Value::number(q as f64))?;
        let z = regexp_exec_found(splitter, s)?;
        if z.is_null() {
            q = advance(s, q, unicode);
            continue;
        }
        let e = last_index(splitter)?.min(size);
        if e == p {
            q = advance(s, q, unicode);
            continue;
        }
        push(substring(s, p as usize, q as usize));
        if count() == lim {
            return Ok(result);
        }
        p = e;
        match z {
            Found::Builtin(Some(m)) => {
                for i in 1..=m.captures.len() {
                    push(m.group(i).map_or(Value::UNDEFINED, |g| substring(s, g.start, g.end)));
                    if count() == lim {
                        return Ok(result);
                    }
                }
            }
            Found::Result(z) => {
                let n_captures = to_length(object::get(z, key(atoms::common().length), z)?)?.saturating_sub(1);
                for i in 1..=n_captures {
                    push(get_index(z, i)?);
                    if count() == lim {
                        return Ok(result);
                    }
                }
            }
            Found::Builtin(None) => unreachable!(),
        }
        q = p;
    }
    push(substring(s, p as usize, size as usize));
    Ok(result)
}

/// The loop of @@split for a splitter no user code can observe (made by %RegExp%, with the
/// builtin `exec`): a search from q finds the first position at which the sticky splitter
/// would match, so the positions in between need not be tried one by one.
fn split_by_search(splitter: Value, s: *mut JsString, result: Value, lim: u32, unicode: bool) -> JsResult<Value> {
    let core = regexp(splitter).unwrap().core.clone().unwrap();
    let push = |v: Value| unsafe { (*result.as_object()).elements.push(v) };
    let count = || unsafe { (*result.as_object()).elements.len() } as u32;
    let size = string::len(s);
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        let Some(m) = with_units(s, |u| core.search(u, q)) else { break };
        if m.start() >= size {
            break;
        }
        let e = m.end().min(size);
        if e == p {
            q = advance(s, m.start() as u64, unicode) as usize;
            continue;
        }
        push(substring(s, p, m.start()));
        if count() == lim {
            return Ok(result);
        }
        p = e;
        for i in 1..=m.captures.len() {
            push(m.group(i).map_or(Value::UNDEFINED, |g| substring(s, g.start, g.end)));
            if count() == lim {
                return Ok(result);
            }
        }
        q = p;
    }
    push(substring(s, p, size));
    Ok(result)
}

// ----- String.prototype dispatch -----

/// The first steps of String.prototype.match/matchAll/replace/replaceAll/search/split: if
/// `arg` is neither undefined nor null and has a `sym` method, its result for
/// `arg[sym](this, ...rest)`. `this` has passed RequireObjectCoercible.
pub fn dispatch(arg: Value, sym: Value, this: Value, rest: &[Value]) -> JsResult<Option<Value>> {
    if arg.is_nullish() {
        return Ok(None);
    }
    let m = object::get_value(arg, key(sym))?;
    if m.is_nullish() {
        return Ok(None);
    }
    if !function::is_callable(m) {
        return Err(crate::builtins::global::not_a_function(m));
    }
    let mut args = smallvec::SmallVec::<[Value; 3]>::new();
    args.push(this);
    args.extend_from_slice(rest);
    function::call(m, arg, &args).map(Some)
}

/// The check String.prototype.matchAll and replaceAll make on a RegExp argument: it must
/// have the `g` flag.
pub fn require_global(arg: Value, method: &str) -> JsResult<()> {
    if arg.is_nullish() || !is_regexp(arg)? {
        return Ok(());
    }
    let flags = object::get(arg, key(names().flags), arg)?;
    if flags.is_nullish() {
        return Err(error::throw_type_error(&format!("String.prototype.{method} called on null or undefined")));
    }
    let f = conv::to_string(flags)?;
    if !string::units(f).iter().any(|u| u == b'g' as u16) {
        return Err(error::throw_type_error(&format!(
            "String.prototype.{method} called with a non-global RegExp argument"
        )));
    }
    Ok(())
}

fn coercible_this(a: &CallArgs, name: &str) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    Ok(a.this)
}

/// Invoke(rx, sym, [s]).
fn invoke(rx: Value, sym: Value, s: *mut JsString) -> JsResult<Value> {
    let f = object::get(rx, key(sym), rx)?;
    function::call(f, rx, &[Value::string(s)])
}

/// String.prototype.match (§22.1.3.13).
fn string_match(a: &CallArgs) -> JsResult<Value> {
    let o = coercible_this(a, "match")?;
    let sym = realm().sym_match;
    if let Some(v) = dispatch(a.arg(0), sym, o, &[])? {
        return Ok(v);
    }
    let s = conv::to_string(o)?;
    let rx = create(a.arg(0), Value::UNDEFINED)?;
    invoke(rx, sym, s)
}

/// String.prototype.matchAll (§22.1.3.14).
fn string_match_all(a: &CallArgs) -> JsResult<Value> {
    let o = coercible_this(a, "matchAll")?;
    require_global(a.arg(0), "matchAll")?;
    let sym = realm().sym_match_all;
    if let Some(v) = dispatch(a.arg(0), sym, o, &[])? {
        return Ok(v);
    }
    let s = conv::to_string(o)?;
    let rx = create(a.arg(0), string::value_from_str("g"))?;
    invoke(rx, sym, s)
}

/// String.prototype.search (§22.1.3.21).
fn string_search(a: &CallArgs) -> JsResult<Value> {
    let o = coercible_this(a, "search")?;
    let sym = realm().sym_search;
    if let Some(v) = dispatch(a.arg(0), sym, o, &[])? {
        return Ok(v);
    }
    let s = conv::to_string(o)?;
    let rx = create(a.arg(0), Value::UNDEFINED)?;
    invoke(rx, sym, s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::global::testing::{arr, call, call_on, get, global, n, s, show};

    /// The literal `/p/f`, as compiled code makes it.
    fn lit(p: &str, f: &str) -> Value {
        kiln_new_regexp(atoms::intern_str(p), atoms::intern_str(f))
    }

    fn re_from(p: Value, f: Value) -> JsResult<Value> {
        let c = global("RegExp");
        function::construct(c, &[p, f], c)
    }

    /// `new RegExp(p, f)`.
    fn re(p: &str, f: &str) -> JsResult<Value> {
        re_from(s(p), s(f))
    }

    fn proto() -> Value {
        intrinsic(Intrinsic::Prototype)
    }

    fn sticky_case() -> JsResult<Value> {
        let r = lit("a", "y");
        set_last_index(r, n(1.0))?;
        let a = call(r, "test", &[s("ba")])?;
        let b = get(r, "lastIndex");
        let c = call(r, "test", &[s("ba")])?;
        Ok(arr(&[a, b, c, get(r, "lastIndex")]))
    }

    fn global_case() -> JsResult<Value> {
        let r = lit("o", "g");
        let out = object::new_array(Vec::new());
        while conv::to_boolean(call(r, "test", &[s("foo boo")])?) {
            unsafe { (*out.as_object()).elements.push(get(r, "lastIndex")) };
        }
        Ok(out)
    }

    thread_local! {
        static WRONG: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Checks a result against node's; mismatches are reported together at the end.
    fn t(r: JsResult<Value>, expected: &str) {
        let got = show(r);
        if got != expected {
            WRONG.with(|w| w.borrow_mut().push(format!("got {got:?}, node: {expected:?}")));
        }
    }

    #[test]
    fn regexp_builtins() {
        let _rt = crate::start::init_for_tests();
        // Expected values from node v20 (util.inspect of the same expressions).
        // /(\d+)-(\d+)/g.exec('a 12-34')
        t(call(lit(r"(\d+)-(\d+)", "g"), "exec", &[s("a 12-34")]), "[ '12-34', '12', '34', index: 2, input: 'a 12-34', groups: undefined ]");
        // /a(z)?/.exec('xa')
        t(call(lit("a(z)?", ""), "exec", &[s("xa")]), "[ 'a', undefined, index: 1, input: 'xa', groups: undefined ]");
        // /(?<y>\d{4})-(?<m>\d\d)/d.exec('on 2024-05')
        t(call(lit(r"(?<y>\d{4})-(?<m>\d\d)", "d"), "exec", &[s("on 2024-05")]), "[\n  '2024-05',\n  '2024',\n  '05',\n  index: 3,\n  input: 'on 2024-05',\n  groups: [Object: null prototype] { y: '2024', m: '05' },\n  indices: [\n    [ 3, 10 ],\n    [ 3, 7 ],\n    [ 8, 10 ],\n    groups: [Object: null prototype] { y: [Array], m: [Array] }\n  ]\n]");
        // /nothing/.exec('here')
        t(call(lit("nothing", ""), "exec", &[s("here")]), "null");
        // new RegExp('a', 'gimsuyd').flags
        t(Ok(get(re("a", "gimsuyd").unwrap(), "flags")), "'dgimsuy'");
        // new RegExp('a', 'yvsmigd').flags
        t(Ok(get(re("a", "yvsmigd").unwrap(), "flags")), "'dgimsvy'");
        // new RegExp('/').source
        t(Ok(get(re("/", "").unwrap(), "source")), "'\\\\/'");
        // new RegExp('a\n[/]b').source
        t(Ok(get(re("a\n[/]b", "").unwrap(), "source")), "'a\\\\n[/]b'");
        // String(new RegExp(''))
        t(call(re("", "").unwrap(), "toString", &[]), "'/(?:)/'");
        // new RegExp(/x/g, 'i')
        t(re_from(lit("x", "g"), s("i")), "/x/i");
        // new RegExp('a/b', 'gi')
        t(re("a/b", "gi"), "/a\\/b/gi");
        // new RegExp('(')
        t(re("(", ""), "SyntaxError: Invalid regular expression: /(/: Unterminated group");
        // new RegExp('[b-a]')
        t(re("[b-a]", ""), "SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class");
        // new RegExp('a', 'gg')
        t(re("a", "gg"), "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'");
        // new RegExp('+')
        t(re("+", ""), "SyntaxError: Invalid regular expression: /+/: Nothing to repeat");
        // RegExp.prototype.global
        t(Ok(get(proto(), "global")), "undefined");
        // RegExp.prototype.source
        t(Ok(get(proto(), "source")), "'(?:)'");
        // RegExp.prototype.exec.call({}, 'a')
        t(call_on(proto(), "exec", object::new_plain(), &[s("a")]), "TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>");
        // 'a1b22'.match(/\d+/g)
        t(call(s("a1b22"), "match", &[lit(r"\d+", "g")]), "[ '1', '22' ]");
        // 'a1b22'.match(/\d+/)
        t(call(s("a1b22"), "match", &[lit(r"\d+", "")]), "[ '1', index: 1, input: 'a1b22', groups: undefined ]");
        // 'abc'.match(/x/g)
        t(call(s("abc"), "match", &[lit("x", "g")]), "null");
        // 'a.c'.match('.')
        t(call(s("a.c"), "match", &[s(".")]), "[ 'a', index: 0, input: 'a.c', groups: undefined ]");
        // 'a1b22'.replace(/(\d+)/g, '<$1>')
        t(call(s("a1b22"), "replace", &[lit(r"(\d+)", "g"), s("<$1>")]), "'a<1>b<22>'");
        // 'John Smith'.replace(/(?<f>\w+) (?<l>\w+)/, '$<l>, $<f> [$&] $$ $` $3')
        t(call(s("John Smith"), "replace", &[lit(r"(?<f>\w+) (?<l>\w+)", ""), s("$<l>, $<f> [$&] $$ $` $3")]), "'Smith, John [John Smith] $  $3'");
        // 'aaa'.replace(/a*?/g, '-')
        t(call(s("aaa"), "replace", &[lit("a*?", "g"), s("-")]), "'-a-a-a-'");
        // '\u{1F600}\u{1F600}'.replace(/(?:)/gu, '-')
        t(call(s("\u{1F600}\u{1F600}"), "replace", &[lit("(?:)", "gu"), s("-")]), "'-😀-😀-'");
        // 'aaa'.replaceAll(/a/g, 'b')
        t(call(s("aaa"), "replaceAll", &[lit("a", "g"), s("b")]), "'bbb'");
        // 'abc'.replaceAll(/b/, 'x')
        t(call(s("abc"), "replaceAll", &[lit("b", ""), s("x")]), "TypeError: String.prototype.replaceAll called with a non-global RegExp argument");
        // 'a-b_c'.split(/([-_])/)
        t(call(s("a-b_c"), "split", &[lit("([-_])", "")]), "[ 'a', '-', 'b', '_', 'c' ]");
        // 'a-b_c'.split(/[-_]/, 2)
        t(call(s("a-b_c"), "split", &[lit("[-_]", ""), n(2.0)]), "[ 'a', 'b' ]");
        // 'abc'.split(/(?:)/)
        t(call(s("abc"), "split", &[lit("(?:)", "")]), "[ 'a', 'b', 'c' ]");
        // ''.split(/x/)
        t(call(s(""), "split", &[lit("x", "")]), "[ '' ]");
        // 'ab'.split(/(a)?(b)?/)
        t(call(s("ab"), "split", &[lit("(a)?(b)?", "")]), "[ '', 'a', 'b', '' ]");
        // 'hello'.search(/l+/)
        t(call(s("hello"), "search", &[lit("l+", "")]), "2");
        // 'hello'.search(/z/)
        t(call(s("hello"), "search", &[lit("z", "")]), "-1");
        // 'a1b2'.matchAll(/\d/g).next()
        t(call(call(s("a1b2"), "matchAll", &[lit(r"\d", "g")]).unwrap(), "next", &[]), "{\n  value: [ '1', index: 1, input: 'a1b2', groups: undefined ],\n  done: false\n}");
        // 'a1b2'.matchAll(/\d/)
        t(call(s("a1b2"), "matchAll", &[lit(r"\d", "")]), "TypeError: String.prototype.matchAll called with a non-global RegExp argument");
        // /\u{1F600}/u.exec('x\u{1F600}').index
        t(Ok(get(call(lit(r"\u{1F600}", "u"), "exec", &[s("x\u{1F600}")]).unwrap(), "index")), "1");
        // /^.$/u.test('\u{1F600}')
        t(call(lit("^.$", "u"), "test", &[s("\u{1F600}")]), "true");
        // /^.$/.test('\u{1F600}')
        t(call(lit("^.$", ""), "test", &[s("\u{1F600}")]), "false");
        // /a.c/s.test('a\nc')
        t(call(lit("a.c", "s"), "test", &[s("a\nc")]), "true");
        // 'ABC'.match(/b/i)
        t(call(s("ABC"), "match", &[lit("b", "i")]), "[ 'B', index: 1, input: 'ABC', groups: undefined ]");
        // /a\/b/gi
        t(Ok(lit(r"a\/b", "gi")), "/a\\/b/gi");
        // [/a/y.sticky, /a/d.hasIndices, /a/v.unicodeSets, /a/m.multiline]
        t(Ok(arr(&[get(lit("a", "y"), "sticky"), get(lit("a", "d"), "hasIndices"), get(lit("a", "v"), "unicodeSets"), get(lit("a", "m"), "multiline")])), "[ true, true, true, true ]");
        // (() => { const r = /a/y; r.lastIndex = 1; return [r.test('ba'), r.lastIndex, r.test('ba'), r.lastIndex] })()
        t(sticky_case(), "[ true, 2, false, 0 ]");
        // (() => { const r = /o/g; const out = []; while (r.test('foo boo')) out.push(r.lastIndex); return out })()
        t(global_case(), "[ 2, 3, 6, 7 ]");
        // A literal evaluated twice is two objects sharing one compiled pattern.
        let (a, b) = (lit("x+", "g"), lit("x+", "g"));
        assert!(a != b);
        assert!(Rc::ptr_eq(regexp(a).unwrap().core.as_ref().unwrap(), regexp(b).unwrap().core.as_ref().unwrap()));
        let wrong = WRONG.with(|w| w.take());
        assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
    }
}
