//! Early errors: the static-semantics rules of ECMAScript ("It is a Syntax Error if ...")
//! that swc's parser does not enforce, checked in one walk over the AST after parsing and
//! before scope analysis, and reported as diagnostics with node's message text.
//!
//! Covered: duplicate and conflicting declarations (LexicallyDeclaredNames against themselves
//! and against VarDeclaredNames in blocks, switch case blocks, function bodies, scripts,
//! modules, catch clauses and lexical `for` heads, with Annex B's sloppy-mode duplicate block
//! functions), duplicate parameters where they are forbidden, strict-mode rules that a
//! `"use strict"` directive applies to code already parsed (names `eval`/`arguments`, strict
//! reserved words, legacy octal escapes), escaped keywords used as identifiers, declarations
//! in single-statement positions, private names (duplicates, undeclared references, the class
//! heritage's private environment, `delete` of a private reference), `static prototype`
//! methods, invalid escapes in untagged templates, `for (var [a] = 0 in o)`, break/continue
//! targets, duplicate `__proto__`, `await`/`yield` in arrow parameters, and in modules the
//! export names (distinct, well-formed, local ones declared) and import bindings.
//!
//! Every check is the spec's condition exactly: a program the spec accepts must pass.

use std::collections::HashMap;

use swc_common::{BytePos, Spanned};
use swc_ecma_ast::*;

use crate::diag::Diagnostic;
use crate::parse::{Goal, Parsed};

/// Checks `parsed.program`; the error first in source order, if any.
pub fn check(parsed: &Parsed) -> Result<(), Diagnostic> {
    let mut c = Checker {
        parsed,
        errors: Vec::new(),
        ctx: Ctx { strict: false, await_kw: false, yield_kw: false },
        privates: Vec::new(),
        jumps: Jumps::default(),
        in_arrow_params: false,
    };
    match &parsed.program {
        Program::Module(m) => {
            c.ctx = Ctx { strict: true, await_kw: true, yield_kw: false };
            c.module(m);
        }
        Program::Script(s) => {
            let strict = directives_strict(&s.body) || parsed.goal == Goal::Module;
            c.ctx = Ctx { strict, await_kw: parsed.goal == Goal::Module, yield_kw: false };
            let stmts: Vec<&Stmt> = s.body.iter().collect();
            c.stmt_list(&stmts, ListKind::TopLevel, &[]);
        }
    }
    match c.errors.into_iter().min_by_key(|e| e.0) {
        Some((pos, msg)) => Err(parsed.diagnostic(BytePos(pos), msg)),
        None => Ok(()),
    }
}

