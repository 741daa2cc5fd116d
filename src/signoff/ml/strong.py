"""The strong tier: a stacked ensemble of two n-gram models and dense tone features.

Base models (both linear over hashed features, stored sparse as float16):
  * `words`: the fast tier's featurizer (word 1-2-grams, char 2-5-grams inside words, lexicon valence),
    NB-weighted logistic regression;
  * `chars`: character 2-6-grams across word boundaries (catches phrases, spacing, emoji runs), plain
    logistic regression.
Dense features: VADER's four polarity scores, and counts of exclamation and question marks, emoji,
hashtags, mentions, links, all-caps words and elongated words.
A multinomial logistic regression ("stacker") combines the base models' out-of-fold scores with the
dense features; its output is calibrated and thresholded on val like the fast tier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import mmh3
import numpy as np
import regex
import scipy.sparse as sp

from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.calibration import Calibration, DecisionRule
from signoff.ml.features import ELONGATED_RE, HashedFeaturizer, normalize
from signoff.ml.linear import LinearTextModel

FORMAT = "signoff-strong-1"
CHAR_NGRAMS = (2, 6)
CHAR_FEATURES = 2**20
EMOJI_RE = regex.compile(r"\p{Extended_Pictographic}")
DENSE_NAMES = (
    "vader_neg",
    "vader_neu",
    "vader_pos",
    "vader_compound",
    "exclaim",
    "question",
    "emoji",
    "hashtag",
    "mention",
    "url",
    "caps_words",
    "elongated",
    "log_len",
)


@lru_cache(maxsize=1)
def _vader():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def dense_features(texts: Sequence[str]) -> np.ndarray:
    """Tone and style features, one row per text, columns as `DENSE_NAMES`."""
    sia = _vader()
    out = np.zeros((len(texts), len(DENSE_NAMES)))
    for i, text in enumerate(texts):
        v = sia.polarity_scores(text)
        words = text.split()
        out[i] = (
            v["neg"],
            v["neu"],
            v["pos"],
            v["compound"],
            min(text.count("!"), 5) / 5,
            min(text.count("?"), 5) / 5,
            min(len(EMOJI_RE.findall(text)), 5) / 5,
            min(text.count("#"), 5) / 5,
            min(text.count("@"), 5) / 5,
            float("http" in text or "URL" in text),
            min(sum(1 for w in words if w.isupper() and len(w) > 1), 5) / 5,
            min(len(ELONGATED_RE.findall(text)), 3) / 3,
            np.log1p(len(text)) / 6,
        )
    return out


_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's own pattern for runs of white space


def char_matrix(texts: Sequence[str]) -> sp.csr_matrix:
    """Character 2-6-grams across word boundaries of the normalized, lower-cased text, hashed, counted and
    L2-normalized per row: the same matrix as scikit-learn's HashingVectorizer(analyzer="char",
    ngram_range=(2, 6), n_features=2**20, alternate_sign=False, norm="l2") with this preprocessor, which
    the shipped models were trained with, without importing scikit-learn (over a second on a slow core)."""
    lo, hi = CHAR_NGRAMS
    h, n_features = mmh3.hash, CHAR_FEATURES
    indptr = [0]
    indices: list[int] = []
    for text in texts:
        doc = _WHITE_SPACES.sub(" ", normalize(text).lower())
        size = len(doc)
        # FeatureHasher's index: |signed murmur3 of the UTF-8| mod n. It maps -2**31 to
        # (2**31 - n) mod n, which is 0 = 2**31 mod n, as here, for a power of two n.
        indices.extend(
            [
                abs(h(doc[i : i + n], 0, True)) % n_features
                for n in range(lo, min(hi, size) + 1)
                for i in range(size - n + 1)
            ]
        )
        indptr.append(len(indices))
    X = sp.csr_matrix(
        (np.ones(len(indices)), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(texts), CHAR_FEATURES),
    )
    X.sum_duplicates()
    lengths = np.diff(X.indptr)
    norms = np.sqrt(np.bincount(np.repeat(np.arange(len(texts)), lengths), X.data**2, len(texts)))
    norms[norms == 0] = 1.0
    X.data /= np.repeat(norms, lengths)
    return X


@dataclass
class StrongModel:
    task: str
    labels: list[str]
    words: LinearTextModel
    chars_coef: np.ndarray  # (CHAR_FEATURES, k_base)
    chars_intercept: np.ndarray
    stack_coef: np.ndarray  # (n_stack_features, n_labels)
    stack_intercept: np.ndarray
    stack_mean: np.ndarray
    stack_scale: np.ndarray
    calibration: Calibration
    rule: DecisionRule = field(default_factory=DecisionRule)
    meta: dict = field(default_factory=dict)

    def base_scores(self, texts: Sequence[str]) -> np.ndarray:
        """The stacker's input: both base models' scores and the dense features."""
        words = self.words.decision(texts)
        chars = np.asarray(char_matrix(texts) @ self.chars_coef) + self.chars_intercept
        return np.hstack([words, chars, dense_features(texts)])

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        z = (self.base_scores(texts) - self.stack_mean) / self.stack_scale
        return z @ self.stack_coef + self.stack_intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.calibration.probabilities(self.decision(texts))

    # -- storage ---------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        w = self.words
        wnz = np.flatnonzero(np.any(w.coef != 0, axis=1))
        cnz = np.flatnonzero(np.any(self.chars_coef != 0, axis=1))
        header = {
            "format": FORMAT,
            "task": self.task,
            "labels": self.labels,
            "featurizer": w.featurizer.to_config(),
            "calibration": self.calibration.to_dict(),
            "rule": self.rule.to_dict(),
            "meta": self.meta,
        }
        save_artifact(
            path,
            header,
            words_index=wnz.astype(np.int32),
            words_weights=w.coef[wnz].astype(np.float16),
            words_intercept=w.intercept,
            chars_index=cnz.astype(np.int32),
            chars_weights=self.chars_coef[cnz].astype(np.float16),
            chars_intercept=self.chars_intercept,
            stack_coef=self.stack_coef,
            stack_intercept=self.stack_intercept,
            stack_mean=self.stack_mean,
            stack_scale=self.stack_scale,
        )

    @classmethod
    def load(cls, path: Path) -> StrongModel:
        header, arrays = load_artifact(path, FORMAT, "python -m signoff.ml.train.strong")
        fz = HashedFeaturizer.from_config(header["featurizer"])
        wcoef = np.zeros((fz.n_features, arrays["words_weights"].shape[1]))
        wcoef[arrays["words_index"]] = arrays["words_weights"]
        ccoef = np.zeros((CHAR_FEATURES, arrays["chars_weights"].shape[1]))
        ccoef[arrays["chars_index"]] = arrays["chars_weights"]
        k = len(header["labels"])
        words = LinearTextModel(
            header["task"], header["labels"], fz, wcoef, arrays["words_intercept"], Calibration.identity(k)
        )
        return cls(
            task=header["task"],
            labels=header["labels"],
            words=words,
            chars_coef=ccoef,
            chars_intercept=arrays["chars_intercept"],
            stack_coef=arrays["stack_coef"],
            stack_intercept=arrays["stack_intercept"],
            stack_mean=arrays["stack_mean"],
            stack_scale=arrays["stack_scale"],
            calibration=Calibration.from_dict(header["calibration"]),
            rule=DecisionRule.from_dict(header["rule"]),
            meta=header["meta"],
        )
