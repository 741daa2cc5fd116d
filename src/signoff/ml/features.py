"""Hashed token features: word unigrams and bigrams, character n-grams within words, lexicon valence.

Every feature belongs to one token (or one pair of adjacent tokens), so a linear model's score is a sum of
per-token contributions; `signoff.ml.linear` caches those per token, which is what makes the fast tier fast.
Rows are scaled by 1/sqrt(number of feature entries), the same at training and prediction time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

import mmh3
import numpy as np
import regex
import scipy.sparse as sp

URL_RE = regex.compile(r"https?://\S+|www\.\S+", regex.IGNORECASE)
MENTION_RE = regex.compile(r"@\w+")
ELONGATED_RE = regex.compile(r"(.)\1{2,}")
_ELONGATED_ANY = re.compile(r"(.)\1{2,}")  # the same pattern: `.` and backreferences agree in both engines
# Hashtags, words (with an apostrophe suffix), and single symbols: punctuation and emoji code points
# (zero-width joiners and variation selectors dropped).
TOKEN_RE = regex.compile(r"[#@]?\w+(?:'\w+)?|[^\w\s\u200d\ufe0f]")
MAX_CACHE = 400_000


def normalize(text: str) -> str:
    """Mentions become @user and links become `http`, as TweetEval's own preprocessing does."""
    # The substring tests skip a regex pass over most tweets; every link has "://" or "www." (which no
    # other character case-folds to) and every mention has "@".
    if "://" in text or "www." in text.lower():
        text = URL_RE.sub("http", text)
    return MENTION_RE.sub("@user", text) if "@" in text else text


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(normalize(text))


def _lexicon() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


@dataclass
class HashedFeaturizer:
    """Maps texts to a sparse matrix of hashed features; the config round-trips through `to_config`."""

    n_features: int = 2**20
    char_min: int = 2
    char_max: int = 5
    bigrams: bool = True
    lexicon: bool = True
    #: Weight of a lexicon valence feature relative to one n-gram (valence / 4 * lexicon_scale).
    lexicon_scale: float = 1.0
    _cache: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)
    _bigrams: dict[tuple[str, str], int] = field(default_factory=dict, repr=False)

    def to_config(self) -> dict[str, int | bool | float]:
        return {
            "n_features": self.n_features,
            "char_min": self.char_min,
            "char_max": self.char_max,
            "bigrams": self.bigrams,
            "lexicon": self.lexicon,
            "lexicon_scale": self.lexicon_scale,
        }

    @classmethod
    def from_config(cls, cfg: dict) -> HashedFeaturizer:
        keys = ("n_features", "char_min", "char_max", "bigrams", "lexicon", "lexicon_scale")
        return cls(**{k: cfg[k] for k in keys if k in cfg})

    def _hash(self, name: str) -> int:
        # The same values as scikit-learn's murmurhash3_32(name, seed=0, positive=True), without importing
        # scikit-learn (a third of a second) at prediction time.
        return mmh3.hash(name, 0, signed=False) % self.n_features

    def token_features(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, values) contributed by one token; cached."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        hashed, valence = self._hashes(token)
        values = np.ones(len(hashed))
        if valence is not None:
            values[-1] = self._lexicon_value(valence)
        entry = (np.asarray(hashed, dtype=np.int64), values)
        if len(self._cache) >= MAX_CACHE:
            self._cache.clear()
        self._cache[token] = entry
        return entry

    def _hashes(self, token: str) -> tuple[list[int], float | None]:
        return _hashed_token(token, self.n_features, self.char_min, self.char_max, self.lexicon)

    def _lexicon_value(self, valence: float) -> float:
        value = abs(valence) / 4.0
        return value * self.lexicon_scale if self.lexicon_scale != 1.0 else value

    def tokens_matrix(self, tokens: Sequence[str]) -> tuple[sp.csr_matrix, np.ndarray]:
        """(one unscaled row of features per token, the number of entries in each row): what
        `token_features` gives, built for many tokens at once."""
        hashes = [self._hashes(t) for t in tokens]
        sizes = np.fromiter((len(h) for h, _ in hashes), dtype=np.int64, count=len(hashes))
        indptr = np.zeros(len(hashes) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        flat = chain.from_iterable(h for h, _ in hashes)
        indices = np.fromiter(flat, dtype=np.int64, count=int(indptr[-1]))
        values = np.ones(len(indices))
        for row, (_, valence) in enumerate(hashes):
            if valence is not None:
                values[indptr[row + 1] - 1] = self._lexicon_value(valence)
        X = sp.csr_matrix((values, indices, indptr), shape=(len(hashes), self.n_features))
        return X, sizes

    def bigram_hash(self, a: str, b: str) -> int:
        """The hashed feature index of the bigram (a, b), case-folded."""
        return self._hash(f"b:{a.lower()} {b.lower()}")

    def bigram_index(self, a: str, b: str) -> int:
        hit = self._bigrams.get((a, b))
        if hit is None:
            if len(self._bigrams) >= MAX_CACHE:
                self._bigrams.clear()
            hit = self._bigrams[(a, b)] = self.bigram_hash(a, b)
        return hit

    def transform(self, texts: Iterable[str]) -> sp.csr_matrix:
        """Rows of hashed features, each scaled by 1/sqrt(its number of feature entries)."""
        indptr, indices, data = [0], [], []
        for text in texts:
            toks = tokenize(text)
            row_i: list[np.ndarray] = []
            row_v: list[np.ndarray] = []
            for tok in toks:
                i, v = self.token_features(tok)
                row_i.append(i)
                row_v.append(v)
            if self.bigrams and len(toks) > 1:
                bi = np.fromiter(
                    (self.bigram_index(a, b) for a, b in zip(toks, toks[1:], strict=False)), dtype=np.int64
                )
                row_i.append(bi)
                row_v.append(np.ones(len(bi)))
            ri = np.concatenate(row_i) if row_i else np.zeros(0, dtype=np.int64)
            rv = np.concatenate(row_v) if row_v else np.zeros(0)
            if len(ri):
                rv = rv / np.sqrt(len(ri))
            indices.append(ri)
            data.append(rv)
            indptr.append(indptr[-1] + len(ri))
        X = sp.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0),
                np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
                np.asarray(indptr),
            ),
            shape=(len(indptr) - 1, self.n_features),
        )
        X.sum_duplicates()
        return X


