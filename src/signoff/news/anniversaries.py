"""Well-known tragedy anniversaries, built in so the newsjacking check works without any news feed.

A draft names one of them ("9/11", "Sandy Hook") on any day, or uses a remembrance phrase ("never forget",
"we remember") within a day of its date. Names are chosen to be unmistakable: "Boston Marathon" alone is a
race that brands rightly cheer every April, "Boston Strong" and "marathon bombing" are the tragedy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache


@dataclass(frozen=True)
class Anniversary:
    month: int
    day: int
    name: str
    pattern: str  # unmistakable names, a regex alternation


ANNIVERSARIES: tuple[Anniversary, ...] = (
    Anniversary(
        9,
        11,
        "the September 11 attacks",
        r"9/11(?![-–]\d)|nine[- ]eleven|twin towers|ground zero|world trade center|#neverforget911",
    ),
    Anniversary(12, 7, "the attack on Pearl Harbor", r"pearl harbou?r"),
    Anniversary(4, 15, "the Boston Marathon bombing", r"boston strong|marathon bombings?|#bostonstrong"),
    Anniversary(12, 14, "the Sandy Hook shooting", r"sandy hook|newtown shooting"),
    Anniversary(4, 20, "the Columbine shooting", r"columbine (?:high|shooting|massacre)"),
    Anniversary(4, 19, "the Oklahoma City bombing", r"oklahoma city bombing"),
    Anniversary(7, 20, "the Aurora cinema shooting", r"aurora (?:shooting|theater shooting|massacre)"),
    Anniversary(6, 12, "the Pulse nightclub shooting", r"pulse nightclub|#orlandostrong"),
    Anniversary(10, 1, "the Las Vegas shooting", r"route 91|las vegas (?:shooting|massacre)|#vegasstrong"),
    Anniversary(2, 14, "the Parkland shooting", r"parkland shooting|stoneman douglas|#msdstrong"),
    Anniversary(5, 24, "the Uvalde shooting", r"uvalde|robb elementary"),
    Anniversary(8, 29, "Hurricane Katrina", r"hurricane katrina"),
    Anniversary(10, 29, "Hurricane Sandy", r"hurricane sandy|superstorm sandy"),
    Anniversary(12, 26, "the Indian Ocean tsunami", r"boxing day tsunami|2004 tsunami"),
    Anniversary(3, 11, "the Tohoku earthquake and Fukushima disaster", r"fukushima|tohoku"),
    Anniversary(1, 12, "the Haiti earthquake", r"haiti earthquake"),
    Anniversary(1, 28, "the Challenger disaster", r"challenger (?:disaster|explosion)"),
    Anniversary(4, 26, "the Chernobyl disaster", r"chernobyl"),
    Anniversary(7, 7, "the 7/7 London bombings", r"7/7 (?:bombings|attacks)|london bombings"),
    Anniversary(11, 13, "the Paris attacks", r"bataclan|paris attacks"),
    Anniversary(3, 22, "the Brussels bombings", r"brussels (?:attacks|bombings)"),
    Anniversary(5, 22, "the Manchester Arena bombing", r"manchester arena|#manchesterstrong"),
    Anniversary(3, 15, "the Christchurch mosque shootings", r"christchurch (?:shooting|attacks?|mosque)"),
    Anniversary(11, 22, "the assassination of John F. Kennedy", r"kennedy assassination|jfk assassination"),
    Anniversary(1, 27, "Holocaust Remembrance Day", r"holocaust|auschwitz"),
    Anniversary(8, 6, "the bombing of Hiroshima", r"hiroshima(?![\s-]+style)"),
    Anniversary(5, 25, "the murder of George Floyd", r"george floyd"),
    # remembrance days: their names are the tragedy's name
    Anniversary(11, 11, "Remembrance Day", r"remembrance (?:day|sunday)|armistice day|poppy day"),
    Anniversary(4, 25, "Anzac Day", r"anzac day|#anzacday"),
    Anniversary(1, 27, "Holocaust Remembrance Day",
                r"holocaust (?:memorial|remembrance) day|giorno della memoria"),
    Anniversary(5, 4, "Dutch Remembrance of the Dead", r"dodenherdenking|4 mei herdenking"),
    Anniversary(3, 11, "the Madrid train bombings", r"11-m|atocha bombings?"),
    Anniversary(7, 22, "the Norway attacks", r"utøya|utoya"),
    Anniversary(6, 14, "the Grenfell Tower fire", r"grenfell"),
    Anniversary(1, 7, "the Charlie Hebdo attack", r"charlie hebdo"),
)

#: Remembrance phrases that point at a tragedy only on (or next to) its anniversary.
# matched on lower-cased text with stdlib re: several times faster than regex.IGNORECASE on every draft
REMEMBRANCE_RE = re.compile(
    r"(?<!\w)(?:never forget|we (?:will )?remember|always remember|remembering|in memory of|honou?r(?:ing)? "
    r"(?:the|those|all|our)|moment of silence|minute'?s? (?:of )?silence|#neverforget|lest we forget|"
    # the same in Spanish, French, German, Italian, Portuguese and Dutch
    r"nunca (?:olvidaremos|olvidar|esqueceremos|esquecer)|no olvidamos|n'oublions (?:jamais|pas)|"
    r"nous n'oublierons (?:jamais|pas)|nie(?:mals)? vergessen|wir gedenken|non dimentichiamo|"
    r"per non dimenticare|jamais esqueceremos|nooit vergeten|we herdenken|en (?:memoria|recuerdo) de|"
    r"en m[ée]moire de|zum gedenken|in ricordo di|em mem[óo]ria de|minuto de silencio|minute de silence|"
    r"schweigeminute|minuto di silenzio|in memoriam)(?!\w)"
)
_SPACE = r"[\s_-]?"  # spaces may be missing or underscores in hashtags: #PearlHarbor, #sandy_hook
_NAMES_RE = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(f"(?P<a{i}>{a.pattern.replace(' ', _SPACE)})" for i, a in enumerate(ANNIVERSARIES))
    + r")(?![\w/])"
)


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regex alternation (bars inside groups stay)."""
    out, depth, cur = [], 0, ""
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


