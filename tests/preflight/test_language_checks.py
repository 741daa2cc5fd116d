"""SO101 insult, SO102 profanity, SO303 wrong account: findings carry spans, evidence and fixes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signoff.ml.preflight import PREFLIGHT_THRESHOLDS
from signoff.preflight.checks.harsh_tone import HarshToneCheck
from signoff.preflight.checks.insult import InsultCheck
from signoff.preflight.checks.profanity import ProfanityCheck, decode_masked, find_profanity
from signoff.preflight.checks.wrong_account import WrongAccountCheck
from signoff.preflight.model import Context, Draft, Finding, Severity

AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def _run(
    check: object, text: str, *, account_kind: str = "person", scores: dict | None = None
) -> list[Finding]:
    ctx = Context(at=AT, account_kind=account_kind, scores=scores or {})  # type: ignore[arg-type]
    return list(check.run(Draft(text=text, account_kind=account_kind), ctx))  # type: ignore[attr-defined]


def test_second_person_abuse_is_held_with_span_on_the_abuse() -> None:
    text = "Honestly, you are an idiot."
    (finding,) = _run(InsultCheck(), text)
    assert finding.severity == Severity.HOLD
    assert finding.span is not None
    assert text[finding.span.start : finding.span.end] == "you are an idiot"
    assert finding.fix


def test_insult_hashtags_get_review_with_the_hashtag_as_evidence() -> None:
    text = "How do you fire Jo Pa? #insult #noclass as a hawkeye fan I find it in poor taste"
    found = _run(InsultCheck(), text)
    tags = sorted(f.evidence["matched"] for f in found if f.evidence["kind"] == "insult-hashtag")
    assert tags == ["#insult", "#noclass"]
    assert all(f.severity == Severity.REVIEW for f in found)


def test_a_model_score_alone_is_never_an_insult_and_only_a_hint_for_a_person() -> None:
    score = PREFLIGHT_THRESHOLDS["offensive"] + 0.05
    assert _run(InsultCheck(), "a plain sentence", scores={"offensive": {"offensive": score}}) == []
    (finding,) = _run(HarshToneCheck(), "a plain sentence", scores={"offensive": {"offensive": score}})
    assert finding.code == "SO107" and finding.severity == Severity.INFO
    assert finding.evidence["score"] == pytest.approx(score, abs=1e-3)


def test_a_high_model_score_on_a_brand_post_with_words_is_a_review() -> None:
    (finding,) = _run(HarshToneCheck(), "your fans are all so very sad", account_kind="brand",
                      scores={"offensive": {"offensive": 0.97}})
    assert finding.severity == Severity.REVIEW


def test_model_score_below_threshold_and_missing_tasks_are_ignored() -> None:
    low = PREFLIGHT_THRESHOLDS["offensive"] - 0.1
    assert _run(HarshToneCheck(), "a plain sentence", scores={"offensive": {"offensive": low}}) == []
    assert _run(HarshToneCheck(), "a plain sentence", scores={"irony": {"irony": 0.99}}) == []


def test_hate_score_counts_but_a_row_of_flags_is_never_a_review() -> None:
    flags = "\U0001f1fa\U0001f1f8" * 10
    (finding,) = _run(HarshToneCheck(), flags, account_kind="brand", scores={"hate": {"hate": 0.97}})
    assert finding.evidence["model"] == "hate"
    assert finding.severity == Severity.INFO


def test_slur_behind_leetspeak_is_held() -> None:
    found = _run(InsultCheck(), "what a f4ggot")
    assert [f.severity for f in found] == [Severity.HOLD]
    assert found[0].evidence["decoded"] == "faggot"


def test_negated_insult_does_not_fire() -> None:
    assert _run(InsultCheck(), "You are not a failure, and he is not an idiot either") == []


def test_masked_profanity_says_what_it_decodes_to() -> None:
    text = "no one here knows how to f***ing drive"
    (finding,) = _run(ProfanityCheck(), text)
    assert finding.evidence["decoded"] == "fucking"
    assert "fucking" in finding.message
    assert text[finding.span.start : finding.span.end] == "f***ing"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "decoded"),
    [("fu\u200bck", "fuck"), ("\u0455hit", "shit"), ("fvck", "fuck"), ("s h i t", "shit"), ("b!tch", "bitch"),
     ("fuuuuck", "fuck"), ("a$$hole", "asshole")],
)
def test_disguised_spellings_decode(text: str, decoded: str) -> None:
    (hit,) = find_profanity(f"well {text} then")
    assert hit.word == decoded and hit.masked


@pytest.mark.parametrize("text", ["Scunthorpe", "classic", "assess", "cockpit", "Dickens", "hello", "shell",
                                  "Dick Van Dyke", "cocktail", "pass", "Essex"])
def test_scunthorpe_words_never_match(text: str) -> None:
    assert find_profanity(text) == ()


def test_mild_swearing_is_info_not_review() -> None:
    (finding,) = _run(ProfanityCheck(), "damn, that was close")
    assert finding.severity == Severity.INFO


def test_decode_masked_rejects_mostly_hidden_tokens() -> None:
    assert decode_masked("f**k") == "fuck"
    assert decode_masked("a*******") is None
    assert decode_masked("****") is None


def test_wrong_account_fires_only_on_brand_accounts() -> None:
    text = "so hungover today, never drinking again"
    assert _run(WrongAccountCheck(), text, account_kind="person") == []
    (finding,) = _run(WrongAccountCheck(), text, account_kind="brand")
    assert "brand account" in finding.message
    assert "drinking" in finding.evidence["kinds"] or "personal life" in finding.evidence["kinds"]


def test_swearing_on_a_brand_account_is_profanity_not_wrong_account() -> None:
    text = ("I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to "
            "f***ing drive")
    assert _run(WrongAccountCheck(), text, account_kind="brand") == []
    (finding,) = _run(ProfanityCheck(), text, account_kind="brand")
    assert finding.severity == Severity.REVIEW and finding.evidence["decoded"] == "fucking"