#: Hashed features per token, shared by every featurizer with the same hashing settings (models that differ
#: only in lexicon_scale hash each new word once between them): (indices, lexicon valence or None).
_HASHED: dict[tuple[int, int, int, bool], dict[str, tuple[list[int], float | None]]] = {}
_LEXICON: dict[str, float] = {}


def _hashed_token(
    token: str, n_features: int, char_min: int, char_max: int, lexicon: bool
) -> tuple[list[int], float | None]:
    """`token_hashes`, cached."""
    cache = _HASHED.setdefault((n_features, char_min, char_max, lexicon), {})
    hit = cache.get(token)
    if hit is None:
        if len(cache) >= MAX_CACHE:
            cache.clear()
        hit = cache[token] = token_hashes(token, n_features, char_min, char_max, lexicon)
    return hit


def token_hashes(
    token: str, n_features: int, char_min: int, char_max: int, lexicon: bool
) -> tuple[list[int], float | None]:
    """(hashed feature indices of one token, its lexicon valence or None); when there is a valence, the
    last index is the lexicon feature. Uncached: callers cache."""
    low = token.lower()
    if _ELONGATED_ANY.search(low):  # the stdlib test is cheaper; `regex` still does the substitution
        low = ELONGATED_RE.sub(r"\1\1", low)
    names = ["w:" + low]
    word = low[1:] if low[:1] in "#@" and len(low) > 1 else low
    if low.startswith("#"):
        names += ["w:" + word, "f:hashtag"]
    if token.isupper() and len(token) > 1:
        names.append("f:caps")
    padded = f" {word} "
    size = len(padded)
    names += [padded[i : i + n] for n in range(char_min, char_max + 1) for i in range(size - n + 1)]
    valence = None
    if lexicon:
        if not _LEXICON:
            _LEXICON.update(_lexicon())
        valence = _LEXICON.get(word)
        if valence is not None:
            names.append("f:lex+" if valence > 0 else "f:lex-")
    # The same values as scikit-learn's murmurhash3_32(name, seed=0, positive=True), without importing
    # scikit-learn (a third of a second) at prediction time. For a power of two, the low bits of the
    # signed hash are those of the unsigned one.
    h = mmh3.hash
    if n_features & (n_features - 1) == 0:
        mask = n_features - 1
        return [h(name) & mask for name in names], valence
    return [h(name, 0, False) % n_features for name in names], valence


def token_lists(texts: Sequence[str]) -> list[list[str]]:
    return [tokenize(t) for t in texts]
