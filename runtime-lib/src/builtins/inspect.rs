//! node's `util.inspect` and `util.format`, as console.log uses them: primitives, arrays,
//! objects, functions and errors, depth-limited (`[Object]` past depth 2), with node's rules
//! for quoting, line breaking at 80 columns and grouping of long arrays into columns.

use crate::atoms;
use crate::builtins::collections;
use crate::conv;
use crate::error::JsResult;
use crate::function;
use crate::numconv;
use crate::object::{self, Class, Key, Prop};
use crate::shape::ENUMERABLE;
use crate::string;
use crate::value::Value;

const BREAK_LENGTH: usize = 80;
const DEFAULT_DEPTH: usize = 2;
const MAX_ARRAY_LENGTH: usize = 100;

/// util.format: the line console.log prints for its arguments.
pub fn format_args(args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = args;
    if let Some(first) = args.first() {
        if first.is_string() && args.len() > 1 {
            let f = string::to_rust(first.as_string());
            if f.contains('%') {
                let (s, used) = format_specifiers(&f, &args[1..])?;
                out.push_str(&s);
                rest = &args[1 + used..];
                for v in rest {
                    out.push(' ');
                    out.push_str(&format_top(*v)?);
                }
                return Ok(out);
            }
        }
    }
    for (i, v) in rest.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format_top(*v)?);
    }
    Ok(out)
}

fn format_top(v: Value) -> JsResult<String> {
    if v.is_string() {
        return Ok(string::to_rust(v.as_string()));
    }
    inspect(v)
}

fn format_specifiers(f: &str, args: &[Value]) -> JsResult<(String, usize)> {
    let mut out = String::new();
    let mut used = 0;
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(&n) = chars.peek() else {
            out.push('%');
            break;
        };
        if n == '%' {
            chars.next();
            out.push('%');
            continue;
        }
        if used >= args.len() || !matches!(n, 's' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c') {
            out.push('%');
            continue;
        }
        chars.next();
        let a = args[used];
        used += 1;
        match n {
            's' => {
                if a.is_string() {
                    out.push_str(&string::to_rust(a.as_string()));
                } else if a.is_object() && !function::is_callable(a) {
                    out.push_str(&inspect_with(a, 1)?);
                } else {
                    out.push_str(&format_top(a)?);
                }
            }
            'd' | 'i' => {
                if a.is_object() {
                    out.push_str("NaN");
                } else {
                    let x = conv::to_number(a)?;
                    let x = if n == 'i' { x.trunc() } else { x };
                    out.push_str(&number(x));
                }
            }
            'f' => out.push_str(&number(conv::to_number(a)?)),
            'j' => out.push_str(&inspect(a)?),
            'c' => {}
            _ => out.push_str(&inspect(a)?),
        }
    }
    Ok((out, used))
}

pub fn number(x: f64) -> String {
    if x == 0.0 && x.is_sign_negative() { "-0".into() } else { numconv::number_to_string(x) }
}

/// util.inspect(v) with default options.
pub fn inspect(v: Value) -> JsResult<String> {
    inspect_with(v, DEFAULT_DEPTH)
}

pub fn inspect_with(v: Value, depth: usize) -> JsResult<String> {
    let mut cx = Cx { depth, indent: 0, seen: Vec::new(), current_depth: 0 };
    cx.value(v, 0)
}

struct Cx {
    depth: usize,
    indent: usize,
    seen: Vec<Value>,
    current_depth: usize,
}

/// Quotes a string as node does: single quotes unless the string contains them.
pub fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn key_string(k: Key) -> String {
    match k {
        Key::Index(i) => format!("'{i}'"),
        Key::Name(n) if n.is_symbol() => format!("[{}]", conv::symbol_descriptive_string(n)),
        Key::Name(n) => {
            let s = string::to_rust(n.as_string());
            if is_identifier(&s) { s } else { quote(&s) }
        }
    }
}

