"""SO402 counts, SO403 ambiguous hashtags, SO501 market-moving, SO502 legal risk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signoff.preflight.checks.ambiguous_hashtag import AmbiguousHashtagCheck, find_ambiguity
from signoff.preflight.checks.legal_risk import LegalRiskCheck
from signoff.preflight.checks.market_moving import MarketMovingCheck
from signoff.preflight.checks.platform_counts import PlatformCountsCheck, body_mentions
from signoff.preflight.model import Context, Draft, Finding, Severity

AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def _run(check: object, text: str, *, platform: str = "x", account_kind: str = "person") -> list[Finding]:
    draft = Draft(text=text, platform=platform, account_kind=account_kind)  # type: ignore[arg-type]
    ctx = Context(at=AT, platform=platform, account_kind=account_kind)  # type: ignore[arg-type]
    return list(check.run(draft, ctx))  # type: ignore[attr-defined]


def test_hashtag_count_evidence_has_count_and_limit() -> None:
    (finding,) = _run(PlatformCountsCheck(), "Sale #a #b #c #d")
    assert finding.evidence["count"] == 4 and finding.evidence["limit"] == 3
    assert finding.severity == Severity.INFO


def test_hashtag_stuffing_on_a_brand_gets_review() -> None:
    text = "Sale " + " ".join(f"#tag{i}" for i in range(11))
    (finding,) = _run(PlatformCountsCheck(), text, account_kind="brand")
    assert finding.severity == Severity.REVIEW


def test_a_persons_hashtag_count_is_advice() -> None:
    text = "Sale " + " ".join(f"#tag{i}" for i in range(11))
    (finding,) = _run(PlatformCountsCheck(), text)
    assert finding.severity == Severity.INFO


def test_mastodon_allows_more_hashtags_than_x() -> None:
    text = "Sale #a #b #c #d #e"
    assert _run(PlatformCountsCheck(), text, platform="mastodon") == []
    assert _run(PlatformCountsCheck(), text, platform="x")


def test_leading_reply_mentions_are_not_counted() -> None:
    text = "@a @b @c @d @e @f @g thanks @h"
    assert [t.body for t in body_mentions(text)] == ["h"]
    assert _run(PlatformCountsCheck(), text) == []


def test_mass_mentions_in_the_body_get_review_with_span_on_the_extra_ones() -> None:
    text = "Thanks @a @b @c @d @e @f for coming"
    (finding,) = _run(PlatformCountsCheck(), text)
    assert finding.severity == Severity.REVIEW and finding.evidence["count"] == 6
    assert text[finding.span.start : finding.span.end] == "@f"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("tag", "other"),
    [("susanalbumparty", "anal"), ("therapistfinder", "rapist"), ("whorepresents", "whore"),
     ("expertsexchange", "sex"), ("speedofart", "fart"), ("hobbitch", "bitch")],
)
def test_hidden_rude_readings_are_found(tag: str, other: str) -> None:
    found = find_ambiguity(tag)
    assert found is not None and other in found.other


def test_thatcher_hashtag_is_flagged_as_changing_who_died() -> None:
    found = find_ambiguity("nowthatchersdead")
    assert found is not None and found.kind == "death"
    assert found.other == ("now", "that", "chers", "dead")


def test_ambiguous_hashtag_finding_suggests_camel_case() -> None:
    text = "Join us! #susanalbumparty"
    (finding,) = _run(AmbiguousHashtagCheck(), text)
    assert finding.fix == "Write it in CamelCase: #SusanAlbumParty."
    assert text[finding.span.start : finding.span.end] == "#susanalbumparty"  # type: ignore[union-attr]
    assert "anal" in finding.message


@pytest.mark.parametrize("tag", ["SusanAlbumParty", "tbt", "mondaymotivation", "blacklivesmatter", "classic",
                                 "grapeshots", "sussex", "restingbitchface", "throwbackthursday"])
def test_harmless_or_camel_case_hashtags_pass(tag: str) -> None:
    assert _run(AmbiguousHashtagCheck(), f"#{tag}") == []


def test_take_private_with_price_is_held() -> None:
    (finding,) = _run(MarketMovingCheck(), "Am considering taking Tesla private at $420. Funding secured.")
    assert finding.severity == Severity.HOLD
    assert "legal/IR" in (finding.fix or "")
    assert finding.evidence["amounts"] == "$420"


def test_stock_opinion_is_review_not_hold() -> None:
    (finding,) = _run(MarketMovingCheck(), "Tesla stock price is too high imo")
    assert finding.severity == Severity.REVIEW


def test_completed_deal_pointing_at_the_release_is_info() -> None:
    text = "We completed the acquisition of Globex for $2B. Read the release."
    (finding,) = _run(MarketMovingCheck(), text)
    assert finding.severity == Severity.INFO


def test_rumour_with_a_cashtag_is_review() -> None:
    text = "$ADNC Audience Inc under investigation by DOJ, sources say. Shares could be halted."
    (finding,) = _run(MarketMovingCheck(), text)
    assert finding.severity == Severity.REVIEW and "rumour" in finding.message


def test_passing_mention_of_revenue_does_not_fire() -> None:
    assert _run(MarketMovingCheck(), "Revenue from the bake sale goes to the shelter") == []


def test_named_accusation_is_held_and_span_starts_at_the_name() -> None:
    text = "John Smith is a fraudster"
    (finding,) = _run(LegalRiskCheck(), text)
    assert finding.severity == Severity.HOLD
    assert finding.evidence["target"] == "John Smith"
    assert text[finding.span.start : finding.span.end] == text  # type: ignore[union-attr]


def test_unnamed_accusation_is_review() -> None:
    (finding,) = _run(LegalRiskCheck(), "He is a rapist")
    assert finding.severity == Severity.REVIEW


@pytest.mark.parametrize("text", ["Police arrested a man on Tuesday", "I was robbed of a win lol",
                                  "She stole the show", "He was convicted of fraud in 2019, the court said"])
def test_reporting_and_figures_of_speech_do_not_fire(text: str) -> None:
    assert _run(LegalRiskCheck(), text) == []
