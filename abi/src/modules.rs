//! Node's core modules that the runtime provides (`runtime-lib/src/builtins/modules.rs` has
//! one exports builder per name): `require` of one of these, or an `import` from one, needs
//! nothing bundled. The compiler rejects an import of any other core module name at compile
//! time.

/// The names, without the `node:` prefix.
pub const CORE_MODULES: &[&str] = &["process", "timers", "timers/promises"];

/// Every core module of node v20 (`require('module').builtinModules`), provided or not.
pub const NODE_BUILTINS: &[&str] = &[
    "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
    "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain",
    "events", "fs", "fs/promises", "http", "http2", "https", "inspector", "inspector/promises",
    "module", "net", "os", "path", "path/posix", "path/win32", "perf_hooks", "process",
    "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
    "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
    "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm",
    "wasi", "worker_threads", "zlib",
];

/// Whether a specifier names one of node's core modules (whether Kiln has it or not).
pub fn is_node_builtin(specifier: &str) -> bool {
    let bare = specifier.strip_prefix("node:").unwrap_or(specifier);
    NODE_BUILTINS.contains(&bare)
}

/// The core module a specifier names (`timers` or `node:timers`), if the runtime has it.
pub fn core_module(specifier: &str) -> Option<&'static str> {
    let bare = specifier.strip_prefix("node:").unwrap_or(specifier);
    CORE_MODULES.iter().copied().find(|&m| m == bare)
}

/// `a/./b/../c` → `a/c`, without touching the file system: how a specifier joins a path,
/// the same when the compiler resolves it and when the runtime looks a computed one up.
pub fn normalize(p: &std::path::Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