#: The first literal word of every name: a draft with none of them names no anniversary (a quick test).
_FIRST_WORD = re.compile(r"[\w/#]+")
_ALTS = [alt for a in ANNIVERSARIES for alt in _alternatives(a.pattern)]
NEEDLES = tuple(
    sorted({m.group() for alt in _ALTS if (m := _FIRST_WORD.match(alt))})
)


@dataclass(frozen=True)
class AnniversaryHit:
    anniversary: Anniversary
    start: int
    end: int
    text: str
    on_the_day: bool  # within a day (remembrance phrases) or three days (names) of the date
    hashtag: bool = False


@lru_cache(maxsize=64)
def near_anniversaries(day: date) -> tuple[Anniversary, ...]:
    """Anniversaries within a day of `day`."""
    return tuple(a for a in ANNIVERSARIES if _near(a, day))


def _near(a: Anniversary, day: date, slack: int = 1) -> bool:
    for delta in range(-slack, slack + 1):
        d = day + timedelta(days=delta)
        if (d.month, d.day) == (a.month, a.day):
            return True
    return False


def anniversary_hits(text: str, at: datetime) -> list[AnniversaryHit]:
    """Tragedies the draft names, plus remembrance phrases within a day of a tragedy's anniversary."""
    day = at.date()
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased; keep spans exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    hits = []
    names = _NAMES_RE.finditer(low) if any(n in low for n in NEEDLES) else ()
    for m in names:
        a = ANNIVERSARIES[int((m.lastgroup or "a0")[1:])]
        own_sigil = text[m.start()] == "#"  # "#bostonstrong" is one of the names, sigil included
        tagged = own_sigil or (m.start() > 0 and text[m.start() - 1] == "#")
        start = m.start() - (tagged and not own_sigil)
        near = _near(a, day, 3)
        hits.append(AnniversaryHit(a, start, m.end(), text[start : m.end()], near, tagged))
    if not hits:
        todays = near_anniversaries(day)
        if todays:
            for m in REMEMBRANCE_RE.finditer(low):
                hits.append(AnniversaryHit(todays[0], m.start(), m.end(), text[m.start() : m.end()], True))
    return hits