impl Cx {
    fn value(&mut self, v: Value, level: usize) -> JsResult<String> {
        if v.is_string() {
            return Ok(quote(&string::to_rust(v.as_string())));
        }
        if v.is_number() {
            return Ok(number(v.as_number()));
        }
        if v.is_symbol() {
            return Ok(conv::symbol_descriptive_string(v));
        }
        if v.is_bigint() {
            return Ok(format!("{}n", v.as_bigint()));
        }
        if !v.is_object() {
            return conv::to_rust_string(v);
        }
        if self.seen.contains(&v) {
            return Ok("[Circular *1]".into());
        }
        self.object(v, level)
    }

    fn constructor_name(&self, v: Value) -> Option<String> {
        let mut cur = v;
        while let Some(o) = cur.object_ref() {
            if let Some(Prop::Data(c, _)) = o.get_own(Key::Name(atoms::common().constructor)) {
                if function::is_callable(c) {
                    return Some(function::name_of(c));
                }
            }
            cur = o.proto;
        }
        None
    }

    fn object(&mut self, v: Value, level: usize) -> JsResult<String> {
        let o = unsafe { &*v.as_object() };
        let ctor = self.constructor_name(v);
        let class = o.class();
        // Enumerable own string keys, then enumerable own symbol keys, as node shows them.
        let mut keys: Vec<Key> = object::own_enumerable_string_keys(o)
            .into_iter()
            .chain(o.own_keys().into_iter().filter(|&k| {
                matches!(k, Key::Name(n) if n.is_symbol())
                    && matches!(o.get_own(k), Some(Prop::Data(_, a) | Prop::Accessor(_, _, a)) if a & crate::shape::ENUMERABLE != 0)
            }))
            .collect::<Vec<Key>>()
            .into_iter()
            .filter(|k| !(class == Class::Array && matches!(k, Key::Index(_))))
            .collect();
        let mut base = String::new();
        let (open, close): (&str, &str);
        // Map, Set and their iterators: node's braces[0] carries the prefix ("Map(2) {").
        let open_owned: String;
        let mut extra = Extra::None;
        // node formats Maps, Sets and their iterators as such only if they are iterable (or
        // have no constructor at all); otherwise as plain objects.
        let iterable = matches!(class, Class::Map | Class::Set | Class::CollectionIterator)
            && (ctor.is_none() || object::has_property(v, Key::Name(crate::realm::realm().sym_iterator)));
        match class {
            Class::Map | Class::Set if iterable => {
                let size = collections::size(v);
                let fallback = if class == Class::Map { "Map" } else { "Set" };
                let tag = self.string_tag(v);
                if size == 0 && keys.is_empty() {
                    return Ok(format!("{}{{}}", prefix(&ctor, &tag, fallback, "(0)")));
                }
                if level > self.depth {
                    return Ok(too_deep(&ctor, &tag));
                }
                open_owned = format!("{}{{", prefix(&ctor, &tag, fallback, &format!("({size})")));
                open = &open_owned;
                close = "}";
                extra = Extra::Collection(collections::entries_snapshot(v), class == Class::Map);
            }
            Class::CollectionIterator if iterable => {
                let tag = self.string_tag(v);
                if level > self.depth {
                    return Ok(too_deep(&ctor, &tag));
                }
                let (entries, pairs, set) = collections::iterator_preview(v);
                // node's getIteratorBraces, with "Entries" for an entries iterator.
                let ty = format!("{} Iterator", if set { "Set" } else { "Map" });
                let mut t = tag;
                if t != ty {
                    if !t.is_empty() {
                        t += "] [";
                    }
                    t += &ty;
                }
                if pairs {
                    t = format!("{} Entries", t.strip_suffix(" Iterator").unwrap_or(&t));
                }
                if keys.is_empty() && unsafe { (*entries.as_object()).elements.is_empty() } {
                    // node has no early return for an empty iterator: "{", "", "}" joined by spaces.
                    return Ok(format!("[{t}] {{  }}"));
                }
                open_owned = format!("[{t}] {{");
                open = &open_owned;
                close = "}";
                extra = Extra::Iterator(entries, pairs);
            }
            Class::WeakMap | Class::WeakSet => {
                let fallback = if class == Class::WeakMap { "WeakMap" } else { "WeakSet" };
                let tag = self.string_tag(v);
                if level > self.depth {
                    return Ok(too_deep(&ctor, &tag));
                }
                open_owned = format!("{}{{", prefix(&ctor, &tag, fallback, ""));
                open = &open_owned;
                close = "}";
                extra = Extra::Weak;
            }
            // node's formatRaw for a RegExp: `/source/flags`, after any other constructor name.
            Class::RegExp if crate::builtins::regexp::is_regexp_object(v) => {
                base = crate::builtins::regexp::display(v).unwrap_or_default();
                let p = prefix(&ctor, &self.string_tag(v), "RegExp", "");
                if p != "RegExp " {
                    base = format!("{p}{base}");
                }
                if keys.is_empty() || level > self.depth {
                    return Ok(base);
                }
                open = "{";
                close = "}";
            }
            // node's formatRaw for a Date: the ISO string (or "Invalid Date"), after any other
            // constructor name.
            Class::Date => {
                base = crate::builtins::date::display(v).unwrap_or_default();
                let tag = self.string_tag(v);
                let p = prefix(&ctor, &tag, "Date", "");
                if p != "Date " {
                    base = format!("{p}{base}");
                }
                if keys.is_empty() {
                    return Ok(base);
                }
                if level > self.depth {
                    return Ok(too_deep(&ctor, &tag));
                }
                open = "{";
                close = "}";
            }
            // Like node's for any object whose Symbol.toStringTag differs from its constructor.
            Class::RegExpStringIterator if keys.is_empty() => {
                return Ok(format!("{}{{}}", prefix(&ctor, &self.string_tag(v), "Object", "")));
            }
            Class::Function => {
                base = function_base(v);
                if keys.is_empty() {
                    return Ok(base);
                }
                open = "{";
                close = "}";
            }
            Class::Error => {
                let stack = object::get(v, Key::Name(atoms::common().stack), v)?;
                base = if stack.is_string() { string::to_rust(stack.as_string()) } else { crate::builtins::error::error_to_rust_string(v)? };
                keys.retain(|k| *k != Key::Name(atoms::common().stack) && *k != Key::Name(atoms::common().message));
                if keys.is_empty() {
                    return Ok(if level > 0 { format!("[{base}]") } else { base });
                }
                open = "{";
                close = "}";
            }
            Class::Array => {
                open = "[";
                close = "]";
                if ctor.as_deref() != Some("Array") {
                    base = format!("{}({})", ctor.clone().unwrap_or_default(), o.elements.len());
                }
            }
            Class::BooleanWrapper | Class::NumberWrapper | Class::StringWrapper | Class::BigIntWrapper => {
                let pv = o.primitive_value();
                let (t, s) = match class {
                    Class::BooleanWrapper => ("Boolean", conv::to_rust_string(pv)?),
                    Class::NumberWrapper => ("Number", number(pv.as_number())),
                    Class::BigIntWrapper => ("BigInt", format!("{}n", pv.as_bigint())),
                    _ => ("String", quote(&string::to_rust(pv.as_string()))),
                };
                base = format!("[{t}: {s}]");
                keys.retain(|k| !matches!(k, Key::Index(_)));
                if keys.is_empty() {
                    return Ok(base);
                }
                open = "{";
                close = "}";
            }
            _ => {
                open = "{";
                close = "}";
                match &ctor {
                    Some(n) if n == "Object" => {}
                    Some(n) => base = n.clone(),
                    None if class == Class::ModuleNamespace => base = "[Module: null prototype]".into(),
                    None if o.proto.is_null() => base = "[Object: null prototype]".into(),
                    None => {}
                }
                if class == Class::Arguments {
                    base = "[Arguments]".into();
                }
            }
        }
        let empty = keys.is_empty() && (!matches!(class, Class::Array | Class::Arguments) || o.elements.is_empty());
        if level > self.depth && !empty {
            return Ok(match class {
                Class::Array => "[Array]".into(),
                _ if !base.is_empty() && class != Class::Function => format!("[{base}]"),
                _ => format!("[{}]", ctor.unwrap_or_else(|| "Object".into())),
            });
        }
        self.seen.push(v);
        self.current_depth = level;
        let mut output: Vec<String> = Vec::new();
        let is_list = class == Class::Array;
        match extra {
            Extra::None => {}
            Extra::Collection(entries, map) => self.collection_entries(entries, map, level, &mut output)?,
            Extra::Iterator(entries, pairs) => self.iterator_entries(entries, pairs, level, &mut output)?,
            Extra::Weak => output.push("<items unknown>".into()),
        }
        if is_list {
            let n = o.elements.len();
            let mut i = 0;
            let mut shown = 0;
            while i < n && shown < MAX_ARRAY_LENGTH {
                let e = unsafe { (&(*v.as_object()).elements)[i] };
                if e == Value::HOLE {
                    let mut j = i;
                    while j < n && unsafe { (&(*v.as_object()).elements)[j] } == Value::HOLE {
                        j += 1;
                    }
                    let c = j - i;
                    output.push(format!("<{c} empty item{}>", if c == 1 { "" } else { "s" }));
                    i = j;
                } else {
                    self.indent += 2;
                    let s = self.value(e, level + 1)?;
                    self.indent -= 2;
                    output.push(s);
                    i += 1;
                }
                shown += 1;
            }
            if i < n {
                let more = n - i;
                output.push(format!("... {more} more item{}", if more == 1 { "" } else { "s" }));
            }
        }
        for k in keys {
            if is_list && matches!(k, Key::Index(_)) {
                continue;
            }
            let prop = unsafe { (*v.as_object()).get_own(k) };
            let val = match prop {
                Some(Prop::Data(x, _)) => {
                    self.indent += 2;
                    let s = self.value(x, level + 1)?;
                    self.indent -= 2;
                    s
                }
                // A namespace shows its bindings' values (node: `<uninitialized>` in the TDZ).
                Some(Prop::Accessor(g, _, _)) if class == Class::ModuleNamespace => match function::call(g, v, &[]) {
                    Ok(x) => {
                        self.indent += 2;
                        let s = self.value(x, level + 1)?;
                        self.indent -= 2;
                        s
                    }
                    Err(_) => {
                        crate::error::take_pending();
                        "<uninitialized>".into()
                    }
                },
                Some(Prop::Accessor(g, s, _)) => match (g.is_undefined(), s.is_undefined()) {
                    (false, false) => "[Getter/Setter]".into(),
                    (false, true) => "[Getter]".into(),
                    _ => "[Setter]".into(),
                },
                None => continue,
            };
            output.push(format!("{}: {}", key_string(k), val));
        }
        self.seen.pop();
        let entries = output.len();
        if is_list && entries > 6 {
            output = self.group_array_elements(output, v);
        }
        if self.current_depth - level < 3 && entries == output.len() {
            let start = output.len() + self.indent + open.len() + base.len() + 10;
            if self.below_break_length(&output, start, &base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    let prefix = if base.is_empty() { String::new() } else { format!("{base} ") };
                    if output.is_empty() {
                        return Ok(format!("{prefix}{open}{close}"));
                    }
                    return Ok(format!("{prefix}{open} {joined} {close}"));
                }
            }
        }
        if output.is_empty() {
            let prefix = if base.is_empty() { String::new() } else { format!("{base} ") };
            return Ok(format!("{prefix}{open}{close}"));
        }
        let ind = format!("\n{}", " ".repeat(self.indent));
        let prefix = if base.is_empty() { String::new() } else { format!("{base} ") };
        Ok(format!("{prefix}{open}{ind}  {}{ind}{close}", output.join(&format!(",{ind}  "))))
    }

    /// The `[Symbol.toStringTag]` node shows after the constructor name: an inherited (or
    /// non-enumerable) string data property, else "".
    fn string_tag(&self, v: Value) -> String {
        let key = Key::Name(crate::realm::realm().sym_to_string_tag);
        let mut cur = v;
        while let Some(o) = cur.object_ref() {
            match o.get_own(key) {
                Some(Prop::Data(t, a)) if t.is_string() => {
                    return if cur == v && a & ENUMERABLE != 0 { String::new() } else { string::to_rust(t.as_string()) };
                }
                Some(_) => return String::new(),
                None => cur = o.proto,
            }
        }
        String::new()
    }

    /// node's formatMap / formatSet: `k => v` or `v` per entry, at most 100.
    fn collection_entries(&mut self, entries: Value, map: bool, level: usize, output: &mut Vec<String>) -> JsResult<()> {
        let width = if map { 2 } else { 1 };
        let n = unsafe { (*entries.as_object()).elements.len() } / width;
        self.indent += 2;
        for i in 0..n.min(MAX_ARRAY_LENGTH) {
            let e = |j: usize| unsafe { (&(*entries.as_object()).elements)[j] };
            let s = if map {
                let k = self.value(e(2 * i), level + 1)?;
                let v = self.value(e(2 * i + 1), level + 1)?;
                format!("{k} => {v}")
            } else {
                self.value(e(i), level + 1)?
            };
            output.push(s);
        }
        self.indent -= 2;
        if n > MAX_ARRAY_LENGTH {
            let more = n - MAX_ARRAY_LENGTH;
            output.push(format!("... {more} more item{}", if more == 1 { "" } else { "s" }));
        }
        Ok(())
    }

    /// node's formatSetIterInner / formatMapIterInner: the values still to come, or
    /// `[ k, v ]` pairs laid out as two-element arrays.
    fn iterator_entries(&mut self, entries: Value, pairs: bool, level: usize, output: &mut Vec<String>) -> JsResult<()> {
        let width = if pairs { 2 } else { 1 };
        let n = unsafe { (*entries.as_object()).elements.len() } / width;
        self.indent += 2;
        for i in 0..n.min(MAX_ARRAY_LENGTH) {
            let e = |j: usize| unsafe { (&(*entries.as_object()).elements)[j] };
            if !pairs {
                let s = self.value(e(i), level + 1)?;
                output.push(s);
                continue;
            }
            let pair = vec![self.value(e(2 * i), level + 1)?, self.value(e(2 * i + 1), level + 1)?];
            // reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes)
            let start = pair.len() + self.indent + 1 + 10;
            let joined = pair.join(", ");
            if self.current_depth - level < 3 && self.below_break_length(&pair, start, "") && !joined.contains('\n') {
                output.push(format!("[ {joined} ]"));
            } else {
                let ind = format!("\n{}", " ".repeat(self.indent));
                output.push(format!("[{ind}  {}{ind}]", pair.join(&format!(",{ind}  "))));
            }
        }
        self.indent -= 2;
        if n > MAX_ARRAY_LENGTH {
            let more = n - MAX_ARRAY_LENGTH;
            output.push(format!("... {more} more item{}", if more == 1 { "" } else { "s" }));
        }
        Ok(())
    }

    fn below_break_length(&self, output: &[String], start: usize, base: &str) -> bool {
        let mut total = output.len() + start;
        if total + output.len() > BREAK_LENGTH {
            return false;
        }
        for s in output {
            total += s.chars().count();
            if total > BREAK_LENGTH {
                return false;
            }
        }
        base.is_empty() || !base.contains('\n')
    }

    /// node's groupArrayElements: lays out many short entries in aligned columns.
    fn group_array_elements(&self, output: Vec<String>, v: Value) -> Vec<String> {
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        let o = unsafe { &*v.as_object() };
        if o.elements.len() > MAX_ARRAY_LENGTH && output_length > 0 {
            output_length -= 1;
        }
        let separator_space = 2;
        let data_len: Vec<usize> = output.iter().take(output_length).map(|s| s.chars().count()).collect();
        for &len in &data_len {
            total_length += len + separator_space;
            max_length = max_length.max(len);
        }
        let actual_max = max_length + separator_space;
        if actual_max * 3 + self.indent < BREAK_LENGTH
            && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            let columns = ((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
                .round()
                .min(((BREAK_LENGTH - self.indent) / actual_max) as f64)
                .min(3.0 * 4.0)
                .min(15.0) as usize;
            if columns <= 1 {
                return output;
            }
            let mut max_line_length = Vec::new();
            for i in 0..columns {
                let mut line_length = 0;
                let mut j = i;
                while j < output_length {
                    line_length = line_length.max(data_len[j]);
                    j += columns;
                }
                max_line_length.push(line_length + separator_space);
            }
            let pad_start = (0..o.elements.len().min(output_length)).all(|i| o.elements[i].is_number());
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut line = String::new();
                let mut j = i;
                while j < max - 1 {
                    let cell = format!("{}, ", output[j]);
                    line.push_str(&pad(&cell, max_line_length[j - i], pad_start));
                    j += 1;
                }
                if pad_start {
                    line.push_str(&pad(&output[j], max_line_length[j - i] - separator_space, true));
                } else {
                    line.push_str(&output[j]);
                }
                tmp.push(line);
                i += columns;
            }
            if output_length < output.len() {
                tmp.push(output[output_length].clone());
            }
            return tmp;
        }
        output
    }
}

