"""Nearest past incidents: a k-nearest-neighbour vote over the regret corpus in the encoder's embedding space.

The index holds the embeddings of the corpus's regretted posts (with what happened, the year and the source),
of its fine posts (hard negatives) and of ordinary tweets (TweetEval offensive *train*, not-offensive), so a
draft that merely shares a topic with an incident meets fine neighbours too. A draft's score is the
similarity-weighted share of regretted posts among its `k` nearest neighbours; the finding fires when that
share reaches `min_share` and the closest regretted post is at least `min_similarity` away. Both were chosen
on cross-validation folds grouped by incident (`python -m signoff.ml.train.precedent`), so no incident ever
vouched for itself. Explainable by construction: the evidence is the closest incidents themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from signoff.ml.artifact_io import load_artifact, save_artifact

FORMAT = "signoff-precedent-1"
ARTIFACT = "precedent.npz"
REBUILD = "`python -m signoff.ml.train.precedent`"


@dataclass(frozen=True)
class Incident:
    id: str
    year: int
    category: str
    what_happened: str
    source_url: str
    account: str = ""


@dataclass(frozen=True)
class Match:
    incident: Incident
    similarity: float


@dataclass(frozen=True)
class Precedent:
    """One draft's vote: the share of regretted neighbours and the closest regretted incidents."""

    share: float
    closest: list[Match]

    @property
    def top_similarity(self) -> float:
        return self.closest[0].similarity if self.closest else 0.0


@dataclass
class PrecedentIndex:
    vectors: np.ndarray  # (n, dim) float32 unit rows
    regrettable: np.ndarray  # (n,) bool
    #: Incident of each regretted row (None for fine and background rows).
    incidents: list[Incident | None]
    k: int = 7
    temperature: float = 0.05
    min_share: float = 0.6
    min_similarity: float = 0.55
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._regret_rows = np.flatnonzero(self.regrettable)

    def vote(self, embeddings: np.ndarray, *, show: int = 3) -> list[Precedent]:
        """One Precedent per row of `embeddings` (unit vectors)."""
        if len(self.vectors) == 0:
            return [Precedent(0.0, []) for _ in range(len(embeddings))]
        sims = np.asarray(embeddings, dtype=np.float32) @ self.vectors.T
        k = min(self.k, sims.shape[1])
        out = []
        for row in sims:
            top = np.argpartition(-row, k - 1)[:k]
            w = np.exp((row[top] - row[top].max()) / self.temperature)
            share = float((w * self.regrettable[top]).sum() / w.sum())
            closest: list[Match] = []
            if len(self._regret_rows):
                r = row[self._regret_rows]
                n = min(show * 3, len(r))
                best = self._regret_rows[np.argsort(-r, kind="stable")[:n]]
                seen: set[str] = set()
                for i in best:
                    inc = self.incidents[i]
                    if inc is None or inc.id in seen:
                        continue
                    seen.add(inc.id)
                    closest.append(Match(inc, float(row[i])))
                    if len(closest) == show:
                        break
            out.append(Precedent(share, closest))
        return out

    def fires(self, p: Precedent) -> bool:
        return p.share >= self.min_share and p.top_similarity >= self.min_similarity

    def without(self, keep: np.ndarray) -> PrecedentIndex:
        """The same index restricted to rows where `keep` is true (cross-validation folds)."""
        return PrecedentIndex(
            vectors=self.vectors[keep],
            regrettable=self.regrettable[keep],
            incidents=[inc for inc, kept in zip(self.incidents, keep.tolist(), strict=True) if kept],
            k=self.k,
            temperature=self.temperature,
            min_share=self.min_share,
            min_similarity=self.min_similarity,
            meta=self.meta,
        )

    # -- storage ----------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        header: dict[str, Any] = {
            "format": FORMAT,
            "k": self.k,
            "temperature": self.temperature,
            "min_share": self.min_share,
            "min_similarity": self.min_similarity,
            "incidents": [inc.__dict__ if inc else None for inc in self.incidents],
            "meta": self.meta,
        }
        save_artifact(
            path,
            header,
            vectors=self.vectors.astype(np.float16),
            regrettable=self.regrettable.astype(np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> PrecedentIndex:
        header, arrays = load_artifact(path, FORMAT, REBUILD)
        return cls(
            vectors=arrays["vectors"].astype(np.float32),
            regrettable=arrays["regrettable"].astype(bool),
            incidents=[Incident(**inc) if inc else None for inc in header["incidents"]],
            k=int(header["k"]),
            temperature=float(header["temperature"]),
            min_share=float(header["min_share"]),
            min_similarity=float(header["min_similarity"]),
            meta=header.get("meta", {}),
        )


@lru_cache(maxsize=2)
def load_index(directory: Path) -> PrecedentIndex | None:
    """The shipped index in `directory`, or None when it was not built."""
    path = directory / ARTIFACT
    return PrecedentIndex.load(path) if path.is_file() else None


class Embedder:
    """Texts to unit vectors with the shipped encoder, remembering recent texts (a batch re-checks drafts)."""

    def __init__(self, directory: Path) -> None:
        from signoff.ml.encoder import load_encoder

        self._encoder = load_encoder(directory)
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            if len(self._cache) > 4096:
                self._cache.clear()
            for t, v in zip(todo, self._encoder.encode(todo), strict=True):
                self._cache[t] = v
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
