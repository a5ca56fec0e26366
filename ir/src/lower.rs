//! Lowering: from the checked AST and its scope information to IR, one function at a time.
//!
//! Variables a closure captures live in environment slots (one environment per scope that
//! has any, created on scope entry, copied per iteration for `for (let ...)` loops); all other
//! variables are IR locals. Control flow becomes blocks; `try` regions set the handler of the
//! blocks inside them; `finally` is lowered once, entered with a completion code that says
//! where to go after it. Constructs outside what is implemented are diagnostics, never panics.

use std::collections::HashMap;

use kiln_frontend::Diagnostic;
use kiln_frontend::Parsed;
use kiln_frontend::modules::Graph;
use kiln_frontend::parse::Goal;
use kiln_frontend::ast::*;
use kiln_frontend::scope::{BindingId, BindingKind, Resolution, ScopeId, ScopeKind};
use swc_common_shim::{BytePos, Spanned};

use crate::ir::{self, Block, BlockId, FuncId, FuncKind, Inst, Local, LocalId, Op, StrId, Term, Ty, ValueId, BinOp, UnOp};
use crate::ir::Module as IrModule;

/// swc's span types, through the front end (the only crate that depends on swc).
mod swc_common_shim {
    pub use kiln_frontend::ast::{BytePos, Spanned};
}

pub fn lower(parsed: &Parsed) -> Result<IrModule, Diagnostic> {
    let mut mb = ModuleBuilder::new(std::slice::from_ref(parsed), None);
    let main = mb.reserve();
    mb.queue.push((main, Source::Main, "".into(), 0));
    mb.drain()
}

/// Lowers a program: a classic script is one function; otherwise each file of the module
/// graph (ES modules, CommonJS files, JSON files) is a module of the runtime's module table:
/// function 0 registers them (bodies, formats, static imports, exports, what each `require`
/// resolved to) and evaluates the entry, which evaluates what it imports first and runs
/// what it requires when it requires it.
pub fn lower_graph(g: &Graph) -> Result<IrModule, Diagnostic> {
    if g.files[0].goal == Goal::Script && g.files.len() == 1 {
        return lower(&g.files[0]);
    }
    // (A classic script whose `import()`s name modules is a graph too; the table runs its
    // body as it runs a CommonJS one, and its top level still binds globals.)
    let mut mb = ModuleBuilder::new(&g.files, Some(g));
    let links = crate::link::link(g)?;
    mb.aliases = links.aliases;
    let program = mb.reserve();
    // A JSON file has no body function: the runtime parses its text.
    let bodies: Vec<Option<FuncId>> = g.files.iter().map(|f| (f.goal != Goal::Json).then(|| mb.reserve())).collect();
    for (i, fid) in bodies.iter().enumerate().rev() {
        if let Some(fid) = fid {
            mb.queue.push((*fid, Source::Main, String::new(), i));
        }
    }
    let f = FnBuilder::program_main(&mut mb, &bodies, &links.exports);
    mb.module.functions[program.0 as usize] = f;
    mb.drain()
}

#[derive(Clone, Copy)]
enum Source<'a> {
    Main,
    Function(&'a Function, Option<&'a Ident>, FuncKind),
    Arrow(&'a ArrowExpr),
    /// An explicit class constructor (derived or not).
    Constructor(&'a Constructor, &'a Class),
    /// The constructor of a class without one.
    DefaultConstructor(&'a Class),
    /// The initialiser of a class's instance fields.
    FieldsInit(&'a Class),
    /// A static field's initialiser or a static block.
    StaticInit(&'a ClassMember),
}

struct ModuleBuilder<'a> {
    /// The file whose functions are being lowered (one of `files`).
    parsed: &'a Parsed,
    files: &'a [Parsed],
    /// The index of `parsed` in `files` (its module index in a graph).
    file: usize,
    graph: Option<&'a Graph>,
    /// Import bindings of a graph's modules, keyed by (file, binding): what they read.
    aliases: HashMap<(usize, BindingId), crate::link::Alias>,
    module: IrModule,
    strings: HashMap<Vec<u16>, StrId>,
    queue: Vec<(FuncId, Source<'a>, String, usize)>,
    error: Option<Diagnostic>,
    /// Function declarations whose binding always holds the function: calls through the
    /// binding can be direct. Keyed by (file, binding).
    decl_funcs: HashMap<(usize, BindingId), FuncId>,
}

impl<'a> ModuleBuilder<'a> {
    fn new(files: &'a [Parsed], graph: Option<&'a Graph>) -> ModuleBuilder<'a> {
        ModuleBuilder {
            parsed: &files[0],
            files,
            file: 0,
            graph,
            aliases: HashMap::new(),
            module: IrModule::default(),
            strings: HashMap::new(),
            queue: Vec::new(),
            error: None,
            decl_funcs: HashMap::new(),
        }
    }

    /// Builds every queued function (each queues the functions it contains).
    fn drain(mut self) -> Result<IrModule, Diagnostic> {
        while let Some((id, src, name, file)) = self.queue.pop() {
            self.file = file;
            self.parsed = &self.files[file];
            let f = FnBuilder::build(&mut self, &src, name);
            self.module.functions[id.0 as usize] = f;
            if self.error.is_some() {
                break;
            }
        }
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.module),
        }
    }

    fn reserve(&mut self) -> FuncId {
        self.module.functions.push(new_function(String::new(), FuncKind::Normal, false, String::new()));
        FuncId(self.module.functions.len() as u32 - 1)
    }

    fn str_units(&mut self, units: Vec<u16>) -> StrId {
        if let Some(&id) = self.strings.get(&units) {
            return id;
        }
        let id = StrId(self.module.strings.len() as u32);
        self.module.strings.push(units.clone());
        self.strings.insert(units, id);
        id
    }

    fn str(&mut self, s: &str) -> StrId {
        self.str_units(s.encode_utf16().collect())
    }

    fn fail(&mut self, pos: BytePos, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(self.parsed.diagnostic(pos, msg));
        }
    }
}

/// Where a binding lives in the function being built.
#[derive(Clone, Copy)]
enum Loc {
    Local(LocalId),
    Env { scope: ScopeId, slot: u32 },
}

struct Target {
    labels: Vec<String>,
    is_loop: bool,
    /// Plain blocks are only reachable by labelled break.
    is_switch: bool,
    break_to: BlockId,
    continue_to: Option<BlockId>,
    finally_depth: usize,
}

/// How control leaves a `finally` after running it.
#[derive(Clone, Copy)]
enum Exit {
    Break(usize),
    Continue(usize),
    Return,
}

struct Finally {
    block: BlockId,
    kind: LocalId,
    value: LocalId,
    exits: Vec<(i32, Exit)>,
}

const COMPLETION_NORMAL: i32 = 0;
const COMPLETION_THROW: i32 = 1;
const COMPLETION_RETURN: i32 = 2;

struct FnBuilder<'a, 'm> {
    mb: &'m mut ModuleBuilder<'a>,
    f: ir::Function,
    cur: BlockId,
    terminated: bool,
    handler: Option<BlockId>,
    pos: u32,
    func_scope: ScopeId,
    /// The lexical scope being lowered.
    scope: ScopeId,
    locs: HashMap<BindingId, Loc>,
    /// Environments created in this function: scope → local holding it.
    envs: HashMap<ScopeId, LocalId>,
    /// The local holding the callee's closed-over environment.
    outer_env: LocalId,
    targets: Vec<Target>,
    finallies: Vec<Finally>,
    pending_labels: Vec<String>,
    /// The source text of the value the next object pattern destructures, for messages.
    destructure_src: Option<String>,
    /// Enclosing for-of loops: (index of the loop's jump target, local holding its iterator),
    /// to close iterators that a break, continue or return leaves.
    /// The enclosing for-of loops: (target index, iterator local, `for await`).
    iter_loops: Vec<(usize, LocalId, bool)>,
    /// A graph module's body past its instantiation (`module_phases`): its captured
    /// functions already exist.
    module_instantiated: bool,
}

fn is_index_like(n: f64) -> bool {
    n >= 0.0 && n < 4294967295.0 && n.fract() == 0.0
}

impl<'a, 'm> FnBuilder<'a, 'm> {
    /// A builder for `f`, whose code starts at `pos` in scope `scope`.
    fn new(mb: &'m mut ModuleBuilder<'a>, f: ir::Function, pos: u32, scope: ScopeId) -> FnBuilder<'a, 'm> {
        FnBuilder {
            mb,
            f,
            cur: BlockId(0),
            terminated: false,
            handler: None,
            pos,
            func_scope: scope,
            scope,
            locs: HashMap::new(),
            envs: HashMap::new(),
            outer_env: LocalId(0),
            targets: Vec::new(),
            finallies: Vec::new(),
            pending_labels: Vec::new(),
            destructure_src: None,
            iter_loops: Vec::new(),
            module_instantiated: false,
        }
    }

    fn build(mb: &'m mut ModuleBuilder<'a>, src: &Source<'a>, name: String) -> ir::Function {
        let parsed = mb.parsed;
        if let Source::DefaultConstructor(c) = src {
            return Self::default_constructor(mb, c, name);
        }
        let ctor_kind = |c: &Class| if c.super_class.is_some() { FuncKind::DerivedConstructor } else { FuncKind::ClassConstructor };
        let (pos, kind) = match src {
            Source::Main => (BytePos(0), if parsed.scopes.top_level_await { FuncKind::AsyncMain } else { FuncKind::Main }),
            Source::Function(f, _, k) => (f.span.lo, *k),
            Source::Arrow(a) => (a.span.lo, if a.is_async { FuncKind::Async } else { FuncKind::Arrow }),
            Source::Constructor(ctor, c) => (ctor.span.lo, ctor_kind(c)),
            Source::FieldsInit(c) => (c.span.lo, FuncKind::Method),
            Source::StaticInit(ClassMember::ClassProp(p)) => (p.span.lo, FuncKind::Method),
            Source::StaticInit(ClassMember::PrivateProp(p)) => (p.span.lo, FuncKind::Method),
            Source::StaticInit(ClassMember::StaticBlock(b)) => (b.span.lo, FuncKind::Method),
            Source::StaticInit(_) | Source::DefaultConstructor(_) => unreachable!(),
        };
        let fs = parsed.scopes.func_at(pos).clone();
        let source = match src {
            Source::Function(f, _, _) => method_definition_text(parsed.text(f.span.lo, f.span.hi)).to_string(),
            Source::Arrow(a) => parsed.text(a.span.lo, a.span.hi).to_string(),
            Source::Constructor(_, c) => parsed.text(c.span.lo, c.span.hi).to_string(),
            _ => String::new(),
        };
        let mut b = FnBuilder::new(mb, new_function(name, kind, fs.strict, source), pos.0, fs.scope);
        let entry = b.new_block();
        b.switch_to(entry);
        b.outer_env = b.local("<env>");
        let e = b.emit(Op::CalleeEnv, Ty::Any);
        b.emit_void(Op::SetLocal(b.outer_env, e));
        if matches!(src, Source::Main) && b.instantiable_module() {
            b.module_phases(&fs);
        } else {
            b.enter_scope(fs.scope);
        }
        if b.f.kind == FuncKind::Async {
            // An error while binding an async function's parameters rejects its promise
            // rather than throwing (EvaluateAsyncFunctionBody).
            let fail = b.new_block();
            b.handler = Some(fail);
            let params = b.new_block();
            b.jump(params);
            b.switch_to(params);
            b.prologue(src, &fs);
            b.handler = None;
            let body = b.new_block();
            b.jump(body);
            b.switch_to(fail);
            let e = b.emit(Op::TakeException, Ty::Any);
            let p = b.emit(Op::RejectedPromise(e), Ty::Object);
            b.terminate(Term::Return(p));
            b.switch_to(body);
        } else {
            b.prologue(src, &fs);
        }
        if b.f.kind.is_resumable() {
            // The call itself only binds parameters and makes the generator object; the body
            // runs on the first next() (an async function's runtime driver starts it at once).
            let g = b.emit(Op::GeneratorCreate, Ty::Object);
            let gl = b.local("<generator>");
            b.set(gl, g);
            b.f.generator_local = Some(gl);
            b.suspend(g);
        }
        match src {
            Source::Main => {
                let stmts: Vec<&Stmt> = match &parsed.program {
                    Program::Script(s) => s.body.iter().collect(),
                    Program::Module(m) => kiln_frontend::modules::module_statements(m),
                };
                if let Program::Module(m) = &parsed.program {
                    b.imports(m);
                }
                if b.module_instantiated {
                    let info = b.scopes();
                    b.hoist_functions_where(&stmts, |x| !x.is_some_and(|x| info.binding(x).captured));
                } else {
                    b.hoist_functions(&stmts);
                }
                for s in stmts {
                    b.stmt(s);
                }
            }
            Source::Function(f, _, _) => {
                if let Some(body) = &f.body {
                    let stmts: Vec<&Stmt> = body.stmts.iter().collect();
                    b.enter_body_scope(body.span.lo);
                    b.hoist_functions(&stmts);
                    for s in stmts {
                        b.stmt(s);
                    }
                }
            }
            Source::Arrow(a) => match &*a.body {
                ArrowFunctionBody::FunctionBody(body) => {
                    let stmts: Vec<&Stmt> = body.stmts.iter().collect();
                    b.enter_body_scope(body.span.lo);
                    b.hoist_functions(&stmts);
                    for s in stmts {
                        b.stmt(s);
                    }
                }
                ArrowFunctionBody::Expr(e) => {
                    let v = b.expr(e);
                    b.ret(v);
                }
            },
            Source::Constructor(ctor, _) => {
                if let Some(body) = &ctor.body {
                    let stmts: Vec<&Stmt> = body.stmts.iter().collect();
                    b.enter_body_scope(body.span.lo);
                    b.hoist_functions(&stmts);
                    for s in stmts {
                        b.stmt(s);
                    }
                }
            }
            Source::FieldsInit(c) => {
                let this = b.emit(Op::This, Ty::Object);
                let tl = b.local("<this>");
                b.set(tl, this);
                // Private methods and accessors first, then fields in order.
                let class_scope = parsed.scopes.scope_at(c.span.lo, ScopeKind::Block);
                let mut done: Vec<String> = Vec::new();
                let mut computed = 0;
                for m in &c.body {
                    if let ClassMember::PrivateMethod(pm) = m {
                        if !pm.is_static && !done.contains(&pm.key.name.to_string()) {
                            done.push(pm.key.name.to_string());
                            let t = b.get(tl);
                            b.install_private_methods(class_scope, &pm.key.name, t);
                        }
                    }
                }
                for m in &c.body {
                    if let ClassMember::PrivateProp(pp) = m {
                        if pp.is_static {
                            continue;
                        }
                        b.at(pp.span.lo);
                        let v = match &pp.value {
                            Some(v) => b.expr_named(v, &format!("#{}", pp.key.name)),
                            None => b.undef(),
                        };
                        let sym = b.private_binding_value(class_scope, &pp.key.name);
                        let t = b.get(tl);
                        b.emit_void(Op::DefinePrivate { obj: t, name: sym, value: v, method: false });
                        continue;
                    }
                    let ClassMember::ClassProp(p) = m else { continue };
                    if p.is_static {
                        continue;
                    }
                    b.at(p.span.lo);
                    let (k, name) = if let PropName::Computed(_) = &p.key {
                        // Evaluated with the class definition (class_value).
                        computed += 1;
                        (b.emit(Op::FieldKey(computed - 1), Ty::Any), String::new())
                    } else {
                        b.prop_key(&p.key)
                    };
                    let v = match &p.value {
                        Some(v) => b.expr_named(v, &name),
                        None => b.undef(),
                    };
                    let t = b.get(tl);
                    b.emit_void(Op::DefineField(t, k, v));
                }
            }
            Source::StaticInit(ClassMember::ClassProp(p)) => {
                let name = match &p.key {
                    PropName::Ident(i) => i.sym.to_string(),
                    PropName::Str(s) => s.value.to_string_lossy().into_owned(),
                    _ => String::new(),
                };
                let v = match &p.value {
                    Some(v) => b.expr_named(v, &name),
                    None => b.undef(),
                };
                b.ret(v);
            }
            Source::StaticInit(ClassMember::PrivateProp(p)) => {
                let v = match &p.value {
                    Some(v) => b.expr_named(v, &format!("#{}", p.key.name)),
                    None => b.undef(),
                };
                b.ret(v);
            }
            Source::StaticInit(ClassMember::StaticBlock(sb)) => {
                let stmts: Vec<&Stmt> = sb.body.stmts.iter().collect();
                b.hoist_functions(&stmts);
                for s in stmts {
                    b.stmt(s);
                }
            }
            Source::StaticInit(_) | Source::DefaultConstructor(_) => unreachable!(),
        }
        if !b.terminated {
            let u = b.emit(Op::Undefined, Ty::Undefined);
            b.ret(u);
        }
        if b.f.kind.is_resumable() {
            crate::passes::spill_cross_block_values(&mut b.f);
        }
        b.f
    }

