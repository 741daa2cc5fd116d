"""Train the embedding tier's heads (see `signoff.ml.embed`) and ship those that beat the n-gram stack on val.

    python -m signoff.ml.train.embed_heads [TASK ...] [--out DIR] [--limit N]

Needs the encoder (`python -m signoff.ml.train.encoder`) and `<out>/<task>.strong.npz`. Per task:
  * head: logistic regression (class-balanced) on [embedding ⊕ dense tone features], fit on train, C chosen
    on val; sentiment has no train split, so its head is scored by 5-fold CV on val and refit on all of val;
  * blend weight w in 0..1 with the stack's calibrated probabilities, chosen on val (sentiment: w = 1, since
    the stack was fit on val and its val scores are not held out);
  * calibration and decision rule on val (sentiment: on the head's out-of-fold scores).
`<task>.embed.npz` is written only when the result beats the stack's own val score; otherwise any old one is
removed, so the registry keeps serving the stack. Embeddings are cached under `<repo>/.cache/embeddings`.
Test is never read.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from signoff.ml.calibration import Calibration, DecisionRule, metric
from signoff.ml.data import METRIC, REPO_ROOT, label_names
from signoff.ml.embed import EmbedModel, encoder_dir, head_features
from signoff.ml.encoder import ENCODER_FILE, SentenceEncoder
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.strong import StrongModel
from signoff.ml.train.common import SEED, out_of_fold, task_data, train_main

C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
W_GRID = tuple(np.round(np.arange(0.0, 1.001, 0.1), 2))
CACHE_DIR = REPO_ROOT / ".cache" / "embeddings"


def _features(encoder: SentenceEncoder, enc_dir: Path, texts: list[str]) -> np.ndarray:
    digest = hashlib.sha1((enc_dir / ENCODER_FILE).read_bytes())
    digest.update("\n".join(texts).encode())
    path = CACHE_DIR / f"{digest.hexdigest()[:20]}.npy"
    if path.is_file():
        return np.load(path)
    feats = head_features(encoder, texts)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.save(path, feats)
    return feats


def _fit_head(X: np.ndarray, y: np.ndarray, k: int, C: float) -> tuple[np.ndarray, np.ndarray]:
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    lr.fit(X, y)
    return lr.coef_.T.copy(), lr.intercept_.copy()


def _val_score(stack: StrongModel) -> float:
    found = re.findall(r"\d+\.\d+", stack.meta.get("val", ""))
    return float(found[-1]) if found else 0.0


def train_embed(
    task: str, out_dir: Path = ARTIFACT_DIR, *, root: Path | None = None, limit: int | None = None, log=print
) -> EmbedModel | None:
    """Fit the head and blend; save `<out_dir>/<task>.embed.npz` when it beats the stack on val."""
    data = task_data(task, root, limit)
    labels = label_names(task, root)
    k, metric_name = len(labels), METRIC[task]
    enc_dir = encoder_dir(out_dir).resolve()
    encoder = SentenceEncoder(enc_dir, threads=2)
    stack = StrongModel.load(out_dir / f"{task}.strong.npz")
    Xv_raw, yv = _features(encoder, enc_dir, data.val.texts), np.asarray(data.val.labels)
    fit_raw = _features(encoder, enc_dir, data.train.texts) if data.train else Xv_raw
    y_fit = np.asarray(data.train.labels) if data.train else yv
    mean, scale = fit_raw.mean(axis=0), fit_raw.std(axis=0) + 1e-6
    Xf, Xv = (fit_raw - mean) / scale, (Xv_raw - mean) / scale

    def held_scores(C: float) -> np.ndarray:
        if data.train is not None:
            coef, b = _fit_head(Xf, y_fit, k, C)
            return Xv @ coef + b

        def fold(tr: np.ndarray, te: np.ndarray) -> np.ndarray:
            coef, b = _fit_head(Xv[tr], yv[tr], k, C)
            return Xv[te] @ coef + b

        return out_of_fold(len(yv), yv, fold)

    def judge(scores: np.ndarray) -> tuple[float, Calibration, DecisionRule]:
        cal = Calibration.fit(scores, yv)
        probs = cal.probabilities(scores)
        rule = DecisionRule.choose(probs, yv, metric_name)
        return metric(metric_name, yv, rule.decide(probs), k), cal, rule

    tried = [(judge(s := held_scores(C))[0], C, s) for C in C_GRID]
    head_score, C, head_val = max(tried, key=lambda t: t[0])
    log(
        f"{task} embed: head alone on val {metric_name} {head_score:.4f} (C={C:g}; "
        + ", ".join(f"C={c:g}: {s:.4f}" for s, c, _ in tried)
        + ")"
    )
    coef, b = _fit_head(Xf, y_fit, k, C)
    model = EmbedModel(
        task=task,
        labels=labels,
        encoder=encoder,
        head_coef=coef,
        head_intercept=b,
        feat_mean=mean,
        feat_scale=scale,
        head_calibration=Calibration.fit(head_val, yv),
        stack=None,
        weight=1.0,
        calibration=Calibration.identity(k),
    )
    stack_probs = stack.predict_proba(data.val.texts) if data.train is not None else None
    weights = W_GRID if stack_probs is not None else (1.0,)
    blends = []
    for w in weights:
        z = model.blend(head_val, stack_probs, float(w))
        blends.append((*judge(z), float(w)))
    score, cal, rule, w = max(blends, key=lambda t: (t[0], t[3]))
    model.weight, model.calibration, model.rule = w, cal, rule
    model.stack = stack if w < 1.0 else None
    baseline = _val_score(stack)
    where = "val" if data.train is not None else f"{len(yv)}-text CV on val"
    model.meta = {
        "tier": "strong",
        "method": "logistic regression on all-MiniLM-L6-v2 sentence embeddings (int8 ONNX, mean-pooled, "
        "max 64 tokens) and VADER/style features"
        + (", blended in log-probability with the n-gram stack" if w < 1.0 else ""),
        "chosen": f"head C={C:g}; blend weight w={w:g} on the head (1 - w on the stack)",
        "trained_on": data.trained_on,
        "val": f"{where} {metric_name} {score:.4f}",
        "val_head_alone": f"{head_score:.4f}",
        "val_stack": f"{baseline:.4f}",
        "metric": metric_name,
        "seed": SEED,
    }
    path = out_dir / f"{task}.embed.npz"
    if score <= baseline:
        path.unlink(missing_ok=True)
        log(f"{task} embed: val {score:.4f} does not beat the stack's {baseline:.4f}; not shipped")
        return None
    model.save(path)
    log(
        f"{task} embed: val {score:.4f} (w={w:g}) beats the stack's {baseline:.4f}; saved {path} "
        f"({path.stat().st_size / 1e3:.0f} kB)"
    )
    return model


def main(argv: list[str] | None = None) -> int:
    return train_main(train_embed, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
