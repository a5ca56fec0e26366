//! A small JSON reader (RFC 8259): package.json files, which module resolution reads, and
//! JSON modules (`require('./data.json')`), which are checked at compile time so that a
//! malformed one is a diagnostic. Only what resolution needs is kept: object members stay
//! in source order (the order "exports" conditions are tried in), numbers are `f64`.
//! Turning JSON into JS values is the runtime's job (its JSON.parse), not this one's.

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in source order; a repeated key keeps every occurrence ([`Json::get`] gives
    /// the last, as JSON.parse does).
    Object(Vec<(String, Json)>),
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the offending character (the text's length at an unexpected end).
    pub offset: usize,
    pub message: String,
}

impl Json {
    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses a whole text (a leading byte order mark is skipped, as node does for JSON files).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut r = Reader { s: text.as_bytes(), pos: start };
    r.ws();
    let v = r.value()?;
    r.ws();
    if r.pos < r.s.len() {
        return Err(r.unexpected());
    }
    Ok(v)
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && matches!(self.s[self.pos], b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn unexpected(&self) -> JsonError {
        match std::str::from_utf8(&self.s[self.pos..]).ok().and_then(|t| t.chars().next()) {
            None if self.pos >= self.s.len() => JsonError { offset: self.pos, message: "Unexpected end of JSON input".into() },
            Some(c) => JsonError { offset: self.pos, message: format!("Unexpected token '{c}'") },
            None => JsonError { offset: self.pos, message: "Unexpected token".into() },
        }
    }

    fn eat(&mut self, b: u8) -> Result<(), JsonError> {
        if self.s.get(self.pos) == Some(&b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        match self.s.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                let mut members = Vec::new();
                self.ws();
                if self.s.get(self.pos) == Some(&b'}') {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.ws();
                    if self.s.get(self.pos) != Some(&b'"') {
                        return Err(self.unexpected());
                    }
                    let k = self.string()?;
                    self.ws();
                    self.eat(b':')?;
                    self.ws();
                    let v = self.value()?;
                    members.push((k, v));
                    self.ws();
                    match self.s.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(self.unexpected()),
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.pos) == Some(&b']') {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value()?);
                    self.ws();
                    match self.s.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.unexpected()),
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    fn word(&mut self, w: &str, v: Json) -> Result<Json, JsonError> {
        for &b in w.as_bytes() {
            self.eat(b)?;
        }
        Ok(v)
    }

    fn digits(&mut self) -> Result<(), JsonError> {
        if !self.s.get(self.pos).is_some_and(u8::is_ascii_digit) {
            return Err(self.unexpected());
        }
        while self.s.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        if self.s[self.pos] == b'-' {
            self.pos += 1;
        }
        if self.s.get(self.pos) == Some(&b'0') {
            self.pos += 1;
        } else {
            self.digits()?;
        }
        if self.s.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            self.digits()?;
        }
        if matches!(self.s.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.s.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.digits()?;
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).unwrap_or("0");
        Ok(Json::Number(text.parse().unwrap_or(0.0)))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1;
        let mut units: Vec<u16> = Vec::new();
        loop {
            let Some(&b) = self.s.get(self.pos) else { return Err(self.unexpected()) };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(String::from_utf16_lossy(&units));
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(&e) = self.s.get(self.pos) else { return Err(self.unexpected()) };
                    let c = match e {
                        b'"' => '"' as u16,
                        b'\\' => '\\' as u16,
                        b'/' => '/' as u16,
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => 10,
                        b'r' => 13,
                        b't' => 9,
                        b'u' => {
                            let hex = self.s.get(self.pos + 1..self.pos + 5).and_then(|h| std::str::from_utf8(h).ok());
                            match hex.and_then(|h| u16::from_str_radix(h, 16).ok()) {
                                Some(u) => {
                                    self.pos += 4;
                                    u
                                }
                                None => {
                                    self.pos += 1;
                                    return Err(self.unexpected());
                                }
                            }
                        }
                        _ => return Err(self.unexpected()),
                    };
                    units.push(c);
                    self.pos += 1;
                }
                0..=0x1f => return Err(self.unexpected()),
                _ => {
                    // One UTF-8 character, as UTF-16 code units.
                    let rest = std::str::from_utf8(&self.s[self.pos..]).ok();
                    let c = rest.and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
                    let mut buf = [0u16; 2];
                    units.extend_from_slice(c.encode_utf16(&mut buf));
                    self.pos += c.len_utf8();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_members_keep_their_order() {
        let j = parse(r#"{ "name": "p", "exports": { "require": "./a.cjs", "default": "./b.js" }, "n": -1.5e2 }"#).unwrap();
        let Some(Json::Object(conds)) = j.get("exports") else { panic!() };
        assert_eq!(conds.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["require", "default"]);
        assert_eq!(j.get("n"), Some(&Json::Number(-150.0)));
        assert_eq!(parse(r#""a\u0041\n""#).unwrap(), Json::String("aA\n".into()));
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        assert_eq!(parse("{\"a\": }").unwrap_err(), JsonError { offset: 6, message: "Unexpected token '}'".into() });
        assert_eq!(parse("[1, 2").unwrap_err().message, "Unexpected end of JSON input");
        assert!(parse("{'a': 1}").is_err());
        assert!(parse("[1,]").is_err());
        assert!(parse("01").is_err());
    }
}
