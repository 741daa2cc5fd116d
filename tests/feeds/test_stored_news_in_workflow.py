"""Stored feeds feed the workflow: a draft's preflight reads the items stored as of its check time, the
revision records which stories its verdict saw (so `drafts show` can say a post was approved while a story
was 25 minutes old), publish-time preflight reads them too, and the worker refreshes feeds that are due."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from signoff.audit import service as audit
from signoff.config import Settings
from signoff.feeds import service as feeds
from signoff.jobs.worker import publish_loop
from signoff.publish.dispatcher import publish_due_posts
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team

BROKE = datetime(2011, 11, 10, 3, 5, tzinfo=UTC)
HOT_TAKE = "How do you fire Jo Pa? #insult #noclass"


def feed_file(tmp_path: Path, items: list[dict[str, str]]) -> Path:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    return path


def follow(database: Database, path: Path, now: datetime) -> None:
    with database.session() as s:
        feed = feeds.add_feed(s, url=str(path), name="wire", now=now)
        assert feeds.refresh_feed(s, feed, now=now).error is None


def test_a_draft_is_checked_against_stored_news_and_records_what_it_saw(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    now = BROKE + timedelta(minutes=25)
    follow(database, feed_file(tmp_path, paterno_news), now)
    with database.session() as s:
        team = seed_team(s, now=now)
        draft = service.create_draft(s, handle=team.handle, author=team.owner, text=HOT_TAKE, now=now)
        assert draft.current.verdict == "hold"
        seen = draft.current.news_seen
        assert seen is not None and seen["items"] == 3
        headlines = [story["headline"] for story in seen["stories"]]
        assert headlines and set(headlines) <= {item["title"] for item in paterno_news}
        service.approve_draft(s, draft_id=draft.id, actor=team.owner, now=now, reason="we stand by it")
        view = service.draft_view(s, service.get_draft(s, draft.id), now=now)
    assert view["news_seen"] == seen
    (approval,) = view["approvals"]
    assert approval["while"] is not None and "minutes old" in approval["while"]
    assert headlines[0] in approval["while"]
    # the story the verdict named first broke at 03:05 or 03:14: 25 or 16 minutes before the approval
    assert any(f"was {m} minutes old" in approval["while"] for m in (25, 16))
    # the audit log says it too
    with database.session() as s:
        approvals = [e for e in audit.recent(s) if e.action == "draft.approve"]
    assert approvals and approvals[0].after["news_while"] == approval["while"]


def test_a_draft_checked_before_the_story_sees_none_of_it(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    follow(database, feed_file(tmp_path, paterno_news), BROKE + timedelta(hours=1))
    before = BROKE - timedelta(minutes=30)
    with database.session() as s:
        team = seed_team(s, now=before)
        draft = service.create_draft(s, handle=team.handle, author=team.owner, text=HOT_TAKE, now=before)
        assert "SO201" not in [f["code"] for f in draft.current.findings]
        assert draft.current.news_seen == {"items": 0, "stories": []}


def test_publish_time_preflight_reads_stored_news(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    approved_at = BROKE - timedelta(minutes=35)
    with database.session() as s:
        team = seed_team(s, now=approved_at, cooloff=60)
        draft = service.create_draft(
            s, handle=team.handle, author=team.editor, text="Paterno done 😂", now=approved_at
        )
        assert draft.current.verdict == "pass"
        service.approve_draft(s, draft_id=draft.id, actor=team.approver, now=approved_at)
    # the story breaks after the approval and reaches the install through its stored feed
    follow(database, feed_file(tmp_path, paterno_news), BROKE + timedelta(minutes=20))
    stats = publish_due_posts(database, settings=settings, now=BROKE + timedelta(minutes=55), news=None)
    assert (stats.published, stats.back_to_review) == (0, 1)


def test_refresh_due_skips_feeds_checked_within_the_period(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    now = BROKE
    path = feed_file(tmp_path, paterno_news)
    with database.session() as s:
        feeds.add_feed(s, url=str(path), name="wire", now=now)
    every = timedelta(minutes=2)
    first = feeds.refresh_due(database, now=now, every=every)
    assert [(r.feed, r.new_items) for r in first] == [("wire", 3)]
    assert feeds.refresh_due(database, now=now + timedelta(minutes=1), every=every) == []
    again = feeds.refresh_due(database, now=now + timedelta(minutes=3), every=every)
    assert [(r.feed, r.new_items) for r in again] == [("wire", 0)]


def test_one_worker_round_refreshes_due_feeds_first(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    path = feed_file(tmp_path, paterno_news)
    with database.session() as s:
        feeds.add_feed(s, url=str(path), name="wire", now=BROKE)
        assert feeds.list_feeds(s)[0].items == 0
    settings = Settings(data_dir=tmp_path / "data")
    publish_loop(settings, stop=threading.Event(), once=True, db=database)
    with database.session() as s:
        (view,) = feeds.list_feeds(s)
    assert view.items == 3 and view.last_checked_at is not None
