"""Snapshots: items after `at` do not exist yet; batches reuse clustering across drafts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from signoff.errors import NewsError
from signoff.news.model import NewsItem, NewsSnapshot
from signoff.news.snapshot import snapshot_from

AT = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)


def test_items_published_after_at_are_left_out(paterno_night: list[NewsItem]) -> None:
    snap = snapshot_from(paterno_night, at=AT)
    assert all(it.published <= AT for it in snap.items)
    assert "Tom Bradley named Penn State interim coach" not in {it.title for it in snap.items}
    paterno = next(s for s in snap.stories if "Paterno" in s.headline)
    assert paterno.update_count == 3


def test_before_the_story_there_is_no_story(paterno_night: list[NewsItem]) -> None:
    snap = snapshot_from(paterno_night, at=datetime(2011, 11, 10, 3, 0, tzinfo=UTC))
    assert not any("Paterno" in s.headline for s in snap.stories)


def test_dicts_and_items_give_the_same_snapshot(paterno_night: list[NewsItem]) -> None:
    dicts = [
        {"published": it.published.isoformat(), "title": it.title, "summary": it.summary}
        for it in paterno_night
    ]
    a = snapshot_from(paterno_night, at=AT)
    b = snapshot_from(dicts, at=AT)
    assert [s.headline for s in a.stories] == [s.headline for s in b.stories]


def test_snapshot_passes_through_at_the_same_time(paterno_night: list[NewsItem]) -> None:
    snap = snapshot_from(paterno_night, at=AT)
    assert snapshot_from(snap, at=AT) is snap
    later = snapshot_from(snap, at=AT + timedelta(days=1))
    assert isinstance(later, NewsSnapshot) and later.at == AT + timedelta(days=1)


def test_drafts_seconds_apart_share_the_clustered_stories(paterno_night: list[NewsItem]) -> None:
    a = snapshot_from(paterno_night, at=AT)
    b = snapshot_from(paterno_night, at=AT + timedelta(seconds=5))
    assert a.stories is b.stories


def test_naive_time_is_refused(paterno_night: list[NewsItem]) -> None:
    with pytest.raises(NewsError, match="no time zone"):
        snapshot_from(paterno_night, at=datetime(2011, 11, 10, 3, 30))
