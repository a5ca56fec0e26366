//! IR passes. `spill_cross_block_values` prepares a generator for suspension: a value used
//! outside the block that defines it is moved into a local (set after the definition, read
//! before each use), so that everything live across a `Term::Suspend` is in a local, and
//! suspension saves the locals.

use std::collections::HashMap;

use crate::ir::*;

/// Rewrites `f` so that every value is used only in the block that defines it.
pub fn spill_cross_block_values(f: &mut Function) {
    let mut def_block: HashMap<ValueId, usize> = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for inst in &b.insts {
            if let Some(r) = inst.result {
                def_block.insert(r, bi);
            }
        }
    }
    // Which values need a local.
    let mut spilled: HashMap<ValueId, LocalId> = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut uses: Vec<ValueId> = b.insts.iter().flat_map(|i| i.op.operands()).collect();
        uses.extend(term_operands(&b.term));
        for v in uses {
            if def_block.get(&v).is_some_and(|&d| d != bi) && !spilled.contains_key(&v) {
                f.locals.push(Local { name: format!("<spill v{}>", v.0) });
                spilled.insert(v, LocalId(f.locals.len() as u32 - 1));
            }
        }
    }
    if spilled.is_empty() {
        return;
    }
    for bi in 0..f.blocks.len() {
        let insts = std::mem::take(&mut f.blocks[bi].insts);
        let mut out = Vec::with_capacity(insts.len());
        // Values re-read in this block: original → local copy.
        let mut local_copies: HashMap<ValueId, ValueId> = HashMap::new();
        for mut inst in insts {
            for v in inst.op.operands() {
                if def_block.get(&v).is_some_and(|&d| d != bi) && !local_copies.contains_key(&v) {
                    let nv = ValueId(f.value_types.len() as u32);
                    f.value_types.push(f.value_types[v.0 as usize]);
                    out.push(Inst { result: Some(nv), op: Op::GetLocal(spilled[&v]), pos: inst.pos });
                    local_copies.insert(v, nv);
                }
            }
            rename_operands(&mut inst.op, &local_copies);
            let result = inst.result;
            let pos = inst.pos;
            out.push(inst);
            if let Some(r) = result {
                if let Some(&l) = spilled.get(&r) {
                    out.push(Inst { result: None, op: Op::SetLocal(l, r), pos });
                }
            }
        }
        let mut term = f.blocks[bi].term.clone();
        for v in term_operands(&term) {
            if def_block.get(&v).is_some_and(|&d| d != bi) && !local_copies.contains_key(&v) {
                let nv = ValueId(f.value_types.len() as u32);
                f.value_types.push(f.value_types[v.0 as usize]);
                out.push(Inst { result: Some(nv), op: Op::GetLocal(spilled[&v]), pos: 0 });
                local_copies.insert(v, nv);
            }
        }
        rename_term(&mut term, &local_copies);
        f.blocks[bi].insts = out;
        f.blocks[bi].term = term;
    }
}

fn term_operands(t: &Term) -> Vec<ValueId> {
    match t {
        Term::Branch(v, _, _) | Term::Return(v) | Term::Throw(v) | Term::Suspend(v, _) => vec![*v],
        Term::Jump(_) | Term::Unreachable => vec![],
    }
}

fn rename_term(t: &mut Term, map: &HashMap<ValueId, ValueId>) {
    let r = |v: &mut ValueId| {
        if let Some(&n) = map.get(v) {
            *v = n;
        }
    };
    match t {
        Term::Branch(v, _, _) | Term::Return(v) | Term::Throw(v) | Term::Suspend(v, _) => r(v),
        Term::Jump(_) | Term::Unreachable => {}
    }
}

/// Replaces operands per `map`.
fn rename_operands(op: &mut Op, map: &HashMap<ValueId, ValueId>) {
    for v in op.operands_mut() {
        if let Some(&n) = map.get(v) {
            *v = n;
        }
    }
}

/// The invariant `spill_cross_block_values` establishes.
pub fn check_no_cross_block_values(f: &Function) -> Result<(), String> {
    for (bi, b) in f.blocks.iter().enumerate() {
        let mut defined = std::collections::HashSet::new();
        for inst in &b.insts {
            for v in inst.op.operands() {
                if !defined.contains(&v) {
                    return Err(format!("generator block b{bi} uses v{} from another block", v.0));
                }
            }
            if let Some(r) = inst.result {
                defined.insert(r);
            }
        }
        for v in term_operands(&b.term) {
            if !defined.contains(&v) {
                return Err(format!("generator block b{bi} ends using v{} from another block", v.0));
            }
        }
    }
    Ok(())
}
