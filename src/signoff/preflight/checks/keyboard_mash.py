"""SO602: keyboard mash, pocket posts and stray strings (a password, a half-typed word) posted by accident."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import URL_RE, normalise, word_ranks, words

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
#: Words of the 60,000 commonest are words, whatever their letters look like.
KNOWN_RANK = 60_000
#: Text decoded with the wrong character set: "â€”", "ðŸŽ‰", "Ã©" (UTF-8 read as Latin-1) never occur in copy.
_MOJIBAKE = regex.compile(r"â€|ðŸ|Ã[\u0080-\u00bf©¨¡¢£¤§ª«®¯³²¹ºµ¼½¾]")
#: A sentence of five words or more said twice: an automation or a paste that ran twice.
_SENTENCE = regex.compile(r"[^.!?\n]{20,}[.!?]")
#: A whole post that is one password-like token: letters with digits and a symbol ("admin2018!Spring").
_PASSWORD = regex.compile(r"^\s*(?![#@])(?=\S*\d)(?=\S*\p{L})(?=\S*[!@#$%^&*_+=?])"
                           r"[\p{L}\d!@#$%^&*_+=?.-]{8,32}\s*$")
#: Share of the post's letters that must be mash before it is reported.
MASH_SHARE = 0.5
_TOKEN = regex.compile(r"(?<![#@\w])[a-z]{4,}(?![\w])")
#: Letters and digits interleaved at least three times ("n9y25ah7"), not "covid19" or "mp3".
_CODE = regex.compile(r"(?<![#@\w$/.])(?=[a-z0-9]{6,}(?![\w/.]))(?:[a-z]+\d+|\d+[a-z]+){2}[a-z0-9]*"
                      r"(?![\w/.])")
_INTERJECTIONS = regex.compile(
    r"(?:h+m+|m+h*|z+|b?r+|g+r+|s+h+|p+f+t*|u+g+h+|a+r*g+h+|w+o+|y+a+y*|x+o+x*|o+h+|a+h+|e+w+|n+o+|k+|"
    # laughter in several spellings: "ahahahhaha", "hehehe", "jajaja", "lolol", "kkkk", "hihi"
    r"a?(?:h+a+)+h*|(?:h+e+)+h*|(?:h+i+)+h*|(?:j+a+)+j*|(?:j+e+)+j*|(?:l+o+)+l+|(?:k+e*)+|(?:x+d+)+)"
)
_LETTERS = regex.compile(r"\p{L}")
_DIGIT_LETTER = regex.compile(r"[A-Za-z]\d|\d[A-Za-z]|\w[@#]\w")
_PIECE = regex.compile(r"\S+")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_INNER_SYMBOL = regex.compile(r"\p{L}[@#$%^&*]\p{L}")
#: A piece with a symbol inside letters ("c@c"), or only lowercase consonants ("cv", "ccvvnmzc").
_JUNK = regex.compile(r"\p{L}[@#$%^&*]\p{L}|^[bcdfghjklmnpqrstvwxz]{2,}[^\p{L}]*$")


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_ROWS):
        for i, ch in enumerate(row):
            s = near.setdefault(ch, {ch})
            s.update(row[max(0, i - 1) : i + 2])
            for other in (r - 1, r + 1):
                if 0 <= other < len(_ROWS):
                    s.update(_ROWS[other][max(0, i - 1) : i + 2])
    return {k: frozenset(v) for k, v in near.items()}


_NEAR = _neighbours()


@lru_cache(maxsize=4096)
def is_mash(token: str) -> bool:
    """Letters that are no word: rare, and typed by rolling over the keys or nearly without vowels."""
    if _INTERJECTIONS.fullmatch(token):
        return False
    if set(token) <= _VOWELS:
        return False  # "aaaaaaaaa", "ooooooo": a scream, not a slip
    if len(set(token)) <= 2 and len(token) >= 8 and not set(token) & _VOWELS:
        return True  # "jjjjjjjjjj", "nmnmnmnmnm"; not a stretched word ("Daaaaaaaa Bears")
    squeezed = regex.sub(r"(.)\1{2,}", r"\1", token)  # "noooo" -> "no", "hahaaaa" -> "haha"
    ranks = word_ranks()
    if ranks.get(token, KNOWN_RANK) < KNOWN_RANK or ranks.get(squeezed, KNOWN_RANK) < KNOWN_RANK:
        return False
    if _INTERJECTIONS.fullmatch(squeezed) or len(squeezed) < 4:
        return False
    pairs = list(zip(squeezed, squeezed[1:], strict=False))
    near = sum(b in _NEAR.get(a, ()) for a, b in pairs) / len(pairs)
    vowels = sum(c in _VOWELS for c in squeezed) / len(squeezed)
    run = max(len(r) for r in regex.findall(r"[^aeiouy]+", squeezed) or [""])
    return near >= 0.6 or vowels < 0.15 or run >= 5


def _junk_tokens(text: str) -> regex.Match[str] | None:
    """Many short pieces that are no words: lowercase runs without a vowel, symbols inside words
    ("c@c@vc cc@ cc#ccvvnmzc"). Returns the first junk token when they are most of a post of four or more."""
    tokens = [m for m in _PIECE.finditer(text)
              if not URL_RE.fullmatch(m.group()) and not _EMAIL.search(m.group())]
    if len(tokens) < 4:
        return None
    junk = [m for m in tokens if _JUNK.search(m.group())]
    symbols = sum(1 for m in junk if _INNER_SYMBOL.search(m.group()))
    # chat shorthand ("brb ttyl np thx") has no vowels either, but never symbols inside letters
    return junk[0] if symbols >= 2 and len(junk) >= 0.5 * len(tokens) else None


class KeyboardMashCheck:
    code = "SO602"
    name = "keyboard-mash"
    severity = Severity.REVIEW
    requires = frozenset[str]()
    explanation = """
