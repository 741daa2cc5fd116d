"""Scores of a model on a TweetEval split: TweetEval's metric, per-class figures and throughput."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from signoff.ml.calibration import metric
from signoff.ml.data import METRIC, load_split
from signoff.ml.registry import TextClassifier


@dataclass(frozen=True)
class Evaluation:
    task: str
    split: str
    n: int
    metric: str
    score: float
    macro_f1: float
    per_class: dict[str, dict[str, float]]
    texts_per_s: float
    texts_per_s_cold: float

    def to_dict(self) -> dict:
        return {
            "task": self.task,
            "split": self.split,
            "n": self.n,
            "metric": self.metric,
            "score": round(self.score, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_class": self.per_class,
            "texts_per_s": round(self.texts_per_s, 1),
            "texts_per_s_cold": round(self.texts_per_s_cold, 1),
        }


def evaluate(model: TextClassifier, split: str = "val", root: Path | None = None) -> Evaluation:
    """Scores `model` on `split`. Throughput: the whole split as one batch, first with the per-token caches
    cold (`texts_per_s_cold`), then again with them warm (`texts_per_s`)."""
    data = load_split(model.task, split, root)
    model.predict_proba(data.texts[:1])
    start = time.perf_counter()
    probs = model.predict_proba(data.texts)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    model.predict_proba(data.texts)
    elapsed = time.perf_counter() - start
    pred = model.rule.decide(probs)
    y = np.asarray(data.labels)
    k = len(model.labels)
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=list(range(k)), zero_division=0)
    per_class = {
        name: {
            "precision": round(float(p[i]), 4),
            "recall": round(float(r[i]), 4),
            "f1": round(float(f[i]), 4),
            "support": int(s[i]),
        }
        for i, name in enumerate(model.labels)
    }
    return Evaluation(
        task=model.task,
        split=split,
        n=len(y),
        metric=METRIC[model.task],
        score=metric(METRIC[model.task], y, pred, k),
        macro_f1=metric("macro_f1", y, pred, k),
        per_class=per_class,
        texts_per_s=len(y) / max(elapsed, 1e-9),
        texts_per_s_cold=len(y) / max(cold, 1e-9),
    )
