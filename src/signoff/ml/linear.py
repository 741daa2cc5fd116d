"""A linear classifier over hashed features, stored as a pickle-free .npz and scored per token.

The score of a text is bias + (sum of its tokens' contributions) / sqrt(number of feature entries); each
token's contribution (its hashed features times the weights) is computed once and cached, so scoring a
tweet is a few dict lookups and one bincount per class. The artifact ships the contributions of the most
frequent training tokens (`vocabulary`), so a fresh process starts with a warm cache for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.calibration import Calibration, DecisionRule
from signoff.ml.features import MAX_CACHE, HashedFeaturizer, tokenize

FORMAT = "signoff-linear-1"
VOCABULARY_SIZE = 20_000


@dataclass
class LinearTextModel:
    """Weights `coef` (n_features x k; k = 1 for a binary task) over `featurizer`'s hashed features."""

    task: str
    labels: list[str]
    featurizer: HashedFeaturizer
    coef: np.ndarray
    intercept: np.ndarray
    calibration: Calibration
    rule: DecisionRule = field(default_factory=DecisionRule)
    meta: dict = field(default_factory=dict)
    #: Tokens whose contributions the artifact ships precomputed (the most frequent in training).
    vocabulary: list[str] = field(default_factory=list, repr=False)
    _tok_index: dict[str, int] = field(default_factory=dict, repr=False)
    #: Per-token contributions (k weights + feature count), rows [0, len(_tok_index)) in use; grows by
    #: doubling; the new words of a batch get their rows from one sparse product.
    _tok_table: np.ndarray | None = field(default=None, repr=False)
    #: Hashed bigram feature index by (token id << 32 | next token id).
    _bi_index: dict[int, int] = field(default_factory=dict, repr=False)

    # -- scoring ---------------------------------------------------------------------------------------
    def reset_caches(self, keep_vocabulary: bool = True) -> None:
        """Forget the per-token and per-bigram caches (keeping the shipped vocabulary's rows, or not)."""
        keep = len(self.vocabulary) if keep_vocabulary else 0
        self._tok_index = dict(zip(self.vocabulary[:keep], range(keep), strict=True))
        if not keep:
            self._tok_table = None
        self._bi_index = {}

    def _add_tokens(self, tokens: Sequence[str]) -> None:
        """Give each new token an id and its row of contributions: one sparse product for all of them."""
        start, m = len(self._tok_index), len(tokens)
        table = self._tok_table
        if table is None or start + m > len(table):
            grown = np.empty((max(1024, 2 * (start + m)), self.coef.shape[1] + 1))
            if table is not None and start:
                grown[:start] = table[:start]
            self._tok_table = table = grown
        S, sizes = self.featurizer.tokens_matrix(tokens)
        table[start : start + m, :-1] = S @ self.coef
        table[start : start + m, -1] = sizes
        self._tok_index.update(zip(tokens, range(start, start + m), strict=True))

    def _bigram_ids(self, flat: list[str], tid: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Hashed feature index of each bigram (flat[p], flat[p + 1]), cached by the pair of token ids."""
        keys = ((tid[pos] << 32) | tid[pos + 1]).tolist()
        cache = self._bi_index
        found = np.fromiter(map(cache.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
        misses = np.flatnonzero(found < 0)
        if len(misses):
            bigram_hash = self.featurizer.bigram_hash
            for j in misses.tolist():
                hit = cache.get(keys[j])
                if hit is None:
                    p = int(pos[j])
                    hit = cache[keys[j]] = bigram_hash(flat[p], flat[p + 1])
                found[j] = hit
        return found

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, shape (n, k): equal to `featurizer.transform(texts) @ coef + intercept`."""
        n, k = len(texts), self.coef.shape[1]
        if len(self._tok_index) >= MAX_CACHE or len(self._bi_index) >= MAX_CACHE:
            self.reset_caches()  # between batches only: ids taken in this batch stay valid
        per_text = [tokenize(t) for t in texts]
        lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(per_text))
        ids = list(map(self._tok_index.get, flat))
        if None in ids:
            self._add_tokens(list(dict.fromkeys(t for t, i in zip(flat, ids, strict=True) if i is None)))
            ids = list(map(self._tok_index.get, flat))
        tid = np.asarray(ids, dtype=np.int64)
        town = np.repeat(np.arange(n), lengths)
        rows = self._tok_table[tid] if len(tid) else np.zeros((0, k + 1))
        if self.featurizer.bigrams and len(tid) > 1:
            pos = np.flatnonzero(town[1:] == town[:-1])
            bid, bown = self._bigram_ids(flat, tid, pos), town[pos]
        else:
            bid = bown = np.zeros(0, dtype=np.int64)
        count = np.bincount(town, weights=rows[:, -1], minlength=n) + np.bincount(bown, minlength=n)
        out = np.empty((n, k))
        bw = self.coef[bid]
        for j in range(k):
            out[:, j] = np.bincount(town, weights=rows[:, j], minlength=n) + np.bincount(
                bown, weights=bw[:, j], minlength=n
            )
        out /= np.sqrt(np.maximum(count, 1.0))[:, None]
        return out + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, shape (n, len(labels))."""
        return self.calibration.probabilities(self.decision(texts))

    # -- storage ---------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        nz = np.flatnonzero(np.any(self.coef != 0, axis=1))
        vocab = [t for t in dict.fromkeys(self.vocabulary) if t and "\n" not in t]
        table = np.zeros((len(vocab), self.coef.shape[1] + 1))
        stored = self.quantize(self.coef)  # the weights as loaded, so shipped rows equal computed ones
        for i, tok in enumerate(vocab):
            idx, val = self.featurizer.token_features(tok)
            table[i, :-1] = val @ stored[idx]
            table[i, -1] = len(idx)
        header = {
            "format": FORMAT,
            "task": self.task,
            "labels": self.labels,
            "featurizer": self.featurizer.to_config(),
            "calibration": self.calibration.to_dict(),
            "rule": self.rule.to_dict(),
            "meta": self.meta,
        }
        save_artifact(
            path,
            header,
            index=nz.astype(np.int32),
            weights=self.coef[nz].astype(np.float16),
            intercept=self.intercept.astype(np.float64),
            vocab=np.frombuffer("\n".join(vocab).encode(), dtype=np.uint8),
            vocab_table=table,
        )

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        header, arrays = load_artifact(path, FORMAT, "python -m signoff.ml.train.fast")
        index, weights, intercept = arrays["index"], arrays["weights"], arrays["intercept"]
        fz = HashedFeaturizer.from_config(header["featurizer"])
        coef = np.zeros((fz.n_features, weights.shape[1]))
        coef[index] = weights
        model = cls(
            task=header["task"],
            labels=header["labels"],
            featurizer=fz,
            coef=coef,
            intercept=intercept,
            calibration=Calibration.from_dict(header["calibration"]),
            rule=DecisionRule.from_dict(header["rule"]),
            meta=header["meta"],
        )
        if "vocab" in arrays and len(arrays["vocab"]):
            model.vocabulary = bytes(arrays["vocab"]).decode().split("\n")
            model._tok_index = {t: i for i, t in enumerate(model.vocabulary)}
            model._tok_table = np.array(arrays["vocab_table"], dtype=np.float64)
        return model

    @staticmethod
    def frequent_tokens(texts: Sequence[str], n: int = VOCABULARY_SIZE) -> list[str]:
        """The `n` most frequent tokens of `texts` (seen at least twice): what `vocabulary` ships."""
        from collections import Counter

        counts = Counter(t for text in texts for t in tokenize(text))
        return [t for t, c in counts.most_common(n) if c >= 2]

    @staticmethod
    def quantize(coef: np.ndarray) -> np.ndarray:
        """The weights as they will be after a save/load round trip (float16)."""
        return coef.astype(np.float16).astype(np.float64)

    def decision_from_matrix(self, X: sp.csr_matrix) -> np.ndarray:
        return np.asarray(X @ self.coef) + self.intercept