/// Extra entries an object shows before its properties.
enum Extra {
    None,
    /// A Map's (`true`: `[k0, v0, ...]`) or Set's entries.
    Collection(Value, bool),
    /// A Map or Set iterator's remaining values, as pairs if `true`.
    Iterator(Value, bool),
    /// WeakMap and WeakSet: `<items unknown>`.
    Weak,
}

/// node's getPrefix: `Map(2) `, `M(2) [Map] `, `[Map(2): null prototype] `.
fn prefix(ctor: &Option<String>, tag: &str, fallback: &str, size: &str) -> String {
    match ctor {
        None if !tag.is_empty() && tag != fallback => format!("[{fallback}{size}: null prototype] [{tag}] "),
        None => format!("[{fallback}{size}: null prototype] "),
        Some(c) if !tag.is_empty() && c != tag => format!("{c}{size} [{tag}] "),
        Some(c) => format!("{c}{size} "),
    }
}

/// What node prints for an object past the depth limit (`[Map]`, `[M [Map]]`).
fn too_deep(ctor: &Option<String>, tag: &str) -> String {
    let p = prefix(ctor, tag, "Object", "");
    let name = &p[..p.len() - 1];
    if ctor.is_some() { format!("[{name}]") } else { name.to_string() }
}

fn pad(s: &str, width: usize, start: bool) -> String {
    let n = s.chars().count();
    if n >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - n);
    if start { format!("{fill}{s}") } else { format!("{s}{fill}") }
}

