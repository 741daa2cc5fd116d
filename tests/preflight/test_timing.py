"""SO201 developing-story and SO202 newsjacking through check(): the seed story and its variants."""

from __future__ import annotations

from pathlib import Path

import pytest

import signoff
from signoff.cli.demo import APOLOGY, HOT_TAKE, sample_feed_path
from signoff.errors import NewsError
from signoff.news.snapshot import load_items
from signoff.preflight.model import Severity

HOT_TAKE_AT = "2011-11-09T22:30:00-05:00"
HEADLINE = "Penn State trustees fire Joe Paterno and president Graham Spanier"


@pytest.fixture(scope="module")
def wire() -> list:
    return load_items(sample_feed_path())


def so(verdict: signoff.Verdict, code: str) -> list[signoff.Finding]:
    return [f for f in verdict.findings if f.code == code]


def test_seed_hot_take_is_held_naming_the_25_minute_old_story(wire: list) -> None:
    verdict = signoff.check(HOT_TAKE, at=HOT_TAKE_AT, news=wire)
    assert verdict.verdict == "hold"
    (finding,) = so(verdict, "SO201")
    assert finding.severity is Severity.HOLD
    assert finding.evidence["headline"] == HEADLINE
    assert finding.evidence["story_age_minutes"] == 25
    assert finding.evidence["updates"] == 3
    assert finding.evidence["first_seen"] == "2011-11-10T03:05:00+00:00"
    assert finding.evidence["matched"] == "Jo Pa"
    assert HEADLINE in finding.message
    assert (
        finding.fix
        == "State facts only, or wait until Fri 11 Nov 2011, 03:05 UTC when the story has settled."
    )
    assert HOT_TAKE[finding.span.start : finding.span.end] == "Jo Pa"


def test_seed_hot_take_without_news_still_gets_at_least_a_review() -> None:
    verdict = signoff.check(HOT_TAKE, at=HOT_TAKE_AT)
    assert verdict.verdict in ("review", "hold")
    assert not so(verdict, "SO201")


def test_the_apology_passes(wire: list) -> None:
    verdict = signoff.check(APOLOGY, at="2011-11-09T23:50:00-05:00", news=wire)
    assert verdict.verdict == "pass", verdict.findings


def test_feed_file_path_works_like_the_item_list() -> None:
    verdict = signoff.check(HOT_TAKE, at=HOT_TAKE_AT, news=sample_feed_path())
    assert so(verdict, "SO201")[0].evidence["headline"] == HEADLINE


def test_hot_take_before_the_firing_was_reported_is_not_about_a_story(wire: list) -> None:
    verdict = signoff.check(HOT_TAKE, at="2011-11-09T21:30:00-05:00", news=wire)
    assert not so(verdict, "SO201")


def test_factual_report_on_the_developing_story_is_only_noted(wire: list) -> None:
    text = "Penn State's trustees have fired Joe Paterno, the university announced tonight."
    verdict = signoff.check(text, at=HOT_TAKE_AT, news=wire)
    assert verdict.verdict == "pass"
    assert [f.severity for f in so(verdict, "SO201")] == [Severity.INFO]


def test_opinion_marker_without_judgement_gets_a_review(wire: list) -> None:
    verdict = signoff.check("I think Penn St. made the right call tonight", at=HOT_TAKE_AT, news=wire)
    assert [f.severity for f in so(verdict, "SO201")] == [Severity.REVIEW]


def test_two_days_later_the_story_has_settled(wire: list) -> None:
    verdict = signoff.check(HOT_TAKE, at="2011-11-12T12:00:00-05:00", news=wire)
    assert not so(verdict, "SO201")


def test_bad_feed_raises_news_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<rss><channel><item><title>x</title></channel>", encoding="utf-8")
    with pytest.raises(NewsError, match="bad.xml"):
        signoff.check(HOT_TAKE, at=HOT_TAKE_AT, news=str(bad))


AURORA = [
    {
        "published": "2012-07-20T08:00:00Z",
        "title": "Gunman kills 12 at Aurora, Colorado movie theater",
        "summary": "A gunman opened fire at a midnight screening in Aurora, killing 12 people.",
    },
    {
        "published": "2012-07-20T11:00:00Z",
        "title": "#Aurora trends as shooting victims are mourned",
        "summary": "Condolences for the Aurora victims flood social media.",
    },
]
AURORA_AT = "2012-07-20T14:00:00Z"


def test_brand_selling_on_a_tragedy_hashtag_is_held() -> None:
    text = "#Aurora is trending, clearly about our Kim K inspired #Aurora dress ;)"
    verdict = signoff.check(text, account_kind="brand", at=AURORA_AT, news=AURORA)
    (finding,) = so(verdict, "SO202")
    assert finding.severity is Severity.HOLD
    assert finding.evidence["tragedy"] in ("shooting", "death")
    assert finding.evidence["source"] == "news"
    assert "joke" in finding.evidence["offences"]


