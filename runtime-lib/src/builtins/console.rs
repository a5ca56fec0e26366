//! The `console` global: log/info/debug to stdout, error/warn/trace to stderr, each line
//! formatted as node's `util.format` does (see `inspect.rs`).

use crate::builtins::{inspect, method};
use crate::error::JsResult;
use crate::function::CallArgs;
use crate::realm::realm;
use crate::stdio;
use crate::value::Value;

pub fn install() {
    let console = crate::object::new_plain();
    method(console, "log", 0, log);
    method(console, "info", 0, log);
    method(console, "debug", 0, log);
    method(console, "error", 0, error);
    method(console, "warn", 0, error);
    crate::builtins::define(realm().global, "console", console, crate::shape::WRITABLE | crate::shape::CONFIGURABLE);
}

fn log(a: &CallArgs) -> JsResult<Value> {
    let mut line = inspect::format_args(a.args)?;
    line.push('\n');
    stdio::write_stdout(line.as_bytes());
    Ok(Value::UNDEFINED)
}

fn error(a: &CallArgs) -> JsResult<Value> {
    let mut line = inspect::format_args(a.args)?;
    line.push('\n');
    stdio::write_stderr(line.as_bytes());
    Ok(Value::UNDEFINED)
}
