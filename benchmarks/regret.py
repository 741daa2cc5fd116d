"""Generalization of preflight on the regret corpus (tests/data/regret/, guide in GUIDE.md there).

    .venv/bin/python benchmarks/regret.py [--json] [--misses] [--nested]

The corpus measures whether preflight recognises *kinds* of regret, not whether it remembers incidents, so its
learned part never sees the row it judges:
- the rule checks (every built-in check but SO701) run once per row: they are not trained on the corpus;
- SO701 (nearest past incidents) scores each row with a head fitted **without the row's incident**: 5 folds
  grouped by incident ("CV"), and, for **leave-one-category-out** ("LOCO"), a head fitted without any post of
  the row's category (its settings are the shipped index's, chosen by the same CV);
- SO701 reads every row with three words or more that is not a plain sourced report
  (`past_incidents.compared`, as the shipped check): it has
  no topic gate since it reads static vectors (`signoff.ml.static`);
- SO701's second, lexical head (`signoff.ml.lexical`) is fitted per fold the same way (CV by incident, LOCO by
  category) at the shipped C; its threshold is set on the fine rows' out-of-fold scores, as its training
  script sets it (so its own fine-row firing is 2 % by construction: the held-out rounds in the model card
  are its honest test);
- `--nested` also chooses SO701's setting inside each fold (the whole grid on the other folds' rows), so
  that choosing and measuring never share a fold (slow: the grid five times);
- a row is *caught* when the verdict is review or hold. The verdict with SO701 is the rules' verdict raised to
  review when SO701 fires (what the engine's default policy does).
Prints catch rate overall and per category (CV and LOCO), fine posts held and reviewed, and what the rules
alone give.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from signoff.ml.lexical import load_lexical  # noqa: E402
from signoff.ml.precedent import embedder  # noqa: E402
from signoff.ml.registry import artifact_dir  # noqa: E402
from signoff.ml.train.lexical import budget_threshold  # noqa: E402
from signoff.ml.train.lexical import held_out_scores as lexical_scores  # noqa: E402
from signoff.ml.train.lexical import negatives as lexical_negatives  # noqa: E402
from signoff.ml.train.precedent import (  # noqa: E402
    BACKGROUND,
    Setting,
    embed_extra,
    group_folds,
    held_out_fires,
    nested_fires,
)
from signoff.ml.train.regret_corpus import CorpusRow, load_corpus  # noqa: E402
from signoff.preflight.checks.past_incidents import compared  # noqa: E402
from signoff.preflight.engine import Engine, make_draft_and_context  # noqa: E402
from signoff.preflight.registry import load_checks  # noqa: E402

RANK = {"pass": 0, "review": 1, "hold": 2}


@dataclass
class Judged:
    row: CorpusRow
    rules: str  # verdict of the rule checks
    codes: tuple[str, ...]
    cv_fires: bool = False
    loco_fires: bool = False
    nested_fires: bool = False

    def verdict(self, fires: bool) -> str:
        return "review" if fires and self.rules == "pass" else self.rules


def run_rules(rows: list[CorpusRow]) -> list[Judged]:
    engine = Engine([c for c in load_checks() if c.code != "SO701"])
    pairs = [make_draft_and_context(r.text, **r.as_check_kwargs()) for r in rows]
    verdicts = engine.check_many([d for d, _ in pairs], [c for _, c in pairs])
    return [
        Judged(r, v.verdict, tuple(sorted({f.code for f in v.findings if f.severity >= 1})))
        for r, v in zip(rows, verdicts, strict=True)
    ]


def vote_precedent(judged: list[Judged], background: int, nested: bool = False) -> None:
    """Fill cv_fires and loco_fires with heads that never saw the judged row's incident / category."""
    from signoff.ml.precedent import load_index

    shipped = load_index(artifact_dir())
    if shipped is None:
        return
    setting = Setting(**shipped.meta["setting"])
    rows = [j.row for j in judged]
    embed = embedder(artifact_dir())
    vecs = embed([r.text for r in rows])
    extra = embed_extra(embed, background, rows)
    cv = held_out_fires(rows, vecs, extra, setting, group_folds(rows))
    # LOCO: each regretted category is held out whole, its synthetic training texts too; fine rows are
    # scored by the CV heads.
    cats = np.array([r.category if r.regrettable else "" for r in rows])
    loco = held_out_fires(rows, vecs, extra, setting, cats, by_category=True)
    # the lexical head, when one is shipped: fitted per fold too, at the shipped C, its threshold set on the
    # fine rows' out-of-fold scores as the training script sets it
    lexical = load_lexical(artifact_dir())
    if lexical is not None:
        neg = lexical_negatives(rows)
        c = float(lexical.header.get("meta", {}).get("C", 3.0))
        cv_scores = lexical_scores(rows, neg, c, group_folds(rows))
        threshold = budget_threshold(rows, cv_scores)
        loco_scores = lexical_scores(rows, neg, c, np.where(cats == "", "-fine-", cats))
        # a fine row's LOCO score comes from the head without the fine rows: use its CV score
        loco_scores = np.where(cats == "", cv_scores, loco_scores)
        cv = cv | (cv_scores >= threshold)
        loco = loco | (loco_scores >= threshold)
    for j, c, lo, cat in zip(judged, cv.tolist(), loco.tolist(), cats.tolist(), strict=True):
        words = compared(j.row.text)  # the shipped check's own guard
        j.cv_fires = c and words
        j.loco_fires = (lo if cat else c) and words
    if nested:
        for j, n in zip(judged, nested_fires(rows, vecs, extra).tolist(), strict=True):
            j.nested_fires = n and compared(j.row.text)


