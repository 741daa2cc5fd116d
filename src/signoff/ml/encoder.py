"""The sentence encoder on one CPU core: all-MiniLM-L6-v2 fine-tuned on TweetEval, as an int8 ONNX graph.

One pass gives every text an `embedding` (L2-normalized mean-pooled last layer, `DIM` floats) and the
`logits` of every task head it was fine-tuned with, side by side; `encoder.json` says where each task's
logits sit. Texts are tokenized by `tokenizers` (the model's own tokenizer.json, truncated to `MAX_LENGTH`
tokens) and run in small batches (`BATCH`) of texts of similar length.
The weights are stored as uint8 (`train.finetune.unsigned_weights`): with int8 weights ONNX Runtime's
kernels on CPUs without VNNI saturate 16-bit partial sums, and scores would depend on the CPU.
Rebuilt by `python -m signoff.ml.train.finetune`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from signoff.errors import ConfigError, NotFoundError

ENCODER_FILE = "encoder.int8.onnx"
TOKENIZER_FILE = "encoder.tokenizer.json"
ENCODER_META = "encoder.json"
MAX_LENGTH = 64
#: Texts per ONNX call. Small batches pad less and run faster on one core (8: about 225 texts/s against
#: 150-175 for 32 on offensive test tweets), and int8 dynamic quantization's activation range, taken over
#: the whole batch, depends on fewer neighbours.
BATCH = 8
DIM = 384


class SentenceEncoder:
    """Loads the ONNX graph with one intra-op thread (the strong tier's one-core budget)."""

    def __init__(self, directory: Path, threads: int = 1) -> None:
        paths = [directory / f for f in (ENCODER_FILE, TOKENIZER_FILE, ENCODER_META)]
        for p in paths:
            if not p.is_file():
                raise NotFoundError(
                    f"no encoder file at {p}; rebuild it with `python -m signoff.ml.train.finetune`"
                )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self.meta = json.loads(paths[2].read_text(encoding="utf-8"))
            self.heads = {t: (int(a), int(b)) for t, (a, b) in self.meta["heads"].items()}
            self._session = ort.InferenceSession(str(paths[0]), opts, providers=["CPUExecutionProvider"])
            self._tok = Tokenizer.from_file(str(paths[1]))
        except Exception as exc:  # onnxruntime and tokenizers raise their own untyped errors
            raise ConfigError(f"encoder files in {directory} are unreadable ({exc}); rebuild them") from exc
        self._tok.enable_truncation(MAX_LENGTH)
        self._tok.no_padding()
        self.n_logits = max((b for _, b in self.heads.values()), default=0)

    def _batch(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        encs = self._tok.encode_batch(list(texts))
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros((len(encs), width), dtype=np.int64)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        emb, logits = self._session.run(["embedding", "logits"], {"input_ids": ids, "attention_mask": mask})
        return emb, logits

    def encode_all(self, texts: Sequence[str], batch: int = BATCH) -> tuple[np.ndarray, np.ndarray]:
        """(embeddings (len(texts), DIM) unit vectors, logits (len(texts), n_logits)); one pass for both."""
        emb = np.zeros((len(texts), DIM), dtype=np.float32)
        logits = np.zeros((len(texts), self.n_logits), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        for start in range(0, len(texts), batch):
            idx = order[start : start + batch]
            emb[idx], logits[idx] = self._batch([texts[i] for i in idx])
        return emb, logits

    def encode(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """(len(texts), DIM) float32 unit vectors."""
        return self.encode_all(texts, batch)[0]

    def task_logits(self, logits: np.ndarray, task: str) -> np.ndarray:
        """The columns of `logits` that are `task`'s head."""
        if task not in self.heads:
            raise NotFoundError(f"the encoder has no {task} head (it has {', '.join(self.heads) or 'none'})")
        a, b = self.heads[task]
        return logits[:, a:b]


@lru_cache(maxsize=4)
def load_encoder(directory: Path) -> SentenceEncoder:
    return SentenceEncoder(directory)
