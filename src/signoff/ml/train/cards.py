"""Write the model cards (`ml/cards/<task>.md`) from measured figures of the shipped artifacts.

    python -m signoff.ml.train.cards [TASK ...]

Every figure in a card is measured here, when the card is written: scores on val and test, per-class
scores, throughput of this process, artifact size and load time; failure examples are the test tweets the
model got most confidently wrong. Test is only read here, after every choice was made on val.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from signoff.ml.data import METRIC, POSITIVE_LABEL, TASKS, load_split
from signoff.ml.evaluate import Evaluation, evaluate
from signoff.ml.registry import _load, artifact_path, available

CARD_DIR = Path(__file__).resolve().parents[1] / "cards"
TARGETS = {  # the "done when" targets on test: (fast, strong)
    "offensive": (0.77, 0.80),
    "hate": (0.50, 0.55),
    "irony": (0.64, 0.68),
    "emotion": (0.70, 0.75),
    "sentiment": (0.62, 0.65),
}
ABOUT = {
    "offensive": "OffensEval 2019 (SemEval-2019 task 6A): is a tweet offensive (insults, threats, "
    "profanity)?",
    "hate": "HatEval 2019 (SemEval-2019 task 5): hate speech against immigrants and women. Its test set is "
    "known to be shifted from train/val (other targets and phrasings); every published model drops sharply "
    "from val to test.",
    "irony": "SemEval-2018 task 3A: is a tweet ironic? Training tweets were collected with #irony, "
    "#sarcasm and #not, which were removed from the text.",
    "emotion": "SemEval-2018 task 1 (E-c), the four most common emotions: anger, joy, optimism, sadness.",
    "sentiment": "SemEval-2017 task 4A: negative, neutral or positive. The train split is missing from "
    "../shared, so the models learn from the 2,000 val tweets only (cross-validated); test is never "
    "used for training or choices.",
}
TRUNC = 150


def _failures(task: str, tier: str, n: int = 6) -> list[str]:
    model = _load(artifact_path(task, tier).resolve(), tier)
    data = load_split(task, "test")
    probs = model.predict_proba(data.texts)
    pred = model.rule.decide(probs)
    y = np.asarray(data.labels)
    wrong = np.flatnonzero(pred != y)
    conf = probs[wrong, pred[wrong]]
    rows = []
    for i in wrong[np.argsort(-conf)][: n * 4]:
        text = " ".join(data.texts[i].split())
        text = text if len(text) <= TRUNC else text[: TRUNC - 1] + "…"
        rows.append((model.labels[y[i]], model.labels[pred[i]], probs[i, pred[i]], text))
    # Spread the examples over the kinds of mistake rather than the single most frequent one.
    picked, seen = [], {}
    for r in rows:
        if seen.get((r[0], r[1]), 0) < max(2, n // 3) and len(picked) < n:
            picked.append(r)
            seen[(r[0], r[1])] = seen.get((r[0], r[1]), 0) + 1
    return [f"| {t} | {p} ({c:.2f}) | {x.replace('|', '/')} |" for t, p, c, x in picked]


def _rule_text(model) -> str:  # type: ignore[no-untyped-def]
    rule = model.rule
    if rule.threshold is not None:
        return f"flag `{model.labels[1]}` when its probability >= {rule.threshold:.2f}"
    weights = rule.weights or (1.0,) * len(model.labels)
    return "argmax of probability x weight, weights " + ", ".join(
        f"{n} {w:.2f}" for n, w in zip(model.labels, weights, strict=True)
    )


def _bench_line(bench: dict | None) -> list[str]:
    if not bench:
        return []
    return [
        f"- One core of {bench.get('cpu', 'the dev machine')} (`benchmarks/models.py`, {bench['n']} test "
        f"tweets, median of {bench.get('runs', 1)} processes): {bench['warm_per_s']:,} texts/s "
        f"warm, {bench['cold_per_s']:,} cold; one text alone p50 {bench['p50_ms']} ms, "
        f"p99 {bench['p99_ms']} ms; peak memory {bench['peak_mb']} MB (whole process).",
    ]


def _encoder_size() -> str:
    from signoff.ml.encoder import ENCODER_FILE, ENCODER_META, TOKENIZER_FILE
    from signoff.ml.registry import ARTIFACT_DIR

    files = (ENCODER_FILE, TOKENIZER_FILE, ENCODER_META)
    size = sum((ARTIFACT_DIR / f).stat().st_size for f in files) / 1e6
    return f" plus the shared encoder `{ENCODER_FILE}` and `{TOKENIZER_FILE}` ({size:.2f} MB)"


def _tier_section(
    task: str, tier: str, val: Evaluation, test: Evaluation, bench: dict | None = None
) -> list[str]:
    path = artifact_path(task, tier)
    embed = path.with_name(f"{task}.embed.npz")
    if tier == "strong" and embed.is_file():
        path = embed
    start = time.perf_counter()
    model = type(_load(artifact_path(task, tier).resolve(), tier)).load(path)
    if tier == "strong" and embed.is_file():
        from signoff.ml.encoder import SentenceEncoder

        SentenceEncoder(path.parent)  # the encoder load (cached in `load`) counts too
    load_s = time.perf_counter() - start
    meta = model.meta
    target = TARGETS[task][0 if tier == "fast" else 1]
    met = "meets" if test.score >= target else "misses"
    in_sample = "cross-validation" in meta.get("trained_on", "")
    val_label = "val (in-sample: the model was fit on val)" if in_sample else "val"
    lines = [
        f"## {tier} tier",
        "",
        f"- Method: {meta.get('method', '-')}; chosen settings: {meta.get('chosen', meta.get('C', '-'))}.",
        f"- Trained on: {meta.get('trained_on', '-')}.",
        f"- Decision (chosen on val): {_rule_text(model)}; calibration: temperature "
        f"{model.calibration.temperature:.3f}, bias {[round(b, 3) for b in model.calibration.bias]}.",
        f"- Artifact: `{path.name}`, {path.stat().st_size / 1e6:.2f} MB"
        + (_encoder_size() if path.name.endswith(".embed.npz") else "")
        + f", loads in {load_s:.3f} s.",
        *(
            [
                f"- Val before blending: head alone {meta['val_head_alone']}"
                + (f" (linear head {meta['val_linear_head']})" if "val_linear_head" in meta else "")
                + f", n-gram stack {meta['val_stack']}."
            ]
            if "val_stack" in meta
            else []
        ),
        *([f"- Val without distillation: {meta['val_plain']}."] if "val_plain" in meta else []),
        f"- Throughput (this process, whole test split as one batch): {test.texts_per_s:,.0f} texts/s with "
        f"warm token caches, {test.texts_per_s_cold:,.0f} texts/s cold; `benchmarks/models.py` gives "
        "one-core figures, p99 and memory.",
        *_bench_line(bench),
        "",
        f"| split | n | {METRIC[task]} | macro-F1 |",
        "|---|---|---|---|",
        f"| {val_label} | {val.n} | {val.score:.4f} | {val.macro_f1:.4f} |",
        f"| test | {test.n} | **{test.score:.4f}** | {test.macro_f1:.4f} |",
        "",
        *(
            [
                f"Held-out estimate on val: {meta.get('val')} (5-fold cross-validation; settings were "
                "chosen on it).",
                "",
            ]
            if in_sample
            else []
        ),
        f"Target on test: {target:.2f} — this model **{met}** it.",
        "",
        "| test label | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {name} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | {s['support']} |"
        for name, s in test.per_class.items()
    ]
    lines += ["", "Most confident mistakes on test:", "", "| true | predicted (p) | tweet |", "|---|---|---|"]
    lines += _failures(task, tier)
    return [*lines, ""]


def _distilled(task: str) -> bool:
    path = artifact_path(task, "fast")
    return path.is_file() and "distill_weight" in _load(path.resolve(), "fast").meta.get("chosen", "")


def _encoder_section(task: str) -> list[str]:
    from signoff.ml.encoder import BATCH, ENCODER_META
    from signoff.ml.registry import ARTIFACT_DIR

    meta_path = ARTIFACT_DIR / ENCODER_META
    if not meta_path.is_file():
        return []
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    history = meta.get("history", [])
    tasks = list(history[0]["val"]) if history else []
    rows = [
        f"| {h['epoch']} | " + " | ".join(f"{h['val'][t]:.4f}" for t in tasks) + f" | {h['mean']:.4f} |"
        for h in history
    ]
    own = task in meta.get("heads", {})
    return [
        "## Sentence encoder",
        "",
        f"- {meta.get('base')}, {meta.get('method')}.",
        f"- Heads: {', '.join(meta.get('heads', {}))}"
        + (
            ""
            if own
            else f"; {task} has none (no train split), its strong model is a head over the embedding"
        )
        + f". Trained in {meta.get('train_seconds', 0) / 60:.0f} min on {meta.get('threads')} CPU threads; "
        f"epoch {meta.get('chosen_epoch')} kept.",
        "- Exported to ONNX and quantized to int8 (dynamic, per channel); run by onnxruntime on one thread "
        f"with the `tokenizers` package, batches of {BATCH} sorted by length. One pass gives the embedding "
        "and every head's logits.",
        "- Where the encoder's model did not beat the n-gram stack on val, the strong tier stays the stack.",
        "",
        "Val score per epoch (fp32, before quantization; calibrated and thresholded on val):",
        "",
        "| epoch | " + " | ".join(tasks) + " | mean |",
        "|---" * (len(tasks) + 2) + "|",
        *rows,
        "",
    ]


def _batch_drift(task: str, n: int = 200) -> list[str]:
    """How far int8 dynamic quantization moves a score between a text alone and the same text in a batch."""
    from signoff.ml.encoder import BATCH

    path = artifact_path(task, "strong")
    if not path.with_name(f"{task}.embed.npz").is_file():
        return []
    model = _load(path.resolve(), "strong")
    texts = load_split(task, "val").texts[:n]
    batched = model.predict_proba(texts)
    alone = np.vstack([model.predict_proba([t]) for t in texts])
    gap = np.abs(batched - alone).max(axis=1)
    flips = int((model.rule.decide(batched) != model.rule.decide(alone)).sum())
    return [
        "- int8 dynamic quantization scales activations per batch, so a text's score moves slightly with the "
        f"other texts in its batch: over {len(texts)} val tweets, alone against in batches of {BATCH}, the "
        f"strong tier's probabilities differ by {gap.mean():.3f} on average and {gap.max():.3f} at most; "
        f"{flips} label(s) flipped.",
    ]


def write_card(task: str, bench: list[dict] | None = None) -> Path:
    tiers = [tier for t, tier, _ in available() if t == task]
    lines = [f"# {task} — model card", "", ABOUT[task], ""]
    names = _load(artifact_path(task, tiers[0]).resolve(), tiers[0]).labels if tiers else []
    lines += [
        f"Labels (TweetEval mapping.txt order): {', '.join(names)}." if tiers else "No artifact shipped.",
        f"Metric: {METRIC[task]} (TweetEval's official metric for this task)."
        + (f" The flagged label is `{POSITIVE_LABEL[task]}`." if task in POSITIVE_LABEL else ""),
        "Data: ../shared/data/tweeteval (never copied into the repo). Rebuild: "
        f"`python -m signoff.ml.train.fast {task}`"
        + (f" and `python -m signoff.ml.train.strong {task}`" if "strong" in tiers else "")
        + (
            f", `python -m signoff.ml.train.finetune` and `python -m signoff.ml.train.embed_heads {task}`"
            if artifact_path(task, "strong").with_name(f"{task}.embed.npz").is_file()
            else ""
        )
        + (f", then `python -m signoff.ml.train.distill {task}`" if _distilled(task) else "")
        + "; then `python -m signoff.ml.train.cards "
        + task
        + "`.",
        "",
    ]
    for tier in tiers:
        model = _load(artifact_path(task, tier).resolve(), tier)
        row = next((b for b in bench or [] if b["task"] == task and b["tier"] == tier), None)
        lines += _tier_section(task, tier, evaluate(model, "val"), evaluate(model, "test"), row)
    lines += _encoder_section(task)
    lines += [
        "## Known limits",
        "",
        "- English tweets from 2016–2019; other languages, newer slang and platforms score worse.",
        '- Sarcasm, quotes and reported speech ("he called me an idiot") confuse every tier.',
        "- Scores are calibrated on val (temperature and bias); a different stream of text shifts them.",
        *_batch_drift(task),
        "",
    ]
    path = CARD_DIR / f"{task}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tasks", nargs="*", default=list(TASKS))
    ap.add_argument("--bench", type=Path, help="JSON from `benchmarks/models.py --json` to include")
    args = ap.parse_args(argv)
    bench = json.loads(args.bench.read_text(encoding="utf-8")) if args.bench else None
    for task in args.tasks:
        print(write_card(task, bench))
    return 0


if __name__ == "__main__":
    sys.exit(main())