def summarize(judged: list[Judged]) -> dict[str, Any]:
    bad = [j for j in judged if j.row.regrettable]
    fine = [j for j in judged if not j.row.regrettable]

    def caught(js: list[Judged], mode: str) -> int:
        return sum(
            RANK[j.verdict(getattr(j, f"{mode}_fires") if mode != "rules" else False)] >= 1 for j in js
        )

    per_cat: dict[str, dict[str, Any]] = {}
    by_cat: dict[str, list[Judged]] = defaultdict(list)
    for j in bad:
        by_cat[j.row.category].append(j)
    for cat, js in sorted(by_cat.items()):
        per_cat[cat] = {
            "n": len(js),
            "incidents": len({j.row.incident for j in js}),
            "rules": caught(js, "rules"),
            "cv": caught(js, "cv"),
            "loco": caught(js, "loco"),
            "codes": dict(Counter(c for j in js for c in j.codes).most_common(4)),
        }
    fine_cat: dict[str, dict[str, int]] = {}
    for j in fine:
        cell = fine_cat.setdefault(j.row.category, {"n": 0, "reviewed": 0, "held": 0})
        v = j.verdict(j.cv_fires)
        cell["n"] += 1
        cell["reviewed"] += v == "review"
        cell["held"] += v == "hold"
    return {
        "regrettable": len(bad),
        "incidents": len({j.row.incident for j in bad}),
        "fine": len(fine),
        "caught": {m: caught(bad, m) for m in ("rules", "cv", "loco", "nested")},
        "fine_held": {
            m: sum(j.verdict(getattr(j, f"{m}_fires") if m != "rules" else False) == "hold" for j in fine)
            for m in ("rules", "cv")
        },
        "fine_reviewed": {
            m: sum(j.verdict(getattr(j, f"{m}_fires") if m != "rules" else False) == "review" for j in fine)
            for m in ("rules", "cv", "nested")
        },
        "per_category": per_cat,
        "fine_per_category": fine_cat,
    }


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} = {100 * k / n:.1f}%" if n else "0/0"


def print_summary(s: dict[str, Any], judged: list[Judged], misses: bool, nested: bool = False) -> None:
    n, f = s["regrettable"], s["fine"]
    print(f"regret corpus: {n} regrettable posts ({s['incidents']} incidents), {f} fine posts")
    print("regrettable -> review/hold:")
    print(f"  rules alone                        {_pct(s['caught']['rules'], n)}")
    print(f"  with SO701, CV grouped by incident {_pct(s['caught']['cv'], n)}")
    print(f"  with SO701, leave-one-category-out {_pct(s['caught']['loco'], n)}")
    if nested:
        print(f"  with SO701, nested CV              {_pct(s['caught']['nested'], n)} (chosen in-fold)")
    print(
        f"fine held:     rules {_pct(s['fine_held']['rules'], f)}   "
        f"with SO701 (CV) {_pct(s['fine_held']['cv'], f)}"
    )
    print(
        f"fine reviewed: rules {_pct(s['fine_reviewed']['rules'], f)}   "
        f"with SO701 (CV) {_pct(s['fine_reviewed']['cv'], f)}"
        + (f"   nested {_pct(s['fine_reviewed']['nested'], f)}" if nested else "")
    )
    print("\nper category (regrettable caught: rules | CV | LOCO; top codes):")
    for cat, c in s["per_category"].items():
        codes = ",".join(f"{k}:{v}" for k, v in c["codes"].items()) or "-"
        print(
            f"  {cat:22} n={c['n']:<3} {100 * c['rules'] / c['n']:5.1f}% | {100 * c['cv'] / c['n']:5.1f}% | "
            f"{100 * c['loco'] / c['n']:5.1f}%   {codes}"
        )
    print("\nfine per category (reviewed / held, CV):")
    for cat, c in sorted(s["fine_per_category"].items()):
        print(f"  {cat:22} n={c['n']:<3} reviewed {c['reviewed']:<3} held {c['held']}")
    if misses:
        print("\nmisses (CV) and fine posts flagged:")
        for j in judged:
            v = j.verdict(j.cv_fires)
            if (j.row.regrettable and v == "pass") or (not j.row.regrettable and v != "pass"):
                text = j.row.text.replace("\n", " ")[:90]
                print(f"  {j.row.label[:4]} {v:6} {j.row.category:20} {','.join(j.codes) or '-':14} {text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", action="store_true", help="list misses and flagged fine posts")
    ap.add_argument("--nested", action="store_true", help="also nested CV (slow)")
    ap.add_argument("--background", type=int, default=BACKGROUND)
    args = ap.parse_args(argv)
    rows = load_corpus()
    judged = run_rules(rows)
    vote_precedent(judged, args.background, args.nested)
    summary = summarize(judged)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_summary(summary, judged, args.misses, args.nested)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
