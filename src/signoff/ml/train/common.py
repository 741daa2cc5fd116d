"""Pieces every train script shares: data for a task, NB-weighted logistic regression, cross-validation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from signoff.ml.data import Split, has_split, load_split, tweeteval_dir

SEED = 13
CV_FOLDS = 5


@dataclass(frozen=True)
class TaskData:
    """`train` is None when the task has no train split (sentiment): then models are fit by CV on `val`."""

    task: str
    train: Split | None
    val: Split

    @property
    def fit_texts(self) -> list[str]:
        return self.train.texts if self.train else self.val.texts

    @property
    def trained_on(self) -> str:
        if self.train:
            n_tr, n_va = len(self.train.texts), len(self.val.texts)
            return f"train ({n_tr} texts); calibration and thresholds on val ({n_va})"
        return (
            f"val only ({len(self.val.texts)} texts, {CV_FOLDS}-fold cross-validation; no train split in "
            "../shared): calibration and thresholds on out-of-fold predictions"
        )


def subsample(split: Split, limit: int | None) -> Split:
    if limit is None or limit >= len(split.texts):
        return split
    rng = np.random.default_rng(SEED)
    keep = np.sort(rng.choice(len(split.texts), size=limit, replace=False))
    return Split(split.task, split.name, [split.texts[i] for i in keep], [split.labels[i] for i in keep])


def task_data(task: str, root: Path | None = None, limit: int | None = None) -> TaskData:
    root = root or tweeteval_dir()
    train = subsample(load_split(task, "train", root), limit) if has_split(task, "train", root) else None
    val = subsample(load_split(task, "val", root), limit)
    return TaskData(task, train, val)


def nb_ratios(
    X: sp.csr_matrix, positive: np.ndarray, negative: np.ndarray | None = None, alpha: float = 1.0
) -> np.ndarray:
    """Naive-Bayes log-count ratios of binarised features (Wang & Manning's NBSVM). `positive` is each
    row's weight as a positive example (a mask for hard labels), `negative` its weight as a negative one
    (default: the rest, 1 - positive)."""
    B = X.copy()
    B.data = np.ones_like(B.data)
    wp = np.asarray(positive, dtype=np.float64)
    wn = 1.0 - wp if negative is None else np.asarray(negative, dtype=np.float64)
    p = np.asarray(B.T @ wp).ravel() + alpha
    q = np.asarray(B.T @ wn).ravel() + alpha
    return np.log((p / p.sum()) / (q / q.sum()))


def fit_nb_logreg(X: sp.csr_matrix, y: np.ndarray, n_labels: int, C: float) -> tuple[np.ndarray, np.ndarray]:
    """NB-weighted logistic regression folded back into plain weights over X: (coef (d, k), intercept (k,)).
    Binary: k = 1 (score of label 1). Multiclass: one-vs-rest, k = n_labels."""
    return fit_nb_logreg_soft(X, np.eye(n_labels)[np.asarray(y)], np.ones(X.shape[0]), C)


def fit_nb_logreg_soft(
    X: sp.csr_matrix, targets: np.ndarray, weights: np.ndarray, C: float
) -> tuple[np.ndarray, np.ndarray]:
    """`fit_nb_logreg` on soft targets (n, k), each row a distribution over labels (one-hot for gold labels,
    a teacher's probabilities for distillation), with a weight per row. Each one-vs-rest fit sees a row as
    positive with weight w*p and negative with weight w*(1-p); positives and negatives are balanced to
    equal total weight, as class_weight="balanced" does for hard labels."""
    n_labels = targets.shape[1]
    classes = [1] if n_labels == 2 else list(range(n_labels))
    coefs, intercepts = [], []
    for c in classes:
        p = targets[:, c]
        wp, wn = weights * p, weights * (1.0 - p)
        keep_p, keep_n = np.flatnonzero(wp > 0), np.flatnonzero(wn > 0)
        total_p, total_n = wp.sum(), wn.sum()
        r = nb_ratios(X, wp, wn)
        Xr = X.multiply(r).tocsr()
        rows = np.concatenate([keep_p, keep_n])
        y = np.concatenate([np.ones(len(keep_p), int), np.zeros(len(keep_n), int)])
        half = (total_p + total_n) / 2
        sw = np.concatenate([wp[keep_p] * half / total_p, wn[keep_n] * half / total_n])
        lr = LogisticRegression(C=C, solver="liblinear", max_iter=1000)
        lr.fit(Xr[rows], y, sample_weight=sw)
        coefs.append(lr.coef_.ravel() * r)
        intercepts.append(lr.intercept_[0])
    return np.column_stack(coefs), np.asarray(intercepts)


def out_of_fold(
    n: int, y: np.ndarray, fit_predict: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> np.ndarray:
    """Stacks `fit_predict(train_idx, test_idx)` over stratified folds into one array in row order."""
    folds = StratifiedKFold(n_splits=CV_FOLDS, shuffle=True, random_state=SEED)
    parts: dict[int, np.ndarray] = {}
    for tr, te in folds.split(np.zeros(n), y):
        pred = fit_predict(tr, te)
        for i, row in zip(te, pred, strict=True):
            parts[int(i)] = row
    return np.vstack([parts[i] for i in range(n)])


def train_main(train: Callable[..., object], doc: str | None, argv: list[str] | None = None) -> int:
    """The command line every train script shares: tasks (default all), --out, --limit for smoke runs."""
    import argparse

    from signoff.ml.data import TASKS
    from signoff.ml.registry import ARTIFACT_DIR

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tasks", nargs="*", default=list(TASKS))
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    ap.add_argument("--limit", type=int, default=None, help="train on at most N texts per split (smoke runs)")
    args = ap.parse_args(argv)
    for task in args.tasks:
        train(task, args.out, limit=args.limit)
    return 0
