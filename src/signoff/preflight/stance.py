"""Does a text take a stance? Pure lexicon and pattern signals with spans, plus VADER tone on request.

Strong signals (judgement, blame, rhetorical question, insult, joke, sarcasm, profanity) mean the author
takes a side; weak ones (opinion markers, praise) lean that way. Promotion, product talk and cheerful tone
matter next to tragedies. Supportive wording (condolences, "stay safe", donations) is recorded too, so
callers can tell sympathy from spin.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from signoff.preflight.model import Span
from signoff.preflight.stance_words import PATTERNS

STRONG = frozenset({"judgement", "blame", "rhetorical_question", "insult", "joke", "sarcasm"})
#: Leaning, not a clear side: opinion markers, praise, swearing (which may be shock as much as a take).
WEAK = frozenset({"opinion", "praise", "profanity"})

_B = r"(?<![\w#])"  # word start (a # counts as part of the word)
_E = r"(?![\w])"


_RE = regex.compile(
    "|".join(f"(?P<{kind}>{_B}(?:{pattern}){_E})" for kind, pattern in PATTERNS.items()),
    regex.IGNORECASE,
)
URL_RE = regex.compile(r"https?://\S+|\bwww\.\S+|\bbit\.ly/\S+", regex.IGNORECASE)
#: The writer apologising ("I apologise", "we're truly sorry", "my apologies"), with no "but" after it.
_OWN_APOLOGY = regex.compile(
    r"(?i)(?:\b(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:\w+\s+)?(?:apologi[sz]e|sorry)|\b(?:my|our)\s+(?:\w+\s+)?"
    r"apolog(?:y|ies)|\b(?:i|we)\s+(?:deeply\s+|sincerely\s+)?regret\s+(?:the|my|our|this)|^\W*correction\s*:)"
    r"(?![^.!?]{0,30}\bbut\b)")
#: The act apologised for is the writer's own: "my joke", "our tweet", "what I said", "I am ashamed".
_OWN_ACT = regex.compile(
    r"(?i)\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:joke|tweet|post|comment|words|remark|ad|video|message|campaign)s?\b|"
    r"\bwhat\s+(?:i|we)\s+(?:wrote|said|posted|tweeted|did)\b|\b(?:i|we)\s+(?:am|are|'m|'re|feel)\s+"
    r"(?:so\s+|truly\s+|deeply\s+)?ashamed|"
    # "I said something stupid", "I was wrong to blame ...", "an earlier post said ... That was wrong"
    r"\b(?:earlier|yesterday|this\s+morning)\s+(?:i|we)\s+(?:shared|posted|tweeted|retweeted)|\b(?:i|we)\s+said\s+something|\b(?:i|we)\s+(?:was|were)\s+wrong\b|\b(?:an?|our|my)\s+(?:earlier|previous)\s+"
    r"(?:post|tweet|report|story)")
#: VADER compound at or above this reads as cheerful.
CHEERFUL_COMPOUND = 0.5


@dataclass(frozen=True)
class Signal:
    kind: str
    span: Span
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, **self.span.to_dict()}


@dataclass(frozen=True)
class Stance:
    signals: tuple[Signal, ...]
    #: VADER compound score (-1 … 1), or None when tone was not asked for.
    compound: float | None = None
    has_link: bool = False

    def kinds(self) -> set[str]:
        return {s.kind for s in self.signals}

    def of(self, *kinds: str) -> list[Signal]:
        return [s for s in self.signals if s.kind in kinds]

    @property
    def takes_stance(self) -> bool:
        """A judgement, blame, rhetorical question, insult, joke, sarcasm or profanity."""
        return bool(self.kinds() & STRONG)

    @property
    def leans(self) -> bool:
        """Only opinion markers or praise: leaning, not a clear stance."""
        return not self.takes_stance and bool(self.kinds() & WEAK)

    @property
    def promotes(self) -> bool:
        return "promotion" in self.kinds()

    @property
    def jokes(self) -> bool:
        return bool(self.kinds() & {"joke", "sarcasm"})

    @property
    def apologises(self) -> bool:
        return "apology" in self.kinds()

    def contrite(self, text: str) -> bool:
        """An apology whose only strong signal is a judgement of the writer's own act: "I am truly sorry ...
        my joke was in bad taste" judges the writer, not the story ("We're sorry for her, but the firing is
        ridiculous" does not)."""
        return (self.apologises and self.kinds() & STRONG == {"judgement"}
                and _OWN_APOLOGY.search(text) is not None and _OWN_ACT.search(text) is not None)

    @property
    def supportive(self) -> bool:
        return "supportive" in self.kinds()

    @property
    def cheerful(self) -> bool:
        """Cheer words or emoji, or a clearly positive tone, without words of sympathy."""
        if self.supportive:
            return False
        return "cheer" in self.kinds() or (self.compound is not None and self.compound >= CHEERFUL_COMPOUND)

    def summary(self) -> list[str]:
        """Kinds found, strongest first, for evidence."""
        order = [
            "insult",
            "judgement",
            "blame",
            "rhetorical_question",
            "joke",
            "sarcasm",
            "profanity",
            "promotion",
            "product",
            "cheer",
            "opinion",
            "praise",
            "supportive",
            "condemnation",
        ]
        found = self.kinds()
        return [k for k in order if k in found]


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


#: Sales words the author argues against ("a time for giving and not promoting sales", "instead of a
#: discount"): not the author's promotion. "Why not treat yourself?" still sells.
_NOT_SELLING = regex.compile(
    r"(?i)(?:(?<!why\s)\bnot|\bnever|\binstead\s+of|\brather\s+than|\bwithout|\bagainst|"
    r"\b(?:stop|quit|no\s+more)\s+(?:promoting|selling|pushing|advertising)|"
    r"n['’]?t\s+(?:be\s+)?(?:promot\w+|sell\w*|push\w*|advertis\w+))\s+(?:[\w'-]+\s+){0,2}$|"
    # a discount ended or withdrawn ("we are ending the NRA's rental car discount program"); not a sale's
    # deadline ("ends tonight: 20% off")
    r"(?i)\b(?:end(?:ing|ed)?|cancel(?:l?ing|l?ed)?|discontinu(?:e|ed|ing)|scrap(?:ped|ping)?|withdr(?:ew|awn|awing)|"
    r"stopp?(?:ed|ing)?\s+offering|no\s+longer\s+offer(?:ing|s)?)(?!\s+(?:soon|tonight|today|tomorrow|at|in|on|"
    r"this|midnight|sunday|monday|friday|saturday|when))\s+(?:[\w'’-]+\s+){0,5}$"
)


@lru_cache(maxsize=4096)
def _signals(text: str) -> tuple[Signal, ...]:
    return tuple(
        Signal(m.lastgroup or "", Span(m.start(), m.end()), m.group())
        for m in _RE.finditer(text)
        if m.lastgroup
        and not (m.lastgroup == "promotion" and _NOT_SELLING.search(text[max(0, m.start() - 40):m.start()]))
    )


def analyze(text: str, *, tone: bool = False) -> Stance:
    """Stance signals in `text`. With tone=True also the VADER compound (about 70 µs more)."""
    compound = _vader().polarity_scores(text)["compound"] if tone else None
    return Stance(_signals(text), compound, bool(URL_RE.search(text)))
