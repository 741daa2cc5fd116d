"""Choose and save the strong tier's head over the fine-tuned encoder (see `signoff.ml.embed`), and ship it
where it beats the n-gram stack on val.

    python -m signoff.ml.train.embed_heads [TASK ...] [--out DIR] [--limit N]

Needs the encoder (`python -m signoff.ml.train.finetune`) and `<out>/<task>.strong.npz`. Per task:
  * heads tried: the encoder's own fine-tuned head for the task (where it has one), and a logistic regression
    (class-balanced) on [embedding ⊕ dense tone features], fit on train with C chosen on val; sentiment has
    no train split, so its regression is scored by 5-fold CV on val and refit on all of val;
  * the head with the better val score is kept;
  * blend weight w in 0..1 with the stack's calibrated probabilities, chosen on val (sentiment: w = 1, since
    the stack was fit on val and its val scores are not held out);
  * calibration and decision rule on val (sentiment: on the head's out-of-fold scores).
`<task>.embed.npz` is written only when the result beats the stack's own val score; otherwise any old one is
removed, so the registry keeps serving the stack. Encoder outputs are cached under `<repo>/.cache/embeddings`.
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
from signoff.ml.embed import EmbedModel, binary_score, blend_scores, encoder_dir, linear_features
from signoff.ml.encoder import BATCH, ENCODER_FILE, SentenceEncoder
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.strong import StrongModel
from signoff.ml.train.common import SEED, out_of_fold, task_data, train_main

C_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
W_GRID = tuple(np.round(np.arange(0.0, 1.001, 0.1), 2))
CACHE_DIR = REPO_ROOT / ".cache" / "embeddings"


def _features(encoder: SentenceEncoder, enc_dir: Path, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(linear-head features, logits) of `texts`, cached by encoder file and texts."""
    digest = hashlib.sha1((enc_dir / ENCODER_FILE).read_bytes())
    digest.update(f"batch={BATCH}\n".encode())  # int8 activations are quantized per batch
    digest.update("\n".join(texts).encode())
    path = CACHE_DIR / f"{digest.hexdigest()[:20]}.npz"
    if path.is_file():
        with np.load(path) as cached:
            return cached["features"], cached["logits"]
    emb, logits = encoder.encode_all(texts)
    feats = linear_features(emb, texts)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(path, features=feats, logits=logits)
    return feats, logits


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
    """Choose the head and blend; save `<out_dir>/<task>.embed.npz` when it beats the stack on val."""
    data = task_data(task, root, limit)
    labels = label_names(task, root)
    k, metric_name = len(labels), METRIC[task]
    enc_dir = encoder_dir(out_dir).resolve()
    encoder = SentenceEncoder(enc_dir, threads=2)
    stack = StrongModel.load(out_dir / f"{task}.strong.npz")
    Xv_raw, logits_v = _features(encoder, enc_dir, data.val.texts)
    yv = np.asarray(data.val.labels)
    fit_raw = _features(encoder, enc_dir, data.train.texts)[0] if data.train else Xv_raw
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
    linear_score, C, linear_val = max(tried, key=lambda t: t[0])
    log(
        f"{task} embed: linear head on val {metric_name} {linear_score:.4f} (C={C:g}; "
        + ", ".join(f"C={c:g}: {s:.4f}" for s, c, _ in tried)
        + ")"
    )
    candidates = {"linear": (linear_score, linear_val)}
    if data.train is not None and task in encoder.heads:
        own_val = binary_score(encoder.task_logits(logits_v, task))
        candidates["logits"] = (judge(own_val)[0], own_val)
        log(f"{task} embed: the encoder's own {task} head on val {metric_name} {candidates['logits'][0]:.4f}")
    stack_probs = stack.predict_proba(data.val.texts) if data.train is not None else None
    weights = W_GRID if stack_probs is not None else (1.0,)
    # Head and blend weight are chosen together: the pair with the best val score after blending.
    blends = []
    for name, (_, scores) in candidates.items():
        head_cal = Calibration.fit(scores, yv)
        for w in weights:
            z = blend_scores(head_cal, scores, stack_probs, float(w))
            blends.append((*judge(z), float(w), name == "logits", name, head_cal))
    score, cal, rule, w, _, head, head_cal = max(blends, key=lambda t: (t[0], t[3], t[4]))
    head_score, head_val = candidates[head]
    if head == "linear":
        coef, b = _fit_head(Xf, y_fit, k, C)
    else:
        coef, b = np.zeros((0, 0)), np.zeros(0)
        mean, scale = np.zeros(0), np.ones(0)
    model = EmbedModel(
        task=task,
        labels=labels,
        encoder=encoder,
        head=head,
        head_coef=coef,
        head_intercept=b,
        feat_mean=mean,
        feat_scale=scale,
        head_calibration=head_cal,
        stack=stack if w < 1.0 else None,
        weight=w,
        calibration=cal,
        rule=rule,
    )
    baseline = _val_score(stack)
    where = "val" if data.train is not None else f"{len(yv)}-text CV on val"
    head_text = (
        f"the encoder's own fine-tuned {task} head"
        if head == "logits"
        else "logistic regression on the encoder's sentence embeddings and VADER/style features"
    )
    model.meta = {
        "tier": "strong",
        "method": f"{head_text} (all-MiniLM-L6-v2 fine-tuned on TweetEval, int8 ONNX, max 64 tokens)"
        + (", blended in log-probability with the n-gram stack" if w < 1.0 else ""),
        "chosen": (f"head {head}" + (f" C={C:g}" if head == "linear" else ""))
        + f"; blend weight w={w:g} on the head (1 - w on the stack)",
        "trained_on": data.trained_on,
        "val": f"{where} {metric_name} {score:.4f}",
        "val_head_alone": f"{head_score:.4f}",
        "val_linear_head": f"{linear_score:.4f}",
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
        f"{task} embed: val {score:.4f} ({head} head, w={w:g}) beats the stack's {baseline:.4f}; "
        f"saved {path} ({path.stat().st_size / 1e3:.0f} kB)"
    )
    return model


def main(argv: list[str] | None = None) -> int:
    return train_main(train_embed, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
