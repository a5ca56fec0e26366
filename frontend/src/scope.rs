//! Scope analysis: every identifier reference (and every `this`) is resolved to a binding or
//! to the global object, with hoisting as the spec defines it (var and function declarations
//! to the function, let/const/class to their block, Annex B block functions), and with the
//! facts later stages need: which bindings a closure captures (they live in heap
//! environments), which references need a TDZ check, which bindings are reassigned.
//!
//! Nodes are identified by the byte position where they start (`span.lo`), plus a small
//! kind code for scopes, since a block and a statement can start at the same byte.

use std::collections::HashMap;

use swc_common::{BytePos, Spanned};
use swc_ecma_ast::*;

use crate::diag::Diagnostic;
use crate::parse::{Goal, Parsed};

pub type ScopeId = u32;
pub type BindingId = u32;
pub type FuncIndex = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingKind {
    Var,
    Let,
    Const,
    Class,
    /// A function declaration (hoisted with its value).
    Function,
    Param,
    CatchParam,
    /// The name of a named function expression, visible inside it; assignments are ignored
    /// (or throw in strict code).
    FunctionName,
    /// The implicit `this` of a non-arrow function.
    This,
    /// The implicit `arguments` object of a non-arrow function.
    Arguments,
    /// The home object of a method (what `super.x` looks up from).
    Home,
    /// The implicit `new.target` of a non-arrow function.
    NewTarget,
    /// The object of a `with` statement (ToObject of its expression), the one binding of the
    /// statement's `With` scope.
    WithObject,
}

impl BindingKind {
    pub fn is_lexical(self) -> bool {
        matches!(self, BindingKind::Let | BindingKind::Const | BindingKind::Class)
    }
}

#[derive(Clone, Debug)]
pub struct Binding {
    pub name: String,
    pub kind: BindingKind,
    pub scope: ScopeId,
    /// Referenced from a function other than the one that declares it.
    pub captured: bool,
    /// Assigned anywhere other than its declaration.
    pub reassigned: bool,
    /// Referenced (read or written) anywhere.
    pub used: bool,
    /// For lexical bindings: where the declaration ends; a reference before it needs a
    /// TDZ check.
    pub decl_end: u32,
    /// For a block-level function in sloppy code (Annex B): the function-scope `var` that
    /// also receives the function when the declaration is evaluated.
    pub annex_b_var: Option<BindingId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Function,
    Block,
    /// The head of a `for`/`for-in`/`for-of` with lexical declarations (fresh per iteration).
    For,
    Catch,
    Switch,
    /// A function body's var scope, separate from the parameters' scope when the parameter
    /// list has expressions (keyed at the body's position).
    Body,
    /// The body of a `with` statement: holds the object binding. A reference inside that
    /// resolves past it is looked up in the object first, at run time.
    With,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    pub func: FuncIndex,
    pub bindings: Vec<BindingId>,
    names: HashMap<String, BindingId>,
}

#[derive(Clone, Copy, Debug)]
pub struct Resolution {
    /// `None`: a global (property of the global object).
    pub binding: Option<BindingId>,
    pub tdz_check: bool,
}

#[derive(Clone, Debug)]
pub struct FuncScope {
    pub scope: ScopeId,
    /// Where the body's `var`s and functions live: `scope`, or a `Body` scope inside it when
    /// the parameter list has expressions.
    pub var_scope: ScopeId,
    pub is_arrow: bool,
    pub strict: bool,
    pub this_binding: Option<BindingId>,
    pub arguments_binding: Option<BindingId>,
    /// For methods, constructors and field initialisers: the binding of the home object,
    /// if `super.x` is used.
    pub home_binding: Option<BindingId>,
    /// The binding of `new.target`, if used (directly or from arrows).
    pub new_target_binding: Option<BindingId>,
    /// A method-like function (class member, object literal method, accessor): it has a
    /// home object and may use `super.x`.
    pub is_method: bool,
    /// `Some(derived)` for a class constructor.
    pub class_ctor: Option<bool>,
    /// Every parameter is a plain identifier (no defaults, rest or patterns).
    pub simple_params: bool,
    /// The bindings of the parameters' names.
    pub param_bindings: Vec<BindingId>,
    /// The function uses `arguments` and gets a mapped arguments object (sloppy code with a
    /// simple parameter list, §10.4.4.7): its parameters live in its environment, which the
    /// object reads and writes.
    pub mapped_arguments: bool,
}

#[derive(Default, Debug)]
pub struct ScopeInfo {
    pub scopes: Vec<Scope>,
    pub bindings: Vec<Binding>,
    pub funcs: Vec<FuncScope>,
    refs: HashMap<u32, Resolution>,
    this_refs: HashMap<u32, Resolution>,
    home_refs: HashMap<u32, Resolution>,
    scope_at: HashMap<(u32, ScopeKind), ScopeId>,
    func_at: HashMap<u32, FuncIndex>,
    /// For references inside `with` bodies that resolve past them: the object bindings of
    /// those `with` statements, innermost first.
    with_refs: HashMap<u32, Vec<BindingId>>,
    /// An ES module whose top level awaits (`await` or `for await` outside any function):
    /// its body is compiled as an async function.
    pub top_level_await: bool,
}

impl ScopeInfo {
    /// The resolution of the identifier starting at `pos`.
    pub fn resolve(&self, pos: BytePos) -> Resolution {
        self.refs.get(&pos.0).copied().unwrap_or(Resolution { binding: None, tdz_check: false })
    }
    /// The `with` objects the identifier starting at `pos` is looked up in before its
    /// resolution (innermost first); empty outside `with` bodies.
    pub fn with_objects(&self, pos: BytePos) -> &[BindingId] {
        self.with_refs.get(&pos.0).map_or(&[], |v| v.as_slice())
    }
    /// The resolution of the `this` expression starting at `pos`.
    pub fn resolve_this(&self, pos: BytePos) -> Resolution {
        self.this_refs.get(&pos.0).copied().unwrap_or(Resolution { binding: None, tdz_check: false })
    }
    /// The home-object binding for the `super` expression starting at `pos`.
    pub fn resolve_home(&self, pos: BytePos) -> Resolution {
        self.home_refs.get(&pos.0).copied().unwrap_or(Resolution { binding: None, tdz_check: false })
    }
    pub fn scope_at(&self, pos: BytePos, kind: ScopeKind) -> Option<ScopeId> {
        self.scope_at.get(&(pos.0, kind)).copied()
    }
    /// The function scope record of the function (or arrow) starting at `pos`; the program
    /// itself is at position 0.
    pub fn func_at(&self, pos: BytePos) -> &FuncScope {
        &self.funcs[self.func_at[&pos.0] as usize]
    }
    /// The binding named `name` declared directly in scope `s`.
    pub fn lookup_in(&self, s: ScopeId, name: &str) -> Option<BindingId> {
        self.scopes[s as usize].names.get(name).copied()
    }

