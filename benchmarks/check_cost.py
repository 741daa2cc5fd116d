"""Cost of each preflight check per draft, on TweetEval tweets (no model scoring).

    .venv/bin/python benchmarks/check_cost.py [--repeat N]

Shared text work (normalisation, tokens, word lists) is cached per text and paid by the first check
that asks, so the per-check figures are measured with cold caches, in registry order, and the engine
figures show the whole preflight in batch and one draft at a time.
"""

from __future__ import annotations

import argparse
import time

from false_alarms import AT, loadable_checks, not_offensive

from signoff import Context, Draft, Engine
from signoff.preflight import text as shared_text
from signoff.preflight.checks import profanity


def clear_caches() -> None:
    for fn in (shared_text.normalise, shared_text.deleet, shared_text.spaced_words, shared_text.tokens,
               shared_text.words, profanity.find_profanity):
        fn.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per figure")
    args = parser.parse_args()
    texts = not_offensive("val") + not_offensive("test")
    drafts = [Draft(text=t) for t in texts]
    contexts = [Context(at=AT) for _ in texts]
    checks = loadable_checks()
    shared_text.word_ranks()  # one-off loads (wordsegment tables) are not per-draft cost
    shared_text.segment("warmup")
    for check in checks:
        for draft, ctx in zip(drafts[:20], contexts, strict=False):
            list(check.run(draft, ctx))
    total = 0.0
    for check in checks:
        best = float("inf")
        for _ in range(args.repeat):
            clear_caches()
            started = time.perf_counter()
            for draft, ctx in zip(drafts, contexts, strict=True):
                list(check.run(draft, ctx))
            best = min(best, time.perf_counter() - started)
        per = best / len(drafts) * 1e6
        total += per
        print(f"{check.code} {check.name:<20} {per:8.1f} us/draft (cold text caches)")
    print(f"sum of checks {total:8.1f} us/draft")
    engine = Engine(checks, models=False)
    best = float("inf")
    for _ in range(args.repeat):
        clear_caches()
        started = time.perf_counter()
        engine.check_many(drafts, contexts)
        best = min(best, time.perf_counter() - started)
    print(f"engine batch, no models: {len(drafts) / best:,.0f} drafts/s over {len(drafts)} drafts")
    clear_caches()
    latencies = []
    for draft, ctx in zip(drafts, contexts, strict=True):
        started = time.perf_counter()
        engine.check_many([draft], [ctx])
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[int(len(latencies) * 0.99)]
    print(f"engine single, no models: p50 {p50:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