    /// Function 0 of a module graph: registers each module (format, body, path, static
    /// imports, exports, resolved requires) in the runtime's module table, then evaluates
    /// the entry.
    fn program_main(mb: &'m mut ModuleBuilder<'a>, bodies: &[Option<FuncId>], exports: &[Vec<(String, crate::link::ExportSource)>]) -> ir::Function {
        use kiln_frontend::modules::Target;
        let graph = mb.graph.expect("a graph");
        let mut b = FnBuilder::new(mb, new_function(String::new(), FuncKind::Main, true, String::new()), 0, 0);
        let entry = b.new_block();
        b.switch_to(entry);
        for (i, body) in bodies.iter().enumerate() {
            let file = &graph.files[i];
            let (format, body) = match (file.goal, body) {
                (Goal::Json, _) => {
                    // node strips a byte order mark before parsing.
                    let text = b.mb.str(file.source.strip_prefix('\u{feff}').unwrap_or(&file.source));
                    (ir::ModuleFormat::Json, b.emit(Op::Str(text), Ty::String))
                }
                (goal, Some(fid)) => {
                    let u = b.undef();
                    let format = if goal == Goal::Module { ir::ModuleFormat::Esm } else { ir::ModuleFormat::CommonJs };
                    (format, b.emit(Op::Closure(*fid, u), Ty::Object))
                }
                (_, None) => unreachable!("a JavaScript file has a body"),
            };
            let path = b.mb.str(&graph.paths[i].display().to_string());
            b.emit_void(Op::ModuleRegister { module: i as u32, format, body, path });
        }
        for (i, record) in graph.records.iter().enumerate() {
            for spec in record.requested.iter().filter(|s| !record.dynamic.contains(s)) {
                if let Target::File(j) = graph.target(i, spec) {
                    b.emit_void(Op::ModuleDep(i as u32, j as u32));
                }
            }
        }
        for (i, file) in graph.files.iter().enumerate() {
            if file.goal != Goal::CommonJs {
                continue;
            }
            // Sorted, so that the program does not depend on the hash map's order.
            let mut resolved: Vec<(&String, &Target)> = graph.resolved[i].iter().collect();
            resolved.sort_by(|a, b| a.0.cmp(b.0));
            for (spec, target) in resolved {
                let specifier = b.mb.str(spec);
                match *target {
                    Target::File(j) => b.emit_void(Op::ModuleRequire { module: i as u32, specifier, target: j as u32 }),
                    Target::Failed(k) => {
                        let f = &graph.failures[k];
                        let (code, message) = (b.mb.str(f.code), b.mb.str(&f.message));
                        b.emit_void(Op::ModuleRequireFails { module: i as u32, specifier, code, message, require_stack: f.require_stack });
                    }
                    Target::Core(_) => {}
                }
            }
        }
        for (dir, j) in &graph.directories {
            let path = b.mb.str(&dir.display().to_string());
            b.emit_void(Op::ModuleDirectory { path, module: *j as u32 });
        }
        for (i, list) in exports.iter().enumerate() {
            for (name, source) in list {
                let name = b.mb.str(name);
                let from = match source {
                    crate::link::ExportSource::Slot { module, slot } => ir::ExportFrom::Slot { module: *module, slot: *slot },
                    crate::link::ExportSource::Namespace(m) => ir::ExportFrom::Namespace(*m),
                    crate::link::ExportSource::CommonJs { module, name } => ir::ExportFrom::CommonJs { module: *module, name: b.mb.str(name) },
                };
                b.emit_void(Op::ModuleExport { module: i as u32, name, from });
            }
        }
        for (i, f) in graph.files.iter().enumerate() {
            // The bodies `FnBuilder::instantiable_module` gives an instantiation mode.
            if f.goal == Goal::Module && !f.scopes.top_level_await && f.scopes.has_env(0) {
                b.emit(Op::ModuleInstantiate(i as u32), Ty::Any);
            }
        }
        b.emit(Op::ModuleEvaluate(0), Ty::Any);
        let u = b.undef();
        b.terminate(Term::Return(u));
        b.f
    }

    /// `constructor() {}` or `constructor(...args) { super(...args); }`, built directly.
    fn default_constructor(mb: &'m mut ModuleBuilder<'a>, c: &'a Class, name: String) -> ir::Function {
        let derived = c.super_class.is_some();
        let source_text = mb.parsed.text(c.span.lo, c.span.hi).to_string();
        let mut b = FnBuilder::new(mb, new_function(name, if derived { FuncKind::DerivedConstructor } else { FuncKind::ClassConstructor }, true, source_text), c.span.lo.0, 0);
        let entry = b.new_block();
        b.switch_to(entry);
        b.require_new();
        let this = if derived {
            let args = b.emit(Op::Rest(0), Ty::Object);
            b.emit(Op::SuperCallSpread(args), Ty::Object)
        } else {
            b.emit(Op::This, Ty::Object)
        };
        b.emit_void(Op::InitFields(this));
        b.terminate(Term::Return(this));
        b.f
    }

    /// Suspends the generator with `v` (a yield); returns the value it is resumed with.
    /// Resumption by throw() throws here, by return() returns from here (through finally).
    fn suspend(&mut self, v: ValueId) -> ValueId {
        let (mode, value) = self.suspend_raw(v);
        let vl = self.local("<resumed>");
        self.set(vl, value);
        self.resumption(mode, vl)
    }

    /// After a yield: resumed by throw() throws here, by return() returns (through finally);
    /// by next() gives the value in `vl`.
    fn resumption(&mut self, mode: ValueId, vl: LocalId) -> ValueId {
        let one = self.int(1);
        let is_throw = self.emit(Op::Binary(BinOp::StrictEq, mode, one), Ty::Bool);
        let throw_b = self.new_block();
        let next = self.new_block();
        self.branch(is_throw, throw_b, next);
        self.switch_to(throw_b);
        let x = self.get(vl);
        self.terminate(Term::Throw(x));
        self.switch_to(next);
        let two = self.int(2);
        let is_return = self.emit(Op::Binary(BinOp::StrictEq, mode, two), Ty::Bool);
        let ret_b = self.new_block();
        let cont = self.new_block();
        self.branch(is_return, ret_b, cont);
        self.switch_to(ret_b);
        let x = self.get(vl);
        self.ret(x);
        self.switch_to(cont);
        self.get(vl)
    }