    /// The function record whose function scope is `s`.
    pub fn func_at_scope(&self, s: ScopeId) -> Option<&FuncScope> {
        self.funcs.iter().find(|f| f.scope == s)
    }
    pub fn binding(&self, b: BindingId) -> &Binding {
        &self.bindings[b as usize]
    }
    pub fn scope(&self, s: ScopeId) -> &Scope {
        &self.scopes[s as usize]
    }
    /// Whether the scope needs a heap environment: some closure captures a binding of it.
    pub fn has_env(&self, s: ScopeId) -> bool {
        self.scopes[s as usize].bindings.iter().any(|&b| self.bindings[b as usize].captured)
    }

    /// The slot of captured binding `b` in its scope's environment.
    pub fn env_slot(&self, b: BindingId) -> u32 {
        let s = self.bindings[b as usize].scope;
        let slot = self.scopes[s as usize].bindings.iter().filter(|&&x| self.bindings[x as usize].captured).position(|&x| x == b);
        slot.expect("a captured binding") as u32
    }

    /// How many slots scope `s`'s environment has (its captured bindings).
    pub fn env_size(&self, s: ScopeId) -> u32 {
        self.scopes[s as usize].bindings.iter().filter(|&&b| self.bindings[b as usize].captured).count() as u32
    }
}

struct Analyzer<'a> {
    parsed: &'a Parsed,
    info: ScopeInfo,
    current: ScopeId,
    func: FuncIndex,
    error: Option<Diagnostic>,
    /// Inside a class body (all of which is strict code).
    class_depth: u32,
}

pub fn analyze(parsed: &Parsed) -> Result<ScopeInfo, Diagnostic> {
    let mut a = Analyzer { parsed, info: ScopeInfo::default(), current: 0, func: 0, error: None, class_depth: 0 };
    let (body, strict): (Vec<&Stmt>, bool) = match &parsed.program {
        Program::Module(m) => (crate::modules::module_statements(m), true),
        Program::Script(s) => {
            let strict = has_use_strict(&s.body);
            (s.body.iter().collect(), strict || parsed.goal == Goal::Module)
        }
    };
    a.enter_function(BytePos(0), false, strict, None);
    // A CommonJS file is the body of node's module wrapper function: its parameters are
    // ordinary bindings (assignable, capturable, shadowable by a top-level `var`).
    if parsed.goal == Goal::CommonJs {
        for name in crate::modules::WRAPPER_PARAMS {
            a.declare_in(a.current, name, BindingKind::Param, BytePos(0), 0);
        }
    }
    // Import bindings: immutable, initialised before the module body runs.
    if let Program::Module(m) = &parsed.program {
        for item in &m.body {
            if let ModuleItem::ModuleDecl(ModuleDecl::Import(i)) = item {
                for s in &i.specifiers {
                    let local = match s {
                        ImportSpecifier::Named(n) => &n.local,
                        ImportSpecifier::Default(d) => &d.local,
                        ImportSpecifier::Namespace(n) => &n.local,
                    };
                    a.declare_in(a.current, &local.sym, BindingKind::Const, local.span.lo, 0);
                    a.reference(local);
                }
            }
        }
    }
    a.hoist_function_body(&body);
    for s in &body {
        a.stmt(s);
    }
    // A module's exported bindings live in its environment, which importers read.
    if let Program::Module(m) = &parsed.program {
        for item in &m.body {
            if let ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(NamedExport { src: None, specifiers, .. })) = item {
                for s in specifiers {
                    if let ExportSpecifier::Named(n) = s {
                        if let ModuleExportName::Ident(id) = &n.orig {
                            a.reference(id);
                            if a.info.scopes[0].names.get(&*id.sym).is_none() {
                                a.fail(id.span.lo, format!("Export '{}' is not defined in module", id.sym));
                            }
                        }
                    }
                }
            }
        }
        let record = &parsed.record;
        for e in &record.exports {
            if let crate::modules::ExportEntry::Local { local, .. } = e {
                if let Some(&b) = a.info.scopes[0].names.get(local.as_str()) {
                    a.info.bindings[b as usize].captured = true;
                }
            }
        }
    }
    if let Some(e) = a.error {
        return Err(e);
    }
    Ok(a.info)
}

