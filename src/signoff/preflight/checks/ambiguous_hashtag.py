"""SO403: a hashtag without word breaks that can also be read as something rude (#susanalbumparty)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from signoff.preflight.model import Context, Draft, Edit, Finding, Fix, Severity
from signoff.preflight.text import segment, shows_word_breaks, tokens, word_logprob, word_ranks

#: Words whose appearance in a second reading embarrasses the poster.
RUDE_WORDS = frozenset({
    "anal", "anus", "bum", "butt", "butts", "penis", "vagina", "genital", "genitals", "genitalia", "dick",
    "dicks", "cock", "cocks", "boob", "boobs", "tits", "nude", "nudes", "naked", "porn", "sex", "orgy",
    "orgasm", "erection", "horny", "whore", "whores", "slut", "sluts", "bitch", "bitches", "pimp",
    "hooker", "nipple", "nipples", "scrotum", "testicle", "semen", "sperm", "clit", "pubes", "pubic",
    "fart", "farts", "poo", "poop", "piss", "shit", "crap", "turd", "arse", "arsehole", "fuck", "cunt",
    "twat", "wank", "rape", "rapist", "rapists", "raped", "molest", "molestation", "pedo", "paedo", "nazi",
    "nazis", "hitler", "stalk", "stalker", "stalking", "cum", "kkk", "slave", "slaves", "cocaine", "herpes",
    "std", "incest", "boner", "sexist",
})
#: Death words: a second reading that changes who died ("now that Cher's dead") is as bad.
DEATH_WORDS = frozenset({"dead", "death", "died", "dies", "die", "dying", "killed", "murdered", "rip"})
#: One- and two-letter words a reader will really see inside a run of letters.
SHORT_WORDS = frozenset({
    "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
})
#: Words past this frequency rank are too rare for a reader to see them in a hashtag.
COMMON_RANK = 60_000
#: A hashtag that is itself a word this common reads as that word ("#classic", "#therapist", "#sussex").
WORD_RANK = 100_000
MIN_LENGTH = 6
MAX_LENGTH = 40
MAX_READINGS = 200
#: How much less likely (log10, wordsegment's unigram model) a second reading may be and still be seen:
#: "sus anal bum party" is 6.8 below "susan album party"; the harmless split of a plainly rude tag must be
#: close to the rude one ("pen is land" is 2.4 below "penis land"; "resting bit chf ace" 5.4 is junk).
HIDDEN_MARGIN = 8.0
FLIP_MARGIN = 4.0
_RISKY_SUBSTRING = regex.compile("|".join(sorted(RUDE_WORDS | DEATH_WORDS, key=len, reverse=True)))


@dataclass(frozen=True)
class Ambiguity:
    meant: tuple[str, ...]
    other: tuple[str, ...]
    risky: tuple[str, ...]
    kind: str  # "rude" | "death"


def _plausible(word: str) -> bool:
    if word in RUDE_WORDS or word in DEATH_WORDS or word in SHORT_WORDS:
        return True
    if len(word) < 3:
        return False
    ranks = word_ranks()
    if ranks.get(word, COMMON_RANK) < COMMON_RANK:
        return True
    # possessive or plural of a common word: "chers" -> "cher's"
    return len(word) > 3 and word.endswith("s") and ranks.get(word[:-1], COMMON_RANK) < COMMON_RANK


@lru_cache(maxsize=4096)
def readings(body: str, max_words: int = 8) -> tuple[tuple[str, ...], ...]:
    """Every way to split `body` into words a reader would recognise (capped at MAX_READINGS)."""

    @cache
    def split(start: int, budget: int) -> tuple[tuple[str, ...], ...]:
        if start == len(body):
            return ((),)
        if budget == 0:
            return ()
        out: list[tuple[str, ...]] = []
        for end in range(start + 1, min(len(body), start + 20) + 1):
            word = body[start:end]
            if not _plausible(word):
                continue
            for rest in split(end, budget - 1):
                out.append((word, *rest))
                if len(out) >= MAX_READINGS:
                    return tuple(out)
        return tuple(out)

    return split(0, max_words)


def _score(words: tuple[str, ...]) -> float:
    return sum(word_logprob(w) for w in words)


def _risky(words: tuple[str, ...], vocabulary: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w in vocabulary)


@lru_cache(maxsize=4096)
def find_ambiguity(body: str) -> Ambiguity | None:
    """A second, rude or death-changing reading of a hashtag written without word breaks, if any."""
    tag = body.lower().rstrip("0123456789")  # "#penisland2024" reads like "#penisland"
    if not (MIN_LENGTH <= len(tag) <= MAX_LENGTH) or not tag.isalpha() or not tag.isascii():
        return None
    if not _RISKY_SUBSTRING.search(tag) or word_ranks().get(tag, WORD_RANK) < WORD_RANK:
        return None
    primary = segment(tag)
    rude_p = _risky(primary, RUDE_WORDS)
    death_p = _risky(primary, DEATH_WORDS)
    best: Ambiguity | None = None
    # A reader sees at most one more word break than the likeliest reading ("the rapist finder").
    for alt in readings(tag, max_words=len(primary) + 1):
        if alt == primary:
            continue
        rude_a = _risky(alt, RUDE_WORDS)
        if rude_a != rude_p:
            gap = _score(alt) - _score(primary)
            if rude_p and not rude_a:  # the likeliest reading is the rude one: "penis land" / "pen island"
                if gap < -FLIP_MARGIN:
                    continue  # the harmless split is junk ("resting bit chf ace"): the tag is just rude
                candidate = Ambiguity(alt, primary, tuple(sorted(rude_p)), "rude")
            elif rude_a and not rude_p and gap >= -HIDDEN_MARGIN:
                candidate = Ambiguity(primary, alt, tuple(sorted(rude_a - rude_p)), "rude")
            else:
                continue
        elif death_p and _risky(alt, DEATH_WORDS) == death_p and not rude_p and not rude_a:
            candidate = Ambiguity(primary, alt, tuple(sorted(death_p)), "death")
        else:
            continue
        if best is None or len(candidate.other) < len(best.other):
            best = candidate
    return best


def _reading(words: tuple[str, ...]) -> str:
    return " ".join(words)


def camel_case(words: tuple[str, ...]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


class AmbiguousHashtagCheck:
    code = "SO403"
    name = "ambiguous-hashtag"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
A hashtag written without capitals runs its words together, and readers pick their own word breaks:
#susanalbumparty was meant as "Susan album party" and read as "Su's anal bum party"; #nowthatchersdead
as "now Thatcher's dead" and read as "now that Cher's dead". This check splits every all-lowercase
(or all-capitals) hashtag into dictionary words every way it can (wordsegment's best reading plus all
other splits into common words) and flags it when another reading brings in a rude word or changes who
died. Fix: write the hashtag in CamelCase so the intended breaks show.
Fires on #susanalbumparty; does not fire on #SusanAlbumParty.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        for tag in tokens(draft.text):
            if tag.kind != "hashtag" or shows_word_breaks(tag.body):
                continue
            found = find_ambiguity(tag.body)
            if found is None:
                continue
            fixed = "#" + camel_case(found.meant)
            yield Finding(
                code=self.code,
                check=self.name,
                severity=self.severity,
                message=(f"#{tag.body} can be read as \u201c{_reading(found.other)}\u201d as well as "
                         f"\u201c{_reading(found.meant)}\u201d."),
                span=tag.span,
                # recasing a hashtag keeps what it says (platforms match hashtags without case): safe
                fix=Fix(f"Write it in CamelCase: {fixed}.", edits=(Edit(tag.span, fixed),), safe=True),
                evidence={"hashtag": f"#{tag.body}", "intended": _reading(found.meant),
                          "other_reading": _reading(found.other), "risky_words": ", ".join(found.risky),
                          "kind": found.kind, "suggestion": fixed},
            )
