"""Draft ↔ story names: nicknames, misspellings, abbreviations and hashtags match; common words do not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signoff.news.anniversaries import anniversary_hits
from signoff.news.model import NewsItem
from signoff.news.snapshot import snapshot_from, stories_named

AT = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)


def named(news: list[NewsItem], text: str) -> set[str]:
    return {m.story.headline for m in stories_named(snapshot_from(news, at=AT), text)}


PATERNO = "Penn State trustees fire Joe Paterno and president Graham Spanier"


@pytest.mark.parametrize(
    "text",
    [
        "How do you fire Jo Pa?",  # nickname, misspelled
        "JoePa forever",  # run together
        "#JoePa",
        "paterno",  # surname, lower-case
        "Joe Patterno deserved better",  # misspelled surname
        "Penn St. did the right thing",  # abbreviation
        "go #PennState",
        "Sad night for Penn State",
        "joe pa",
    ],
)
def test_nicknames_misspellings_and_hashtags_name_the_story(paterno_night: list[NewsItem], text: str) -> None:
    assert PATERNO in named(paterno_night, text)


@pytest.mark.parametrize(
    "text",
    [
        "The state of this fire pit is a joke",  # common words from the headline
        "Joe, pass the chips",  # a first name alone
        "Didn't have full story. #admitwhenYoumakemistakes",
        "Great practice today with the team. Proud of these kids!",
        "Trust the process",
        "I love my new phone",
    ],
)
def test_common_words_do_not_name_the_story(paterno_night: list[NewsItem], text: str) -> None:
    assert PATERNO not in named(paterno_night, text)


def test_match_reports_where_and_how(paterno_night: list[NewsItem]) -> None:
    text = "How do you fire Jo Pa? #insult"
    (m,) = [
        m for m in stories_named(snapshot_from(paterno_night, at=AT), text) if m.story.headline == PATERNO
    ]
    assert text[m.start : m.end] == "Jo Pa"
    assert m.name == "joe paterno"
    assert m.how == "sound"


def test_place_names_that_are_common_words_match_when_capitalised(mk) -> None:
    news = [mk("2011-03-11T07:00:00+00:00", "Massive earthquake strikes Japan, triggering tsunami")]
    snap = snapshot_from(news, at=datetime(2011, 3, 11, 9, 0, tzinfo=UTC))
    assert stories_named(snap, "Japan is really advanced")
    assert not stories_named(snap, "i need a japan trip")  # lower-case: not read as the name


def test_run_together_capitals_are_read_as_words(mk) -> None:
    news = [mk("2012-10-29T13:45:00+00:00", "Hurricane Sandy nears landfall", "Sandy has killed dozens.")]
    snap = snapshot_from(news, at=datetime(2012, 10, 29, 16, 0, tzinfo=UTC))
    assert stories_named(snap, "Enter SANDYSALE at checkout")


def test_event_hashtags_name_the_story(mk) -> None:
    news = [mk("2016-12-19T21:00:00+00:00", "Lorry kills 12 at Berlin Christmas market")]
    snap = snapshot_from(news, at=datetime(2016, 12, 20, 9, 0, tzinfo=UTC))
    assert stories_named(snap, "They hate and kill us #BerlinAttack")
    assert stories_named(snap, "#PrayForBerlin")
    assert not stories_named(snap, "#FireSale on all jackets")


def test_anniversary_names_match_any_day_and_remembrance_only_near_the_date() -> None:
    may = datetime(2016, 5, 2, 12, 0, tzinfo=UTC)
    sept = datetime(2016, 9, 11, 12, 0, tzinfo=UTC)
    assert anniversary_hits("Twin Towers sale!", may)[0].anniversary.month == 9
    assert anniversary_hits("Take a moment to remember #PearlHarbor", may)[0].hashtag
    assert anniversary_hits("Never forget.", sept)
    assert not anniversary_hits("Never forget your sunscreen", may)
    assert not anniversary_hits(
        "Good luck to all Boston Marathon runners!", datetime(2016, 4, 15, tzinfo=UTC)
    )


def test_title_case_headlines_still_yield_the_names(mk) -> None:
    news = [
        mk("2011-11-10T03:05:00+00:00", "Penn State Trustees Fire Joe Paterno, President Graham Spanier"),
        mk("2011-11-10T03:14:00+00:00", "Paterno Out After 46 Seasons Amid Child Sex Abuse Scandal"),
    ]
    snap = snapshot_from(news, at=AT)
    (story,) = snap.stories
    assert {"joe paterno", "penn state"} <= set(story.names)
    assert "fire" not in story.names
    for text in ("How do you fire Jo Pa?", "Penn St. blew it"):
        assert stories_named(snap, text), text
    assert not stories_named(snap, "The fire trucks are out in State College tonight".lower())
