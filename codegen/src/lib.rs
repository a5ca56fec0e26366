//! Code generation: IR → Cranelift IR → an ELF object (cranelift-object), and linking that
//! object with the runtime library into an executable (`link`).
//!
//! Every IR function becomes one native function with the JS calling convention of
//! `kiln_abi`. Operations the IR knows the types of get inline fast paths (int32 arithmetic
//! and compares, booleans, environment slots, calls of function objects); everything else
//! calls a runtime entry point from `kiln_abi::ENTRIES`. It never looks at the AST.

mod func;
pub mod link;

use std::collections::HashMap;

use cranelift_codegen::ir::{AbiParam, Signature, types};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use kiln_ir as ir;

pub struct Options {
    /// Run Cranelift's verifier on every function (slower compiles; for tests).
    pub verify: bool,
    pub optimize: bool,
}

/// Text form of the Cranelift IR of every function (`--emit=clif`).
pub fn emit_clif(m: &ir::Module, opts: &Options) -> Result<String, String> {
    let mut out = String::new();
    compile_inner(m, opts, Some(&mut out))?;
    Ok(out)
}

/// Compiles the module to the bytes of a relocatable object file.
pub fn compile(m: &ir::Module, opts: &Options) -> Result<Vec<u8>, String> {
    compile_inner(m, opts, None)
}

fn isa(opts: &Options) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| format!("{k}: {e}"));
    set(&mut flags, "opt_level", if opts.optimize { "speed" } else { "none" })?;
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "enable_verifier", if opts.verify { "true" } else { "false" })?;
    // Baseline x86-64 (no host-specific features), so binaries run on other machines.
    let builder = cranelift_native::builder_with_options(false).map_err(|e| e.to_string())?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

