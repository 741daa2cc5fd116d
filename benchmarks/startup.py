"""Start-up time of the `signoff` command next to a bare interpreter, in one run.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--core N]

Each command is run --runs times as a fresh process (one untimed warm-up run each, so the file cache is
warm for all of them); the median wall time is reported with its ratio to `python -c pass`. Commands:

- `python -c pass`: the interpreter alone (the floor).
- `signoff --help`: the root help, every command listed.
- `signoff drafts list`: a database command against a fresh `signoff init`-ed temporary data directory.
- `signoff check TEXT`: one draft through preflight (checks and models load).

Targets (issue 10): `--help` <= 0.5 s and `drafts list` <= 0.8 s. Timings depend on the CPU (named in the
output) and on what else runs on it; compare figures from the same run only.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TARGETS_S = {"signoff --help": 0.5, "signoff drafts list": 0.8}


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def signoff_exe() -> str:
    exe = Path(sys.executable).parent / "signoff"
    if not exe.is_file():
        sys.exit(f"the `signoff` command is not installed beside {sys.executable}; run: pip install -e .")
    return str(exe)


def wall(cmd: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    return took


def measure(cmd: Sequence[str], env: dict[str, str], runs: int) -> list[float]:
    wall(cmd, env)  # warm-up: page cache, .pyc files
    return [wall(cmd, env) for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command (median is reported)")
    parser.add_argument("--core", type=int, default=None, help="pin to this CPU core (default: no pinning)")
    args = parser.parse_args(argv)
    if args.core is not None:
        os.sched_setaffinity(0, {args.core})
    exe = signoff_exe()
    with tempfile.TemporaryDirectory(prefix="signoff-startup-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNOFF_")}
        env["SIGNOFF_DATA_DIR"] = str(Path(tmp) / "data")
        subprocess.run([exe, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        commands: dict[str, list[str]] = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "signoff --help": [exe, "--help"],
            "signoff drafts list": [exe, "drafts", "list"],
            "signoff check TEXT": [exe, "check", "Lovely morning for a run along the river."],
        }
        results = {label: measure(cmd, env, args.runs) for label, cmd in commands.items()}
    base = statistics.median(results["python -c pass"])
    pinned = f"pinned to core {args.core}" if args.core is not None else "not pinned"
    print(f"CPU: {cpu_name()} ({os.cpu_count()} logical cores, {pinned}); python {sys.version.split()[0]}; "
          f"median of {args.runs} runs")
    for label, times in results.items():
        med = statistics.median(times)
        target = TARGETS_S.get(label)
        note = f"  target <= {target:g} s: {'met' if med <= target else 'MISSED'}" if target else ""
        print(f"{label:22} {med:6.3f} s  (min {min(times):.3f}, max {max(times):.3f})  "
              f"{med / base:5.1f}x python{note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
