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
            let exe = match cached_compile(&args) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let status = std::process::Command::new(&exe).args(&program_args).status();
            match status {
                Ok(s) => {
                    use std::os::unix::process::ExitStatusExt;
                    let code = s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(0));
                    ExitCode::from(code as u8)
                }
                Err(e) => {
                    eprintln!("kiln: cannot run the compiled program: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Compiles for `kiln run` into the cache ($XDG_CACHE_HOME/kiln or ~/.cache/kiln), keyed by
/// this compiler build, the text and path of every file of the program and the options;
/// reuses an earlier result.
fn cached_compile(args: &CompileArgs) -> Result<PathBuf, String> {
    use std::hash::{Hash, Hasher};
    let graph = load_graph(args)?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("KILN_BUILD_ID").hash(&mut h);
    // The compiler itself: a rebuilt kiln must not reuse programs an older one compiled.
    if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
        meta.len().hash(&mut h);
        meta.modified().ok().hash(&mut h);
    }
    for (i, (file, path)) in graph.files.iter().zip(&graph.paths).enumerate() {
        file.source.hash(&mut h);
        path.hash(&mut h);
        // What each specifier resolved to (package.json files decide it too).
        let mut resolved: Vec<String> = graph.resolved[i].iter().map(|(s, t)| format!("{s} {t:?}")).collect();
        resolved.sort();
        resolved.hash(&mut h);
    }
    for f in &graph.failures {
        (f.code, &f.message).hash(&mut h);
    }
    graph.directories.hash(&mut h);
    (args.script, args.module, args.static_).hash(&mut h);
    let dir = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("kiln");
    std::fs::create_dir_all(&dir).map_err(|e| format!("kiln: cannot create the cache {}: {e}", dir.display()))?;
    let exe = dir.join(format!("{:016x}", h.finish()));
    if !exe.exists() {
        // Compile beside the final name and rename, so a concurrent run never sees half a file.
        let tmp = dir.join(format!("{:016x}.{}.tmp", h.finish(), std::process::id()));
        compile_graph(args, &graph, None, &tmp)?;
        std::fs::rename(&tmp, &exe).map_err(|e| format!("kiln: cannot write the cache: {e}"))?;
    }
    Ok(exe)
}

/// The goal node would read the file with: `.mjs` (or `.js` under a package.json with
/// "type": "module") is an ES module, `.json` is JSON, everything else CommonJS.
/// `--module`/`--script` force the goal of JavaScript files (`--script` the entry's, and
/// `--module` also those it imports).
fn goal_for(path: &Path, args: &CompileArgs, entry: bool) -> Goal {
    let ext = path.extension().and_then(|e| e.to_str());
    if ext == Some("json") {
        return Goal::Json;
    }
    if args.script && entry {
        return Goal::Script;
    }
    if args.module {
        return Goal::Module;
    }
    match ext {
        Some("mjs") => Goal::Module,
        Some("cjs") => Goal::CommonJs,
        _ => {
            let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if kiln_frontend::resolve::package_type_is_module(&abs) { Goal::Module } else { Goal::CommonJs }
        }
    }
}

fn compile(args: &CompileArgs, emit: Option<Emit>, out: &Path) -> Result<Option<String>, String> {
    let graph = load_graph(args)?;
    compile_graph(args, &graph, emit, out)
}

/// The program's files: the entry and every file it imports or requires.
fn load_graph(args: &CompileArgs) -> Result<kiln_frontend::modules::Graph, String> {
    let path = &args.input;
    let source = std::fs::read(path).map_err(|e| format!("kiln: cannot read {}: {e}", path.display()))?;
    let source = String::from_utf8(source).map_err(|_| format!("kiln: {} is not valid UTF-8", path.display()))?;
    let goal = goal_for(path, args, true);
    let shown = path.display().to_string();
    // An ES module brings the files it imports; `--module` reads every `.js` as one too.
    let goal_of = |p: &Path| goal_for(p, args, false);
    kiln_frontend::modules::load(path, &shown, source, goal, &goal_of).map_err(|ds| ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))
}

fn compile_graph(args: &CompileArgs, graph: &kiln_frontend::modules::Graph, emit: Option<Emit>, out: &Path) -> Result<Option<String>, String> {
    if emit == Some(Emit::Ast) {
        return Ok(Some(graph.files.iter().map(|f| format!("{:#?}\n", f.program)).collect()));
    }
    let module = kiln_ir::lower::lower_graph(graph).map_err(|d| d.to_string())?;
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