    /// `` tag`a${x}b` ``: calls the tag with the site's template object and the substitutions.
    fn tagged_template(&mut self, t: &'a TaggedTpl) -> ValueId {
        let (f, this) = match &*t.tag {
            Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let f = self.member_get(obj, m);
                (f, obj)
            }
            Expr::Ident(id) => self.ident_callee(id),
            other => {
                let f = self.expr(other);
                let u = self.undef();
                (f, u)
            }
        };
        let cooked: Vec<Option<StrId>> = t
            .tpl
            .quasis
            .iter()
            .map(|q| q.cooked.as_ref().map(|c| self.mb.str_units(c.as_wtf8().to_ill_formed_utf16().collect())))
            .collect();
        let raw: Vec<StrId> = t.tpl.quasis.iter().map(|q| self.mb.str(&q.raw)).collect();
        self.at(t.span.lo);
        let strings = self.emit(Op::TemplateObject { cooked, raw }, Ty::Object);
        let mut args = vec![strings];
        for e in &t.tpl.exprs {
            args.push(self.expr(e));
        }
        let what = self.callee_text(&t.tag);
        let what = self.mb.str(&what);
        self.at(t.span.lo);
        self.emit(Op::Call { callee: f, this, args, what }, Ty::Any)
    }

    /// `await v`: suspends until the promise for `v` settles; a rejection throws here.
    fn await_value(&mut self, v: ValueId) -> ValueId {
        let (mode, value) = self.suspend_raw(v);
        let vl = self.local("<awaited>");
        self.set(vl, value);
        let one = self.int(1);
        let is_throw = self.emit(Op::Binary(BinOp::StrictEq, mode, one), Ty::Bool);
        let throw_b = self.new_block();
        let cont = self.new_block();
        self.branch(is_throw, throw_b, cont);
        self.switch_to(throw_b);
        let x = self.get(vl);
        self.terminate(Term::Throw(x));
        self.switch_to(cont);
        self.get(vl)
    }

    /// `yield v` in an async generator (v already awaited): suspends as a yield; a return()
    /// resumption awaits its value first, and a rejection there becomes a throw
    /// (AsyncGeneratorUnwrapYieldResumption). Returns locals holding (mode, value).
    fn async_yield_raw(&mut self, v: ValueId) -> (LocalId, LocalId) {
        self.emit_void(Op::YieldMark);
        let (m, x) = self.suspend_raw(v);
        let ml = self.local("<resume-mode>");
        let xl = self.local("<resumed>");
        self.set(ml, m);
        self.set(xl, x);
        let two = self.int(2);
        let is_return = self.emit(Op::Binary(BinOp::StrictEq, m, two), Ty::Bool);
        let await_b = self.new_block();
        let join = self.new_block();
        self.branch(is_return, await_b, join);
        self.switch_to(await_b);
        let x = self.get(xl);
        let (am, av) = self.suspend_raw(x);
        self.set(xl, av);
        let one = self.int(1);
        let rejected = self.emit(Op::Binary(BinOp::StrictEq, am, one), Ty::Bool);
        let rej_b = self.new_block();
        self.branch(rejected, rej_b, join);
        self.switch_to(rej_b);
        let one = self.int(1);
        self.set(ml, one);
        self.jump(join);
        self.switch_to(join);
        (ml, xl)
    }

    /// `yield v` in an async generator.
    fn async_yield(&mut self, v: ValueId) -> ValueId {
        let a = self.await_value(v);
        let (ml, xl) = self.async_yield_raw(a);
        let mode = self.get(ml);
        self.resumption(mode, xl)
    }

    /// The locals and blocks a `yield*` loop shares (sync or async): the inner iterator, what
    /// the generator was resumed with (first `next(undefined)`), the result, and the loop's
    /// head (current block when this returns) and exit.
    fn start_delegation(&mut self, iter: ValueId) -> Delegation {
        let il = self.local("<delegate>");
        self.set(il, iter);
        let received = self.local("<received>");
        let mode = self.local("<mode>");
        let u = self.undef();
        self.set(received, u);
        let z = self.int(0);
        self.set(mode, z);
        let result = self.local("<yield*>");
        let head = self.new_block();
        let exit = self.new_block();
        self.jump(head);
        self.switch_to(head);
        Delegation { iter: il, received, mode, result, head, exit }
    }

    /// `yield* iterable` in an async generator: the inner iterator is an async one (or a sync
    /// one wrapped by the runtime); every result it gives is awaited.
    fn async_yield_star(&mut self, v: ValueId) -> ValueId {
        let rec = self.emit(Op::AsyncIterInit(v), Ty::Object);
        let Delegation { iter: recl, received: recv, mode: model, result, head, exit } = self.start_delegation(rec);
        let (r, rv, m) = (self.get(recl), self.get(recv), self.get(model));
        let raw = self.emit(Op::AsyncYieldStarStep(r, rv, m), Ty::Any);
        let rawl = self.local("<inner-result>");
        self.set(rawl, raw);
        let missing = self.emit(Op::Unary(UnOp::IsDone, raw), Ty::Bool);
        let missing_b = self.new_block();
        let got_b = self.new_block();
        self.branch(missing, missing_b, got_b);
        // The inner iterator has no return(): return the (awaited) value; no throw(): close
        // it and throw a TypeError.
        self.switch_to(missing_b);
        let m = self.get(model);
        let two = self.int(2);
        let is_return = self.emit(Op::Binary(BinOp::StrictEq, m, two), Ty::Bool);
        let ret_b = self.new_block();
        let throw_b = self.new_block();
        self.branch(is_return, ret_b, throw_b);
        self.switch_to(ret_b);
        let x = self.get(recv);
        let a = self.await_value(x);
        self.ret(a);
        self.switch_to(throw_b);
        let r = self.get(recl);
        self.async_close(r);
        let msg = self.mb.str("The iterator does not provide a 'throw' method");
        self.emit_void(Op::ThrowTypeError(msg));
        self.terminate(Term::Unreachable);
        // A result: await it; done ends the yield* (or the return() it forwarded).
        self.switch_to(got_b);
        let raw = self.get(rawl);
        let r = self.await_value(raw);
        let rl = self.local("<inner-result>");
        self.set(rl, r);
        self.emit_void(Op::IterResultCheck(r));
        let done_k = self.mb.str("done");
        let done = self.emit(Op::GetProp(r, done_k), Ty::Any);
        let done_b = self.new_block();
        let yield_b = self.new_block();
        self.branch(done, done_b, yield_b);
        self.switch_to(done_b);
        let r = self.get(rl);
        let value_k = self.mb.str("value");
        let value = self.emit(Op::GetProp(r, value_k), Ty::Any);
        let vl = self.local("<inner-value>");
        self.set(vl, value);
        let m = self.get(model);
        let two = self.int(2);
        let was_return = self.emit(Op::Binary(BinOp::StrictEq, m, two), Ty::Bool);
        let dret_b = self.new_block();
        let dval_b = self.new_block();
        self.branch(was_return, dret_b, dval_b);
        self.switch_to(dret_b);
        let x = self.get(vl);
        let a = self.await_value(x);
        self.ret(a);
        self.switch_to(dval_b);
        let x = self.get(vl);
        self.set(result, x);
        self.jump(exit);
        self.switch_to(yield_b);
        let r = self.get(rl);
        let value = self.emit(Op::GetProp(r, value_k), Ty::Any);
        let (ml, xl) = self.async_yield_raw(value);
        let (mv, xv) = (self.get(ml), self.get(xl));
        self.set(model, mv);
        self.set(recv, xv);
        self.jump(head);
        self.switch_to(exit);
        self.get(result)
    }

    /// AsyncIteratorClose for a normal exit: calls return() if there is one, awaits its
    /// result and checks that it is an object.
    fn async_close(&mut self, rec: ValueId) {
        let c = self.emit(Op::AsyncIterClose(rec), Ty::Any);
        let none = self.emit(Op::Unary(UnOp::IsDone, c), Ty::Bool);
        let await_b = self.new_block();
        let after = self.new_block();
        self.branch(none, after, await_b);
        self.switch_to(await_b);
        let r = self.await_value(c);
        self.emit_void(Op::IterResultCheck(r));
        self.jump(after);
        self.switch_to(after);
    }

    /// Suspends with `v`; returns (resume mode, resume value) as they come.
    fn suspend_raw(&mut self, v: ValueId) -> (ValueId, ValueId) {
        let r = self.new_block();
        self.f.resume_points.push(r);
        self.terminate(Term::Suspend(v, r));
        self.switch_to(r);
        let mode = self.emit(Op::ResumeMode, Ty::Any);
        let value = self.emit(Op::ResumeValue, Ty::Any);
        (mode, value)
    }

    /// `yield* iterable`: forwards next/throw/return to the inner iterator until it is done;
    /// its final value is the expression's value.
    fn yield_star(&mut self, v: ValueId) -> ValueId {
        let it = self.emit(Op::IterInit(v), Ty::Object);
        let Delegation { iter: itl, received: recv, mode: model, result, head, exit } = self.start_delegation(it);
        let (it, rv, m) = (self.get(itl), self.get(recv), self.get(model));
        let r = self.emit(Op::YieldStarStep(it, rv, m), Ty::Object);
        let done_k = self.mb.str("done");
        let value_k = self.mb.str("value");
        let done = self.emit(Op::GetProp(r, done_k), Ty::Any);
        let value = self.emit(Op::GetProp(r, value_k), Ty::Any);
        let vl = self.local("<inner-value>");
        self.set(vl, value);
        let finished = self.new_block();
        let yielding = self.new_block();
        self.branch(done, finished, yielding);
        // Done: the value of yield*, unless we were forwarding a return().
        self.switch_to(finished);
        let m = self.get(model);
        let two = self.int(2);
        let was_return = self.emit(Op::Binary(BinOp::StrictEq, m, two), Ty::Bool);
        let ret_b = self.new_block();
        let val_b = self.new_block();
        self.branch(was_return, ret_b, val_b);
        self.switch_to(ret_b);
        let x = self.get(vl);
        self.ret(x);
        self.switch_to(val_b);
        let x = self.get(vl);
        self.set(result, x);
        self.jump(exit);
        // Not done: yield the inner value and loop with whatever we are resumed with.
        self.switch_to(yielding);
        let x = self.get(vl);
        let (mode, value) = self.suspend_raw(x);
        self.set(model, mode);
        self.set(recv, value);
        self.jump(head);
        self.switch_to(exit);
        self.get(result)
    }

    /// The function's own `this`. At the top level it depends on the goal: `module.exports`
    /// in CommonJS (the runtime calls the body with it), undefined in a module, the global
    /// object in a classic script.
    fn this_value(&mut self) -> ValueId {
        if self.f.kind.is_main() {
            match self.mb.parsed.goal {
                Goal::Module => return self.undef(),
                Goal::Script => {
                    let g = self.mb.str("globalThis");
                    return self.emit(Op::GetGlobal(g), Ty::Any);
                }
                Goal::CommonJs | Goal::Json => {}
            }
        }
        self.emit(Op::This, Ty::Any)
    }

    /// An ES module's imports, bound before its body runs. Only Node's core modules exist to
    /// import from so far; the default export and a namespace import are the module's
    /// exports object, as `require` gives it.
    fn imports(&mut self, m: &'a Module) {
        for item in &m.body {
            let ModuleItem::ModuleDecl(ModuleDecl::Import(i)) = item else { continue };
            let spec = i.src.value.to_string_lossy().into_owned();
            if let Some(g) = self.mb.graph {
                // Imports of the graph's files are aliases, read where they are used.
                if let kiln_frontend::modules::Target::File(_) = g.target(self.mb.file, &spec) {
                    continue;
                }
            }
            let Some(name) = kiln_abi::modules::core_module(&spec) else {
                let why = if kiln_abi::modules::is_node_builtin(&spec) {
                    format!("node's '{spec}' module is not available in Kiln yet")
                } else {
                    format!("Cannot find module '{spec}': importing the program's own files and packages is not supported yet")
                };
                self.fail(i.src.span.lo, &why);
                continue;
            };
            if i.type_only || i.phase != ImportPhase::Evaluation {
                self.fail(i.span.lo, "this form of import is not supported");
                continue;
            }
            self.at(i.span.lo);
            let k = self.mb.str(name);
            let ns = self.emit(Op::CoreModule(k), Ty::Object);
            for s in &i.specifiers {
                let (local, v) = match s {
                    ImportSpecifier::Named(n) => {
                        let imported = match &n.imported {
                            Some(ModuleExportName::Ident(id)) => id.sym.to_string(),
                            Some(ModuleExportName::Str(s)) => s.value.to_string_lossy().into_owned(),
                            None => n.local.sym.to_string(),
                        };
                        let v = if imported == "default" {
                            ns
                        } else {
                            let key = self.mb.str(&imported);
                            self.emit(Op::GetProp(ns, key), Ty::Any)
                        };
                        (&n.local, v)
                    }
                    ImportSpecifier::Default(d) => (&d.local, ns),
                    ImportSpecifier::Namespace(n) => (&n.local, ns),
                };
                self.init_ident(local, v);
            }
        }
    }

    /// Class constructors throw when called without `new`.
    fn require_new(&mut self) {
        let nt = self.emit(Op::NewTarget, Ty::Any);
        let u = self.undef();
        let called = self.emit(Op::Binary(BinOp::StrictEq, nt, u), Ty::Bool);
        let bad = self.new_block();
        let ok = self.new_block();
        self.branch(called, bad, ok);
        self.switch_to(bad);
        let msg = format!("Class constructor {} cannot be invoked without 'new'", self.f.name);
        let m = self.mb.str(&msg);
        self.emit_void(Op::ThrowTypeError(m));
        let u = self.undef();
        self.terminate(Term::Return(u));
        self.switch_to(ok);
    }

    // ----- building blocks -----

    fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(Block { insts: Vec::new(), term: Term::Unreachable, handler: self.handler });
        BlockId(self.f.blocks.len() as u32 - 1)
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
        self.terminated = false;
    }

    fn terminate(&mut self, t: Term) {
        if !self.terminated {
            self.f.blocks[self.cur.0 as usize].term = t;
            self.terminated = true;
        }
    }

    fn jump(&mut self, b: BlockId) {
        self.terminate(Term::Jump(b));
    }

    /// Makes sure instructions go to a live block (code after `return` is unreachable but
    /// must still be lowered somewhere).
    fn live(&mut self) {
        if self.terminated {
            let b = self.new_block();
            self.switch_to(b);
        }
    }

    fn emit(&mut self, op: Op, ty: Ty) -> ValueId {
        self.live();
        let v = ValueId(self.f.value_types.len() as u32);
        self.f.value_types.push(ty);
        let pos = self.pos;
        self.f.blocks[self.cur.0 as usize].insts.push(Inst { result: Some(v), op, pos });
        v
    }

    fn emit_void(&mut self, op: Op) {
        self.live();
        let pos = self.pos;
        self.f.blocks[self.cur.0 as usize].insts.push(Inst { result: None, op, pos });
    }

    fn local(&mut self, name: &str) -> LocalId {
        self.f.locals.push(Local { name: name.to_string() });
        LocalId(self.f.locals.len() as u32 - 1)
    }

    fn get(&mut self, l: LocalId) -> ValueId {
        self.emit(Op::GetLocal(l), Ty::Any)
    }

    fn set(&mut self, l: LocalId, v: ValueId) {
        self.emit_void(Op::SetLocal(l, v));
    }

    fn undef(&mut self) -> ValueId {
        self.emit(Op::Undefined, Ty::Undefined)
    }

    fn int(&mut self, i: i32) -> ValueId {
        self.emit(Op::Int(i), Ty::Int32)
    }

    fn str_val(&mut self, s: &str) -> ValueId {
        let id = self.mb.str(s);
        self.emit(Op::Str(id), Ty::String)
    }

    fn branch(&mut self, cond: ValueId, t: BlockId, e: BlockId) {
        let c = if self.f.ty(cond) == Ty::Bool { cond } else { self.emit(Op::Unary(UnOp::ToBool, cond), Ty::Bool) };
        self.terminate(Term::Branch(c, t, e));
    }

    fn fail(&mut self, pos: BytePos, msg: impl Into<String>) -> ValueId {
        self.mb.fail(pos, msg);
        self.undef()
    }

    fn at(&mut self, pos: BytePos) {
        self.pos = pos.0;
    }

    // ----- scopes and bindings -----

    fn scopes(&self) -> &'a kiln_frontend::scope::ScopeInfo {
        &self.mb.parsed.scopes
    }

    /// The slot of a captured binding in its scope's environment.
    fn env_slot(&self, b: BindingId) -> u32 {
        self.scopes().env_slot(b)
    }

    fn env_size(&self, s: ScopeId) -> u32 {
        self.scopes().env_size(s)
    }

    /// The environment value current at this point of the function.
    fn current_env(&mut self) -> ValueId {
        let info = self.scopes();
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if info.scope(id).func != info.scope(self.func_scope).func {
                break;
            }
            if let Some(&l) = self.envs.get(&id) {
                return self.get(l);
            }
            s = info.scope(id).parent;
        }
        self.get(self.outer_env)
    }

    /// Enters lexical scope `s`: creates its environment if it has one and puts its lexical
    /// bindings in the TDZ.
    fn enter_scope(&mut self, s: ScopeId) {
        self.enter_scope_with(s, None);
    }

    /// `enter_scope`, or with `existing` (an environment made and initialised before: a
    /// module's, made when it was instantiated) only the locals are set up.
    fn enter_scope_with(&mut self, s: ScopeId, existing: Option<ValueId>) {
        let info = self.scopes();
        if info.has_env(s) {
            let env = match existing {
                Some(e) => e,
                None => {
                    let parent = self.current_env();
                    let size = self.env_size(s);
                    self.emit(Op::NewEnv { parent, size }, Ty::Any)
                }
            };
            let l = self.local("<scope-env>");
            self.set(l, env);
            self.envs.insert(s, l);
        }
        self.scope = s;
        for &b in &info.scope(s).bindings {
            let bind = info.binding(b);
            if let Some(name) = self.script_global(b) {
                // CreateGlobalVarBinding; functions are declared as they are hoisted. Reads
                // and writes go to the global object (`load`, `store`).
                if bind.kind == BindingKind::Var {
                    let k = self.mb.str(&name);
                    self.emit_void(Op::DeclareGlobalVar(k));
                }
                continue;
            }
            let loc = if bind.captured {
                Loc::Env { scope: s, slot: self.env_slot(b) }
            } else {
                Loc::Local(self.local(&bind.name.clone()))
            };
            self.locs.insert(b, loc);
            // Parameters of a list with expressions are in their TDZ until bound.
            let param_tdz = bind.kind == BindingKind::Param && bind.decl_end > 0;
            if !bind.captured {
                let init = if bind.kind.is_lexical() || param_tdz {
                    self.emit(Op::Uninit, Ty::Any)
                } else if matches!(bind.kind, BindingKind::Var) && (s == self.func_scope || info.scope(s).kind == ScopeKind::Body) {
                    self.undef()
                } else {
                    continue;
                };
                if let Loc::Local(l) = loc {
                    self.set(l, init);
                }
            } else if existing.is_some() {
                // Initialised with the environment.
            } else if matches!(bind.kind, BindingKind::Var) {
                let u = self.undef();
                self.store(b, u);
            } else if param_tdz {
                let u = self.emit(Op::Uninit, Ty::Any);
                self.store(b, u);
            }
        }
    }

    /// Enters the body's own var scope, if the parameter list has expressions (see
    /// `ScopeKind::Body`): its vars start undefined, or with the value of the parameter of the
    /// same name.
    fn enter_body_scope(&mut self, body_pos: BytePos) {
        let Some(vs) = self.scopes().scope_at(body_pos, ScopeKind::Body) else { return };
        self.enter_scope(vs);
        let info = self.scopes();
        for &b in &info.scope(vs).bindings.clone() {
            let bind = info.binding(b);
            if bind.kind != BindingKind::Var {
                continue;
            }
            if let Some(p) = info.lookup_in(self.func_scope, &bind.name) {
                if info.binding(p).kind == BindingKind::Param {
                    let v = self.load(p);
                    self.store(b, v);
                }
            }
        }
    }

    fn leave_scope(&mut self, s: ScopeId) {
        self.scope = self.scopes().scope(s).parent.unwrap_or(s);
    }

    /// The environment holding scope `s` (an ancestor of the current scope).
    fn env_of(&mut self, s: ScopeId) -> ValueId {
        if let Some(&l) = self.envs.get(&s) {
            return self.get(l);
        }
        // Outside this function: walk up from the callee's environment.
        let info = self.scopes();
        let mut depth = 0;
        let mut cur = info.scope(self.func_scope).parent;
        while let Some(id) = cur {
            if info.has_env(id) {
                if id == s {
                    break;
                }
                depth += 1;
            }
            cur = info.scope(id).parent;
        }
        let mut e = self.get(self.outer_env);
        for _ in 0..depth {
            e = self.emit(Op::EnvParent(e), Ty::Any);
        }
        e
    }

    /// The name of binding `b` if it is a classic script's top-level `var` or function
    /// declaration, which live on the global object (§16.1.7 GlobalDeclarationInstantiation).
    fn script_global(&self, b: BindingId) -> Option<String> {
        if self.mb.parsed.goal != Goal::Script {
            return None;
        }
        let info = self.scopes();
        let bind = info.binding(b);
        let top = info.funcs.first()?.scope;
        (bind.scope == top && matches!(bind.kind, BindingKind::Var | BindingKind::Function)).then(|| bind.name.clone())
    }

    fn load(&mut self, b: BindingId) -> ValueId {
        if let Some(a) = self.mb.aliases.get(&(self.mb.file, b)).cloned() {
            return self.load_import(a);
        }
        if let Some(name) = self.script_global(b) {
            let k = self.mb.str(&name);
            return self.emit(Op::GetGlobal(k), Ty::Any);
        }
        match self.locs.get(&b).copied() {
            Some(Loc::Local(l)) => self.get(l),
            Some(Loc::Env { scope, slot }) => {
                let e = self.env_of(scope);
                self.emit(Op::EnvLoad(e, slot), Ty::Any)
            }
            None => {
                // A binding of an enclosing function: it must be captured.
                let info = self.scopes();
                let s = info.binding(b).scope;
                let slot = self.env_slot(b);
                let e = self.env_of(s);
                self.emit(Op::EnvLoad(e, slot), Ty::Any)
            }
        }
    }

    /// Whether this body is a graph module that is instantiated before any module runs:
    /// one with a top-level environment (so something to export), without top-level await
    /// (the entry may have that; it is not instantiated early, which only matters to a cycle
    /// back into it).
    fn instantiable_module(&self) -> bool {
        let info = self.scopes();
        self.mb.graph.is_some()
            && self.mb.parsed.goal == Goal::Module
            && !info.top_level_await
            && info.has_env(self.func_scope)
    }

    /// A graph module's two entries (InitializeEnvironment, then evaluation). Called with
    /// `true` it makes its environment, registers it, puts its bindings in their initial
    /// state and creates its captured (so possibly exported) functions, then returns: every
    /// module is instantiated before any runs, so a cycle can call an imported function
    /// early. Called with nothing it runs: the environment is the registered one.
    fn module_phases(&mut self, fs: &kiln_frontend::scope::FuncScope) {
        let stmts: Vec<&'a Stmt> = match &self.mb.parsed.program {
            Program::Module(m) => kiln_frontend::modules::module_statements(m),
            Program::Script(_) => Vec::new(),
        };
        let file = self.mb.file as u32;
        let mode = self.emit(Op::Param(0), Ty::Any);
        let t = self.emit(Op::Bool(true), Ty::Bool);
        let instantiate = self.emit(Op::Binary(BinOp::StrictEq, mode, t), Ty::Bool);
        let inst = self.new_block();
        let run = self.new_block();
        self.branch(instantiate, inst, run);
        self.switch_to(inst);
        self.enter_scope(fs.scope);
        let l = self.envs[&fs.scope];
        let env = self.get(l);
        self.emit_void(Op::SetModuleEnv(file, env));
        let info = self.scopes();
        self.hoist_functions_where(&stmts, |b| b.is_some_and(|b| info.binding(b).captured));
        let u = self.undef();
        self.terminate(Term::Return(u));
        self.switch_to(run);
        self.locs.clear();
        self.envs.clear();
        let env = self.emit(Op::ModuleEnv(file), Ty::Any);
        self.enter_scope_with(fs.scope, Some(env));
        self.module_instantiated = true;
    }

    /// An import binding of a module graph: a live read of the exporting module's
    /// environment slot (with the TDZ check a lexical export needs), or a namespace.
    fn load_import(&mut self, a: crate::link::Alias) -> ValueId {
        match a {
            crate::link::Alias::Binding { module, slot, tdz, name } => {
                let env = self.emit(Op::ModuleEnv(module), Ty::Any);
                let v = self.emit(Op::EnvLoad(env, slot), Ty::Any);
                if tdz {
                    let k = self.mb.str(&name);
                    self.emit_void(Op::CheckTdz(v, k));
                }
                v
            }
            crate::link::Alias::Namespace(m) => self.emit(Op::ModuleNamespace(m), Ty::Object),
            crate::link::Alias::CommonJs { module, name } => {
                let exports = self.emit(Op::ModuleExports(module), Ty::Any);
                if name == "default" {
                    return exports;
                }
                let k = self.mb.str(&name);
                self.emit(Op::GetProp(exports, k), Ty::Any)
            }
        }
    }

    /// `import(specifier)`: a module of the graph named by a string literal is known now;
    /// anything else is looked up at run time among the program's modules.
    fn dynamic_import(&mut self, c: &'a CallExpr) -> ValueId {
        let Some(arg) = c.args.first() else {
            return self.fail(c.span.lo, "import() requires a specifier");
        };
        let spec = match &*arg.expr {
            Expr::Lit(Lit::Str(s)) => Some(s.value.to_string_lossy().into_owned()),
            _ => None,
        };
        let v = self.expr(&arg.expr);
        for extra in &c.args[1..] {
            self.expr(&extra.expr);
        }
        self.at(c.span.lo);
        let target = match (self.mb.graph, &spec) {
            (Some(g), Some(s)) => g.resolved[self.mb.file].get(s).copied(),
            _ => None,
        };
        match target {
            Some(kiln_frontend::modules::Target::File(j)) => self.emit(Op::ImportModule(j as u32), Ty::Object),
            _ => {
                let from = if self.mb.graph.is_some() { self.mb.file as u32 } else { u32::MAX };
                self.emit(Op::ImportDynamic(v, from), Ty::Object)
            }
        }
    }

    fn store(&mut self, b: BindingId, v: ValueId) {
        if let Some(name) = self.script_global(b) {
            let k = self.mb.str(&name);
            self.emit_void(Op::SetGlobal(k, v));
            return;
        }
        match self.locs.get(&b).copied() {
            Some(Loc::Local(l)) => self.set(l, v),
            Some(Loc::Env { scope, slot }) => {
                let e = self.env_of(scope);
                self.emit_void(Op::EnvStore(e, slot, v));
            }
            None => {
                let info = self.scopes();
                let s = info.binding(b).scope;
                let slot = self.env_slot(b);
                let e = self.env_of(s);
                self.emit_void(Op::EnvStore(e, slot, v));
            }
        }
    }

    fn read_ident(&mut self, id: &Ident) -> ValueId {
        let r = self.resolve_ident(id);
        self.get_ref(r)
    }

    /// ResolveBinding for an identifier. Outside `with` bodies this is all static; inside, the
    /// `with` objects it may resolve to are probed now (innermost first), and the reference
    /// remembers which one has the name, so that a later read or write goes to the same place
    /// even if the right-hand side of an assignment changes the object in between.
    fn resolve_ident<'i>(&mut self, id: &'i Ident) -> IdentRef<'i> {
        self.at(id.span.lo);
        let res = self.scopes().resolve(id.span.lo);
        let withs = self.scopes().with_objects(id.span.lo);
        let found = if withs.is_empty() { None } else { Some(self.probe_withs(withs, &id.sym)) };
        IdentRef { id, res, found }
    }

    /// HasBinding on each `with` object in turn: a local holding the first object that has
    /// `name`, or undefined if the name resolves past them all.
    fn probe_withs(&mut self, withs: &[BindingId], name: &str) -> LocalId {
        let found = self.local("<with-base>");
        let u = self.undef();
        self.set(found, u);
        let k = self.mb.str(name);
        let done = self.new_block();
        for &w in withs {
            let obj = self.load(w);
            let has = self.emit(Op::WithHas(obj, k), Ty::Bool);
            let yes = self.new_block();
            let next = self.new_block();
            self.branch(has, yes, next);
            self.switch_to(yes);
            self.set(found, obj);
            self.jump(done);
            self.switch_to(next);
        }
        self.jump(done);
        self.switch_to(done);
        found
    }

    /// Runs `on_object(obj)` if the `with` probe in `found` gave an object, else `otherwise()`.
    fn with_branch(&mut self, found: LocalId, on_object: impl FnOnce(&mut Self, ValueId), otherwise: impl FnOnce(&mut Self)) {
        let obj = self.get(found);
        let is_obj = self.emit(Op::Unary(UnOp::IsObject, obj), Ty::Bool);
        let yes = self.new_block();
        let no = self.new_block();
        let done = self.new_block();
        self.branch(is_obj, yes, no);
        self.switch_to(yes);
        on_object(self, obj);
        self.jump(done);
        self.switch_to(no);
        otherwise(self);
        self.jump(done);
        self.switch_to(done);
    }

    /// [`Self::with_branch`] for a value.
    fn with_split(
        &mut self,
        found: LocalId,
        on_object: impl FnOnce(&mut Self, ValueId) -> ValueId,
        otherwise: impl FnOnce(&mut Self) -> ValueId,
    ) -> ValueId {
        let result = self.local("<with-value>");
        self.with_branch(
            found,
            |b, o| {
                let v = on_object(b, o);
                b.set(result, v);
            },
            |b| {
                let v = otherwise(b);
                b.set(result, v);
            },
        );
        self.get(result)
    }

    /// GetValue of a resolved identifier.
    fn get_ref(&mut self, r: IdentRef) -> ValueId {
        let name: &str = &r.id.sym;
        match r.found {
            None => self.read_resolved(r.res, name),
            Some(found) => {
                let k = self.mb.str(name);
                self.with_split(found, |b, o| b.emit(Op::WithGet(o, k), Ty::Any), |b| b.read_resolved(r.res, name))
            }
        }
    }

    /// PutValue of a resolved identifier (an assignment, not a declaration).
    fn put_ref(&mut self, r: IdentRef, v: ValueId) {
        self.at(r.id.span.lo);
        let name: &str = &r.id.sym;
        match r.found {
            None => self.write_resolved(r.res, name, v),
            Some(found) => {
                let k = self.mb.str(name);
                self.with_branch(found, |b, o| b.emit_void(Op::WithSet(o, k, v)), |b| b.write_resolved(r.res, name, v));
            }
        }
    }

    /// A call's callee and `this` when the callee is an identifier: inside `with` bodies,
    /// the object that has the name is `this` (WithBaseObject).
    fn ident_callee(&mut self, id: &Ident) -> (ValueId, ValueId) {
        let r = self.resolve_ident(id);
        let f = self.get_ref(r);
        let this = match r.found {
            Some(found) => self.get(found),
            None => self.undef(),
        };
        (f, this)
    }

    /// `typeof name`: an unresolvable name is "undefined", not a ReferenceError.
    fn typeof_ident(&mut self, id: &Ident) -> ValueId {
        let r = self.resolve_ident(id);
        let name: &str = &id.sym;
        let plain = |b: &mut Self| {
            if r.res.binding.is_none() {
                let k = b.mb.str(name);
                return b.emit(Op::TypeOfGlobal(k), Ty::String);
            }
            let v = b.read_resolved(r.res, name);
            b.emit(Op::Unary(UnOp::TypeOf, v), Ty::String)
        };
        match r.found {
            None => plain(self),
            Some(found) => {
                let k = self.mb.str(name);
                let on_object = |b: &mut Self, o: ValueId| {
                    let v = b.emit(Op::WithGet(o, k), Ty::Any);
                    b.emit(Op::Unary(UnOp::TypeOf, v), Ty::String)
                };
                self.with_split(found, on_object, plain)
            }
        }
    }

    /// `delete name` (sloppy code only): false for a binding, [[Delete]] on the global object
    /// for a global, or on the `with` object that has the name (DeleteBinding of an object
    /// environment).
    fn delete_ident(&mut self, id: &Ident) -> ValueId {
        let r = self.resolve_ident(id);
        let name: &str = &id.sym;
        let plain = |b: &mut Self| {
            if r.res.binding.is_some() {
                return b.emit(Op::Bool(false), Ty::Bool);
            }
            let g = b.mb.str("globalThis");
            let obj = b.emit(Op::GetGlobal(g), Ty::Object);
            let k = b.str_val(name);
            b.emit(Op::Delete(obj, k), Ty::Bool)
        };
        match r.found {
            None => plain(self),
            Some(found) => {
                let on_object = |b: &mut Self, o: ValueId| {
                    let k = b.str_val(name);
                    b.emit(Op::Delete(o, k), Ty::Bool)
                };
                self.with_split(found, on_object, plain)
            }
        }
    }

    fn read_resolved(&mut self, r: Resolution, name: &str) -> ValueId {
        match r.binding {
            None => {
                if name == "undefined" {
                    return self.undef();
                }
                let k = self.mb.str(name);
                self.emit(Op::GetGlobal(k), Ty::Any)
            }
            Some(b) => {
                let v = self.load(b);
                if r.tdz_check {
                    let k = self.mb.str(name);
                    self.emit_void(Op::CheckTdz(v, k));
                }
                v
            }
        }
    }

    /// Assignment to an identifier (not its declaration).
    fn write_ident(&mut self, id: &Ident, v: ValueId) {
        let r = self.resolve_ident(id);
        self.put_ref(r, v);
    }

    /// Assignment to a binding (or the global object), past any `with` objects.
    fn write_resolved(&mut self, r: Resolution, name: &str, v: ValueId) {
        match r.binding {
            None => {
                let k = self.mb.str(name);
                self.emit_void(Op::SetGlobal(k, v));
            }
            Some(b) => {
                let kind = self.scopes().binding(b).kind;
                if r.tdz_check {
                    let old = self.load(b);
                    let k = self.mb.str(name);
                    self.emit_void(Op::CheckTdz(old, k));
                }
                match kind {
                    BindingKind::Const => {
                        let k = self.mb.str(name);
                        self.emit_void(Op::ThrowConstAssign(k));
                    }
                    BindingKind::FunctionName => {
                        if self.f.strict {
                            let k = self.mb.str(name);
                            self.emit_void(Op::ThrowConstAssign(k));
                        }
                    }
                    _ => self.store(b, v),
                }
            }
        }
    }

    /// Initialises the binding a declaration introduces.
    fn init_ident(&mut self, id: &Ident, v: ValueId) {
        let r = self.resolve_ident(id);
        self.init_ref(r, v);
    }

    /// Initialises a declared binding. A `var` declared inside a `with` body is assigned
    /// through the `with` object if that has the name (its initialiser is a PutValue).
    fn init_ref(&mut self, r: IdentRef, v: ValueId) {
        let init = |b: &mut Self| match r.res.binding {
            Some(x) => b.store(x, v),
            None => {
                let k = b.mb.str(&r.id.sym);
                b.emit_void(Op::SetGlobal(k, v));
            }
        };
        match r.found {
            None => init(self),
            Some(found) => {
                let k = self.mb.str(&r.id.sym);
                self.with_branch(found, |b, o| b.emit_void(Op::WithSet(o, k, v)), init);
            }
        }
    }

    // ----- function entry -----

    fn prologue(&mut self, src: &Source<'a>, fs: &kiln_frontend::scope::FuncScope) {
        let class_ctor = matches!(self.f.kind, FuncKind::ClassConstructor | FuncKind::DerivedConstructor);
        if class_ctor {
            self.require_new();
        }
        if let Some(b) = fs.home_binding {
            let h = self.emit(Op::HomeObject, Ty::Any);
            self.store(b, h);
        }
        if let Some(b) = fs.new_target_binding {
            let nt = self.emit(Op::NewTarget, Ty::Any);
            self.store(b, nt);
        }
        if self.f.kind == FuncKind::DerivedConstructor {
            // `this` is bound by super().
            if let Some(b) = fs.this_binding {
                let u = self.emit(Op::Uninit, Ty::Any);
                self.store(b, u);
            }
        } else if let Some(b) = fs.this_binding {
            let t = self.this_value();
            if self.f.kind == FuncKind::ClassConstructor {
                // Instance fields are initialised before the parameters are bound.
                self.emit_void(Op::InitFields(t));
            }
            let t = if !self.f.strict && !self.f.kind.is_main() {
                // OrdinaryCallBindThis: a sloppy function sees the global object for an
                // undefined or null `this`, and a primitive boxed.
                self.emit(Op::Unary(UnOp::SloppyThis, t), Ty::Object)
            } else {
                t
            };
            self.store(b, t);
        }
        if matches!(src, Source::Main) && self.mb.parsed.goal == Goal::CommonJs {
            // node's module wrapper: (exports, require, module, __filename, __dirname), each
            // bound if the file uses it.
            for (i, name) in kiln_frontend::modules::WRAPPER_PARAMS.iter().enumerate() {
                if let Some(b) = self.scopes().lookup_in(fs.scope, name).filter(|&b| self.scopes().binding(b).used) {
                    let v = self.emit(Op::Param(i as u32), Ty::Any);
                    self.store(b, v);
                }
            }
        }
        let params: Vec<&Pat> = match src {
            Source::Main => Vec::new(),
            Source::Function(f, name, _) => {
                if let Some(n) = name {
                    let r = self.scopes().resolve(n.span.lo);
                    if let Some(b) = r.binding {
                        if self.scopes().binding(b).kind == BindingKind::FunctionName {
                            let c = self.emit(Op::Callee, Ty::Object);
                            self.store(b, c);
                        }
                    }
                }
                f.params.iter().map(|p| &p.pat).collect()
            }
            Source::Arrow(a) => a.params.iter().collect(),
            Source::Constructor(ctor, _) => ctor
                .params
                .iter()
                .filter_map(|p| match p {
                    ParamOrTsParamProp::Param(p) => Some(&p.pat),
                    ParamOrTsParamProp::TsParamProp(_) => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        if let Some(b) = fs.arguments_binding {
            let a = if fs.mapped_arguments { self.mapped_arguments(fs.scope, &params) } else { self.emit(Op::Arguments, Ty::Object) };
            self.store(b, a);
        }
        let mut length_done = false;
        for (i, p) in params.iter().enumerate() {
            self.at(p.span().lo);
            match p {
                Pat::Rest(r) => {
                    length_done = true;
                    let v = self.emit(Op::Rest(i as u32), Ty::Object);
                    self.bind_pattern(&r.arg, v, Bind::Init);
                }
                _ => {
                    // `length` counts the parameters before the first default or rest.
                    if matches!(p, Pat::Assign(_)) {
                        length_done = true;
                    }
                    if !length_done {
                        self.f.length += 1;
                    }
                    let v = self.emit(Op::Param(i as u32), Ty::Any);
                    self.bind_pattern(p, v, Bind::Init);
                }
            }
        }
    }

    /// A mapped arguments object over `params` (all identifiers, which scope analysis put in
    /// the function scope's environment). Of parameters with the same name only the last is
    /// mapped (§10.4.4.7 step 15).
    fn mapped_arguments(&mut self, scope: ScopeId, params: &[&Pat]) -> ValueId {
        let info = self.scopes();
        let names: Vec<&str> = params.iter().map(|p| match p {
            Pat::Ident(id) => &*id.id.sym,
            _ => unreachable!("mapped arguments need a simple parameter list"),
        }).collect();
        let slots = params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let Pat::Ident(id) = p else { unreachable!() };
                let b = info.resolve(id.id.span.lo).binding.expect("a parameter is a binding");
                if names[i + 1..].contains(&names[i]) { u32::MAX } else { self.env_slot(b) }
            })
            .collect();
        let env = self.env_of(scope);
        self.emit(Op::MappedArguments { env, slots }, Ty::Object)
    }

    /// Binds the names of pattern `p` to parts of `v`: BindingInitialization (declarations,
    /// parameters) or DestructuringAssignmentEvaluation (assignments).
    fn bind_pattern(&mut self, p: &'a Pat, v: ValueId, mode: Bind) {
        self.at(p.span().lo);
        match p {
            Pat::Ident(id) => match mode {
                Bind::Init => self.init_ident(&id.id, v),
                Bind::Assign => self.write_ident(&id.id, v),
            },
            Pat::Assign(a) => {
                let name = match &*a.left {
                    Pat::Ident(id) => id.id.sym.to_string(),
                    _ => String::new(),
                };
                let v = self.default_if_undefined(v, &a.right, &name);
                self.bind_pattern(&a.left, v, mode);
            }
            Pat::Array(arr) => {
                let it = self.emit(Op::IterInit(v), Ty::Object);
                let itl = self.local("<destructure-iter>");
                self.set(itl, it);
                for el in &arr.elems {
                    let it = self.get(itl);
                    match el {
                        None => {
                            self.emit(Op::IterNext(it), Ty::Any);
                        }
                        Some(Pat::Rest(r)) => {
                            let rest = self.emit(Op::IterRest(it), Ty::Object);
                            self.bind_pattern(&r.arg, rest, mode);
                        }
                        Some(el) => {
                            let x = self.emit(Op::IterNext(it), Ty::Any);
                            let _ = &el;
                            // The done marker becomes undefined.
                            let l = self.local("<element>");
                            self.set(l, x);
                            let done = self.emit(Op::Unary(UnOp::IsDone, x), Ty::Bool);
                            let yes = self.new_block();
                            let next = self.new_block();
                            self.branch(done, yes, next);
                            self.switch_to(yes);
                            let u = self.undef();
                            self.set(l, u);
                            self.jump(next);
                            self.switch_to(next);
                            let x = self.get(l);
                            self.bind_pattern(el, x, mode);
                        }
                    }
                }
                // An iterator the pattern did not exhaust is closed.
                let it = self.get(itl);
                self.emit_void(Op::IterClose(it, false));
            }
            Pat::Object(o) => {
                // V8's wording: "Cannot destructure property 'a' of 'src' as it is undefined."
                // (`%s` is replaced by the nullish value's name at run time).
                let src = self.destructure_src.take().unwrap_or_else(|| "%s".to_string());
                let first = o.props.first().and_then(|p| match p {
                    ObjectPatProp::KeyValue(kv) => match &kv.key {
                        PropName::Ident(i) => Some(i.sym.to_string()),
                        PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
                        _ => None,
                    },
                    ObjectPatProp::Assign(a) => Some(a.key.id.sym.to_string()),
                    ObjectPatProp::Rest(_) => None,
                });
                let what = match first {
                    Some(k) => format!("property '{k}' of '{src}'"),
                    None => format!("'{src}'"),
                };
                let w = self.mb.str(&what);
                self.emit_void(Op::RequireObjectCoercible(v, w));
                let mut used_keys: Vec<ValueId> = Vec::new();
                for prop in &o.props {
                    match prop {
                        ObjectPatProp::KeyValue(kv) => {
                            let (k, _) = self.prop_key(&kv.key);
                            used_keys.push(k);
                            let x = self.emit(Op::GetElem(v, k), Ty::Any);
                            self.bind_pattern(&kv.value, x, mode);
                        }
                        ObjectPatProp::Assign(a) => {
                            let k = self.str_val(&a.key.id.sym);
                            used_keys.push(k);
                            let x = self.emit(Op::GetElem(v, k), Ty::Any);
                            let x = match &a.value {
                                Some(d) => self.default_if_undefined(x, d, &a.key.id.sym),
                                None => x,
                            };
                            match mode {
                                Bind::Init => self.init_ident(&a.key.id, x),
                                Bind::Assign => self.write_ident(&a.key.id, x),
                            }
                        }
                        ObjectPatProp::Rest(r) => {
                            let target = self.emit(Op::NewObject, Ty::Object);
                            let excluded = self.emit(Op::NewArray(used_keys.clone()), Ty::Object);
                            self.emit_void(Op::CopyDataProperties(target, v, excluded));
                            self.bind_pattern(&r.arg, target, mode);
                        }
                    }
                }
            }
            Pat::Rest(r) => {
                self.fail(r.span.lo, "a rest element must be last in a pattern");
            }
            Pat::Expr(e) => self.assign_to(e, v),
            Pat::Invalid(i) => {
                self.fail(i.span.lo, "invalid pattern");
            }
        }
    }

    /// `v`, or the value of `default` (named `name` if it is an anonymous function) when
    /// `v` is undefined.
    fn default_if_undefined(&mut self, v: ValueId, default: &'a Expr, name: &str) -> ValueId {
        let tmp = self.local("<default>");
        self.set(tmp, v);
        let u = self.undef();
        let is_undef = self.emit(Op::Binary(BinOp::StrictEq, v, u), Ty::Bool);
        let dflt = self.new_block();
        let done = self.new_block();
        self.branch(is_undef, dflt, done);
        self.switch_to(dflt);
        let d = self.expr_named(default, name);
        self.set(tmp, d);
        self.jump(done);
        self.switch_to(done);
        self.get(tmp)
    }

    /// Instantiates the function declarations directly in `stmts` (hoisting).
    fn hoist_functions(&mut self, stmts: &[&'a Stmt]) {
        self.hoist_functions_where(stmts, |_| true);
    }

    /// Hoists the function declarations whose binding `keep` accepts.
    fn hoist_functions_where(&mut self, stmts: &[&'a Stmt], keep: impl Fn(Option<BindingId>) -> bool) {
        for s in stmts {
            let decl = match s {
                Stmt::Decl(Decl::Fn(f)) => f,
                Stmt::Labeled(l) => match &*l.body {
                    Stmt::Decl(Decl::Fn(f)) => f,
                    _ => continue,
                },
                _ => continue,
            };
            if !keep(self.scopes().resolve(decl.ident.span.lo).binding) {
                continue;
            }
            self.at(decl.ident.span.lo);
            let kind = function_kind(&decl.function, FuncKind::Normal);
            let fid = self.closure_id(Source::Function(&decl.function, None, kind), display_name(&decl.ident.sym));
            let env = self.current_env();
            let c = self.emit(Op::Closure(fid, env), Ty::Object);
            let r = self.scopes().resolve(decl.ident.span.lo);
            if let Some(name) = r.binding.and_then(|b| self.script_global(b)) {
                // CreateGlobalFunctionBinding (and no direct calls: the global can change).
                let k = self.mb.str(&name);
                self.emit_void(Op::DeclareGlobalFunction(k, c));
                continue;
            }
            if let Some(b) = r.binding {
                let bind = self.scopes().binding(b);
                if !bind.reassigned && bind.kind == BindingKind::Function {
                    // A second declaration of the same name makes the target unknowable.
                    let file = self.mb.file;
                    if self.mb.decl_funcs.insert((file, b), fid).is_some() {
                        self.mb.decl_funcs.insert((file, b), FuncId(u32::MAX));
                    }
                }
            }
            self.init_ident(&decl.ident, c);
        }
    }

    fn closure_id(&mut self, src: Source<'a>, name: String) -> FuncId {
        let id = self.mb.reserve();
        self.mb.queue.push((id, src, name, self.mb.file));
        id
    }

    // ----- statements -----

    fn block_stmts(&mut self, stmts: &'a [Stmt], scope_pos: Option<(BytePos, ScopeKind)>) {
        let s = scope_pos.and_then(|(p, k)| self.scopes().scope_at(p, k));
        if let Some(s) = s {
            self.enter_scope(s);
        }
        let refs: Vec<&Stmt> = stmts.iter().collect();
        self.hoist_functions(&refs);
        for st in stmts {
            self.stmt(st);
        }
        if let Some(s) = s {
            self.leave_scope(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.at(s.span().lo);
        let labels = std::mem::take(&mut self.pending_labels);
        match s {
            Stmt::Block(b) => {
                if !labels.is_empty() {
                    let exit = self.new_block();
                    self.push_target(labels, false, exit, None);
                    self.block_stmts(&b.stmts, Some((b.span.lo, ScopeKind::Block)));
                    self.targets.pop();
                    self.jump(exit);
                    self.switch_to(exit);
                } else {
                    self.block_stmts(&b.stmts, Some((b.span.lo, ScopeKind::Block)));
                }
            }
            Stmt::Empty(_) | Stmt::Debugger(_) => {}
            Stmt::Expr(e) => {
                self.expr(&e.expr);
            }
            Stmt::Decl(Decl::Var(v)) => self.var_decl(v),
            Stmt::Decl(Decl::Fn(f)) => {
                // Hoisted already; Annex B copies the block binding to the function's var here.
                let r = self.scopes().resolve(f.ident.span.lo);
                if let Some(b) = r.binding {
                    if let Some(var) = self.scopes().binding(b).annex_b_var {
                        let v = self.load(b);
                        self.store(var, v);
                    }
                }
            }
            Stmt::Decl(Decl::Class(c)) => {
                let v = self.class_value(&c.class, display_name(&c.ident.sym));
                self.init_ident(&c.ident, v);
            }
            Stmt::Decl(d) => {
                self.fail(d.span().lo, "this declaration is not supported yet");
            }
            Stmt::Return(r) => {
                let v = match &r.arg {
                    Some(e) => {
                        let v = self.expr(e);
                        if self.f.kind == FuncKind::AsyncGenerator {
                            self.at(r.span.lo);
                            self.await_value(v)
                        } else {
                            v
                        }
                    }
                    None => self.undef(),
                };
                self.ret(v);
            }
            Stmt::If(i) => {
                let c = self.cond(&i.test);
                let then = self.new_block();
                let els = self.new_block();
                let done = if i.alt.is_some() { self.new_block() } else { els };
                self.branch(c, then, els);
                self.switch_to(then);
                if !labels.is_empty() {
                    self.push_target(labels.clone(), false, done, None);
                }
                self.stmt(&i.cons);
                self.jump(done);
                if let Some(a) = &i.alt {
                    self.switch_to(els);
                    self.stmt(a);
                    self.jump(done);
                }
                if !labels.is_empty() {
                    self.targets.pop();
                }
                self.switch_to(done);
            }
            Stmt::Labeled(l) => {
                let mut labels = labels;
                labels.push(l.label.sym.to_string());
                match &*l.body {
                    Stmt::For(_) | Stmt::ForIn(_) | Stmt::ForOf(_) | Stmt::While(_) | Stmt::DoWhile(_) | Stmt::Labeled(_) => {
                        self.pending_labels = labels;
                        self.stmt(&l.body);
                    }
                    other => {
                        let exit = self.new_block();
                        self.push_target(labels, false, exit, None);
                        self.stmt(other);
                        self.targets.pop();
                        self.jump(exit);
                        self.switch_to(exit);
                    }
                }
            }
            Stmt::Break(b) => self.break_continue(b.label.as_ref(), false, b.span.lo),
            Stmt::Continue(c) => self.break_continue(c.label.as_ref(), true, c.span.lo),
            Stmt::Throw(t) => {
                let v = self.expr(&t.arg);
                self.at(t.span.lo);
                self.terminate(Term::Throw(v));
            }
            Stmt::While(w) => {
                let head = self.new_block();
                let body = self.new_block();
                let exit = self.new_block();
                self.jump(head);
                self.switch_to(head);
                let c = self.cond(&w.test);
                self.branch(c, body, exit);
                self.switch_to(body);
                self.push_target(labels, true, exit, Some(head));
                self.stmt(&w.body);
                self.targets.pop();
                self.jump(head);
                self.switch_to(exit);
            }
            Stmt::DoWhile(w) => {
                let body = self.new_block();
                let test = self.new_block();
                let exit = self.new_block();
                self.jump(body);
                self.switch_to(body);
                self.push_target(labels, true, exit, Some(test));
                self.stmt(&w.body);
                self.targets.pop();
                self.jump(test);
                self.switch_to(test);
                let c = self.cond(&w.test);
                self.branch(c, body, exit);
                self.switch_to(exit);
            }
            Stmt::For(f) => self.for_stmt(f, labels),
            Stmt::ForIn(f) => self.for_in_of(f.span.lo, &f.left, &f.right, &f.body, labels, Loop::In),
            Stmt::ForOf(f) => {
                let kind = if f.is_await { Loop::Await } else { Loop::Of };
                self.for_in_of(f.span.lo, &f.left, &f.right, &f.body, labels, kind)
            }
            Stmt::Switch(sw) => self.switch_stmt(sw, labels),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::With(w) => {
                let v = self.expr(&w.obj);
                self.at(w.span.lo);
                let obj = self.emit(Op::ToObject(v), Ty::Object);
                let s = self.scopes().scope_at(w.span.lo, ScopeKind::With).expect("scope analysis made the with scope");
                self.enter_scope(s);
                let b = self.scopes().lookup_in(s, "%with").expect("the with scope holds its object");
                self.store(b, obj);
                self.stmt(&w.body);
                self.leave_scope(s);
            }
        }
    }

    fn push_target(&mut self, labels: Vec<String>, is_loop: bool, break_to: BlockId, continue_to: Option<BlockId>) {
        self.targets.push(Target { labels, is_loop, is_switch: false, break_to, continue_to, finally_depth: self.finallies.len() });
    }

    fn var_decl(&mut self, v: &'a VarDecl) {
        for d in &v.decls {
            self.at(d.span.lo);
            let Pat::Ident(id) = &d.name else {
                let v = match &d.init {
                    Some(init) => self.expr(init),
                    None => self.undef(),
                };
                if let Some(init) = &d.init {
                    self.destructure_src = Some(self.source_snippet(init));
                }
                self.bind_pattern(&d.name, v, Bind::Init);
                continue;
            };
            match &d.init {
                Some(init) => {
                    let r = self.resolve_ident(&id.id);
                    let val = self.expr_named(init, &id.id.sym);
                    self.init_ref(r, val);
                }
                None if v.kind != VarDeclKind::Var => {
                    let u = self.undef();
                    self.init_ident(&id.id, u);
                }
                None => {}
            }
        }
    }

    fn ret(&mut self, v: ValueId) {
        if !self.iter_loops.is_empty() && !self.terminated {
            self.close_iterators(|_| true);
        }
        if self.finallies.is_empty() {
            if self.f.kind == FuncKind::DerivedConstructor {
                return self.derived_return(v);
            }
            self.terminate(Term::Return(v));
            return;
        }
        self.exit_via_finally(self.finallies.len(), Exit::Return, Some(v));
    }

    /// A derived constructor returns an object it was given, else its `this` (which super()
    /// must have bound); anything else is a TypeError.
    fn derived_return(&mut self, v: ValueId) {
        let is_obj = self.emit(Op::Unary(UnOp::IsObject, v), Ty::Bool);
        let yes = self.new_block();
        let no = self.new_block();
        self.branch(is_obj, yes, no);
        self.switch_to(yes);
        self.terminate(Term::Return(v));
        self.switch_to(no);
        let u = self.undef();
        let is_undef = self.emit(Op::Binary(BinOp::StrictEq, v, u), Ty::Bool);
        let this_b = self.new_block();
        let bad = self.new_block();
        self.branch(is_undef, this_b, bad);
        self.switch_to(bad);
        let m = self.mb.str("Derived constructors may only return object or undefined");
        self.emit_void(Op::ThrowTypeError(m));
        let u = self.undef();
        self.terminate(Term::Return(u));
        self.switch_to(this_b);
        let fs = self.scopes().func_at_scope(self.func_scope);
        let t = match fs.and_then(|f| f.this_binding) {
            Some(b) => {
                let t = self.load(b);
                let k = self.mb.str("this");
                self.emit_void(Op::CheckTdz(t, k));
                t
            }
            None => {
                let t = self.emit(Op::Uninit, Ty::Any);
                let k = self.mb.str("this");
                self.emit_void(Op::CheckTdz(t, k));
                t
            }
        };
        self.terminate(Term::Return(t));
    }

    /// Leaves through the innermost `finally` (of the first `depth`), recording how to
    /// continue once it has run.
    fn exit_via_finally(&mut self, depth: usize, exit: Exit, value: Option<ValueId>) {
        let fi = depth - 1;
        let code = 3 + self.finallies[fi].exits.len() as i32;
        let code = match exit {
            Exit::Return => COMPLETION_RETURN,
            _ => code,
        };
        if !matches!(exit, Exit::Return) {
            self.finallies[fi].exits.push((code, exit));
        }
        if let Some(v) = value {
            let l = self.finallies[fi].value;
            self.set(l, v);
        }
        let c = self.int(code);
        let k = self.finallies[fi].kind;
        self.set(k, c);
        let b = self.finallies[fi].block;
        self.jump(b);
    }

    fn break_continue(&mut self, label: Option<&Ident>, is_continue: bool, pos: BytePos) {
        let idx = self.targets.iter().rposition(|t| match label {
            Some(l) => t.labels.iter().any(|x| x == &*l.sym) && (!is_continue || t.is_loop),
            None => t.is_loop || (!is_continue && t.is_switch),
        });
        let Some(idx) = idx else {
            self.fail(pos, "Illegal break or continue statement");
            return;
        };
        self.close_iterators(|t| t > idx || (t == idx && !is_continue));
        let depth = self.targets[idx].finally_depth;
        if self.finallies.len() > depth {
            let exit = if is_continue { Exit::Continue(idx) } else { Exit::Break(idx) };
            self.exit_via_finally(self.finallies.len(), exit, None);
            return;
        }
        let t = &self.targets[idx];
        let b = if is_continue { t.continue_to.unwrap() } else { t.break_to };
        self.jump(b);
    }

    /// IteratorClose for the enclosing for-of loops (innermost first) whose target index
    /// `leaves` says the jump exits.
    fn close_iterators(&mut self, leaves: impl Fn(usize) -> bool) {
        let loops: Vec<(LocalId, bool)> =
            self.iter_loops.iter().rev().filter(|(t, _, _)| leaves(*t)).map(|&(_, l, a)| (l, a)).collect();
        for (l, is_async) in loops {
            let it = self.get(l);
            if is_async {
                self.async_close(it);
            } else {
                self.emit_void(Op::IterClose(it, false));
            }
        }
    }

    fn for_stmt(&mut self, f: &'a ForStmt, labels: Vec<String>) {
        let scope = self.scopes().scope_at(f.span.lo, ScopeKind::For);
        if let Some(s) = scope {
            self.enter_scope(s);
        }
        match &f.init {
            Some(VarDeclOrExpr::VarDecl(v)) => self.var_decl(v),
            Some(VarDeclOrExpr::Expr(e)) => {
                self.expr(e);
            }
            None => {}
        }
        let per_iteration = scope.filter(|&s| self.scopes().has_env(s));
        if let Some(s) = per_iteration {
            self.copy_env(s);
        }
        let head = self.new_block();
        let body = self.new_block();
        let update = self.new_block();
        let exit = self.new_block();
        self.jump(head);
        self.switch_to(head);
        match &f.test {
            Some(t) => {
                let c = self.cond(t);
                self.branch(c, body, exit);
            }
            None => self.jump(body),
        }
        self.switch_to(body);
        self.push_target(labels, true, exit, Some(update));
        self.stmt(&f.body);
        self.targets.pop();
        self.jump(update);
        self.switch_to(update);
        if let Some(s) = per_iteration {
            self.copy_env(s);
        }
        if let Some(u) = &f.update {
            self.expr(u);
        }
        self.jump(head);
        self.switch_to(exit);
        if let Some(s) = scope {
            self.leave_scope(s);
        }
    }

    /// CreatePerIterationEnvironment: a fresh copy of a loop scope's environment, so that
    /// closures made in one iteration keep that iteration's bindings.
    fn copy_env(&mut self, s: ScopeId) {
        let l = self.envs[&s];
        let old = self.get(l);
        let parent = self.emit(Op::EnvParent(old), Ty::Any);
        let size = self.env_size(s);
        let new = self.emit(Op::NewEnv { parent, size }, Ty::Any);
        for i in 0..size {
            let v = self.emit(Op::EnvLoad(old, i), Ty::Any);
            self.emit_void(Op::EnvStore(new, i, v));
        }
        self.set(l, new);
    }

    fn for_in_of(&mut self, pos: BytePos, left: &'a ForHead, right: &'a Expr, body: &'a Stmt, labels: Vec<String>, kind: Loop) {
        let of = kind != Loop::In;
        let obj = self.expr(right);
        self.at(pos);
        let it = match kind {
            Loop::In => self.emit(Op::ForInInit(obj), Ty::Object),
            Loop::Of => self.emit(Op::IterInit(obj), Ty::Object),
            Loop::Await => self.emit(Op::AsyncIterInit(obj), Ty::Object),
        };
        let itl = self.local("<iter>");
        self.set(itl, it);
        let head = self.new_block();
        let bodyb = self.new_block();
        let exit = self.new_block();
        self.jump(head);
        self.switch_to(head);
        let it = self.get(itl);
        let vl = self.local("<item>");
        if kind == Loop::Await {
            // next(), awaited; its `done` and `value` are read outside the body's handler (an
            // error there does not close the iterator).
            let raw = self.emit(Op::AsyncIterNext(it), Ty::Any);
            let r = self.await_value(raw);
            self.emit_void(Op::IterResultCheck(r));
            let rl = self.local("<result>");
            self.set(rl, r);
            let done_k = self.mb.str("done");
            let done = self.emit(Op::GetProp(r, done_k), Ty::Any);
            let value_b = self.new_block();
            self.branch(done, exit, value_b);
            self.switch_to(value_b);
            let r = self.get(rl);
            let value_k = self.mb.str("value");
            let v = self.emit(Op::GetProp(r, value_k), Ty::Any);
            self.set(vl, v);
            self.jump(bodyb);
        } else {
            let next = if of { self.emit(Op::IterNext(it), Ty::Any) } else { self.emit(Op::ForInNext(it), Ty::Any) };
            let done = self.emit(Op::Unary(UnOp::IsDone, next), Ty::Bool);
            self.set(vl, next);
            self.branch(done, exit, bodyb);
        }
        // An exception from the body closes the iterator (one from next() does not).
        let outer_handler = self.handler;
        let close_throw = if of { Some(self.new_block()) } else { None };
        if let Some(ct) = close_throw {
            self.handler = Some(ct);
            // The body block must be protected too: it was made before the handler changed.
            let nb = self.new_block();
            self.switch_to(bodyb);
            self.jump(nb);
            self.switch_to(nb);
        } else {
            self.switch_to(bodyb);
        }
        let scope = self.scopes().scope_at(pos, ScopeKind::For);
        if let Some(s) = scope {
            self.enter_scope(s);
        }
        let v = self.get(vl);
        match left {
            ForHead::VarDecl(d) => {
                let Some(decl) = d.decls.first() else { return };
                self.bind_pattern(&decl.name, v, Bind::Init);
            }
            ForHead::Pat(p) => self.bind_pattern(p, v, Bind::Assign),
            ForHead::UsingDecl(u) => {
                self.fail(u.span.lo, "`using` declarations are not supported yet");
            }
        }
        self.push_target(labels, true, exit, Some(head));
        if of {
            self.iter_loops.push((self.targets.len() - 1, itl, kind == Loop::Await));
        }
        self.stmt(body);
        if of {
            self.iter_loops.pop();
        }
        self.targets.pop();
        if let Some(s) = scope {
            self.leave_scope(s);
        }
        self.jump(head);
        self.handler = outer_handler;
        if let Some(ct) = close_throw {
            self.switch_to(ct);
            let e = self.emit(Op::TakeException, Ty::Any);
            let it = self.get(itl);
            if kind == Loop::Await {
                // AsyncIteratorClose on a throw: return() is called and awaited, but whatever
                // it does, the loop's exception is what propagates.
                let el = self.local("<exception>");
                self.set(el, e);
                let rethrow = self.new_block();
                self.handler = Some(rethrow);
                let closing = self.new_block();
                self.jump(closing);
                self.switch_to(closing);
                let c = self.emit(Op::AsyncIterClose(it), Ty::Any);
                let none = self.emit(Op::Unary(UnOp::IsDone, c), Ty::Bool);
                let await_b = self.new_block();
                self.branch(none, rethrow, await_b);
                self.switch_to(await_b);
                self.await_value(c);
                self.jump(rethrow);
                self.handler = outer_handler;
                self.switch_to(rethrow);
                // Entered normally or by an exception while closing: drop that one.
                self.emit(Op::TakeException, Ty::Any);
                let e = self.get(el);
                self.terminate(Term::Throw(e));
            } else {
                self.emit_void(Op::IterClose(it, true));
                self.terminate(Term::Throw(e));
            }
        }
        self.switch_to(exit);
    }

    fn switch_stmt(&mut self, sw: &'a SwitchStmt, labels: Vec<String>) {
        let d = self.expr(&sw.discriminant);
        let dl = self.local("<switch>");
        self.set(dl, d);
        let scope = self.scopes().scope_at(sw.span.lo, ScopeKind::Switch);
        if let Some(s) = scope {
            self.enter_scope(s);
        }
        let exit = self.new_block();
        let bodies: Vec<BlockId> = sw.cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (i, c) in sw.cases.iter().enumerate() {
            match &c.test {
                None => default = Some(bodies[i]),
                Some(t) => {
                    let v = self.expr(t);
                    let d = self.get(dl);
                    let eq = self.emit(Op::Binary(BinOp::StrictEq, d, v), Ty::Bool);
                    let next = self.new_block();
                    self.branch(eq, bodies[i], next);
                    self.switch_to(next);
                }
            }
        }
        self.jump(default.unwrap_or(exit));
        let all: Vec<&Stmt> = sw.cases.iter().flat_map(|c| c.cons.iter()).collect();
        self.targets.push(Target { labels, is_loop: false, is_switch: true, break_to: exit, continue_to: None, finally_depth: self.finallies.len() });
        for (i, c) in sw.cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            if i == 0 {
                self.hoist_functions(&all);
            }
            for s in &c.cons {
                self.stmt(s);
            }
            let next = bodies.get(i + 1).copied().unwrap_or(exit);
            self.jump(next);
        }
        self.targets.pop();
        self.switch_to(exit);
        if let Some(s) = scope {
            self.leave_scope(s);
        }
    }

    fn try_stmt(&mut self, t: &'a TryStmt) {
        let outer = self.handler;
        let after = self.new_block();
        // The finally part, if any: entered with a completion code.
        let fin = t.finalizer.as_ref().map(|_| {
            let block = self.new_block();
            let kind = self.local("<completion>");
            let value = self.local("<completion-value>");
            Finally { block, kind, value, exits: Vec::new() }
        });
        let fin_throw = fin.as_ref().map(|_| {
            let b = self.new_block();
            b
        });
        if let Some(f) = fin {
            self.finallies.push(f);
        }
        let catch_block = t.handler.as_ref().map(|_| {
            self.handler = fin_throw.or(outer);
            let b = self.new_block();
            b
        });
        // The protected region.
        self.handler = catch_block.or(fin_throw).or(outer);
        let body = self.new_block();
        self.jump(body);
        self.switch_to(body);
        self.block_stmts(&t.block.stmts, Some((t.block.span.lo, ScopeKind::Block)));
        self.complete_normally(after);
        // The catch clause.
        if let (Some(h), Some(cb)) = (&t.handler, catch_block) {
            self.handler = fin_throw.or(outer);
            self.switch_to(cb);
            self.at(h.span.lo);
            let e = self.emit(Op::TakeException, Ty::Any);
            let scope = self.scopes().scope_at(h.span.lo, ScopeKind::Catch);
            if let Some(s) = scope {
                self.enter_scope(s);
            }
            match &h.param {
                Some(p) => self.bind_pattern(p, e, Bind::Init),
                None => {}
            }
            self.block_stmts(&h.body.stmts, Some((h.body.span.lo, ScopeKind::Block)));
            if let Some(s) = scope {
                self.leave_scope(s);
            }
            self.complete_normally(after);
        }
        self.handler = outer;
        if let (Some(fb), Some(ft)) = (&t.finalizer, fin_throw) {
            let f = self.finallies.pop().unwrap();
            // An exception in the protected parts: remember it, run finally, rethrow.
            self.switch_to(ft);
            let e = self.emit(Op::TakeException, Ty::Any);
            self.set(f.value, e);
            let c = self.int(COMPLETION_THROW);
            self.set(f.kind, c);
            self.jump(f.block);
            self.switch_to(f.block);
            self.block_stmts(&fb.stmts, Some((fb.span.lo, ScopeKind::Block)));
            // Dispatch on the completion.
            let dispatch = |b: &mut Self, code: i32| {
                let k = b.get(f.kind);
                let c = b.int(code);
                let eq = b.emit(Op::Binary(BinOp::StrictEq, k, c), Ty::Bool);
                let yes = b.new_block();
                let no = b.new_block();
                b.branch(eq, yes, no);
                (yes, no)
            };
            let (normal, rest) = dispatch(self, COMPLETION_NORMAL);
            self.switch_to(normal);
            self.jump(after);
            self.switch_to(rest);
            let (thrown, rest) = dispatch(self, COMPLETION_THROW);
            self.switch_to(thrown);
            let v = self.get(f.value);
            self.terminate(Term::Throw(v));
            self.switch_to(rest);
            for &(code, exit) in &f.exits {
                let (yes, no) = dispatch(self, code);
                self.switch_to(yes);
                match exit {
                    Exit::Break(i) => self.goto_target(i, false),
                    Exit::Continue(i) => self.goto_target(i, true),
                    Exit::Return => {}
                }
                self.switch_to(no);
            }
            // What is left is a return.
            let v = self.get(f.value);
            self.ret(v);
        }
        self.switch_to(after);
    }

    fn goto_target(&mut self, idx: usize, is_continue: bool) {
        let depth = self.targets[idx].finally_depth;
        if self.finallies.len() > depth {
            let exit = if is_continue { Exit::Continue(idx) } else { Exit::Break(idx) };
            self.exit_via_finally(self.finallies.len(), exit, None);
            return;
        }
        let t = &self.targets[idx];
        let b = if is_continue { t.continue_to.unwrap() } else { t.break_to };
        self.jump(b);
    }


    /// The end of a try block or catch clause: to the finally with a normal completion, or on.
    fn complete_normally(&mut self, after: BlockId) {
        if self.terminated {
            return;
        }
        match self.finallies.last() {
            Some(f) => {
                let (k, b) = (f.kind, f.block);
                let c = self.int(COMPLETION_NORMAL);
                self.set(k, c);
                self.jump(b);
            }
            None => self.jump(after),
        }
    }

    // ----- expressions -----

    /// An expression in a condition, as a `Bool`.
    fn cond(&mut self, e: &'a Expr) -> ValueId {
        let v = self.expr(e);
        if self.f.ty(v) == Ty::Bool {
            return v;
        }
        self.emit(Op::Unary(UnOp::ToBool, v), Ty::Bool)
    }

    /// An expression whose anonymous function gets `name` (NamedEvaluation).
    fn expr_named(&mut self, e: &'a Expr, name: &str) -> ValueId {
        let name = &display_name(name);
        match e {
            Expr::Fn(f) if f.ident.is_none() => self.function_expr(&f.function, None, name.to_string(), FuncKind::Normal),
            Expr::Arrow(a) => {
                self.at(a.span.lo);
                let fid = self.closure_id(Source::Arrow(a), name.to_string());
                let env = self.current_env();
                self.emit(Op::Closure(fid, env), Ty::Object)
            }
            Expr::Paren(p) => self.expr_named(&p.expr, name),
            Expr::Class(c) if c.ident.is_none() => self.class_value(&c.class, name.to_string()),
            _ => self.expr(e),
        }
    }

    /// Runs a static field's initialiser or a static block, a method of class `k`, and
    /// gives its result.
    fn run_static_init(&mut self, m: &'a ClassMember, k: ValueId) -> ValueId {
        let sfid = self.closure_id(Source::StaticInit(m), String::new());
        let env = self.current_env();
        let f = self.emit(Op::Closure(sfid, env), Ty::Object);
        self.emit_void(Op::SetHome(f, k));
        let what = self.mb.str("static initializer");
        self.emit(Op::Call { callee: f, this: k, args: Vec::new(), what }, Ty::Any)
    }

    /// SetFunctionName with a computed key, known only at run time.
    fn set_function_name(&mut self, f: ValueId, key: ValueId, prefix: &str) {
        let p = self.mb.str(prefix);
        self.emit_void(Op::SetFunctionName(f, key, p));
    }

    fn function_expr(&mut self, f: &'a Function, ident: Option<&'a Ident>, name: String, kind: FuncKind) -> ValueId {
        self.at(f.span.lo);
        let kind = function_kind(f, kind);
        let fid = self.closure_id(Source::Function(f, ident, kind), name);
        let env = self.current_env();
        self.emit(Op::Closure(fid, env), Ty::Object)
    }

    /// The source text of an expression, for error messages ("%s" if it is long).
    fn source_snippet(&self, e: &Expr) -> String {
        let s = self.callee_text(e);
        if s.ends_with("...") { "%s".into() } else { s }
    }

    fn callee_text(&self, e: &Expr) -> String {
        let s = self.mb.parsed.text(e.span().lo, e.span().hi);
        let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() > 60 { format!("{}...", s.chars().take(57).collect::<String>()) } else { s }
    }

    fn expr(&mut self, e: &'a Expr) -> ValueId {
        self.at(e.span().lo);
        match e {
            Expr::Lit(l) => self.lit(l),
            Expr::Ident(id) => self.read_ident(id),
            Expr::This(t) => {
                let r = self.scopes().resolve_this(t.span.lo);
                match r.binding {
                    Some(_) => self.read_resolved(r, "this"),
                    None => self.this_value(),
                }
            }
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Tpl(t) => {
                let mut acc: Option<ValueId> = None;
                for (i, q) in t.quasis.iter().enumerate() {
                    let cooked: Vec<u16> = q.cooked.as_ref().map(|c| c.as_wtf8().to_ill_formed_utf16().collect()).unwrap_or_default();
                    if !cooked.is_empty() || acc.is_none() {
                        let id = self.mb.str_units(cooked);
                        let s = self.emit(Op::Str(id), Ty::String);
                        acc = Some(match acc {
                            None => s,
                            Some(a) => self.emit(Op::Binary(BinOp::Add, a, s), Ty::String),
                        });
                    }
                    if let Some(x) = t.exprs.get(i) {
                        let v = self.expr(x);
                        let s = self.emit(Op::Unary(UnOp::ToString, v), Ty::String);
                        let a = acc.unwrap();
                        acc = Some(self.emit(Op::Binary(BinOp::Add, a, s), Ty::String));
                    }
                }
                acc.unwrap()
            }
            Expr::Array(a) => self.array_lit(&a.elems),
            Expr::Object(o) => self.object_lit(o),
            Expr::Fn(f) => {
                let name = f.ident.as_ref().map(|i| i.sym.to_string()).unwrap_or_default();
                self.function_expr(&f.function, f.ident.as_ref(), name, FuncKind::Normal)
            }
            Expr::Arrow(_) => self.expr_named(e, ""),
            Expr::Unary(u) => self.unary(u),
            Expr::Update(u) => self.update(u),
            Expr::Bin(b) => self.binary(b),
            Expr::Assign(a) => self.assign(a),
            Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                self.member_get(obj, m)
            }
            Expr::Cond(c) => {
                let t = self.cond(&c.test);
                let l = self.local("<cond>");
                let yes = self.new_block();
                let no = self.new_block();
                let done = self.new_block();
                self.branch(t, yes, no);
                self.switch_to(yes);
                let v = self.expr(&c.cons);
                self.set(l, v);
                self.jump(done);
                self.switch_to(no);
                let v = self.expr(&c.alt);
                self.set(l, v);
                self.jump(done);
                self.switch_to(done);
                self.get(l)
            }
            Expr::Call(c) => self.call(c),
            Expr::New(n) => {
                let callee = self.expr(&n.callee);
                let args = self.args(n.args.as_deref().unwrap_or(&[]));
                let what = self.callee_text(&n.callee);
                let what = self.mb.str(&what);
                self.at(n.span.lo);
                match args {
                    Args::List(args) => self.emit(Op::New { callee, args, what }, Ty::Object),
                    Args::Spread(args) => self.emit(Op::NewSpread { callee, args, what }, Ty::Object),
                }
            }
            Expr::Seq(s) => {
                let mut last = None;
                for x in &s.exprs {
                    last = Some(self.expr(x));
                }
                last.unwrap()
            }
            Expr::SuperProp(sp) => self.super_prop(sp),
            Expr::TaggedTpl(t) => self.tagged_template(t),
            Expr::MetaProp(m) if m.kind == MetaPropKind::ImportMeta => {
                self.at(m.span.lo);
                self.emit(Op::ImportMeta(self.mb.file as u32), Ty::Object)
            }
            Expr::MetaProp(m) => {
                // new.target (resolved like `this`: a binding of the nearest non-arrow function).
                let r = self.scopes().resolve_this(m.span.lo);
                self.read_resolved(r, "new.target")
            }
            Expr::Await(aw) => {
                if !self.f.kind.is_resumable() || self.f.kind == FuncKind::Generator {
                    // The parser let it through in a position only an early error rules out
                    // (e.g. a nested arrow's parameters inside an async function).
                    return self.fail(aw.span.lo, "await is only valid in async functions and the top level bodies of modules");
                }
                let v = self.expr(&aw.arg);
                self.at(aw.span.lo);
                self.await_value(v)
            }
            Expr::Yield(y) => {
                let v = match &y.arg {
                    Some(a) => self.expr(a),
                    None => self.undef(),
                };
                self.at(y.span.lo);
                match (self.f.kind == FuncKind::AsyncGenerator, y.delegate) {
                    (true, true) => self.async_yield_star(v),
                    (true, false) => self.async_yield(v),
                    (false, true) => self.yield_star(v),
                    (false, false) => self.suspend(v),
                }
            }
            Expr::Class(c) => {
                let name = c.ident.as_ref().map(|i| i.sym.to_string()).unwrap_or_default();
                self.class_value(&c.class, name)
            }
            Expr::OptChain(_) => {
                let result = self.local("<opt>");
                let short = self.new_block();
                let done = self.new_block();
                let v = self.chain(e, short);
                self.set(result, v);
                self.jump(done);
                self.switch_to(short);
                let u = self.undef();
                self.set(result, u);
                self.jump(done);
                self.switch_to(done);
                self.get(result)
            }
            other => self.fail(other.span().lo, "this expression is not supported yet"),
        }
    }

    /// An array literal (or a spread argument list): elements before the first spread go
    /// into the literal at once, the rest are appended.
    fn array_lit(&mut self, elems: &'a [Option<ExprOrSpread>]) -> ValueId {
        let first_spread = elems.iter().position(|e| matches!(e, Some(ExprOrSpread { spread: Some(_), .. }))).unwrap_or(elems.len());
        let mut vals = Vec::new();
        for el in &elems[..first_spread] {
            match el {
                None => vals.push(self.emit(Op::Hole, Ty::Any)),
                Some(ExprOrSpread { expr, .. }) => {
                    let v = self.expr(expr);
                    vals.push(v);
                }
            }
        }
        let arr = self.emit(Op::NewArray(vals), Ty::Object);
        for el in &elems[first_spread..] {
            match el {
                None => {
                    let h = self.emit(Op::Hole, Ty::Any);
                    self.emit_void(Op::ArrayPush(arr, h));
                }
                Some(ExprOrSpread { spread: Some(_), expr }) => {
                    let v = self.expr(expr);
                    self.emit_void(Op::ArrayAppendSpread(arr, v));
                }
                Some(ExprOrSpread { expr, .. }) => {
                    let v = self.expr(expr);
                    self.emit_void(Op::ArrayPush(arr, v));
                }
            }
        }
        arr
    }

    /// Call arguments: a plain list, or an array when some argument is spread.
    fn args(&mut self, args: &'a [ExprOrSpread]) -> Args {
        if args.iter().any(|a| a.spread.is_some()) {
            let elems: &'a [Option<ExprOrSpread>] = Box::leak(args.iter().cloned().map(Some).collect::<Vec<_>>().into_boxed_slice());
            return Args::Spread(self.array_lit(elems));
        }
        Args::List(args.iter().map(|a| self.expr(&a.expr)).collect())
    }

    fn lit(&mut self, l: &Lit) -> ValueId {
        match l {
            Lit::Str(s) => {
                // WTF-8 keeps lone surrogates ('\ud800'), which UTF-16 units represent as is.
                let units: Vec<u16> = s.value.as_wtf8().to_ill_formed_utf16().collect();
                let id = self.mb.str_units(units);
                self.emit(Op::Str(id), Ty::String)
            }
            Lit::Num(n) => self.number(n.value),
            Lit::Bool(b) => self.emit(Op::Bool(b.value), Ty::Bool),
            Lit::Null(_) => self.emit(Op::Null, Ty::Any),
            Lit::Regex(r) => {
                let p = self.mb.str(&r.exp);
                let f = self.mb.str(&r.flags);
                self.emit(Op::NewRegExp(p, f), Ty::Object)
            }
            Lit::BigInt(b) => {
                let id = self.mb.str(&b.value.to_string());
                self.emit(Op::BigInt(id), Ty::Any)
            }
            Lit::JSXText(t) => self.fail(t.span.lo, "JSX is not supported"),
        }
    }

    fn number(&mut self, x: f64) -> ValueId {
        let i = x as i32;
        if i as f64 == x && !(x == 0.0 && x.is_sign_negative()) {
            self.int(i)
        } else {
            self.emit(Op::Num(x), Ty::Double)
        }
    }

    fn prop_key(&mut self, k: &'a PropName) -> (ValueId, String) {
        match k {
            PropName::Ident(i) => (self.str_val(&i.sym), i.sym.to_string()),
            PropName::Str(s) => {
                let t = s.value.to_string_lossy().into_owned();
                (self.str_val(&t), t)
            }
            PropName::Num(n) => {
                let v = self.number(n.value);
                (v, String::new())
            }
            // ToPropertyKey runs before the value is evaluated (§13.2.5.5).
            PropName::Computed(c) => {
                let v = self.expr(&c.expr);
                self.at(c.span.lo);
                (self.emit(Op::Unary(UnOp::ToPropertyKey, v), Ty::Any), String::new())
            }
            // `{1n: v}` is the key "1".
            PropName::BigInt(b) => {
                let t = b.value.to_string();
                (self.str_val(&t), t)
            }
        }
    }

    fn object_lit(&mut self, o: &'a ObjectLit) -> ValueId {
        let obj = self.emit(Op::NewObject, Ty::Object);
        let ol = self.local("<object>");
        self.set(ol, obj);
        for p in &o.props {
            match p {
                PropOrSpread::Spread(s) => {
                    let v = self.expr(&s.expr);
                    let o = self.get(ol);
                    let u = self.undef();
                    self.emit_void(Op::CopyDataProperties(o, v, u));
                }
                PropOrSpread::Prop(p) => match &**p {
                    Prop::Shorthand(id) => {
                        let k = self.str_val(&id.sym);
                        let v = self.read_ident(id);
                        let o = self.get(ol);
                        self.emit_void(Op::DefineField(o, k, v));
                    }
                    Prop::KeyValue(kv) => {
                        let is_proto = match &kv.key {
                            PropName::Ident(i) => &*i.sym == "__proto__",
                            PropName::Str(s) => s.value.as_str() == Some("__proto__"),
                            _ => false,
                        };
                        if is_proto {
                            let v = self.expr(&kv.value);
                            let o = self.get(ol);
                            self.emit_void(Op::SetPrototypeOf(o, v));
                            continue;
                        }
                        // A constant key that is not an array index: a cached-transition define.
                        let const_key = match &kv.key {
                            PropName::Ident(i) => Some(i.sym.to_string()),
                            PropName::Str(st) => st.value.as_str().map(str::to_string),
                            _ => None,
                        }
                        .filter(|k| !k.parse::<u32>().is_ok_and(|n| n.to_string() == *k && n != u32::MAX));
                        if let Some(key) = const_key {
                            let v = self.expr_named(&kv.value, &key);
                            let k = self.mb.str(&key);
                            let o = self.get(ol);
                            self.emit_void(Op::DefineNamed(o, k, v));
                            continue;
                        }
                        let (k, name) = self.prop_key(&kv.key);
                        let v = self.expr_named(&kv.value, &name);
                        if matches!(kv.key, PropName::Computed(_)) && is_anonymous_function_definition(&kv.value) {
                            self.set_function_name(v, k, "");
                        }
                        let o = self.get(ol);
                        self.emit_void(Op::DefineField(o, k, v));
                    }
                    Prop::Method(m) => {
                        let (k, name) = self.prop_key(&m.key);
                        let v = self.function_expr(&m.function, None, name, FuncKind::Method);
                        if matches!(m.key, PropName::Computed(_)) {
                            self.set_function_name(v, k, "");
                        }
                        let o = self.get(ol);
                        self.emit_void(Op::SetHome(v, o));
                        self.emit_void(Op::DefineField(o, k, v));
                    }
                    Prop::Getter(g) => {
                        let (k, name) = self.prop_key(&g.key);
                        let fname = if matches!(g.key, PropName::Computed(_)) { String::new() } else { format!("get {name}") };
                        let f = self.function_expr(&g.function, None, fname, FuncKind::Method);
                        if matches!(g.key, PropName::Computed(_)) {
                            self.set_function_name(f, k, "get");
                        }
                        let o = self.get(ol);
                        self.emit_void(Op::SetHome(f, o));
                        let u = self.undef();
                        self.emit_void(Op::DefineAccessor { obj: o, key: k, getter: f, setter: u, enumerable: true });
                    }
                    Prop::Setter(st) => {
                        let (k, name) = self.prop_key(&st.key);
                        let fname = if matches!(st.key, PropName::Computed(_)) { String::new() } else { format!("set {name}") };
                        let f = self.function_expr(&st.function, None, fname, FuncKind::Method);
                        if matches!(st.key, PropName::Computed(_)) {
                            self.set_function_name(f, k, "set");
                        }
                        let o = self.get(ol);
                        self.emit_void(Op::SetHome(f, o));
                        let u = self.undef();
                        self.emit_void(Op::DefineAccessor { obj: o, key: k, getter: u, setter: f, enumerable: true });
                    }
                    Prop::Assign(a) => {
                        return self.fail(a.span.lo, "invalid shorthand property initializer");
                    }
                },
            }
        }
        self.get(ol)
    }

    /// The key of a member expression: an atom for `.x` and string-literal keys, a value
    /// otherwise.
    fn member_key(&mut self, m: &'a MemberProp) -> MKey {
        match m {
            MemberProp::Ident(i) => MKey::Atom(self.mb.str(&i.sym)),
            MemberProp::Computed(c) => match &*c.expr {
                Expr::Lit(Lit::Str(s)) => {
                    let t = s.value.to_string_lossy().into_owned();
                    let is_index = t.parse::<u32>().is_ok_and(|n| n.to_string() == t);
                    if is_index { MKey::Value(self.str_val(&t)) } else { MKey::Atom(self.mb.str(&t)) }
                }
                other => MKey::Value(self.expr(other)),
            },
            MemberProp::PrivateName(p) => MKey::Private(self.private_name(p)),
        }
    }

    /// The private symbol a `#x` names (a binding of the declaring class's scope).
    fn private_name(&mut self, p: &PrivateName) -> ValueId {
        let r = self.scopes().resolve(p.span.lo);
        self.read_resolved(r, &format!("#{}", p.name))
    }

    fn get_key(&mut self, obj: ValueId, key: MKey) -> ValueId {
        match key {
            MKey::Atom(k) => self.emit(Op::GetProp(obj, k), Ty::Any),
            MKey::Value(kv) => self.emit(Op::GetElem(obj, kv), Ty::Any),
            MKey::Private(sym) => self.emit(Op::GetPrivate(obj, sym), Ty::Any),
        }
    }

    fn set_key(&mut self, obj: ValueId, key: MKey, v: ValueId) {
        match key {
            MKey::Atom(k) => self.emit_void(Op::SetProp(obj, k, v)),
            MKey::Value(kv) => self.emit_void(Op::SetElem(obj, kv, v)),
            MKey::Private(sym) => self.emit_void(Op::SetPrivate(obj, sym, v)),
        }
    }

    fn member_get(&mut self, obj: ValueId, m: &'a MemberExpr) -> ValueId {
        let key = self.member_key(&m.prop);
        self.at(m.span.lo);
        self.get_key(obj, key)
    }

    /// An optional chain; `short` is where a nullish `?.` base jumps.
    fn chain(&mut self, e: &'a Expr, short: BlockId) -> ValueId {
        match e {
            Expr::OptChain(o) => {
                match &*o.base {
                    OptChainBase::Member(m) => {
                        let obj = self.chain(&m.obj, short);
                        if o.optional {
                            self.short_if_nullish(obj, short);
                        }
                        self.member_get(obj, m)
                    }
                    OptChainBase::Call(c) => {
                        // The callee keeps its `this` when it is a member access.
                        let (f, this) = self.callee_parts(&c.callee, short);
                        if o.optional {
                            self.short_if_nullish(f, short);
                        }
                        let args = self.args(&c.args);
                        let what = self.callee_text(&c.callee);
                        let what = self.mb.str(&what);
                        self.at(c.span.lo);
                        self.call_with(f, this, args, what)
                    }
                }
            }
            Expr::Member(m) => {
                let obj = self.chain(&m.obj, short);
                self.member_get(obj, m)
            }
            Expr::Paren(p) => self.expr(&p.expr),
            other => self.expr(other),
        }
    }

    fn callee_parts(&mut self, callee: &'a Expr, short: BlockId) -> (ValueId, ValueId) {
        match callee {
            Expr::Member(m) => {
                let obj = self.chain(&m.obj, short);
                let f = self.member_get(obj, m);
                (f, obj)
            }
            Expr::OptChain(o) => match &*o.base {
                OptChainBase::Member(m) => {
                    let obj = self.chain(&m.obj, short);
                    if o.optional {
                        self.short_if_nullish(obj, short);
                    }
                    let f = self.member_get(obj, m);
                    (f, obj)
                }
                _ => {
                    let f = self.chain(callee, short);
                    let u = self.undef();
                    (f, u)
                }
            },
            Expr::Ident(id) => self.ident_callee(id),
            other => {
                let f = self.chain(other, short);
                let u = self.undef();
                (f, u)
            }
        }
    }

    fn short_if_nullish(&mut self, v: ValueId, short: BlockId) {
        let n = self.emit(Op::Unary(UnOp::IsNullish, v), Ty::Bool);
        let cont = self.new_block();
        self.branch(n, short, cont);
        self.switch_to(cont);
    }

    fn call(&mut self, c: &'a CallExpr) -> ValueId {
        let callee = match &c.callee {
            Callee::Expr(e) => e,
            Callee::Super(sp) => return self.super_call(c, sp.span.lo),
            Callee::Import(_) => return self.dynamic_import(c),
        };
        let mut direct = None;
        // A parenthesised callee is still a reference: `(o.f)()` passes `o` as `this`.
        let mut target: &'a Expr = callee;
        while let Expr::Paren(p) = target {
            target = &p.expr;
        }
        let (f, this) = match target {
            Expr::SuperProp(sp) => {
                let f = self.super_prop(sp);
                let r = self.scopes().resolve_this(sp.span.lo);
                let this = self.read_resolved(r, "this");
                (f, this)
            }
            Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let f = self.member_get(obj, m);
                (f, obj)
            }
            Expr::Ident(id) => {
                let r = self.scopes().resolve(id.span.lo);
                let in_with = !self.scopes().with_objects(id.span.lo).is_empty();
                if let (Some(b), false) = (r.binding, in_with) {
                    if let Some(&fid) = self.mb.decl_funcs.get(&(self.mb.file, b)) {
                        if fid.0 != u32::MAX && !self.scopes().binding(b).reassigned {
                            direct = Some(fid);
                        }
                    }
                }
                self.ident_callee(id)
            }
            other => {
                let f = self.expr(other);
                let u = self.undef();
                (f, u)
            }
        };
        let args = self.args(&c.args);
        self.at(c.span.lo);
        if let (Some(func), Args::List(args)) = (direct, &args) {
            return self.emit(Op::CallDirect { func, callee: f, this, args: args.clone() }, Ty::Any);
        }
        let what = self.callee_text(callee);
        let what = self.mb.str(&what);
        self.call_with(f, this, args, what)
    }

    /// ClassDefinitionEvaluation: heritage, prototype, constructor, methods and accessors,
    /// static fields and blocks, in order; the class's inner name is bound last.
    fn class_value(&mut self, c: &'a Class, name: String) -> ValueId {
        self.at(c.span.lo);
        let scope = self.scopes().scope_at(c.span.lo, ScopeKind::Block);
        let outer_scope = self.scope;
        if let Some(s) = scope {
            self.enter_scope(s);
            // A fresh private name for each #x the class declares.
            let info = self.scopes();
            let names: Vec<(BindingId, String)> = info
                .scope(s)
                .bindings
                .iter()
                .map(|&b| (b, info.binding(b).name.clone()))
                .filter(|(_, n)| n.starts_with('#') && !n.ends_with("()") && !n.ends_with(".get") && !n.ends_with(".set"))
                .collect();
            for (b, n) in names {
                let d = self.mb.str(&n);
                let sym = self.emit(Op::NewPrivateName(d), Ty::Any);
                self.store(b, sym);
            }
        }
        let (parent, has_extends) = match &c.super_class {
            Some(sc) => (self.expr(sc), true),
            None => (self.undef(), false),
        };
        let proto_parent = self.emit(Op::ClassHeritage(parent, has_extends), Ty::Any);
        let proto = self.emit(Op::NewObject, Ty::Object);
        self.emit_void(Op::SetPrototypeOf(proto, proto_parent));
        let pl = self.local("<proto>");
        self.set(pl, proto);
        let ctor_src = c
            .body
            .iter()
            .find_map(|m| match m {
                ClassMember::Constructor(k) if k.body.is_some() => Some(Source::Constructor(k, c)),
                _ => None,
            })
            .unwrap_or(Source::DefaultConstructor(c));
        let fid = self.closure_id(ctor_src, name.clone());
        let env = self.current_env();
        let ctor = self.emit(Op::Closure(fid, env), Ty::Object);
        let cl = self.local("<class>");
        self.set(cl, ctor);
        let has_fields = c.body.iter().any(|m| match m {
            ClassMember::ClassProp(p) => !p.is_static,
            ClassMember::PrivateProp(p) => !p.is_static,
            ClassMember::PrivateMethod(p) => !p.is_static,
            _ => false,
        });
        let fields = if has_fields {
            let ffid = self.closure_id(Source::FieldsInit(c), "<instance_members_initializer>".into());
            let f = self.emit(Op::Closure(ffid, env), Ty::Object);
            let p = self.get(pl);
            self.emit_void(Op::SetHome(f, p));
            f
        } else {
            self.undef()
        };
        let has_computed_fields =
            c.body.iter().any(|m| matches!(m, ClassMember::ClassProp(p) if !p.is_static && matches!(p.key, PropName::Computed(_))));
        let fl = has_computed_fields.then(|| {
            let l = self.local("<fields>");
            self.set(l, fields);
            l
        });
        // Computed field keys are evaluated here, in order with the methods' keys.
        let mut instance_keys: Vec<LocalId> = Vec::new();
        let mut static_keys: Vec<(*const ClassProp, LocalId)> = Vec::new();
        let parent_for_ctor = if has_extends { parent } else { self.undef() };
        let (k, p) = (self.get(cl), self.get(pl));
        self.emit_void(Op::MakeClass(k, p, parent_for_ctor, fields));
        let mut statics: Vec<&'a ClassMember> = Vec::new();
        for m in &c.body {
            match m {
                ClassMember::Method(cm) => {
                    let target = if cm.is_static { self.get(cl) } else { self.get(pl) };
                    let (key, kname) = self.prop_key(&cm.key);
                    let fname = match cm.kind {
                        _ if matches!(cm.key, PropName::Computed(_)) => String::new(),
                        MethodKind::Method => kname,
                        MethodKind::Getter => format!("get {kname}"),
                        MethodKind::Setter => format!("set {kname}"),
                    };
                    let f = self.function_expr(&cm.function, None, fname, FuncKind::Method);
                    if matches!(cm.key, PropName::Computed(_)) {
                        let prefix = match cm.kind {
                            MethodKind::Method => "",
                            MethodKind::Getter => "get",
                            MethodKind::Setter => "set",
                        };
                        self.set_function_name(f, key, prefix);
                    }
                    self.emit_void(Op::SetHome(f, target));
                    let u = self.undef();
                    match cm.kind {
                        MethodKind::Method => self.emit_void(Op::DefineMethod(target, key, f)),
                        MethodKind::Getter => {
                            self.emit_void(Op::DefineAccessor { obj: target, key, getter: f, setter: u, enumerable: false })
                        }
                        MethodKind::Setter => {
                            self.emit_void(Op::DefineAccessor { obj: target, key, getter: u, setter: f, enumerable: false })
                        }
                    }
                }
                ClassMember::PrivateMethod(pm) => {
                    let target = if pm.is_static { self.get(cl) } else { self.get(pl) };
                    let (suffix, fname) = match pm.kind {
                        MethodKind::Method => ("()", format!("#{}", pm.key.name)),
                        MethodKind::Getter => (".get", format!("get #{}", pm.key.name)),
                        MethodKind::Setter => (".set", format!("set #{}", pm.key.name)),
                    };
                    let f = self.function_expr(&pm.function, None, fname, FuncKind::Method);
                    self.emit_void(Op::SetHome(f, target));
                    if let Some(s) = scope {
                        if let Some(b) = self.scopes().lookup_in(s, &format!("#{}{suffix}", pm.key.name)) {
                            self.store(b, f);
                        }
                    }
                    if pm.is_static {
                        statics.push(m);
                    }
                }
                ClassMember::ClassProp(p) => {
                    if let PropName::Computed(cp) = &p.key {
                        let v = self.expr(&cp.expr);
                        self.at(cp.span.lo);
                        let k = self.emit(Op::Unary(UnOp::ToPropertyKey, v), Ty::Any);
                        let l = self.local("<field-key>");
                        self.set(l, k);
                        if p.is_static {
                            static_keys.push((p as *const ClassProp, l));
                        } else {
                            instance_keys.push(l);
                        }
                    }
                    if p.is_static {
                        statics.push(m);
                    }
                }
                ClassMember::PrivateProp(p) if p.is_static => statics.push(m),
                ClassMember::StaticBlock(_) => statics.push(m),
                _ => {}
            }
        }
        if !instance_keys.is_empty() {
            let keys: Vec<ValueId> = instance_keys.iter().map(|&l| self.get(l)).collect();
            let arr = self.emit(Op::NewArray(keys), Ty::Object);
            let f = self.get(fl.expect("fields local"));
            self.emit_void(Op::SetFieldKeys(f, arr));
        }
        // The inner name binding is initialised before static fields run (a class
        // declaration's outer binding is set by the caller afterwards).
        if let Some(s) = scope {
            let info = self.scopes();
            if let Some(b) = info.scope(s).bindings.first().copied() {
                if info.binding(b).kind == BindingKind::Const {
                    let k = self.get(cl);
                    self.store(b, k);
                }
            }
        }
        let mut done_private_statics: Vec<String> = Vec::new();
        for m in statics {
            let k = self.get(cl);
            if let ClassMember::PrivateMethod(pm) = m {
                // Static private methods and accessors are installed on the constructor.
                if !done_private_statics.contains(&pm.key.name.to_string()) {
                    done_private_statics.push(pm.key.name.to_string());
                    self.install_private_methods(scope, &pm.key.name, k);
                }
                continue;
            }
            if let ClassMember::PrivateProp(pp) = m {
                let v = if pp.value.is_some() {
                    self.run_static_init(m, k)
                } else {
                    self.undef()
                };
                let sym = self.private_binding_value(scope, &pp.key.name);
                self.emit_void(Op::DefinePrivate { obj: k, name: sym, value: v, method: false });
                continue;
            }
            let key = match m {
                ClassMember::ClassProp(p) => match static_keys.iter().find(|(q, _)| std::ptr::eq(*q, p)) {
                    Some(&(_, l)) => Some(self.get(l)),
                    None => Some(self.prop_key(&p.key).0),
                },
                _ => None,
            };
            // A static field without an initializer is undefined (no function to run).
            let v = if matches!(m, ClassMember::ClassProp(p) if p.value.is_none()) {
                self.undef()
            } else {
                self.run_static_init(m, k)
            };
            if let Some(key) = key {
                self.emit_void(Op::DefineField(k, key, v));
            }
        }
        let k = self.get(cl);
        if let Some(s) = scope {
            self.leave_scope(s);
        }
        self.scope = outer_scope;
        k
    }

    /// The private symbol bound to `#name` in class scope `scope`.
    fn private_binding_value(&mut self, scope: Option<ScopeId>, name: &str) -> ValueId {
        let b = scope.and_then(|s| self.scopes().lookup_in(s, &format!("#{name}")));
        match b {
            Some(b) => self.load(b),
            None => self.undef(),
        }
    }

    /// Adds the private method or accessor pair `#name` (from its class-scope bindings) to
    /// `target`.
    fn install_private_methods(&mut self, scope: Option<ScopeId>, name: &str, target: ValueId) {
        let Some(s) = scope else { return };
        let sym = self.private_binding_value(scope, name);
        let info = self.scopes();
        let (m, g, st) = (
            info.lookup_in(s, &format!("#{name}()")),
            info.lookup_in(s, &format!("#{name}.get")),
            info.lookup_in(s, &format!("#{name}.set")),
        );
        if let Some(mb) = m {
            let f = self.load(mb);
            self.emit_void(Op::DefinePrivate { obj: target, name: sym, value: f, method: true });
            return;
        }
        let getter = match g {
            Some(b) => self.load(b),
            None => self.undef(),
        };
        let setter = match st {
            Some(b) => self.load(b),
            None => self.undef(),
        };
        self.emit_void(Op::DefinePrivateAccessor { obj: target, name: sym, getter, setter });
    }

    /// `super(...args)`: constructs the parent, binds `this` (once), runs field initialisers.
    fn super_call(&mut self, c: &'a CallExpr, pos: BytePos) -> ValueId {
        let args = self.args(&c.args);
        self.at(c.span.lo);
        let r = match args {
            Args::List(a) => self.emit(Op::SuperCall(a), Ty::Object),
            Args::Spread(a) => self.emit(Op::SuperCallSpread(a), Ty::Object),
        };
        let res = self.scopes().resolve_this(pos);
        if let Some(b) = res.binding {
            let old = self.load(b);
            self.emit_void(Op::CheckSuperOnce(old));
            self.store(b, r);
        }
        self.emit_void(Op::InitFields(r));
        r
    }

    /// `super.x` / `super[x]`: looked up from the home object's prototype, with `this`.
    fn super_prop(&mut self, sp: &'a SuperPropExpr) -> ValueId {
        let (base, key, this) = self.super_ref(sp);
        self.at(sp.span.lo);
        self.emit(Op::SuperGet(base, key, this), Ty::Any)
    }

    /// A super reference's parts in the spec's order: `this` first (in a derived constructor
    /// before super() that is the ReferenceError), then the key, then the base (the home
    /// object's prototype, read before the key's ToPropertyKey).
    fn super_ref(&mut self, sp: &'a SuperPropExpr) -> (ValueId, ValueId, ValueId) {
        let r = self.scopes().resolve_this(sp.span.lo);
        let this = self.read_resolved(r, "this");
        let key = match &sp.prop {
            SuperProp::Ident(i) => self.str_val(&i.sym),
            SuperProp::Computed(c) => self.expr(&c.expr),
        };
        let home_res = self.scopes().resolve_home(sp.span.lo);
        let home = self.read_resolved(home_res, "%home");
        let base = self.emit(Op::SuperBase(home), Ty::Any);
        (base, key, this)
    }

    fn call_with(&mut self, callee: ValueId, this: ValueId, args: Args, what: StrId) -> ValueId {
        match args {
            Args::List(args) => self.emit(Op::Call { callee, this, args, what }, Ty::Any),
            Args::Spread(args) => self.emit(Op::CallSpread { callee, this, args, what }, Ty::Any),
        }
    }

    fn unary(&mut self, u: &'a UnaryExpr) -> ValueId {
        match u.op {
            UnaryOp::Minus => {
                if let Expr::Lit(Lit::Num(n)) = &*u.arg {
                    return self.number(-n.value);
                }
                if let Expr::Lit(Lit::BigInt(b)) = &*u.arg {
                    let id = self.mb.str(&format!("-{}", b.value));
                    return self.emit(Op::BigInt(id), Ty::Any);
                }
                let v = self.expr(&u.arg);
                let ty = self.numeric_result(Ty::Number, &[v]);
                self.emit(Op::Unary(UnOp::Neg, v), ty)
            }
            UnaryOp::Plus => {
                let v = self.expr(&u.arg);
                self.emit(Op::Unary(UnOp::ToNumber, v), Ty::Number)
            }
            UnaryOp::Bang => {
                let v = self.cond(&u.arg);
                self.emit(Op::Unary(UnOp::Not, v), Ty::Bool)
            }
            UnaryOp::Tilde => {
                let v = self.expr(&u.arg);
                let ty = self.numeric_result(Ty::Int32, &[v]);
                self.emit(Op::Unary(UnOp::BitNot, v), ty)
            }
            UnaryOp::TypeOf => {
                if let Expr::Ident(id) = &*u.arg {
                    return self.typeof_ident(id);
                }
                let v = self.expr(&u.arg);
                self.emit(Op::Unary(UnOp::TypeOf, v), Ty::String)
            }
            UnaryOp::Void => {
                self.expr(&u.arg);
                self.undef()
            }
            UnaryOp::Delete => match &*u.arg {
                Expr::Paren(p) if matches!(&*p.expr, Expr::Member(_) | Expr::SuperProp(_) | Expr::Paren(_)) => {
                    let inner = UnaryExpr { span: u.span, op: u.op, arg: p.expr.clone() };
                    let leaked: &'a UnaryExpr = Box::leak(Box::new(inner));
                    self.unary(leaked)
                }
                // Deleting a super reference is a ReferenceError, once the reference is made.
                Expr::SuperProp(sp) => {
                    self.super_ref(sp);
                    self.at(u.span.lo);
                    let m = self.mb.str("Unsupported reference to 'super'");
                    self.emit_void(Op::ThrowReferenceError(m));
                    self.emit(Op::Bool(true), Ty::Bool)
                }
                Expr::Member(m) => {
                    let obj = self.expr(&m.obj);
                    let key = match self.member_key(&m.prop) {
                        MKey::Private(_) => return self.fail(m.span.lo, "Private fields can not be deleted"),
                        MKey::Atom(k) => self.emit(Op::Str(k), Ty::String),
                        MKey::Value(v) => v,
                    };
                    self.at(u.span.lo);
                    self.emit(Op::Delete(obj, key), Ty::Bool)
                }
                Expr::Ident(id) => self.delete_ident(id),
                other => {
                    self.expr(other);
                    self.emit(Op::Bool(true), Ty::Bool)
                }
            },
        }
    }

    fn update(&mut self, u: &'a UpdateExpr) -> ValueId {
        let op = if u.op == UpdateOp::PlusPlus { UnOp::Inc } else { UnOp::Dec };
        let compute = |b: &mut Self, old: ValueId| {
            let ty = b.numeric_result(Ty::Number, &[old]);
            let old = b.emit(Op::Unary(UnOp::ToNumeric, old), ty);
            let new = b.emit(Op::Unary(op, old), ty);
            (old, new)
        };
        match &*u.arg {
            Expr::Ident(id) => {
                let r = self.resolve_ident(id);
                let v = self.get_ref(r);
                let (old, new) = compute(self, v);
                self.put_ref(r, new);
                if u.prefix { new } else { old }
            }
            Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                let cur = self.get_key(obj, key);
                let (old, new) = compute(self, cur);
                self.set_key(obj, key, new);
                if u.prefix { new } else { old }
            }
            Expr::SuperProp(sp) => {
                let (home, key, this) = self.super_ref(sp);
                self.at(u.span.lo);
                let cur = self.emit(Op::SuperGet(home, key, this), Ty::Any);
                let (old, new) = compute(self, cur);
                self.emit_void(Op::SuperSet { home, key, this, value: new });
                if u.prefix { new } else { old }
            }
            Expr::Paren(p) => {
                let fake = UpdateExpr { span: u.span, op: u.op, prefix: u.prefix, arg: p.expr.clone() };
                let leaked: &'a UpdateExpr = Box::leak(Box::new(fake));
                self.update(leaked)
            }
            other => self.fail(other.span().lo, "Invalid left-hand side expression in postfix operation"),
        }
    }

    fn bin_op(op: BinaryOp) -> Option<(BinOp, Ty)> {
        Some(match op {
            BinaryOp::Add => (BinOp::Add, Ty::Any),
            BinaryOp::Sub => (BinOp::Sub, Ty::Number),
            BinaryOp::Mul => (BinOp::Mul, Ty::Number),
            BinaryOp::Div => (BinOp::Div, Ty::Double),
            BinaryOp::Mod => (BinOp::Mod, Ty::Number),
            BinaryOp::Exp => (BinOp::Exp, Ty::Number),
            BinaryOp::LShift => (BinOp::Shl, Ty::Int32),
            BinaryOp::RShift => (BinOp::Sar, Ty::Int32),
            BinaryOp::ZeroFillRShift => (BinOp::Shr, Ty::Number),
            BinaryOp::BitAnd => (BinOp::BitAnd, Ty::Int32),
            BinaryOp::BitOr => (BinOp::BitOr, Ty::Int32),
            BinaryOp::BitXor => (BinOp::BitXor, Ty::Int32),
            BinaryOp::Lt => (BinOp::Lt, Ty::Bool),
            BinaryOp::LtEq => (BinOp::Le, Ty::Bool),
            BinaryOp::Gt => (BinOp::Gt, Ty::Bool),
            BinaryOp::GtEq => (BinOp::Ge, Ty::Bool),
            BinaryOp::EqEq | BinaryOp::NotEq => (BinOp::LooseEq, Ty::Bool),
            BinaryOp::EqEqEq | BinaryOp::NotEqEq => (BinOp::StrictEq, Ty::Bool),
            BinaryOp::InstanceOf => (BinOp::InstanceOf, Ty::Bool),
            BinaryOp::In => (BinOp::In, Ty::Bool),
            BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing => return None,
        })
    }

    fn binary(&mut self, b: &'a BinExpr) -> ValueId {
        if let (BinaryOp::In, Expr::PrivateName(p)) = (b.op, &*b.left) {
            let sym = self.private_name(p);
            let o = self.expr(&b.right);
            self.at(b.span.lo);
            return self.emit(Op::HasPrivate(o, sym), Ty::Bool);
        }
        if let Some((op, ty)) = Self::bin_op(b.op) {
            let l = self.expr(&b.left);
            let r = self.expr(&b.right);
            self.at(b.span.lo);
            let ty = self.refine_numeric(op, ty, l, r);
            let v = self.emit(Op::Binary(op, l, r), ty);
            if matches!(b.op, BinaryOp::NotEq | BinaryOp::NotEqEq) {
                return self.emit(Op::Unary(UnOp::Not, v), Ty::Bool);
            }
            return v;
        }
        // Short-circuiting operators.
        let l = self.expr(&b.left);
        let result = self.local("<logical>");
        self.set(result, l);
        let rhs = self.new_block();
        let done = self.new_block();
        let take_rhs = match b.op {
            BinaryOp::LogicalAnd => self.emit(Op::Unary(UnOp::ToBool, l), Ty::Bool),
            BinaryOp::LogicalOr => {
                let t = self.emit(Op::Unary(UnOp::ToBool, l), Ty::Bool);
                self.emit(Op::Unary(UnOp::Not, t), Ty::Bool)
            }
            _ => self.emit(Op::Unary(UnOp::IsNullish, l), Ty::Bool),
        };
        self.branch(take_rhs, rhs, done);
        self.switch_to(rhs);
        let r = self.expr(&b.right);
        self.set(result, r);
        self.jump(done);
        self.switch_to(done);
        self.get(result)
    }

    /// The type of a numeric operator's result: `ty` (the Number operation's result type)
    /// when some operand is known not to be a BigInt — a BigInt can then only meet a
    /// Number, which throws — and `Any` otherwise, since two BigInts give a BigInt.
    fn numeric_result(&self, ty: Ty, operands: &[ValueId]) -> Ty {
        let never_bigint = |t: Ty| matches!(t, Ty::Int32 | Ty::Double | Ty::Number | Ty::Bool | Ty::String | Ty::Undefined);
        if operands.iter().any(|&v| never_bigint(self.f.ty(v))) { ty } else { Ty::Any }
    }

    /// A sharper result type from the operand types: arithmetic with a known double operand
    /// never takes the int32 path, so its result is a double (codegen then skips tag checks).
    fn refine_numeric(&self, op: BinOp, ty: Ty, l: ValueId, r: ValueId) -> Ty {
        let ty = match op {
            // (`>>>` is left out: on two BigInts it throws, so it always gives a Number.)
            BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod | BinOp::Exp | BinOp::Shl | BinOp::Sar
            | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => self.numeric_result(ty, &[l, r]),
            _ => ty,
        };
        let (tl, tr) = (self.f.ty(l), self.f.ty(r));
        let numeric = |t: Ty| matches!(t, Ty::Int32 | Ty::Double | Ty::Number);
        let has_double = tl == Ty::Double || tr == Ty::Double;
        match op {
            BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod if has_double => Ty::Double,
            BinOp::Add if has_double && numeric(tl) && numeric(tr) => Ty::Double,
            BinOp::Add if numeric(tl) && numeric(tr) => Ty::Number,
            _ => ty,
        }
    }

    fn assign_op(op: AssignOp) -> Option<BinaryOp> {
        Some(match op {
            AssignOp::Assign => return None,
            AssignOp::AddAssign => BinaryOp::Add,
            AssignOp::SubAssign => BinaryOp::Sub,
            AssignOp::MulAssign => BinaryOp::Mul,
            AssignOp::DivAssign => BinaryOp::Div,
            AssignOp::ModAssign => BinaryOp::Mod,
            AssignOp::LShiftAssign => BinaryOp::LShift,
            AssignOp::RShiftAssign => BinaryOp::RShift,
            AssignOp::ZeroFillRShiftAssign => BinaryOp::ZeroFillRShift,
            AssignOp::BitOrAssign => BinaryOp::BitOr,
            AssignOp::BitXorAssign => BinaryOp::BitXor,
            AssignOp::BitAndAssign => BinaryOp::BitAnd,
            AssignOp::ExpAssign => BinaryOp::Exp,
            AssignOp::AndAssign => BinaryOp::LogicalAnd,
            AssignOp::OrAssign => BinaryOp::LogicalOr,
            AssignOp::NullishAssign => BinaryOp::NullishCoalescing,
        })
    }

    fn assign(&mut self, a: &'a AssignExpr) -> ValueId {
        let target = match &a.left {
            AssignTarget::Simple(SimpleAssignTarget::Ident(id)) => Target2::Ident(&id.id),
            AssignTarget::Simple(SimpleAssignTarget::Member(m)) => Target2::Member(m),
            AssignTarget::Simple(SimpleAssignTarget::Paren(p)) => match &*p.expr {
                Expr::Ident(id) => Target2::Ident(id),
                Expr::Member(m) => Target2::Member(m),
                other => return self.fail(other.span().lo, "Invalid left-hand side in assignment"),
            },
            AssignTarget::Pat(p) => {
                let pat: &'a Pat = match p {
                    AssignTargetPat::Array(a) => Box::leak(Box::new(Pat::Array(a.clone()))),
                    AssignTargetPat::Object(o) => Box::leak(Box::new(Pat::Object(o.clone()))),
                    AssignTargetPat::Invalid(i) => return self.fail(i.span.lo, "invalid assignment target"),
                };
                let v = self.expr(&a.right);
                self.destructure_src = Some(self.source_snippet(&a.right));
                self.bind_pattern(pat, v, Bind::Assign);
                return v;
            }
            AssignTarget::Simple(SimpleAssignTarget::SuperProp(sp)) => Target2::Super(sp),
            other => return self.fail(other.span().lo, "unsupported assignment target"),
        };
        // Evaluate the reference first (object and key, or the binding), as the spec orders it.
        let (obj, key, super_this, ident) = match target {
            Target2::Member(m) => {
                let o = self.expr(&m.obj);
                (Some(o), Some(self.member_key(&m.prop)), None, None)
            }
            Target2::Super(sp) => {
                let (home, key, this) = self.super_ref(sp);
                (Some(home), Some(MKey::Value(key)), Some(this), None)
            }
            Target2::Ident(id) => (None, None, None, Some(self.resolve_ident(id))),
        };
        let read = |b: &mut Self| -> ValueId {
            match (ident, target, obj, key) {
                (Some(r), _, _, _) => b.get_ref(r),
                (_, Target2::Super(_), Some(home), Some(MKey::Value(k))) => {
                    b.emit(Op::SuperGet(home, k, super_this.unwrap()), Ty::Any)
                }
                (_, _, Some(o), Some(k)) => b.get_key(o, k),
                _ => unreachable!(),
            }
        };
        let write = |b: &mut Self, v: ValueId| match (ident, target, obj, key) {
            (Some(r), _, _, _) => b.put_ref(r, v),
            (_, Target2::Super(_), Some(home), Some(MKey::Value(k))) => {
                b.emit_void(Op::SuperSet { home, key: k, this: super_this.unwrap(), value: v })
            }
            (_, _, Some(o), Some(k)) => b.set_key(o, k, v),
            _ => unreachable!(),
        };
        match Self::assign_op(a.op) {
            None => {
                let v = match target {
                    Target2::Ident(id) => self.expr_named(&a.right, &id.sym),
                    _ => self.expr(&a.right),
                };
                self.at(a.span.lo);
                write(self, v);
                v
            }
            Some(op @ (BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing)) => {
                let cur = read(self);
                let result = self.local("<logical>");
                self.set(result, cur);
                let rhs = self.new_block();
                let done = self.new_block();
                let take = match op {
                    BinaryOp::LogicalAnd => self.emit(Op::Unary(UnOp::ToBool, cur), Ty::Bool),
                    BinaryOp::LogicalOr => {
                        let t = self.emit(Op::Unary(UnOp::ToBool, cur), Ty::Bool);
                        self.emit(Op::Unary(UnOp::Not, t), Ty::Bool)
                    }
                    _ => self.emit(Op::Unary(UnOp::IsNullish, cur), Ty::Bool),
                };
                self.branch(take, rhs, done);
                self.switch_to(rhs);
                let v = match target {
                    Target2::Ident(id) => self.expr_named(&a.right, &id.sym),
                    _ => self.expr(&a.right),
                };
                write(self, v);
                self.set(result, v);
                self.jump(done);
                self.switch_to(done);
                self.get(result)
            }
            Some(op) => {
                let cur = read(self);
                let r = self.expr(&a.right);
                let (bop, ty) = Self::bin_op(op).unwrap();
                self.at(a.span.lo);
                let ty = self.refine_numeric(bop, ty, cur, r);
                let v = self.emit(Op::Binary(bop, cur, r), ty);
                write(self, v);
                v
            }
        }
    }

    /// Assignment to an arbitrary target expression (for-in/of heads).
    fn assign_to(&mut self, e: &'a Expr, v: ValueId) {
        match e {
            Expr::Ident(id) => self.write_ident(id, v),
            Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let k = self.member_key(&m.prop);
                self.set_key(obj, k, v);
            }
            Expr::Paren(p) => self.assign_to(&p.expr, v),
            other => {
                self.fail(other.span().lo, "Invalid left-hand side in assignment");
            }
        }
    }
}

