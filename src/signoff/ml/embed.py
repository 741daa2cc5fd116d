"""The strong tier over the fine-tuned encoder (`signoff.ml.encoder`), blended with the n-gram stack
(`signoff.ml.strong`) where that helped on val.

    z = w * log p_head + (1 - w) * log p_stack        (w = 1: no stack)
    p = calibration(z), label = rule(p)

`p_head` is the calibrated probability of one of two heads, whichever scored better on val:
  * "logits": the task's own head, fine-tuned with the encoder (tasks with a train split);
  * "linear": a logistic regression over [embedding ⊕ dense tone features] (standardized); the only choice
    for sentiment, which has no train split and is cross-validated on val.
`p_stack` is the stack's own calibrated probability. The head, the weight `w`, the calibrations and the
decision rule were all chosen on val by `python -m signoff.ml.train.embed_heads`. The registry serves this
model as the "strong" tier for a task only when `<task>.embed.npz` is shipped, which the train script does
only where it beat the n-gram stack on val.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from signoff.errors import ConfigError
from signoff.ml.artifact_io import load_artifact, save_artifact
from signoff.ml.calibration import Calibration, DecisionRule
from signoff.ml.encoder import ENCODER_FILE, SentenceEncoder, load_encoder
from signoff.ml.paths import ARTIFACT_DIR
from signoff.ml.strong import StrongModel, dense_features

FORMAT = "signoff-embed-2"


def encoder_dir(directory: Path) -> Path:
    """The encoder beside the heads when present there (rebuilt models), else the shipped one."""
    return directory if (directory / ENCODER_FILE).is_file() else ARTIFACT_DIR


def binary_score(logits: np.ndarray) -> np.ndarray:
    """A two-logit head becomes one score column (l1 - l0), as every binary model here scores."""
    return logits[:, 1:2] - logits[:, 0:1] if logits.shape[1] == 2 else logits


def linear_features(embedding: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """The linear head's input: the embedding and the dense tone features."""
    return np.hstack([embedding, dense_features(texts)])


def log_probs(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-6, 1.0))


def blend_scores(
    head_calibration: Calibration, head_scores: np.ndarray, stack_probs: np.ndarray | None, weight: float
) -> np.ndarray:
    """w * log p_head + (1 - w) * log p_stack (the stack only when given and w < 1)."""
    z = weight * log_probs(head_calibration.probabilities(head_scores))
    if stack_probs is not None and weight < 1.0:
        z = z + (1.0 - weight) * log_probs(stack_probs)
    return z


@dataclass
class EmbedModel:
    task: str
    labels: list[str]
    encoder: SentenceEncoder
    head: str  # "logits" (the encoder's own task head) or "linear"
    head_coef: np.ndarray  # linear: (n_features, k_head); k_head = 1 for a binary task; logits: empty
    head_intercept: np.ndarray
    feat_mean: np.ndarray
    feat_scale: np.ndarray
    head_calibration: Calibration
    stack: StrongModel | None
    weight: float
    calibration: Calibration
    rule: DecisionRule = field(default_factory=DecisionRule)
    meta: dict = field(default_factory=dict)

    def head_scores(self, embedding: np.ndarray, logits: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """The head's raw scores from one encoder pass (`embedding`, `logits`) over `texts`."""
        if self.head == "logits":
            return binary_score(self.encoder.task_logits(logits, self.task))
        features = linear_features(embedding, texts)
        return ((features - self.feat_mean) / self.feat_scale) @ self.head_coef + self.head_intercept

    def blend(self, head_scores: np.ndarray, stack_probs: np.ndarray | None, weight: float) -> np.ndarray:
        return blend_scores(self.head_calibration, head_scores, stack_probs, weight)

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        return self.decision_from(*self.encoder.encode_all(texts), texts)

    def decision_from(self, embedding: np.ndarray, logits: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """`decision` from an encoder pass already made over `texts` (one pass can serve every task)."""
        head = self.head_scores(embedding, logits, texts)
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
            "head": self.head,
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
        encoder = load_encoder(encoder_dir(path.parent).resolve())
        if header["head"] == "logits" and header["task"] not in encoder.heads:
            raise ConfigError(
                f"{path} uses the encoder's {header['task']} head, which this encoder lacks; rebuild with "
                f"`python -m signoff.ml.train.embed_heads {header['task']}`"
            )
        stack = None
        if weight < 1.0:
            stack = StrongModel.load(path.with_name(f"{header['task']}.strong.npz"))
        return cls(
            task=header["task"],
            labels=header["labels"],
            encoder=encoder,
            head=header["head"],
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
