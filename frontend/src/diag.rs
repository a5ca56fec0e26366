//! Diagnostics: a message at a source position, rendered as
//! `file:line:col: error: message` followed by the source line and a caret.

use std::fmt;

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub col: usize,
    pub message: String,
    pub source_line: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}:{}:{}: error: {}", self.file, self.line, self.col, self.message)?;
        let gutter = self.line.to_string();
        writeln!(f, " {} | {}", gutter, self.source_line)?;
        let pad: String = self.source_line.chars().take(self.col.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        write!(f, " {} | {}^", " ".repeat(gutter.len()), pad)
    }
}

/// Maps byte offsets of one file to lines and columns.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and character column of byte `offset`.
    pub fn line_col(&self, src: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = src.get(start..offset.min(src.len())).map_or(0, |s| s.chars().count());
        (line + 1, col + 1)
    }

    pub fn line_text<'a>(&self, src: &'a str, line: usize) -> &'a str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(src.len());
        src[start..end].trim_end_matches(['\n', '\r'])
    }
}
