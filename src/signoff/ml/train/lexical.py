"""Train SO701's lexical head (`signoff.ml.lexical`): hashed word and character n-grams, one logistic
regression.

    python -m signoff.ml.train.lexical [--out DIR]

Data, as for the first head (`signoff.ml.train.precedent`): the regret corpus (tests/data/regret), ordinary
tweets (TweetEval offensive *train*, not-offensive), official posts of half the voices accounts and the
synthetic fine texts of `augment/regret_augment.jsonl` (training only) as negatives. Unverified claims and
tone-deaf posts are left out of training: their regret lies in the news of the moment, not in their words
(they are still scored). The threshold is set on the corpus's fine posts scored **out of fold** (5 folds
grouped by incident, each head fitted without the rows it scores), so that `FINE_BUDGET` of them fire; `C` is
the one of `GRID_C` that catches most regretted posts out of fold at that threshold. TweetEval val and the
held-out voices accounts are only reported. Test is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from signoff.ml.lexical import ARTIFACT, LexicalHead
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.train.precedent import (
    AUGMENT,
    BACKGROUND,
    CONTEXT_ONLY,
    VOICES,
    background_texts,
    group_folds,
    voices_split,
)
from signoff.ml.train.regret_corpus import CorpusRow, load_corpus

N_FEATURES = 2**18
HEADER = {"n_features": N_FEATURES, "word_ngrams": [1, 2], "char_ngrams": [2, 5]}
GRID_C = (1.0, 3.0)
#: Weight of an ordinary tweet or official post against one corpus row.
BACKGROUND_WEIGHT = 0.5
#: Weight of a synthetic fine text (ordinary launches, greetings, service replies, condolences written from
#: the guide, never from corpus rows; training only). Without them the head fired on "Happy Friday! What are
#: your weekend plans?" and "Game day! Let's go team!" (the corpus's regretted cheer is mostly cheer on a
#: tragic day); at weight 1 on both, at 3 on the second only, and held out on rounds 12-13 it caught 11
#: regretted posts the rest missed (8 without them) for 2 fine ones (1).
AUGMENT_FINE_WEIGHT = 3.0
#: Share of the corpus's fine posts (scored out of fold) that may fire.
FINE_BUDGET = 0.02


@dataclass(frozen=True)
class Negatives:
    """Training negatives besides the corpus: ordinary tweets, official posts and the synthetic fine texts,
    with their weights."""

    texts: list[str]
    weights: list[float]


def negatives(rows: list[CorpusRow]) -> Negatives:
    voices_train, _ = voices_split(rows)
    ordinary = background_texts(BACKGROUND) + voices_train[:VOICES]
    fine = [r["text"] for r in (json.loads(line) for line in AUGMENT.read_text(encoding="utf-8").splitlines()
                                if line.strip()) if r["label"] == "fine"]
    return Negatives(ordinary + fine,
                     [BACKGROUND_WEIGHT] * len(ordinary) + [AUGMENT_FINE_WEIGHT] * len(fine))


def _trainable(row: CorpusRow) -> bool:
    return not (row.regrettable and row.category in CONTEXT_ONLY)


def fit_head(rows: list[CorpusRow], neg: Negatives, c: float) -> LexicalHead:
    """A head fitted on `rows` (context-only regretted rows left out) and the negatives; threshold 1.0
    (never fires) until one is set."""
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    head = LexicalHead(HEADER, np.zeros(2 * N_FEATURES, dtype=np.float32), threshold=1.0, intercept=0.0)
    train = [r for r in rows if _trainable(r)]
    x = vstack([head.features([r.text for r in train]), head.features(neg.texts)]).tocsr()
    y = np.concatenate([[1.0 if r.regrettable else 0.0 for r in train], np.zeros(len(neg.texts))])
    w = np.concatenate([np.ones(len(train)), np.asarray(neg.weights, dtype=np.float64)])
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(x, y, sample_weight=w)
    return LexicalHead(
        HEADER, model.coef_[0].astype(np.float32), threshold=1.0, intercept=float(model.intercept_[0])
    )


def held_out_scores(rows: list[CorpusRow], neg: Negatives, c: float, groups: np.ndarray) -> np.ndarray:
    """P(regretted) of each row from a head fitted without the row's group."""
    scores = np.zeros(len(rows))
    for g in np.unique(groups):
        test = np.flatnonzero(groups == g)
        head = fit_head([r for r, gr in zip(rows, groups, strict=True) if gr != g], neg, c)
        scores[test] = head.probability([rows[i].text for i in test])
    return scores


def budget_threshold(rows: list[CorpusRow], scores: np.ndarray, budget: float = FINE_BUDGET) -> float:
    """The score from which `budget` of the fine rows fire."""
    fine = scores[[not r.regrettable for r in rows]]
    return float(np.quantile(fine, 1.0 - budget))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    args = ap.parse_args(argv)
    from signoff.ml.data import load_split

    rows = load_corpus()
    neg = negatives(rows)
    folds = group_folds(rows)
    regretted = np.array([r.regrettable for r in rows])
    best: tuple[float, float, float] | None = None
    for c in GRID_C:
        scores = held_out_scores(rows, neg, c, folds)
        threshold = budget_threshold(rows, scores)
        caught = float(np.mean(scores[regretted] >= threshold))
        print(
            f"C={c}: threshold {threshold:.3f}, regretted firing out of fold {caught:.3f} "
            f"(fine {np.mean(scores[~regretted] >= threshold):.3f})"
        )
        if best is None or caught > best[1]:
            best = (c, caught, threshold)
    assert best is not None
    c, caught, threshold = best
    head = fit_head(rows, neg, c)
    head = LexicalHead(
        {
            **head.header,
            "meta": {"C": c, "fine_budget": FINE_BUDGET, "rows": len(rows), "cv_caught": round(caught, 4)},
        },
        head.coef,
        threshold=threshold,
        intercept=head.intercept,
    )
    val = load_split("offensive", "val")
    benign = [t for t, y in zip(val.texts, val.labels, strict=True) if y == 0]
    _, voices_held = voices_split(rows)
    print(
        f"shipped C={c}, threshold {threshold:.3f}: TweetEval val not-offensive firing "
        f"{np.mean(head.probability(benign) >= threshold):.4f}, held-out voices accounts "
        f"{np.mean(head.probability(voices_held) >= threshold):.4f}"
    )
    out = args.out / ARTIFACT
    head.save(out)
    print(f"-> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
