"""The news as it stood at a moment: what the engine hands to checks.

Batches check thousands of drafts against the same news, often each with its own time, so the work is
cached in layers: items are read and featurised once per item list; stories are clustered once per number
of items already published at `at` (so drafts a few seconds apart share them); the name index is built once
per set of stories.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from signoff.errors import NewsError
from signoff.news.feeds import read_source
from signoff.news.match import NameMatch, StoryIndex
from signoff.news.model import NewsItem, NewsSnapshot, Story
from signoff.news.stories import ItemFeatures, cluster, item_features


def load_items(sources: Any) -> list[NewsItem]:
    """Read every source (paths, URLs, dicts, NewsItems, lists of them) into one list, duplicates dropped.

    Parse once and pass the list to every draft of a batch. Raises NewsError naming the bad source.
    """
    items = read_source(sources)
    seen: set[tuple[str, datetime]] = set()
    out = []
    for item in items:
        key = (item.title.casefold(), item.published)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


@dataclass(eq=False)  # identity hash: cached stories hang off this object
class _Prepared:
    items: tuple[NewsItem, ...]  # sorted by publication time
    times: tuple[datetime, ...]
    features: tuple[ItemFeatures, ...]


@lru_cache(maxsize=32)
def _prepare(items: tuple[NewsItem, ...]) -> _Prepared:
    ordered = tuple(sorted(items, key=lambda it: it.published))
    return _Prepared(
        ordered, tuple(it.published for it in ordered), tuple(item_features(it) for it in ordered)
    )


@lru_cache(maxsize=256)
def _stories_for_prefix(prepared: _Prepared, n: int) -> tuple[Story, ...]:
    return cluster(prepared.items[:n], prepared.features[:n])


_LAST_LIST: list[Any] = [None, ()]  # the last list object seen, and its items as a tuple


def _as_item_tuple(news: Any) -> tuple[NewsItem, ...]:
    if isinstance(news, tuple) and all(isinstance(it, NewsItem) for it in news):
        return news
    if isinstance(news, list):
        cached_obj, cached = _LAST_LIST
        # the batch CLI passes the same list object for every draft: skip re-reading it
        same = news is cached_obj and len(news) == len(cached)
        if same and all(a is b for a, b in zip(news, cached, strict=True)):
            return cached
        if all(isinstance(it, NewsItem) for it in news):
            items = tuple(news)
            _LAST_LIST[0], _LAST_LIST[1] = news, items
            return items
        if all(isinstance(it, Mapping) for it in news):
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


def snapshot_from(news: Any, *, at: datetime) -> NewsSnapshot:
    """A NewsSnapshot at `at` from a snapshot, NewsItems, item dicts, a feed path or URL, or a mixed list.

    Items published after `at` are left out: they do not exist yet. Raises NewsError for unreadable news.
    """
    if at.tzinfo is None:
        raise NewsError("snapshot time has no time zone; pass an aware UTC datetime")
    if isinstance(news, NewsSnapshot):
        if news.at == at:
            return news
        items = news.items
    else:
        items = _as_item_tuple(news)
    prepared = _prepare(items)
    n = bisect_right(prepared.times, at)
    return NewsSnapshot(at=at, items=prepared.items[:n], stories=_stories_for_prefix(prepared, n))


_INDEX_CACHE: dict[int, tuple[tuple[Story, ...], StoryIndex]] = {}


def story_index(stories: tuple[Story, ...]) -> StoryIndex:
    """The name index over `stories`, built once per stories tuple (snapshots share cached tuples)."""
    hit = _INDEX_CACHE.get(id(stories))
    if hit is not None and hit[0] is stories:
        return hit[1]
    index = StoryIndex(stories)
    if len(_INDEX_CACHE) >= 64:
        _INDEX_CACHE.pop(next(iter(_INDEX_CACHE)))
    _INDEX_CACHE[id(stories)] = (stories, index)
    return index


_VIEWS: dict[tuple[int, datetime, str], tuple[tuple[Story, ...], Any]] = {}


def story_view(
    snapshot: NewsSnapshot, at: datetime, name: str, pick: Callable[[Story, datetime], bool]
) -> list[Story]:
    """The snapshot's stories for which pick(story, at) holds, computed once per (stories, at, name):
    a batch asks the same question of the same news for every draft."""
    key = (id(snapshot.stories), at, name)
    hit = _VIEWS.get(key)
    if hit is not None and hit[0] is snapshot.stories:
        return hit[1]
    value = [s for s in snapshot.stories if pick(s, at)]
    if len(_VIEWS) >= 1024:
        _VIEWS.clear()
    _VIEWS[key] = (snapshot.stories, value)
    return value


def stories_named(snapshot: NewsSnapshot, text: str) -> list[NameMatch]:
    """Every story of the snapshot that `text` names, with where and how it was matched."""
    if not snapshot.stories:
        return []
    return story_index(snapshot.stories).match(text)


def stories_by_topic(snapshot: NewsSnapshot, text: str, stories: Sequence[Story]) -> list[NameMatch]:
    """Among `stories` (of this snapshot), those the text refers to by a tragedy word they share."""
    if not stories:
        return []
    return story_index(snapshot.stories).topics(text, stories)


def best_per_story(matches: Sequence[NameMatch]) -> list[NameMatch]:
    """One match per story: the first exact one, else the first."""
    best: dict[str, NameMatch] = {}
    for m in matches:
        cur = best.get(m.story.id)
        if cur is None or (cur.how != "exact" and m.how == "exact"):
            best[m.story.id] = m
    return list(best.values())
