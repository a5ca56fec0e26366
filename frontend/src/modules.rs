//! ES module graphs: the entry file and every file it imports (`import`, `export ... from`,
//! and `import()` with a string literal), each parsed once with the goal node would give
//! it, and each module's import and export entries (ECMA-262 §16.2.1.6, the ImportEntry and
//! ExportEntry records) read off its AST.
//!
//! Resolution follows node's ESM rules for files: a relative or absolute specifier names a
//! file exactly (no extension is added, a directory is not a module), `node:` and bare core
//! module names are node's core modules. Packages (bare specifiers, node_modules) and
//! importing CommonJS files are not supported yet: they are diagnostics naming the importer.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use swc_common::{BytePos, Span, Spanned};
use swc_ecma_ast::*;

use crate::diag::Diagnostic;
use crate::parse::{Goal, Parsed, parse_file};

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
}

pub struct Graph {
    /// `files[0]` is the entry.
    pub files: Vec<Parsed>,
    /// For ES modules, their records (CommonJS and script files have the default, empty one).
    pub records: Vec<ModuleRecord>,
    /// Per file: what each of its requested specifiers resolved to.
    pub resolved: Vec<HashMap<String, Target>>,
    /// Absolute paths of the files.
    pub paths: Vec<PathBuf>,
}

impl Graph {
    pub fn target(&self, file: usize, specifier: &str) -> Target {
        self.resolved[file][specifier]
    }
}

/// Loads the graph from `entry`. `goal_of` decides how a file is read (the entry's goal may
/// be forced by the command line). Only ES modules import; a CommonJS or script entry is a
/// graph of one file.
pub fn load(entry: &Path, shown: &str, source: String, goal: Goal, goal_of: &dyn Fn(&Path) -> Goal) -> Result<Graph, Vec<Diagnostic>> {
    let mut g = Graph { files: Vec::new(), records: Vec::new(), resolved: Vec::new(), paths: Vec::new() };
    let mut index: HashMap<PathBuf, usize> = HashMap::new();
    let abs = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let parsed = parse_file(shown, source, goal)?;
    index.insert(abs.clone(), 0);
    push(&mut g, parsed, abs);
    let mut next = 0;
    while next < g.files.len() {
        let i = next;
        next += 1;
        // A script or CommonJS file brings only what its `import()` literals name.
        let is_module = g.files[i].goal == Goal::Module;
        let requests: Vec<(String, BytePos)> =
            if is_module { requests_of(&g.files[i]) } else { dynamic_imports(&g.files[i]) };
        let dynamic: Vec<String> =
            if is_module { g.records[i].dynamic.clone() } else { requests.iter().map(|r| r.0.clone()).collect() };
        for (spec, pos) in requests {
            if g.resolved[i].contains_key(&spec) {
                continue;
            }
            // An `import()` that cannot be resolved rejects at run time, as in node.
            let only_dynamic = dynamic.contains(&spec);
            let target = if let Some(core) = kiln_abi::modules::core_module(&spec) {
                Target::Core(core)
            } else if kiln_abi::modules::is_node_builtin(&spec) {
                return Err(vec![g.files[i].diagnostic(pos, format!("node's '{spec}' module is not available in Kiln yet"))]);
            } else {
                let path = match resolve_file(&g.paths[i], &spec) {
                    Ok(p) => p,
                    Err(_) if only_dynamic => continue,
                    Err(why) => return Err(vec![g.files[i].diagnostic(pos, why)]),
                };
                match index.get(&path) {
                    Some(&j) => Target::File(j),
                    None => {
                        let text = std::fs::read(&path)
                            .map_err(|e| vec![g.files[i].diagnostic(pos, format!("Cannot read module '{spec}': {e}"))])?;
                        let text = String::from_utf8(text)
                            .map_err(|_| vec![g.files[i].diagnostic(pos, format!("Module '{spec}' is not valid UTF-8"))])?;
                        let goal = goal_of(&path);
                        if goal != Goal::Module {
                            return Err(vec![g.files[i].diagnostic(
                                pos,
                                format!("Cannot import '{spec}': importing CommonJS files from ES modules is not supported yet"),
                            )]);
                        }
                        let shown = shown_path(&path);
                        let parsed = parse_file(&shown, text, goal)?;
                        let j = g.files.len();
                        index.insert(path.clone(), j);
                        push(&mut g, parsed, path);
                        Target::File(j)
                    }
                }
            };
            g.resolved[i].insert(spec, target);
        }
    }
    Ok(g)
}

