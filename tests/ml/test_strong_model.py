"""The strong tier: smoke training into a temporary directory, and the shipped artifacts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from signoff.ml.data import TASKS, label_names
from signoff.ml.registry import artifact_path, load_model
from signoff.ml.train.strong import train_strong


def test_smoke_train_writes_a_strong_model_that_loads_and_predicts(
    tmp_path: Path, tweeteval_dir: Path
) -> None:
    train_strong("offensive", tmp_path, root=tweeteval_dir, limit=250, log=lambda _: None)
    model = load_model("offensive", "strong", tmp_path)
    probs = model.predict_proba(["you are a disgusting liar", "lovely to see everyone today"])
    assert probs.shape == (2, 2)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert model.rule.threshold is not None


@pytest.mark.parametrize("task", TASKS)
def test_shipped_strong_model_uses_mapping_labels(task: str, tweeteval_dir: Path) -> None:
    if not artifact_path(task, "strong").is_file():
        pytest.skip(f"no strong artifact for {task}")
    assert load_model(task, "strong").labels == label_names(task, tweeteval_dir)
