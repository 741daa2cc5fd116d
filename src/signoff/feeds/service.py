"""Stored news feeds: add, list, remove, refresh, and the items preflight reads as of a moment.

A refresh asks each feed conditionally (`signoff.news.fetch`): an unchanged feed answers 304 and nothing is
stored; new items are stored once per feed (by link, else by title and time); each feed keeps its newest
`MAX_ITEMS_PER_FEED` items. A feed that fails (unreachable, malformed) keeps its last good items, records the
error and counts the failures in a row, so `feeds list` can say which feed keeps failing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from signoff.errors import InputError, NewsError, NotFoundError
from signoff.feeds.models import Feed, FeedItem
from signoff.news.fetch import FetchResult, fetch_conditional, is_url
from signoff.news.model import NewsItem
from signoff.store.engine import Database

#: Each feed keeps this many of its newest items (older ones are dropped at refresh).
MAX_ITEMS_PER_FEED = 1000
#: A feed is reported as failing after this many failed refreshes in a row.
FAILING_AFTER = 3
#: Preflight reads items published within this window before the check time.
NEWS_WINDOW = timedelta(hours=72)
MAX_URL = 2000

Fetch = Callable[..., FetchResult]


@dataclass(frozen=True)
class FeedView:
    id: int
    name: str
    url: str
    items: int
    last_ok_at: datetime | None
    last_checked_at: datetime | None
    failures: int
    last_error: str | None

    @property
    def failing(self) -> bool:
        return self.failures >= FAILING_AFTER

    def to_dict(self) -> dict[str, object]:
        return {**self.__dict__, "failing": self.failing}


@dataclass(frozen=True)
class RefreshResult:
    feed: str
    new_items: int
    not_modified: bool = False
    error: str | None = None
    failures: int = 0

    @property
    def failing(self) -> bool:
        return self.failures >= FAILING_AFTER


def _check_source(url: str) -> str:
    source = url.strip()
    if not source:
        raise InputError("feed address is empty; give an http(s) URL or a feed file path")
    if len(source) > MAX_URL:
        raise InputError(f"feed address is {len(source):,} characters; the limit is {MAX_URL:,}")
    if not is_url(source):
        if "://" in source:
            raise InputError(f"unsupported feed address {source!r}; use http(s) or a file path")
        path = Path(source).expanduser()
        if not path.is_file():
            raise InputError(f"no feed file at {path}; give an http(s) URL or an existing file")
        source = str(path.resolve())
    return source


def add_feed(session: Session, *, url: str, name: str | None, now: datetime) -> Feed:
    """Follow a feed. Its items arrive at the next refresh (`signoff feeds refresh` or the worker)."""
    source = _check_source(url)
    name = (name or source).strip()[:120]
    if session.scalar(select(Feed).where(Feed.url == source)):
        raise InputError(f"the feed {source} is already followed; `signoff feeds list` shows it")
    if session.scalar(select(Feed).where(Feed.name == name)):
        raise InputError(f"a feed is already named {name!r}; pick another --name")
    feed = Feed(name=name, url=source, added_at=now, failures=0)
    session.add(feed)
    session.flush()
    return feed


def find_feed(session: Session, ref: str) -> Feed:
    """A feed by id, name or address."""
    feed = None
    if ref.isdigit():
        feed = session.get(Feed, int(ref))
    feed = feed or session.scalar(select(Feed).where((Feed.name == ref) | (Feed.url == ref)))
    if feed is None:
        raise NotFoundError(f"no feed {ref!r}; `signoff feeds list` shows them")
    return feed


def remove_feed(session: Session, *, ref: str) -> Feed:
    feed = find_feed(session, ref)
    session.execute(delete(FeedItem).where(FeedItem.feed_id == feed.id))
    session.delete(feed)
    session.flush()
    return feed


def list_feeds(session: Session) -> list[FeedView]:
    counts = dict(
        (fid, n)
        for fid, n in session.execute(select(FeedItem.feed_id, func.count()).group_by(FeedItem.feed_id))
    )
    return [
        FeedView(
            f.id,
            f.name,
            f.url,
            counts.get(f.id, 0),
            f.last_ok_at,
            f.last_checked_at,
            f.failures,
            f.last_error,
        )
        for f in session.scalars(select(Feed).order_by(Feed.id))
    ]


def item_key(item: NewsItem) -> str:
    raw = item.link or f"{item.title}\n{item.published.isoformat()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _store(session: Session, feed: Feed, items: list[NewsItem], now: datetime) -> int:
    keys = {item_key(i): i for i in items}
    known = set(
        session.scalars(select(FeedItem.key).where(FeedItem.feed_id == feed.id, FeedItem.key.in_(list(keys))))
    )
    new = [(k, i) for k, i in keys.items() if k not in known]
    for k, i in new:
        session.add(
            FeedItem(
                feed_id=feed.id,
                key=k,
                title=i.title,
                summary=i.summary,
                link=i.link,
                published=i.published,
                first_seen_at=now,
            )
        )
    session.flush()
    _prune(session, feed)
    return len(new)


def _prune(session: Session, feed: Feed) -> None:
    cutoff = session.scalar(
        select(FeedItem.published)
        .where(FeedItem.feed_id == feed.id)
        .order_by(FeedItem.published.desc(), FeedItem.id.desc())
        .offset(MAX_ITEMS_PER_FEED)
        .limit(1)
    )
    if cutoff is not None:
        session.execute(delete(FeedItem).where(FeedItem.feed_id == feed.id, FeedItem.published <= cutoff))


def refresh_feed(
    session: Session, feed: Feed, *, now: datetime, fetch: Fetch = fetch_conditional
) -> RefreshResult:
    """Fetch one feed conditionally and store its new items; a failure is recorded, never raised."""
    feed.last_checked_at = now
    try:
        got = fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except NewsError as exc:
        feed.failures = (feed.failures or 0) + 1
        feed.last_error = str(exc)
        return RefreshResult(feed.name, 0, error=str(exc), failures=feed.failures)
    feed.failures, feed.last_error, feed.last_ok_at = 0, None, now
    if got.not_modified:
        return RefreshResult(feed.name, 0, not_modified=True)
    feed.etag, feed.last_modified = got.etag, got.last_modified
    return RefreshResult(feed.name, _store(session, feed, got.items, now))


def refresh_all(session: Session, *, now: datetime, fetch: Fetch = fetch_conditional) -> list[RefreshResult]:
    return [
        refresh_feed(session, f, now=now, fetch=fetch)
        for f in session.scalars(select(Feed).order_by(Feed.id))
    ]


def refresh_due(
    db: Database, *, now: datetime, every: timedelta, fetch: Fetch = fetch_conditional
) -> list[RefreshResult]:
    """Refresh each feed not checked in the last `every`, one transaction per feed, so a slow feed holds no
    write lock while it downloads and one failing feed never undoes another's items. Safe to call from
    several places (the worker, Huey's periodic task): a feed checked moments ago is skipped."""
    with db.session() as s:
        due = list(
            s.scalars(
                select(Feed.id)
                .where((Feed.last_checked_at.is_(None)) | (Feed.last_checked_at <= now - every))
                .order_by(Feed.id)
            )
        )
    results = []
    for feed_id in due:
        with db.session() as s:
            feed = s.get(Feed, feed_id)
            if feed is not None:  # removed meanwhile
                results.append(refresh_feed(s, feed, now=now, fetch=fetch))
    return results


def has_feeds(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Feed)) > 0


def news_as_of(session: Session, at: datetime, *, window: timedelta = NEWS_WINDOW) -> list[NewsItem]:
    """Stored items published in the `window` before `at` (items from the future did not exist yet)."""
    rows = session.execute(
        select(FeedItem, Feed.name)
        .join(Feed, Feed.id == FeedItem.feed_id)
        .where(FeedItem.published <= at, FeedItem.published >= at - window)
        .order_by(FeedItem.published, FeedItem.id)
    ).all()
    return [
        NewsItem(published=i.published, title=i.title, summary=i.summary, link=i.link, source=name)
        for i, name in rows
    ]
