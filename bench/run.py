#!/usr/bin/env python3
"""Compiles each bench/programs/*.js with kiln, checks its output against node's recorded
.out, and runs it side by side with node: wall time (median of N runs), peak RSS, binary size
and compile time, as ratios to node measured in the same run. Writes bench/RESULTS.md.

usage: bench/run.py [--kiln target/release/kiln] [--runs 5] [names...]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.perf_counter() - start
    _, status, ru = os.wait4(p.pid, 0) if False else (None, p.returncode, None)
    return out, wall


def measure(cmd, cwd):
    """Runs cmd once, returning (stdout, wall seconds)."""
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return p.stdout, time.perf_counter() - start


def peak_rss_kib(cmd, cwd):
    """Peak RSS of one run, through GNU time: a child forked from this (large) Python process
    would report Python's own pages as its high-water mark."""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    return int(p.stderr.strip().splitlines()[-1])


def args_of(path):
    with open(path) as f:
        for line in f.readlines()[:5]:
            line = line.strip()
            if line.startswith("// args:"):
                return line[len("// args:"):].split()
    return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", default=os.path.join(ROOT, "..", "target", "release", "kiln"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    progs = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, "programs")) if f.endswith(".js"))
    if a.names:
        progs = [p for p in progs if p in a.names]
    tmp = tempfile.mkdtemp(prefix="kiln-bench-")
    rows = []
    for name in progs:
        src = os.path.join(ROOT, "programs", name + ".js")
        exe = os.path.join(tmp, name)
        t0 = time.perf_counter()
        c = subprocess.run([a.kiln, "compile", src, "-o", exe], capture_output=True, text=True)
        compile_s = time.perf_counter() - t0
        if c.returncode != 0:
            rows.append((name, "compile failed: " + c.stderr.strip().splitlines()[0][:80]))
            continue
        args = args_of(src)
        expected = open(os.path.join(ROOT, "programs", name + ".out"), "rb").read()
        kt, nt, kr, nr = [], [], [], []
        ok = True
        cwd = os.path.join(ROOT, "programs")
        for _ in range(a.runs):
            out, w = measure([exe] + args, cwd)
            ok = ok and out == expected
            kt.append(w)
            _, w = measure(["node", src] + args, cwd)
            nt.append(w)
        kr.append(peak_rss_kib([exe] + args, cwd))
        nr.append(peak_rss_kib(["node", src] + args, cwd))
        k, n = statistics.median(kt), statistics.median(nt)
        rows.append((name, ok, k, n, max(kr) / 1024, max(nr) / 1024, os.path.getsize(exe), compile_s))
    lines = ["# Benchmark results", "",
             f"Medians of {a.runs} runs, kiln binary and `node` alternating in the same run "
             f"({time.strftime('%Y-%m-%d')}, {os.uname().machine}, {os.cpu_count()} cores). "
             "Ratios are kiln / node; lower is better. Peak RSS is measured in a separate run under GNU "
             "time. Run with `python3 bench/run.py` after `cargo build --release`.", "",
             "| program | output ok | kiln time | node time | time ratio | kiln peak RSS | node peak RSS | RSS ratio | binary size | compile time |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if len(r) == 2:
            lines.append(f"| {r[0]} | {r[1]} | | | | | | | | |")
            continue
        name, ok, k, n, krss, nrss, size, cs = r
        lines.append(f"| {name} | {'yes' if ok else 'NO'} | {k*1000:.1f} ms | {n*1000:.1f} ms | {k/n:.2f} | "
                     f"{krss:.1f} MiB | {nrss:.1f} MiB | {krss/nrss:.2f} | {size/1024:.0f} KiB | {cs*1000:.0f} ms |")
    text = "\n".join(lines) + "\n"
    print(text)
    if not a.names:
        open(os.path.join(ROOT, "RESULTS.md"), "w").write(text)


if __name__ == "__main__":
    main()
