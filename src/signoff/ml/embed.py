"""The embedding tier: a logistic-regression head over MiniLM sentence embeddings and tone features,
blended with the n-gram stack (`signoff.ml.strong`) where that helped on val.

    z = w * log p_head + (1 - w) * log p_stack        (w = 1: no stack; sentiment)
    p = calibration(z), label = rule(p)

`p_head` is the head's calibrated probability over [embedding ⊕ dense tone features] (standardized);
`p_stack` the stack's own calibrated probability. The weight `w`, the head's C, the calibrations and the
decision rule were all chosen on val by `python -m signoff.ml.train.embed_heads`. The registry serves this
model as the "strong" tier for a task only when `<task>.embed.npz` is shipped, which the train script does
only where it beat the n-gram stack on val.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.calibration import Calibration, DecisionRule
from signoff.ml.encoder import ENCODER_FILE, SentenceEncoder, load_encoder
from signoff.ml.strong import StrongModel, dense_features

FORMAT = "signoff-embed-1"


def encoder_dir(directory: Path) -> Path:
    """The encoder beside the heads when present there (rebuilt models), else the shipped one."""
    from signoff.ml.registry import ARTIFACT_DIR

    return directory if (directory / ENCODER_FILE).is_file() else ARTIFACT_DIR


def head_features(encoder: SentenceEncoder, texts: Sequence[str]) -> np.ndarray:
    return np.hstack([encoder.encode(texts), dense_features(texts)])


def log_probs(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-6, 1.0))


@dataclass
class EmbedModel:
    task: str
    labels: list[str]
    encoder: SentenceEncoder
    head_coef: np.ndarray  # (n_features, k_head); k_head = 1 for a binary task
    head_intercept: np.ndarray
    feat_mean: np.ndarray
    feat_scale: np.ndarray
    head_calibration: Calibration
    stack: StrongModel | None
    weight: float
    calibration: Calibration
    rule: DecisionRule = field(default_factory=DecisionRule)
    meta: dict = field(default_factory=dict)

    def head_scores(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.feat_mean) / self.feat_scale) @ self.head_coef + self.head_intercept

    def blend(self, head_scores: np.ndarray, stack_probs: np.ndarray | None, weight: float) -> np.ndarray:
        z = weight * log_probs(self.head_calibration.probabilities(head_scores))
        if stack_probs is not None and weight < 1.0:
            z = z + (1.0 - weight) * log_probs(stack_probs)
        return z

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        head = self.head_scores(head_features(self.encoder, texts))
        stack = self.stack.predict_proba(texts) if self.stack is not None and self.weight < 1.0 else None
        return self.blend(head, stack, self.weight)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.calibration.probabilities(self.decision(texts))

    # -- storage ---------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        header = {
            "format": FORMAT,
            "task": self.task,
            "labels": self.labels,
            "weight": self.weight,
            "head_calibration": self.head_calibration.to_dict(),
            "calibration": self.calibration.to_dict(),
            "rule": self.rule.to_dict(),
            "meta": self.meta,
        }
        save_artifact(
            path,
            header,
            head_coef=self.head_coef.astype(np.float32),
            head_intercept=self.head_intercept,
            feat_mean=self.feat_mean,
            feat_scale=self.feat_scale,
        )

    @classmethod
    def load(cls, path: Path) -> EmbedModel:
        """The head at `path`, the encoder (see `encoder_dir`) and, when blended, the stack beside it."""
        header, arrays = load_artifact(path, FORMAT, "python -m signoff.ml.train.embed_heads")
        weight = float(header["weight"])
        stack = None
        if weight < 1.0:
            stack = StrongModel.load(path.with_name(f"{header['task']}.strong.npz"))
        return cls(
            task=header["task"],
            labels=header["labels"],
            encoder=load_encoder(encoder_dir(path.parent).resolve()),
            head_coef=arrays["head_coef"].astype(np.float64),
            head_intercept=arrays["head_intercept"],
            feat_mean=arrays["feat_mean"],
            feat_scale=arrays["feat_scale"],
            head_calibration=Calibration.from_dict(header["head_calibration"]),
            stack=stack,
            weight=weight,
            calibration=Calibration.from_dict(header["calibration"]),
            rule=DecisionRule.from_dict(header["rule"]),
            meta=header["meta"],
        )
