"""News fixtures: the night Penn State fired Joe Paterno, as wire items."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signoff.news.model import NewsItem


def item(when: str, title: str, summary: str = "") -> NewsItem:
    return NewsItem(published=datetime.fromisoformat(when).astimezone(UTC), title=title, summary=summary)


@pytest.fixture
def mk():
    """Build a NewsItem: mk("2011-11-10T03:05:00+00:00", "title", "summary")."""
    return item


@pytest.fixture
def paterno_night() -> list[NewsItem]:
    return [
        item(
            "2011-11-09T18:10:00+00:00",
            "Apple releases iOS 5.0.1 to fix iPhone battery drain",
            "Apple pushed a software update for iPhone 4S owners.",
        ),
        item(
            "2011-11-09T22:40:00+00:00",
            "Quake collapses hotels in eastern Turkey, killing at least 7",
            "A magnitude 5.7 earthquake struck the city of Van, collapsing two hotels.",
        ),
        item(
            "2011-11-10T03:05:00+00:00",
            "Penn State trustees fire Joe Paterno and president Graham Spanier",
            "Penn State's board fired head football coach Joe Paterno on Wednesday night, days after former "
            "assistant coach Jerry Sandusky was charged with sexually abusing boys.",
        ),
        item(
            "2011-11-10T03:14:00+00:00",
            "Paterno out after 46 seasons amid child sex abuse scandal",
            "Joe Paterno was dismissed by the Penn State trustees.",
        ),
        item(
            "2011-11-10T03:21:00+00:00",
            "Students pour into State College streets after Paterno firing",
            "Thousands of Penn State students chanted Joe Paterno's name.",
        ),
        item(
            "2011-11-10T04:10:00+00:00",
            "Tom Bradley named Penn State interim coach",
            "Defensive coordinator Tom Bradley will lead Penn State after Joe Paterno was fired.",
        ),
    ]
