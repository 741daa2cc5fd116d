"""SO701's second head: how much a draft's words and spelling read like a regretted post.

The first head (`signoff.ml.precedent`) reads what a draft is *about*: the encoder's input embeddings,
averaged. Averaging loses the short phrases and the spelling that carry much of a regret's tone: "brats
like u", "lmao", a masked swear, "#animals", a sneer's punctuation. This head reads them: word uni- and
bigrams and character 2-5-grams within words, hashed into fixed tables (no vocabulary is stored, so no
incident's words are listed in the artifact), counts log-scaled and each table scaled to unit length, then
one logistic regression. Its threshold is set so that a fixed share of the corpus's *fine* posts, scored out
of fold by heads that never saw their incident, fire (`python -m signoff.ml.train.lexical`; model card:
`src/signoff/ml/cards/precedent.md`).

Hashing costs tens of microseconds a text in a batch and about a millisecond alone; the weights are stored
sparse (only the non-zero ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from signoff.ml.artifact_io import load_artifact, save_artifact

FORMAT = "signoff-lexical-1"
ARTIFACT = "lexical.npz"
REBUILD = "`python -m signoff.ml.train.lexical`"
#: Texts remembered (the engine scores a batch in `prepare`, then each draft again in `run`).
CACHE = 4096


class LexicalHead:
    """Hashed word and character n-grams, one logistic regression, one threshold."""

    def __init__(
        self, header: dict[str, Any], coef: np.ndarray, *, threshold: float, intercept: float
    ) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self.header = header
        self.n_features = int(header["n_features"])
        self.threshold = float(threshold)
        self.intercept = float(intercept)
        self.coef = np.asarray(coef, dtype=np.float32)
        if self.coef.shape != (2 * self.n_features,):
            raise ValueError(f"coef has shape {self.coef.shape}, expected ({2 * self.n_features},)")
        common = {"n_features": self.n_features, "alternate_sign": False, "norm": None, "lowercase": True}
        self._words = HashingVectorizer(ngram_range=tuple(header["word_ngrams"]), **common)
        self._chars = HashingVectorizer(
            analyzer="char_wb", ngram_range=tuple(header["char_ngrams"]), **common
        )
        self._cache: dict[str, float] = {}

    def features(self, texts: Sequence[str]) -> Any:
        """The sparse feature rows of `texts` (words, then characters), as training and scoring read them."""
        from scipy.sparse import hstack
        from sklearn.preprocessing import normalize

        parts = []
        for vec in (self._words, self._chars):
            m = vec.transform(list(texts))
            m.data = np.log1p(m.data)
            parts.append(normalize(m))
        return hstack(parts).tocsr()

    def probability(self, texts: Sequence[str]) -> np.ndarray:
        """P(regretted) of each text (remembered for the next call)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            z = self.features(todo) @ self.coef + self.intercept
            if len(self._cache) + len(todo) > CACHE:
                self._cache.clear()
            self._cache.update(zip(todo, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))
        return np.array([self._cache[t] for t in texts], dtype=np.float64)

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