Finds posts that were never meant to be written: keyboard mash and pocket posts ("jjjjjjjjjj",
"asdfghjkl", "fgbvhn ttt"), and a post that is nothing but a random string of letters and digits (a
password or a code typed into the wrong box). It reads character statistics, not a list: a token that
is not among the 60,000 commonest words and was typed by rolling across neighbouring keys, or with almost
no vowels, counts as mash; the post is reported when mash is at least half of its letters. Words,
names, hashtags, handles, links, laughter ("hahaha"), sounds ("hmmm", "zzz") and stretched words
("Daaaaaa Bears") are not mash. Fires on
"gjhfkdl vbnm"; does not fire on "Hmmm, decisions decisions" or "Brrr, it is cold". Fix: delete it, or
finish the post.
Garbled characters from a wrong character set ("â€”", "ðŸŽ‰"), one sentence posted twice and little else,
and a post that is one password-like string get a review too.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        garbled = _MOJIBAKE.search(text) if ("â" in text or "ð" in text or "Ã" in text) else None
        ends = text.count(".") + text.count("!") + text.count("?")
        said = ([m.group().strip().lower() for m in _SENTENCE.finditer(text)]
                if ends >= 2 and len(text) >= 40 else [])
        # one sentence twice and little else (a third copy is a joke: "I will not misspell bucket." x 10)
        repeated = [s for s in said if said.count(s) == 2]
        twice = (any(len(s.split()) >= 5 for s in repeated) and all(said.count(s) <= 2 for s in said)
                 and sum(len(s) for s in repeated) >= 0.8 * len(text.strip()))
        password = _PASSWORD.match(text) if len(text) <= 40 else None
        if garbled or twice or password:
            kind = "garbled" if garbled else "random-string" if password else "repeated"
            m = garbled or password
            span = Span(m.start(), m.end()) if m else Span(0, len(text))
            message = ("The post has garbled characters (text decoded with the wrong character set)."
                       if garbled else "The post is one password-like string." if password else
                       "The same sentence is posted twice: an automation or a paste that ran twice.")
            yield Finding(code=self.code, check=self.name, severity=Severity.REVIEW, message=message,
                          span=span,
                          fix="Fix the text before it goes out; if it was a password, change it now.",
                          evidence={"matched": text[span.start:span.end][:80], "kind": kind})
            return
        ranks = word_ranks()
        if not any(len(w) >= 4 and ranks.get(w, KNOWN_RANK) >= KNOWN_RANK for w in words(text).set) and not \
                _DIGIT_LETTER.search(text):
            return  # every word is a known word: nothing to look at
        norm = normalise(text)
        low = URL_RE.sub(lambda m: " " * len(m.group()), norm.text)
        letters = len(_LETTERS.findall(low))
        if not letters:
            return
        mash = [m for m in _TOKEN.finditer(low) if is_mash(m.group())]
        share = sum(len(m.group()) for m in mash) / letters
        codes = [m for m in _CODE.finditer(low)] if len(low.split()) <= 2 else []
        junk = _junk_tokens(text)
        if mash and share >= MASH_SHARE:
            first, kind = mash[0], "keyboard-mash"
        elif junk:
            first, kind = junk, "junk"
        elif codes and sum(len(m.group()) for m in codes) >= 0.6 * len(low.strip()):
            first, kind = codes[0], "random-string"
        else:
            return
        span = Span(first.start(), first.end()) if kind == "junk" else norm.span(first.start(), first.end())
        kind = "keyboard-mash" if kind == "junk" else kind
        typed = text[span.start:span.end]
        message = (f"\u201c{typed}\u201d looks like keyboard mash or a pocket post, not words."
                   if kind == "keyboard-mash" else
                   f"\u201c{typed}\u201d looks like a password or code typed into the wrong box.")
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW, message=message,
            span=Span(span.start, span.end),
            fix="Delete it or finish the post; if it was a password, change that password now.",
            evidence={"matched": typed, "kind": kind, "mash_share": round(share, 2)},
        )
