//! The IR's text form (`kiln compile --emit=ir`), stable enough for snapshot tests.

use std::fmt::Write;

use crate::ir::*;

pub fn module(m: &Module) -> String {
    let mut out = String::new();
    for (i, f) in m.functions.iter().enumerate() {
        function(&mut out, m, FuncId(i as u32), f);
    }
    out
}

fn function(out: &mut String, m: &Module, id: FuncId, f: &Function) {
    let _ = writeln!(
        out,
        "function f{} {:?} {:?}{} length={} {{",
        id.0,
        f.name,
        f.kind,
        if f.strict { " strict" } else { "" },
        f.length
    );
    for (i, l) in f.locals.iter().enumerate() {
        let _ = writeln!(out, "  local l{i} {:?}", l.name);
    }
    for (i, b) in f.blocks.iter().enumerate() {
        let h = b.handler.map(|h| format!(" catch -> b{}", h.0)).unwrap_or_default();
        let _ = writeln!(out, "b{i}:{h}");
        for inst in &b.insts {
            let _ = write!(out, "  ");
            if let Some(r) = inst.result {
                let _ = write!(out, "v{}: {:?} = ", r.0, f.ty(r));
            }
            let _ = writeln!(out, "{}", op(m, &inst.op));
        }
        let t = match &b.term {
            Term::Jump(b) => format!("jump b{}", b.0),
            Term::Branch(v, t, e) => format!("branch v{}, b{}, b{}", v.0, t.0, e.0),
            Term::Return(v) => format!("return v{}", v.0),
            Term::Throw(v) => format!("throw v{}", v.0),
            Term::Suspend(v, r) => format!("suspend v{}, resume b{}", v.0, r.0),
            Term::Unreachable => "unreachable".into(),
        };
        let _ = writeln!(out, "  {t}");
    }
    let _ = writeln!(out, "}}");
}

fn vs(v: &[ValueId]) -> String {
    v.iter().map(|v| format!("v{}", v.0)).collect::<Vec<_>>().join(", ")
}

