//! The `process` global: argv, exit, exitCode, env, platform (more with the event loop and
//! Node modules).

use crate::builtins::{define, method};
use crate::conv;
use crate::error::JsResult;
use crate::function::CallArgs;
use crate::object::{self, Key};
use crate::realm::realm;
use crate::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::string;
use crate::value::Value;

pub fn install() {
    let p = object::new_plain();
    let args = crate::start::args();
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| args.first().cloned().unwrap_or_default());
    // argv[1] is the script path under node; a compiled program is its own script. Each
    // string goes into the (reachable) array as soon as it exists.
    let argv = object::new_array(Vec::new());
    define(p, "argv", argv, DEFAULT);
    let names = [exe.as_str(), exe.as_str()].into_iter().chain(args.iter().skip(1).map(String::as_str));
    for a in names {
        let v = string::value_from_str(a);
        unsafe { (*argv.as_object()).elements.push(v) };
    }
    define(p, "execPath", string::value_from_str(&exe), DEFAULT);
    define(p, "platform", string::value_from_str(std::env::consts::OS), DEFAULT);
    define(p, "exitCode", Value::UNDEFINED, DEFAULT);
    let env = object::new_plain();
    for (k, v) in std::env::vars() {
        define(env, &k, string::value_from_str(&v), DEFAULT);
    }
    define(p, "env", env, DEFAULT);
    method(p, "exit", 1, exit);
    realm().process = p;
    define(realm().global, "process", p, WRITABLE | CONFIGURABLE);
}

/// The code to exit with when the program ends normally: `process.exitCode` or 0.
pub fn exit_code() -> i32 {
    let p = realm().process;
    match object::get(p, Key::Name(crate::atoms::intern_str("exitCode")), p) {
        Ok(v) if !v.is_undefined() => conv::to_int32(v).unwrap_or(0),
        _ => 0,
    }
}

fn exit(a: &CallArgs) -> JsResult<Value> {
    let code = if a.arg(0).is_undefined() { exit_code() } else { conv::to_int32(a.arg(0))? };
    crate::start::exit(code)
}
