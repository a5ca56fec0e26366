//! `kiln`: the command-line driver. Reads argv, runs the pipeline (frontend → ir → codegen →
//! link) and prints diagnostics. The only crate that prints or reads the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kiln_frontend::Goal;

/// The runtime library, built by build.rs and embedded so that `kiln` is self-contained.
static RUNTIME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libkiln_runtime.a"));

#[derive(Parser)]
#[command(name = "kiln", version, about = "Compile JavaScript ahead of time to a native executable")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Emit {
    Ast,
    Ir,
    Clif,
}

#[derive(clap::Args)]
struct CompileArgs {
    /// The program's entry file.
    input: PathBuf,
    /// Compile as a classic script.
    #[arg(long, conflicts_with = "module")]
    script: bool,
    /// Compile as an ES module.
    #[arg(long)]
    module: bool,
    /// Run Cranelift's verifier and the IR verifier.
    #[arg(long)]
    verify: bool,
    /// Keep symbols in the executable (for debuggers and profilers).
    #[arg(long)]
    no_strip: bool,
    /// Link with `-static`.
    #[arg(long = "static")]
    static_: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a JavaScript file to an executable.
    Compile {
        #[command(flatten)]
        args: CompileArgs,
        /// Output path (default: the input's name without extension).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Print a stage's text dump instead of writing an executable.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
    },
    /// Compile to a cache and run, passing the arguments after `--`.
    Run {
        #[command(flatten)]
        args: CompileArgs,
        #[arg(last = true)]
        program_args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Compile { args, output, emit } => {
            let out = output.unwrap_or_else(|| args.input.with_extension(""));
            let out = if out == args.input { out.with_extension("out") } else { out };
            match compile(&args, emit, &out) {
                Ok(Some(text)) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Ok(None) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Run { args, program_args } => {
            let cache = std::env::temp_dir().join(format!("kiln-run-{}", std::process::id()));
            let r = compile(&args, None, &cache);
            if let Err(e) = r {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
            let status = std::process::Command::new(&cache).args(&program_args).status();
            let _ = std::fs::remove_file(&cache);
            match status {
                Ok(s) => ExitCode::from(s.code().unwrap_or(1) as u8),
                Err(e) => {
                    eprintln!("kiln: cannot run the compiled program: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// The goal node would read the file with: `.mjs` (or `.js` under a package.json with
/// "type": "module") is an ES module, everything else CommonJS.
fn goal_for(path: &Path, args: &CompileArgs) -> Goal {
    if args.script {
        return Goal::Script;
    }
    if args.module {
        return Goal::Module;
    }
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => Goal::Module,
        Some("cjs") => Goal::CommonJs,
        _ => {
            let mut dir = std::fs::canonicalize(path).ok().and_then(|p| p.parent().map(Path::to_path_buf));
            while let Some(d) = dir {
                if let Ok(text) = std::fs::read_to_string(d.join("package.json")) {
                    let compact: String = text.split_whitespace().collect();
                    return if compact.contains("\"type\":\"module\"") { Goal::Module } else { Goal::CommonJs };
                }
                dir = d.parent().map(Path::to_path_buf);
            }
            Goal::CommonJs
        }
    }
}

fn compile(args: &CompileArgs, emit: Option<Emit>, out: &Path) -> Result<Option<String>, String> {
    let path = &args.input;
    let source = std::fs::read(path).map_err(|e| format!("kiln: cannot read {}: {e}", path.display()))?;
    let source = String::from_utf8(source).map_err(|_| format!("kiln: {} is not valid UTF-8", path.display()))?;
    let goal = goal_for(path, args);
    let shown = path.display().to_string();
    let parsed = kiln_frontend::parse_file(&shown, source, goal).map_err(|ds| {
        ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
    })?;
    if emit == Some(Emit::Ast) {
        return Ok(Some(format!("{:#?}\n", parsed.program)));
    }
    let module = kiln_ir::lower::lower(&parsed).map_err(|d| d.to_string())?;
    if args.verify {
        kiln_ir::verify::verify(&module).map_err(|e| format!("kiln: internal error: IR verification failed: {e}"))?;
    }
    if emit == Some(Emit::Ir) {
        return Ok(Some(kiln_ir::print::module(&module)));
    }
    let opts = kiln_codegen::Options { verify: args.verify, optimize: true };
    if emit == Some(Emit::Clif) {
        return kiln_codegen::emit_clif(&module, &opts).map(Some).map_err(|e| format!("kiln: internal error: {e}"));
    }
    let object = kiln_codegen::compile(&module, &opts).map_err(|e| format!("kiln: internal error: {e}"))?;
    let link = kiln_codegen::link::LinkOptions { strip: !args.no_strip, static_: args.static_ };
    kiln_codegen::link::link(&object, RUNTIME, out, &link).map_err(|e| format!("kiln: {e}"))?;
    Ok(None)
}
