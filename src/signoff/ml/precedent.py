"""Nearest past incidents: the regret corpus as static sentence vectors (`signoff.ml.static`).

The index holds the vectors of the corpus's regretted posts with what happened, the year and the source. A
logistic regression over the vector (`coef`, `intercept`), trained on those posts against the corpus's fine
posts (hard negatives), ordinary tweets (TweetEval offensive *train*, not-offensive) and official posts
(../shared/data/voices), says how much a draft reads like a regretted post; the finding fires from
`threshold` up, chosen so that a small share of ordinary tweets (TweetEval offensive *val*, not-offensive)
reach it. The evidence is the regretted posts nearest to the draft (cosine similarity) with what happened,
the year and the source, so a manager sees *why*. The settings were chosen on cross-validation folds grouped
by incident (`python -m signoff.ml.train.precedent`), so no incident ever vouched for itself;
`benchmarks/regret.py` measures it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.static import StaticEmbedder, load_static

FORMAT = "signoff-precedent-2"
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
    """One draft's score: the probability it reads like a regretted post, and the closest incidents."""

    probability: float
    closest: list[Match]

    @property
    def top_similarity(self) -> float:
        return self.closest[0].similarity if self.closest else 0.0


@dataclass
class PrecedentIndex:
    vectors: np.ndarray  # (n, dim) float32 unit rows, one per regretted post
    incidents: list[Incident]
    coef: np.ndarray  # (dim,)
    intercept: float
    threshold: float
    meta: dict = field(default_factory=dict)
    #: The threshold for brand accounts (None: the same as everyone's). A brand's post is judged against a
    #: lower bar: a brand apologises for what a person may say (see the model card).
    threshold_brand: float | None = None

    def vote(self, embeddings: np.ndarray, *, show: int = 3) -> list[Precedent]:
        """One Precedent per row of `embeddings` (unit vectors)."""
        emb = np.asarray(embeddings, dtype=np.float32)
        probs = 1.0 / (1.0 + np.exp(-(emb @ self.coef + self.intercept)))
        if not len(self.vectors) or not show:
            return [Precedent(float(p), []) for p in probs]
        sims = emb @ self.vectors.T
        out = []
        for p, row in zip(probs.tolist(), sims, strict=True):
            closest: list[Match] = []
            seen: set[str] = set()
            for j in np.argsort(-row, kind="stable")[: show * 3].tolist():
                inc = self.incidents[j]
                if inc.id in seen:
                    continue
                seen.add(inc.id)
                closest.append(Match(inc, float(row[j])))
                if len(closest) == show:
                    break
            out.append(Precedent(p, closest))
        return out

    def fires(self, p: Precedent, *, brand: bool = False) -> bool:
        bar = self.threshold_brand if brand and self.threshold_brand is not None else self.threshold
        return p.probability >= bar

    # -- storage ----------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        header: dict[str, Any] = {
            "format": FORMAT,
            "intercept": self.intercept,
            "threshold": self.threshold,
            "threshold_brand": self.threshold_brand,
            "incidents": [inc.__dict__ for inc in self.incidents],
            "meta": self.meta,
        }
        save_artifact(
            path,
            header,
            vectors=self.vectors.astype(np.float16),
            coef=self.coef.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> PrecedentIndex:
        header, arrays = load_artifact(path, FORMAT, REBUILD)
        return cls(
            vectors=arrays["vectors"].astype(np.float32),
            incidents=[Incident(**inc) for inc in header["incidents"]],
            coef=arrays["coef"].astype(np.float32),
            intercept=float(header["intercept"]),
            threshold=float(header["threshold"]),
            meta=header.get("meta", {}),
            threshold_brand=(
                None if header.get("threshold_brand") is None else float(header["threshold_brand"])
            ),
        )


@lru_cache(maxsize=2)
def load_index(directory: Path) -> PrecedentIndex | None:
    """The shipped index in `directory`, or None when it was not built."""
    path = directory / ARTIFACT
    return PrecedentIndex.load(path) if path.is_file() else None


def embedder(directory: Path) -> StaticEmbedder:
    """The representation SO701 reads drafts in: the encoder's input embeddings, mean-pooled
    (`signoff.ml.static`), not its fine-tuned last layer (see the model card for why)."""
    return load_static(directory)
