"""Train the fast tier: NB-weighted logistic regression on hashed word/char n-grams and VADER lexicon valence.

    python -m signoff.ml.train.fast [TASK ...] [--out DIR] [--limit N]

C is chosen on val (on cross-validation folds of val for sentiment), then temperature/bias calibration and
the decision threshold are fit on val predictions of the final model. Test is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from signoff.ml.calibration import Calibration, DecisionRule, metric
from signoff.ml.data import METRIC, label_names
from signoff.ml.features import HashedFeaturizer
from signoff.ml.linear import LinearTextModel
from signoff.ml.registry import ARTIFACT_DIR, artifact_path
from signoff.ml.train.common import TaskData, fit_nb_logreg, out_of_fold, task_data, train_main

C_GRID = (1.0, 3.0, 10.0, 30.0)
SCALE_GRID = (1.0, 5.0, 15.0, 40.0)


def _fit_setting(
    data: TaskData, labels: list[str], C: float, scale: float
) -> tuple[float, LinearTextModel, Calibration, DecisionRule]:
    """Score one (C, lexicon scale) setting on val; return the model fit for that setting."""
    k, metric_name, task = len(labels), METRIC[data.task], data.task
    fz = HashedFeaturizer(lexicon_scale=scale)
    X_val, y_val = fz.transform(data.val.texts), np.asarray(data.val.labels)

    def build(coef: np.ndarray, intercept: np.ndarray) -> LinearTextModel:
        return LinearTextModel(
            task, labels, fz, LinearTextModel.quantize(coef), intercept, Calibration.identity(k)
        )

    if data.train is not None:
        X_tr, y_tr = fz.transform(data.train.texts), np.asarray(data.train.labels)
        model = build(*fit_nb_logreg(X_tr, y_tr, k, C))
        scores = model.decision_from_matrix(X_val)
    else:  # no train split: out-of-fold predictions on val stand in for held-out scores

        def fit_predict(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
            coef, b = fit_nb_logreg(X_val[tr], y_val[tr], k, C)
            return np.asarray(X_val[te] @ LinearTextModel.quantize(coef)) + b

        scores = out_of_fold(len(y_val), y_val, fit_predict)
        model = build(*fit_nb_logreg(X_val, y_val, k, C))
    cal = Calibration.fit(scores, y_val)
    probs = cal.probabilities(scores)
    rule = DecisionRule.choose(probs, y_val, metric_name)
    return metric(metric_name, y_val, rule.decide(probs), k), model, cal, rule


def train_fast(
    task: str,
    out_dir: Path = ARTIFACT_DIR,
    *,
    root: Path | None = None,
    limit: int | None = None,
    c_grid: tuple[float, ...] = C_GRID,
    scale_grid: tuple[float, ...] = SCALE_GRID,
    log=print,
) -> LinearTextModel:
    """Fit, calibrate and save `<out_dir>/<task>.fast.npz`; returns the saved model.

    Settings are chosen by coordinate search on val: the lexicon scale at the middle C, then C."""
    data = task_data(task, root, limit)
    labels = label_names(task, root)
    metric_name = METRIC[task]
    where = "val" if data.train is not None else f"{len(data.val.texts)}-text CV on val"
    tried: dict[tuple[float, float], tuple] = {}

    def run(C: float, scale: float) -> tuple:
        if (C, scale) not in tried:
            tried[(C, scale)] = _fit_setting(data, labels, C, scale)
            score = tried[(C, scale)][0]
            log(f"{task} fast C={C:g} lexicon_scale={scale:g}: {where} {metric_name} {score:.4f}")
        return tried[(C, scale)]

    mid_c = c_grid[len(c_grid) // 2]
    best_scale = max(scale_grid, key=lambda s: run(mid_c, s)[0])
    best_c = max(c_grid, key=lambda c: run(c, best_scale)[0])
    score, model, cal, rule = run(best_c, best_scale)
    val_note = f"{where} {metric_name} {score:.4f}"
    model.calibration, model.rule = cal, rule
    model.meta = {
        "tier": "fast",
        "method": "NB-weighted logistic regression (liblinear, balanced), hashed "
        "word 1-2-grams + char 2-5-grams in words + VADER lexicon valence",
        "chosen": f"C={best_c:g}, lexicon_scale={best_scale:g}",
        "trained_on": data.trained_on,
        "val": val_note,
        "metric": metric_name,
    }
    model.vocabulary = LinearTextModel.frequent_tokens(data.fit_texts)
    path = artifact_path(task, "fast", out_dir)
    model.save(path)
    log(f"{task} fast: {model.meta['chosen']}, {val_note}, saved {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return model


def main(argv: list[str] | None = None) -> int:
    return train_main(train_fast, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
