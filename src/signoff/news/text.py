"""Words and names: tokens with spans, hashtag readings, capitalised name runs, how common a word is.

Shared by story clustering (news side) and draft matching (draft side), so both read names the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

#: A word, hashtag or mention; inner apostrophes, dots (St., U.S.), hyphens and ampersands stay in.
# stdlib re is several times faster than `regex` here; [^\W_] is a Unicode letter or digit
TOKEN_RE = re.compile(r"[#@]?[^\W_](?:[^\W_]|['’.&-](?=[^\W_]))*\.?")
CAMEL_RE = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+")
SENTENCE_ENDS = ".!?:;…"
CLOSERS = "'\"”’)]"
ABBREV_DOTS_RE = re.compile(r"(?:[^\W\d_]\.){2,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that start a capitalised run but are titles, not part of the name ("President Obama" → "Obama").
TITLES = _words(
    "mr mrs ms dr sen senator rep gov governor president vice prime minister coach king queen prince "
    "princess "
    "pope judge gen general col capt officer sir lady lord mayor chancellor secretary ceo chairman chief "
    "st saint former late head assistant"
)
#: Capitalised words that are never names on their own (days, months, generic places, agencies).
NOT_NAMES = _words(
    "i im ive id ill monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may "
    "june july august september october november december today tonight yesterday breaking update updated "
    "live video photos watch exclusive report reports reuters ap afp associated press bbc cnn news u.s us "
    "usa "
    "u.k uk america american americans britain british europe european eu un world new read more via opinion "
    "analysis editorial"
)
#: Abbreviations whose full stop does not end a sentence ("Penn St. fans", "Gov. Perry").
ABBREVIATIONS = _words("st mr mrs ms dr jr sr gov sen rep gen col lt sgt pa mt ft univ inc co corp ltd vs no")
#: Glue words allowed inside a name run ("Bank of America", "Charles de Gaulle").
NAME_GLUE = _words("of de da di del la le van von der du bin al")
#: Common words that are parts of names after a name-like word ("Penn State", "Ohio River").
NAME_PARTS = _words(
    "state university city county north south east west national park street college school high church "
    "airlines river lake mount island bay house center centre square hall bridge valley united"
)
#: Lower-case words of four letters or more that Title Case headlines still leave lower-case.
TITLE_CASE_LOWER = _words("with from into over onto upon amid near than that this their about after")


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Everyday-frequent words that are nearly always names ("japan", "boston"); see common_names.py."""
    from importlib.resources import files

    text = (files("signoff.news") / "common_names.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split() if not w.startswith("#"))


@lru_cache(maxsize=131072)
def name_commonness(word: str) -> int:
    """commonness(), but words that are nearly always names count as at most 1 (top 20,000)."""
    level = commonness(word)
    return 1 if level >= 2 and word in common_names() else level


class Token(NamedTuple):  # a NamedTuple: drafts make dozens of these, and tuples are cheap to build
    text: str  # as written, without # or @
    norm: str  # lower-case, accents and dots removed
    start: int
    end: int
    capitalised: bool
    hashtag: bool = False
    sentence_start: bool = False
    #: Only spaces separate it from the token before (no comma, quote or full stop): names do not cross those.
    joined: bool = False


_DROP = str.maketrans("", "", ".'’&-")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, strip accents, dots, apostrophes, hyphens: "Penn St." → "penn st", "O'Neil" → "oneil"."""
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = word.lower()
    if out.endswith(("'s", "’s")):
        out = out[:-2]
    return out.translate(_DROP)


@lru_cache(maxsize=1)
def _unigram_counts() -> dict[str, float]:
    import wordsegment

    if not wordsegment.UNIGRAMS:
        wordsegment.load()
    return wordsegment.UNIGRAMS


@lru_cache(maxsize=1)
def _rank_thresholds() -> tuple[float, float, float]:
    import heapq

    counts = heapq.nlargest(20_000, _unigram_counts().values())
    return counts[999], counts[4_999], counts[19_999]


@lru_cache(maxsize=131072)
def commonness(word: str) -> int:
    """3: among the 1,000 commonest English words; 2: top 5,000; 1: top 20,000; 0: rare or unknown."""
    count = _unigram_counts().get(word, 0.0)
    top1k, top5k, top20k = _rank_thresholds()
    return 3 if count >= top1k else 2 if count >= top5k else 1 if count >= top20k else 0


@lru_cache(maxsize=8192)
def split_hashtag(tag: str) -> tuple[str, ...]:
    """Words of a hashtag body: CamelCase first ("PennState" → penn, state), else wordsegment ("joepa")."""
    parts = CAMEL_RE.findall(tag)
    if len(parts) > 1:
        return tuple(p.lower() for p in parts)
    if len(tag) <= 3 or not tag.isalpha():
        return (tag.lower(),)
    import wordsegment

    _unigram_counts()
    return tuple(wordsegment.segment(tag.lower())) or (tag.lower(),)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Tokens with spans. Hashtags keep their span; the # is dropped from `text`."""
    out: list[Token] = []
    prev_end = 0
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        start = m.start()
        between = text[prev_end:start]
        if not out:
            sentence_start, joined = True, False
        elif between == " ":  # the common case, decided without looking further
            sentence_start, joined = False, True
        else:
            end_mark = between.rstrip().rstrip(CLOSERS)[-1:]
            sentence_start = (end_mark != "" and end_mark in SENTENCE_ENDS) or "\n" in between
            joined = between.strip(" ") == ""
        prev_end = m.end()
        first = raw[0]
        if first == "@":
            continue
        hashtag = first == "#"
        body = raw[1:] if hashtag else raw
        if body[-1] == "." and not (ABBREV_DOTS_RE.fullmatch(body) or body[:-1].lower() in ABBREVIATIONS):
            body = body[:-1]  # a sentence's full stop, not "U.S." or "St."
            prev_end -= 1
        norm = fold(body)
        if not norm:
            continue
        out.append(Token(body, norm, start, prev_end, body[0].isupper(), hashtag, sentence_start, joined))
    return out


def looks_title_case(tokens: list[Token]) -> bool:
    """Headlines in Title Case capitalise every longer word, so capitals there do not mark names."""
    words = [t for t in tokens if not t.hashtag and t.norm.isalpha()]
    # "iPhone" is no lower-case word
    lower = [t for t in words if len(t.norm) >= 4 and t.text.islower() and t.norm not in TITLE_CASE_LOWER]
    return len(words) >= 3 and not lower and sum(t.capitalised for t in words) >= 3


#: Verbs that follow a headline's subject ("Prince dies", "Mayor resigns").
HEADLINE_VERBS = frozenset({
    "dies", "died", "dead", "killed", "arrested", "charged", "fired", "resigns", "resigned", "sued",
    "indicted", "convicted", "acquitted", "hospitalized", "injured", "shot", "missing", "quits", "ousted",
})


def name_runs(tokens: list[Token], *, title_case: bool = False) -> list[list[Token]]:
    """Runs of capitalised words that read as names, titles stripped ("Coach Joe Paterno" → Joe Paterno).

    A sentence's first word starts a run only when it is not a common word. In Title Case text, where every
    word is capitalised, runs break at the 1,000 commonest words and need a rare word (likely a name).
    """
    runs: list[list[Token]] = []
    cur: list[Token] = []

    subjects: set[int] = set()  # ids of tokens read as a headline's subject ("Prince" in "Prince dies")

    def flush() -> None:
        while cur and (cur[-1].norm in NAME_GLUE):
            cur.pop()
        while cur and cur[0].norm in TITLES and not (len(cur) == 1 and id(cur[0]) in subjects):
            cur.pop(0)
        # every word is capitalised: keep runs with a name-like word ("Joe Paterno" for its Paterno)
        if title_case and cur and min(name_commonness(t.norm) for t in cur) > 1:
            cur.clear()
        if cur and not (len(cur) == 1 and cur[0].norm in NOT_NAMES):
            runs.append(list(cur))
        cur.clear()

    for i, tok in enumerate(tokens):
        if tok.hashtag:
            flush()
            continue
        if cur and not tok.joined:
            flush()
        if cur and tok.norm in NAME_GLUE and not tok.capitalised:
            cur.append(tok)
            continue
        name_like = tok.capitalised and tok.norm not in NOT_NAMES and not tok.norm.isdigit()
        if name_like and (title_case or tok.sentence_start):
            level = name_commonness(tok.norm)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            # "Boston Marathon ..." opening a sentence: a common-ish word followed by a name is part of it
            leads = nxt is not None and nxt.joined and nxt.capitalised and not nxt.hashtag and not title_case
            # "Prince dies at 57": a headline's subject before a news verb is a name, however common the word
            subject = nxt is not None and nxt.norm in HEADLINE_VERBS and not cur
            if subject:
                subjects.add(id(tok))
            name_like = (
                level < (3 if title_case else 2) or tok.norm in TITLES or (level < 3 and (leads or subject))
            )
            if title_case and not name_like:  # "Penn State", "New Jersey": common words that build names
                name_like = bool(cur) and tok.norm in NAME_PARTS
        if name_like:
            cur.append(tok)
        else:
            flush()
    flush()
    return runs
