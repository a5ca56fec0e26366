//! Builds the runtime staticlib with its own cargo profile (in a separate target directory,
//! so the nested cargo never waits on the outer build's lock) and copies the archive into
//! OUT_DIR, where `kiln` embeds it with `include_bytes!`.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let ws = manifest.parent().unwrap().to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // target/<profile>/build/kiln-cli-*/out → target/
    let target = out.ancestors().nth(4).unwrap().to_path_buf();
    let rt_target = target.join("runtime-build");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let profile = std::env::var("KILN_RUNTIME_PROFILE").unwrap_or_else(|_| if release { "rt".into() } else { "rt-dev".into() });
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&ws)
        .args(["build", "--locked", "-p", "kiln-runtime", "--lib", "--profile", &profile, "--target-dir"])
        .arg(&rt_target);
    for (k, _) in std::env::vars() {
        if k.starts_with("CARGO_FEATURE_") || k.starts_with("CARGO_CFG_") {
            cmd.env_remove(&k);
        }
    }
    for k in [
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET_DIR",
        "CARGO_ENCODED_RUSTFLAGS",
        "TARGET",
        "HOST",
        "PROFILE",
        "OPT_LEVEL",
        "DEBUG",
        "NUM_JOBS",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_WRAPPER",
    ] {
        cmd.env_remove(k);
    }
    let status = cmd.status().expect("cannot run cargo to build the runtime");
    assert!(status.success(), "building the runtime failed");
    let archive = rt_target.join(&profile).join("libkiln_runtime.a");
    std::fs::copy(&archive, out.join("libkiln_runtime.a")).expect("cannot copy the runtime archive");
    // An identity for this compiler build, so `kiln run`'s cache never serves a program
    // compiled by another build.
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::fs::read(&archive).unwrap().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    println!("cargo:rustc-env=KILN_BUILD_ID={:016x}", h.finish());
    println!("cargo:rerun-if-changed={}", ws.join("runtime-lib").display());
    println!("cargo:rerun-if-changed={}", ws.join("abi").display());
    println!("cargo:rerun-if-changed={}", ws.join("Cargo.lock").display());
    println!("cargo:rerun-if-env-changed=KILN_RUNTIME_PROFILE");
}
