//! Annex B's web-compatibility builtins (§B.2): the global `escape` and `unescape`, and
//! String.prototype's HTML methods (anchor, big, blink, bold, fixed, fontcolor, fontsize,
//! italics, link, small, strike, sub, sup).

use crate::builtins::method;
use crate::conv;
use crate::error::{self, JsResult};
use crate::function::CallArgs;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn install() {
    let r = realm();
    method(r.global, "escape", 1, escape);
    method(r.global, "unescape", 1, unescape);
    let p = r.string_prototype;
    method(p, "anchor", 1, anchor);
    method(p, "big", 0, big);
    method(p, "blink", 0, blink);
    method(p, "bold", 0, bold);
    method(p, "fixed", 0, fixed);
    method(p, "fontcolor", 1, fontcolor);
    method(p, "fontsize", 1, fontsize);
    method(p, "italics", 0, italics);
    method(p, "link", 1, link);
    method(p, "small", 0, small);
    method(p, "strike", 0, strike);
    method(p, "sub", 0, sub);
    method(p, "sup", 0, sup);
}

fn units_of(v: Value) -> Vec<u16> {
    let s = string::units(v.as_string());
    (0..s.len()).map(|i| s.at(i)).collect()
}

/// CreateHTML (§B.2.2.2.1): `<tag attribute="value">S</tag>`, with `"` in the value escaped.
fn create_html(a: &CallArgs, name: &str, tag: &str, attribute: Option<&str>) -> JsResult<Value> {
    if a.this.is_nullish() {
        return Err(error::throw_type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    let s = Value::string(conv::to_string(a.this)?);
    let mut out: Vec<u16> = format!("<{tag}").encode_utf16().collect();
    if let Some(attr) = attribute {
        let v = Value::string(conv::to_string(a.arg(0))?);
        out.extend(format!(" {attr}=\"").encode_utf16());
        for u in units_of(v) {
            if u == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend(units_of(s));
    out.extend(format!("</{tag}>").encode_utf16());
    crate::builtins::string::value_from_units(out)
}

macro_rules! html_methods {
    ($($f:ident: $tag:literal $(, $attr:literal)?;)*) => {
        $(fn $f(a: &CallArgs) -> JsResult<Value> {
            create_html(a, stringify!($f), $tag, None$(.or(Some($attr)))?)
        })*
    };
}

html_methods! {
    anchor: "a", "name";
    big: "big";
    blink: "blink";
    bold: "b";
    fixed: "tt";
    fontcolor: "font", "color";
    fontsize: "font", "size";
    italics: "i";
    link: "a", "href";
    small: "small";
    strike: "strike";
    sub: "sub";
    sup: "sup";
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// escape(string) (§B.2.1.1).
fn escape(a: &CallArgs) -> JsResult<Value> {
    let s = Value::string(conv::to_string(a.arg(0))?);
    let mut out: Vec<u16> = Vec::new();
    for u in units_of(s) {
        let keep = u < 128 && (u as u8).is_ascii_alphanumeric() || b"@*_+-./".iter().any(|&c| c as u16 == u);
        if keep {
            out.push(u);
        } else if u < 256 {
            out.extend([b'%', HEX[(u >> 4) as usize], HEX[(u & 15) as usize]].map(|c| c as u16));
        } else {
            out.extend(
                [b'%', b'u', HEX[(u >> 12) as usize], HEX[((u >> 8) & 15) as usize], HEX[((u >> 4) & 15) as usize], HEX[(u & 15) as usize]]
                    .map(|c| c as u16),
            );
        }
    }
    crate::builtins::string::value_from_units(out)
}

/// unescape(string) (§B.2.1.2).
fn unescape(a: &CallArgs) -> JsResult<Value> {
    let s = units_of(Value::string(conv::to_string(a.arg(0))?));
    let hex = |i: usize, n: usize| -> Option<u16> {
        let digits = s.get(i..i + n)?;
        let mut v = 0u16;
        for &d in digits {
            v = v * 16 + (char::from_u32(d as u32)?.to_digit(16)? as u16);
        }
        Some(v)
    };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let u = s[i];
        if u == b'%' as u16 {
            if s.get(i + 1) == Some(&(b'u' as u16)) {
                if let Some(v) = hex(i + 2, 4) {
                    out.push(v);
                    i += 6;
                    continue;
                }
            } else if let Some(v) = hex(i + 1, 2) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(u);
        i += 1;
    }
    crate::builtins::string::value_from_units(out)
}
