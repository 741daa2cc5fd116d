"""Stories: news items clustered by the names, hashtags and key nouns they share, close in time.

An item joins the most similar open story (last item within STORY_GAP) when they share enough:
a full name ("Joe Paterno"), a hashtag or a rare single name count 2, a more common single name 1,
a key noun ½ (at most 1 in all). Two points join. Otherwise the item starts a new story.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from signoff.news.model import NewsItem, Story
from signoff.news.text import (
    NOT_NAMES,
    commonness,
    looks_title_case,
    name_commonness,
    name_runs,
    split_hashtag,
    tokenize,
)
from signoff.news.tragedy import controversial, tragedy_category

STORY_GAP = timedelta(hours=36)
#: A story is young while its first item is at most this old ...
YOUNG = timedelta(hours=6)
#: ... and still developing while it got at least RECENT_UPDATES items within this window.
ACTIVE_WINDOW = timedelta(hours=12)
RECENT_UPDATES = 2
JOIN_SCORE = 2.0
MAX_NAMES = 16


@dataclass(frozen=True)
class ItemFeatures:
    names: frozenset[str]  # folded names: "joe paterno", "paterno", "penn state"
    hashtags: frozenset[str]  # "#whyistayed"
    nouns: frozenset[str]  # rarer lower-case words: "trustees", "earthquake"
    grams: frozenset[str] = (
        frozenset()
    )  # runs of 2-3 words, compacted: "notguilty" (what hashtags are made of)


def _name_keys(words: Sequence[str]) -> list[str]:
    """A name and, for multi-word names, its last word if distinctive ("joe paterno" → "paterno")."""
    keys = []
    full = " ".join(words)
    if len(words) > 1 or (len(words[0]) >= 3 and name_commonness(words[0]) < 3):
        keys.append(full)
    if len(words) >= 3:  # "Penn State Trustees" also names "Penn State"
        keys += [" ".join(words[:2]), " ".join(words[-2:])]
    last = words[-1]
    if len(words) > 1 and len(last) >= 4 and name_commonness(last) <= 1 and last not in NOT_NAMES:
        keys.append(last)
    return keys


def item_features(item: NewsItem) -> ItemFeatures:
    names: set[str] = set()
    tags: set[str] = set()
    nouns: set[str] = set()
    grams: set[str] = set()
    for text in (item.title, item.summary):
        if not text:
            continue
        tokens = tokenize(text)
        norms = [t.norm for t in tokens if not t.hashtag]
        for n in (2, 3):
            grams.update("".join(norms[i : i + n]) for i in range(len(norms) - n + 1))
        for run in name_runs(tokens, title_case=looks_title_case(tokens)):
            names.update(_name_keys([t.norm for t in run]))
        for tok in tokens:
            if tok.hashtag:
                tags.add("#" + "".join(split_hashtag(tok.text)))
            elif (
                not tok.capitalised
                and len(tok.norm) >= 5
                and tok.norm.isalpha()
                and commonness(tok.norm) <= 1
            ):
                nouns.add(tok.norm)
    return ItemFeatures(frozenset(names), frozenset(tags), frozenset(nouns), frozenset(grams))


def _key_weight(key: str) -> float:
    if key.startswith("#") or " " in key:
        return 2.0
    return 2.0 if name_commonness(key) <= 1 else 1.0


@dataclass
class _Cluster:
    items: list[NewsItem] = field(default_factory=list)
    feats: list[ItemFeatures] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)
    nouns: Counter[str] = field(default_factory=Counter)
    grams: set[str] = field(default_factory=set)

    def score(self, f: ItemFeatures) -> float:
        shared = sum(_key_weight(k) for k in (f.names | f.hashtags) if k in self.keys)
        # a hashtag on one side written out as words on the other ("#notguilty" / "found not guilty")
        tags_as_words = any(t[1:] in self.grams for t in f.hashtags) or any(
            k[1:] in f.grams for k in self.keys if k.startswith("#")
        )
        return shared + 2.0 * tags_as_words + min(1.0, 0.5 * sum(1 for n in f.nouns if n in self.nouns))

    def add(self, item: NewsItem, f: ItemFeatures) -> None:
        self.items.append(item)
        self.feats.append(f)
        self.keys.update(f.names | f.hashtags)
        self.nouns.update(f.nouns)
        self.grams.update(f.grams)


class _ClusterIndex:
    """Which clusters could reach JOIN_SCORE with an item. Key nouns add at most 1, so a join needs a
    shared name or hashtag, or a hashtag written out as words; indexing those skips every other cluster
    (a 5,000-item feed would otherwise compare each item with thousands of open stories)."""

    def __init__(self) -> None:
        self.by_key: dict[str, set[int]] = {}  # name or hashtag -> clusters holding it
        self.by_gram: dict[str, set[int]] = {}  # compacted word run -> clusters whose items have it
        self.by_tag_word: dict[str, set[int]] = {}  # hashtag without '#' -> clusters holding the hashtag

    def candidates(self, f: ItemFeatures) -> list[int]:
        found: set[int] = set()
        for k in f.names | f.hashtags:
            found.update(self.by_key.get(k, ()))
        for t in f.hashtags:
            found.update(self.by_gram.get(t[1:], ()))
        for g in f.grams:
            found.update(self.by_tag_word.get(g, ()))
        return sorted(found)

    def add(self, n: int, f: ItemFeatures) -> None:
        for k in f.names | f.hashtags:
            self.by_key.setdefault(k, set()).add(n)
            if k.startswith("#"):
                self.by_tag_word.setdefault(k[1:], set()).add(n)
        for g in f.grams:
            self.by_gram.setdefault(g, set()).add(n)


def cluster(items: Sequence[NewsItem], features: Sequence[ItemFeatures] | None = None) -> tuple[Story, ...]:
    """Stories from items (any order), newest-updated first."""
    order = sorted(range(len(items)), key=lambda i: items[i].published)
    feats = features if features is not None else [item_features(it) for it in items]
    clusters: list[_Cluster] = []
    index = _ClusterIndex()
    for i in order:
        item, f = items[i], feats[i]
        best, best_score = -1, 0.0
        for n in index.candidates(f):  # in creation order: ties go to the oldest
            c = clusters[n]
            if item.published - c.items[-1].published > STORY_GAP:
                continue
            s = c.score(f)
            if s > best_score:
                best, best_score = n, s
        if best < 0 or best_score < JOIN_SCORE:
            best = len(clusters)
            clusters.append(_Cluster())
        clusters[best].add(item, f)
        index.add(best, f)
    stories = [_story(c) for c in clusters]
    stories.sort(key=lambda s: s.last_updated, reverse=True)
    return tuple(stories)


@lru_cache(maxsize=65_536)  # a batch re-clusters each prefix of one feed; most stories recur unchanged
def _tragedy_of(items: tuple[NewsItem, ...]) -> str | None:
    return tragedy_category([(it.title, 2) for it in items] + [(it.summary, 1) for it in items])


def _story(c: _Cluster) -> Story:
    first = c.items[0]
    names = [k for k, _ in sorted(c.keys.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_NAMES]
    nouns = [k for k, _ in c.nouns.most_common(6)]
    tragedy = _tragedy_of(tuple(c.items))
    digest = hashlib.sha1(f"{first.published.isoformat()}|{first.title}".encode()).hexdigest()[:12]
    return Story(
        id=digest,
        headline=first.title,
        items=tuple(c.items),
        first_seen=first.published,
        last_updated=c.items[-1].published,
        keyphrases=tuple(names + [n for n in nouns if n not in names]),
        tragedy=tragedy,
        names=tuple(names),
    )


_SENSITIVE: dict[str, bool] = {}


def sensitive(story: Story) -> bool:
    """A tragedy, or a story of conflict or blame (a firing, charges, a scandal): hot takes on these hurt."""
    hit = _SENSITIVE.get(story.id)
    if hit is None:
        hit = story.tragedy is not None or any(controversial(it.text) for it in story.items)
        if len(_SENSITIVE) > 100_000:
            _SENSITIVE.clear()
        _SENSITIVE[story.id] = hit
    return hit


def recent_updates(story: Story, at: datetime, window: timedelta = ACTIVE_WINDOW) -> int:
    """Items of the story published within `window` before `at`."""
    return sum(1 for it in story.items if at - window <= it.published <= at)


def developing(story: Story, at: datetime) -> bool:
    """Young (first item within YOUNG) or still getting updates: RECENT_UPDATES within ACTIVE_WINDOW, or a
    new report on an older story within YOUNG."""
    if story.first_seen > at:
        return False
    if at - story.last_updated > ACTIVE_WINDOW and at - story.first_seen > YOUNG:
        return False  # the quick answer for most stories of a feed
    if at - story.first_seen <= YOUNG or recent_updates(story, at) >= RECENT_UPDATES:
        return True
    # an older story that just got a fresh report is moving again
    return story.update_count >= 2 and at - story.last_updated <= YOUNG
