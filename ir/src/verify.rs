//! The IR verifier: checks the invariants docs/ir.md states, so a pass that breaks them
//! fails loudly in tests instead of miscompiling.
//!
//! - every value is defined once, before its uses: earlier in the same block or in an
//!   earlier block (lowering emits structured code, so the defining block dominates the
//!   use; Cranelift's verifier checks true dominance after translation);
//! - branch conditions are `Bool`-typed;
//! - block, local and function ids are in range;
//! - in generators, no value is used outside the block that defines it (the spill pass
//!   moved such values into locals, which suspension saves).

use std::collections::HashSet;

use crate::ir::*;

pub fn verify(m: &Module) -> Result<(), String> {
    for (fi, f) in m.functions.iter().enumerate() {
        verify_function(m, f).map_err(|e| format!("f{fi} ({}): {e}", f.name))?;
    }
    Ok(())
}

fn verify_function(m: &Module, f: &Function) -> Result<(), String> {
    if f.kind.is_resumable() {
        crate::passes::check_no_cross_block_values(f)?;
    }
    let nblocks = f.blocks.len() as u32;
    let mut defined_anywhere = HashSet::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut defined = HashSet::new();
        let check_block = |t: BlockId| if t.0 < nblocks { Ok(()) } else { Err(format!("b{bi}: no block b{}", t.0)) };
        if let Some(h) = b.handler {
            check_block(h)?;
        }
        for inst in &b.insts {
            for v in inst.op.operands() {
                if !defined.contains(&v) && !defined_anywhere.contains(&v) {
                    return Err(format!("b{bi}: v{} used before its definition", v.0));
                }
            }
            match &inst.op {
                Op::GetLocal(l) | Op::SetLocal(l, _) if l.0 as usize >= f.locals.len() => {
                    return Err(format!("b{bi}: no local l{}", l.0));
                }
                Op::Closure(fid, _) | Op::CallDirect { func: fid, .. } if fid.0 as usize >= m.functions.len() => {
                    return Err(format!("b{bi}: no function f{}", fid.0));
                }
                _ => {}
            }
            if let Some(r) = inst.result {
                if !defined_anywhere.insert(r) {
                    return Err(format!("v{} defined twice", r.0));
                }
                defined.insert(r);
            }
        }
        match &b.term {
            Term::Jump(t) => check_block(*t)?,
            Term::Branch(v, t, e) => {
                check_block(*t)?;
                check_block(*e)?;
                if !defined.contains(v) && !defined_anywhere.contains(v) {
                    return Err(format!("b{bi}: branch on undefined v{}", v.0));
                }
                if f.ty(*v) != Ty::Bool {
                    return Err(format!("b{bi}: branch on v{} of type {:?}", v.0, f.ty(*v)));
                }
            }
            Term::Suspend(v, r) => {
                check_block(*r)?;
                if !defined.contains(v) && !defined_anywhere.contains(v) {
                    return Err(format!("b{bi}: suspend uses undefined v{}", v.0));
                }
                if !f.resume_points.contains(r) {
                    return Err(format!("b{bi}: b{} is not a resume point", r.0));
                }
            }
            Term::Return(v) | Term::Throw(v) => {
                if !defined.contains(v) && !defined_anywhere.contains(v) {
                    return Err(format!("b{bi}: terminator uses undefined v{}", v.0));
                }
            }
            Term::Unreachable => {}
        }
    }
    Ok(())
}
