//! Linking a module graph at compile time: every import resolved to the binding it reads
//! (ResolveExport, ECMA-262 §16.2.1.6.3) as a slot of the exporting module's top-level
//! environment, and every module's export names with what they read (for namespace objects),
//! with node's SyntaxErrors for a missing or ambiguous name.
//!
//! An import from a CommonJS file reads its `module.exports` (the default import) or a
//! property of it (a named import), after the file has run. Node finds a CommonJS file's
//! export names by static analysis and rejects a name it does not find; here any name links,
//! and `export * from` a CommonJS file re-exports nothing, since the names are only known at
//! run time.

use std::collections::HashMap;

use kiln_frontend::Diagnostic;
use kiln_frontend::modules::{ExportEntry, Graph, ImportName, Target};
use kiln_frontend::parse::Goal;
use kiln_frontend::scope::{BindingId, BindingKind};

/// What an import binding reads.
#[derive(Clone, Debug)]
pub enum Alias {
    /// Slot `slot` of module `module`'s environment; `tdz`: a lexical binding, which may
    /// still be uninitialised (checked at each read).
    Binding { module: u32, slot: u32, tdz: bool, name: String },
    Namespace(u32),
    /// Property `name` of CommonJS module `module`'s exports ("default": the exports).
    CommonJs { module: u32, name: String },
}

/// What an export name of a module reads (see `ir::ExportFrom`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportSource {
    Slot { module: u32, slot: u32 },
    Namespace(u32),
    CommonJs { module: u32, name: String },
}

