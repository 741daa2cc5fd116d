"""The news as it stood at a moment: what the engine hands to checks.

Batches check thousands of drafts against the same news, often each with its own time. A `NewsTimeline` is
that news for one batch: items are read and featurised once; stories are clustered once per number of items
already published at `at` (so drafts a few seconds apart share them); the name index and the checks' story
views are built once. All of it lives on the timeline object (one per batch), not in module-level caches.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeAlias

from signoff.errors import NewsError
from signoff.news.feeds import read_source
from signoff.news.match import NameMatch, StoryIndex
from signoff.news.model import NewsItem, NewsSnapshot, Story
from signoff.news.stories import ItemFeatures, cluster, item_features


def load_items(sources: NewsSources) -> list[NewsItem]:
    """Read every source (paths, URLs, dicts, NewsItems, lists of them) into one list, duplicates dropped.

    Raises NewsError naming the bad source. For a batch, read once with `NewsTimeline.load`.
    """
    if isinstance(sources, NewsTimeline | NewsSnapshot):
        return list(sources.items)
    items = read_source(sources)
    seen: set[tuple[str, datetime]] = set()
    out = []
    for item in items:
        key = (item.title.casefold(), item.published)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


#: What may be passed as news: a timeline or snapshot, NewsItems, item dicts, feed paths or URLs, or a list
#: mixing them. `NewsTimeline.load` reads any of these once.
NewsSources: TypeAlias = (
    "NewsTimeline | NewsSnapshot | NewsItem | Mapping[str, Any] | str | Path | Sequence[Any]"
)


class NewsTimeline:
    """The news for one batch: items read once, sorted by publication time and featurised.

    A draft checked at `at` sees `snapshot(at)`: the items published by then, with the stories clustered
    once per number of items already out (drafts a few seconds apart share them) and their name index and
    the checks' story views built once on this object, not in module-level caches.
    """

    #: Distinct (prefix, time, question) story views kept before the oldest are dropped.
    MAX_VIEWS = 4096

    def __init__(self, items: Iterable[NewsItem] = ()) -> None:
        ordered = tuple(sorted(items, key=lambda it: it.published))
        self.items: tuple[NewsItem, ...] = ordered
        self.times: tuple[datetime, ...] = tuple(it.published for it in ordered)
        self._features: tuple[ItemFeatures, ...] = tuple(item_features(it) for it in ordered)
        self._stories: dict[int, tuple[Story, ...]] = {}
        self._index: dict[int, StoryIndex] = {}
        self._views: dict[tuple[int, datetime, str], list[Story]] = {}

    @classmethod
    def load(cls, sources: NewsSources) -> NewsTimeline:
        """A timeline from any news input; raises NewsError naming a source that cannot be read.

        Item lists with the same content share one timeline (a caller checking draft after draft against
        the same feed list pays for clustering once); paths and URLs are read again on every call.
        """
        if isinstance(sources, NewsTimeline):
            return sources
        if isinstance(sources, NewsSnapshot):
            return sources.timeline if sources.timeline is not None else _timeline(sources.items)
        return _timeline(_as_item_tuple(sources))

    def __len__(self) -> int:
        return len(self.items)

    def snapshot(self, at: datetime) -> NewsSnapshot:
        """The news as it stood at `at` (aware): items published later are left out."""
        if at.tzinfo is None or at.utcoffset() is None:
            raise NewsError("snapshot time has no time zone; pass an aware UTC datetime")
        n = bisect_right(self.times, at)
        return NewsSnapshot(at=at, items=self.items[:n], stories=self._stories_upto(n), timeline=self)

    def _stories_upto(self, n: int) -> tuple[Story, ...]:
        stories = self._stories.get(n)
        if stories is None:
            stories = self._stories[n] = cluster(self.items[:n], self._features[:n])
        return stories

    def index(self, snapshot: NewsSnapshot) -> StoryIndex:
        n = len(snapshot.items)
        found = self._index.get(n)
        if found is None:
            found = self._index[n] = StoryIndex(snapshot.stories)
        return found

    def view(
        self, snapshot: NewsSnapshot, at: datetime, name: str, pick: Callable[[Story, datetime], bool]
    ) -> list[Story]:
        key = (len(snapshot.items), at, name)
        found = self._views.get(key)
        if found is None:
            if len(self._views) >= self.MAX_VIEWS:
                self._views.clear()
            found = self._views[key] = [s for s in snapshot.stories if pick(s, at)]
        return found


def _as_item_tuple(news: Any) -> tuple[NewsItem, ...]:
    if isinstance(news, tuple | list) and all(isinstance(it, NewsItem) for it in news):
        return tuple(news)
    if isinstance(news, list) and news and all(isinstance(it, Mapping) for it in news):
        # the same item dicts for many drafts (an API caller's feed): parse them once
        try:
            key = tuple(tuple(sorted(d.items())) for d in news)
            hash(key)
        except TypeError:  # unhashable values: just parse
            return tuple(load_items(news))
        return _items_from_dicts(key)
    return tuple(load_items(news))


@lru_cache(maxsize=16)
def _items_from_dicts(key: tuple[tuple[tuple[str, Any], ...], ...]) -> tuple[NewsItem, ...]:
    return tuple(load_items([dict(pairs) for pairs in key]))


@lru_cache(maxsize=16)
def _timeline(items: tuple[NewsItem, ...]) -> NewsTimeline:
    return NewsTimeline(items)


def snapshot_from(news: NewsSources, *, at: datetime) -> NewsSnapshot:
    """A NewsSnapshot at `at` from any news input (see `NewsTimeline.load`).

    Items published after `at` are left out: they do not exist yet. Raises NewsError for unreadable news.
    """
    if at.tzinfo is None:
        raise NewsError("snapshot time has no time zone; pass an aware UTC datetime")
    if isinstance(news, NewsSnapshot) and news.at == at:
        return news
    return NewsTimeline.load(news).snapshot(at)


def story_index(snapshot: NewsSnapshot) -> StoryIndex:
    """The name index over the snapshot's stories, built once per timeline prefix."""
    if snapshot.timeline is not None:
        return snapshot.timeline.index(snapshot)
    return StoryIndex(snapshot.stories)


def story_view(
    snapshot: NewsSnapshot, at: datetime, name: str, pick: Callable[[Story, datetime], bool]
) -> list[Story]:
    """The snapshot's stories for which pick(story, at) holds, computed once per (stories, at, name):
    a batch asks the same question of the same news for every draft."""
    if snapshot.timeline is not None:
        return snapshot.timeline.view(snapshot, at, name, pick)
    return [s for s in snapshot.stories if pick(s, at)]


def stories_named(snapshot: NewsSnapshot, text: str) -> list[NameMatch]:
    """Every story of the snapshot that `text` names, with where and how it was matched."""
    if not snapshot.stories:
        return []
    return story_index(snapshot).match(text)


def stories_by_topic(snapshot: NewsSnapshot, text: str, stories: Sequence[Story]) -> list[NameMatch]:
    """Among `stories` (of this snapshot), those the text refers to by a tragedy word they share."""
    if not stories:
        return []
    return story_index(snapshot).topics(text, stories)


def best_per_story(matches: Sequence[NameMatch]) -> list[NameMatch]:
    """One match per story: the first exact one, else the first."""
    best: dict[str, NameMatch] = {}
    for m in matches:
        cur = best.get(m.story.id)
        if cur is None or (cur.how != "exact" and m.how == "exact"):
            best[m.story.id] = m
    return list(best.values())
