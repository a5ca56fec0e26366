//! Module graphs: the entry file and every file it loads, each parsed once with the goal node
//! would give it (ES module, CommonJS, JSON), and each ES module's import and export entries
//! (ECMA-262 §16.2.1.6, the ImportEntry and ExportEntry records) read off its AST.
//!
//! The edges are an ES module's `import`, `export ... from` and `import()` of a string
//! literal, and a CommonJS file's `require` calls with a string literal anywhere in the file
//! (where `require` is the module wrapper's, not a local of the same name). Specifiers are
//! resolved with node's rules (`resolve.rs`); `node:` and core names are node's core
//! modules, left to the runtime. An ES import that cannot be resolved is a diagnostic; a
//! `require` or `import()` that cannot be resolved is recorded (`Target::Failed`) and fails
//! when it runs, as in node, since code guards optional dependencies that way.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use swc_common::util::take::Take;
use swc_common::{BytePos, Span};
use swc_ecma_ast::*;

use crate::diag::Diagnostic;
use crate::parse::{Goal, Parsed, parse_file};
use crate::resolve::{Failure, Resolver};

/// What an import names in the module it imports from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportName {
    /// `import { x }`, `import x` (the name "default").
    Name(String),
    /// `import * as ns`.
    Namespace,
}

/// One imported binding: `import { name as local } from "specifier"`.
#[derive(Clone, Debug)]
pub struct ImportEntry {
    pub specifier: String,
    pub name: ImportName,
    pub local: String,
    pub pos: BytePos,
}

/// One export of a module.
#[derive(Clone, Debug)]
pub enum ExportEntry {
    /// `export { local as name }`, `export let name`, `export default ...` (local `*default*`
    /// for an anonymous default).
    Local { name: String, local: String },
    /// `export { name as alias } from "specifier"`, `export * as alias from "specifier"`
    /// (name `Namespace`).
    Indirect { name: String, specifier: String, import: ImportName, pos: BytePos },
    /// `export * from "specifier"`.
    Star { specifier: String },
}

/// The local name of an anonymous default export (not a valid identifier, so no clash).
pub const DEFAULT_LOCAL: &str = "*default*";

#[derive(Clone, Debug, Default)]
pub struct ModuleRecord {
    pub imports: Vec<ImportEntry>,
    pub exports: Vec<ExportEntry>,
    /// Every specifier the module requests, in source order (static ones first, then
    /// `import()` literals), without duplicates.
    pub requested: Vec<String>,
    /// The specifiers only `import()` requests: their modules are evaluated on demand.
    pub dynamic: Vec<String>,
}

/// Where a specifier leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    File(usize),
    Core(&'static str),
    /// Not resolved: `Graph::failures[i]` says why (only for `require` and `import()`, which
    /// throw or reject when they run).
    Failed(usize),
}

pub struct Graph {
    /// `files[0]` is the entry.
    pub files: Vec<Parsed>,
    /// For ES modules, their records (CommonJS, JSON and script files have the default,
    /// empty one).
    pub records: Vec<ModuleRecord>,
    /// Per file: what each of its requested specifiers resolved to (for a CommonJS file, its
    /// literal `require`s; core modules are absent, the runtime knows them by name).
    pub resolved: Vec<HashMap<String, Target>>,
    /// Absolute paths of the files.
    pub paths: Vec<PathBuf>,
    pub failures: Vec<Failure>,
    /// (directory, file): the package directories (and directories with a package.json
    /// "main") that resolution led into, with the file each gives; the runtime resolves a
    /// `require` of a computed specifier through them.
    pub directories: Vec<(PathBuf, usize)>,
}

impl Graph {
    pub fn target(&self, file: usize, specifier: &str) -> Target {
        self.resolved[file][specifier]
    }
}

