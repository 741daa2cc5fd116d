"""Static sentence vectors: the shipped encoder's input layer alone, mean-pooled. No transformer layer runs.

A text's wordpiece tokens (the encoder's own tokenizer, truncated to `MAX_LENGTH`) are looked up in the
encoder's word, position and token-type embedding tables, summed and layer-normalised exactly as the encoder's
first step does, then averaged over the tokens and scaled to unit length:

    v = normalize(mean_i LayerNorm(word[t_i] + position[i] + token_type[0]))

That is a bag of wordpieces in the encoder's own input space: it keeps what a post is *about* (the words and
their neighbours in meaning) and costs tens of microseconds a text on one core, against milliseconds for the
six transformer layers. On the regret corpus's folds grouped by incident it separated regretted posts from
fine ones and ordinary tweets better than the fine-tuned encoder's last layer, which was tuned for TweetEval's
tasks (`src/signoff/ml/cards/precedent.md` has the comparison). The tables are copied out of the shipped
encoder by `python -m signoff.ml.train.static`: `static.npz` holds the small tables and *where* the word table
lies inside `encoder.int8.onnx` (its byte offset and a SHA-256 of its bytes), so the 11.7 MB table is read
from the encoder file itself instead of being shipped twice; a rebuilt encoder without a rebuilt `static.npz`
is refused by the checksum.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from signoff.errors import ConfigError, NotFoundError
from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.encoder import MAX_LENGTH, TOKENIZER_FILE  # the encoder's own tokenization

FORMAT = "signoff-static-2"
ARTIFACT = "static.npz"
REBUILD = "`python -m signoff.ml.train.static`"
#: Texts remembered (a batch re-checks drafts; an editor re-checks one).
CACHE = 4096
#: BERT's layer-norm epsilon.
EPS = 1e-12


def dequantize(q: np.ndarray, scale: float, zero_point: int) -> np.ndarray:
    return (q.astype(np.float32) - np.float32(zero_point)) * np.float32(scale)


class StaticEmbedder:
    """Texts to unit vectors (`dim` floats) from the encoder's input embeddings; remembers recent texts."""

    def __init__(self, directory: Path) -> None:
        path, tok_path = directory / ARTIFACT, directory / TOKENIZER_FILE
        for p in (path, tok_path):
            if not p.is_file():
                raise NotFoundError(f"no static embedding file at {p}; rebuild it with {REBUILD}")
        header, a = load_artifact(path, FORMAT, REBUILD)
        word = header["word"]
        source = directory / word["file"]
        rows, dim = (int(n) for n in word["shape"])
        try:
            words = np.fromfile(source, dtype=np.uint8, count=rows * dim, offset=int(word["offset"]))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the word table in {source} ({exc}); rebuild: {REBUILD}") from exc
        if words.size != rows * dim or hashlib.sha256(words.tobytes()).hexdigest() != word["sha256"]:
            raise ConfigError(f"{path} does not match {source} (rebuilt encoder?); rebuild it with {REBUILD}")
        from tokenizers import Tokenizer

        try:
            self._tok = Tokenizer.from_file(str(tok_path))
        except Exception as exc:  # tokenizers raises its own untyped errors
            raise ConfigError(f"{tok_path} is unreadable ({exc}); restore the shipped encoder files") from exc
        self._tok.enable_truncation(MAX_LENGTH)
        self._tok.no_padding()
        self._words = words.reshape(rows, dim)  # uint8: dequantized per lookup, 4x smaller in memory
        self._word_scale, self._word_zero = float(word["scale"]), int(word["zero_point"])
        # Position and token type 0 never change between texts: one float table of their sum.
        self._offset = a["position"][:MAX_LENGTH] + a["token_type"][None, :]
        self._gamma, self._beta = a["gamma"], a["beta"]
        self.dim = int(self._words.shape[1])
        self.meta = header.get("meta", {})
        self._cache: dict[str, np.ndarray] = {}

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, enc in enumerate(self._tok.encode_batch(list(texts))):
            ids = np.asarray(enc.ids, dtype=np.int64)
            x = dequantize(self._words[ids], self._word_scale, self._word_zero) + self._offset[: len(ids)]
            x -= x.mean(axis=1, keepdims=True)
            x /= np.sqrt((x * x).mean(axis=1, keepdims=True) + EPS)
            v = (x * self._gamma + self._beta).mean(axis=0)
            out[row] = v / max(float(np.linalg.norm(v)), 1e-12)
        return out

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 unit vectors."""
        found = {t: v for t in dict.fromkeys(texts) if (v := self._cache.get(t)) is not None}
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        if todo:
            if len(self._cache) + len(todo) > CACHE:
                self._cache.clear()
            for t, v in zip(todo, self._embed(todo), strict=True):
                found[t] = self._cache[t] = v
        return np.stack([found[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


@lru_cache(maxsize=2)
def load_static(directory: Path) -> StaticEmbedder:
    return StaticEmbedder(directory)


def save_static(
    path: Path,
    *,
    word_file: str,
    word_offset: int,
    word: np.ndarray,
    word_scale: float,
    word_zero: int,
    position: np.ndarray,
    token_type: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    meta: dict,
) -> None:
    """`word` (uint8) is not stored: only where it lies in `word_file` (beside `path`), its shape, scale,
    zero point and checksum. The small tables are stored dequantized (float32)."""
    header = {
        "format": FORMAT,
        "word": {
            "file": word_file,
            "offset": int(word_offset),
            "shape": [int(n) for n in word.shape],
            "scale": float(word_scale),
            "zero_point": int(word_zero),
            "sha256": hashlib.sha256(np.ascontiguousarray(word, dtype=np.uint8).tobytes()).hexdigest(),
        },
        "meta": meta,
    }
    save_artifact(
        path,
        header,
        position=position[:MAX_LENGTH].astype(np.float32),
        token_type=token_type.astype(np.float32),
        gamma=gamma.astype(np.float32),
        beta=beta.astype(np.float32),
    )
