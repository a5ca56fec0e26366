//! Translation of one IR function to Cranelift IR.
//!
//! Values are `i64` NaN-boxed words throughout; IR locals are Cranelift variables (SSA
//! construction is Cranelift's). After every operation that may throw, the result is
//! compared with the exception sentinel and control goes to the block's handler, or out of
//! the function with the sentinel.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self as cl, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value, types::I64, types::I32, types::I8, types::F64,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module as _;
use kiln_abi::value as enc;
use kiln_ir::{self as ir, BinOp, Op, Term, Ty, UnOp};

use crate::Ctx;

struct Tx<'a, 'b> {
    ctx: &'a mut Ctx,
    m: &'a ir::Module,
    f: &'a ir::Function,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    blocks: Vec<cl::Block>,
    values: Vec<Option<Value>>,
    exc_return: cl::Block,
    /// Where the current IR block's exceptions go.
    handler: cl::Block,
    params: [Value; 5],
    /// For `Bool` values made by a compare: the raw `i8` condition, so a branch on them
    /// need not unbox.
    conds: Vec<Option<Value>>,
    /// Set by the op just translated when its result has a raw condition.
    last_cond: Option<Value>,
}

pub fn translate(ctx: &mut Ctx, m: &ir::Module, f: &ir::Function, func: &mut cl::Function, fbc: &mut FunctionBuilderContext) {
    let mut b = FunctionBuilder::new(func, fbc);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let blocks: Vec<cl::Block> = f.blocks.iter().map(|_| b.create_block()).collect();
    let exc_return = b.create_block();
    let vars: Vec<Variable> = f.locals.iter().map(|_| b.declare_var(I64)).collect();
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let params = [p[0], p[1], p[2], p[3], p[4]];
    let mut tx = Tx {
        ctx,
        m,
        f,
        b,
        vars,
        blocks,
        values: vec![None; f.value_types.len()],
        exc_return,
        handler: exc_return,
        params,
        conds: vec![None; f.value_types.len()],
        last_cond: None,
    };
    tx.prologue();
    if f.kind.is_resumable() {
        tx.generator_dispatch();
    } else {
        let first = tx.blocks[0];
        tx.b.ins().jump(first, &[]);
    }
    for (i, blk) in f.blocks.iter().enumerate() {
        tx.b.switch_to_block(tx.blocks[i]);
        tx.handler = blk.handler.map_or(tx.exc_return, |h| tx.blocks[h.0 as usize]);
        for inst in &blk.insts {
            tx.inst(inst);
        }
        tx.term(&blk.term);
    }
    tx.b.switch_to_block(exc_return);
    let e = tx.b.ins().iconst(I64, enc::EXCEPTION as i64);
    tx.b.ins().return_(&[e]);
    tx.b.seal_all_blocks();
    let config = tx.ctx.module.isa().frontend_config();
    tx.b.finalize(config);
}

impl Tx<'_, '_> {
    fn iconst(&mut self, v: u64) -> Value {
        self.b.ins().iconst(I64, v as i64)
    }

    fn call(&mut self, name: &'static str, args: &[Value]) -> Value {
        let id = self.ctx.import(name);
        let fref = self.ctx.module.declare_func_in_func(id, self.b.func);
        let inst = self.b.ins().call(fref, args);
        self.b.inst_results(inst)[0]
    }

    /// Branches to the handler if `v` is the exception sentinel.
    fn check(&mut self, v: Value) {
        let is_exc = self.b.ins().icmp_imm_s(IntCC::Equal, v, enc::EXCEPTION as i64);
        let cont = self.b.create_block();
        let h = self.handler;
        self.b.ins().brif(is_exc, h, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn call_checked(&mut self, name: &'static str, args: &[Value]) -> Value {
        let v = self.call(name, args);
        self.check(v);
        v
    }

    fn prologue(&mut self) {
        // Stack overflow check: a RangeError instead of a crash.
        let gv = self.ctx.module.declare_data_in_func(self.ctx.stack_limit, self.b.func);
        let addr = self.b.ins().symbol_value(I64, gv);
        let limit = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let sp = self.b.ins().get_stack_pointer(I64);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(over, bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        self.b.set_cold_block(bad);
        let e = self.call("kiln_stack_overflow", &[]);
        self.b.ins().return_(&[e]);
        self.b.switch_to_block(ok);
    }

    /// A generator's entry: a call with a generator object as new.target resumes it (its
    /// locals are restored and control goes to the resume point of its state); any other
    /// call runs the prologue and creates the generator.
    fn generator_dispatch(&mut self) {
        let nt = self.params[4];
        let tag = self.b.ins().ushr_imm_s(nt, enc::TAG_SHIFT as i64);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (enc::TAG_OBJECT >> enc::TAG_SHIFT) as i64);
        let resume = self.b.create_block();
        let first = self.blocks[0];
        self.b.ins().brif(is_obj, resume, &[], first, &[]);
        self.b.switch_to_block(resume);
        let frame = self.call("kiln_gen_frame", &[nt]);
        for (i, &var) in self.vars.clone().iter().enumerate() {
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), frame, (i * 8) as i32);
            self.b.def_var(var, v);
        }
        let state = self.call("kiln_gen_state", &[nt]);
        let state = self.b.ins().ireduce(I32, state);
        let targets: Vec<cl::BlockCall> = self
            .f
            .resume_points
            .iter()
            .map(|r| cl::BlockCall::new(self.blocks[r.0 as usize], [], &mut self.b.func.dfg.value_lists))
            .collect();
        let bad = self.b.create_block();
        let default = cl::BlockCall::new(bad, [], &mut self.b.func.dfg.value_lists);
        let jt = self.b.create_jump_table(cl::JumpTableData::new(default, &targets));
        self.b.ins().br_table(state, jt);
        self.b.switch_to_block(bad);
        self.b.ins().trap(cl::TrapCode::unwrap_user(1));
    }

    fn val(&self, v: ir::ValueId) -> Value {
        self.values[v.0 as usize].expect("IR value used before definition")
    }

    fn ptr(&mut self, v: Value) -> Value {
        self.b.ins().band_imm_s(v, enc::PAYLOAD_MASK as i64)
    }

