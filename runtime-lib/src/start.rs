//! Process start and exit: the C `main` that sets up the heap and realm, runs the compiled
//! module function, reports an uncaught exception the way node does, and exits.

use std::ffi::{c_char, c_int};

use crate::value::Value;

#[cfg(not(test))]
unsafe extern "C-unwind" {
    fn kiln_js_main(callee: Value, this: Value, argv: *const Value, argc: u64, new_target: Value) -> Value;
}

/// The lowest address compiled code's stack may reach; its prologues compare against it.
#[unsafe(no_mangle)]
pub static mut kiln_stack_limit: usize = 0;

/// How far below the start the stack may grow before a RangeError, and the part of that
/// kept back for the runtime to build the error.
const STACK_RESERVE: usize = 256 * 1024;

struct Saved(std::cell::UnsafeCell<Vec<String>>);
unsafe impl Sync for Saved {}
static ARGS: Saved = Saved(std::cell::UnsafeCell::new(Vec::new()));

/// The program's command line, as given.
pub fn args() -> &'static [String] {
    unsafe { &*ARGS.0.get() }
}

fn stack_size() -> usize {
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    let n = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rl) };
    if n != 0 || rl.rlim_cur == libc::RLIM_INFINITY || rl.rlim_cur > (64 << 20) {
        return 8 << 20;
    }
    rl.rlim_cur as usize
}

/// Runs `f` with the stack limit lowered into the reserve, for building a stack-overflow
/// error without overflowing again.
pub fn with_stack_reserve<R>(f: impl FnOnce() -> R) -> R {
    unsafe {
        let saved = kiln_stack_limit;
        kiln_stack_limit = saved - STACK_RESERVE / 2;
        let r = f();
        kiln_stack_limit = saved;
        r
    }
}

/// Sets up the heap, atoms and realm. `stack_base` bounds the conservative stack scan.
pub fn init_runtime(stack_base: usize) {
    crate::gc::init(stack_base);
    crate::atoms::init();
    crate::realm::init();
}

/// The highest address of the calling thread's stack (the end the conservative scan stops
/// at): every frame that can hold JS values is below it, and all of it is mapped.
pub fn thread_stack_top() -> usize {
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            let local = 0usize;
            return &local as *const usize as usize;
        }
        let (mut addr, mut size) = (std::ptr::null_mut(), 0usize);
        libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        (addr as usize + size - 8) & !7
    }
}

/// For unit tests: initialises the runtime once, serialises the tests that use it (its state
/// is global and single-threaded), and points the conservative stack scan at the calling
/// test thread's stack. Hold the returned guard for the whole test.
#[cfg(test)]
pub fn init_for_tests() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    static ONCE: std::sync::Once = std::sync::Once::new();
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let stack_base = thread_stack_top();
    ONCE.call_once(|| init_runtime(stack_base));
    crate::gc::heap().set_stack_base(stack_base);
    guard
}

#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    let stack_base = thread_stack_top();
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        let size = stack_size().min(8 << 20);
        kiln_stack_limit = stack_base - size + STACK_RESERVE;
        let mut v = Vec::new();
        for i in 0..argc as usize {
            let s = std::ffi::CStr::from_ptr(*argv.add(i));
            v.push(s.to_string_lossy().into_owned());
        }
        *ARGS.0.get() = v;
    }
    init_runtime(stack_base);
    // The program's function as a function object: a module body with top-level await is
    // resumed through it, like an async function.
    let info = Box::leak(Box::new(crate::function::FuncInfo {
        name_ptr: b"".as_ptr(),
        name_len: 0,
        length: 0,
        flags: kiln_abi::value::FUNC_ASYNC,
        native: None,
        source_ptr: std::ptr::null(),
        source_len: 0,
    }));
    let main_fn = crate::function::kiln_make_function(kiln_js_main as *const () as usize, Value::UNDEFINED, info, crate::atoms::intern_str(""));
    let result = unsafe { kiln_js_main(main_fn, Value::UNDEFINED, std::ptr::null(), 0, Value::UNDEFINED) };
    if result.is_exception() {
        uncaught(crate::error::take_pending());
    }
    crate::event_loop::run();
    if crate::generator::unsettled_top_level_await() {
        // node says nothing here (unless stderr is a terminal) and exits with 13.
        exit(13);
    }
    exit(crate::builtins::process::exit_code())
}

/// Prints an uncaught exception as node does: the error's stack (or the inspected value).
pub fn report_uncaught(e: Value) {
    let text = crate::builtins::error::uncaught_report(e);
    crate::stdio::write_stderr(text.as_bytes());
}

/// node's report for a promise rejected without a handler (the default
/// `--unhandled-rejections=throw` mode): an error's stack, or a wrapper naming the value.
pub fn report_unhandled_rejection(reason: Value) {
    let is_error = reason.object_ref().is_some_and(|o| o.class() == crate::object::Class::Error);
    if is_error {
        report_uncaught(reason);
        return;
    }
    let shown = crate::builtins::inspect::inspect(reason).unwrap_or_default();
    let text = format!(
        "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\".] {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}\n\nNode.js v20 (compiled by Kiln)\n"
    );
    crate::stdio::write_stderr(text.as_bytes());
}

/// Exits the process: 'exit' listeners run first (once), with the code; they may change
/// `process.exitCode` but not stop the exit.
pub fn exit(code: i32) -> ! {
    static mut EXITING: bool = false;
    let code = unsafe {
        if !EXITING {
            EXITING = true;
            let p = crate::realm::realm().process;
            if p.is_object() {
                let _ = crate::object::set(p, crate::object::Key::Name(crate::atoms::intern_str("exitCode")), Value::int(code), p);
                if crate::builtins::process::emit("exit", &[Value::int(code)]).is_err() {
                    report_uncaught(crate::error::take_pending());
                    crate::stdio::flush();
                    std::process::exit(7);
                }
                crate::builtins::process::exit_code()
            } else {
                code
            }
        } else {
            code
        }
    };
    crate::stdio::flush();
    std::process::exit(code)
}

/// An exception no JS code caught: 'uncaughtException' listeners get it if there are any
/// (and the program goes on); otherwise node's report and exit code 1.
pub fn uncaught(e: Value) {
    if crate::builtins::process::has_listeners("uncaughtException") {
        let origin = crate::string::value_from_str("uncaughtException");
        if crate::builtins::process::emit("uncaughtException", &[e, origin]).is_ok() {
            return;
        }
        let e2 = crate::error::take_pending();
        report_uncaught(e2);
        exit(7);
    }
    report_uncaught(e);
    exit(1);
}
