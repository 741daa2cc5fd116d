"""Text helpers shared by the language checks: normalisation that undoes masking, tokens, span mapping.

Every normalised view keeps, for each of its characters, the index of the original character it came
from, so a match in normalised text becomes a span in the draft the user typed.
"""

from __future__ import annotations

import difflib
import gzip
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ftfy
import regex
from confusable_homoglyphs import confusables

from signoff.preflight.model import Span

# Characters that render as nothing but split a word for a naive filter (ZWSP, ZWNJ, ZWJ, word joiner,
# BOM, soft hyphen, combining grapheme joiner, Mongolian vowel separator).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e\u2061\u2062\u2063\u2064")

#: Look-alike digits and symbols inside words ("sh1t", "a$$", "b!tch").
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}
_WORD = re.compile(r"[^\W_]+")
_LEET_TOKEN = regex.compile(r"[\p{L}0-9@$!|]+")
#: Cheap test for a digit or symbol touching a letter, before the slower rewrite.
_LEET_HINT = re.compile(r"[^\W\d_][013457@$!|]|[013457@$!|][^\W\d_]")

URL_RE = regex.compile(r"\b(?:https?://|www\.)\S+|\bURL\b", regex.IGNORECASE)
HASHTAG_RE = regex.compile(r"(?<![\w&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)")
MENTION_RE = regex.compile(r"(?<![\w@])@([A-Za-z0-9_]{1,30})(?:@[\w.-]+)?")
CASHTAG_RE = regex.compile(r"(?<![\w$])\$([A-Za-z]{1,6})(?:\.[A-Za-z]{1,2})?\b")
#: Three or more single letters split by spaces or dots: "f u c k", "s.h.i.t".
SPACED_RE = re.compile(r"(?<![^\W_])[^\W\d_](?:[ .\-_*]{1,2}[^\W\d_]){2,}(?![^\W_])")


#: A character of Japanese (kana), Chinese (CJK ideographs) or Korean (hangul): scripts with no spaces between
#: words, whose word lists are matched without word boundaries.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

@dataclass(frozen=True, slots=True)
class Normalised:
    """`text` is a normalised view of `original`; `origin[i]` is the original index of `text[i]`."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering normalised characters [start, end)."""
        if not self.origin or end <= start:
            return Span(0, 0)
        return Span(self.origin[start], self.origin[end - 1] + 1)

    def original_slice(self, start: int, end: int) -> str:
        sp = self.span(start, end)
        return self.original[sp.start : sp.end]


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a normalised text as a set, for quick "is any of these here?" tests."""

    text: str  # the normalised text they came from
    set: frozenset[str]

    def any_of(self, vocabulary: frozenset[str]) -> bool:
        return not self.set.isdisjoint(vocabulary)

    def positions(self) -> Iterator[tuple[str, int, int]]:
        """Each word with its [start, end) in the normalised text, in order."""
        for m in _WORD.finditer(self.text):
            yield m.group(), m.start(), m.end()


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "hashtag" | "mention" | "cashtag" | "url"
    body: str  # without the sigil, as typed
    span: Span


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character as plain lowercase ASCII where it is a look-alike of an ASCII letter or digit."""
    if ch.isascii():
        return ch.lower()
    if ch in _INVISIBLE or unicodedata.category(ch) == "Cf":
        return ""
    out = unicodedata.normalize("NFKC", ch)
    if not out.isascii():
        stripped = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
        if stripped and stripped.isascii():
            out = stripped
    if not out.isascii() and len(out) == 1 and out.isalpha():
        found = confusables.is_confusable(out, preferred_aliases=["latin"])
        if found:
            for glyph in found[0]["homoglyphs"]:
                c = glyph["c"]
                if len(c) == 1 and c.isascii() and c.isalnum():
                    out = c
                    break
    return out.lower()


