"""Which stories a draft names, surviving nicknames and misspellings.

Each story name becomes compact keys: the full name ("joepaterno"), a distinctive last word ("paterno") and
short forms that keep the first words and clip the last ("joepa", "pennst"), which is how nicknames and
abbreviations are made. Draft word runs (1-3 words, hashtags read as words) are compacted the same way and
looked up exactly, then by sound (metaphone) checked with Jaro-Winkler, then by spelling for longer names.
Single common words never match: a one-word name must be rare, or capitalised in the draft and not among
the 1,000 commonest English words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import jellyfish
import regex
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from signoff.news.model import Story
from signoff.news.text import Token, commonness, name_commonness, split_hashtag, tokenize

#: Tragedy words a draft may use for a story without naming it ("during the storm", "good morning, shooters").
TOPIC_RE = regex.compile(
    r"(?<![\w#@])(shoot|gun|bomb|explo|blast|storm|hurrican|quake|earthquak|tsunami|flood|wildfire|tornad|terror|"
    r"massacr|attack|crash|war(?!\w)|riot|evacu|verdict|dead(?!\w)|death|killed|victim)\w*",
    regex.IGNORECASE,
)
#: Parts of a hashtag that say it names an event ("#BerlinAttack", "#PrayForNice", "#ManchesterStrong"): the
#: rest of it is read for a story's name even when no name key hides inside it whole.
EVENT_TAG_RE = regex.compile(
    r"shoot|bomb|explo|blast|storm|hurrican|quake|tsunami|flood|wildfire|fire|tornad|terror|massacr|attack|"
    r"crash|strong|prayfor|pray4|victim|stabbing",
    regex.IGNORECASE,
)
SOUND_MIN_SIMILARITY = 0.86
MEMO_SIZE = 2048
SPELLING_MIN_SIMILARITY = 0.93
MAX_NGRAM = 3


@dataclass(frozen=True)
class NameKey:
    compact: str
    name: str  # the story's name it came from, e.g. "joe paterno" or "#whyistayed"
    words: int  # words in the name (hashtags: words read from it)
    rarity: int  # commonness() of a one-word name; 0 for longer names

    @property
    def single(self) -> bool:
        return self.words == 1


class Candidate(NamedTuple):  # dozens per draft: a tuple is much cheaper to build than a frozen dataclass
    compact: str
    start: int
    end: int
    words: int
    capitalised: bool  # every word capitalised, or a hashtag
    hashtag: bool


@dataclass(frozen=True)
class NameMatch:
    story: Story
    name: str  # story name
    text: str  # as written in the draft
    start: int
    end: int
    how: str  # "exact", "sound", "spelling", or "topic" (a shared tragedy word, no name)
    hashtag: bool  # the draft wrote it as a hashtag


def name_keys(name: str) -> list[NameKey]:
    """Compact keys for one story name: the name itself and its clipped short forms."""
    if name.startswith("#"):
        words = split_hashtag(name[1:])
        compact = name[1:]
        rarity = name_commonness(compact) if len(words) == 1 else 0
        return [NameKey(compact, name, len(words), rarity)]
    words = name.split()
    compact = "".join(words)
    keys = [NameKey(compact, name, len(words), name_commonness(compact) if len(words) == 1 else 0)]
    if len(words) > 1:
        head = "".join(words[:-1])
        last = words[-1]
        for cut in (2, 3, 4):  # "Joe Pa", "Penn St": first words kept, last one clipped
            if cut < len(last) and len(head) >= 3 and len(head) + cut >= 5:
                keys.append(NameKey(head + last[:cut], name, len(words), 0))
    return keys


class StoryIndex:
    """Lookup tables over the names of a set of stories; build once per snapshot."""

    def __init__(self, stories: Sequence[Story]) -> None:
        self.stories = tuple(stories)
        self.exact: dict[str, list[tuple[NameKey, Story]]] = {}
        self.sound: dict[str, list[tuple[NameKey, Story]]] = {}
        self.by_initial: dict[str, list[str]] = {}
        #: first words of several-word names: a run of words starting otherwise cannot match exactly
        self.first_words: set[str] = set()
        self._memo: dict[str, list[NameMatch]] = {}  # several checks ask about the same draft
        self.texts = {story.id: " ".join(it.text for it in story.items).lower() for story in self.stories}
        for story in self.stories:
            for name in story.names:
                words = split_hashtag(name[1:]) if name.startswith("#") else name.split()
                if len(words) > 1:
                    self.first_words.add(words[0])
                for key in name_keys(name):
                    if key.single and key.rarity >= 3:
                        continue
                    self.exact.setdefault(key.compact, []).append((key, story))
                    if len(key.compact) >= 4:
                        self.sound.setdefault(jellyfish.metaphone(key.compact), []).append((key, story))
                    if len(key.compact) >= 6:
                        self.by_initial.setdefault(key.compact[0], []).append(key.compact)
        #: keys worth finding inside a hashtag (names, not common words), by their first four letters
        self.inner_heads: dict[str, set[int]] = {}
        for k, hits in self.exact.items():
            if len(k) >= 4 and any(e[0].rarity <= 1 for e in hits):
                self.inner_heads.setdefault(k[:4], set()).add(len(k))

    def match(self, text: str) -> list[NameMatch]:
        """Every (story, name) the text names, first mention each; empty when nothing matches."""
        if not self.exact:
            return []
        hit = self._memo.get(text)
        if hit is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[text] = self._match(text)
        return list(hit)

    def _match(self, text: str) -> list[NameMatch]:
        found: dict[tuple[str, str], NameMatch] = {}
        taken: list[tuple[int, int]] = []

        def consider(cand: Candidate) -> None:
            if any(s <= cand.start and cand.end <= e for s, e in taken):
                return
            hits = self._lookup(cand)
            for key, story, how in hits:
                k = (story.id, key.name)
                if k not in found:
                    found[k] = NameMatch(
                        story, key.name, text[cand.start : cand.end], cand.start, cand.end, how, cand.hashtag
                    )
            if hits:
                taken.append((cand.start, cand.end))

        words, tags, inner, all_caps, levels = draft_words(text)
        for tok in tags:
            consider(Candidate(tok.norm, tok.start, tok.end, 1, True, True))
        for tok in inner:
            # reading the words inside a hashtag is slow (wordsegment): only when a name could be in there
            if self._hides_a_key(tok.norm) or (tok.hashtag and EVENT_TAG_RE.search(tok.norm)):
                for cand in _part_candidates(split_hashtag(tok.text), tok, hashtag=tok.hashtag):
                    consider(cand)
        norms = [t.norm for t in words]
        caps = [t.capitalised and not all_caps for t in words]
        joined = [t.joined for t in words]
        exact = self.exact
        first_words = self.first_words
        count = len(words)
        for n in range(MAX_NGRAM, 0, -1):
            for i in range(count - n + 1):
                j = i + n
                if n == 1:
                    compact, capitalised = norms[i], caps[i]
                    # a capitalised common word ("The", "How") or short word is no name to guess at
                    fuzzy = len(compact) >= 4 and (
                        (capitalised and levels[i] < 3) or (len(compact) >= 6 and levels[i] == 0)
                    )
                else:
                    if not joined[i + 1] or (n == 3 and not joined[i + 2]):
                        continue  # only words next to each other, not across a comma or full stop
                    if not caps[i] and norms[i] not in first_words and (
                        n == 3 or len(norms[i]) + len(norms[i + 1]) > 6
                    ):
                        continue  # cannot match exactly, and gets no fuzzy look (only "jo pa"-like pairs do)
                    compact = "".join(norms[i:j])
                    capitalised = caps[i] and caps[i + 1] and (n == 2 or caps[i + 2])
                    fuzzy = capitalised or (n == 2 and 4 <= len(compact) <= 6)
                if not fuzzy and compact not in exact:
                    continue
                consider(Candidate(compact, words[i].start, words[j - 1].end, n, capitalised, False))
        return sorted(found.values(), key=lambda m: m.start)

    def _hides_a_key(self, norm: str) -> bool:
        heads = self.inner_heads
        for i in range(len(norm) - 3):
            sizes = heads.get(norm[i : i + 4])
            if sizes and any(norm[i : i + n] in self.exact for n in sizes if n < len(norm)):
                return True
        return False

    def topics(self, text: str, stories: Sequence[Story]) -> list[NameMatch]:
        """Tragedy words of the draft that the given stories' reports use too (how="topic")."""
        out = []
        for m in TOPIC_RE.finditer(text):
            stem = m.group(1).lower()
            pattern = r"\bwar\b" if stem == "war" else r"\b" + stem
            for story in stories:
                if story.id in self.texts and regex.search(pattern, self.texts[story.id]):
                    out.append(NameMatch(story, stem, m.group(), m.start(), m.end(), "topic", False))
        return out

    def _lookup(self, cand: Candidate) -> list[tuple[NameKey, Story, str]]:
        out = [(k, s, "exact") for k, s in self.exact.get(cand.compact, ()) if _allowed(k, cand)]
        if out or cand.hashtag and len(cand.compact) < 4:
            return out
        if not cand.hashtag and not _may_be_fuzzy(cand.compact, cand.words, cand.capitalised):
            return out
        for k, s in self.sound.get(jellyfish.metaphone(cand.compact), ()):
            if (
                _allowed(k, cand)
                and k.rarity <= 1
                and abs(len(k.compact) - len(cand.compact)) <= 3
                and JaroWinkler.similarity(cand.compact, k.compact) >= SOUND_MIN_SIMILARITY
            ):
                out.append((k, s, "sound"))
        if out or len(cand.compact) < 6 or not cand.capitalised:
            return out
        bucket = self.by_initial.get(cand.compact[0])
        if bucket:
            best = process.extractOne(
                cand.compact, bucket, scorer=JaroWinkler.similarity, score_cutoff=SPELLING_MIN_SIMILARITY
            )
            if best is not None and abs(len(best[0]) - len(cand.compact)) <= 2:
                out.extend(
                    (k, s, "spelling") for k, s in self.exact[best[0]] if k.rarity <= 1 and _allowed(k, cand)
                )
        return out


