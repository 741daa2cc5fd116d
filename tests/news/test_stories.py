"""Clustering items into stories, "still developing", and tragedy categories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from signoff.news.model import NewsItem
from signoff.news.stories import cluster, developing
from signoff.news.tragedy import draft_tragedy_hits, tragedy_category

AT = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)


def story_of(stories, word: str):
    return next(s for s in stories if word in s.headline)


def test_reports_about_the_same_people_form_one_story(paterno_night: list[NewsItem]) -> None:
    stories = cluster(paterno_night)
    paterno = story_of(stories, "Paterno")
    assert len(paterno.items) == 4
    assert paterno.headline == "Penn State trustees fire Joe Paterno and president Graham Spanier"
    assert paterno.first_seen == datetime(2011, 11, 10, 3, 5, tzinfo=UTC)
    assert {"joe paterno", "penn state", "paterno"} <= set(paterno.names)
    assert len(stories) == 3


def test_unrelated_items_stay_apart(paterno_night: list[NewsItem]) -> None:
    stories = cluster(paterno_night)
    assert len(story_of(stories, "Apple").items) == 1
    assert len(story_of(stories, "Quake").items) == 1


def test_hashtag_joins_the_report_that_spells_it_out(mk) -> None:
    stories = cluster(
        [
            mk("2011-07-05T18:20:00+00:00", "Casey Anthony found not guilty of murdering daughter Caylee"),
            mk(
                "2011-07-05T19:00:00+00:00",
                "Verdict stuns crowd outside courthouse",
                "#notguilty was the top trending topic.",
            ),
        ]
    )
    assert len(stories) == 1


def test_same_name_days_apart_is_a_new_story(mk) -> None:
    stories = cluster(
        [
            mk("2011-11-01T12:00:00+00:00", "Joe Paterno wins record game"),
            mk("2011-11-10T03:05:00+00:00", "Trustees fire Joe Paterno"),
        ]
    )
    assert len(stories) == 2


def test_young_story_is_developing_and_settles_a_day_later(paterno_night: list[NewsItem]) -> None:
    paterno = story_of(cluster(paterno_night), "Paterno")
    assert developing(paterno, AT)
    assert developing(paterno, AT + timedelta(hours=8))  # 3 reports in the last 12 hours
    assert not developing(paterno, AT + timedelta(days=2))


def test_story_not_yet_published_is_not_developing(paterno_night: list[NewsItem]) -> None:
    paterno = story_of(cluster(paterno_night), "Paterno")
    assert not developing(paterno, datetime(2011, 11, 10, 2, 0, tzinfo=UTC))


def test_old_story_with_a_fresh_report_is_developing_again(mk) -> None:
    (story,) = cluster(
        [
            mk("2014-11-09T15:00:00+00:00", "Bill Cosby declines to discuss assault allegations"),
            mk("2014-11-10T14:00:00+00:00", "Cosby allegations resurface after comedian's set"),
        ]
    )
    assert developing(story, datetime(2014, 11, 10, 19, 0, tzinfo=UTC))
    assert not developing(story, datetime(2014, 11, 11, 12, 0, tzinfo=UTC))


def test_tragedy_category_from_report_words(paterno_night: list[NewsItem]) -> None:
    stories = cluster(paterno_night)
    assert story_of(stories, "Quake").tragedy == "disaster"
    assert story_of(stories, "Paterno").tragedy == "abuse"
    assert story_of(stories, "Apple").tragedy is None
    assert tragedy_category([("Hurricane Sandy floods Manhattan; evacuations ordered", 1)]) == "disaster"
    assert tragedy_category([("Gunman opens fire at cinema; 12 killed in shooting", 1)]) == "shooting"
    # a vehicle driven into people is an attack, not a traffic story
    assert tragedy_category([("Lorry ploughs into Berlin Christmas market", 2)]) == "attack"
    assert tragedy_category([("Van rams pedestrians on Toronto street", 2)]) == "attack"
    assert tragedy_category([("Truck drives into the lead on the Tour's final stage", 2)]) is None


def test_draft_tragedy_words_ignore_playful_uses() -> None:
    assert draft_tragedy_hits("This burger is killing it! Bath bomb sale, price war on phones.") == []
    assert draft_tragedy_hits("Memorial Day sale, 20% off") == []
    hits = draft_tragedy_hits("Our hearts are with the victims of the school shooting")
    assert {h.category for h in hits} == {"death", "shooting"}


def test_a_denied_death_is_no_tragedy_but_a_hoax_call_that_ends_in_one_is() -> None:
    from signoff.news.tragedy import controversial, news_tragedy_counts

    denied = "Company denies reports that its founder Jean Doe has died; he is alive and well"
    assert tragedy_category([(denied, 1)]) is None
    assert not controversial(denied)
    assert news_tragedy_counts("False reports of the singer's death spread online")["death"] == 0
    assert news_tragedy_counts("Reports of the singer's death spread online")["death"] == 1
    hoax = "Hoax call to hospital: nurse found dead days later, police say she died at home"
    assert tragedy_category([(hoax, 1)]) == "death"
    assert controversial(hoax)
