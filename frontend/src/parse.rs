//! Parsing one file into a checked AST with its scope information.

use std::sync::Arc;

use swc_common::{BytePos, FileName, SourceMap, Spanned, sync::Lrc};
use swc_ecma_ast::{EsVersion, Program};
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax, lexer::Lexer};

use crate::diag::{Diagnostic, LineIndex};
use crate::scope::{self, ScopeInfo};

/// How a file is to be read, as node would read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// A CommonJS module: script syntax inside node's module wrapper function.
    CommonJs,
    /// An ES module (strict, import/export).
    Module,
    /// A classic script (global code).
    Script,
}

pub struct Parsed {
    pub path: String,
    pub source: String,
    pub program: Program,
    pub scopes: ScopeInfo,
    pub goal: Goal,
    /// The BytePos of the file's first byte: AST offsets are relative to it.
    pub base: u32,
    lines: LineIndex,
}

impl Parsed {
    /// 1-based line and column of an AST position.
    pub fn line_col(&self, pos: BytePos) -> (usize, usize) {
        self.lines.line_col(&self.source, (pos.0.saturating_sub(self.base)) as usize)
    }

    pub fn diagnostic(&self, pos: BytePos, message: impl Into<String>) -> Diagnostic {
        make_diag(&self.path, &self.source, &self.lines, pos.0.saturating_sub(self.base) as usize, message.into())
    }

    /// The source text of a span.
    pub fn text(&self, lo: BytePos, hi: BytePos) -> &str {
        let a = (lo.0.saturating_sub(self.base)) as usize;
        let b = (hi.0.saturating_sub(self.base)) as usize;
        self.source.get(a..b).unwrap_or("")
    }
}

fn make_diag(path: &str, src: &str, lines: &LineIndex, offset: usize, message: String) -> Diagnostic {
    let (line, col) = lines.line_col(src, offset);
    Diagnostic { file: path.to_string(), line, col, message, source_line: lines.line_text(src, line).to_string() }
}

/// Parses and analyses `source`. Syntax and early errors come back as diagnostics.
pub fn parse_file(path: &str, source: String, goal: Goal) -> Result<Parsed, Vec<Diagnostic>> {
    let cm: Lrc<SourceMap> = Default::default();
    let fm = cm.new_source_file(Lrc::new(FileName::Real(path.into())), source.clone());
    let base = fm.start_pos.0;
    let lines = LineIndex::new(&source);
    let syntax = Syntax::Es(EsSyntax { allow_return_outside_function: goal == Goal::CommonJs, ..Default::default() });
    let lexer = Lexer::new(syntax, EsVersion::latest(), StringInput::from(&*fm), None);
    let mut parser = Parser::new_from(lexer);
    let result = match goal {
        Goal::Module => parser.parse_module().map(Program::Module),
        Goal::CommonJs => parser.parse_commonjs().map(Program::Script),
        Goal::Script => parser.parse_script().map(Program::Script),
    };
    let mut errors: Vec<Diagnostic> = parser
        .take_errors()
        .into_iter()
        .map(|e| make_diag(path, &source, &lines, (e.span().lo.0.saturating_sub(base)) as usize, e.kind().msg().into_owned()))
        .collect();
    let program = match result {
        Ok(p) => p,
        Err(e) => {
            errors.push(make_diag(path, &source, &lines, (e.span().lo.0.saturating_sub(base)) as usize, e.kind().msg().into_owned()));
            errors.sort_by_key(|d| (d.line, d.col));
            return Err(errors);
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut parsed = Parsed { path: path.to_string(), source, program, scopes: ScopeInfo::default(), goal, base, lines };
    crate::early::check(&parsed).map_err(|e| vec![e])?;
    let scopes = scope::analyze(&parsed).map_err(|e| vec![e])?;
    parsed.scopes = scopes;
    Ok(parsed)
}

#[allow(dead_code)]
fn _arc(_: Arc<()>) {}