def _allowed(key: NameKey, cand: Candidate) -> bool:
    """One-word names need a rare word, or a capitalised word / hashtag that is not among the commonest."""
    if not key.single:
        return True
    if key.rarity == 0:
        return True
    return key.rarity <= 2 and (cand.capitalised or cand.hashtag)


def _may_be_fuzzy(compact: str, words: int, capitalised: bool) -> bool:
    """Only names (capitalised), nickname-like pairs ("jo pa") or rare words get a fuzzy look."""
    if len(compact) < 4:
        return False
    if capitalised:
        return True
    if words == 2:
        return len(compact) <= 6
    return words == 1 and len(compact) >= 6 and commonness(compact) == 0


@lru_cache(maxsize=4096)
def draft_words(
    text: str,
) -> tuple[tuple[Token, ...], tuple[Token, ...], tuple[Token, ...], bool, tuple[int, ...]]:
    """The draft's words, its hashtags, the hashtags and run-together words (SANDYSALE, JoePaSucks) that may
    hide a name inside, whether it is written in capitals throughout, and how common each word is."""
    words: list[Token] = []
    tags: list[Token] = []
    inner: list[Token] = []
    for tok in tokenize(text):
        if tok.hashtag:
            tags.append(tok)
            inner.append(tok)
        else:
            words.append(tok)
            if len(tok.text) >= 6 and (tok.text.isupper() or not tok.text[1:].islower()):
                inner.append(tok)
    all_caps = sum(t.text.isupper() for t in words) > 0.6 * max(1, len(words))
    levels = tuple(name_commonness(t.norm) if len(t.norm) >= 4 else 3 for t in words)
    return tuple(words), tuple(tags), tuple(inner), all_caps, levels


def _part_candidates(parts: tuple[str, ...], tok: Token, *, hashtag: bool) -> list[Candidate]:
    """Shorter runs inside a hashtag or run-together word ("#CosbyMeme" → "cosby"), all on its span."""
    out = []
    for n in range(min(MAX_NGRAM, len(parts) - 1), 0, -1):
        for i in range(len(parts) - n + 1):
            sub = parts[i : i + n]
            if n == 1 and len(sub[0]) < 4:
                continue
            out.append(Candidate("".join(sub), tok.start, tok.end, n, True, hashtag))
    return out