pub struct Links {
    /// Keyed by (importing file, its import binding).
    pub aliases: HashMap<(usize, BindingId), Alias>,
    /// Per module: its export names and what each reads, sorted by name.
    pub exports: Vec<Vec<(String, ExportSource)>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Resolved {
    Binding(usize, String),
    Namespace(usize),
    CommonJs(usize, String),
    Ambiguous,
    NotFound,
}

pub fn link(g: &Graph) -> Result<Links, Diagnostic> {
    for (i, f) in g.files.iter().enumerate() {
        if i > 0 && f.scopes.top_level_await {
            let pos = kiln_frontend::ast::BytePos(f.base);
            return Err(f.diagnostic(pos, "top-level await in an imported module is not supported yet"));
        }
    }
    let mut aliases = HashMap::new();
    for (i, r) in g.records.iter().enumerate() {
        for imp in &r.imports {
            let Target::File(j) = g.target(i, &imp.specifier) else { continue };
            let Some(b) = g.files[i].scopes.lookup_in(0, &imp.local) else { continue };
            let resolved = match &imp.name {
                ImportName::Namespace => Resolved::Namespace(j),
                ImportName::Name(n) => resolve_export(g, j, n, &mut Vec::new()),
            };
            let alias = match resolved {
                Resolved::Binding(k, local) => binding_alias(g, k, &local),
                Resolved::Namespace(k) => Alias::Namespace(k as u32),
                Resolved::CommonJs(k, name) => Alias::CommonJs { module: k as u32, name },
                Resolved::NotFound | Resolved::Ambiguous => {
                    let ImportName::Name(n) = &imp.name else { unreachable!() };
                    let why = if resolved == Resolved::Ambiguous { "contains conflicting star exports for name" } else { "does not provide an export named" };
                    return Err(g.files[i].diagnostic(imp.pos, format!("SyntaxError: The requested module '{}' {why} '{n}'", imp.specifier)));
                }
            };
            aliases.insert((i, b), alias);
        }
    }
    let mut exports = Vec::new();
    for m in 0..g.files.len() {
        let mut list = Vec::new();
        for name in exported_names(g, m, &mut Vec::new()) {
            match resolve_export(g, m, &name, &mut Vec::new()) {
                Resolved::Binding(k, local) => {
                    if let Alias::Binding { module, slot, .. } = binding_alias(g, k, &local) {
                        list.push((name, ExportSource::Slot { module, slot }));
                    }
                }
                Resolved::Namespace(k) => list.push((name, ExportSource::Namespace(k as u32))),
                Resolved::CommonJs(k, n) => list.push((name, ExportSource::CommonJs { module: k as u32, name: n })),
                Resolved::Ambiguous | Resolved::NotFound => {}
            }
        }
        list.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
        exports.push(list);
    }
    Ok(Links { aliases, exports })
}

/// The environment slot of module `k`'s top-level binding `local` (exported bindings are
/// always captured, so they have one).
fn binding_alias(g: &Graph, k: usize, local: &str) -> Alias {
    let info = &g.files[k].scopes;
    let b = info.lookup_in(0, local).expect("exported binding exists");
    let kind = info.binding(b).kind;
    Alias::Binding {
        module: k as u32,
        slot: info.env_slot(b),
        tdz: !matches!(kind, BindingKind::Var | BindingKind::Function | BindingKind::Param),
        name: local.to_string(),
    }
}


/// ResolveExport(module, name): the binding an export name leads to, through re-exports and
/// `export *`.
fn resolve_export(g: &Graph, m: usize, name: &str, seen: &mut Vec<(usize, String)>) -> Resolved {
    match g.files[m].goal {
        Goal::Module => {}
        Goal::CommonJs => return Resolved::CommonJs(m, name.to_string()),
        Goal::Script | Goal::Json => return Resolved::NotFound,
    }
    if seen.iter().any(|(sm, sn)| *sm == m && sn == name) {
        return Resolved::NotFound;
    }
    seen.push((m, name.to_string()));
    let r = &g.records[m];
    for e in &r.exports {
        match e {
            ExportEntry::Local { name: n, local } if n == name => {
                // `import { x } from ...; export { x }` re-exports what the import reads.
                if let Some(imp) = r.imports.iter().find(|i| i.local == *local) {
                    let Target::File(j) = g.target(m, &imp.specifier) else { return Resolved::NotFound };
                    return match &imp.name {
                        ImportName::Namespace => Resolved::Namespace(j),
                        ImportName::Name(x) => resolve_export(g, j, x, seen),
                    };
                }
                return Resolved::Binding(m, local.clone());
            }
            ExportEntry::Indirect { name: n, specifier, import, .. } if n == name => {
                let Target::File(j) = g.target(m, specifier) else { return Resolved::NotFound };
                return match import {
                    ImportName::Namespace => Resolved::Namespace(j),
                    ImportName::Name(x) => resolve_export(g, j, x, seen),
                };
            }
            _ => {}
        }
    }
    if name == "default" {
        return Resolved::NotFound;
    }
    let mut found: Option<Resolved> = None;
    for e in &r.exports {
        let ExportEntry::Star { specifier } = e else { continue };
        let Target::File(j) = g.target(m, specifier) else { continue };
        // A CommonJS file's names are not known before it runs.
        if g.files[j].goal != Goal::Module {
            continue;
        }
        match resolve_export(g, j, name, seen) {
            Resolved::Ambiguous => return Resolved::Ambiguous,
            Resolved::NotFound => {}
            res => match &found {
                None => found = Some(res),
                Some(f) if *f != res => return Resolved::Ambiguous,
                Some(_) => {}
            },
        }
    }
    found.unwrap_or(Resolved::NotFound)
}

/// GetExportedNames(module): its own and re-exported names, and what `export *` brings
/// (never "default").
fn exported_names(g: &Graph, m: usize, seen: &mut Vec<usize>) -> Vec<String> {
    if seen.contains(&m) || g.files[m].goal != Goal::Module {
        return Vec::new();
    }
    seen.push(m);
    let mut out: Vec<String> = Vec::new();
    for e in &g.records[m].exports {
        match e {
            ExportEntry::Local { name, .. } | ExportEntry::Indirect { name, .. } => {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
            ExportEntry::Star { specifier } => {
                let Target::File(j) = g.target(m, specifier) else { continue };
                for n in exported_names(g, j, seen) {
                    if n != "default" && !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
    }
    out
}