def _fix_mojibake(text: str) -> tuple[str, list[int] | None]:
    """ftfy-repaired text and a map back to the original (None when nothing changed)."""
    if text.isascii() or not ftfy.badness.is_bad(text):
        return text, None
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, None
    mapping = [0] * len(fixed)
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, text, fixed, autojunk=False).get_opcodes():
        for k in range(b1 - b0):
            mapping[b0 + k] = min(a0 + (k if op == "equal" else k * max(a1 - a0, 1) // max(b1 - b0, 1)),
                                  max(len(text) - 1, 0))
    return fixed, mapping


@lru_cache(maxsize=2048)
def normalise(text: str) -> Normalised:
    """Lowercase view with mojibake repaired (ftfy), NFKC, accents and invisible characters removed and
    look-alike letters (Cyrillic "а", fullwidth "ｆ", math bold "𝐟") mapped to ASCII."""
    if text.isascii():
        return Normalised(text, text.lower(), tuple(range(len(text))))
    fixed, back = _fix_mojibake(text)
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(fixed):
        out = fold_char(ch)
        src = back[i] if back is not None else i
        for c in out:
            chars.append(c)
            origin.append(src)
    return Normalised(text, "".join(chars), tuple(origin))


def _is_tag_sigil(norm: Normalised, i: int, token: str, k: int) -> bool:
    """A leading @ or $ that starts a mention or an upper-case cashtag, not a masked letter."""
    if k != 0 or token[0] not in "@$" or len(token) < 2 or not token[1].isalpha():
        return False
    if token[0] == "@":
        return True
    rest = norm.original_slice(i + 1, i + len(token))
    return rest.isupper()


@lru_cache(maxsize=2048)
def deleet(text: str) -> Normalised:
    """The normalised view with digits and symbols used as letters put back ("sh1t" -> "shit")."""
    norm = normalise(text)
    src = norm.text
    if not _LEET_HINT.search(src):
        return norm
    out = list(src)
    for m in _LEET_TOKEN.finditer(src):
        token = m.group()
        if token.isalpha() or not any(c.isalpha() for c in token):
            continue
        if len(token) < 3:
            continue
        # "!" and "|" closing a word are punctuation ("die!", "Now!!"), not letters: only inside one
        # ("sh!t", "b!tch") do they stand for "i" or "l"
        stop = len(token.rstrip("!|"))
        for k, c in enumerate(token[:stop]):
            if c in LEET and not _is_tag_sigil(norm, m.start(), token, k):
                out[m.start() + k] = LEET[c]
    return Normalised(norm.original, "".join(out), norm.origin)


@lru_cache(maxsize=2048)
def words(text: str) -> Words:
    """The lowercase, look-alike-folded words of `text`."""
    norm = normalise(text)
    return Words(norm.text, frozenset(_WORD.findall(norm.text)))


@lru_cache(maxsize=2048)
def spaced_words(text: str) -> tuple[tuple[str, Span], ...]:
    """Words spelled out letter by letter ("f u c k", "s.h.i.t"), joined, with their original spans."""
    norm = normalise(text)
    found = []
    for m in SPACED_RE.finditer(norm.text):
        joined = "".join(c for c in m.group() if c.isalpha())
        found.append((joined, norm.span(m.start(), m.end())))
    return tuple(found)


@lru_cache(maxsize=2048)
def tokens(text: str) -> tuple[Token, ...]:
    """Hashtags, mentions, cashtags and URLs in the original text, in order."""
    out: list[Token] = []
    for kind, pattern, sigil in (("url", URL_RE, ""), ("hashtag", HASHTAG_RE, "#"),
                                 ("mention", MENTION_RE, "@"), ("cashtag", CASHTAG_RE, "$")):
        if sigil and sigil not in text:
            continue
        for m in pattern.finditer(text):
            body = m.group(1) if m.groups() else m.group()
            if kind != "url" and any(t.kind == "url" and t.span.start <= m.start() < t.span.end for t in out):
                continue  # a "#fragment" or "@" inside a link is part of the link
            out.append(Token(kind, body, Span(m.start(), m.end())))
    out.sort(key=lambda t: t.span.start)
    return tuple(out)


def hashtags(text: str) -> list[Token]:
    return [t for t in tokens(text) if t.kind == "hashtag"]


def mentions(text: str) -> list[Token]:
    return [t for t in tokens(text) if t.kind == "mention"]


def word_pattern(words: Iterable[str], *, prefix: str = "", suffix: str = "") -> regex.Pattern[str]:
    """One compiled alternation matching any of `words` as whole words (longest first)."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){prefix}(?:{alts}){suffix}(?![\p{{L}}\p{{N}}_])")


def shows_word_breaks(body: str) -> bool:
    """True when a hashtag already shows where its words break (CamelCase, digits or underscores)."""
    letters = [c for c in body if c.isalpha()]
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    return mixed or "_" in body


# --- hashtag segmentation (wordsegment) -------------------------------------------------------------

def _segmenter() -> object:
    import wordsegment

    if not wordsegment.UNIGRAMS:  # news/ may have loaded the tables already; they take ~0.7 s
        wordsegment.load()
    return wordsegment


@lru_cache(maxsize=8192)
def segment(body: str) -> tuple[str, ...]:
    """wordsegment's most likely reading of a lowercase run of letters ("noclass" -> ("no", "class"))."""
    ws = _segmenter()
    return tuple(ws.segment(body.lower()))  # type: ignore[attr-defined]


#: How many of the commonest words `word_ranks` knows: a rank threshold above this would read every rarer
#: word as unranked (the checks' thresholds are 60,000 and 100,000; tests/preflight/test_text.py holds them).
RANKED_WORDS = 100_000
#: The RANKED_WORDS commonest words of wordsegment's unigram table, commonest first, one a line: built by
#: `python scripts/build_word_ranks.py` (loading and sorting the whole table took ~1 s at first use).
WORD_RANKS_FILE = Path(__file__).parent / "data" / "word_ranks.txt.gz"


def ranked_words() -> list[str]:
    """The RANKED_WORDS commonest words, computed from wordsegment's tables (what WORD_RANKS_FILE holds)."""
    ws = _segmenter()
    unigrams: dict[str, float] = ws.UNIGRAMS  # type: ignore[attr-defined]
    ordered = sorted(unigrams.items(), key=lambda kv: -kv[1])
    return [w for w, _ in ordered[:RANKED_WORDS]]


@lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """Frequency rank (0 = most common) in wordsegment's unigram table of each of the RANKED_WORDS
    commonest words; rarer words are absent (read from WORD_RANKS_FILE, not from the tables)."""
    with gzip.open(WORD_RANKS_FILE, "rt", encoding="utf-8") as f:
        return {w: i for i, w in enumerate(f.read().splitlines())}


def word_logprob(word: str) -> float:
    """Log10 unigram probability from wordsegment's tables (unknown words get a length-scaled penalty)."""
    ws = _segmenter()
    total: float = ws._segmenter.total  # type: ignore[attr-defined]
    count = ws.UNIGRAMS.get(word)  # type: ignore[attr-defined]
    if count:
        return math.log10(count / total)
    return math.log10(10.0 / (total * 10 ** len(word)))
