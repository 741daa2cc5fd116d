"""Preflight scores the three models together; the result must equal each model scored on its own."""

from __future__ import annotations

import numpy as np

from signoff.ml.preflight import PREFLIGHT_TASKS, preflight_scorer
from signoff.ml.registry import load_model

TEXTS = [
    "How do you fire Jo Pa? #insult #noclass",
    "Thanks to everyone who came out tonight!",
    "you are all idiots and I hope you know it",
    "Oh great, another Monday. Just what I needed.",
    "世界 😀 https://example.com/x @someone",
]


def test_stacked_scores_equal_separate_models() -> None:
    scores = preflight_scorer()(TEXTS)
    assert len(scores) == len(TEXTS)
    for task in PREFLIGHT_TASKS:
        model = load_model(task)
        alone = model.predict_proba(TEXTS)
        together = np.array([[rec[task][label] for label in model.labels] for rec in scores])
        np.testing.assert_allclose(together, alone, rtol=1e-9, atol=1e-12)