def test_sincere_condolences_are_not_newsjacking() -> None:
    text = "Our hearts go out to everyone in Aurora. We are praying for the victims and their families."
    verdict = signoff.check(text, account_kind="brand", at=AURORA_AT, news=AURORA)
    assert not so(verdict, "SO202")
    assert verdict.verdict != "hold"


def test_person_gets_a_review_for_a_cheerful_tie_in_and_a_hold_for_a_joke_on_deaths() -> None:
    cheer = signoff.check("Happy Friday Aurora, party tonight 🎉", at=AURORA_AT, news=AURORA)
    assert [f.severity for f in so(cheer, "SO202")] == [Severity.REVIEW]
    joke = signoff.check(
        "lol 12 dead at the movies in Aurora, guess the film was a killer 😂", at=AURORA_AT, news=AURORA
    )
    assert [f.severity for f in so(joke, "SO202")] == [Severity.HOLD]


def test_anniversary_sale_is_held_without_any_news() -> None:
    verdict = signoff.check(
        "Never forget. 20% off all phones today only.", account_kind="brand", at="2013-09-11T14:00:00Z"
    )
    (finding,) = so(verdict, "SO202")
    assert finding.severity is Severity.HOLD
    assert finding.evidence["reference"] == "the September 11 attacks"


def test_same_sale_on_an_ordinary_day_is_fine() -> None:
    verdict = signoff.check("20% off all phones today only.", account_kind="brand", at="2013-09-20T14:00:00Z")
    assert not so(verdict, "SO202")


def test_apology_for_a_tragedy_tweet_is_not_newsjacking() -> None:
    text = "Our sincere apologies for our Aurora tweet; it was insensitive and we're truly sorry."
    verdict = signoff.check(text, account_kind="brand", at=AURORA_AT, news=AURORA)
    assert not so(verdict, "SO202")


GIANTS = [
    {
        "published": "2012-02-06T02:30:00Z",
        "title": "Giants beat Patriots 21-17 to win Super Bowl XLVI",
        "summary": "Eli Manning led the Giants on a late drive.",
    },
]


def test_joke_on_a_happy_developing_story_is_only_reviewed() -> None:
    verdict = signoff.check("Giants did it lol, what a game!", at="2012-02-06T02:45:00Z", news=GIANTS)
    assert [f.severity for f in so(verdict, "SO201")] == [Severity.REVIEW]


def test_everyday_word_that_is_also_the_story_name_is_not_held() -> None:
    verdict = signoff.check("Aurora borealis tonight was unreal lol", at=AURORA_AT, news=AURORA)
    assert verdict.verdict != "hold"


def test_brand_promo_that_merely_mentions_a_hurricane_is_reviewed_not_held() -> None:
    verdict = signoff.check(
        "Hurricane season is here: 10% off generators", account_kind="brand", at="2024-06-01T12:00:00Z"
    )
    assert [f.severity for f in so(verdict, "SO202")] == [Severity.REVIEW]


def test_casual_rip_and_paused_sales_are_not_held() -> None:
    rip = signoff.check("RIP my diet 😂 new flavor out now", account_kind="brand", at="2024-06-01T12:00:00Z")
    assert rip.verdict != "hold"
    paused = signoff.check(
        "Our hearts go out to the victims. We have postponed our sale.",
        account_kind="brand",
        at=AURORA_AT,
        news=AURORA,
    )
    assert not so(paused, "SO202")


def test_grief_with_a_judgement_is_reviewed_not_held(wire: list) -> None:
    text = "Praying for the kids and families. What happened at Penn State is disgusting."
    verdict = signoff.check(text, at=HOT_TAKE_AT, news=wire)
    assert [f.severity for f in so(verdict, "SO201")] == [Severity.REVIEW]


def test_condemning_a_fresh_attack_is_reviewed_not_held() -> None:
    news = [
        {
            "published": "2013-04-15T19:00:00Z",
            "title": "Two explosions at Boston Marathon finish line kill 3",
            "summary": "Bombs exploded near the finish line of the Boston Marathon.",
        },
    ]
    for text in (
        "Sickening attack at the Boston Marathon today.",
        "WTF just happened at the Boston Marathon?!",
    ):
        verdict = signoff.check(text, at="2013-04-15T20:00:00Z", news=news)
        assert verdict.verdict != "hold", (text, verdict.codes)
    mock = signoff.check(
        "lol Boston Marathon runners finally got a real finish line bang",
        at="2013-04-15T20:00:00Z",
        news=news,
    )
    assert mock.verdict == "hold"