fn has_use_strict(stmts: &[Stmt]) -> bool {
    for s in stmts {
        match s {
            Stmt::Expr(ExprStmt { expr, .. }) => match &**expr {
                Expr::Lit(Lit::Str(s)) => {
                    if s.raw.as_deref() == Some("'use strict'") || s.raw.as_deref() == Some("\"use strict\"") {
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

impl Analyzer<'_> {
    fn fail(&mut self, pos: BytePos, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(self.parsed.diagnostic(pos, msg));
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, pos: BytePos) -> ScopeId {
        let id = self.info.scopes.len() as ScopeId;
        let parent = if self.info.scopes.is_empty() { None } else { Some(self.current) };
        self.info.scopes.push(Scope { kind, parent, func: self.func, bindings: Vec::new(), names: HashMap::new() });
        self.info.scope_at.insert((pos.0, kind), id);
        self.current = id;
        id
    }

    fn pop_scope(&mut self) {
        self.current = self.info.scopes[self.current as usize].parent.unwrap_or(0);
    }

    fn enter_function(&mut self, pos: BytePos, is_arrow: bool, strict: bool, _name: Option<&Ident>) {
        let f = self.info.funcs.len() as FuncIndex;
        self.func = f;
        self.info.func_at.insert(pos.0, f);
        let scope = self.push_scope(ScopeKind::Function, pos);
        self.info.funcs.push(FuncScope {
            scope,
            var_scope: scope,
            is_arrow,
            strict,
            this_binding: None,
            arguments_binding: None,
            home_binding: None,
            new_target_binding: None,
            is_method: false,
            class_ctor: None,
            simple_params: true,
            param_bindings: Vec::new(),
            mapped_arguments: false,
        });
    }

    fn strict(&self) -> bool {
        self.class_depth > 0 || self.info.funcs[self.func as usize].strict
    }

    /// Declares `name` in scope `s`; a redeclaration of a var-like binding reuses it.
    fn declare_in(&mut self, s: ScopeId, name: &str, kind: BindingKind, pos: BytePos, end: u32) -> BindingId {
        if let Some(&b) = self.info.scopes[s as usize].names.get(name) {
            let old = self.info.bindings[b as usize].kind;
            let var_like = |k: BindingKind| matches!(k, BindingKind::Var | BindingKind::Function | BindingKind::Param);
            if kind.is_lexical() || old.is_lexical() && !matches!(kind, BindingKind::FunctionName) {
                if !(old == BindingKind::FunctionName) {
                    self.fail(pos, format!("Identifier '{name}' has already been declared"));
                }
            } else if var_like(kind) && var_like(old) {
                if kind == BindingKind::Function {
                    self.info.bindings[b as usize].kind = BindingKind::Function;
                }
                return b;
            } else if old == BindingKind::FunctionName {
                // A parameter or var of the same name shadows the function's own name.
                self.info.bindings[b as usize].kind = kind;
                return b;
            } else {
                return b;
            }
        }
        let id = self.info.bindings.len() as BindingId;
        self.info.bindings.push(Binding {
            name: name.to_string(),
            kind,
            scope: s,
            captured: false,
            reassigned: false,
            used: false,
            decl_end: end,
            annex_b_var: None,
        });
        let sc = &mut self.info.scopes[s as usize];
        sc.bindings.push(id);
        sc.names.insert(name.to_string(), id);
        id
    }

    fn func_scope(&self) -> ScopeId {
        self.info.funcs[self.func as usize].var_scope
    }

    /// Parameter patterns and the body's hoisting. With parameter expressions the body's vars
    /// get an environment of their own (FunctionDeclarationInstantiation step 28): the
    /// patterns are analysed first, so closures in them never see the body's vars, and a var
    /// named like a parameter is a new binding (lowering starts it with the parameter's value).
    fn params_and_hoisting(&mut self, params: &[&Pat], stmts: &[Stmt], body_pos: BytePos, exprs: bool) {
        let refs: Vec<&Stmt> = stmts.iter().collect();
        if exprs {
            for p in params {
                self.pat(p, false);
            }
            let vs = self.push_scope(ScopeKind::Body, body_pos);
            self.info.funcs[self.func as usize].var_scope = vs;
            self.hoist_function_body(&refs);
        } else {
            self.hoist_function_body(&refs);
            for p in params {
                self.pat(p, false);
            }
        }
    }

    // ----- hoisting -----

    fn hoist_function_body(&mut self, stmts: &[&Stmt]) {
        let fs = self.func_scope();
        let mut names = Vec::new();
        for s in stmts {
            collect_vars(s, &mut names);
        }
        // `var arguments` in a function names the arguments object (the var binding is the
        // one FunctionDeclarationInstantiation made for it), so it declares nothing new.
        let arguments_object = self.func != 0 && !self.info.funcs[self.func as usize].is_arrow;
        for (name, pos) in names {
            if arguments_object && name == "arguments" {
                continue;
            }
            self.declare_in(fs, &name, BindingKind::Var, pos, 0);
        }
        self.hoist_lexical(stmts, fs, true);
    }

    /// Declares the let/const/class and function declarations directly in `stmts`.
    fn hoist_lexical(&mut self, stmts: &[&Stmt], s: ScopeId, function_level: bool) {
        for st in stmts {
            match st {
                Stmt::Decl(Decl::Var(v)) if v.kind != VarDeclKind::Var => {
                    let kind = if v.kind == VarDeclKind::Const { BindingKind::Const } else { BindingKind::Let };
                    for d in &v.decls {
                        let mut ids = Vec::new();
                        pat_idents(&d.name, &mut ids);
                        for id in ids {
                            self.declare_in(s, &id.sym, kind, id.span.lo, d.span.hi.0);
                        }
                    }
                }
                Stmt::Decl(Decl::Class(c)) => {
                    self.declare_in(s, &c.ident.sym, BindingKind::Class, c.ident.span.lo, c.class.span.hi.0);
                }
                Stmt::Decl(Decl::Fn(f)) => {
                    if function_level {
                        self.declare_in(s, &f.ident.sym, BindingKind::Function, f.ident.span.lo, 0);
                    } else {
                        let b = self.declare_in(s, &f.ident.sym, BindingKind::Function, f.ident.span.lo, 0);
                        if !self.strict() {
                            // Annex B.3.3: also a var in the function, unless a lexical binding
                            // of the same name would conflict.
                            let fs = self.func_scope();
                            let conflict = self.info.scopes[fs as usize]
                                .names
                                .get(&*f.ident.sym)
                                .is_some_and(|&v| self.info.bindings[v as usize].kind.is_lexical());
                            if !conflict {
                                let v = self.declare_in(fs, &f.ident.sym, BindingKind::Var, f.ident.span.lo, 0);
                                self.info.bindings[b as usize].annex_b_var = Some(v);
                            }
                        }
                    }
                }
                Stmt::Labeled(l) => {
                    if let Stmt::Decl(Decl::Fn(_)) = &*l.body {
                        self.hoist_lexical(&[&*l.body], s, function_level);
                    }
                }
                _ => {}
            }
        }
    }

    // ----- resolution -----

    fn lookup(&mut self, name: &str) -> Option<BindingId> {
        self.lookup_through_with(name).0
    }

    /// The binding `name` resolves to, and the objects of the `with` statements whose bodies
    /// the search left on the way (innermost first).
    fn lookup_through_with(&mut self, name: &str) -> (Option<BindingId>, Vec<BindingId>) {
        let mut withs = Vec::new();
        let mut s = Some(self.current);
        while let Some(id) = s {
            let sc = &self.info.scopes[id as usize];
            if let Some(&b) = sc.names.get(name) {
                return (Some(b), withs);
            }
            if sc.kind == ScopeKind::With {
                withs.extend(sc.bindings.first().copied());
            }
            if sc.kind == ScopeKind::Function && name == "arguments" {
                let f = sc.func as usize;
                if !self.info.funcs[f].is_arrow {
                    if let Some(b) = self.info.funcs[f].arguments_binding {
                        return (Some(b), withs);
                    }
                    let b = self.declare_in(id, "arguments", BindingKind::Arguments, BytePos(0), 0);
                    self.info.funcs[f].arguments_binding = Some(b);
                    let func = &self.info.funcs[f];
                    // (The program itself is no function: its `arguments` is unmapped.)
                    if f != 0 && !func.strict && func.simple_params {
                        self.info.funcs[f].mapped_arguments = true;
                        // The arguments object aliases the parameters through their slots.
                        for p in self.info.funcs[f].param_bindings.clone() {
                            self.info.bindings[p as usize].captured = true;
                        }
                    }
                    return (Some(b), withs);
                }
            }
            s = sc.parent;
        }
        (None, withs)
    }

    fn reference(&mut self, id: &Ident) {
        let (b, withs) = self.lookup_through_with(&id.sym);
        let res = self.resolution(b, id.span.lo);
        self.info.refs.insert(id.span.lo.0, res);
        if !withs.is_empty() {
            for &w in &withs {
                // Marks the object binding captured when the reference is in a closure.
                self.resolution(Some(w), id.span.lo);
            }
            self.info.with_refs.insert(id.span.lo.0, withs);
        }
    }

    fn resolution(&mut self, b: Option<BindingId>, pos: BytePos) -> Resolution {
        let Some(b) = b else { return Resolution { binding: None, tdz_check: false } };
        self.info.bindings[b as usize].used = true;
        let binding = &self.info.bindings[b as usize];
        let bscope = &self.info.scopes[binding.scope as usize];
        let other_func = bscope.func != self.func;
        let tdz_check = binding.kind.is_lexical() && (other_func || pos.0 < binding.decl_end || bscope.kind == ScopeKind::Switch)
            // A parameter read by an earlier parameter's initializer (or its own).
            || binding.kind == BindingKind::Param && pos.0 < binding.decl_end;
        if other_func {
            self.info.bindings[b as usize].captured = true;
        }
        Resolution { binding: Some(b), tdz_check }
    }

    fn assign_ident(&mut self, id: &Ident) {
        self.reference(id);
        if let Some(b) = self.info.refs[&id.span.lo.0].binding {
            self.info.bindings[b as usize].reassigned = true;
        }
    }

    fn this_ref(&mut self, pos: BytePos) {
        let mut s = Some(self.current);
        while let Some(id) = s {
            let sc = &self.info.scopes[id as usize];
            if sc.kind == ScopeKind::Function && !self.info.funcs[sc.func as usize].is_arrow {
                let f = sc.func as usize;
                let b = match self.info.funcs[f].this_binding {
                    Some(b) => b,
                    None => {
                        let b = self.declare_in(id, "this", BindingKind::This, BytePos(0), 0);
                        self.info.funcs[f].this_binding = Some(b);
                        b
                    }
                };
                let mut res = self.resolution(Some(b), pos);
                // `this` in a derived constructor is bound by super().
                if self.info.funcs[f].class_ctor == Some(true) {
                    res.tdz_check = true;
                }
                self.info.this_refs.insert(pos.0, res);
                return;
            }
            s = sc.parent;
        }
    }

    /// `#x`: the private name binding of the nearest class declaring it.
    fn private_ref(&mut self, p: &PrivateName) {
        let key = format!("#{}", p.name);
        match self.lookup(&key) {
            Some(b) => {
                let res = self.resolution(Some(b), p.span.lo);
                self.info.refs.insert(p.span.lo.0, Resolution { binding: res.binding, tdz_check: false });
            }
            None => self.fail(p.span.lo, format!("Private field '{key}' must be declared in an enclosing class")),
        }
    }

    /// `new.target`: resolves to the nearest non-arrow function's binding.
    fn new_target_ref(&mut self, pos: BytePos) {
        let mut s = Some(self.current);
        while let Some(id) = s {
            let sc = &self.info.scopes[id as usize];
            if sc.kind == ScopeKind::Function && !self.info.funcs[sc.func as usize].is_arrow {
                let f = sc.func as usize;
                if f == 0 {
                    break;
                }
                let b = match self.info.funcs[f].new_target_binding {
                    Some(b) => b,
                    None => {
                        let b = self.declare_in(id, "%newtarget", BindingKind::NewTarget, BytePos(0), 0);
                        self.info.funcs[f].new_target_binding = Some(b);
                        b
                    }
                };
                let res = self.resolution(Some(b), pos);
                self.info.this_refs.insert(pos.0, res);
                return;
            }
            s = sc.parent;
        }
        self.fail(pos, "new.target expression is not allowed here");
    }

    /// `super.x`: resolves the home object of the nearest method (through arrows).
    fn home_ref(&mut self, pos: BytePos) {
        let mut s = Some(self.current);
        while let Some(id) = s {
            let sc = &self.info.scopes[id as usize];
            if sc.kind == ScopeKind::Function && !self.info.funcs[sc.func as usize].is_arrow {
                let f = sc.func as usize;
                if !self.info.funcs[f].is_method {
                    self.fail(pos, "'super' keyword unexpected here");
                    return;
                }
                let b = match self.info.funcs[f].home_binding {
                    Some(b) => b,
                    None => {
                        let b = self.declare_in(id, "%home", BindingKind::Home, BytePos(0), 0);
                        self.info.funcs[f].home_binding = Some(b);
                        b
                    }
                };
                let res = self.resolution(Some(b), pos);
                self.info.home_refs.insert(pos.0, res);
                self.this_ref(pos);
                return;
            }
            s = sc.parent;
        }
        self.fail(pos, "'super' keyword unexpected here");
    }

    // ----- the walk -----

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &BlockStmt) {
        self.push_scope(ScopeKind::Block, b.span.lo);
        let refs: Vec<&Stmt> = b.stmts.iter().collect();
        let s = self.current;
        self.hoist_lexical(&refs, s, false);
        self.stmts(&b.stmts);
        self.pop_scope();
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Block(b) => self.block(b),
            Stmt::Empty(_) | Stmt::Debugger(_) => {}
            Stmt::With(w) => {
                self.expr(&w.obj);
                let s = self.push_scope(ScopeKind::With, w.span.lo);
                self.declare_in(s, "%with", BindingKind::WithObject, w.span.lo, 0);
                self.stmt(&w.body);
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(e) = &r.arg {
                    self.expr(e);
                }
            }
            Stmt::Labeled(l) => self.stmt(&l.body),
            Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmt(&i.cons);
                if let Some(a) = &i.alt {
                    self.stmt(a);
                }
            }
            Stmt::Switch(sw) => {
                self.expr(&sw.discriminant);
                self.push_scope(ScopeKind::Switch, sw.span.lo);
                let all: Vec<&Stmt> = sw.cases.iter().flat_map(|c| c.cons.iter()).collect();
                let sc = self.current;
                self.hoist_lexical(&all, sc, false);
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.cons);
                }
                self.pop_scope();
            }
            Stmt::Throw(t) => self.expr(&t.arg),
            Stmt::Try(t) => {
                self.block(&t.block);
                if let Some(h) = &t.handler {
                    self.push_scope(ScopeKind::Catch, h.span.lo);
                    if let Some(p) = &h.param {
                        let mut ids = Vec::new();
                        pat_idents(p, &mut ids);
                        let sc = self.current;
                        for id in &ids {
                            self.declare_in(sc, &id.sym, BindingKind::CatchParam, id.span.lo, 0);
                        }
                        self.pat(p, false);
                    }
                    self.block(&h.body);
                    self.pop_scope();
                }
                if let Some(f) = &t.finalizer {
                    self.block(f);
                }
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmt(&w.body);
            }
            Stmt::DoWhile(w) => {
                self.stmt(&w.body);
                self.expr(&w.test);
            }
            Stmt::For(f) => {
                let lexical = matches!(&f.init, Some(VarDeclOrExpr::VarDecl(v)) if v.kind != VarDeclKind::Var);
                if lexical {
                    self.push_scope(ScopeKind::For, f.span.lo);
                    if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                        let st = Stmt::Decl(Decl::Var(v.clone()));
                        let sc = self.current;
                        self.hoist_lexical(&[&st], sc, false);
                    }
                }
                match &f.init {
                    Some(VarDeclOrExpr::VarDecl(v)) => self.var_decl(v),
                    Some(VarDeclOrExpr::Expr(e)) => self.expr(e),
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t);
                }
                if let Some(u) = &f.update {
                    self.expr(u);
                }
                self.stmt(&f.body);
                if lexical {
                    self.pop_scope();
                }
            }
            Stmt::ForIn(f) => self.for_in_of(f.span.lo, &f.left, &f.right, &f.body),
            Stmt::ForOf(f) => {
                if f.is_await && self.func == 0 {
                    self.info.top_level_await = true;
                }
                self.for_in_of(f.span.lo, &f.left, &f.right, &f.body)
            }
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            Stmt::Decl(Decl::Fn(f)) => {
                self.reference(&f.ident);
                self.function(&f.function, Some(&f.ident), false);
            }
            Stmt::Decl(Decl::Class(c)) => {
                self.reference(&c.ident);
                self.class(&c.class, Some(&c.ident));
            }
            Stmt::Decl(d) => self.fail(d.span().lo, "this declaration is not supported yet"),
            Stmt::Expr(e) => self.expr(&e.expr),
        }
    }

    fn for_in_of(&mut self, pos: BytePos, left: &ForHead, right: &Expr, body: &Stmt) {
        self.expr(right);
        let lexical = matches!(left, ForHead::VarDecl(v) if v.kind != VarDeclKind::Var);
        if lexical {
            self.push_scope(ScopeKind::For, pos);
            if let ForHead::VarDecl(v) = left {
                let st = Stmt::Decl(Decl::Var(v.clone()));
                let sc = self.current;
                self.hoist_lexical(&[&st], sc, false);
                // The loop variable is initialised by the loop itself: no TDZ inside the body.
                for &b in &self.info.scopes[sc as usize].bindings.clone() {
                    self.info.bindings[b as usize].decl_end = 0;
                }
            }
        }
        match left {
            ForHead::VarDecl(v) => {
                for d in &v.decls {
                    self.pat(&d.name, false);
                }
            }
            ForHead::Pat(p) => self.pat(p, true),
            ForHead::UsingDecl(u) => self.fail(u.span.lo, "`using` declarations are not supported yet"),
        }
        self.stmt(body);
        if lexical {
            self.pop_scope();
        }
    }

    fn var_decl(&mut self, v: &VarDecl) {
        for d in &v.decls {
            if let Some(init) = &d.init {
                self.expr(init);
            }
            self.pat(&d.name, false);
        }
    }

    /// Resolves the identifiers a pattern binds or assigns, and visits its defaults.
    fn pat(&mut self, p: &Pat, assign: bool) {
        match p {
            Pat::Ident(id) => {
                if assign {
                    self.assign_ident(&id.id);
                } else {
                    self.reference(&id.id);
                }
            }
            Pat::Array(a) => {
                for e in a.elems.iter().flatten() {
                    self.pat(e, assign);
                }
            }
            Pat::Object(o) => {
                for prop in &o.props {
                    match prop {
                        ObjectPatProp::KeyValue(kv) => {
                            if let PropName::Computed(c) = &kv.key {
                                self.expr(&c.expr);
                            }
                            self.pat(&kv.value, assign);
                        }
                        ObjectPatProp::Assign(a) => {
                            if let Some(v) = &a.value {
                                self.expr(v);
                            }
                            if assign {
                                self.assign_ident(&a.key.id);
                            } else {
                                self.reference(&a.key.id);
                            }
                        }
                        ObjectPatProp::Rest(r) => self.pat(&r.arg, assign),
                    }
                }
            }
            Pat::Rest(r) => self.pat(&r.arg, assign),
            Pat::Assign(a) => {
                self.expr(&a.right);
                self.pat(&a.left, assign);
            }
            Pat::Expr(e) => self.expr(e),
            Pat::Invalid(i) => self.fail(i.span.lo, "invalid pattern"),
        }
    }

    fn function(&mut self, f: &Function, name: Option<&Ident>, expr_name: bool) {
        self.function_with(f, name, expr_name, false);
    }

    fn function_with(&mut self, f: &Function, name: Option<&Ident>, expr_name: bool, is_method: bool) {
        let (saved_scope, saved_func) = (self.current, self.func);
        let body_strict = f.body.as_ref().is_some_and(|b| has_use_strict(&b.stmts));
        // Class bodies are strict; a class scope is a Block scope whose function is strict
        // only if the class is, so class members inherit strictness from `is_method` callers.
        let strict = self.strict() || body_strict;
        self.enter_function(f.span.lo, false, strict, name);
        self.info.funcs[self.func as usize].is_method = is_method;
        let fs = self.current;
        if expr_name {
            if let Some(n) = name {
                self.declare_in(fs, &n.sym, BindingKind::FunctionName, n.span.lo, 0);
            }
        }
        let exprs = f.params.iter().any(|p| has_expressions(&p.pat));
        self.info.funcs[self.func as usize].simple_params = f.params.iter().all(|p| matches!(p.pat, Pat::Ident(_)));
        for p in &f.params {
            let mut ids = Vec::new();
            pat_idents(&p.pat, &mut ids);
            for id in ids {
                let b = self.declare_in(fs, &id.sym, BindingKind::Param, id.span.lo, param_end(exprs, &p.pat));
                self.info.funcs[self.func as usize].param_bindings.push(b);
            }
        }
        let params: Vec<&Pat> = f.params.iter().map(|p| &p.pat).collect();
        match &f.body {
            Some(body) => self.params_and_hoisting(&params, &body.stmts, body.span.lo, exprs),
            None => params.iter().for_each(|p| self.pat(p, false)),
        }
        if let Some(n) = name {
            if expr_name {
                self.reference(n);
            }
        }
        if let Some(body) = &f.body {
            self.stmts(&body.stmts);
        }
        self.current = saved_scope;
        self.func = saved_func;
    }

    /// A method-like function: it has a home object for `super`.
    fn method(&mut self, f: &Function) {
        self.function_with(f, None, false, true);
    }

    /// A class: its own scope holds the inner name binding; the constructor, methods and
    /// field initialisers are functions (instance fields share one initialiser keyed at the
    /// class's position; each static field or block has its own, keyed at its position).
    fn class(&mut self, c: &Class, name: Option<&Ident>) {
        let saved = self.current;
        self.class_depth += 1;
        self.push_scope(ScopeKind::Block, c.span.lo);
        let cs = self.current;
        if let Some(n) = name {
            self.declare_in(cs, &n.sym, BindingKind::Const, n.span.lo, c.span.hi.0);
        }
        // Private names (#x) are bindings of the class scope, holding the private symbol;
        // a private method or accessor also gets a binding for its function(s).
        for m in &c.body {
            let (name, extra): (&str, &[&str]) = match m {
                ClassMember::PrivateProp(p) => (&p.key.name, &[]),
                ClassMember::PrivateMethod(p) => (
                    &p.key.name,
                    match p.kind {
                        MethodKind::Method => &["()"],
                        MethodKind::Getter => &[".get"],
                        MethodKind::Setter => &[".set"],
                    },
                ),
                _ => continue,
            };
            let key = format!("#{name}");
            // Member initialisers and methods (other functions) read these: they live in the
            // class scope's environment.
            if !self.info.scopes[cs as usize].names.contains_key(&key) {
                let b = self.declare_in(cs, &key, BindingKind::Const, c.span.lo, 0);
                self.info.bindings[b as usize].captured = true;
            }
            for e in extra {
                let b = self.declare_in(cs, &format!("#{name}{e}"), BindingKind::Const, c.span.lo, 0);
                self.info.bindings[b as usize].captured = true;
            }
        }
        if let Some(sc) = &c.super_class {
            self.expr(sc);
        }
        let derived = c.super_class.is_some();
        // Computed keys are evaluated in the class scope, in order.
        for m in &c.body {
            match m {
                ClassMember::Method(m) => self.prop_name(&m.key),
                ClassMember::ClassProp(p) => self.prop_name(&p.key),
                _ => {}
            }
        }
        for m in &c.body {
            match m {
                ClassMember::Constructor(ctor) => self.constructor(ctor, derived),
                ClassMember::Method(m) => self.method(&m.function),
                ClassMember::ClassProp(p) if p.is_static => {
                    if let Some(v) = &p.value {
                        self.initializer(p.span.lo, |a| a.expr(v));
                    }
                }
                ClassMember::StaticBlock(b) => {
                    self.initializer(b.span.lo, |a| {
                        let refs: Vec<&Stmt> = b.body.stmts.iter().collect();
                        a.hoist_function_body(&refs);
                        a.stmts(&b.body.stmts);
                    });
                }
                ClassMember::ClassProp(_) | ClassMember::Empty(_) | ClassMember::TsIndexSignature(_) => {}
                ClassMember::PrivateMethod(p) => self.method(&p.function),
                ClassMember::PrivateProp(p) if p.is_static => {
                    if let Some(v) = &p.value {
                        self.initializer(p.span.lo, |a| a.expr(v));
                    }
                }
                ClassMember::PrivateProp(_) => {}
                ClassMember::AutoAccessor(a) => self.fail(a.span.lo, "auto-accessors are not supported"),
            }
        }
        // All instance fields: one initialiser function, run on each new instance.
        let fields: Vec<&Expr> = c
            .body
            .iter()
            .filter_map(|m| match m {
                ClassMember::ClassProp(p) if !p.is_static => Some(p.value.as_deref()),
                ClassMember::PrivateProp(p) if !p.is_static => Some(p.value.as_deref()),
                _ => None,
            })
            .flatten()
            .collect();
        let has_instance_members = c.body.iter().any(|m| match m {
            ClassMember::ClassProp(p) => !p.is_static,
            ClassMember::PrivateProp(p) => !p.is_static,
            ClassMember::PrivateMethod(p) => !p.is_static,
            _ => false,
        });
        if has_instance_members {
            self.initializer(c.span.lo, |a| {
                for v in &fields {
                    a.expr(v);
                }
            });
        }
        self.current = saved;
        self.class_depth -= 1;
    }

    /// A field initialiser or static block: a method-like function of its own.
    fn initializer(&mut self, pos: BytePos, body: impl FnOnce(&mut Self)) {
        let (saved_scope, saved_func) = (self.current, self.func);
        let strict = true;
        self.enter_function(pos, false, strict, None);
        self.info.funcs[self.func as usize].is_method = true;
        body(self);
        self.current = saved_scope;
        self.func = saved_func;
    }

    fn constructor(&mut self, ctor: &Constructor, derived: bool) {
        let (saved_scope, saved_func) = (self.current, self.func);
        self.enter_function(ctor.span.lo, false, true, None);
        let fi = self.func as usize;
        self.info.funcs[fi].is_method = true;
        self.info.funcs[fi].class_ctor = Some(derived);
        let fs = self.current;
        let params: Vec<&Pat> = ctor.params.iter().filter_map(|p| match p {
            ParamOrTsParamProp::Param(p) => Some(&p.pat),
            ParamOrTsParamProp::TsParamProp(_) => None,
        }).collect();
        let exprs = params.iter().any(|p| has_expressions(p));
        self.info.funcs[fi].simple_params = params.iter().all(|p| matches!(p, Pat::Ident(_)));
        for p in &params {
            let mut ids = Vec::new();
            pat_idents(p, &mut ids);
            for id in ids {
                let b = self.declare_in(fs, &id.sym, BindingKind::Param, id.span.lo, param_end(exprs, p));
                self.info.funcs[self.func as usize].param_bindings.push(b);
            }
        }
        match &ctor.body {
            Some(body) => self.params_and_hoisting(&params, &body.stmts, body.span.lo, exprs),
            None => params.iter().for_each(|p| self.pat(p, false)),
        }
        // The constructor always has `this` (it returns it).
        self.this_ref(ctor.span.lo);
        if let Some(body) = &ctor.body {
            self.stmts(&body.stmts);
        }
        self.current = saved_scope;
        self.func = saved_func;
    }

    fn arrow(&mut self, a: &ArrowExpr) {
        let (saved_scope, saved_func) = (self.current, self.func);
        let body_strict = matches!(&*a.body, ArrowFunctionBody::FunctionBody(b) if has_use_strict(&b.stmts));
        let strict = self.strict() || body_strict;
        self.enter_function(a.span.lo, true, strict, None);
        let fs = self.current;
        let exprs = a.params.iter().any(has_expressions);
        self.info.funcs[self.func as usize].simple_params = a.params.iter().all(|p| matches!(p, Pat::Ident(_)));
        for p in &a.params {
            let mut ids = Vec::new();
            pat_idents(p, &mut ids);
            for id in ids {
                let b = self.declare_in(fs, &id.sym, BindingKind::Param, id.span.lo, param_end(exprs, p));
                self.info.funcs[self.func as usize].param_bindings.push(b);
            }
        }
        match &*a.body {
            ArrowFunctionBody::FunctionBody(b) => {
                let params: Vec<&Pat> = a.params.iter().collect();
                self.params_and_hoisting(&params, &b.stmts, b.span.lo, exprs);
                self.stmts(&b.stmts);
            }
            ArrowFunctionBody::Expr(e) => {
                for p in &a.params {
                    self.pat(p, false);
                }
                self.expr(e);
            }
        }
        self.current = saved_scope;
        self.func = saved_func;
    }

    fn prop_name(&mut self, k: &PropName) {
        if let PropName::Computed(c) = k {
            self.expr(&c.expr);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::This(t) => self.this_ref(t.span.lo),
            Expr::Ident(id) => self.reference(id),
            Expr::Array(a) => {
                for el in a.elems.iter().flatten() {
                    self.expr(&el.expr);
                }
            }
            Expr::Object(o) => {
                for p in &o.props {
                    match p {
                        PropOrSpread::Spread(s) => self.expr(&s.expr),
                        PropOrSpread::Prop(p) => match &**p {
                            Prop::Shorthand(id) => self.reference(id),
                            Prop::KeyValue(kv) => {
                                self.prop_name(&kv.key);
                                self.expr(&kv.value);
                            }
                            Prop::Assign(a) => self.fail(a.span.lo, "invalid shorthand property initializer"),
                            Prop::Getter(g) => {
                                self.prop_name(&g.key);
                                self.method(&g.function);
                            }
                            Prop::Setter(s) => {
                                self.prop_name(&s.key);
                                self.method(&s.function);
                            }
                            Prop::Method(m) => {
                                self.prop_name(&m.key);
                                self.method(&m.function);
                            }
                        },
                    }
                }
            }
            Expr::Fn(f) => self.function(&f.function, f.ident.as_ref(), true),
            Expr::Arrow(a) => self.arrow(a),
            Expr::Unary(u) => self.expr(&u.arg),
            Expr::Update(u) => match &*u.arg {
                Expr::Ident(id) => self.assign_ident(id),
                other => self.expr(other),
            },
            Expr::Bin(b) => {
                match &*b.left {
                    Expr::PrivateName(p) => self.private_ref(p),
                    other => self.expr(other),
                }
                self.expr(&b.right);
            }
            Expr::Assign(a) => {
                self.expr(&a.right);
                match &a.left {
                    AssignTarget::Simple(SimpleAssignTarget::Ident(id)) => self.assign_ident(&id.id),
                    AssignTarget::Simple(SimpleAssignTarget::Member(m)) => self.member(m),
                    AssignTarget::Simple(SimpleAssignTarget::Paren(p)) => self.expr(&p.expr),
                    AssignTarget::Simple(SimpleAssignTarget::SuperProp(sp)) => {
                        self.home_ref(sp.span.lo);
                        if let SuperProp::Computed(c) = &sp.prop {
                            self.expr(&c.expr);
                        }
                    }
                    AssignTarget::Simple(other) => self.fail(other.span().lo, "unsupported assignment target"),
                    AssignTarget::Pat(AssignTargetPat::Array(a)) => self.pat(&Pat::Array(a.clone()), true),
                    AssignTarget::Pat(AssignTargetPat::Object(o)) => self.pat(&Pat::Object(o.clone()), true),
                    AssignTarget::Pat(AssignTargetPat::Invalid(i)) => self.fail(i.span.lo, "invalid assignment target"),
                }
            }
            Expr::Member(m) => self.member(m),
            Expr::SuperProp(sp) => {
                self.home_ref(sp.span.lo);
                if let SuperProp::Computed(c) = &sp.prop {
                    self.expr(&c.expr);
                }
            }
            Expr::Cond(c) => {
                self.expr(&c.test);
                self.expr(&c.cons);
                self.expr(&c.alt);
            }
            Expr::Call(c) => {
                match &c.callee {
                    Callee::Expr(e) => {
                        if let Expr::Ident(id) = &**e {
                            if &*id.sym == "eval" {
                                self.fail(id.span.lo, "direct eval cannot be compiled ahead of time");
                            }
                        }
                        self.expr(e)
                    }
                    Callee::Super(sp) => {
                        let f = &self.info.funcs[self.func as usize];
                        if f.class_ctor != Some(true) {
                            self.fail(sp.span.lo, "'super' keyword unexpected here (super() is allowed only directly in a derived class constructor)");
                        }
                        self.this_ref(sp.span.lo);
                    }
                    Callee::Import(_) => {}
                }
                for a in &c.args {
                    self.expr(&a.expr);
                }
            }
            Expr::New(n) => {
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
            Expr::Lit(_) => {}
            Expr::Tpl(t) => {
                for e in &t.exprs {
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
            Expr::MetaProp(m) => match m.kind {
                MetaPropKind::NewTarget => self.new_target_ref(m.span.lo),
                MetaPropKind::ImportMeta => {}
            },
            Expr::TaggedTpl(t) => {
                self.expr(&t.tag);
                for e in &t.tpl.exprs {
                    self.expr(e);
                }
            }
            Expr::Class(c) => self.class(&c.class, c.ident.as_ref()),
            Expr::Yield(y) => {
                if let Some(a) = &y.arg {
                    self.expr(a);
                }
            }
            Expr::Await(a) => {
                if self.func == 0 {
                    // The parser accepts `await` here only in a module.
                    self.info.top_level_await = true;
                }
                self.expr(&a.arg);
            }
            other => self.fail(other.span().lo, "this expression is not supported"),
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
}

/// The identifiers a binding pattern declares.
pub fn pat_idents<'a>(p: &'a Pat, out: &mut Vec<&'a Ident>) {
    match p {
        Pat::Ident(b) => out.push(&b.id),
        Pat::Array(a) => {
            for e in a.elems.iter().flatten() {
                pat_idents(e, out);
            }
        }
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => pat_idents(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push(&a.key.id),
                    ObjectPatProp::Rest(r) => pat_idents(&r.arg, out),
                }
            }
        }
        Pat::Rest(r) => pat_idents(&r.arg, out),
        Pat::Assign(a) => pat_idents(&a.left, out),
        Pat::Expr(_) | Pat::Invalid(_) => {}
    }
}

/// The `var` names declared in a statement (VarDeclaredNames), not looking into nested
/// functions.
pub(crate) fn collect_vars(s: &Stmt, out: &mut Vec<(String, BytePos)>) {
    let var_decl = |v: &VarDecl, out: &mut Vec<(String, BytePos)>| {
        if v.kind == VarDeclKind::Var {
            for d in &v.decls {
                let mut ids = Vec::new();
                pat_idents(&d.name, &mut ids);
                out.extend(ids.into_iter().map(|i| (i.sym.to_string(), i.span.lo)));
            }
        }
    };
    match s {
        Stmt::Decl(Decl::Var(v)) => var_decl(v, out),
        Stmt::Block(b) => b.stmts.iter().for_each(|s| collect_vars(s, out)),
        Stmt::If(i) => {
            collect_vars(&i.cons, out);
            if let Some(a) = &i.alt {
                collect_vars(a, out);
            }
        }
        Stmt::Labeled(l) => collect_vars(&l.body, out),
        Stmt::While(w) => collect_vars(&w.body, out),
        Stmt::DoWhile(w) => collect_vars(&w.body, out),
        Stmt::With(w) => collect_vars(&w.body, out),
        Stmt::For(f) => {
            if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                var_decl(v, out);
            }
            collect_vars(&f.body, out);
        }
        Stmt::ForIn(f) => {
            if let ForHead::VarDecl(v) = &f.left {
                var_decl(v, out);
            }
            collect_vars(&f.body, out);
        }
        Stmt::ForOf(f) => {
            if let ForHead::VarDecl(v) = &f.left {
                var_decl(v, out);
            }
            collect_vars(&f.body, out);
        }
        Stmt::Switch(sw) => sw.cases.iter().flat_map(|c| c.cons.iter()).for_each(|s| collect_vars(s, out)),
        Stmt::Try(t) => {
            t.block.stmts.iter().for_each(|s| collect_vars(s, out));
            if let Some(h) = &t.handler {
                h.body.stmts.iter().for_each(|s| collect_vars(s, out));
            }
            if let Some(f) = &t.finalizer {
                f.stmts.iter().for_each(|s| collect_vars(s, out));
            }
        }
        _ => {}
    }
}

/// Whether a parameter pattern contains expressions (defaults or computed keys): then the
/// parameters have a TDZ while the list is bound (§10.2.11 step 20-21).
fn has_expressions(p: &Pat) -> bool {
    match p {
        Pat::Assign(_) => true,
        Pat::Array(a) => a.elems.iter().flatten().any(has_expressions),
        Pat::Rest(r) => has_expressions(&r.arg),
        Pat::Object(o) => o.props.iter().any(|prop| match prop {
            ObjectPatProp::KeyValue(kv) => matches!(kv.key, PropName::Computed(_)) || has_expressions(&kv.value),
            ObjectPatProp::Assign(a) => a.value.is_some(),
            ObjectPatProp::Rest(r) => has_expressions(&r.arg),
        }),
        _ => false,
    }
}

/// The TDZ end of a parameter's bindings: the end of its pattern when the list has
/// expressions, else none (0).
fn param_end(exprs: bool, p: &Pat) -> u32 {
    if exprs { p.span().hi.0 } else { 0 }
}
