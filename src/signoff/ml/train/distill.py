"""Distil the strong tier into the fast tier: the fast model learns from gold labels and from the strong
model's probabilities on TweetEval texts it has no labels for.

    python -m signoff.ml.train.distill [TASK ...] [--out DIR] [--limit N]

Run after `train.fast`, `train.strong`, `train.finetune` and `train.embed_heads`. Per task:
  * transfer texts: the train and val tweets of every other TweetEval task and of stance (never a test
    tweet, never this task's own train or val tweets), de-duplicated; the teacher (`<out>/<task>` strong
    tier) labels them with its calibrated probabilities;
  * student: the fast tier's model, with the C and lexicon scale it chose on val, fit on gold one-hot rows
    plus the transfer rows at weight `w` each (`fit_nb_logreg_soft`); `w` is chosen on val from
    `WEIGHTS`, where w = 0 is the plain fast model;
  * sentiment has no train split: every fold of the 5-fold CV on val refits the teacher's linear head
    without that fold before it labels the transfer texts, so the student's out-of-fold scores stay held
    out; calibration and the decision rule are fit on them.
`<task>.fast.npz` is replaced only when some w > 0 beats the plain model on val. Test is never read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from signoff.ml.calibration import Calibration, DecisionRule, metric
from signoff.ml.data import METRIC, TASKS, label_names, tweeteval_dir
from signoff.ml.embed import EmbedModel, encoder_dir
from signoff.ml.encoder import DIM
from signoff.ml.features import HashedFeaturizer
from signoff.ml.linear import LinearTextModel
from signoff.ml.registry import ARTIFACT_DIR, artifact_path, load_model
from signoff.ml.train.common import (
    CV_FOLDS,
    TaskData,
    fit_nb_logreg_soft,
    out_of_fold,
    task_data,
    train_main,
)
from signoff.ml.train.embed_heads import _features, _fit_head
from signoff.ml.train.strong import _fast_settings

WEIGHTS = (0.0, 0.3, 1.0, 3.0, 10.0)
SPLITS = ("train", "val")


def _read_texts(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n") if path.is_file() else []


def _all_texts(root: Path) -> list[str]:
    """Every train and val tweet of every task and of stance, de-duplicated, in a fixed order."""
    folders = [root / t for t in TASKS]
    stance = root / "stance"
    folders += sorted(p for p in stance.iterdir() if p.is_dir()) if stance.is_dir() else []
    seen: dict[str, None] = {}
    for folder in folders:
        for s in SPLITS:
            for text in _read_texts(folder / f"{s}_text.txt"):
                if text.strip():
                    seen.setdefault(text, None)
    return list(seen)


def transfer_texts(task: str, root: Path | None = None, limit: int | None = None) -> list[str]:
    """Train and val tweets of the other tasks and of stance, minus any of `task`'s own, de-duplicated."""
    root = root or tweeteval_dir()
    own = {t for s in SPLITS for t in _read_texts(root / task / f"{s}_text.txt")}
    texts = [t for t in _all_texts(root) if t not in own]
    if limit is not None and limit < len(texts):
        rng = np.random.default_rng(13)
        texts = [texts[i] for i in np.sort(rng.choice(len(texts), size=limit, replace=False))]
    return texts


def _encoded(teacher: EmbedModel, enc_dir: Path, pool: list[str], root: Path, full: bool):  # type: ignore[no-untyped-def]
    """The encoder's (features, logits) for `pool`; a full pool is cut from one cached pass over every
    train/val tweet, so the tasks share it."""
    if not full:
        return _features(teacher.encoder, enc_dir, pool)
    every = _all_texts(root)
    feats, logits = _features(teacher.encoder, enc_dir, every)
    row = {t: i for i, t in enumerate(every)}
    idx = np.asarray([row[t] for t in pool], dtype=np.int64)
    return feats[idx], logits[idx]


