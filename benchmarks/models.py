"""Model throughput, latency and memory, per tier and task, on one CPU core.

    .venv/bin/python benchmarks/models.py [--tier fast|strong] [--task TASK ...] [--n 5000] [--repeat 3]
        [--json]

Each model runs in its own process pinned to one core (single-threaded BLAS/torch), so peak memory (max RSS)
is that model's alone; --repeat starts that many processes per model and prints the median of each figure
(a shared virtual machine's speed wanders by tens of percent from one run to the next). Texts are the task's
test tweets, repeated to --n. Figures:
  load_s       time to load the artifact
  cold/s       texts per second, one batch, per-token caches empty (first sight of every word)
  warm/s       texts per second, the same batch again (caches warm, as in a long-running process)
  p50/p99 ms   latency of one text classified alone (editor keystroke), over 1,000 calls
  peak MB      max RSS of the process
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def measure_one(task: str, tier: str, n: int) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from signoff.ml.data import load_split
    from signoff.ml.registry import classify, load_model

    texts = load_split(task, "test").texts
    batch = (texts * (n // len(texts) + 1))[:n]
    start = time.perf_counter()
    model = load_model(task, tier)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    classify(model, batch)
    cold = n / (time.perf_counter() - start)
    start = time.perf_counter()
    classify(model, batch)
    warm = n / (time.perf_counter() - start)
    lat = []
    for text in texts[:1000]:
        t0 = time.perf_counter()
        classify(model, [text])
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "task": task,
        "tier": tier,
        "n": n,
        "load_s": round(load_s, 3),
        "cold_per_s": round(cold),
        "warm_per_s": round(warm),
        "p50_ms": round(lat[len(lat) // 2], 3),
        "p99_ms": round(lat[int(len(lat) * 0.99) - 1], 3),
        "peak_mb": round(peak_mb, 1),
    }


def machine() -> str:
    """The CPU these figures come from: model name and the SIMD extensions int8 inference leans on."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return "unknown CPU"
    name = next((ln.split(":", 1)[1].strip() for ln in info.splitlines() if ln.startswith("model name")), "?")
    flags = set(next((ln.split(":", 1)[1].split() for ln in info.splitlines() if ln.startswith("flags")), []))
    simd = [f for f in ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8") if f in flags]
    return f"{name} ({', '.join(simd) or 'no AVX2'})"


FIGURES = ("load_s", "cold_per_s", "warm_per_s", "p50_ms", "p99_ms", "peak_mb")


def median_figures(runs: list[dict]) -> dict:
    """The median of each figure over runs of the same model."""
    import statistics

    med = {k: statistics.median(r[k] for r in runs) for k in FIGURES}
    return {k: round(v) if k.endswith("_per_s") else round(v, 3) for k, v in med.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tier", action="append", choices=["fast", "strong"])
    ap.add_argument("--task", action="append")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3, help="processes per model; figures are medians")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--one", nargs=2, metavar=("TASK", "TIER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one[0], args.one[1], args.n)))
        return 0
    from signoff.ml.registry import available

    rows = []
    for task, tier, _ in available():
        if (args.tier and tier not in args.tier) or (args.task and task not in args.task):
            continue
        runs = []
        for _ in range(max(1, args.repeat)):
            proc = subprocess.run(
                [sys.executable, __file__, "--one", task, tier, "--n", str(args.n)],
                capture_output=True,
                text=True,
                env={**os.environ, **SINGLE_THREAD_ENV},
                check=False,
            )
            if proc.returncode != 0:
                print(f"{task} {tier}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
                break
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if runs:
            rows.append({**runs[0], "runs": len(runs), **median_figures(runs), "cpu": machine()})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"CPU: {machine()}; one core; medians of {args.repeat} process(es) per model")
    heads = ("load_s", "cold/s", "warm/s", "p50 ms", "p99 ms", "peak MB")
    print(f"{'task':10} {'tier':6} " + " ".join(f"{h:>8}" for h in heads))
    for r in rows:
        print(
            f"{r['task']:10} {r['tier']:6} {r['load_s']:8.3f} {r['cold_per_s']:8.0f} {r['warm_per_s']:8.0f} "
            f"{r['p50_ms']:8.3f} {r['p99_ms']:8.3f} {r['peak_mb']:8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
