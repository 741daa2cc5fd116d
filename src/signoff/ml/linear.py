"""A linear classifier over hashed features, stored as a pickle-free .npz and scored per token.

The score of a text is bias + (sum of its tokens' contributions) / sqrt(number of feature entries); each
token's contribution (its hashed features times the weights) is computed once and cached, so scoring a
tweet is a few dict lookups and one bincount per class. The artifact ships the contributions of the most
frequent training tokens (`vocabulary`), so a fresh process starts with a warm cache for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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
    #: doubling so a new word costs one row write, not a copy of the whole cache.
    _tok_table: np.ndarray | None = field(default=None, repr=False)

    # -- scoring ---------------------------------------------------------------------------------------
    def _token_id(self, token: str) -> int:
        tid = self._tok_index.get(token)
        if tid is None:
            tid = len(self._tok_index)
            table = self._tok_table
            if table is None or tid >= len(table):
                grown = np.empty((max(1024, 2 * tid), self.coef.shape[1] + 1))
                if table is not None and tid:
                    grown[:tid] = table[:tid]
                self._tok_table = table = grown
            idx, val = self.featurizer.token_features(token)
            table[tid, :-1] = val @ self.coef[idx]
            table[tid, -1] = len(idx)
            self._tok_index[token] = tid
        return tid

    def _table(self) -> np.ndarray:
        if self._tok_table is None:
            return np.zeros((0, self.coef.shape[1] + 1))
        return self._tok_table

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, shape (n, k): equal to `featurizer.transform(texts) @ coef + intercept`."""
        n, k = len(texts), self.coef.shape[1]
        if len(self._tok_index) >= MAX_CACHE:  # between batches only: ids taken in this batch stay valid
            self._tok_index.clear()
        tok_ids: list[int] = []
        tok_owner: list[int] = []
        bi_ids: list[int] = []
        bi_owner: list[int] = []
        token_id, bigram_index = self._token_id, self.featurizer.bigram_index
        use_bigrams = self.featurizer.bigrams
        for row, text in enumerate(texts):
            toks = tokenize(text)
            tok_ids.extend(token_id(t) for t in toks)
            tok_owner.extend([row] * len(toks))
            if use_bigrams and len(toks) > 1:
                bi_ids.extend(bigram_index(a, b) for a, b in zip(toks, toks[1:], strict=False))
                bi_owner.extend([row] * (len(toks) - 1))
        table = self._table()
        tid = np.asarray(tok_ids, dtype=np.int64)
        town = np.asarray(tok_owner, dtype=np.int64)
        bid = np.asarray(bi_ids, dtype=np.int64)
        bown = np.asarray(bi_owner, dtype=np.int64)
        rows = table[tid]
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