def _teacher_pool(teacher, out_dir: Path, pool: list[str], root: Path, full: bool):  # type: ignore[no-untyped-def]
    """(teacher's probabilities on `pool`, a refit function for CV folds or None)."""
    if not isinstance(teacher, EmbedModel):
        return teacher.predict_proba(pool), None
    enc_dir = encoder_dir(out_dir).resolve()
    feats, logits = _encoded(teacher, enc_dir, pool, root, full)
    probs = teacher.calibration.probabilities(teacher.decision_from(feats[:, :DIM], logits, pool))
    if teacher.head != "linear" or teacher.weight < 1.0:
        return probs, None
    found = re.search(r"C=([\d.e-]+)", teacher.meta.get("chosen", ""))
    C = float(found.group(1)) if found else 0.01
    pool_std = (feats - teacher.feat_mean) / teacher.feat_scale

    val_std: dict[tuple[str, ...], np.ndarray] = {}
    fold_probs: dict[bytes, np.ndarray] = {}

    def refit(val_texts: list[str], y: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The teacher's head refit on val rows `rows` only, labelling the pool. Each fold's labels are
        computed once and serve every transfer weight tried."""
        key = rows.tobytes()
        if key not in fold_probs:
            texts = tuple(val_texts)
            if texts not in val_std:
                vf = _features(teacher.encoder, enc_dir, val_texts)[0]
                val_std[texts] = (vf - teacher.feat_mean) / teacher.feat_scale
            coef, b = _fit_head(val_std[texts][rows], y[rows], len(teacher.labels), C)
            fold_probs[key] = teacher.calibration.probabilities(teacher.blend(pool_std @ coef + b, None, 1.0))
        return fold_probs[key]

    return probs, refit


def train_distill(
    task: str, out_dir: Path = ARTIFACT_DIR, *, root: Path | None = None, limit: int | None = None, log=print
) -> LinearTextModel | None:
    """Choose the transfer weight on val; save the distilled `<out_dir>/<task>.fast.npz` when it helps."""
    data: TaskData = task_data(task, root, limit)
    labels = label_names(task, root)
    k, metric_name = len(labels), METRIC[task]
    C, scale = _fast_settings(task, out_dir)
    teacher = load_model(task, "strong", out_dir)
    root = root or tweeteval_dir()
    pool = transfer_texts(task, root, None if limit is None else limit * 4)
    P_pool, refit = _teacher_pool(teacher, out_dir, pool, root, full=limit is None)
    log(f"{task} distill: {len(pool)} transfer texts labelled by the strong tier ({type(teacher).__name__})")
    fz = HashedFeaturizer(lexicon_scale=scale)
    X_pool = fz.transform(pool)
    X_val, y_val = fz.transform(data.val.texts), np.asarray(data.val.labels)
    onehot = np.eye(k)

    def fit(X_gold: sp.csr_matrix, y_gold: np.ndarray, P: np.ndarray, w: float):  # type: ignore[no-untyped-def]
        if w == 0.0:
            X, T, W = X_gold, onehot[y_gold], np.ones(X_gold.shape[0])
        else:
            X = sp.vstack([X_gold, X_pool]).tocsr()
            T = np.vstack([onehot[y_gold], P])
            W = np.concatenate([np.ones(X_gold.shape[0]), np.full(len(P), w)])
        coef, b = fit_nb_logreg_soft(X, T, W, C)
        return LinearTextModel.quantize(coef), b

    def held_scores(w: float) -> np.ndarray:
        if data.train is not None:
            coef, b = fit(fz.transform(data.train.texts), np.asarray(data.train.labels), P_pool, w)
            return np.asarray(X_val @ coef) + b

        def fold(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
            P = refit(data.val.texts, y_val, tr) if (refit is not None and w > 0) else P_pool
            coef, b = fit(X_val[tr], y_val[tr], P, w)
            return np.asarray(X_val[te] @ coef) + b

        return out_of_fold(len(y_val), y_val, fold)

    weights = WEIGHTS if (data.train is not None or refit is not None) else (0.0,)
    tried = []
    for w in weights:
        scores = held_scores(w)
        cal = Calibration.fit(scores, y_val)
        probs = cal.probabilities(scores)
        rule = DecisionRule.choose(probs, y_val, metric_name)
        score = metric(metric_name, y_val, rule.decide(probs), k)
        tried.append((score, -w, w, cal, rule))
        where = "val" if data.train is not None else f"{CV_FOLDS}-fold CV on val"
        log(f"{task} distill w={w:g}: {where} {metric_name} {score:.4f}")
    score, _, w, cal, rule = max(tried, key=lambda t: (t[0], t[1]))
    if w == 0.0:
        log(f"{task} distill: no transfer weight beats the plain fast model on val; kept it")
        return None
    gold_X = fz.transform(data.train.texts) if data.train is not None else X_val
    gold_y = np.asarray(data.train.labels) if data.train is not None else y_val
    coef, b = fit(gold_X, gold_y, P_pool, w)
    model = LinearTextModel(task, labels, fz, coef, b, cal, rule)
    where = "val" if data.train is not None else f"{len(y_val)}-text CV on val"
    model.meta = {
        "tier": "fast",
        "method": "NB-weighted logistic regression (liblinear, balanced), hashed word 1-2-grams + char "
        "2-5-grams in words + VADER lexicon valence, distilled from the strong tier: fit on gold labels "
        f"plus {len(pool)} unlabelled TweetEval train/val tweets of other tasks, labelled by the strong "
        "tier's probabilities",
        "chosen": f"C={C:g}, lexicon_scale={scale:g}, distill_weight={w:g}",
        "trained_on": data.trained_on,
        "val": f"{where} {metric_name} {score:.4f}",
        "val_plain": f"{tried[0][0]:.4f}",
        "metric": metric_name,
    }
    model.vocabulary = LinearTextModel.frequent_tokens([*data.fit_texts, *pool])
    path = artifact_path(task, "fast", out_dir)
    model.save(path)
    log(f"{task} distill: w={w:g}, {model.meta['val']} (plain {tried[0][0]:.4f}); saved {path}")
    return model


def main(argv: list[str] | None = None) -> int:
    return train_main(train_distill, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
