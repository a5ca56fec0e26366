//! Linking: the program's object file plus the runtime archive, through the system C
//! compiler driver (`cc`), into an executable. Temporary files live in a fresh directory
//! that is removed afterwards.

use std::path::Path;
use std::process::Command;

pub struct LinkOptions {
    pub strip: bool,
    pub static_: bool,
}

pub fn link(object: &[u8], runtime: &[u8], out: &Path, opts: &LinkOptions) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("kiln-link-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = (|| {
        let obj = dir.join("program.o");
        let rt = dir.join("libkiln_runtime.a");
        std::fs::write(&obj, object).map_err(|e| format!("cannot write {}: {e}", obj.display()))?;
        std::fs::write(&rt, runtime).map_err(|e| format!("cannot write {}: {e}", rt.display()))?;
        // Link to a temporary name and rename, so a failed link never leaves a broken binary.
        let tmp_out = dir.join("a.out");
        let mut cmd = Command::new(std::env::var("KILN_CC").unwrap_or_else(|_| "cc".into()));
        cmd.arg(&obj).arg(&rt).arg("-o").arg(&tmp_out).arg("-Wl,--gc-sections").arg("-lm");
        if opts.strip {
            cmd.arg("-s");
        }
        if opts.static_ {
            cmd.arg("-static");
        }
        let output = cmd.output().map_err(|e| format!("cannot run the linker `cc` (is a C toolchain installed?): {e}"))?;
        if !output.status.success() {
            return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&output.stderr)));
        }
        std::fs::copy(&tmp_out, out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn unique() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}
