"""Catch rate of preflight on the labelled development set (tests/data/devset.jsonl).

    .venv/bin/python benchmarks/devset.py [--file tests/data/devset.jsonl] [--all]

Every line goes through `signoff.check` with its own time, account kind, platform and news. A regrettable
post is *caught* when the verdict is review or hold; a fine post must never be held (review is allowed,
and counted as "flagged"). Prints the figures, then a table of misses and false holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FILE = REPO / "tests" / "data" / "devset.jsonl"
LABELS = ("regrettable", "fine")


@dataclass(frozen=True)
class Outcome:
    row: dict[str, Any]
    verdict: str
    codes: tuple[str, ...]

    @property
    def caught(self) -> bool:
        return self.verdict in ("review", "hold")


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def of(self, label: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.row["label"] == label]

    @property
    def catch_rate(self) -> float:
        bad = self.of("regrettable")
        return sum(o.caught for o in bad) / len(bad) if bad else 0.0

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.of("regrettable") if not o.caught]

    @property
    def fine_held(self) -> list[Outcome]:
        return [o for o in self.of("fine") if o.verdict == "hold"]

    @property
    def fine_flagged_rate(self) -> float:
        fine = self.of("fine")
        return sum(o.caught for o in fine) / len(fine) if fine else 0.0

    def by_category(self, label: str) -> dict[str, tuple[int, int]]:
        """category -> (flagged, total) for one label."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.of(label):
            cell = out[o.row["category"]]
            cell[0] += o.caught
            cell[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The development set's rows; raises ValueError naming the line when one is malformed."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
        if row.get("label") not in LABELS:
            raise ValueError(f"{path}:{lineno}: label must be one of {LABELS}, got {row.get('label')!r}")
        rows.append(row)
    return rows


def evaluate(rows: list[dict[str, Any]]) -> Report:
    import signoff

    report = Report()
    for row in rows:
        try:
            verdict = signoff.check(
                row["text"],
                account_kind=row.get("account_kind", "person"),
                platform=row.get("platform", "x"),
                at=row["at"],
                news=row.get("news") or None,
            )
        except signoff.SignoffError as exc:
            raise ValueError(f"devset row {row.get('id')!r} was refused: {exc}") from exc
        report.outcomes.append(Outcome(row=row, verdict=verdict.verdict, codes=tuple(verdict.codes)))
    return report


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def print_report(report: Report, *, show_all: bool = False, out: Any = sys.stdout) -> None:
    bad, fine = report.of("regrettable"), report.of("fine")
    total = len(report.outcomes)
    print(f"development set: {total} posts ({len(bad)} regrettable, {len(fine)} fine)", file=out)
    caught = len(bad) - len(report.misses)
    rate = _pct(report.catch_rate)
    print(f"catch rate (regrettable -> review/hold): {caught}/{len(bad)} = {rate}", file=out)
    held = sum(o.verdict == "hold" for o in bad)
    print(f"regrettable held: {held}/{len(bad)}", file=out)
    print(f"fine held: {len(report.fine_held)}/{len(fine)}", file=out)
    flagged = sum(o.caught for o in fine)
    print(f"fine flagged (review/hold): {flagged}/{len(fine)} = {_pct(report.fine_flagged_rate)}", file=out)
    for label in LABELS:
        print(f"\nper category ({label}, flagged/total):", file=out)
        for cat, (k, n) in report.by_category(label).items():
            print(f"  {cat:22} {k:3}/{n:<3} {_pct(k / n):>6}", file=out)
    rows = report.misses + report.fine_held
    if show_all:
        rows = report.outcomes
    title = "all posts" if show_all else "misses and false holds"
    print(f"\n{title}:", file=out)
    if not rows:
        print("  none", file=out)
    for o in rows:
        text = o.row["text"].replace("\n", " ")
        text = text if len(text) <= 70 else text[:67] + "..."
        print(f"  {o.row['id']:34} {o.row['label']:11} {o.verdict:6} {','.join(o.codes) or '-':18} {text}",
              file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="JSON-lines development set")
    parser.add_argument("--all", action="store_true", help="list every post, not only misses and false holds")
    args = parser.parse_args(argv)
    report = evaluate(load_rows(args.file))
    try:
        print_report(report, show_all=args.all)
    except BrokenPipeError:  # piped into `head`: the reader has what it wanted
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