pub(crate) fn js_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    for _ in 0..kiln_abi::value::JS_CALL_PARAMS {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// Module-wide state shared by the functions being compiled.
pub(crate) struct Ctx {
    pub module: ObjectModule,
    pub funcs: Vec<ClFuncId>,
    pub infos: Vec<DataId>,
    pub imports: HashMap<&'static str, ClFuncId>,
    /// Per string literal: (bytes data, cache slot, length in units, is UTF-16).
    pub strings: Vec<(DataId, DataId, usize, bool)>,
    pub stack_limit: DataId,
    pub ic_count: usize,
}

impl Ctx {
    pub fn import(&mut self, name: &'static str) -> ClFuncId {
        if let Some(&id) = self.imports.get(name) {
            return id;
        }
        let e = kiln_abi::entry::lookup(name).unwrap_or_else(|| panic!("no runtime entry {name}"));
        let mut sig = self.module.make_signature();
        let ty = |t: kiln_abi::Ty| if t == kiln_abi::Ty::F { types::F64 } else { types::I64 };
        for &p in e.params {
            sig.params.push(AbiParam::new(ty(p)));
        }
        sig.returns.push(AbiParam::new(ty(e.ret)));
        let id = self.module.declare_function(name, Linkage::Import, &sig).unwrap();
        self.imports.insert(name, id);
        id
    }

    /// A fresh 32-byte inline cache in writable data.
    pub fn new_ic(&mut self) -> DataId {
        let name = format!("kiln_ic{}", self.ic_count);
        self.ic_count += 1;
        let id = self.module.declare_data(&name, Linkage::Local, true, false).unwrap();
        let mut d = DataDescription::new();
        d.define_zeroinit(32);
        d.set_align(8);
        self.module.define_data(id, &d).unwrap();
        id
    }
}

fn data(module: &mut ObjectModule, name: &str, bytes: Vec<u8>, writable: bool) -> DataId {
    let id = module.declare_data(name, Linkage::Local, writable, false).unwrap();
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    module.define_data(id, &d).unwrap();
    id
}

fn compile_inner(m: &ir::Module, opts: &Options, mut clif: Option<&mut String>) -> Result<Vec<u8>, String> {
    let isa = isa(opts)?;
    let mut ob = ObjectBuilder::new(isa, "kiln_program", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    ob.per_function_section(true);
    let mut module = ObjectModule::new(ob);
    let call_conv = module.isa().default_call_conv();
    let sig = js_signature(call_conv);
    let mut funcs = Vec::new();
    // Function 0 is the program's (with several modules, the one that evaluates them).
    for i in 0..m.functions.len() {
        let (name, linkage) =
            if i == 0 { (kiln_abi::entry::MAIN_SYMBOL.to_string(), Linkage::Export) } else { (format!("kiln_f{i}"), Linkage::Local) };
        funcs.push(module.declare_function(&name, linkage, &sig).map_err(|e| e.to_string())?);
    }
    // String literals, then function names: the units and a cache slot for the interned atom.
    let mut strings = Vec::new();
    let names: Vec<Vec<u16>> = m.functions.iter().map(|f| f.name.encode_utf16().collect()).collect();
    for (i, s) in m.strings.iter().chain(names.iter()).enumerate() {
        let latin1 = s.iter().all(|&u| u < 256);
        let bytes: Vec<u8> = if latin1 { s.iter().map(|&u| u as u8).collect() } else { s.iter().flat_map(|u| u.to_le_bytes()).collect() };
        let bytes = if bytes.is_empty() { vec![0] } else { bytes };
        let d = data(&mut module, &format!("kiln_str{i}"), bytes, false);
        let slot = data(&mut module, &format!("kiln_atom{i}"), vec![0; 8], true);
        strings.push((d, slot, s.len(), !latin1));
    }
    // Function records (kiln_abi FuncInfo layout).
    let mut infos = Vec::new();
    for (i, f) in m.functions.iter().enumerate() {
        let name = data(&mut module, &format!("kiln_fname{i}"), if f.name.is_empty() { vec![0] } else { f.name.as_bytes().to_vec() }, false);
        let src = data(&mut module, &format!("kiln_fsrc{i}"), if f.source.is_empty() { vec![0] } else { f.source.as_bytes().to_vec() }, false);
        let id = module.declare_data(&format!("kiln_finfo{i}"), Linkage::Local, false, false).unwrap();
        let mut flags = 0u32;
        if f.is_constructor() {
            flags |= kiln_abi::value::FUNC_CONSTRUCTOR;
        }
        if f.strict {
            flags |= kiln_abi::value::FUNC_STRICT;
        }
        if f.kind == ir::FuncKind::Arrow {
            flags |= kiln_abi::value::FUNC_ARROW;
        }
        if matches!(f.kind, ir::FuncKind::ClassConstructor | ir::FuncKind::DerivedConstructor) {
            flags |= kiln_abi::value::FUNC_CLASS;
        }
        if f.kind == ir::FuncKind::DerivedConstructor {
            flags |= kiln_abi::value::FUNC_DERIVED;
        }
        if matches!(f.kind, ir::FuncKind::Generator | ir::FuncKind::AsyncGenerator) {
            flags |= kiln_abi::value::FUNC_GENERATOR;
        }
        if matches!(f.kind, ir::FuncKind::Async | ir::FuncKind::AsyncGenerator | ir::FuncKind::AsyncMain) {
            flags |= kiln_abi::value::FUNC_ASYNC;
        }
        let mut bytes = vec![0u8; kiln_abi::value::FUNC_INFO_SIZE];
        bytes[8..16].copy_from_slice(&(f.name.len() as u64).to_le_bytes());
        bytes[16..20].copy_from_slice(&f.length.to_le_bytes());
        bytes[20..24].copy_from_slice(&flags.to_le_bytes());
        bytes[40..48].copy_from_slice(&(f.source.len() as u64).to_le_bytes());
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        let gn = module.declare_data_in_data(name, &mut d);
        d.write_data_addr(0, gn, 0);
        let gs = module.declare_data_in_data(src, &mut d);
        d.write_data_addr(32, gs, 0);
        module.define_data(id, &d).unwrap();
        infos.push(id);
    }
    let stack_limit = module.declare_data(kiln_abi::entry::STACK_LIMIT_SYMBOL, Linkage::Import, true, false).unwrap();
    let mut ctx = Ctx { module, funcs, infos, imports: HashMap::new(), strings, stack_limit, ic_count: 0 };
    let mut cl_ctx = ctx.module.make_context();
    let mut fb_ctx = cranelift_frontend::FunctionBuilderContext::new();
    for (i, f) in m.functions.iter().enumerate() {
        cl_ctx.func.signature = sig.clone();
        func::translate(&mut ctx, m, f, &mut cl_ctx.func, &mut fb_ctx);
        if let Some(out) = clif.as_deref_mut() {
            out.push_str(&format!("; function f{i} {:?}\n{}\n", f.name, cl_ctx.func.display()));
        }
        ctx.module
            .define_function(ctx.funcs[i], &mut cl_ctx)
            .map_err(|e| format!("codegen of f{i} ({}): {e:?}", f.name))?;
        ctx.module.clear_context(&mut cl_ctx);
    }
    let product = ctx.module.finish();
    product.emit().map_err(|e| e.to_string())
}