/// Loads the graph from `entry`. `goal_of` decides how a file is read (the entry's goal may
/// be forced by the command line); a script entry is a graph of one file.
pub fn load(entry: &Path, shown: &str, source: String, goal: Goal, goal_of: &dyn Fn(&Path) -> Goal) -> Result<Graph, Vec<Diagnostic>> {
    let mut g = Graph { files: Vec::new(), records: Vec::new(), resolved: Vec::new(), paths: Vec::new(), failures: Vec::new(), directories: Vec::new() };
    let mut index: HashMap<PathBuf, usize> = HashMap::new();
    let mut resolver = Resolver::default();
    let abs = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let parsed = parse_detecting_modules(&abs, shown, source, goal)?;
    index.insert(abs.clone(), 0);
    push(&mut g, parsed, abs);
    let mut next = 0;
    while next < g.files.len() {
        let i = next;
        next += 1;
        let goal = g.files[i].goal;
        let esm = match goal {
            Goal::Module => true,
            Goal::CommonJs | Goal::Script => false,
            Goal::Json => continue,
        };
        // (specifier, position, resolved as an import): a CommonJS file's `import()` calls
        // resolve as imports do; a script brings only what its `import()` literals name.
        let mut requests: Vec<(String, BytePos, bool)> = Vec::new();
        let dynamic: Vec<String> = if esm {
            requests.extend(requests_of(&g.files[i]).into_iter().map(|(s, p)| (s, p, true)));
            g.records[i].dynamic.clone()
        } else {
            if goal == Goal::CommonJs {
                requests.extend(requires_of(&g.files[i]).into_iter().map(|(s, p)| (s, p, false)));
            }
            let imports = dynamic_imports(&g.files[i]);
            let specs = imports.iter().map(|(s, _)| s.clone()).collect();
            requests.extend(imports.into_iter().map(|(s, p)| (s, p, true)));
            specs
        };
        for (spec, pos, import) in requests {
            if g.resolved[i].contains_key(&spec) {
                continue;
            }
            let fail = |g: &Graph, why: String| vec![g.files[i].diagnostic(pos, why)];
            if let Some(core) = kiln_abi::modules::core_module(&spec) {
                g.resolved[i].insert(spec, Target::Core(core));
                continue;
            }
            if kiln_abi::modules::is_node_builtin(&spec) || spec.starts_with("node:") {
                // `require` of a core module Kiln lacks fails when it runs (code often guards
                // optional ones); an import of one cannot be compiled.
                if esm {
                    return Err(fail(&g, format!("node's '{spec}' module is not available in Kiln yet")));
                }
                continue;
            }
            let found = if import { resolver.import(&g.paths[i], &spec) } else { resolver.require(&g.paths[i], &spec) };
            let path = match found {
                Ok(p) => p,
                // An `import()` or `require` that cannot be resolved fails at run time, as in node.
                Err(f) if !esm || dynamic.contains(&spec) => {
                    g.failures.push(f);
                    g.resolved[i].insert(spec, Target::Failed(g.failures.len() - 1));
                    continue;
                }
                Err(f) => return Err(fail(&g, f.message)),
            };
            if path.extension().is_some_and(|e| e == "node") {
                g.failures.push(Failure { code: "ERR_DLOPEN_FAILED", message: format!("Kiln cannot load native addons: {}", path.display()), require_stack: false });
                g.resolved[i].insert(spec, Target::Failed(g.failures.len() - 1));
                continue;
            }
            let j = match index.get(&path) {
                Some(&j) => j,
                None => {
                    let text = std::fs::read(&path).map_err(|e| fail(&g, format!("Cannot read module '{spec}': {e}")))?;
                    let text = String::from_utf8(text).map_err(|_| fail(&g, format!("Module '{spec}' is not valid UTF-8")))?;
                    let goal = goal_of(&path);
                    if import && goal == Goal::Json {
                        return Err(fail(&g, format!("Cannot import '{spec}': importing JSON modules from ES modules is not supported yet")));
                    }
                    let parsed = parse_detecting_modules(&path, &shown_path(&path), text, goal)?;
                    let j = g.files.len();
                    index.insert(path.clone(), j);
                    push(&mut g, parsed, path);
                    j
                }
            };
            g.resolved[i].insert(spec, Target::File(j));
        }
    }
    for (dir, file) in resolver.directories {
        if let Some(&j) = index.get(&file) {
            if !g.directories.iter().any(|(d, _)| *d == dir) {
                g.directories.push((dir, j));
            }
        }
    }
    Ok(g)
}

