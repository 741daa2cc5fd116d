"""Train the strong tier: stacked word and character n-gram models plus dense tone features.

    python -m signoff.ml.train.strong [TASK ...] [--out DIR] [--limit N]

The word model reuses the settings the fast tier chose on val (read from `<out>/<task>.fast.npz`). The
stacker learns from 5-fold out-of-fold base scores on train (on val for sentiment, which has no train
split); calibration and the decision rule are fit on val (on out-of-fold stacker scores for sentiment).
Test is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

from signoff.ml.calibration import Calibration, DecisionRule, metric
from signoff.ml.data import METRIC, label_names
from signoff.ml.features import HashedFeaturizer
from signoff.ml.linear import LinearTextModel
from signoff.ml.registry import ARTIFACT_DIR, artifact_path
from signoff.ml.strong import StrongModel, char_matrix, dense_features
from signoff.ml.train.common import SEED, fit_nb_logreg, out_of_fold, task_data, train_main

CHARS_C = 10.0
STACK_C = 1.0


def _fit_chars(X, y: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    lr = LogisticRegression(C=CHARS_C, solver="liblinear", class_weight="balanced", max_iter=1000)
    if k == 2:
        lr.fit(X, y)
        return lr.coef_.T.copy(), lr.intercept_.copy()
    coefs, intercepts = [], []
    for c in range(k):  # one-vs-rest, like the word model
        lr.fit(X, (y == c).astype(int))
        coefs.append(lr.coef_.ravel().copy())
        intercepts.append(lr.intercept_[0])
    return np.column_stack(coefs), np.asarray(intercepts)


def _fast_settings(task: str, out_dir: Path) -> tuple[float, float]:
    path = artifact_path(task, "fast", out_dir)
    if not path.is_file():
        return 3.0, 1.0
    fast = LinearTextModel.load(path)
    chosen = dict(part.split("=") for part in fast.meta.get("chosen", "C=3, lexicon_scale=1").split(", "))
    return float(chosen["C"]), float(chosen["lexicon_scale"])


def train_strong(
    task: str, out_dir: Path = ARTIFACT_DIR, *, root: Path | None = None, limit: int | None = None, log=print
) -> StrongModel:
    """Fit, calibrate and save `<out_dir>/<task>.strong.npz`; returns the saved model."""
    data = task_data(task, root, limit)
    labels = label_names(task, root)
    k, metric_name = len(labels), METRIC[task]
    C, scale = _fast_settings(task, out_dir)
    fz = HashedFeaturizer(lexicon_scale=scale)
    fit_split = data.train or data.val
    texts, y = fit_split.texts, np.asarray(fit_split.labels)
    Xw, Xc, D = fz.transform(texts), char_matrix(texts), dense_features(texts)

    def base_fit_predict(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        wc, wb = fit_nb_logreg(Xw[tr], y[tr], k, C)
        cc, cb = _fit_chars(Xc[tr], y[tr], k)
        wq, cq = LinearTextModel.quantize(wc), LinearTextModel.quantize(cc)
        return np.hstack([np.asarray(Xw[te] @ wq) + wb, np.asarray(Xc[te] @ cq) + cb, D[te]])

    oof = out_of_fold(len(y), y, base_fit_predict)
    log(f"{task} strong: out-of-fold base scores on {len(y)} {fit_split.name} texts")
    mean, std = oof.mean(axis=0), oof.std(axis=0) + 1e-6
    stacker = LogisticRegression(C=STACK_C, class_weight="balanced", max_iter=2000)
    stacker.fit((oof - mean) / std, y)
    stack_coef = stacker.coef_.T if k > 2 else np.hstack([-stacker.coef_.T / 2, stacker.coef_.T / 2])
    stack_b = (
        stacker.intercept_ if k > 2 else np.array([-stacker.intercept_[0] / 2, stacker.intercept_[0] / 2])
    )
    wc, wb = fit_nb_logreg(Xw, y, k, C)
    cc, cb = _fit_chars(Xc, y, k)
    words = LinearTextModel(task, labels, fz, LinearTextModel.quantize(wc), wb, Calibration.identity(k))
    model = StrongModel(
        task=task,
        labels=labels,
        words=words,
        chars_coef=LinearTextModel.quantize(cc),
        chars_intercept=cb,
        stack_coef=stack_coef,
        stack_intercept=stack_b,
        stack_mean=mean,
        stack_scale=std,
        calibration=Calibration.identity(k),
    )
    if data.train is not None:
        held_scores, held_y = model.decision(data.val.texts), np.asarray(data.val.labels)
        where = "val"
    else:  # sentiment: the stacker's own out-of-fold scores on val
        held_y = y
        held_scores = cross_val_predict(
            LogisticRegression(C=STACK_C, class_weight="balanced", max_iter=2000),
            (oof - mean) / std,
            y,
            cv=5,
            method="decision_function",
        )
        held_scores = held_scores[:, None] if held_scores.ndim == 1 else held_scores
        where = f"{len(y)}-text CV on val"
    model.calibration = Calibration.fit(held_scores, held_y)
    probs = model.calibration.probabilities(held_scores)
    model.rule = DecisionRule.choose(probs, held_y, metric_name)
    score = metric(metric_name, held_y, model.rule.decide(probs), k)
    model.meta = {
        "tier": "strong",
        "method": "stacked ensemble: NB-weighted LR on hashed word/char-in-word n-grams + lexicon, LR on "
        "hashed char 2-6-grams across words, VADER scores and style counts; multinomial LR stacker",
        "chosen": f"word model C={C:g}, lexicon_scale={scale:g} (from the fast tier); chars C={CHARS_C:g}; "
        f"stacker C={STACK_C:g}",
        "trained_on": data.trained_on + "; stacker on 5-fold out-of-fold base scores",
        "val": f"{where} {metric_name} {score:.4f}",
        "metric": metric_name,
        "seed": SEED,
    }
    path = artifact_path(task, "strong", out_dir)
    model.save(path)
    log(f"{task} strong: {model.meta['val']}, saved {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return model


def main(argv: list[str] | None = None) -> int:
    return train_main(train_strong, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