#[derive(Clone, Copy)]
struct Ctx {
    /// Strict mode code.
    strict: bool,
    /// `await` is a keyword here (async function, module).
    await_kw: bool,
    /// `yield` is a keyword here (generator).
    yield_kw: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ListKind {
    /// A block or a switch's case block: function declarations are lexical.
    Block,
    /// A function body or a script: function declarations are var-scoped.
    TopLevel,
    /// A module: function declarations are lexical.
    Module,
}

/// Where a statement that is not in a statement list sits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    If,
    Loop,
    Label,
    With,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum IdentRole {
    Reference,
    Binding,
    /// The target of an assignment or update.
    Assign,
    Label,
}

struct LexName {
    name: String,
    pos: BytePos,
    /// Bound by a plain FunctionDeclaration (not async, not a generator): Annex B allows
    /// these to be duplicated in blocks in sloppy code.
    plain_fn: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PrivKind {
    Field,
    Method,
    Getter,
    Setter,
}

struct Checker<'a> {
    parsed: &'a Parsed,
    errors: Vec<(u32, String)>,
    ctx: Ctx,
    /// The private names of the enclosing class bodies, innermost last.
    privates: Vec<Vec<String>>,
    /// Break and continue targets of the current function.
    jumps: Jumps,
    /// Inside an arrow function's parameters (not in a nested function): no `await` or
    /// `yield` expressions.
    in_arrow_params: bool,
}

/// The statements `break` and `continue` may target from here (reset at function and
/// static-block boundaries).
#[derive(Default)]
struct Jumps {
    /// Enclosing labels, and whether each labels an iteration statement.
    labels: Vec<(String, bool)>,
    loops: u32,
    /// Loops and switches.
    breakables: u32,
}

const KEYWORDS: &[&str] = &[
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
    "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
    "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
];
const STRICT_RESERVED: &[&str] =
    &["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"];

fn directives_strict(stmts: &[Stmt]) -> bool {
    directives_strict_refs(stmts.iter())
}

/// Whether the directive prologue of a body holds a Use Strict Directive.
fn directives_strict_refs<'b>(stmts: impl Iterator<Item = &'b Stmt>) -> bool {
    for s in stmts {
        match s {
            Stmt::Expr(ExprStmt { expr, .. }) => match &**expr {
                Expr::Lit(Lit::Str(s)) => {
                    if matches!(s.raw.as_deref(), Some("'use strict'") | Some("\"use strict\"")) {
                        return true;
                    }
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

fn strip_parens(e: &Expr) -> &Expr {
    match e {
        Expr::Paren(p) => strip_parens(&p.expr),
        other => other,
    }
}

/// The identifiers a binding pattern declares.
fn bound_names<'b>(p: &'b Pat, out: &mut Vec<&'b Ident>) {
    crate::scope::pat_idents(p, out)
}

/// VarDeclaredNames of a statement (not looking into functions).
fn var_names(s: &Stmt, out: &mut Vec<(String, BytePos)>) {
    crate::scope::collect_vars(s, out)
}

/// The function declaration a (possibly nested) labelled statement labels, if any.
fn labelled_function(s: &Stmt) -> Option<&FnDecl> {
    match s {
        Stmt::Labeled(l) => match &*l.body {
            Stmt::Decl(Decl::Fn(f)) => Some(f),
            other => labelled_function(other),
        },
        _ => None,
    }
}

/// `text` without its comments (strings are not looked at: callers pass text between tokens).
fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.find(['\n', '\r', '\u{2028}', '\u{2029}']).map_or("", |i| &r[i..]);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Whether an expression statement's text starts with the tokens `let [`, which the
/// ExpressionStatement grammar excludes.
fn starts_with_let_bracket(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("let") else { return false };
    if rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '\\') {
        return false;
    }
    strip_comments(rest).trim_start().starts_with('[')
}

fn is_simple_params<'b>(mut params: impl Iterator<Item = &'b Pat>) -> bool {
    params.all(|p| matches!(p, Pat::Ident(_)))
}

/// Whether the raw text of an identifier, after `#` if any, starts with an escaped ZWNJ/ZWJ
/// (they may continue an identifier but not start one).
fn starts_with_escaped_joiner(raw: &str) -> bool {
    let r = raw.strip_prefix('#').unwrap_or(raw).to_ascii_lowercase();
    ["\\u200c", "\\u200d", "\\u{200c}", "\\u{200d}"].iter().any(|p| r.starts_with(p))
}

/// The first invalid escape in the raw text of a string literal or template chunk: its byte
/// offset and message, for a legacy octal escape (`octal`), `\8`/`\9` (`eight`) or a `\u{...}`
/// holding a non-hex character.
fn bad_escape(raw: &str, octal: &str, eight: &str) -> Option<(usize, String)> {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(&c) = b.get(i + 1) else { break };
        match c {
            b'0' if b.get(i + 2).is_some_and(|d| d.is_ascii_digit()) => return Some((i, octal.to_string())),
            b'1'..=b'7' => return Some((i, octal.to_string())),
            b'8' | b'9' => return Some((i, eight.to_string())),
            b'u' if b.get(i + 2) == Some(&b'{') => {
                let mut j = i + 3;
                while j < b.len() && b[j] != b'}' {
                    if !b[j].is_ascii_hexdigit() {
                        return Some((i, "Invalid Unicode escape sequence".to_string()));
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 2;
    }
    None
}

impl Checker<'_> {
    fn err(&mut self, pos: BytePos, msg: impl Into<String>) {
        self.errors.push((pos.0, msg.into()));
    }

    fn raw(&self, span: swc_common::Span) -> &str {
        self.parsed.text(span.lo, span.hi)
    }

    fn redeclared(&mut self, pos: BytePos, name: &str) {
        self.err(pos, format!("Identifier '{name}' has already been declared"));
    }

    // ----- declarations -----

    /// LexicallyDeclaredNames of a statement list (TopLevelLexicallyDeclaredNames at the top
    /// of a function or script, where function declarations are var-scoped).
    fn lex_names(stmts: &[&Stmt], kind: ListKind, out: &mut Vec<LexName>) {
        for s in stmts {
            match s {
                Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                    for d in &v.decls {
                        let mut ids = Vec::new();
                        bound_names(&d.name, &mut ids);
                        out.extend(ids.into_iter().map(|i| LexName { name: i.sym.to_string(), pos: i.span.lo, plain_fn: false }));
                    }
                }
                Stmt::Decl(Decl::Class(c)) => {
                    out.push(LexName { name: c.ident.sym.to_string(), pos: c.ident.span.lo, plain_fn: false })
                }
                Stmt::Decl(Decl::Fn(f)) if kind != ListKind::TopLevel => out.push(LexName {
                    name: f.ident.sym.to_string(),
                    pos: f.ident.span.lo,
                    plain_fn: !f.function.is_async && !f.function.is_generator,
                }),
                Stmt::Labeled(_) if kind != ListKind::TopLevel => {
                    if let Some(f) = labelled_function(s) {
                        out.push(LexName { name: f.ident.sym.to_string(), pos: f.ident.span.lo, plain_fn: true });
                    }
                }
                _ => {}
            }
        }
    }

    /// The declaration rules of a statement list: no duplicate lexical names, no lexical
    /// name that is also a var name (or, in a function body, a parameter name).
    fn check_declarations(&mut self, stmts: &[&Stmt], kind: ListKind, params: &[(&str, BytePos)], mut lex: Vec<LexName>) {
        Self::lex_names(stmts, kind, &mut lex);
        if lex.is_empty() {
            return;
        }
        let mut vars = Vec::new();
        for s in stmts {
            var_names(s, &mut vars);
            if kind == ListKind::TopLevel {
                if let Stmt::Decl(Decl::Fn(f)) = s {
                    vars.push((f.ident.sym.to_string(), f.ident.span.lo));
                } else if let Some(f) = labelled_function(s) {
                    vars.push((f.ident.sym.to_string(), f.ident.span.lo));
                }
            }
        }
        let annex_b = kind == ListKind::Block && !self.ctx.strict;
        let mut seen: HashMap<&str, &LexName> = HashMap::new();
        let mut errs = Vec::new();
        for l in &lex {
            match seen.get(l.name.as_str()) {
                Some(prev) => {
                    if !(annex_b && prev.plain_fn && l.plain_fn) {
                        errs.push((l.pos.max(prev.pos), l.name.clone()));
                    }
                }
                None => {
                    seen.insert(&l.name, l);
                }
            }
        }
        for (v, vpos) in vars.iter().map(|(n, p)| (n.as_str(), *p)).chain(params.iter().copied()) {
            if let Some(l) = seen.get(v) {
                errs.push((l.pos.max(vpos), v.to_string()));
            }
        }
        for (pos, name) in errs {
            self.redeclared(pos, &name);
        }
    }

    fn stmt_list(&mut self, stmts: &[&Stmt], kind: ListKind, params: &[(&str, BytePos)]) {
        self.check_declarations(stmts, kind, params, Vec::new());
        for s in stmts {
            self.stmt(s);
        }
    }

    /// A module: its declarations (exported ones and imports included), its export names
    /// (distinct, well-formed, local ones declared) and import attributes.
    fn module(&mut self, m: &Module) {
        let mut stmts: Vec<Stmt> = Vec::new();
        let mut imports = Vec::new();
        let mut exported: Vec<(String, BytePos)> = Vec::new();
        let mut local_exports: Vec<&Ident> = Vec::new();
        let export_name = |c: &mut Self, n: &ModuleExportName| -> String {
            match n {
                ModuleExportName::Ident(i) => i.sym.to_string(),
                ModuleExportName::Str(s) => match s.value.as_str() {
                    Some(v) => v.to_string(),
                    None => {
                        c.err(s.span.lo, "Invalid module export name: contains unpaired surrogate");
                        s.value.to_string_lossy().into_owned()
                    }
                },
            }
        };
        for item in &m.body {
            let decl = match item {
                ModuleItem::Stmt(st) => {
                    stmts.push(st.clone());
                    continue;
                }
                ModuleItem::ModuleDecl(d) => d,
            };
            match decl {
                ModuleDecl::Import(i) => {
                    self.import_attributes(i.with.as_deref());
                    for sp in &i.specifiers {
                        let local = match sp {
                            ImportSpecifier::Named(n) => {
                                if let Some(im) = &n.imported {
                                    export_name(self, im);
                                }
                                &n.local
                            }
                            ImportSpecifier::Default(d) => &d.local,
                            ImportSpecifier::Namespace(n) => &n.local,
                        };
                        self.ident(local, IdentRole::Binding);
                        imports.push(LexName { name: local.sym.to_string(), pos: local.span.lo, plain_fn: false });
                    }
                }
                ModuleDecl::ExportDecl(e) => {
                    let mut ids = Vec::new();
                    match &e.decl {
                        Decl::Var(v) => v.decls.iter().for_each(|d| bound_names(&d.name, &mut ids)),
                        Decl::Fn(f) => ids.push(&f.ident),
                        Decl::Class(c) => ids.push(&c.ident),
                        _ => {}
                    }
                    exported.extend(ids.into_iter().map(|i| (i.sym.to_string(), i.span.lo)));
                    stmts.push(Stmt::Decl(e.decl.clone()));
                }
                ModuleDecl::ExportDefaultDecl(d) => {
                    exported.push(("default".to_string(), d.span.lo));
                    match &d.decl {
                        DefaultDecl::Fn(f) => match &f.ident {
                            Some(id) => stmts.push(Stmt::Decl(Decl::Fn(FnDecl {
                                ident: id.clone(),
                                declare: false,
                                function: f.function.clone(),
                            }))),
                            None => self.function(&f.function, None, FnKind::Expression),
                        },
                        DefaultDecl::Class(c) => match &c.ident {
                            Some(id) => stmts.push(Stmt::Decl(Decl::Class(ClassDecl {
                                ident: id.clone(),
                                declare: false,
                                class: c.class.clone(),
                            }))),
                            None => self.class(&c.class, None),
                        },
                        DefaultDecl::TsInterfaceDecl(_) => {}
                    }
                }
                ModuleDecl::ExportDefaultExpr(e) => {
                    exported.push(("default".to_string(), e.span.lo));
                    self.expr(&e.expr);
                }
                ModuleDecl::ExportNamed(n) => {
                    self.import_attributes(n.with.as_deref());
                    for sp in &n.specifiers {
                        match sp {
                            ExportSpecifier::Namespace(ns) => {
                                let name = export_name(self, &ns.name);
                                exported.push((name, ns.span.lo));
                            }
                            ExportSpecifier::Default(d) => exported.push(("default".to_string(), d.exported.span.lo)),
                            ExportSpecifier::Named(sp) => {
                                let orig = export_name(self, &sp.orig);
                                let name = match &sp.exported {
                                    Some(e) => export_name(self, e),
                                    None => orig,
                                };
                                exported.push((name, sp.span.lo));
                                if n.src.is_none()
                                    && let ModuleExportName::Ident(id) = &sp.orig
                                {
                                    local_exports.push(id);
                                }
                            }
                        }
                    }
                }
                ModuleDecl::ExportAll(a) => self.import_attributes(a.with.as_deref()),
                _ => {}
            }
        }
        let refs: Vec<&Stmt> = stmts.iter().collect();
        // Imports are lexical declarations of the module.
        let import_names: Vec<String> = imports.iter().map(|l| l.name.clone()).collect();
        self.check_declarations(&refs, ListKind::Module, &[], imports);
        let mut seen: HashMap<&str, BytePos> = HashMap::new();
        for (name, pos) in &exported {
            if seen.insert(name, *pos).is_some() {
                self.err(*pos, format!("Duplicate export of '{name}'"));
            }
        }
        if !local_exports.is_empty() {
            let mut declared: Vec<String> = import_names;
            let mut lex = Vec::new();
            Self::lex_names(&refs, ListKind::Module, &mut lex);
            declared.extend(lex.into_iter().map(|l| l.name));
            let mut vars = Vec::new();
            for st in &refs {
                var_names(st, &mut vars);
            }
            declared.extend(vars.into_iter().map(|v| v.0));
            for id in local_exports {
                if !declared.iter().any(|d| *d == *id.sym) {
                    self.err(id.span.lo, format!("Export '{}' is not defined in module", id.sym));
                }
            }
        }
        for st in &refs {
            self.stmt(st);
        }
    }

    fn import_attributes(&mut self, with: Option<&ObjectLit>) {
        let Some(with) = with else { return };
        let mut keys: Vec<String> = Vec::new();
        for p in &with.props {
            if let PropOrSpread::Prop(p) = p
                && let Prop::KeyValue(kv) = &**p
            {
                let key = match &kv.key {
                    PropName::Ident(i) => i.sym.to_string(),
                    PropName::Str(s) => s.value.to_string_lossy().into_owned(),
                    _ => continue,
                };
                if keys.contains(&key) {
                    self.err(kv.key.span().lo, format!("Import assertion has duplicate key '{key}'"));
                }
                keys.push(key);
            }
        }
    }

    fn block(&mut self, b: &BlockStmt) {
        let stmts: Vec<&Stmt> = b.stmts.iter().collect();
        self.stmt_list(&stmts, ListKind::Block, &[]);
    }

    // ----- statements -----

    /// The body of an iteration statement.
    fn loop_body(&mut self, s: &Stmt) {
        self.jumps.loops += 1;
        self.jumps.breakables += 1;
        self.sub_stmt(s, Position::Loop);
        self.jumps.loops -= 1;
        self.jumps.breakables -= 1;
    }

    /// A statement in a single-statement position (if/loop/label/with body).
    fn sub_stmt(&mut self, s: &Stmt, at: Position) {
        match s {
            Stmt::Decl(Decl::Fn(f)) => {
                let plain = !f.function.is_async && !f.function.is_generator;
                let allowed = plain && !self.ctx.strict && matches!(at, Position::If | Position::Label);
                if !allowed {
                    let msg = if f.function.is_async {
                        "Async functions can only be declared at the top level or inside a block."
                    } else if f.function.is_generator {
                        "Generators can only be declared at the top level or inside a block."
                    } else if self.ctx.strict {
                        "In strict mode code, functions can only be declared at top level or inside a block."
                    } else {
                        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
                    };
                    self.err(f.function.span.lo, msg);
                }
            }
            Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                self.err(v.span.lo, "Lexical declaration cannot appear in a single-statement context")
            }
            Stmt::Decl(Decl::Class(c)) => self.err(c.class.span.lo, "Unexpected token 'class'"),
            Stmt::Labeled(_) if at != Position::Label => {
                if let Some(f) = labelled_function(s) {
                    self.err(
                        f.function.span.lo,
                        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                    );
                }
            }
            _ => {}
        }
        self.stmt(s);
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Block(b) => self.block(b),
            Stmt::Empty(_) | Stmt::Debugger(_) => {}
            Stmt::With(w) => {
                self.expr(&w.obj);
                self.sub_stmt(&w.body, Position::With);
            }
            Stmt::Return(r) => {
                if let Some(e) = &r.arg {
                    self.expr(e);
                }
            }
            Stmt::Labeled(l) => {
                self.ident(&l.label, IdentRole::Label);
                if self.jumps.labels.iter().any(|(n, _)| *n == *l.label.sym) {
                    self.err(l.label.span.lo, format!("Label '{}' has already been declared", l.label.sym));
                }
                let mut body = &*l.body;
                while let Stmt::Labeled(inner) = body {
                    body = &inner.body;
                }
                let iteration =
                    matches!(body, Stmt::While(_) | Stmt::DoWhile(_) | Stmt::For(_) | Stmt::ForIn(_) | Stmt::ForOf(_));
                self.jumps.labels.push((l.label.sym.to_string(), iteration));
                self.sub_stmt(&l.body, Position::Label);
                self.jumps.labels.pop();
            }
            Stmt::Break(b) => match &b.label {
                Some(l) => {
                    self.ident(l, IdentRole::Label);
                    if !self.jumps.labels.iter().any(|(n, _)| *n == *l.sym) {
                        self.err(l.span.lo, format!("Undefined label '{}'", l.sym));
                    }
                }
                None => {
                    if self.jumps.breakables == 0 {
                        self.err(b.span.lo, "Illegal break statement");
                    }
                }
            },
            Stmt::Continue(c) => match &c.label {
                Some(l) => {
                    self.ident(l, IdentRole::Label);
                    match self.jumps.labels.iter().rev().find(|(n, _)| *n == *l.sym) {
                        None => self.err(l.span.lo, format!("Undefined label '{}'", l.sym)),
                        Some((_, false)) => self.err(
                            l.span.lo,
                            format!("Illegal continue statement: '{}' does not denote an iteration statement", l.sym),
                        ),
                        Some(_) => {}
                    }
                }
                None => {
                    if self.jumps.loops == 0 {
                        self.err(c.span.lo, "Illegal continue statement: no surrounding iteration statement");
                    }
                }
            },
            Stmt::If(i) => {
                self.expr(&i.test);
                self.sub_stmt(&i.cons, Position::If);
                if let Some(a) = &i.alt {
                    self.sub_stmt(a, Position::If);
                }
            }
            Stmt::Switch(sw) => {
                self.expr(&sw.discriminant);
                let all: Vec<&Stmt> = sw.cases.iter().flat_map(|c| c.cons.iter()).collect();
                self.check_declarations(&all, ListKind::Block, &[], Vec::new());
                self.jumps.breakables += 1;
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    for s in &c.cons {
                        self.stmt(s);
                    }
                }
                self.jumps.breakables -= 1;
            }
            Stmt::Throw(t) => self.expr(&t.arg),
            Stmt::Try(t) => {
                self.block(&t.block);
                if let Some(h) = &t.handler {
                    if let Some(p) = &h.param {
                        self.catch_param(p, &h.body);
                        self.pat(p, IdentRole::Binding);
                    }
                    self.block(&h.body);
                }
                if let Some(f) = &t.finalizer {
                    self.block(f);
                }
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.loop_body(&w.body);
            }
            Stmt::DoWhile(w) => {
                self.loop_body(&w.body);
                self.expr(&w.test);
            }
            Stmt::For(f) => {
                match &f.init {
                    Some(VarDeclOrExpr::VarDecl(v)) => {
                        self.loop_head_decl(v, &f.body);
                        self.var_decl(v);
                    }
                    Some(VarDeclOrExpr::Expr(e)) => self.expr(e),
                    None => {}
                }
                if let Some(t) = &f.test {
                    // `for (a; b)`: the second `;` is never inserted (ASI does not apply
                    // inside a for head).
                    if f.update.is_none() && !strip_comments(self.parsed.text(t.span().hi, f.body.span().lo)).contains(';') {
                        self.err(t.span().hi, "Unexpected token ')'");
                    }
                    self.expr(t);
                }
                if let Some(u) = &f.update {
                    self.expr(u);
                }
                self.loop_body(&f.body);
            }
            Stmt::ForIn(f) => {
                if let ForHead::VarDecl(v) = &f.left {
                    // Annex B.3.5 allows an initializer only on a plain `var x` in sloppy code.
                    if let Some(d) = v.decls.first()
                        && v.kind == VarDeclKind::Var
                        && d.init.is_some()
                        && !matches!(d.name, Pat::Ident(_))
                    {
                        self.err(v.span.lo, "for-in loop variable declaration may not have an initializer.");
                    }
                }
                self.for_in_of(&f.left, &f.right, &f.body);
            }
            Stmt::ForOf(f) => self.for_in_of(&f.left, &f.right, &f.body),
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            Stmt::Decl(Decl::Fn(f)) => self.function(&f.function, Some(&f.ident), FnKind::Declaration),
            Stmt::Decl(Decl::Class(c)) => self.class(&c.class, Some(&c.ident)),
            Stmt::Decl(_) => {}
            Stmt::Expr(e) => {
                if starts_with_let_bracket(self.raw(e.expr.span())) {
                    self.err(e.expr.span().lo, "Lexical declaration cannot appear in a single-statement context");
                }
                self.expr(&e.expr)
            }
        }
    }

    /// `catch (param) { body }`: the parameter's names are distinct and not redeclared by
    /// the block's lexical declarations (nor by its vars when the parameter is a pattern).
    fn catch_param(&mut self, p: &Pat, body: &BlockStmt) {
        let mut ids = Vec::new();
        bound_names(p, &mut ids);
        let mut seen: HashMap<&str, BytePos> = HashMap::new();
        for id in &ids {
            if seen.insert(&id.sym, id.span.lo).is_some() {
                self.redeclared(id.span.lo, &id.sym);
            }
        }
        let stmts: Vec<&Stmt> = body.stmts.iter().collect();
        let mut lex = Vec::new();
        Self::lex_names(&stmts, ListKind::Block, &mut lex);
        for l in &lex {
            if seen.contains_key(l.name.as_str()) {
                self.redeclared(l.pos, &l.name);
            }
        }
        if !matches!(p, Pat::Ident(_)) {
            let mut vars = Vec::new();
            for s in &stmts {
                var_names(s, &mut vars);
            }
            for (v, pos) in vars {
                if seen.contains_key(v.as_str()) {
                    self.redeclared(pos, &v);
                }
            }
        }
    }

    /// A lexical declaration in a `for` head: distinct names, none redeclared by a var in
    /// the body.
    fn loop_head_decl(&mut self, v: &VarDecl, body: &Stmt) {
        if v.kind == VarDeclKind::Var {
            return;
        }
        let mut ids = Vec::new();
        for d in &v.decls {
            bound_names(&d.name, &mut ids);
        }
        let mut seen: HashMap<&str, BytePos> = HashMap::new();
        for id in &ids {
            if seen.insert(&id.sym, id.span.lo).is_some() {
                self.redeclared(id.span.lo, &id.sym);
            }
        }
        let mut vars = Vec::new();
        var_names(body, &mut vars);
        for (name, pos) in vars {
            if seen.contains_key(name.as_str()) {
                self.redeclared(pos, &name);
            }
        }
    }

    fn for_in_of(&mut self, left: &ForHead, right: &Expr, body: &Stmt) {
        match left {
            ForHead::VarDecl(v) => {
                self.loop_head_decl(v, body);
                self.var_decl(v);
            }
            ForHead::Pat(p) => self.pat(p, IdentRole::Assign),
            ForHead::UsingDecl(_) => {}
        }
        self.expr(right);
        self.loop_body(body);
    }

    fn var_decl(&mut self, v: &VarDecl) {
        for d in &v.decls {
            self.pat(&d.name, IdentRole::Binding);
            if let Some(init) = &d.init {
                self.expr(init);
            }
        }
    }

    // ----- identifiers and patterns -----

    fn ident(&mut self, id: &Ident, role: IdentRole) {
        let sym: &str = &id.sym;
        let raw = self.raw(id.span);
        let escaped = raw.contains('\\');
        if escaped && (starts_with_escaped_joiner(raw) || bad_escape(raw, "", "").is_some_and(|(_, m)| !m.is_empty())) {
            self.err(id.span.lo, "Invalid Unicode escape sequence");
        } else if escaped && KEYWORDS.contains(&sym) {
            self.err(id.span.lo, "Keyword must not contain escaped characters");
        } else if self.ctx.strict && STRICT_RESERVED.contains(&sym) {
            self.err(id.span.lo, "Unexpected strict mode reserved word");
        } else if escaped && (sym == "await" && self.ctx.await_kw || sym == "yield" && self.ctx.yield_kw) {
            self.err(id.span.lo, "Keyword must not contain escaped characters");
        } else if self.ctx.strict
            && matches!(role, IdentRole::Binding | IdentRole::Assign)
            && (sym == "eval" || sym == "arguments")
        {
            self.err(id.span.lo, "Unexpected eval or arguments in strict mode");
        }
    }

    /// A binding pattern (`role` Binding) or an assignment pattern (`role` Assign).
    fn pat(&mut self, p: &Pat, role: IdentRole) {
        match p {
            Pat::Ident(b) => self.ident(&b.id, role),
            Pat::Array(a) => {
                for e in a.elems.iter().flatten() {
                    self.pat(e, role);
                }
            }
            Pat::Object(o) => {
                for prop in &o.props {
                    match prop {
                        ObjectPatProp::KeyValue(kv) => {
                            self.prop_name(&kv.key);
                            self.pat(&kv.value, role);
                        }
                        ObjectPatProp::Assign(a) => {
                            self.ident(&a.key.id, role);
                            if let Some(v) = &a.value {
                                self.expr(v);
                            }
                        }
                        ObjectPatProp::Rest(r) => self.pat(&r.arg, role),
                    }
                }
            }
            Pat::Rest(r) => self.pat(&r.arg, role),
            Pat::Assign(a) => {
                self.pat(&a.left, role);
                self.expr(&a.right);
            }
            Pat::Expr(e) => self.assign_target_expr(e),
            Pat::Invalid(_) => {}
        }
    }

    /// An expression used as an assignment target.
    fn assign_target_expr(&mut self, e: &Expr) {
        match strip_parens(e) {
            Expr::Ident(id) => self.ident(id, IdentRole::Assign),
            other => self.expr(other),
        }
    }

    fn prop_name(&mut self, k: &PropName) {
        match k {
            PropName::Computed(c) => self.expr(&c.expr),
            PropName::Ident(i) if starts_with_escaped_joiner(self.raw(i.span)) => {
                self.err(i.span.lo, "Invalid or unexpected token");
            }
            PropName::Str(s) => self.str_lit(s),
            _ => {}
        }
    }

    /// A regular expression literal's flags and pattern are early errors (§13.2.7.2), checked
    /// with the same engine (regress) and flags as the runtime compiles them with.
    fn regex(&mut self, r: &Regex) {
        // A line terminator cannot be part of a literal (swc lets U+2028/U+2029 through).
        if r.exp.contains(['\u{2028}', '\u{2029}']) {
            return self.err(r.span.lo, "Invalid regular expression: missing /");
        }
        let flags: &str = &r.flags;
        let mut seen = String::new();
        for c in flags.chars() {
            if !"dgimsuvy".contains(c) || seen.contains(c) {
                return self.err(r.span.lo, "Invalid regular expression flags");
            }
            seen.push(c);
        }
        if seen.contains('u') && seen.contains('v') {
            return self.err(r.span.lo, "Invalid regular expression flags");
        }
        let unicode = seen.contains('u') || seen.contains('v');
        let cps: Vec<u32> =
            if unicode { r.exp.chars().map(u32::from).collect() } else { r.exp.encode_utf16().map(u32::from).collect() };
        let f = regress::Flags {
            icase: seen.contains('i'),
            multiline: seen.contains('m'),
            dot_all: seen.contains('s'),
            no_opt: true,
            unicode,
            unicode_sets: seen.contains('v'),
        };
        if let Err(e) = regress::Regex::from_unicode(cps.into_iter(), f) {
            self.err(r.span.lo, format!("Invalid regular expression: /{}/{}: {}", &*r.exp, flags, e.text));
        }
    }

    fn str_lit(&mut self, s: &Str) {
        let Some(raw) = s.raw.as_deref() else { return };
        let msg = if self.ctx.strict {
            bad_escape(raw, "Octal escape sequences are not allowed in strict mode.", "\\8 and \\9 are not allowed in strict mode.")
        } else {
            bad_escape(raw, "", "").filter(|(_, m)| !m.is_empty())
        };
        if let Some((at, m)) = msg {
            self.err(s.span.lo + BytePos(at as u32), m);
        }
    }

    /// The text of a method before its name (`static`, `async`, `get`, `set`, `*`): no
    /// escaped keyword, no line break after `async`.
    fn method_head(&mut self, lo: BytePos, key: &PropName, is_async: bool) {
        let head = self.parsed.text(lo, key.span().lo);
        self.method_head_text(head, lo, is_async);
    }

    fn method_head_text(&mut self, head: &str, lo: BytePos, is_async: bool) {
        if head.contains('\\') {
            self.err(lo, "Keyword must not contain escaped characters");
        } else if is_async
            && let Some(i) = head.rfind("async")
            && head[i..].contains(['\n', '\r', '\u{2028}', '\u{2029}'])
        {
            self.err(lo, "Unexpected token");
        }
    }

    fn private_ref(&mut self, p: &PrivateName) {
        let name: &str = &p.name;
        if !self.privates.iter().any(|names| names.iter().any(|n| n == name)) {
            self.err(p.span.lo, format!("Private field '#{name}' must be declared in an enclosing class"));
        }
    }

    // ----- functions and classes -----

    /// Checks the parameters of a function with the given (already entered) context.
    fn params(&mut self, params: &[&Pat], unique: bool) -> Vec<(String, BytePos)> {
        let mut ids = Vec::new();
        for p in params {
            bound_names(p, &mut ids);
        }
        let simple = is_simple_params(params.iter().copied());
        let mut seen: HashMap<&str, BytePos> = HashMap::new();
        for id in &ids {
            if seen.insert(&id.sym, id.span.lo).is_some() && (unique || self.ctx.strict || !simple) {
                self.err(id.span.lo, "Duplicate parameter name not allowed in this context");
            }
        }
        for p in params {
            self.pat(p, IdentRole::Binding);
        }
        ids.iter().map(|i| (i.sym.to_string(), i.span.lo)).collect()
    }

    fn function_body(&mut self, body: &[Stmt], params: &[(String, BytePos)]) {
        let stmts: Vec<&Stmt> = body.iter().collect();
        let params: Vec<(&str, BytePos)> = params.iter().map(|(n, p)| (n.as_str(), *p)).collect();
        self.stmt_list(&stmts, ListKind::TopLevel, &params);
    }

    fn function(&mut self, f: &Function, name: Option<&Ident>, kind: FnKind) {
        let saved = self.ctx;
        let saved_jumps = std::mem::take(&mut self.jumps);
        let saved_params = std::mem::replace(&mut self.in_arrow_params, false);
        let body_strict = f.body.as_ref().is_some_and(|b| directives_strict(&b.stmts));
        let inner = Ctx { strict: saved.strict || body_strict, await_kw: f.is_async, yield_kw: f.is_generator };
        if let Some(n) = name {
            // A declaration's name is bound outside (with the outer await/yield rules), an
            // expression's inside; both are strict if the body is.
            self.ctx = match kind {
                FnKind::Expression => inner,
                _ => Ctx { strict: inner.strict, ..saved },
            };
            self.ident(n, IdentRole::Binding);
        }
        self.ctx = inner;
        let pats: Vec<&Pat> = f.params.iter().map(|p| &p.pat).collect();
        let names = self.params(&pats, kind == FnKind::Method);
        if let Some(b) = &f.body {
            self.function_body(&b.stmts, &names);
        }
        self.ctx = saved;
        self.jumps = saved_jumps;
        self.in_arrow_params = saved_params;
    }

    fn arrow(&mut self, a: &ArrowExpr) {
        let saved = self.ctx;
        let saved_jumps = std::mem::take(&mut self.jumps);
        let saved_params = std::mem::replace(&mut self.in_arrow_params, false);
        let body_strict = matches!(&*a.body, ArrowFunctionBody::FunctionBody(b) if directives_strict(&b.stmts));
        // Parameters keep the enclosing yield/await rules unless the arrow is async.
        self.ctx = Ctx { strict: saved.strict || body_strict, await_kw: saved.await_kw || a.is_async, yield_kw: saved.yield_kw };
        let pats: Vec<&Pat> = a.params.iter().collect();
        self.in_arrow_params = true;
        let names = self.params(&pats, true);
        self.in_arrow_params = false;
        self.ctx = Ctx { strict: saved.strict || body_strict, await_kw: a.is_async, yield_kw: false };
        match &*a.body {
            ArrowFunctionBody::FunctionBody(b) => self.function_body(&b.stmts, &names),
            ArrowFunctionBody::Expr(e) => self.expr(e),
        }
        self.ctx = saved;
        self.jumps = saved_jumps;
        self.in_arrow_params = saved_params;
    }

    fn class(&mut self, c: &Class, name: Option<&Ident>) {
        let saved = self.ctx;
        // Member functions, initialisers and static blocks are all jump boundaries.
        let saved_jumps = std::mem::take(&mut self.jumps);
        let saved_params = std::mem::replace(&mut self.in_arrow_params, false);
        self.ctx.strict = true;
        if let Some(n) = name {
            self.ident(n, IdentRole::Binding);
        }
        // The heritage is evaluated in the enclosing private environment.
        if let Some(sc) = &c.super_class {
            self.expr(sc);
        }
        // Private names: each declared once, except one getter and one setter of the same
        // placement.
        let mut declared: HashMap<String, Vec<(PrivKind, bool)>> = HashMap::new();
        let mut names = Vec::new();
        for m in &c.body {
            let (key, kind, is_static) = match m {
                ClassMember::PrivateProp(p) => (&p.key, PrivKind::Field, p.is_static),
                ClassMember::PrivateMethod(p) => (
                    &p.key,
                    match p.kind {
                        MethodKind::Method => PrivKind::Method,
                        MethodKind::Getter => PrivKind::Getter,
                        MethodKind::Setter => PrivKind::Setter,
                    },
                    p.is_static,
                ),
                _ => continue,
            };
            if starts_with_escaped_joiner(self.raw(key.span)) {
                self.err(key.span.lo, "Invalid or unexpected token");
            }
            let entry = declared.entry(key.name.to_string()).or_default();
            let ok = match entry.as_slice() {
                [] => true,
                [(k, s)] => {
                    *s == is_static
                        && matches!((k, kind), (PrivKind::Getter, PrivKind::Setter) | (PrivKind::Setter, PrivKind::Getter))
                }
                _ => false,
            };
            if !ok {
                self.err(key.span.lo, format!("Identifier '#{}' has already been declared", key.name));
            }
            entry.push((kind, is_static));
            names.push(key.name.to_string());
        }
        self.privates.push(names);
        for m in &c.body {
            match m {
                ClassMember::Constructor(ctor) => {
                    let saved_m = self.ctx;
                    self.ctx = Ctx { strict: true, await_kw: false, yield_kw: false };
                    let pats: Vec<&Pat> = ctor
                        .params
                        .iter()
                        .filter_map(|p| match p {
                            ParamOrTsParamProp::Param(p) => Some(&p.pat),
                            ParamOrTsParamProp::TsParamProp(_) => None,
                        })
                        .collect();
                    let names = self.params(&pats, true);
                    if let Some(b) = &ctor.body {
                        self.function_body(&b.stmts, &names);
                    }
                    self.ctx = saved_m;
                }
                ClassMember::Method(m) => {
                    self.method_head(m.span.lo, &m.key, m.function.is_async);
                    self.prop_name(&m.key);
                    if m.is_static && prop_name_is(&m.key, "prototype") {
                        self.err(m.key.span().lo, "Classes may not have a static property named 'prototype'");
                    }
                    self.function(&m.function, None, FnKind::Method);
                }
                ClassMember::PrivateMethod(p) => {
                    let key_lo = p.key.span.lo;
                    let head = self.parsed.text(p.span.lo, key_lo);
                    self.method_head_text(head, p.span.lo, p.function.is_async);
                    self.function(&p.function, None, FnKind::Method)
                }
                ClassMember::ClassProp(p) => {
                    self.prop_name(&p.key);
                    if prop_name_is(&p.key, "constructor") {
                        self.err(p.key.span().lo, "Classes may not have a field named 'constructor'");
                    } else if p.is_static && prop_name_is(&p.key, "prototype") {
                        self.err(p.key.span().lo, "Classes may not have a static property named 'prototype'");
                    }
                    if let Some(v) = &p.value {
                        self.initializer(v);
                    }
                }
                ClassMember::PrivateProp(p) => {
                    if let Some(v) = &p.value {
                        self.initializer(v);
                    }
                }
                ClassMember::StaticBlock(b) => {
                    let saved_m = self.ctx;
                    self.ctx = Ctx { strict: true, await_kw: true, yield_kw: false };
                    self.function_body(&b.body.stmts, &[]);
                    self.ctx = saved_m;
                }
                _ => {}
            }
        }
        self.privates.pop();
        self.ctx = saved;
        self.jumps = saved_jumps;
        self.in_arrow_params = saved_params;
    }

    fn initializer(&mut self, v: &Expr) {
        let saved = self.ctx;
        self.ctx = Ctx { strict: true, await_kw: false, yield_kw: false };
        self.expr(v);
        self.ctx = saved;
    }

    // ----- expressions -----

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::This(_) | Expr::Lit(Lit::Num(_) | Lit::Bool(_) | Lit::Null(_) | Lit::BigInt(_)) => {}
            Expr::Lit(Lit::Regex(r)) => self.regex(r),
            Expr::Lit(Lit::Str(s)) => self.str_lit(s),
            Expr::Lit(_) => {}
            Expr::Ident(id) => self.ident(id, IdentRole::Reference),
            Expr::Array(a) => {
                for el in a.elems.iter().flatten() {
                    self.expr(&el.expr);
                }
            }
            Expr::Object(o) => {
                let mut proto = false;
                for p in &o.props {
                    if let PropOrSpread::Prop(p) = p
                        && let Prop::KeyValue(kv) = &**p
                        && prop_name_is(&kv.key, "__proto__")
                    {
                        if proto {
                            self.err(kv.key.span().lo, "Duplicate __proto__ fields are not allowed in object literals");
                        }
                        proto = true;
                    }
                }
                for p in &o.props {
                    match p {
                        PropOrSpread::Spread(s) => self.expr(&s.expr),
                        PropOrSpread::Prop(p) => match &**p {
                            Prop::Shorthand(id) => self.ident(id, IdentRole::Reference),
                            Prop::KeyValue(kv) => {
                                self.prop_name(&kv.key);
                                self.expr(&kv.value);
                            }
                            Prop::Assign(a) => {
                                self.ident(&a.key, IdentRole::Reference);
                                self.expr(&a.value);
                            }
                            Prop::Getter(g) => {
                                self.method_head(g.span.lo, &g.key, false);
                                self.prop_name(&g.key);
                                self.function(&g.function, None, FnKind::Method);
                            }
                            Prop::Setter(s) => {
                                self.method_head(s.span.lo, &s.key, false);
                                self.prop_name(&s.key);
                                self.function(&s.function, None, FnKind::Method);
                            }
                            Prop::Method(m) => {
                                self.method_head(m.function.span.lo, &m.key, m.function.is_async);
                                self.prop_name(&m.key);
                                self.function(&m.function, None, FnKind::Method);
                            }
                        },
                    }
                }
            }
            Expr::Fn(f) => self.function(&f.function, f.ident.as_ref(), FnKind::Expression),
            Expr::Arrow(a) => self.arrow(a),
            Expr::Unary(u) => {
                if u.op == UnaryOp::Delete {
                    match strip_parens(&u.arg) {
                        Expr::Ident(id) if self.ctx.strict => {
                            self.err(id.span.lo, "Delete of an unqualified identifier in strict mode.")
                        }
                        Expr::Member(MemberExpr { prop: MemberProp::PrivateName(p), .. }) => {
                            self.err(p.span.lo, "Private fields can not be deleted")
                        }
                        Expr::OptChain(OptChainExpr { base, .. }) => {
                            if let OptChainBase::Member(MemberExpr { prop: MemberProp::PrivateName(p), .. }) = &**base {
                                self.err(p.span.lo, "Private fields can not be deleted")
                            }
                        }
                        _ => {}
                    }
                }
                self.expr(&u.arg)
            }
            Expr::Update(u) => self.assign_target_expr(&u.arg),
            Expr::Bin(b) => {
                match &*b.left {
                    Expr::PrivateName(p) if b.op == BinaryOp::In => self.private_ref(p),
                    other => self.expr(other),
                }
                self.expr(&b.right);
            }
            Expr::Assign(a) => {
                match &a.left {
                    AssignTarget::Simple(SimpleAssignTarget::Ident(id)) => self.ident(&id.id, IdentRole::Assign),
                    AssignTarget::Simple(SimpleAssignTarget::Member(m)) => self.member(m),
                    AssignTarget::Simple(SimpleAssignTarget::Paren(p)) => self.assign_target_expr(&p.expr),
                    AssignTarget::Simple(SimpleAssignTarget::SuperProp(sp)) => self.super_prop(sp),
                    AssignTarget::Simple(_) => {}
                    AssignTarget::Pat(AssignTargetPat::Array(a)) => {
                        for e in a.elems.iter().flatten() {
                            self.pat(e, IdentRole::Assign);
                        }
                    }
                    AssignTarget::Pat(AssignTargetPat::Object(o)) => {
                        for prop in &o.props {
                            match prop {
                                ObjectPatProp::KeyValue(kv) => {
                                    self.prop_name(&kv.key);
                                    self.pat(&kv.value, IdentRole::Assign);
                                }
                                ObjectPatProp::Assign(ap) => {
                                    self.ident(&ap.key.id, IdentRole::Assign);
                                    if let Some(v) = &ap.value {
                                        self.expr(v);
                                    }
                                }
                                ObjectPatProp::Rest(r) => self.pat(&r.arg, IdentRole::Assign),
                            }
                        }
                    }
                    AssignTarget::Pat(AssignTargetPat::Invalid(_)) => {}
                }
                self.expr(&a.right);
            }
            Expr::Member(m) => self.member(m),
            Expr::SuperProp(sp) => self.super_prop(sp),
            Expr::Cond(c) => {
                self.expr(&c.test);
                self.expr(&c.cons);
                self.expr(&c.alt);
            }
            Expr::Call(c) => {
                if let Callee::Expr(e) = &c.callee {
                    self.expr(e);
                }
                if let (Callee::Import(_), Some(spread)) = (&c.callee, c.args.iter().find_map(|a| a.spread)) {
                    // ImportCall takes AssignmentExpressions, never `...x`.
                    self.err(spread.lo, "Unexpected token '...'");
                }
                for a in &c.args {
                    self.expr(&a.expr);
                }
            }
            Expr::New(n) => {
                if let Expr::Call(CallExpr { callee: Callee::Import(i), .. }) = &*n.callee {
                    self.err(i.span.lo, "Cannot use new with import");
                }
                self.expr(&n.callee);
                for a in n.args.iter().flatten() {
                    self.expr(&a.expr);
                }
            }
            Expr::Seq(s) => {
                for e in &s.exprs {
                    self.expr(e);
                }
            }
            Expr::Tpl(t) => {
                for q in &t.quasis {
                    if let Some((at, m)) = bad_escape(
                        &q.raw,
                        "Octal escape sequences are not allowed in template strings.",
                        "\\8 and \\9 are not allowed in template strings.",
                    ) {
                        self.err(q.span.lo + BytePos(at as u32), m);
                    }
                }
                for e in &t.exprs {
                    self.expr(e);
                }
            }
            Expr::TaggedTpl(t) => {
                self.expr(&t.tag);
                for e in &t.tpl.exprs {
                    self.expr(e);
                }
            }
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::OptChain(o) => match &*o.base {
                OptChainBase::Member(m) => self.member(m),
                OptChainBase::Call(c) => {
                    self.expr(&c.callee);
                    for a in &c.args {
                        self.expr(&a.expr);
                    }
                }
            },
            Expr::Class(c) => self.class(&c.class, c.ident.as_ref()),
            Expr::Yield(y) => {
                if self.in_arrow_params {
                    self.err(y.span.lo, "Yield expression not allowed in formal parameter");
                }
                if let Some(a) = &y.arg {
                    self.expr(a);
                }
            }
            Expr::Await(a) => {
                if self.in_arrow_params {
                    self.err(a.span.lo, "Illegal await-expression in formal parameters of async function");
                }
                self.expr(&a.arg)
            }
            // Only `#x in obj` may use a private name alone.
            Expr::PrivateName(p) => self.err(p.span.lo, format!("Unexpected identifier '#{}'", p.name)),
            Expr::MetaProp(m) if self.raw(m.span).contains('\\') => {
                let what = if m.kind == MetaPropKind::NewTarget { "new.target" } else { "import.meta" };
                self.err(m.span.lo, format!("'{what}' must not contain escaped characters"));
            }
            _ => {}
        }
    }

    fn member(&mut self, m: &MemberExpr) {
        self.expr(&m.obj);
        match &m.prop {
            MemberProp::Computed(c) => self.expr(&c.expr),
            MemberProp::PrivateName(p) => self.private_ref(p),
            MemberProp::Ident(_) => {}
        }
    }

    fn super_prop(&mut self, sp: &SuperPropExpr) {
        if let SuperProp::Computed(c) = &sp.prop {
            self.expr(&c.expr);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FnKind {
    Declaration,
    Expression,
    /// A method, accessor or constructor: UniqueFormalParameters.
    Method,
}

/// Whether a non-computed property name is `name`.
fn prop_name_is(k: &PropName, name: &str) -> bool {
    match k {
        PropName::Ident(i) => &*i.sym == name,
        PropName::Str(s) => s.value.as_str() == Some(name),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::{Goal, parse_file};

    fn first_error(src: &str) -> Option<String> {
        parse_file("t.js", src.to_string(), Goal::Script).err().map(|e| e[0].message.clone())
    }

    #[test]
    fn rejects_early_errors() {
        let cases = [
            ("{ let a; var a; }", "Identifier 'a' has already been declared"),
            ("{ let a; { var a; } }", "Identifier 'a' has already been declared"),
            ("switch (0) { case 1: let f; default: function f() {} }", "Identifier 'f' has already been declared"),
            ("'use strict'; { function f() {} function f() {} }", "Identifier 'f' has already been declared"),
            ("{ async function f() {} function f() {} }", "Identifier 'f' has already been declared"),
            ("function g() { let f; function f() {} }", "Identifier 'f' has already been declared"),
            ("try {} catch (e) { let e; }", "Identifier 'e' has already been declared"),
            ("try {} catch ([e]) { var e; }", "Identifier 'e' has already been declared"),
            ("for (let x of []) { var x; }", "Identifier 'x' has already been declared"),
            ("function f(a = 1, a) {}", "Duplicate parameter name not allowed in this context"),
            ("function f(a, a) { 'use strict'; }", "Duplicate parameter name not allowed in this context"),
            ("var f = (a, a) => 1;", "Duplicate parameter name not allowed in this context"),
            ("({ m(a, a) {} });", "Duplicate parameter name not allowed in this context"),
            ("function eval() { 'use strict'; }", "Unexpected eval or arguments in strict mode"),
            ("'a'; 'use strict'; eval = 1;", "Unexpected eval or arguments in strict mode"),
            ("'use strict'; ({ eval } = {});", "Unexpected eval or arguments in strict mode"),
            ("function f(static) { 'use strict'; }", "Unexpected strict mode reserved word"),
            ("function f() { '\\1'; 'use strict'; }", "Octal escape sequences are not allowed in strict mode."),
            ("'use strict'; '\\8';", "\\8 and \\9 are not allowed in strict mode."),
            ("`\\8`;", "\\8 and \\9 are not allowed in template strings."),
            ("'\\u{1F_639}';", "Invalid Unicode escape sequence"),
            ("var \\u0069f = 1;", "Keyword must not contain escaped characters"),
            ("async function f() { var \\u0061wait; }", "Keyword must not contain escaped characters"),
            ("({ g\\u0065t m() {} });", "Keyword must not contain escaped characters"),
            ("if (1) async function f() {}", "Async functions can only be declared at the top level or inside a block."),
            ("while (0) l: function f() {}", "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."),
            ("do let\n[x] = 0\nwhile (false);", "Lexical declaration cannot appear in a single-statement context"),
            ("for (var [a] = 0 in {});", "for-in loop variable declaration may not have an initializer."),
            ("for (false; false\n) {}", "Unexpected token ')'"),
            ("class C { #x; #x; }", "Identifier '#x' has already been declared"),
            ("class C { static get #x() {} set #x(v) {} }", "Identifier '#x' has already been declared"),
            ("class C extends (o => o.#x) { #x; }", "Private field '#x' must be declared in an enclosing class"),
            ("class C { #x; m() { delete (this.#x); } }", "Private fields can not be deleted"),
            ("class C { static prototype() {} }", "Classes may not have a static property named 'prototype'"),
            ("'use strict'; var x; delete ((x));", "Delete of an unqualified identifier in strict mode."),
            ("l: { while (1) { continue l; } }", "Illegal continue statement: 'l' does not denote an iteration statement"),
            ("while (1) { class C { static { break; } } }", "Illegal break statement"),
            ("({ __proto__: 1, __proto__: 2 });", "Duplicate __proto__ fields are not allowed in object literals"),
            ("function f() { new.t\\u0061rget; }", "'new.target' must not contain escaped characters"),
            ("async () => { (a = await 1) => {}; };", "Illegal await-expression in formal parameters of async function"),
            ("class C { #x; m() { #x in #x in this; } }", "Unexpected identifier '#x'"),
        ];
        for (src, msg) in cases {
            assert_eq!(first_error(src).as_deref(), Some(msg), "{src}");
        }
    }

    #[test]
    fn rejects_module_early_errors() {
        let cases = [
            ("var x; export { x }; export { x as x };", "Duplicate export of 'x'"),
            ("export default 1; export default 2;", "Duplicate export of 'default'"),
            ("export { y };", "Export 'y' is not defined in module"),
            ("import { a, b as a } from './m.js';", "Identifier 'a' has already been declared"),
            ("import a from './m.js'; var a;", "Identifier 'a' has already been declared"),
            ("export default function f() {} var f;", "Identifier 'f' has already been declared"),
            ("function f() {} function f() {}", "Identifier 'f' has already been declared"),
            ("export { '\\uD83D' as x } from './m.js';", "Invalid module export name: contains unpaired surrogate"),
            ("import x from './m.js' with { type: 'json', type: 'json' };", "Import assertion has duplicate key 'type'"),
        ];
        for (src, msg) in cases {
            let err = parse_file("t.mjs", src.to_string(), Goal::Module).err().map(|e| e[0].message.clone());
            assert_eq!(err.as_deref(), Some(msg), "{src}");
        }
    }

    #[test]
    fn accepts_valid_programs() {
        let cases = [
            "{ function f() {} function f() {} }",
            "switch (0) { case 1: function f() {} default: function f() {} }",
            "try {} catch (e) { var e; }",
            "try {} catch (e) { for (var e of []); }",
            "function f(a, a) {}",
            "function f(a) { var a; function a() {} }",
            "var f; function f() {}",
            "{ function f() {} } var f;",
            "l: function f() {}",
            "for (var a = 0 in {});",
            "for (;;) break;",
            "a: b: while (1) { continue a; }",
            "var yield, static, let;",
            "var \\u0061b = 1;",
            "({ __proto__: 1, ['__proto__']: 2, __proto__() {} });",
            "({ __proto__: a, __proto__: b } = {});",
            "class C { get #x() {} set #x(v) {} static m() { return class D extends C {}; } }",
            "class C { #x; m(o) { return #x in o; } }",
            "String.raw`\\8`;",
            "({ get a() { return 1; }, set a(v) {} });",
            "let x; { let x; var y; }",
            "function f() { 'use strict'; return '\\0'; }",
        ];
        for src in cases {
            assert_eq!(first_error(src), None, "{src}");
        }
    }
}
