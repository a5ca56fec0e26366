//! IR snapshot tests: representative programs lowered to IR, verified, and compared with the
//! checked-in dump (`ir/tests/snapshots/`). Accept an intended change with
//! `INSTA_UPDATE=always cargo test -p kiln-ir` (or `cargo insta review`).

use kiln_frontend::{Goal, parse_file};

/// Lowers `js` (as a CommonJS file), verifies the IR and returns its text dump.
fn ir_of(js: &str) -> String {
    let parsed = parse_file("test.js", js.to_string(), Goal::CommonJs).unwrap_or_else(|d| panic!("{}", d[0]));
    let module = kiln_ir::lower::lower(&parsed).unwrap_or_else(|d| panic!("{d}"));
    kiln_ir::verify::verify(&module).unwrap();
    kiln_ir::print::module(&module)
}

#[test]
fn recursive_function_calls_itself_directly() {
    insta::assert_snapshot!(ir_of("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconsole.log(fib(10));"));
}

#[test]
fn captured_variables_live_in_environments() {
    insta::assert_snapshot!(ir_of("function counter() { let n = 0; return () => ++n; }\nconst c = counter(); c();"));
}

#[test]
fn per_iteration_let_bindings_copy_the_environment() {
    insta::assert_snapshot!(ir_of("const fs = [];\nfor (let i = 0; i < 3; i++) fs.push(() => i);"));
}

#[test]
fn method_calls_pass_the_receiver() {
    insta::assert_snapshot!(ir_of("function P(x) { this.x = x; }\nP.prototype.get = function () { return this.x; };\nnew P(1).get();"));
}

#[test]
fn finally_runs_on_return_and_throw() {
    insta::assert_snapshot!(ir_of("function f(a) { try { if (a) return 1; throw new Error('x'); } catch (e) { return 2; } finally { console.log('done'); } }"));
}

#[test]
fn tdz_checks_only_where_needed() {
    insta::assert_snapshot!(ir_of("function g() { return x; }\nlet x = 1;\nconsole.log(x, g());"));
}

#[test]
fn class_methods_read_properties_through_inline_caches() {
    insta::assert_snapshot!(ir_of("class V { constructor(x) { this.x = x; } get double() { return this.x * 2; } }\nclass W extends V { triple() { return super.double + this.x; } }"));
}

/// A generator is a state machine: each `yield` ends its block with `suspend`, naming the
/// block that resumes it, and no value crosses a block boundary except through a local
/// (which codegen saves in the generator object at a suspension).
#[test]
fn generator_suspends_into_a_state_machine() {
    let ir = ir_of("function* count(n) { let i = 0; while (i < n) { const got = yield i; i += got ?? 1; } return 'done'; }");
    assert!(ir.contains("suspend"), "{ir}");
    insta::assert_snapshot!(ir);
}

#[test]
fn with_references_probe_the_objects_first() {
    insta::assert_snapshot!(ir_of("function f(o, y) { with (o) { x = y; return () => x; } }"));
}

#[test]
fn mapped_arguments_alias_the_parameter_slots() {
    insta::assert_snapshot!(ir_of("function f(a, b) { arguments[0] = b; return a; }\nfunction g(a) { 'use strict'; return arguments[0]; }"));
}
