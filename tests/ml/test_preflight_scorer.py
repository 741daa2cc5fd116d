"""Preflight's model scores: offensive, hate and irony probabilities per draft, and SO103's evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signoff.ml.preflight import PREFLIGHT_TASKS, PREFLIGHT_THRESHOLDS, preflight_scorer
from signoff.preflight.checks.sarcasm_risk import SarcasmRiskCheck
from signoff.preflight.model import Context, Draft, Severity

AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def test_scorer_gives_every_preflight_task_a_probability_per_label() -> None:
    scores = preflight_scorer()(["you are a disgrace", "Join us for the webinar on Thursday"])
    assert len(scores) == 2
    for rec in scores:
        assert set(rec) == set(PREFLIGHT_TASKS)
        for labels in rec.values():
            assert sum(labels.values()) == pytest.approx(1.0)
    assert scores[0]["offensive"]["offensive"] > scores[1]["offensive"]["offensive"]


def test_thresholds_are_probabilities_for_each_task() -> None:
    assert set(PREFLIGHT_THRESHOLDS) == set(PREFLIGHT_TASKS)
    assert all(0.5 <= t < 1.0 for t in PREFLIGHT_THRESHOLDS.values())


def _findings(score: float, account_kind: str = "person") -> list:
    ctx = Context(
        at=AT, account_kind=account_kind, scores={"irony": {"non_irony": 1 - score, "irony": score}}
    )
    return list(SarcasmRiskCheck().run(Draft("Great, another Monday.", account_kind=account_kind), ctx))


def test_sarcasm_risk_shows_the_irony_score_as_evidence() -> None:
    (finding,) = _findings(0.97)
    assert finding.severity == Severity.INFO
    assert finding.evidence == {"model": "irony", "score": 0.97, "threshold": PREFLIGHT_THRESHOLDS["irony"]}


def test_sarcasm_risk_is_a_review_for_brands_and_silent_below_threshold() -> None:
    assert _findings(0.97, "brand")[0].severity == Severity.REVIEW
    assert _findings(PREFLIGHT_THRESHOLDS["irony"] - 0.01) == []
    assert list(SarcasmRiskCheck().run(Draft("hi"), Context(at=AT))) == []
