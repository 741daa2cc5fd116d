"""News items and the snapshot of stories that checks read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from signoff.news.snapshot import NewsTimeline


@dataclass(frozen=True)
class NewsItem:
    published: datetime  # aware, UTC
    title: str
    summary: str = ""
    link: str | None = None
    source: str | None = None

    @property
    def text(self) -> str:
        return f"{self.title}. {self.summary}" if self.summary else self.title


@dataclass(frozen=True)
class Story:
    """A cluster of news items about one event."""

    id: str
    headline: str  # the first item's title
    items: tuple[NewsItem, ...]
    first_seen: datetime
    last_updated: datetime
    #: Names and key phrases that identify the story (lower-cased).
    keyphrases: tuple[str, ...] = ()
    #: Tragedy category ("death", "shooting", "disaster", "abuse", "war", ...) or None.
    tragedy: str | None = None
    #: Names and hashtags drafts are matched on: folded words joined by spaces ("joe paterno"), or "#tag".
    names: tuple[str, ...] = ()

    @property
    def update_count(self) -> int:
        return len(self.items)

    def age(self, at: datetime) -> timedelta:
        return at - self.first_seen


@dataclass(frozen=True)
class NewsSnapshot:
    """The news as it stood at `at`: items published later are not in it."""

    at: datetime
    items: tuple[NewsItem, ...] = ()
    stories: tuple[Story, ...] = field(default_factory=tuple)
    #: The batch's timeline this snapshot was cut from: it holds the story index and views drafts share.
    timeline: NewsTimeline | None = field(default=None, compare=False, repr=False)