/// A member expression's key: an atom, a computed value, or a private name's symbol.
#[derive(Clone, Copy)]
enum MKey {
    Atom(StrId),
    Value(ValueId),
    Private(ValueId),
}

/// How a pattern binds: initialising declared bindings, or assigning to targets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bind {
    Init,
    Assign,
}

enum Args {
    List(Vec<ValueId>),
    /// An array holding the arguments.
    Spread(ValueId),
}

/// An identifier reference after ResolveBinding (`FnBuilder::resolve_ident`).
#[derive(Clone, Copy)]
struct IdentRef<'i> {
    id: &'i Ident,
    res: Resolution,
    /// Inside `with` bodies: the local holding the `with` object that has the name, or
    /// undefined when the name resolves to `res`.
    found: Option<LocalId>,
}

#[derive(Clone, Copy)]
enum Target2<'a> {
    Ident(&'a Ident),
    Member(&'a MemberExpr),
    Super(&'a SuperPropExpr),
}

#[allow(dead_code)]
fn _unused(x: f64) -> bool {
    is_index_like(x)
}

/// The kind of a function: generator, async, async generator, or `plain` (what its syntactic
/// position makes an ordinary function).
fn function_kind(f: &Function, plain: FuncKind) -> FuncKind {
    match (f.is_generator, f.is_async) {
        (true, true) => FuncKind::AsyncGenerator,
        (true, false) => FuncKind::Generator,
        (false, true) => FuncKind::Async,
        (false, false) => plain,
    }
}

/// The three loops over a collection.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Loop {
    In,
    Of,
    Await,
}

/// The state of a `yield*` loop (`FnBuilder::start_delegation`).
struct Delegation {
    iter: LocalId,
    received: LocalId,
    mode: LocalId,
    result: LocalId,
    head: BlockId,
    exit: BlockId,
}

/// IsAnonymousFunctionDefinition (§8.4.3): the expressions NamedEvaluation names.
fn is_anonymous_function_definition(e: &Expr) -> bool {
    match e {
        Expr::Fn(f) => f.ident.is_none(),
        Expr::Class(c) => c.ident.is_none(),
        Expr::Arrow(_) => true,
        Expr::Paren(p) => is_anonymous_function_definition(&p.expr),
        _ => false,
    }
}

/// The name a declaration gives its function or class: an anonymous default export's is
/// "default" (its binding is `*default*`).
fn display_name(sym: &str) -> String {
    if sym == kiln_frontend::modules::DEFAULT_LOCAL { "default".to_string() } else { sym.to_string() }
}

/// A function's source text as Function.prototype.toString gives it. A static method's span
/// starts at `static`, which is not part of its MethodDefinition: that keyword and the
/// comments after it are dropped (a method *named* `static` is left alone).
fn method_definition_text(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("static") else { return text };
    let mut t = rest;
    loop {
        let trimmed = t.trim_start();
        if let Some(after) = trimmed.strip_prefix("/*") {
            match after.find("*/") {
                Some(end) => t = &after[end + 2..],
                None => return text,
            }
        } else if let Some(after) = trimmed.strip_prefix("//") {
            t = after.find('\n').map_or("", |end| &after[end..]);
        } else {
            t = trimmed;
            break;
        }
    }
    if t.len() == rest.len() || t.starts_with('(') { text } else { t }
}

/// An empty IR function.
fn new_function(name: String, kind: FuncKind, strict: bool, source: String) -> ir::Function {
    ir::Function {
        name,
        kind,
        strict,
        length: 0,
        source,
        locals: Vec::new(),
        blocks: Vec::new(),
        value_types: Vec::new(),
        resume_points: Vec::new(),
        generator_local: None,
    }
}
