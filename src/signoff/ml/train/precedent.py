"""Build the nearest-past-incidents index (`signoff.ml.precedent`, finding SO701) from the regret corpus.

    python -m signoff.ml.train.precedent [--out DIR] [--background N]

1. Embeds every corpus row (tests/data/regret/*.jsonl) and N ordinary tweets (TweetEval offensive *train*,
   labelled not-offensive) with the shipped encoder.
2. Chooses `k`, `min_share` and `min_similarity` on cross-validation folds grouped by incident: each fold's
   rows are voted on by an index built without that fold's incidents. The choice maximizes the regretted rows
   caught out of fold, subject to at most `MAX_FINE_FIRE` of the corpus's fine posts (out of fold) and at most
   `MAX_BENIGN_FIRE` of TweetEval offensive *val* not-offensive tweets firing. Test is never read.
3. Saves the index over every row with the chosen settings, and the figures in its header.
"""

from __future__ import annotations

import argparse
import itertools
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from signoff.ml.data import load_split
from signoff.ml.precedent import ARTIFACT, Embedder, Incident, PrecedentIndex
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.train.regret_corpus import CorpusRow, load_corpus

SEED = 13
FOLDS = 5
BACKGROUND = 2000
#: Budgets for SO701 alone (it is one check among many: the whole preflight must stay under 15 % of fine
#: posts reviewed and 5 % of benign tweets flagged).
MAX_FINE_FIRE = 0.06
MAX_BENIGN_FIRE = 0.01
GRID_K = (5, 7, 11)
GRID_SHARE = (0.5, 0.6, 0.7, 0.8)
GRID_SIM = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


@dataclass(frozen=True)
class Setting:
    k: int
    min_share: float
    min_similarity: float


def background_texts(n: int, split: str = "train") -> list[str]:
    data = load_split("offensive", split)
    benign = [t for t, y in zip(data.texts, data.labels, strict=True) if y == 0]
    random.Random(SEED).shuffle(benign)
    return benign[:n]


def incident_of(row: CorpusRow) -> Incident | None:
    if not row.regrettable:
        return None
    return Incident(row.id, row.year, row.category, row.what_happened, row.source_url, row.account)


def build_index(
    rows: list[CorpusRow], row_vecs: np.ndarray, bg_vecs: np.ndarray, s: Setting
) -> PrecedentIndex:
    return PrecedentIndex(
        vectors=np.vstack([row_vecs, bg_vecs]).astype(np.float32),
        regrettable=np.array([r.regrettable for r in rows] + [False] * len(bg_vecs)),
        incidents=[incident_of(r) for r in rows] + [None] * len(bg_vecs),
        k=s.k,
        min_share=s.min_share,
        min_similarity=s.min_similarity,
    )


def group_folds(rows: list[CorpusRow], folds: int = FOLDS) -> np.ndarray:
    """Fold number of each row; every row of one incident in the same fold."""
    incidents = sorted({r.incident for r in rows})
    random.Random(SEED).shuffle(incidents)
    fold_of = {inc: i % folds for i, inc in enumerate(incidents)}
    return np.array([fold_of[r.incident] for r in rows])


def out_of_fold_fires(
    rows: list[CorpusRow], vecs: np.ndarray, bg: np.ndarray, s: Setting, fold: np.ndarray
) -> np.ndarray:
    """Whether SO701 fires on each row, voted on by an index without the row's fold."""
    fires = np.zeros(len(rows), dtype=bool)
    full = build_index(rows, vecs, bg, s)
    n_bg = len(bg)
    for f in np.unique(fold):
        keep = np.concatenate([fold != f, np.ones(n_bg, dtype=bool)])
        idx = full.without(keep)
        test = np.flatnonzero(fold == f)
        fires[test] = [idx.fires(p) for p in idx.vote(vecs[test], show=1)]
    return fires


def choose(rows: list[CorpusRow], vecs: np.ndarray, bg: np.ndarray, val: np.ndarray) -> tuple[Setting, dict]:
    fold = group_folds(rows)
    regret = np.array([r.regrettable for r in rows])
    best: tuple[float, Setting, dict] | None = None
    for k, share, sim in itertools.product(GRID_K, GRID_SHARE, GRID_SIM):
        s = Setting(k, share, sim)
        fires = out_of_fold_fires(rows, vecs, bg, s, fold)
        caught = float(fires[regret].mean()) if regret.any() else 0.0
        fine_fire = float(fires[~regret].mean()) if (~regret).any() else 0.0
        idx = build_index(rows, vecs, bg, s)
        benign_fire = float(np.mean([idx.fires(p) for p in idx.vote(val, show=1)]))
        figures = {"cv_caught": caught, "cv_fine_fire": fine_fire, "val_benign_fire": benign_fire}
        if fine_fire > MAX_FINE_FIRE or benign_fire > MAX_BENIGN_FIRE:
            continue
        if best is None or caught > best[0]:
            best = (caught, s, figures)
    if best is None:
        raise SystemExit("no setting meets the fine/benign budgets; widen the grid")
    return best[1], best[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    ap.add_argument("--background", type=int, default=BACKGROUND)
    args = ap.parse_args(argv)
    rows = load_corpus()
    embed = Embedder(ARTIFACT_DIR)
    vecs = embed([r.text for r in rows])
    bg = embed(background_texts(args.background))
    val_texts = background_texts(10_000, split="val")
    val = embed(val_texts)
    setting, figures = choose(rows, vecs, bg, val)
    index = build_index(rows, vecs, bg, setting)
    index.meta = {
        "rows": len(rows),
        "regrettable": int(sum(r.regrettable for r in rows)),
        "background": len(bg),
        "val_benign": len(val_texts),
        **{k: round(v, 4) for k, v in figures.items()},
    }
    index.save(args.out / ARTIFACT)
    print(f"SO701 index: {setting} {index.meta} -> {args.out / ARTIFACT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