/// `parse_file`, with node's module syntax detection (node 20.19+): a `.js` file that no
/// package.json gives a "type", and that does not parse as CommonJS but does as an ES module
/// (it uses `import`/`export`, `import.meta` or top-level `await`), is an ES module.
fn parse_detecting_modules(path: &Path, shown: &str, source: String, goal: Goal) -> Result<Parsed, Vec<Diagnostic>> {
    let ambiguous = goal == Goal::CommonJs
        && path.extension().is_none_or(|e| e == "js")
        && !crate::resolve::package_type_declared(path);
    match parse_file(shown, source.clone(), goal) {
        Err(errors) if ambiguous => parse_file(shown, source, Goal::Module).map_err(|_| errors),
        other => other,
    }
}

fn push(g: &mut Graph, parsed: Parsed, path: PathBuf) {
    let record = parsed.record.clone();
    g.files.push(parsed);
    g.records.push(record);
    g.resolved.push(HashMap::new());
    g.paths.push(path);
}

/// A path as diagnostics show it: relative to the working directory when inside it.
fn shown_path(p: &Path) -> String {
    let cwd = std::env::current_dir().ok().and_then(|c| std::fs::canonicalize(c).ok());
    match cwd.as_deref().and_then(|c| p.strip_prefix(c).ok()) {
        Some(rel) => rel.display().to_string(),
        None => p.display().to_string(),
    }
}

/// The names of a CommonJS module wrapper's parameters, in order: node runs a CommonJS file
/// as `function (exports, require, module, __filename, __dirname) { ... }`.
pub const WRAPPER_PARAMS: [&str; 5] = ["exports", "require", "module", "__filename", "__dirname"];

/// The string-literal specifiers of a CommonJS file's `require(...)` calls, anywhere in the
/// file, where `require` is the module wrapper's parameter.
fn requires_of(p: &Parsed) -> Vec<(String, BytePos)> {
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder<'p> {
        parsed: &'p Parsed,
        require: Option<crate::scope::BindingId>,
        found: Vec<(String, BytePos)>,
    }
    impl Visit for Finder<'_> {
        fn visit_call_expr(&mut self, c: &CallExpr) {
            c.visit_children_with(self);
            let Callee::Expr(callee) = &c.callee else { return };
            let Expr::Ident(id) = &**callee else { return };
            if self.require.is_none() || &*id.sym != "require" || self.parsed.scopes.resolve(id.span.lo).binding != self.require {
                return;
            }
            let Some(a) = c.args.first().filter(|a| a.spread.is_none()) else { return };
            match &*a.expr {
                Expr::Lit(Lit::Str(s)) => self.found.push((s.value.to_string_lossy().into_owned(), s.span.lo)),
                Expr::Tpl(t) if t.exprs.is_empty() => {
                    if let Some(cooked) = t.quasis.first().and_then(|q| q.cooked.as_ref()) {
                        self.found.push((cooked.to_string_lossy().into_owned(), t.span.lo));
                    }
                }
                _ => {}
            }
        }
    }
    let require = p.scopes.lookup_in(0, "require").filter(|&b| p.scopes.binding(b).kind == crate::scope::BindingKind::Param);
    let mut f = Finder { parsed: p, require, found: Vec::new() };
    p.program.visit_with(&mut f);
    f.found
}

