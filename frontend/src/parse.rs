//! Parsing one file into a checked AST with its scope information.

use std::sync::Arc;

use swc_common::{BytePos, FileName, SourceMap, Spanned, sync::Lrc};
use swc_ecma_ast::{BlockStmt, Decl, EsVersion, IfStmt, Program, Stmt};
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax, error::SyntaxError, lexer::Lexer};
use swc_ecma_visit::{VisitMut, VisitMutWith};

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
    /// A JSON file (`require('./data.json')`): its value is the module's exports. Checked
    /// here; the runtime parses the text when the module is first required.
    Json,
}

pub struct Parsed {
    pub path: String,
    pub source: String,
    pub program: Program,
    pub scopes: ScopeInfo,
    /// An ES module's import and export entries (empty for other goals), read before its
    /// export declarations became plain declarations (`modules::lower_exports`).
    pub record: crate::modules::ModuleRecord,
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
    if goal == Goal::Json {
        if let Err(e) = crate::json::parse(&source) {
            // V8's JSON.parse message (node prefixes it with the file name).
            return Err(vec![make_diag(path, &source, &lines, e.offset, format!("SyntaxError: {} in JSON", e.message))]);
        }
        let program = Program::Script(swc_ecma_ast::Script { span: Default::default(), body: Vec::new(), shebang: None });
        return Ok(Parsed { path: path.to_string(), source, program, scopes: ScopeInfo::default(), record: Default::default(), goal, base, lines });
    }
    let syntax = Syntax::Es(EsSyntax { allow_return_outside_function: goal == Goal::CommonJs, ..Default::default() });
    let lexer = Lexer::new(syntax, EsVersion::latest(), StringInput::from(&*fm), None);
    let mut parser = Parser::new_from(lexer);
    let result = match goal {
        Goal::Module => parser.parse_module().map(Program::Module),
        Goal::CommonJs => parser.parse_commonjs().map(Program::Script),
        Goal::Script | Goal::Json => parser.parse_script().map(Program::Script),
    };
    let swc_errors = parser.take_errors();
    let mut program = result;
    // Function declarations as if-statement clauses (Annex B.3.3), which swc reports.
    let mut if_clause_functions = IfClauseFunctions { wrap: false, found: Vec::new(), in_bodies: Vec::new() };
    if let Ok(p) = &mut program {
        p.visit_mut_with(&mut if_clause_functions);
    }
    let mut errors: Vec<Diagnostic> = swc_errors
        .into_iter()
        .filter(|e| {
            let pos = e.span().lo;
            let checked_later = if_clause_functions.found.contains(&pos) || if_clause_functions.in_bodies.contains(&pos);
            !(matches!(e.kind(), SyntaxError::DeclNotAllowed) && checked_later)
        })
        .map(|e| make_diag(path, &source, &lines, (e.span().lo.0.saturating_sub(base)) as usize, message(e.kind())))
        .collect();
    let program = match program {
        Ok(p) => p,
        Err(e) => {
            errors.push(make_diag(path, &source, &lines, (e.span().lo.0.saturating_sub(base)) as usize, message(e.kind())));
            errors.sort_by_key(|d| (d.line, d.col));
            return Err(errors);
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut parsed =
        Parsed { path: path.to_string(), source, program, scopes: ScopeInfo::default(), record: Default::default(), goal, base, lines };
    crate::early::check(&parsed).map_err(|e| vec![e])?;
    if !if_clause_functions.found.is_empty() {
        if_clause_functions.wrap = true;
        parsed.program.visit_mut_with(&mut if_clause_functions);
    }
    if goal == Goal::Module {
        parsed.record = crate::modules::record_of(&parsed);
        if let Program::Module(m) = &mut parsed.program {
            crate::modules::lower_exports(m);
        }
    }
    let scopes = scope::analyze(&parsed).map_err(|e| vec![e])?;
    parsed.scopes = scopes;
    Ok(parsed)
}

/// swc's message for a syntax error, in V8's words where they differ and node users would
/// know V8's.
fn message(kind: &SyntaxError) -> String {
    match kind {
        SyntaxError::WithInStrict => "Strict mode code may not include a with statement".into(),
        other => other.msg().into_owned(),
    }
}

/// Annex B.3.3: in sloppy code `if (x) function f() {}` is allowed and means
/// `if (x) { function f() {} }`. swc parses it but reports "Declaration is not allowed"; this
/// visitor finds such clauses (so that error can be dropped: early.rs gives the right one
/// where the form is still an error, in strict code or for async and generator functions)
/// and, once the early errors are checked, wraps each clause in a block, so that scope
/// analysis and lowering see the block-level function the annex describes.
struct IfClauseFunctions {
    wrap: bool,
    /// Where each such function declaration starts.
    found: Vec<BytePos>,
    /// Where declarations as loop, `with` or label bodies start: always errors, which
    /// early.rs reports with V8's messages.
    in_bodies: Vec<BytePos>,
}

impl IfClauseFunctions {
    fn body(&mut self, s: &Stmt) {
        match s {
            Stmt::Decl(Decl::Fn(f)) => self.in_bodies.push(f.function.span.lo),
            Stmt::Decl(Decl::Class(c)) => self.in_bodies.push(c.class.span.lo),
            _ => {}
        }
    }
}

impl VisitMut for IfClauseFunctions {
    fn visit_mut_stmt(&mut self, s: &mut Stmt) {
        s.visit_mut_children_with(self);
        if self.wrap {
            return;
        }
        match s {
            Stmt::While(w) => self.body(&w.body),
            Stmt::DoWhile(w) => self.body(&w.body),
            Stmt::For(f) => self.body(&f.body),
            Stmt::ForIn(f) => self.body(&f.body),
            Stmt::ForOf(f) => self.body(&f.body),
            Stmt::With(w) => self.body(&w.body),
            _ => {}
        }
    }

    fn visit_mut_if_stmt(&mut self, i: &mut IfStmt) {
        i.visit_mut_children_with(self);
        for clause in std::iter::once(&mut i.cons).chain(i.alt.as_mut()) {
            let Stmt::Decl(Decl::Fn(f)) = &**clause else {
                if !self.wrap {
                    self.body(clause);
                }
                continue;
            };
            let span = f.function.span;
            if !self.wrap {
                self.found.push(span.lo);
                continue;
            }
            let decl = std::mem::replace(&mut **clause, Stmt::Empty(swc_ecma_ast::EmptyStmt { span }));
            **clause = Stmt::Block(BlockStmt { span, ctxt: Default::default(), stmts: vec![decl] });
        }
    }
}

#[allow(dead_code)]
fn _arc(_: Arc<()>) {}
