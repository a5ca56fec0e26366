//! `cargo xtask <command>`: the project's own commands, run from the workspace root through
//! the alias in .cargo/config.toml. Each command lives in its own module; this file only
//! dispatches on the first argument and prints usage.
//!
//! Commands:
//! - `test262 [OPTIONS] [FILTER...]`: run the ECMAScript conformance suite against Kiln and
//!   update tests/test262/ (see docs/testing.md).

mod test262;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [args]

commands:
  test262 [OPTIONS] [FILTER...]   run test262 against Kiln (cargo xtask test262 --help)
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    match command.as_deref() {
        Some("test262") => test262::main(&workspace_root(), &rest),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprint!("xtask: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root: xtask/ is one of its direct children.
fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().expect("xtask lives inside the workspace").to_path_buf()
}
