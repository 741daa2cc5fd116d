"""Shipped artifacts: where they are, loading them once, and classifying texts with them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from signoff.errors import InputError, NotFoundError
from signoff.ml.calibration import DecisionRule
from signoff.ml.data import TASKS, check_task
from signoff.ml.paths import ARTIFACT_DIR as ARTIFACT_DIR  # the registry's own name for it (train scripts)

TIERS: tuple[str, ...] = ("fast", "strong")


class TextClassifier(Protocol):
    task: str
    labels: list[str]
    rule: DecisionRule
    meta: dict

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


def artifact_dir() -> Path:
    """`$SIGNOFF_MODEL_DIR` (for rebuilt or smoke-trained models), else the shipped artifacts."""
    env = os.environ.get("SIGNOFF_MODEL_DIR")
    return Path(env) if env else ARTIFACT_DIR


def check_tier(tier: str) -> str:
    if tier not in TIERS:
        raise InputError(f"unknown tier {tier!r}; choose fast or strong")
    return tier


def artifact_path(task: str, tier: str, directory: Path | None = None) -> Path:
    return (directory or artifact_dir()) / f"{check_task(task)}.{check_tier(tier)}.npz"


def load_model(task: str, tier: str = "fast", directory: Path | None = None) -> TextClassifier:
    """The model for `task` at `tier`, loaded once per process."""
    return _load(artifact_path(task, tier, directory).resolve(), tier)


@lru_cache(maxsize=32)
def _load(path: Path, tier: str) -> TextClassifier:
    if not path.is_file():
        raise NotFoundError(
            f"no model artifact at {path}; rebuild it with `python -m signoff.ml.train.{tier}`"
        )
    if tier == "fast":
        from signoff.ml.linear import LinearTextModel

        return LinearTextModel.load(path)
    embed = path.with_name(path.name.replace(".strong.npz", ".embed.npz"))
    if embed.is_file():  # shipped only where the embedding tier beat the n-gram stack on val
        from signoff.ml.embed import EmbedModel

        return EmbedModel.load(embed)
    from signoff.ml.strong import StrongModel

    return StrongModel.load(path)


def available(directory: Path | None = None) -> list[tuple[str, str, Path]]:
    """(task, tier, path) of every artifact present."""
    return [
        (t, tier, p) for t in TASKS for tier in TIERS if (p := artifact_path(t, tier, directory)).is_file()
    ]


def classify(model: TextClassifier, texts: Sequence[str]) -> list[dict[str, Any]]:
    """One {"label", "scores"} record per text: the decided label and every label's calibrated probability."""
    if not texts:
        return []
    probs = model.predict_proba(texts)
    labels = model.labels
    decided = model.rule.decide(probs).tolist()
    rows = np.round(probs, 4).tolist()  # one numpy call instead of a Python round() per score
    return [
        {"label": labels[d], "scores": dict(zip(labels, row, strict=True))}
        for d, row in zip(decided, rows, strict=True)
    ]
