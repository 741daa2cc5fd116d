"""Choose `PREFLIGHT_THRESHOLDS` on TweetEval val: the least probability at which each preflight model
flags at most its share (`BUDGET`) of val tweets labelled not-offensive, and the recall that buys on
val tweets labelled offensive.

    python -m signoff.ml.train.preflight_thresholds [--tier fast]

Prints the thresholds to paste into `signoff/ml/preflight.py`. Test is never read.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from signoff.ml.data import POSITIVE_LABEL, load_split
from signoff.ml.preflight import PREFLIGHT_TASKS
from signoff.ml.registry import load_model

#: Share of benign val tweets each model's finding may flag. Offensive and hate raise REVIEW findings and
#: share the 5% preflight budget with the rule-based checks; irony raises INFO for people (REVIEW for brands).
BUDGET = {"offensive": 0.02, "hate": 0.01, "irony": 0.05}


def choose(tier: str = "fast") -> dict[str, float]:
    val = load_split("offensive", "val")
    y = np.asarray(val.labels)
    chosen = {}
    for task in PREFLIGHT_TASKS:
        model = load_model(task, tier)
        p = model.predict_proba(val.texts)[:, model.labels.index(POSITIVE_LABEL[task])]
        benign = np.sort(p[y == 0])
        # The smallest 0.01 step whose false-alarm share on benign tweets fits the budget.
        threshold = next(
            t for t in np.round(np.arange(0.50, 0.996, 0.01), 2) if np.mean(benign >= t) <= BUDGET[task]
        )
        chosen[task] = float(threshold)
        print(
            f"{task}: threshold {threshold:.2f}: flags {np.mean(p[y == 0] >= threshold):.2%} of "
            f"{int((y == 0).sum())} benign val tweets and {np.mean(p[y == 1] >= threshold):.2%} of "
            f"{int((y == 1).sum())} offensive ones"
        )
    return chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tier", default="fast")
    args = ap.parse_args(argv)
    print("PREFLIGHT_THRESHOLDS =", choose(args.tier))
    return 0


if __name__ == "__main__":
    sys.exit(main())
