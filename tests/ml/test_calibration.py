"""Calibration and decision rules: fit on held-out scores, round-trip through the artifact header."""

from __future__ import annotations

import numpy as np

from signoff.ml.calibration import Calibration, DecisionRule


def _overconfident(n: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, n)
    true_logit = np.where(y == 1, 1.0, -1.0) + rng.normal(0, 1.5, n)
    return (true_logit * 4)[:, None], y  # scores four times too sharp


def _nll(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.log(p[np.arange(len(y)), y] + 1e-12).mean())


def test_fitted_calibration_lowers_log_loss_of_overconfident_scores() -> None:
    scores, y = _overconfident()
    raw = Calibration.identity(2).probabilities(scores)
    cal = Calibration.fit(scores, y)
    assert cal.temperature > 2
    assert _nll(cal.probabilities(scores), y) < _nll(raw, y)


def test_binary_threshold_is_chosen_where_macro_f1_is_best() -> None:
    probs = np.array([[0.9, 0.1], [0.7, 0.3], [0.65, 0.35], [0.2, 0.8], [0.6, 0.4]])
    y = np.array([0, 1, 1, 1, 0])
    rule = DecisionRule.choose(probs, y, "macro_f1")
    # Any threshold in (0.1, 0.3] makes one mistake, the fewest; ties go to the one nearest 0.5.
    assert rule.threshold == 0.3
    assert rule.decide(probs).tolist() == [0, 1, 1, 1, 1]


def test_rules_and_calibration_round_trip_through_dicts() -> None:
    rule = DecisionRule(weights=(1.0, 1.2, 0.8))
    assert DecisionRule.from_dict(rule.to_dict()) == rule
    cal = Calibration(1.7, (0.0, -0.2))
    assert Calibration.from_dict(cal.to_dict()) == cal