    fn bool_to_value(&mut self, b: Value) -> Value {
        let x = self.b.ins().uextend(I64, b);
        self.b.ins().bor_imm_s(x, enc::FALSE as i64)
    }

    fn is_int(&mut self, v: Value) -> Value {
        let hi = self.b.ins().ushr_imm_s(v, 32);
        self.b.ins().icmp_imm_s(IntCC::Equal, hi, (enc::TAG_INT >> 32) as i64)
    }

    fn box_i32(&mut self, i: Value) -> Value {
        let x = self.b.ins().uextend(I64, i);
        self.b.ins().bor_imm_s(x, enc::TAG_INT as i64)
    }

    fn string(&mut self, s: ir::StrId) -> Value {
        let (data, slot, len, utf16) = self.ctx.strings[s.0 as usize];
        let gslot = self.ctx.module.declare_data_in_func(slot, self.b.func);
        let slot_addr = self.b.ins().symbol_value(I64, gslot);
        let cached = self.b.ins().load(I64, MemFlagsData::trusted(), slot_addr, 0);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.ins().brif(cached, done, &[cached.into()], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let gdata = self.ctx.module.declare_data_in_func(data, self.b.func);
        let p = self.b.ins().symbol_value(I64, gdata);
        let n = self.iconst(len as u64);
        let w = self.iconst(utf16 as u64);
        let atom = self.call("kiln_intern", &[p, n, w]);
        self.b.ins().store(MemFlagsData::trusted(), atom, slot_addr, 0);
        self.b.ins().jump(done, &[atom.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    fn ic(&mut self) -> Value {
        let id = self.ctx.new_ic();
        let g = self.ctx.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(I64, g)
    }

    /// Spills call arguments to a stack array; returns (pointer, count).
    fn arg_array(&mut self, args: &[Value]) -> (Value, Value) {
        let n = self.iconst(args.len() as u64);
        if args.is_empty() {
            return (self.iconst(0), n);
        }
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (args.len() * 8) as u32, 3));
        let base = self.b.ins().stack_addr(I64, slot, 0);
        for (i, &a) in args.iter().enumerate() {
            self.b.ins().store(MemFlagsData::trusted(), a, base, (i * 8) as i32);
        }
        (base, n)
    }

    fn strict_flag(&mut self) -> Value {
        self.iconst(self.f.strict as u64)
    }

    fn inst(&mut self, inst: &ir::Inst) {
        self.last_cond = None;
        let r = self.op(&inst.op);
        if let (Some(id), Some(v)) = (inst.result, r) {
            self.values[id.0 as usize] = Some(v);
            self.conds[id.0 as usize] = self.last_cond.take();
        }
    }

    fn op(&mut self, op: &Op) -> Option<Value> {
        let v = match op {
            Op::Undefined => self.iconst(enc::UNDEFINED),
            Op::Null => self.iconst(enc::NULL),
            Op::Bool(b) => self.iconst(enc::from_bool(*b)),
            Op::Int(i) => self.iconst(enc::from_i32(*i)),
            Op::Num(n) => {
                let bits = if n.is_nan() { enc::CANONICAL_NAN } else { n.to_bits() };
                self.iconst(bits)
            }
            Op::Str(s) => self.string(*s),
            Op::BigInt(s) => {
                let digits = self.string(*s);
                self.call("kiln_bigint_from_string", &[digits])
            }
            Op::Hole => self.iconst(enc::HOLE),
            Op::Uninit => self.iconst(enc::UNINIT),
            Op::Param(i) => {
                let [_, _, argv, argc, _] = self.params;
                let present = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, argc, *i as i64);
                let yes = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                let u = self.iconst(enc::UNDEFINED);
                self.b.ins().brif(present, yes, &[], done, &[u.into()]);
                self.b.switch_to_block(yes);
                let x = self.b.ins().load(I64, MemFlagsData::trusted(), argv, (*i * 8) as i32);
                self.b.ins().jump(done, &[x.into()]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            Op::Callee => self.params[0],
            Op::This => self.params[1],
            Op::NewTarget => self.params[4],
            Op::CalleeEnv => {
                if self.f.kind.is_main() {
                    self.iconst(enc::UNDEFINED)
                } else {
                    let p = self.ptr(self.params[0]);
                    self.b.ins().load(I64, MemFlagsData::trusted(), p, enc::FUNCTION_ENV_OFFSET)
                }
            }
            Op::Arguments => {
                let [callee, _, argv, argc, _] = self.params;
                self.call("kiln_arguments", &[argv, argc, callee])
            }
            Op::MappedArguments { env, slots } => {
                let [callee, _, argv, argc, _] = self.params;
                let e = self.val(*env);
                let xs: Vec<Value> = slots.iter().map(|&i| self.iconst(i as u64)).collect();
                let (p, n) = self.arg_array(&xs);
                self.call("kiln_mapped_arguments", &[argv, argc, callee, e, p, n])
            }
            Op::Rest(n) => {
                let [_, _, argv, argc, _] = self.params;
                let s = self.iconst(*n as u64);
                self.call("kiln_rest_array", &[argv, argc, s])
            }
            Op::GetLocal(l) => self.b.use_var(self.vars[l.0 as usize]),
            Op::SetLocal(l, v) => {
                let x = self.val(*v);
                self.b.def_var(self.vars[l.0 as usize], x);
                return None;
            }
            Op::NewEnv { parent, size } => {
                let p = self.val(*parent);
                let n = self.iconst(*size as u64);
                self.call("kiln_new_env", &[p, n])
            }
            Op::EnvParent(e) => {
                let p = self.ptr(self.val(*e));
                self.b.ins().load(I64, MemFlagsData::trusted(), p, enc::ENV_PARENT_OFFSET)
            }
            Op::EnvLoad(e, i) => {
                let p = self.ptr(self.val(*e));
                self.b.ins().load(I64, MemFlagsData::trusted(), p, enc::ENV_SLOTS_OFFSET + 8 * *i as i32)
            }
            Op::EnvStore(e, i, v) => {
                let p = self.ptr(self.val(*e));
                let x = self.val(*v);
                self.b.ins().store(MemFlagsData::trusted(), x, p, enc::ENV_SLOTS_OFFSET + 8 * *i as i32);
                return None;
            }
            Op::CheckTdz(v, name) => {
                let x = self.val(*v);
                let is_uninit = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::UNINIT as i64);
                let bad = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(is_uninit, bad, &[], ok, &[]);
                self.b.switch_to_block(bad);
                self.b.set_cold_block(bad);
                let n = self.string(*name);
                self.call("kiln_throw_tdz", &[n]);
                let h = self.handler;
                self.b.ins().jump(h, &[]);
                self.b.switch_to_block(ok);
                return None;
            }
            Op::ThrowConstAssign(name) => {
                let n = self.string(*name);
                self.call_checked("kiln_throw_const_assign", &[n]);
                return None;
            }
            Op::Unary(u, v) => self.unary(*u, *v),
            Op::Binary(op, a, b) => self.binary(*op, *a, *b),
            Op::GetProp(o, k) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                let ic = self.ic();
                self.call_checked("kiln_get_prop", &[obj, key, ic])
            }
            Op::SetProp(o, k, v) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                let x = self.val(*v);
                let ic = self.ic();
                let s = self.strict_flag();
                self.call_checked("kiln_set_prop", &[obj, key, x, ic, s]);
                return None;
            }
            Op::GetElem(o, k) => {
                let (obj, key) = (self.val(*o), self.val(*k));
                self.call_checked("kiln_get_elem", &[obj, key])
            }
            Op::SetElem(o, k, v) => {
                let (obj, key, x) = (self.val(*o), self.val(*k), self.val(*v));
                let s = self.strict_flag();
                self.call_checked("kiln_set_elem", &[obj, key, x, s]);
                return None;
            }
            Op::Delete(o, k) => {
                let (obj, key) = (self.val(*o), self.val(*k));
                let s = self.strict_flag();
                self.call_checked("kiln_delete_prop", &[obj, key, s])
            }
            Op::GetGlobal(k) => {
                let key = self.string(*k);
                let ic = self.ic();
                self.call_checked("kiln_get_global", &[key, ic])
            }
            Op::TypeOfGlobal(k) => {
                let key = self.string(*k);
                self.call_checked("kiln_typeof_global", &[key])
            }
            Op::SetGlobal(k, v) => {
                let key = self.string(*k);
                let x = self.val(*v);
                let s = self.strict_flag();
                self.call_checked("kiln_set_global", &[key, x, s]);
                return None;
            }
            Op::ToObject(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_to_object", &[x])
            }
            Op::WithHas(o, k) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                self.call_checked("kiln_with_has", &[obj, key])
            }
            Op::WithGet(o, k) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                let s = self.strict_flag();
                self.call_checked("kiln_with_get", &[obj, key, s])
            }
            Op::WithSet(o, k, v) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                let x = self.val(*v);
                let s = self.strict_flag();
                self.call_checked("kiln_with_set", &[obj, key, x, s]);
                return None;
            }
            Op::NewObject => self.call("kiln_new_object", &[]),
            Op::DefineField(o, k, v) => {
                let (obj, key, x) = (self.val(*o), self.val(*k), self.val(*v));
                self.call_checked("kiln_define_field", &[obj, key, x]);
                return None;
            }
            Op::DefineNamed(o, k, v) => {
                let obj = self.val(*o);
                let key = self.string(*k);
                let x = self.val(*v);
                let ic = self.ic();
                self.call_checked("kiln_define_named", &[obj, key, x, ic]);
                return None;
            }
            Op::NewArray(vs) => {
                let xs: Vec<Value> = vs.iter().map(|v| self.val(*v)).collect();
                let (p, n) = self.arg_array(&xs);
                self.call("kiln_new_array", &[p, n])
            }
            Op::Closure(fid, env) => {
                let func = self.ctx.funcs[fid.0 as usize];
                let fref = self.ctx.module.declare_func_in_func(func, self.b.func);
                let code = self.b.ins().func_addr(I64, fref);
                let e = self.val(*env);
                let ginfo = self.ctx.module.declare_data_in_func(self.ctx.infos[fid.0 as usize], self.b.func);
                let info = self.b.ins().symbol_value(I64, ginfo);
                // Function names are interned like literals, after the module's strings.
                let name = self.string(ir::StrId((self.m.strings.len() + fid.0 as usize) as u32));
                self.call("kiln_make_function", &[code, e, info, name])
            }
            Op::Call { callee, this, args, what } => {
                let c = self.val(*callee);
                let t = self.val(*this);
                let xs: Vec<Value> = args.iter().map(|v| self.val(*v)).collect();
                self.js_call(c, t, &xs, *what)
            }
            Op::CallDirect { func, callee, this, args } => {
                let c = self.val(*callee);
                let t = self.val(*this);
                let xs: Vec<Value> = args.iter().map(|v| self.val(*v)).collect();
                let (p, n) = self.arg_array(&xs);
                let nt = self.iconst(enc::UNDEFINED);
                let id = self.ctx.funcs[func.0 as usize];
                let fref = self.ctx.module.declare_func_in_func(id, self.b.func);
                let inst = self.b.ins().call(fref, &[c, t, p, n, nt]);
                let r = self.b.inst_results(inst)[0];
                self.check(r);
                r
            }
            Op::New { callee, args, what } => {
                let c = self.val(*callee);
                let xs: Vec<Value> = args.iter().map(|v| self.val(*v)).collect();
                let (p, n) = self.arg_array(&xs);
                let w = self.string(*what);
                self.call_checked("kiln_construct", &[c, p, n, w])
            }
            Op::ArrayPush(a, v) => {
                let (x, y) = (self.val(*a), self.val(*v));
                self.call("kiln_array_push", &[x, y]);
                return None;
            }
            Op::ArrayAppendSpread(a, v) => {
                let (x, y) = (self.val(*a), self.val(*v));
                self.call_checked("kiln_array_append_spread", &[x, y]);
                return None;
            }
            Op::IterRest(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_iter_rest", &[x])
            }
            Op::CopyDataProperties(t, f, e) => {
                let (x, y, z) = (self.val(*t), self.val(*f), self.val(*e));
                self.call_checked("kiln_copy_data_properties", &[x, y, z]);
                return None;
            }
            Op::RequireObjectCoercible(v, what) => {
                let x = self.val(*v);
                let w = self.string(*what);
                self.call_checked("kiln_require_object_coercible", &[x, w]);
                return None;
            }
            Op::CallSpread { callee, this, args, what } => {
                let (c, t, a) = (self.val(*callee), self.val(*this), self.val(*args));
                let w = self.string(*what);
                self.call_checked("kiln_call_spread", &[c, t, a, w])
            }
            Op::NewSpread { callee, args, what } => {
                let (c, a) = (self.val(*callee), self.val(*args));
                let w = self.string(*what);
                self.call_checked("kiln_construct_spread", &[c, a, w])
            }
            Op::DefineAccessor { obj, key, getter, setter, enumerable } => {
                let (o, k, g, st) = (self.val(*obj), self.val(*key), self.val(*getter), self.val(*setter));
                let e = self.iconst(*enumerable as u64);
                self.call_checked("kiln_define_accessor", &[o, k, g, st, e]);
                return None;
            }
            Op::DefineMethod(o, k, v) => {
                let (o, k, v) = (self.val(*o), self.val(*k), self.val(*v));
                self.call_checked("kiln_define_method", &[o, k, v]);
                return None;
            }
            Op::SetPrototypeOf(o, p) => {
                let (o, p) = (self.val(*o), self.val(*p));
                self.call("kiln_set_prototype_of", &[o, p]);
                return None;
            }
            Op::SetHome(f, h) => {
                let (f, h) = (self.val(*f), self.val(*h));
                self.call("kiln_set_home", &[f, h]);
                return None;
            }
            Op::SetFunctionName(f, k, p) => {
                let (f, k) = (self.val(*f), self.val(*k));
                let p = self.string(*p);
                self.call("kiln_set_function_name", &[f, k, p]);
                return None;
            }
            Op::HomeObject => {
                let c = self.params[0];
                self.call("kiln_home_object", &[c])
            }
            Op::SuperBase(h) => {
                let h = self.val(*h);
                self.call("kiln_super_base", &[h])
            }
            Op::SuperGet(h, k, t) => {
                let (h, k, t) = (self.val(*h), self.val(*k), self.val(*t));
                self.call_checked("kiln_super_get", &[h, k, t])
            }
            Op::ClassHeritage(v, ext) => {
                let x = self.val(*v);
                let e = self.iconst(*ext as u64);
                self.call_checked("kiln_class_heritage", &[x, e])
            }
            Op::MakeClass(c, p, par, f) => {
                let (c, p, par, f) = (self.val(*c), self.val(*p), self.val(*par), self.val(*f));
                self.call("kiln_make_class", &[c, p, par, f]);
                return None;
            }
            Op::SuperCall(args) => {
                let xs: Vec<Value> = args.iter().map(|v| self.val(*v)).collect();
                let (p, n) = self.arg_array(&xs);
                let (callee, nt) = (self.params[0], self.params[4]);
                self.call_checked("kiln_super_call", &[callee, nt, p, n])
            }
            Op::SuperCallSpread(a) => {
                let a = self.val(*a);
                let (callee, nt) = (self.params[0], self.params[4]);
                self.call_checked("kiln_super_call_spread", &[callee, nt, a])
            }
            Op::CheckSuperOnce(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_check_super_once", &[x]);
                return None;
            }
            Op::InitFields(v) => {
                let x = self.val(*v);
                let callee = self.params[0];
                self.call_checked("kiln_init_fields", &[callee, x]);
                return None;
            }
            Op::ThrowTypeError(m) => {
                let m = self.string(*m);
                self.call_checked("kiln_throw_type_error", &[m]);
                return None;
            }
            Op::ModuleRegister { module, format, body, path } => {
                let format = match format {
                    ir::ModuleFormat::Esm => 0,
                    ir::ModuleFormat::CommonJs => 1,
                    ir::ModuleFormat::Json => 2,
                };
                let (m, f) = (self.iconst(enc::from_i32(*module as i32)), self.iconst(enc::from_i32(format)));
                let (b, p) = (self.val(*body), self.string(*path));
                self.call("kiln_module_register", &[m, f, b, p]);
                return None;
            }
            Op::ModuleDep(m, d) => {
                let (m, d) = (self.iconst(enc::from_i32(*m as i32)), self.iconst(enc::from_i32(*d as i32)));
                self.call("kiln_module_dep", &[m, d]);
                return None;
            }
            Op::ModuleExport { module, name, from } => {
                let m = self.iconst(enc::from_i32(*module as i32));
                let n = self.string(*name);
                let (source, slot) = match from {
                    ir::ExportFrom::Slot { module, slot } => (*module, self.iconst(enc::from_i32(*slot as i32))),
                    ir::ExportFrom::Namespace(module) => (*module, self.iconst(enc::from_i32(-1))),
                    ir::ExportFrom::CommonJs { module, name } => (*module, self.string(*name)),
                };
                let s = self.iconst(enc::from_i32(source as i32));
                self.call("kiln_module_export", &[m, n, s, slot]);
                return None;
            }
            Op::ModuleRequire { module, specifier, target } => {
                let (m, t) = (self.iconst(enc::from_i32(*module as i32)), self.iconst(enc::from_i32(*target as i32)));
                let s = self.string(*specifier);
                self.call("kiln_module_require", &[m, s, t]);
                return None;
            }
            Op::ModuleRequireFails { module, specifier, code, message, require_stack } => {
                let m = self.iconst(enc::from_i32(*module as i32));
                let (s, c, msg) = (self.string(*specifier), self.string(*code), self.string(*message));
                let stack = self.iconst(enc::from_i32(*require_stack as i32));
                self.call("kiln_module_require_fails", &[m, s, c, msg, stack]);
                return None;
            }
            Op::ModuleDirectory { path, module } => {
                let (p, m) = (self.string(*path), self.iconst(enc::from_i32(*module as i32)));
                self.call("kiln_module_directory", &[p, m]);
                return None;
            }
            Op::ModuleExports(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call("kiln_module_exports", &[m])
            }
            Op::SetModuleEnv(m, v) => {
                let (m, v) = (self.iconst(enc::from_i32(*m as i32)), self.val(*v));
                self.call("kiln_module_set_env", &[m, v]);
                return None;
            }
            Op::ModuleEnv(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call_checked("kiln_module_env", &[m])
            }
            Op::ModuleInstantiate(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call_checked("kiln_module_instantiate", &[m])
            }
            Op::ModuleEvaluate(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call_checked("kiln_module_evaluate", &[m])
            }
            Op::ModuleNamespace(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call("kiln_module_namespace", &[m])
            }
            Op::ImportMeta(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call("kiln_import_meta", &[m])
            }
            Op::ImportModule(m) => {
                let m = self.iconst(enc::from_i32(*m as i32));
                self.call("kiln_import_module", &[m])
            }
            Op::ImportDynamic(v, m) => {
                let (v, m) = (self.val(*v), self.iconst(enc::from_i32(*m as i32)));
                self.call("kiln_import_dynamic", &[v, m])
            }
            Op::ThrowReferenceError(m) => {
                let m = self.string(*m);
                self.call_checked("kiln_throw_reference_error", &[m]);
                return None;
            }
            Op::SuperSet { home, key, this, value } => {
                let (h, k, t, v) = (self.val(*home), self.val(*key), self.val(*this), self.val(*value));
                let s = self.strict_flag();
                self.call_checked("kiln_super_set", &[h, k, t, v, s]);
                return None;
            }
            Op::NewPrivateName(d) => {
                let d = self.string(*d);
                self.call("kiln_new_private_name", &[d])
            }
            Op::GetPrivate(o, n) => {
                let (o, n) = (self.val(*o), self.val(*n));
                self.call_checked("kiln_get_private", &[o, n])
            }
            Op::SetPrivate(o, n, v) => {
                let (o, n, v) = (self.val(*o), self.val(*n), self.val(*v));
                self.call_checked("kiln_set_private", &[o, n, v]);
                return None;
            }
            Op::DefinePrivate { obj, name, value, method } => {
                let (o, n, v) = (self.val(*obj), self.val(*name), self.val(*value));
                let m = self.iconst(*method as u64);
                self.call_checked("kiln_define_private", &[o, n, v, m]);
                return None;
            }
            Op::DefinePrivateAccessor { obj, name, getter, setter } => {
                let (o, n, g, st) = (self.val(*obj), self.val(*name), self.val(*getter), self.val(*setter));
                self.call_checked("kiln_define_private_accessor", &[o, n, g, st]);
                return None;
            }
            Op::HasPrivate(o, n) => {
                let (o, n) = (self.val(*o), self.val(*n));
                self.call_checked("kiln_has_private", &[o, n])
            }
            Op::TemplateObject { cooked, raw } => {
                // Per-site cache: an 8-byte slot, filled on first evaluation.
                let id = self.ctx.new_ic();
                let g = self.ctx.module.declare_data_in_func(id, self.b.func);
                let slot = self.b.ins().symbol_value(I64, g);
                let cached = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
                let make = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.ins().brif(cached, done, &[cached.into()], make, &[]);
                self.b.switch_to_block(make);
                self.b.set_cold_block(make);
                let cooked_vals: Vec<Value> =
                    cooked.iter().map(|c| match c { Some(s) => self.string(*s), None => self.iconst(enc::UNDEFINED) }).collect();
                let raw_vals: Vec<Value> = raw.iter().map(|r| self.string(*r)).collect();
                let (cp, n) = self.arg_array(&cooked_vals);
                let (rp, _) = self.arg_array(&raw_vals);
                let t = self.call("kiln_template_object", &[cp, rp, n]);
                self.b.ins().store(MemFlagsData::trusted(), t, slot, 0);
                self.b.ins().jump(done, &[t.into()]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            Op::NewRegExp(p, f) => {
                let (p, f) = (self.string(*p), self.string(*f));
                self.call_checked("kiln_new_regexp", &[p, f])
            }
            Op::GeneratorCreate => {
                let c = self.params[0];
                self.call_checked("kiln_generator_create", &[c])
            }
            Op::ResumeValue => {
                let argv = self.params[2];
                self.b.ins().load(I64, MemFlagsData::trusted(), argv, 0)
            }
            Op::ResumeMode => {
                let argv = self.params[2];
                self.b.ins().load(I64, MemFlagsData::trusted(), argv, 8)
            }
            Op::YieldStarStep(i, v, m) => {
                let (i, v, m) = (self.val(*i), self.val(*v), self.val(*m));
                self.call_checked("kiln_yield_star_step", &[i, v, m])
            }
            Op::TakeException => self.call("kiln_take_exception", &[]),
            Op::ForInInit(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_for_in_init", &[x])
            }
            Op::ForInNext(v) => {
                let x = self.val(*v);
                self.call("kiln_for_in_next", &[x])
            }
            Op::IterInit(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_iter_init", &[x])
            }
            Op::IterNext(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_iter_next", &[x])
            }
            Op::YieldMark => {
                let gen_local = self.f.generator_local.expect("generator local");
                let g = self.b.use_var(self.vars[gen_local.0 as usize]);
                self.call("kiln_gen_mark_yield", &[g]);
                return None;
            }
            Op::AsyncIterInit(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_async_iter_init", &[x])
            }
            Op::AsyncIterNext(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_async_iter_next", &[x])
            }
            Op::AsyncYieldStarStep(i, v, m) => {
                let (i, v, m) = (self.val(*i), self.val(*v), self.val(*m));
                self.call_checked("kiln_async_yield_star_step", &[i, v, m])
            }
            Op::AsyncIterClose(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_async_iter_close", &[x])
            }
            Op::SetFieldKeys(f, a) => {
                let (f, a) = (self.val(*f), self.val(*a));
                self.call("kiln_set_field_keys", &[f, a]);
                return None;
            }
            Op::DeclareGlobalVar(k) => {
                let key = self.string(*k);
                let u = self.iconst(enc::UNDEFINED);
                let zero = self.iconst(0);
                self.call_checked("kiln_declare_global", &[key, u, zero]);
                return None;
            }
            Op::DeclareGlobalFunction(k, v) => {
                let key = self.string(*k);
                let x = self.val(*v);
                let one = self.iconst(1);
                self.call_checked("kiln_declare_global", &[key, x, one]);
                return None;
            }
            Op::CoreModule(k) => {
                let k = self.string(*k);
                self.call("kiln_core_module", &[k])
            }
            Op::RejectedPromise(v) => {
                let x = self.val(*v);
                self.call("kiln_rejected_promise", &[x])
            }
            Op::FieldKey(i) => {
                let c = self.params[0];
                let i = self.iconst(*i as u64);
                self.call("kiln_field_key", &[c, i])
            }
            Op::IterResultCheck(v) => {
                let x = self.val(*v);
                self.call_checked("kiln_iter_result_check", &[x]);
                return None;
            }
            Op::IterClose(v, on_throw) => {
                let x = self.val(*v);
                let t = self.iconst(*on_throw as u64);
                if *on_throw {
                    self.call("kiln_iter_close", &[x, t]);
                } else {
                    self.call_checked("kiln_iter_close", &[x, t]);
                }
                return None;
            }
        };
        Some(v)
    }

    /// A call of an arbitrary value: inline when it is a function object, else the runtime's
    /// slow path (which throws "... is not a function").
    fn js_call(&mut self, callee: Value, this: Value, args: &[Value], what: ir::StrId) -> Value {
        let (p, n) = self.arg_array(args);
        let tag = self.b.ins().ushr_imm_s(callee, enc::TAG_SHIFT as i64);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (enc::TAG_OBJECT >> enc::TAG_SHIFT) as i64);
        let check_class = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.ins().brif(is_obj, check_class, &[], slow, &[]);
        self.b.switch_to_block(check_class);
        let ptr = self.ptr(callee);
        let class = self.b.ins().load(I8, MemFlagsData::trusted(), ptr, enc::HEADER_CLASS_OFFSET);
        let is_fn = self.b.ins().icmp_imm_s(IntCC::Equal, class, enc::CLASS_FUNCTION as i64);
        self.b.ins().brif(is_fn, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let code = self.b.ins().load(I64, MemFlagsData::trusted(), ptr, enc::FUNCTION_CODE_OFFSET);
        let sig = crate::js_signature(self.ctx.module.isa().default_call_conv());
        let sigref = self.b.import_signature(sig);
        let nt = self.iconst(enc::UNDEFINED);
        let inst = self.b.ins().call_indirect(sigref, code, &[callee, this, p, n, nt]);
        let r = self.b.inst_results(inst)[0];
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let w = self.string(what);
        let r = self.call("kiln_call", &[callee, this, p, n, w]);
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        self.check(r);
        r
    }

    fn unary(&mut self, op: UnOp, v: ir::ValueId) -> Value {
        let x = self.val(v);
        let ty = self.f.ty(v);
        match op {
            UnOp::Not => {
                if let Some(c) = self.conds[v.0 as usize] {
                    self.last_cond = Some(self.b.ins().bxor_imm_s(c, 1));
                }
                self.b.ins().bxor_imm_s(x, enc::BOOL_BIT as i64)
            }
            UnOp::ToBool => {
                if ty == Ty::Bool {
                    self.last_cond = self.conds[v.0 as usize];
                    return x;
                }
                // true/false directly; everything else through the runtime.
                let t = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::TRUE as i64);
                let f = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::FALSE as i64);
                let either = self.b.ins().bor(t, f);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                let tb = self.bool_to_value(t);
                self.b.ins().brif(either, done, &[tb.into()], slow, &[]);
                self.b.switch_to_block(slow);
                let r = self.call("kiln_to_boolean", &[x]);
                let rb = self.b.ins().bor_imm_s(r, enc::FALSE as i64);
                self.b.ins().jump(done, &[rb.into()]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            UnOp::IsNullish => {
                let a = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::UNDEFINED as i64);
                let b = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::NULL as i64);
                let c = self.b.ins().bor(a, b);
                self.bool_to_value(c)
            }
            UnOp::IsObject => {
                let tag = self.b.ins().ushr_imm_s(x, enc::TAG_SHIFT as i64);
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (enc::TAG_OBJECT >> enc::TAG_SHIFT) as i64);
                self.bool_to_value(c)
            }
            UnOp::IsDone => {
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, x, enc::HOLE as i64);
                self.bool_to_value(c)
            }
            UnOp::TypeOf => self.call("kiln_typeof", &[x]),
            UnOp::SloppyThis => {
                let tag = self.b.ins().ushr_imm_s(x, enc::TAG_SHIFT as i64);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, (enc::TAG_OBJECT >> enc::TAG_SHIFT) as i64);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.ins().brif(is_obj, done, &[x.into()], slow, &[]);
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let r = self.call("kiln_sloppy_this", &[x]);
                self.b.ins().jump(done, &[r.into()]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
            UnOp::ToPropertyKey => self.call_checked("kiln_to_property_key", &[x]),
            UnOp::Neg => self.call_checked("kiln_neg", &[x]),
            // The fast paths of `x + 1` / `x - 1`; the runtime's slow path also takes BigInts.
            UnOp::Inc | UnOp::Dec => {
                let one = self.iconst(enc::from_i32(1));
                let (op, name) = if op == UnOp::Inc { (BinOp::Add, "kiln_inc") } else { (BinOp::Sub, "kiln_dec") };
                self.binary_values(op, x, one, ty, Ty::Int32, name)
            }
            UnOp::BitNot => self.call_checked("kiln_bitnot", &[x]),
            UnOp::ToString => {
                if ty == Ty::String {
                    return x;
                }
                self.call_checked("kiln_to_string", &[x])
            }
            UnOp::ToNumber | UnOp::ToNumeric => {
                if matches!(ty, Ty::Int32 | Ty::Double | Ty::Number) {
                    return x;
                }
                // Numbers are their own ToNumber.
                let is_num = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, enc::TAG_SPECIAL as i64);
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.ins().brif(is_num, done, &[x.into()], slow, &[]);
                self.b.switch_to_block(slow);
                let name = if op == UnOp::ToNumber { "kiln_to_number" } else { "kiln_to_numeric" };
                let r = self.call(name, &[x]);
                self.check(r);
                self.b.ins().jump(done, &[r.into()]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
        }
    }

    fn binary(&mut self, op: BinOp, a: ir::ValueId, b: ir::ValueId) -> Value {
        let (x, y) = (self.val(a), self.val(b));
        let name = match op {
            BinOp::Add => "kiln_add",
            BinOp::Sub => "kiln_sub",
            BinOp::Mul => "kiln_mul",
            BinOp::Div => "kiln_div",
            BinOp::Mod => "kiln_mod",
            BinOp::Exp => "kiln_exp",
            BinOp::Shl => "kiln_shl",
            BinOp::Sar => "kiln_sar",
            BinOp::Shr => "kiln_shr",
            BinOp::BitAnd => "kiln_bitand",
            BinOp::BitOr => "kiln_bitor",
            BinOp::BitXor => "kiln_bitxor",
            BinOp::Lt => "kiln_lt",
            BinOp::Le => "kiln_le",
            BinOp::Gt => "kiln_gt",
            BinOp::Ge => "kiln_ge",
            BinOp::LooseEq => "kiln_loose_eq",
            BinOp::StrictEq => "kiln_strict_eq",
            BinOp::InstanceOf => "kiln_instanceof",
            BinOp::In => "kiln_in",
        };
        let (ty_a, ty_b) = (self.f.ty(a), self.f.ty(b));
        self.binary_values(op, x, y, ty_a, ty_b, name)
    }

    /// `op` on two values of the given IR types: inline int32 and double paths, and the
    /// runtime entry `name` for everything else.
    fn binary_values(&mut self, op: BinOp, x: Value, y: Value, ty_a: Ty, ty_b: Ty, name: &'static str) -> Value {
        let int_path = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::BitAnd
                | BinOp::BitOr | BinOp::BitXor | BinOp::StrictEq | BinOp::LooseEq | BinOp::Sar | BinOp::Shl
        );
        let float_path = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
                | BinOp::StrictEq | BinOp::LooseEq
        );
        if !int_path && !float_path {
            return self.call_checked(name, &[x, y]);
        }
        // Compares merge a raw condition (i8); the boxed boolean is made after the merge.
        let is_cmp = matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::StrictEq | BinOp::LooseEq);
        let done = self.b.create_block();
        self.b.append_block_param(done, if is_cmp { I8 } else { I64 });
        let slow = self.b.create_block();
        let float = self.b.create_block();
        if op == BinOp::StrictEq {
            // Identical non-double words are equal (NaN is the only double unequal to itself).
            let same = self.b.ins().icmp(IntCC::Equal, x, y);
            let nondouble = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, x, enc::TAG_INT as i64);
            let both = self.b.ins().band(same, nondouble);
            let t = self.b.ins().iconst(I8, 1);
            let next = self.b.create_block();
            self.b.ins().brif(both, done, &[t.into()], next, &[]);
            self.b.switch_to_block(next);
        }
        let not_int = if float_path { float } else { slow };
        // A known double operand rules the int32 path out.
        let int_path = int_path && !(float_path && (ty_a == Ty::Double || ty_b == Ty::Double));
        if int_path {
            let ia = if ty_a == Ty::Int32 { None } else { Some(self.is_int(x)) };
            let ib = if ty_b == Ty::Int32 { None } else { Some(self.is_int(y)) };
            let both = match (ia, ib) {
                (Some(p), Some(q)) => Some(self.b.ins().band(p, q)),
                (Some(p), None) | (None, Some(p)) => Some(p),
                (None, None) => None,
            };
            let fast = self.b.create_block();
            match both {
                Some(c) => {
                    self.b.ins().brif(c, fast, &[], not_int, &[]);
                }
                None => {
                    self.b.ins().jump(fast, &[]);
                }
            }
            self.b.switch_to_block(fast);
            let r = self.int_op(op, x, y, not_int);
            self.b.ins().jump(done, &[r.into()]);
        } else {
            self.b.ins().jump(float, &[]);
        }
        self.b.switch_to_block(float);
        if float_path {
            // Both numbers (int or double): IEEE arithmetic, as the spec's Number operations.
            let known = |t: Ty| matches!(t, Ty::Int32 | Ty::Double | Ty::Number);
            let na = if known(ty_a) { None } else { Some(self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, enc::TAG_SPECIAL as i64)) };
            let nb = if known(ty_b) { None } else { Some(self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, enc::TAG_SPECIAL as i64)) };
            let both = match (na, nb) {
                (Some(p), Some(q)) => Some(self.b.ins().band(p, q)),
                (Some(p), None) | (None, Some(p)) => Some(p),
                (None, None) => None,
            };
            let fast = self.b.create_block();
            match both {
                Some(c) => {
                    self.b.ins().brif(c, fast, &[], slow, &[]);
                }
                None => {
                    self.b.ins().jump(fast, &[]);
                }
            }
            self.b.switch_to_block(fast);
            let fx = self.to_f64(x, ty_a);
            let fy = self.to_f64(y, ty_b);
            let r = self.float_op(op, fx, fy);
            self.b.ins().jump(done, &[r.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let r = self.call(name, &[x, y]);
        // Only the runtime can throw: the check stays off the fast paths.
        if op != BinOp::StrictEq {
            self.check(r);
        }
        let r = if is_cmp {
            let bit = self.b.ins().band_imm_s(r, enc::BOOL_BIT as i64);
            self.b.ins().ireduce(I8, bit)
        } else {
            r
        };
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        let r = self.b.block_params(done)[0];
        if is_cmp {
            self.last_cond = Some(r);
            return self.bool_to_value(r);
        }
        r
    }

    /// A number value (int-tagged or double) as an `f64`.
    fn to_f64(&mut self, v: Value, ty: Ty) -> Value {
        if ty == Ty::Double {
            return self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        }
        let is_int = self.is_int(v);
        let i = self.b.ins().ireduce(I32, v);
        let from_int = self.b.ins().fcvt_from_sint(F64, i);
        let as_double = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        self.b.ins().select(is_int, from_int, as_double)
    }

    /// The int32 fast path of `op` on two int-tagged values; jumps to `fallback` where the
    /// result is not an int32 (overflow, -0, a negative remainder).
    fn int_op(&mut self, op: BinOp, x: Value, y: Value, fallback: cl::Block) -> Value {
        let xi = self.b.ins().ireduce(I32, x);
        let yi = self.b.ins().ireduce(I32, y);
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(xi, yi),
                    BinOp::Sub => self.b.ins().ssub_overflow(xi, yi),
                    _ => self.b.ins().smul_overflow(xi, yi),
                };
                let bad = if op == BinOp::Mul {
                    // A zero product with a negative operand is -0, which is not an int32.
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                    let or = self.b.ins().bor(xi, yi);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, or, 0);
                    let negzero = self.b.ins().band(zero, neg);
                    self.b.ins().bor(of, negzero)
                } else {
                    of
                };
                let ok = self.b.create_block();
                self.b.ins().brif(bad, fallback, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.box_i32(r)
            }
            BinOp::Mod => {
                // Only a non-negative dividend and a positive divisor stay in int32 (a negative
                // dividend can give -0).
                let xneg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, xi, 0);
                let ybad = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, yi, 0);
                let bad = self.b.ins().bor(xneg, ybad);
                let ok = self.b.create_block();
                self.b.ins().brif(bad, fallback, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let r = self.b.ins().srem(xi, yi);
                self.box_i32(r)
            }
            BinOp::BitAnd => {
                let r = self.b.ins().band(xi, yi);
                self.box_i32(r)
            }
            BinOp::BitOr => {
                let r = self.b.ins().bor(xi, yi);
                self.box_i32(r)
            }
            BinOp::BitXor => {
                let r = self.b.ins().bxor(xi, yi);
                self.box_i32(r)
            }
            BinOp::Shl => {
                let s = self.b.ins().band_imm_s(yi, 31);
                let r = self.b.ins().ishl(xi, s);
                self.box_i32(r)
            }
            BinOp::Sar => {
                let s = self.b.ins().band_imm_s(yi, 31);
                let r = self.b.ins().sshr(xi, s);
                self.box_i32(r)
            }
            _ => {
                let cc = match op {
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    BinOp::Ge => IntCC::SignedGreaterThanOrEqual,
                    _ => IntCC::Equal,
                };
                // The raw condition: `binary` boxes it after the merge.
                self.b.ins().icmp(cc, xi, yi)
            }
        }
    }

    /// `op` on two f64s, boxed. Hardware NaNs stay below the tag range, so a result boxes
    /// by reinterpretation.
    fn float_op(&mut self, op: BinOp, fx: Value, fy: Value) -> Value {
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fx, fy),
            BinOp::Sub => self.b.ins().fsub(fx, fy),
            BinOp::Mul => self.b.ins().fmul(fx, fy),
            BinOp::Div => self.b.ins().fdiv(fx, fy),
            BinOp::Mod => {
                let id = self.ctx.import("kiln_fmod");
                let fref = self.ctx.module.declare_func_in_func(id, self.b.func);
                let inst = self.b.ins().call(fref, &[fx, fy]);
                self.b.inst_results(inst)[0]
            }
            _ => {
                let cc = match op {
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    BinOp::Ge => FloatCC::GreaterThanOrEqual,
                    _ => FloatCC::Equal,
                };
                // The raw condition: `binary` boxes it after the merge.
                return self.b.ins().fcmp(cc, fx, fy);
            }
        };
        self.b.ins().bitcast(I64, MemFlagsData::new(), r)
    }

    fn term(&mut self, t: &Term) {
        match t {
            Term::Jump(b) => {
                let blk = self.blocks[b.0 as usize];
                self.b.ins().jump(blk, &[]);
            }
            Term::Branch(c, t, e) => {
                let bit = match self.conds[c.0 as usize] {
                    Some(raw) => raw,
                    None => {
                        let x = self.val(*c);
                        self.b.ins().band_imm_s(x, enc::BOOL_BIT as i64)
                    }
                };
                let (tb, eb) = (self.blocks[t.0 as usize], self.blocks[e.0 as usize]);
                self.b.ins().brif(bit, tb, &[], eb, &[]);
            }
            Term::Return(v) => {
                let x = self.val(*v);
                self.b.ins().return_(&[x]);
            }
            Term::Throw(v) => {
                let x = self.val(*v);
                self.call("kiln_throw", &[x]);
                let h = self.handler;
                self.b.ins().jump(h, &[]);
            }
            Term::Suspend(v, resume) => {
                let x = self.val(*v);
                let state = self.f.resume_points.iter().position(|r| r == resume).expect("resume point") as u64;
                let gen_local = self.f.generator_local.expect("generator local");
                let g = self.b.use_var(self.vars[gen_local.0 as usize]);
                let vals: Vec<Value> = self.vars.clone().iter().map(|&var| self.b.use_var(var)).collect();
                let (p, n) = self.arg_array(&vals);
                let st = self.iconst(state);
                self.call("kiln_gen_suspend", &[g, st, p, n]);
                if self.f.kind == ir::FuncKind::Async && state == 0 {
                    // The call of an async function: the runtime runs the body up to its
                    // first await and gives back the promise.
                    let promise = self.call("kiln_async_start", &[g]);
                    self.b.ins().return_(&[promise]);
                } else if self.f.kind == ir::FuncKind::AsyncMain && state == 0 {
                    // The same for a module body with top-level await; the runtime also
                    // watches its promise (rejection, or never settling).
                    let promise = self.call("kiln_tla_start", &[g]);
                    self.b.ins().return_(&[promise]);
                } else {
                    self.b.ins().return_(&[x]);
                }
            }
            Term::Unreachable => {
                let u = self.iconst(enc::UNDEFINED);
                self.b.ins().return_(&[u]);
            }
        }
    }
}

#[allow(dead_code)]
const _: Option<cranelift_codegen::ir::Type> = Some(F64);
