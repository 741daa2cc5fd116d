"""Calibration (temperature and per-class bias, fit on held-out data) and decision rules chosen on val."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _as_logits(scores: np.ndarray) -> np.ndarray:
    """A binary model's single score column becomes two logits [0, s]."""
    scores = np.atleast_2d(scores)
    return np.hstack([np.zeros((len(scores), 1)), scores]) if scores.shape[1] == 1 else scores


@dataclass(frozen=True)
class Calibration:
    """p = softmax(logits / temperature + bias); `bias[0]` is fixed at 0."""

    temperature: float
    bias: tuple[float, ...]

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        return _softmax(_as_logits(scores) / self.temperature + np.asarray(self.bias))

    def to_dict(self) -> dict:
        return {"temperature": self.temperature, "bias": list(self.bias)}

    @classmethod
    def from_dict(cls, d: dict) -> Calibration:
        return cls(float(d["temperature"]), tuple(float(b) for b in d["bias"]))

    @classmethod
    def identity(cls, n_labels: int) -> Calibration:
        return cls(1.0, (0.0,) * n_labels)

    @classmethod
    def fit(cls, scores: np.ndarray, labels: Sequence[int]) -> Calibration:
        """Minimise the negative log-likelihood of held-out `labels` (a slight L2 pull keeps it stable)."""
        logits = _as_logits(scores)
        y = np.asarray(labels)
        k = logits.shape[1]

        def nll(params: np.ndarray) -> float:
            log_t, b = params[0], np.concatenate([[0.0], params[1:]])
            z = logits / np.exp(log_t) + b
            z = z - z.max(axis=1, keepdims=True)
            logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
            return float(-logp[np.arange(len(y)), y].mean() + 1e-3 * (params**2).sum())

        from scipy.optimize import minimize  # training only; slow to import

        res = minimize(nll, np.zeros(k), method="L-BFGS-B")
        return cls(float(np.exp(res.x[0])), (0.0, *(float(b) for b in res.x[1:])))


def metric(name: str, y_true: Sequence[int], y_pred: Sequence[int], n_labels: int) -> float:
    from sklearn.metrics import f1_score, recall_score  # evaluation only; slow to import

    labels = list(range(n_labels))
    if name == "macro_recall":
        return float(recall_score(y_true, y_pred, labels=labels, average="macro", zero_division=0))
    return float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0))


@dataclass(frozen=True)
class DecisionRule:
    """Binary: flag the positive class when its probability >= `threshold`.
    Multiclass: argmax of probabilities times per-class `weights`. Both chosen on validation."""

    threshold: float | None = None
    weights: tuple[float, ...] | None = None

    def decide(self, probs: np.ndarray) -> np.ndarray:
        if self.threshold is not None:
            return (probs[:, 1] >= self.threshold).astype(np.int64)
        w = np.asarray(self.weights) if self.weights is not None else 1.0
        return np.argmax(probs * w, axis=1)

    def to_dict(self) -> dict:
        return {"threshold": self.threshold, "weights": list(self.weights) if self.weights else None}

    @classmethod
    def from_dict(cls, d: dict) -> DecisionRule:
        w = d.get("weights")
        return cls(d.get("threshold"), tuple(w) if w else None)

    @classmethod
    def choose(cls, probs: np.ndarray, labels: Sequence[int], metric_name: str) -> DecisionRule:
        """The rule that maximises `metric_name` on these (validation) probabilities."""
        k = probs.shape[1]
        y = np.asarray(labels)
        if k == 2:
            grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
            scored = [
                (metric(metric_name, y, (probs[:, 1] >= t).astype(int), 2), -abs(t - 0.5), t) for t in grid
            ]
            return cls(threshold=float(max(scored)[2]))
        weights = np.ones(k)
        best = metric(metric_name, y, np.argmax(probs, axis=1), k)
        grid = np.round(np.arange(0.6, 1.81, 0.05), 2)
        for _ in range(3):  # coordinate ascent; a few passes settle it
            for j in range(k):
                for g in grid:
                    trial = weights.copy()
                    trial[j] = g
                    score = metric(metric_name, y, np.argmax(probs * trial, axis=1), k)
                    if score > best + 1e-9:
                        best, weights = score, trial
        return cls(weights=tuple(float(w) for w in weights))
