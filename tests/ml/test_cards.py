"""Every task ships a model card with measured val and test figures and failure examples."""

from __future__ import annotations

import pytest

from signoff.ml.data import TASKS
from signoff.ml.train.cards import CARD_DIR


@pytest.mark.parametrize("task", TASKS)
def test_card_reports_val_and_test_scores_and_mistakes(task: str) -> None:
    card = (CARD_DIR / f"{task}.md").read_text(encoding="utf-8")
    assert "## fast tier" in card
    assert "| val" in card and "| test |" in card
    assert "Most confident mistakes on test" in card
    assert "texts/s" in card