#[allow(dead_code)]
const _: u8 = ENUMERABLE;

/// node's `[Function: f]`, `[class A extends B]`, `[GeneratorFunction: g]`, ... for a function.
fn function_base(v: Value) -> String {
    use kiln_abi::value::{FUNC_ASYNC, FUNC_CLASS, FUNC_GENERATOR};
    let name = function::name_of(v);
    let flags = function::flags_of(v);
    if flags & FUNC_CLASS != 0 {
        let mut s = if name.is_empty() { "[class (anonymous)".to_string() } else { format!("[class {name}") };
        let parent = unsafe { (*v.as_object()).proto };
        if parent != crate::realm::realm().function_prototype && function::is_callable(parent) {
            let p = function::name_of(parent);
            if !p.is_empty() {
                s.push_str(&format!(" extends {p}"));
            }
        }
        s.push(']');
        return s;
    }
    let kind = match (flags & FUNC_ASYNC != 0, flags & FUNC_GENERATOR != 0) {
        (false, false) => "Function",
        (false, true) => "GeneratorFunction",
        (true, false) => "AsyncFunction",
        (true, true) => "AsyncGeneratorFunction",
    };
    if name.is_empty() { format!("[{kind} (anonymous)]") } else { format!("[{kind}: {name}]") }
}