/// Every specifier a module requests, with where it appears.
fn requests_of(p: &Parsed) -> Vec<(String, BytePos)> {
    let Program::Module(m) = &p.program else { return Vec::new() };
    let mut out: Vec<(String, BytePos)> = Vec::new();
    let mut add = |s: &Str| out.push((s.value.to_string_lossy().into_owned(), s.span.lo));
    for item in &m.body {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(i)) => add(&i.src),
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(NamedExport { src: Some(s), .. })) => add(s),
            ModuleItem::ModuleDecl(ModuleDecl::ExportAll(a)) => add(&a.src),
            _ => {}
        }
    }
    for s in dynamic_imports(p) {
        out.push(s);
    }
    out
}

/// The string-literal specifiers of `import()` calls anywhere in the file.
fn dynamic_imports(p: &Parsed) -> Vec<(String, BytePos)> {
    use swc_ecma_visit::{Visit, VisitWith};
    // Strings that variables are initialised with (`const dir = './x'`), to guess what a
    // computed specifier names: `import(dir + name)`.
    struct Constants(HashMap<String, Vec<String>>);
    impl Visit for Constants {
        fn visit_var_declarator(&mut self, d: &VarDeclarator) {
            d.visit_children_with(self);
            if let (Pat::Ident(id), Some(init)) = (&d.name, &d.init) {
                for v in fold(init, &self.0) {
                    self.0.entry(id.id.sym.to_string()).or_default().push(v);
                }
            }
        }
    }
    struct Finder<'c>(Vec<(String, BytePos)>, &'c HashMap<String, Vec<String>>);
    impl Visit for Finder<'_> {
        fn visit_call_expr(&mut self, c: &CallExpr) {
            c.visit_children_with(self);
            if let (Callee::Import(_), Some(a)) = (&c.callee, c.args.first()) {
                if a.spread.is_some() {
                    return;
                }
                match &*a.expr {
                    Expr::Lit(Lit::Str(s)) => self.0.push((s.value.to_string_lossy().into_owned(), s.span.lo)),
                    other => {
                        // A computed specifier: the files it may name are bundled too (the
                        // run-time lookup finds them by path); a wrong guess only costs size.
                        for v in fold(other, self.1) {
                            self.0.push((v, c.span.lo));
                        }
                    }
                }
            }
        }
    }
    let mut constants = Constants(HashMap::new());
    p.program.visit_with(&mut constants);
    let mut f = Finder(Vec::new(), &constants.0);
    p.program.visit_with(&mut f);
    f.0
}

