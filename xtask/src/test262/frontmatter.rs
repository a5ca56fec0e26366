//! The metadata block of a test262 test (`/*--- ... ---*/`, YAML): the few keys the runner
//! needs — `includes`, `flags`, `features`, `negative` — read by a small hand-written parser.
//!
//! It understands exactly the YAML shapes test262 uses for these keys: inline lists
//! (`flags: [onlyStrict, async]`, possibly spanning lines), block lists (`- item` lines
//! below the key) and the two-entry `negative` map. Every other key (`description`, `info`,
//! `esid`, ...) is skipped with its indented continuation lines. It does not validate the
//! metadata; test262's own linter does that.

/// The metadata of one test file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Frontmatter {
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

/// `negative: {phase, type}`: the test must throw an error of this type in this phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    pub phase: Phase,
    /// The error constructor's name, e.g. `SyntaxError`.
    pub error_type: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Parsing or early errors: the compiler must reject the program.
    Parse,
    /// Module linking: the compiler must reject the program (Kiln links modules statically).
    Resolution,
    /// Evaluation: the program must throw.
    Runtime,
}

impl Frontmatter {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Parses the metadata of `source`. A test without a metadata block has none of the keys.
pub fn parse(source: &str) -> Result<Frontmatter, String> {
    let Some(start) = source.find("/*---") else { return Ok(Frontmatter::default()) };
    let body_start = start + "/*---".len();
    let Some(len) = source[body_start..].find("---*/") else {
        return Err("metadata block `/*---` is not closed by `---*/`".to_string());
    };
    parse_yaml(&source[body_start..body_start + len])
}

fn parse_yaml(yaml: &str) -> Result<Frontmatter, String> {
    let mut meta = Frontmatter::default();
    let mut negative_phase = None;
    let mut negative_type = None;
    let mut lines = yaml.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() || line.starts_with([' ', '\t']) || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else { continue };
        let key = key.trim();
        let rest = rest.trim();
        // The lines indented below this key belong to it.
        let mut block = Vec::new();
        while let Some(next) = lines.peek() {
            if next.trim().is_empty() || next.starts_with([' ', '\t']) {
                block.push(lines.next().unwrap_or_default());
            } else {
                break;
            }
        }
        let target = match key {
            "includes" => &mut meta.includes,
            "flags" => &mut meta.flags,
            "features" => &mut meta.features,
            "negative" => {
                for entry in &block {
                    let Some((k, v)) = entry.split_once(':') else { continue };
                    let v = unquote(strip_comment(v)).to_string();
                    match k.trim() {
                        "phase" => negative_phase = Some(v),
                        "type" => negative_type = Some(v),
                        _ => {}
                    }
                }
                continue;
            }
            _ => continue,
        };
        *target = parse_list(key, rest, &block)?;
    }
    meta.negative = match (negative_phase, negative_type) {
        (None, None) => None,
        (Some(phase), Some(error_type)) => {
            let phase = match phase.as_str() {
                "parse" => Phase::Parse,
                "resolution" => Phase::Resolution,
                "runtime" => Phase::Runtime,
                other => return Err(format!("unknown negative phase `{other}`")),
            };
            Some(Negative { phase, error_type })
        }
        _ => return Err("`negative` needs both `phase` and `type`".to_string()),
    };
    Ok(meta)
}

/// A list value: inline (`[a, b]`, perhaps continued on the indented lines) or a block of
/// `- item` lines.
fn parse_list(key: &str, rest: &str, block: &[&str]) -> Result<Vec<String>, String> {
    let rest = strip_comment(rest);
    if rest.starts_with('[') {
        let mut text = rest.to_string();
        for line in block {
            if text.contains(']') {
                break;
            }
            text.push(' ');
            text.push_str(strip_comment(line));
        }
        let Some(end) = text.find(']') else { return Err(format!("`{key}`: unclosed `[`")) };
        return Ok(text[1..end].split(',').map(|s| unquote(s.trim()).to_string()).filter(|s| !s.is_empty()).collect());
    }
    if !rest.is_empty() {
        return Err(format!("`{key}`: expected a list, found `{rest}`"));
    }
    let mut items = Vec::new();
    for line in block {
        let line = strip_comment(line);
        if let Some(item) = line.strip_prefix('-') {
            items.push(unquote(item.trim()).to_string());
        } else if !line.is_empty() {
            return Err(format!("`{key}`: expected `- item`, found `{line}`"));
        }
    }
    Ok(items)
}

/// The text before a ` #` comment, trimmed.
fn strip_comment(s: &str) -> &str {
    let s = s.trim();
    match s.find(" #") {
        Some(i) => s[..i].trim_end(),
        None if s.starts_with('#') => "",
        None => s,
    }
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, expect: &str) {
        let actual = match parse(source) {
            Ok(m) => format!(
                "includes={:?} flags={:?} features={:?} negative={:?}",
                m.includes, m.flags, m.features, m.negative
            ),
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(actual, expect);
    }

    #[test]
    fn inline_lists_and_negative() {
        check(
            "// Copyright\n/*---\nesid: sec-x\ndescription: >\n  flags: [not, these]\nnegative:\n  phase: parse\n  type: SyntaxError\nflags: [onlyStrict, async]\nfeatures: [class, 'Symbol.iterator']\nincludes: [compareArray.js]\n---*/\n$DONOTEVALUATE();\n",
            r#"includes=["compareArray.js"] flags=["onlyStrict", "async"] features=["class", "Symbol.iterator"] negative=Some(Negative { phase: Parse, error_type: "SyntaxError" })"#,
        );
    }

    #[test]
    fn block_lists_multiline_inline_lists_and_comments() {
        check(
            "/*---\ninfo: |\n  includes: [nope.js]\n\n  more text\nincludes:\n  - propertyHelper.js # why\n  - fnGlobalObject.js\nfeatures: [a,\n  b]\n---*/",
            r#"includes=["propertyHelper.js", "fnGlobalObject.js"] flags=[] features=["a", "b"] negative=None"#,
        );
    }

    #[test]
    fn no_metadata_and_broken_metadata() {
        check("var x;", "includes=[] flags=[] features=[] negative=None");
        check("/*---\nflags: [raw]\n", "error: metadata block `/*---` is not closed by `---*/`");
        check("/*---\nnegative:\n  phase: later\n  type: X\n---*/", "error: unknown negative phase `later`");
    }
}