fn push(g: &mut Graph, parsed: Parsed, path: PathBuf) {
    let record = if parsed.goal == Goal::Module { record_of(&parsed) } else { ModuleRecord::default() };
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

/// ESM file resolution: the exact file a relative, absolute or `file:` specifier names,
/// with node's error wording.
fn resolve_file(importer: &Path, spec: &str) -> Result<PathBuf, String> {
    let rel = spec.strip_prefix("file://").unwrap_or(spec);
    if !(rel.starts_with("./") || rel.starts_with("../") || rel.starts_with('/') || spec.starts_with("file://")) {
        return Err(format!("Cannot find package '{spec}': importing packages (node_modules) is not supported yet"));
    }
    let base = importer.parent().unwrap_or(Path::new("/"));
    let joined = normalize(&base.join(rel));
    if joined.is_dir() {
        return Err(format!("Directory import '{}' is not supported resolving ES modules", joined.display()));
    }
    if !joined.is_file() {
        return Err(format!("Cannot find module '{}'", joined.display()));
    }
    Ok(std::fs::canonicalize(&joined).unwrap_or(joined))
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
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
    struct Finder(Vec<(String, BytePos)>);
    impl Visit for Finder {
        fn visit_call_expr(&mut self, c: &CallExpr) {
            c.visit_children_with(self);
            if let (Callee::Import(_), Some(a)) = (&c.callee, c.args.first()) {
                if let (None, Expr::Lit(Lit::Str(s))) = (a.spread, &*a.expr) {
                    self.0.push((s.value.to_string_lossy().into_owned(), s.span.lo));
                }
            }
        }
    }
    let mut f = Finder(Vec::new());
    p.program.visit_with(&mut f);
    f.0
}

fn export_name(n: &ModuleExportName) -> String {
    match n {
        ModuleExportName::Ident(i) => i.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().into_owned(),
    }
}

/// A module's body as statements: its own, and the declarations of `export` items (an
/// anonymous default export becomes a declaration of `*default*`; `export default expr` is
/// `let *default* = expr`). Lowering and scope analysis both read the body through this,
/// and the declarations they make keep the source positions, which is what bindings and
/// references are keyed by.
pub fn module_statements(m: &Module) -> Vec<&Stmt> {
    let mut out: Vec<&Stmt> = Vec::new();
    let leak = |s: Stmt| -> &'static Stmt { Box::leak(Box::new(s)) };
    for item in &m.body {
        match item {
            ModuleItem::Stmt(s) => out.push(s),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(e)) => out.push(leak(Stmt::Decl(e.decl.clone()))),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultDecl(e)) => {
                let default_ident = || Ident::new(DEFAULT_LOCAL.into(), Span::new(e.span.lo, e.span.lo), Default::default());
                match &e.decl {
                    DefaultDecl::Fn(f) => {
                        let ident = f.ident.clone().unwrap_or_else(default_ident);
                        out.push(leak(Stmt::Decl(Decl::Fn(FnDecl { ident, declare: false, function: f.function.clone() }))));
                    }
                    DefaultDecl::Class(c) => {
                        let ident = c.ident.clone().unwrap_or_else(default_ident);
                        out.push(leak(Stmt::Decl(Decl::Class(ClassDecl { ident, declare: false, class: c.class.clone() }))));
                    }
                    DefaultDecl::TsInterfaceDecl(_) => {}
                }
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(e)) => {
                let ident = Ident::new(DEFAULT_LOCAL.into(), Span::new(e.span.lo, e.span.lo), Default::default());
                let decl = VarDecl {
                    span: e.span,
                    ctxt: Default::default(),
                    kind: VarDeclKind::Let,
                    declare: false,
                    decls: vec![VarDeclarator {
                        span: e.span,
                        name: Pat::Ident(BindingIdent { id: ident, type_ann: None }),
                        init: Some(e.expr.clone()),
                        definite: false,
                    }],
                };
                out.push(leak(Stmt::Decl(Decl::Var(Box::new(decl)))));
            }
            ModuleItem::ModuleDecl(_) => {}
        }
    }
    out
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

#[allow(dead_code)]
fn _spanned(s: &Str) -> BytePos {
    s.span().lo
}