/// The strings an expression can evaluate to, where that is plain: string literals,
/// templates without substitutions, `+` of those, and variables initialised with them.
fn fold(e: &Expr, constants: &HashMap<String, Vec<String>>) -> Vec<String> {
    const LIMIT: usize = 16;
    match e {
        Expr::Lit(Lit::Str(s)) => vec![s.value.to_string_lossy().into_owned()],
        Expr::Tpl(t) if t.exprs.is_empty() => {
            t.quasis.first().and_then(|q| q.cooked.as_ref()).map(|c| vec![c.to_string_lossy().into_owned()]).unwrap_or_default()
        }
        Expr::Paren(p) => fold(&p.expr, constants),
        Expr::Ident(id) => constants.get(&*id.sym).cloned().unwrap_or_default(),
        Expr::Bin(b) if b.op == BinaryOp::Add => {
            let (l, r) = (fold(&b.left, constants), fold(&b.right, constants));
            let mut out = Vec::new();
            for x in &l {
                for y in &r {
                    if out.len() < LIMIT {
                        out.push(format!("{x}{y}"));
                    }
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

fn export_name(n: &ModuleExportName) -> String {
    match n {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().into_owned(),
    }
}

/// Turns a module's export declarations into the plain declarations they make, in place:
/// `export <decl>` is `<decl>`; an anonymous default export declares `*default*`; `export
/// default expr` is `let *default* = expr`. The export entries are read before (the
/// `record`), so lowering and scope analysis see one body of statements, keyed by the same
/// source positions.
pub fn lower_exports(m: &mut Module) {
    for item in &mut m.body {
        let ModuleItem::ModuleDecl(d) = item else { continue };
        let stmt = match d.take() {
            ModuleDecl::ExportDecl(e) => Stmt::Decl(e.decl),
            ModuleDecl::ExportDefaultDecl(e) => {
                let default_ident = || Ident::new(DEFAULT_LOCAL.into(), Span::new(e.span.lo, e.span.lo), Default::default());
                match e.decl {
                    DefaultDecl::Fn(f) => {
                        let ident = f.ident.unwrap_or_else(default_ident);
                        Stmt::Decl(Decl::Fn(FnDecl { ident, declare: false, function: f.function }))
                    }
                    DefaultDecl::Class(c) => {
                        let ident = c.ident.unwrap_or_else(default_ident);
                        Stmt::Decl(Decl::Class(ClassDecl { ident, declare: false, class: c.class }))
                    }
                    DefaultDecl::TsInterfaceDecl(_) => Stmt::Empty(EmptyStmt { span: e.span }),
                }
            }
            ModuleDecl::ExportDefaultExpr(e) => {
                let ident = Ident::new(DEFAULT_LOCAL.into(), Span::new(e.span.lo, e.span.lo), Default::default());
                Stmt::Decl(Decl::Var(Box::new(VarDecl {
                    span: e.span,
                    ctxt: Default::default(),
                    kind: VarDeclKind::Let,
                    declare: false,
                    decls: vec![VarDeclarator {
                        span: e.span,
                        name: Pat::Ident(BindingIdent { id: ident, type_ann: None }),
                        init: Some(e.expr),
                        definite: false,
                    }],
                })))
            }
            other => {
                *d = other;
                continue;
            }
        };
        *item = ModuleItem::Stmt(stmt);
    }
}

/// A module's body as statements (its export declarations are plain ones by now, see
/// `lower_exports`).
pub fn module_statements(m: &Module) -> Vec<&Stmt> {
    m.body.iter().filter_map(|i| i.as_stmt()).collect()
}

/// The import and export entries of an ES module.
pub fn record_of(p: &Parsed) -> ModuleRecord {
    let Program::Module(m) = &p.program else { return ModuleRecord::default() };
    let mut r = ModuleRecord::default();
    let local = |name: &str, local: &str| ExportEntry::Local { name: name.to_string(), local: local.to_string() };
    for item in &m.body {
        let ModuleItem::ModuleDecl(d) = item else { continue };
        match d {
            ModuleDecl::Import(i) => {
                let spec = i.src.value.to_string_lossy().into_owned();
                for s in &i.specifiers {
                    let (name, l) = match s {
                        ImportSpecifier::Named(n) => {
                            let name = n.imported.as_ref().map_or_else(|| n.local.sym.to_string(), export_name);
                            (ImportName::Name(name), &n.local)
                        }
                        ImportSpecifier::Default(d) => (ImportName::Name("default".into()), &d.local),
                        ImportSpecifier::Namespace(n) => (ImportName::Namespace, &n.local),
                    };
                    r.imports.push(ImportEntry { specifier: spec.clone(), name, local: l.sym.to_string(), pos: l.span.lo });
                }
            }
            ModuleDecl::ExportDecl(e) => {
                for name in decl_names(&e.decl) {
                    r.exports.push(local(&name, &name));
                }
            }
            ModuleDecl::ExportDefaultDecl(e) => {
                let ident = match &e.decl {
                    DefaultDecl::Fn(f) => f.ident.as_ref(),
                    DefaultDecl::Class(c) => c.ident.as_ref(),
                    DefaultDecl::TsInterfaceDecl(_) => None,
                };
                let l = ident.map_or(DEFAULT_LOCAL.to_string(), |i| i.sym.to_string());
                r.exports.push(local("default", &l));
            }
            ModuleDecl::ExportDefaultExpr(_) => r.exports.push(local("default", DEFAULT_LOCAL)),
            ModuleDecl::ExportNamed(n) => {
                let spec = n.src.as_ref().map(|s| s.value.to_string_lossy().into_owned());
                for s in &n.specifiers {
                    match (s, &spec) {
                        (ExportSpecifier::Named(s), None) => {
                            let l = export_name(&s.orig);
                            let name = s.exported.as_ref().map_or_else(|| l.clone(), export_name);
                            r.exports.push(local(&name, &l));
                        }
                        (ExportSpecifier::Named(s), Some(spec)) => {
                            let orig = export_name(&s.orig);
                            let name = s.exported.as_ref().map_or_else(|| orig.clone(), export_name);
                            r.exports.push(ExportEntry::Indirect {
                                name,
                                specifier: spec.clone(),
                                import: ImportName::Name(orig),
                                pos: s.span.lo,
                            });
                        }
                        (ExportSpecifier::Namespace(s), Some(spec)) => r.exports.push(ExportEntry::Indirect {
                            name: export_name(&s.name),
                            specifier: spec.clone(),
                            import: ImportName::Namespace,
                            pos: s.span.lo,
                        }),
                        (ExportSpecifier::Default(s), Some(spec)) => r.exports.push(ExportEntry::Indirect {
                            name: s.exported.sym.to_string(),
                            specifier: spec.clone(),
                            import: ImportName::Name("default".into()),
                            pos: s.exported.span.lo,
                        }),
                        _ => {}
                    }
                }
            }
            ModuleDecl::ExportAll(a) => {
                r.exports.push(ExportEntry::Star { specifier: a.src.value.to_string_lossy().into_owned() });
            }
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (spec, _) in requests_of(p) {
        if seen.insert(spec.clone()) {
            r.requested.push(spec);
        }
    }
    let statics: std::collections::HashSet<String> = {
        let mut s = std::collections::HashSet::new();
        for item in &m.body {
            match item {
                ModuleItem::ModuleDecl(ModuleDecl::Import(i)) => {
                    s.insert(i.src.value.to_string_lossy().into_owned());
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(NamedExport { src: Some(x), .. })) => {
                    s.insert(x.value.to_string_lossy().into_owned());
                }
                ModuleItem::ModuleDecl(ModuleDecl::ExportAll(a)) => {
                    s.insert(a.src.value.to_string_lossy().into_owned());
                }
                _ => {}
            }
        }
        s
    };
    r.dynamic = r.requested.iter().filter(|s| !statics.contains(*s)).cloned().collect();
    r
}

/// The names a declaration binds.
pub fn decl_names(d: &Decl) -> Vec<String> {
    let mut out = Vec::new();
    match d {
        Decl::Fn(f) => out.push(f.ident.sym.to_string()),
        Decl::Class(c) => out.push(c.ident.sym.to_string()),
        Decl::Var(v) => {
            for decl in &v.decls {
                let mut ids = Vec::new();
                crate::scope::pat_idents(&decl.name, &mut ids);
                out.extend(ids.into_iter().map(|i| i.sym.to_string()));
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_requires_of_the_wrapper_are_edges() {
        let src = "const a = require('./a');\nfunction f() { return require(`./b`) + require(name); }\n{ const require = () => 0; require('./shadowed'); }\nrequire.resolve('./c');";
        let p = parse_file("t.js", src.into(), Goal::CommonJs).unwrap();
        let specs: Vec<String> = requires_of(&p).into_iter().map(|(s, _)| s).collect();
        assert_eq!(specs, ["./a", "./b"]);
        // A top-level function named require replaces node's: its calls are not edges.
        let p = parse_file("t.js", "function require(x) { return x; }\nrequire('./a');".into(), Goal::CommonJs).unwrap();
        assert!(requires_of(&p).is_empty());
    }
}
