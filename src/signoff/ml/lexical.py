"""SO701's second head: how much a draft's words and spelling read like a regretted post.

The first head (`signoff.ml.precedent`) reads what a draft is *about*: the encoder's input embeddings,
averaged. Averaging loses the short phrases and the spelling that carry much of a regret's tone: "brats
like u", "lmao", a masked swear, "#animals", a sneer's punctuation. This head reads them: word uni- and
bigrams and character 2-5-grams within words, hashed (CRC-32) into fixed tables (no vocabulary is
stored, so no incident's words are listed in the artifact), counts log-scaled and each table scaled to unit
length, then one logistic regression. Its threshold is set so that a fixed share of the corpus's *fine*
posts, scored out of fold by heads that never saw their incident, fire (`python -m signoff.ml.train.lexical`;
model card: `src/signoff/ml/cards/precedent.md`).

Hashing and scoring cost about 0.2 ms a text in plain Python (no scikit-learn or SciPy at run time: importing
them cost a second of every CLI start); the weights are stored sparse (only the non-zero ones).
"""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from signoff.ml.artifact_io import load_artifact, save_artifact

FORMAT = "signoff-lexical-3"
ARTIFACT = "lexical.npz"
REBUILD = "`python -m signoff.ml.train.lexical`"
#: Texts remembered (the engine scores a batch in `prepare`, then each draft again in `run`).
CACHE = 4096


#: Words as scikit-learn's default token pattern reads them: two or more word characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _bucket(gram: str, mask: int) -> int:
    return zlib.crc32(gram.encode("utf-8")) & mask


class LexicalHead:
    """Hashed word and character n-grams, one logistic regression, one threshold."""

    def __init__(
        self, header: dict[str, Any], coef: np.ndarray, *, threshold: float, intercept: float
    ) -> None:
        self.header = header
        self.n_features = int(header["n_features"])
        if self.n_features & (self.n_features - 1):
            raise ValueError(f"n_features must be a power of two, got {self.n_features}")
        self.threshold = float(threshold)
        self.intercept = float(intercept)
        self.coef = np.asarray(coef, dtype=np.float32)
        if self.coef.shape != (2 * self.n_features,):
            raise ValueError(f"coef has shape {self.coef.shape}, expected ({2 * self.n_features},)")
        self._word_n = tuple(header["word_ngrams"])
        self._char_n = tuple(header["char_ngrams"])
        self._cache: dict[str, float] = {}

    def grams(self, text: str) -> tuple[Counter[int], Counter[int]]:
        """Bucket counts of the text's word n-grams and of its byte n-grams inside words (padded with a space
        each side), the second table's buckets offset by `n_features`."""
        mask, low = self.n_features - 1, text.lower()
        tokens = _TOKEN.findall(low)
        words: Counter[int] = Counter()
        for n in range(self._word_n[0], self._word_n[1] + 1):
            words.update(_bucket(" ".join(tokens[i : i + n]), mask) for i in range(len(tokens) - n + 1))
        # the character table reads each word's UTF-8 bytes (the same n-grams for ASCII; encoding each word
        # once instead of each n-gram is a third faster)
        lo, hi = self._char_n
        hashes: list[int] = []
        for w in low.split():
            b = f" {w} ".encode()
            for n in range(lo, min(hi, len(b)) + 1):
                hashes += [zlib.crc32(b[i : i + n]) for i in range(len(b) - n + 1)]
        chars = Counter(self.n_features + (h & mask) for h in hashes)
        return words, chars

    def _weights(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(bucket indices, values): counts log-scaled, each table scaled to unit length."""
        idx: list[int] = []
        val: list[float] = []
        for table in self.grams(text):
            if not table:
                continue
            v = np.log1p(np.fromiter(table.values(), dtype=np.float64, count=len(table)))
            idx.extend(table)
            val.extend((v / np.sqrt(v @ v)).tolist())
        return np.asarray(idx, dtype=np.int64), np.asarray(val, dtype=np.float64)

    def features(self, texts: Sequence[str]) -> Any:
        """The sparse feature rows of `texts` (scipy CSR), as training reads them."""
        from scipy.sparse import csr_matrix

        indptr, indices, data = [0], [], []
        for t in texts:
            i, v = self._weights(t)
            indices.append(i)
            data.append(v)
            indptr.append(indptr[-1] + len(i))
        return csr_matrix(
            (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices else
             np.zeros(0, dtype=np.int64), np.asarray(indptr)),
            shape=(len(texts), 2 * self.n_features),
        )

    def probability(self, texts: Sequence[str]) -> np.ndarray:
        """P(regretted) of each text (remembered for the next call)."""
        fresh: dict[str, float] = {}
        for t in dict.fromkeys(texts):
            if t not in self._cache:
                i, v = self._weights(t)
                z = float(self.coef[i].astype(np.float64) @ v) + self.intercept if len(i) else self.intercept
                fresh[t] = 1.0 / (1.0 + math.exp(-z))
        out = np.array([fresh[t] if t in fresh else self._cache[t] for t in texts], dtype=np.float64)
        if fresh:
            if len(self._cache) + len(fresh) > CACHE:
                self._cache.clear()
            self._cache.update(itertools.islice(fresh.items(), CACHE))
        return out

    def fires(self, probability: float) -> bool:
        return probability >= self.threshold

    def save(self, path: Path) -> None:
        nz = np.flatnonzero(self.coef)
        save_artifact(
            path,
            {**self.header, "format": FORMAT, "threshold": self.threshold, "intercept": self.intercept},
            index=nz.astype(np.int32),
            weight=self.coef[nz].astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> LexicalHead:
        header, a = load_artifact(path, FORMAT, REBUILD)
        coef = np.zeros(2 * int(header["n_features"]), dtype=np.float32)
        coef[a["index"]] = a["weight"]
        return cls(header, coef, threshold=header["threshold"], intercept=header["intercept"])


@lru_cache(maxsize=2)
def load_lexical(directory: Path) -> LexicalHead | None:
    """The shipped lexical head in `directory`, or None when it was not built."""
    path = directory / ARTIFACT
    return LexicalHead.load(path) if path.is_file() else None