fn op(m: &Module, op: &Op) -> String {
    let s = |id: &StrId| format!("{:?}", m.string(*id));
    match op {
        Op::Undefined => "undefined".into(),
        Op::Null => "null".into(),
        Op::Bool(b) => format!("bool {b}"),
        Op::Int(i) => format!("int {i}"),
        Op::Num(n) => format!("num {n:?}"),
        Op::Str(id) => format!("str {}", s(id)),
        Op::BigInt(id) => format!("bigint {}", m.string(*id)),
        Op::Hole => "hole".into(),
        Op::Uninit => "uninit".into(),
        Op::Param(i) => format!("param {i}"),
        Op::Callee => "callee".into(),
        Op::This => "this".into(),
        Op::NewTarget => "new.target".into(),
        Op::CalleeEnv => "callee.env".into(),
        Op::Arguments => "arguments".into(),
        Op::MappedArguments { env, slots } => format!(
            "arguments.mapped v{}, [{}]",
            env.0,
            slots.iter().map(|&i| if i == u32::MAX { "-".to_string() } else { i.to_string() }).collect::<Vec<_>>().join(", ")
        ),
        Op::Rest(n) => format!("rest {n}"),
        Op::GetLocal(l) => format!("get l{}", l.0),
        Op::SetLocal(l, v) => format!("set l{}, v{}", l.0, v.0),
        Op::NewEnv { parent, size } => format!("env.new v{}, {size}", parent.0),
        Op::EnvParent(v) => format!("env.parent v{}", v.0),
        Op::EnvLoad(e, i) => format!("env.load v{}[{i}]", e.0),
        Op::EnvStore(e, i, v) => format!("env.store v{}[{i}], v{}", e.0, v.0),
        Op::CheckTdz(v, n) => format!("check_tdz v{}, {}", v.0, s(n)),
        Op::ThrowConstAssign(n) => format!("throw_const_assign {}", s(n)),
        Op::Unary(u, v) => format!("{u:?} v{}", v.0),
        Op::Binary(b, x, y) => format!("{b:?} v{}, v{}", x.0, y.0),
        Op::GetProp(o, k) => format!("get_prop v{}.{}", o.0, s(k)),
        Op::SetProp(o, k, v) => format!("set_prop v{}.{}, v{}", o.0, s(k), v.0),
        Op::GetElem(o, k) => format!("get_elem v{}[v{}]", o.0, k.0),
        Op::SetElem(o, k, v) => format!("set_elem v{}[v{}], v{}", o.0, k.0, v.0),
        Op::Delete(o, k) => format!("delete v{}[v{}]", o.0, k.0),
        Op::GetGlobal(k) => format!("get_global {}", s(k)),
        Op::TypeOfGlobal(k) => format!("typeof_global {}", s(k)),
        Op::SetGlobal(k, v) => format!("set_global {}, v{}", s(k), v.0),
        Op::ToObject(v) => format!("to_object v{}", v.0),
        Op::WithHas(o, k) => format!("with.has v{}.{}", o.0, s(k)),
        Op::WithGet(o, k) => format!("with.get v{}.{}", o.0, s(k)),
        Op::WithSet(o, k, v) => format!("with.set v{}.{}, v{}", o.0, s(k), v.0),
        Op::NewObject => "new_object".into(),
        Op::DefineField(o, k, v) => format!("define_field v{}[v{}], v{}", o.0, k.0, v.0),
        Op::DefineNamed(o, k, v) => format!("define_named v{}.{}, v{}", o.0, s(k), v.0),
        Op::NewArray(v) => format!("new_array [{}]", vs(v)),
        Op::Closure(f, e) => format!("closure f{}, v{}", f.0, e.0),
        Op::Call { callee, this, args, .. } => format!("call v{}(this v{}; {})", callee.0, this.0, vs(args)),
        Op::CallDirect { func, callee, this, args } => {
            format!("call_direct f{} v{}(this v{}; {})", func.0, callee.0, this.0, vs(args))
        }
        Op::New { callee, args, .. } => format!("new v{}({})", callee.0, vs(args)),
        Op::ArrayPush(a, v) => format!("array.push v{}, v{}", a.0, v.0),
        Op::ArrayAppendSpread(a, v) => format!("array.append_spread v{}, v{}", a.0, v.0),
        Op::IterRest(v) => format!("iter.rest v{}", v.0),
        Op::CopyDataProperties(t, f, e) => format!("copy_data_properties v{}, v{}, v{}", t.0, f.0, e.0),
        Op::RequireObjectCoercible(v, n) => format!("require_object_coercible v{}, {}", v.0, s(n)),
        Op::CallSpread { callee, this, args, .. } => format!("call_spread v{}(this v{}; ...v{})", callee.0, this.0, args.0),
        Op::NewSpread { callee, args, .. } => format!("new_spread v{}(...v{})", callee.0, args.0),
        Op::DefineAccessor { obj, key, getter, setter, enumerable } => {
            format!("define_accessor v{}[v{}], get v{}, set v{}{}", obj.0, key.0, getter.0, setter.0, if *enumerable { ", enumerable" } else { "" })
        }
        Op::DefineMethod(o, k, v) => format!("define_method v{}[v{}], v{}", o.0, k.0, v.0),
        Op::SetPrototypeOf(o, p) => format!("set_prototype_of v{}, v{}", o.0, p.0),
        Op::SetHome(f, h) => format!("set_home v{}, v{}", f.0, h.0),
        Op::SuperBase(h) => format!("super_base v{}", h.0),
        Op::SetFunctionName(f, k, p) => format!("set_function_name v{}, v{}, {}", f.0, k.0, s(p)),
        Op::HomeObject => "home_object".into(),
        Op::SuperGet(h, k, t) => format!("super_get v{}[v{}] (this v{})", h.0, k.0, t.0),
        Op::ClassHeritage(v, e) => format!("class_heritage v{}{}", v.0, if *e { "" } else { " (none)" }),
        Op::MakeClass(c, p, par, f) => format!("make_class v{}, proto v{}, parent v{}, fields v{}", c.0, p.0, par.0, f.0),
        Op::SuperCall(a) => format!("super_call({})", vs(a)),
        Op::SuperCallSpread(a) => format!("super_call(...v{})", a.0),
        Op::CheckSuperOnce(v) => format!("check_super_once v{}", v.0),
        Op::InitFields(v) => format!("init_fields v{}", v.0),
        Op::ThrowTypeError(m) => format!("throw_type_error {}", s(m)),
        Op::ThrowReferenceError(m) => format!("throw_reference_error {}", s(m)),
        Op::ModuleRegister { module, format, body, path } => {
            let f = match format {
                crate::ir::ModuleFormat::Esm => "esm",
                crate::ir::ModuleFormat::CommonJs => "cjs",
                crate::ir::ModuleFormat::Json => "json",
            };
            format!("module.register m{module} {f}, v{}, {}", body.0, s(path))
        }
        Op::ModuleDep(m, d) => format!("module.dep m{m}, m{d}"),
        Op::ModuleExport { module, name, from } => {
            let from = match from {
                crate::ir::ExportFrom::Slot { module, slot } => format!("m{module}[{slot}]"),
                crate::ir::ExportFrom::Namespace(m) => format!("m{m}[*]"),
                crate::ir::ExportFrom::CommonJs { module, name } => format!("m{module}.exports.{}", s(name)),
            };
            format!("module.export m{module} {} = {from}", s(name))
        }
        Op::ModuleRequire { module, specifier, target } => format!("module.require m{module} {} = m{target}", s(specifier)),
        Op::ModuleRequireFails { module, specifier, code, message, require_stack } => {
            format!("module.require m{module} {} fails {}, {}{}", s(specifier), s(code), s(message), if *require_stack { " (require stack)" } else { "" })
        }
        Op::ModuleDirectory { path, module } => format!("module.directory {} = m{module}", s(path)),
        Op::ModuleExports(m) => format!("module.exports m{m}"),
        Op::SetModuleEnv(m, v) => format!("module.set_env m{m}, v{}", v.0),
        Op::ModuleEnv(m) => format!("module.env m{m}"),
        Op::ModuleEvaluate(m) => format!("module.evaluate m{m}"),
        Op::ModuleInstantiate(m) => format!("module.instantiate m{m}"),
        Op::ModuleNamespace(m) => format!("module.namespace m{m}"),
        Op::ImportMeta(m) => format!("import.meta m{m}"),
        Op::ImportModule(m) => format!("import m{m}"),
        Op::ImportDynamic(v, m) => format!("import v{} from m{m}", v.0),
        Op::SuperSet { home, key, this, value } => {
            format!("super_set v{}[v{}], v{} (this v{})", home.0, key.0, value.0, this.0)
        }
        Op::NewPrivateName(n) => format!("new_private_name {}", s(n)),
        Op::GetPrivate(o, n) => format!("get_private v{}.#v{}", o.0, n.0),
        Op::SetPrivate(o, n, v) => format!("set_private v{}.#v{}, v{}", o.0, n.0, v.0),
        Op::DefinePrivate { obj, name, value, method } => {
            format!("define_private{} v{}.#v{}, v{}", if *method { "_method" } else { "" }, obj.0, name.0, value.0)
        }
        Op::DefinePrivateAccessor { obj, name, getter, setter } => {
            format!("define_private_accessor v{}.#v{}, get v{}, set v{}", obj.0, name.0, getter.0, setter.0)
        }
        Op::HasPrivate(o, n) => format!("has_private #v{} in v{}", n.0, o.0),
        Op::TemplateObject { cooked, raw } => format!(
            "template_object cooked [{}] raw [{}]",
            cooked.iter().map(|c| c.map_or("undefined".to_string(), |c| s(&c))).collect::<Vec<_>>().join(", "),
            raw.iter().map(|r| s(r)).collect::<Vec<_>>().join(", ")
        ),
        Op::NewRegExp(p, f) => format!("new_regexp {}, {}", s(p), s(f)),
        Op::GeneratorCreate => "generator.create".into(),
        Op::ResumeMode => "resume.mode".into(),
        Op::ResumeValue => "resume.value".into(),
        Op::YieldStarStep(i, v, m) => format!("yield_star.step v{}, v{}, mode v{}", i.0, v.0, m.0),
        Op::TakeException => "take_exception".into(),
        Op::ForInInit(v) => format!("for_in.init v{}", v.0),
        Op::ForInNext(v) => format!("for_in.next v{}", v.0),
        Op::IterInit(v) => format!("iter.init v{}", v.0),
        Op::IterNext(v) => format!("iter.next v{}", v.0),
        Op::IterClose(v, t) => format!("iter.close v{}{}", v.0, if *t { " (throw)" } else { "" }),
        Op::YieldMark => "yield.mark".into(),
        Op::AsyncIterInit(v) => format!("async_iter.init v{}", v.0),
        Op::AsyncIterNext(v) => format!("async_iter.next v{}", v.0),
        Op::AsyncYieldStarStep(i, v, m) => format!("async_yield_star.step v{}, v{}, mode v{}", i.0, v.0, m.0),
        Op::AsyncIterClose(v) => format!("async_iter.close v{}", v.0),
        Op::IterResultCheck(v) => format!("iter_result.check v{}", v.0),
        Op::SetFieldKeys(f, a) => format!("class.set_field_keys v{}, v{}", f.0, a.0),
        Op::FieldKey(i) => format!("class.field_key {i}"),
        Op::RejectedPromise(v) => format!("promise.rejected v{}", v.0),
        Op::CoreModule(k) => format!("core_module {}", s(k)),
        Op::DeclareGlobalVar(k) => format!("declare_global_var {}", s(k)),
        Op::DeclareGlobalFunction(k, v) => format!("declare_global_function {}, v{}", s(k), v.0),
    }
}
