"""SO701's lexical head: hashed n-grams scored the same one by one and in a batch, an artifact that
round-trips, a threshold set on the fine rows, and SO701 firing when either head fires."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from signoff.ml.lexical import LexicalHead, load_lexical
from signoff.ml.precedent import Incident, PrecedentIndex
from signoff.ml.registry import artifact_dir
from signoff.ml.train.lexical import HEADER, N_FEATURES, budget_threshold
from signoff.ml.train.regret_corpus import CorpusRow
from signoff.preflight.checks.past_incidents import PastIncidentsCheck
from signoff.preflight.engine import Engine, make_draft_and_context

AT = "2024-06-01T12:00:00Z"


def _head(word: str, weight: float, *, threshold: float = 0.5) -> LexicalHead:
    """A head whose only non-zero weight is on `word` (its word unigram hash)."""
    blank = LexicalHead(
        HEADER, np.zeros(2 * N_FEATURES, dtype=np.float32), threshold=threshold, intercept=-2.0
    )
    x = blank.features([word])
    coef = np.zeros(2 * N_FEATURES, dtype=np.float32)
    coef[x.indices[x.indices < N_FEATURES]] = weight  # the word table only, not its characters
    return LexicalHead(HEADER, coef, threshold=threshold, intercept=-2.0)


def test_a_batch_scores_as_one_text_at_a_time() -> None:
    head = _head("sneer", 6.0)
    texts = ["what a sneer that was", "a plain launch post", "sneer sneer"]
    together = head.probability(texts)
    alone = [
        LexicalHead(head.header, head.coef, threshold=0.5, intercept=-2.0).probability([t])[0] for t in texts
    ]
    assert np.allclose(together, alone)
    assert together[0] > 0.5 > together[1]


def test_the_artifact_round_trips(tmp_path: Path) -> None:
    head = _head("sneer", 6.0, threshold=0.7)
    head.save(tmp_path / "lexical.npz")
    back = LexicalHead.load(tmp_path / "lexical.npz")
    assert back.threshold == 0.7 and back.intercept == head.intercept
    assert np.allclose(
        back.probability(["a sneer", "calm words"]), head.probability(["a sneer", "calm words"])
    )


def test_the_shipped_head_loads_with_a_threshold_from_its_training() -> None:
    head = load_lexical(artifact_dir())
    assert head is not None
    assert 0.5 < head.threshold < 1.0
    assert head.header["meta"]["fine_budget"] == pytest.approx(0.02)
    p = head.probability(["Thank you to everyone who came to the launch tonight."])[0]
    assert 0.0 <= p < head.threshold


def _row(label: str, i: int) -> CorpusRow:
    return CorpusRow(
        id=f"r{i}",
        incident=f"r{i}",
        text="x",
        at=AT,
        year=2015,
        account_kind="person",
        platform="x",
        label=label,
        category="insult" if label == "regrettable" else "opinion",
    )


def test_the_threshold_lets_the_budgeted_share_of_fine_rows_fire() -> None:
    rows = [_row("fine", i) for i in range(200)] + [_row("regrettable", 200 + i) for i in range(50)]
    scores = np.concatenate([np.linspace(0.0, 0.9, 200), np.full(50, 0.95)])
    threshold = budget_threshold(rows, scores, budget=0.02)
    fine_fire = np.mean(scores[:200] >= threshold)
    assert 0.01 <= fine_fire <= 0.025
    assert np.all(scores[200:] >= threshold)


def _never_index() -> PrecedentIndex:
    inc = Incident("a-2012", 2012, "insult", "sneered at a rival", "https://example.org/a")
    return PrecedentIndex(
        vectors=np.zeros((1, 384), dtype=np.float32),
        incidents=[inc],
        coef=np.zeros(384, dtype=np.float32),
        intercept=-10.0,
        threshold=0.99,
        threshold_brand=None,
    )


def _embed(texts: Any) -> np.ndarray:
    out = np.zeros((len(texts), 384), dtype=np.float32)
    out[:, 0] = 1.0
    return out


def test_so701_fires_on_the_lexical_head_alone_and_names_it() -> None:
    check = PastIncidentsCheck(_never_index(), _embed, _head("sneer", 6.0))
    pairs = [
        make_draft_and_context(t, at=AT) for t in ("What a sneer from that lot", "Lovely weather for a walk")
    ]
    verdicts = Engine([check]).check_many([d for d, _ in pairs], [c for _, c in pairs])
    fired = [v.codes for v in verdicts]
    assert fired == [["SO701"], []]
    evidence = verdicts[0].findings[0].evidence
    assert "worded like a regretted post" in evidence and "incident 1" in evidence


def test_so701_without_a_lexical_head_reads_the_first_head_only() -> None:
    check = PastIncidentsCheck(_never_index(), _embed, None)
    draft, ctx = make_draft_and_context("What a sneer from that lot", at=AT)
    assert list(check.run(draft, ctx)) == []


def test_a_batch_larger_than_the_cache_keeps_every_score(monkeypatch: pytest.MonkeyPatch) -> None:
    import signoff.ml.lexical as lexical

    monkeypatch.setattr(lexical, "CACHE", 3)
    head = _head("sneer", 6.0)
    texts = [f"post number {i} with a sneer" if i % 2 else f"plain post {i}" for i in range(7)]
    first = head.probability(texts[:2])
    again = head.probability(texts)  # two remembered, five new: more than the cache holds
    assert np.allclose(again[:2], first)
    assert np.allclose(again, _head("sneer", 6.0).probability(texts))
