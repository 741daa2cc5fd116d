"""False alarms: how often preflight flags TweetEval tweets labelled not-offensive.

    .venv/bin/python benchmarks/false_alarms.py [--split val|test|both] [--show CODE] [--limit N]
    .venv/bin/python benchmarks/false_alarms.py --texts FILE [--as person|brand] [--show CODE]

Every not-offensive tweet (label 0) is checked as a person's post on X with no news; the script prints
the share that gets review or hold, overall and per check code, and the drafts per second of the batch.
Data comes from <repo>/../shared/data/tweeteval/offensive (override with SIGNOFF_SHARED_DIR).
`--texts` checks the posts of a file instead (one per line, '#' starts a comment), as `--as` accounts:
`benchmarks/data/ordinary_brand_posts.txt` holds 40 ordinary brand posts written as a probe.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import entry_points
from pathlib import Path

from signoff import Check, Context, Draft, Engine, Severity

REPO = Path(__file__).resolve().parents[1]
#: A fixed instant: the checks must not depend on the wall clock.
AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def shared_dir() -> Path:
    return Path(os.environ.get("SIGNOFF_SHARED_DIR", REPO.parent / "shared"))


def not_offensive(split: str) -> list[str]:
    base = shared_dir() / "data" / "tweeteval" / "offensive"
    texts = (base / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    labels = (base / f"{split}_labels.txt").read_text(encoding="utf-8").split()
    if len(texts) != len(labels):
        raise SystemExit(f"{split}: {len(texts)} texts but {len(labels)} labels in {base}")
    # Undo the data set's encoding, back to what the person typed: the API's HTML entities ("&amp;"), CSV
    # quote doubling ('""') and padding. Left in, they push valid 280-character tweets over X's limit.
    pairs = zip(texts, labels, strict=True)
    return [as_typed(t) for t, label in pairs if label.strip() == "0" and t.strip()]


def as_typed(text: str) -> str:
    return html.unescape(text).replace('""', '"').strip()


def loadable_checks() -> list[Check]:
    """Every registered check that imports; a plugin that is broken right now is reported and skipped."""
    checks: list[Check] = []
    for ep in entry_points(group="signoff.checks"):
        try:
            checks.append(ep.load()())
        except Exception as exc:  # another area's half-finished plugin must not stop the measurement
            print(f"warning: skipped {ep.name} ({ep.value}): {exc}", file=sys.stderr)
    return sorted(checks, key=lambda c: c.code)


def run(
    split: str, engine: Engine, show: str | None, limit: int, exclude: frozenset[str],
    texts: list[str] | None = None, kind: str = "person",
) -> None:
    texts = not_offensive(split) if texts is None else texts
    drafts = [Draft(text=t, account_kind=kind, platform="x") for t in texts]
    contexts = [Context(at=AT, account_kind=kind, platform="x") for _ in texts]
    started = time.perf_counter()
    verdicts = engine.check_many(drafts, contexts)
    elapsed = time.perf_counter() - started
    flagged = [v for v in verdicts if v.verdict != "pass"]
    held = [v for v in verdicts if v.verdict == "hold"]
    per_code: Counter[str] = Counter()
    for v in verdicts:
        per_code.update({f.code for f in v.findings if f.severity >= Severity.REVIEW})
    n = len(verdicts)
    what = "not-offensive tweets" if kind == "person" else f"{kind} posts"
    print(f"{split}: {n} {what}, review/hold {len(flagged)} ({len(flagged) / n:.2%}), "
          f"hold {len(held)} ({len(held) / n:.2%}); {n / elapsed:,.0f} drafts/s (with model scoring)")
    if exclude:
        rest = sum(1 for v in verdicts
                   if any(f.severity >= Severity.REVIEW and f.code not in exclude for f in v.findings))
        print(f"  without {', '.join(sorted(exclude))}: review/hold {rest} ({rest / n:.2%})")
    for code, count in sorted(per_code.items()):
        print(f"  {code}: {count} ({count / n:.2%})")
    if show:
        shown = 0
        for v in verdicts:
            hits = [f for f in v.findings if f.code == show and f.severity >= Severity.REVIEW]
            if hits and shown < limit:
                shown += 1
                print(f"    [{hits[0].severity.label}] {hits[0].message} || {v.text[:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--split", choices=["val", "test", "both"], default="val")
    parser.add_argument("--show", help="print the flagged tweets for this check code")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--exclude", action="append", default=[], help="also report the rate without CODE")
    parser.add_argument("--texts", type=Path, help="check the posts of this file (one per line) instead")
    parser.add_argument("--as", dest="kind", choices=["person", "brand"], default="person")
    args = parser.parse_args()
    engine = Engine(loadable_checks())
    if args.texts:
        lines = args.texts.read_text(encoding="utf-8").splitlines()
        posts = [t.strip() for t in lines if t.strip() and not t.lstrip().startswith("#")]
        run(args.texts.name, engine, args.show, args.limit, frozenset(args.exclude), posts, args.kind)
        return
    for split in (["val", "test"] if args.split == "both" else [args.split]):
        run(split, engine, args.show, args.limit, frozenset(args.exclude))


if __name__ == "__main__":
    main()
