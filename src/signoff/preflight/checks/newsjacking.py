"""SO202: selling, joking or cheering around a tragedy (newsjacking)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import regex

from signoff.news.anniversaries import anniversary_hits
from signoff.news.match import NameMatch
from signoff.news.model import Story
from signoff.news.snapshot import best_per_story, stories_by_topic, stories_named, story_view
from signoff.news.tragedy import DEADLY, draft_tragedy_hits
from signoff.preflight.checks.newsjacking_words import (
    BED_OFFER_RE,
    CHARITY_WORDS,
    CLOSED_OTHER,
    COLLECTION_POINT,
    CONDITION,
    FACTUAL,
    NAMED_FOR_SALE,
    OFFICIAL_CARE_RE,
    OWN_CONTENT,
    SOFT_PROMOTION,
    SOLIDARITY,
    TRIBUTE_RE,
    VICTIMS,
)
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.stance import Stance, analyze

#: A tragedy in the news stays sensitive this long after its last report.
TRAGEDY_WINDOW = timedelta(days=14)
#: A draft that only uses a tragedy word ("the storm") is tied to stories updated this recently.
TOPIC_WINDOW = timedelta(days=2)
#: Holds need a story updated this recently; older tragedies in the feed get a review.
FRESH = timedelta(days=3)
FIX = (
    "Drop the promotion and the tie-in. If you speak at all, offer plain sympathy or useful help, "
    "and pause scheduled promotions while the story lasts."
)


@dataclass(frozen=True)
class TragedyRef:
    source: str  # "news", "draft" or "anniversary"
    category: str
    label: str  # headline, anniversary name or the draft's words
    start: int
    end: int
    hashtag: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    #: Sure enough to hold: a fresh news story, the anniversary's own day, or the draft's words for victims.
    certain: bool = False


def _recent_tragedy(story: Story, at: datetime) -> bool:
    return story.tragedy is not None and timedelta(0) <= at - story.last_updated <= TRAGEDY_WINDOW


HASHTAG_RE = regex.compile(r"(?<![\w#])#(\w{3,})")
CAPITALISED_RE = regex.compile(r"\b\p{Lu}[\p{L}\d]{3,}")


def _hashtags_riding(text: str, stories: list[Story]) -> list[NameMatch]:
    """A hashtag that is a capitalised word of a tragedy's headline ("#Cairo" while Cairo's streets are
    deadly): the trending tag whose meaning the news gives, even when the word alone is an everyday name."""
    tags = [(m.group(1).lower(), m) for m in HASHTAG_RE.finditer(text)]
    if not tags:
        return []
    out = []
    for story in stories:
        words = {w.lower() for item in story.items for w in CAPITALISED_RE.findall(item.title)}
        for tag, m in tags:
            if tag in words:
                out.append(NameMatch(story, tag, m.group(0), m.start(), m.end(), "exact", True))
                break
    return out


#: A number of three to five digits that is not a year: a flight, a route, a bus line ("Flight 418").
_NUMBER_RE = regex.compile(r"(?<![\d.,:/])(?!(?:19|20)\d\d(?!\d))(\d{3,5})(?![\d.,:/])")
#: ... in a headline, only after the word for what it numbers ("Flight 418", "vuelo 3054", "MH370"): a toll
#: ("quake kills 300") is not a name.
_CRAFT_NUMBER_RE = regex.compile(r"(?i)(?:flight|flt|route|bus|train|line|ferry|vol|vuelo|voo|volo|flug|"
                                 r"(?-i:[A-Z]{2}))\s*(\d{3,5})(?![\d.,:/])")


def numbers_shared(text: str, stories: list[Story]) -> list[NameMatch]:
    """The draft repeats a tragedy headline's flight, route or line number ("the people on 418 got there
    early" while "Flight 418 crashes on landing" is the news): it names the story as a place would."""
    numbers = [(m.group(1), m) for m in _NUMBER_RE.finditer(text)]
    if not numbers:
        return []
    out = []
    for story in stories:
        found = {m.group(1) for item in story.items for m in _CRAFT_NUMBER_RE.finditer(item.title)}
        for number, m in numbers:
            if number in found:
                out.append(NameMatch(story, number, m.group(1), m.start(1), m.end(1), "exact", False))
                break
    return out


#: A mourning word before someone's name ("RIP Kobe", "Rest in peace, @prince", "RIP Chester Bennington"): a
#: death the draft names itself, unlike "RIP my diet" or "RIP Monday".
_MOURNED = regex.compile(
    r"(?:(?-i:RIP|R\.I\.P\.?)|(?i:rest\s+in\s+peace)),?\s+(?:@\w+|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Summer|Winter|Spring|Autumn|Fall|Weekend|Christmas|Diet|My|Our|The|This|That|To|In|Me|Vine|Twitter|"
    r"Facebook|Google|Internet|Explorer|Wi-?Fi|Phone|iPhone|Battery|Sleep|Sanity|Bank|Wallet)(?![\p{L}]))"
    r"(?-i:\p{Lu}\p{Ll}+)(?!['’]s))")
#: ... and told as a death: "in his honour", "1978-2020", "gone too soon", "legend", 🙏 🕊 💔 (not "RIP Dry
#: January", "RIP Blue Monday" or "RIP Club Penguin" beside a sale).
_DEATH_CONTEXT = regex.compile(
    r"(?i)in\s+(?:his|her|their)\s+(?:honou?r|memory)|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|legend|gone\s+too\s+soon|"
    r"passed\s+away|thank\s+you\s+for\s+(?:the\s+)?(?:music|memories|everything)|will\s+be\s+(?:sorely\s+)?missed|[🙏🕊💔]")


def tragedy_refs(draft: Draft, ctx: Context) -> list[TragedyRef]:
    """Tragedies the draft points at: news stories it names (or, failing that, describes with a tragedy word
    their reports use, source "topic"), its own tragedy words, well-known anniversaries."""
    refs: list[TragedyRef] = []
    news = ctx.news
    recent: list[Story] = []
    if news is not None and news.stories:
        recent = story_view(news, ctx.at, "recent-tragedy", _recent_tragedy)
    if news is not None and recent:
        named = [m for m in best_per_story(stories_named(news, draft.text)) if m.story in recent]
        if not named:
            named = _hashtags_riding(draft.text, recent)
        if not named:
            fresh = [s for s in recent if ctx.at - s.last_updated <= TOPIC_WINDOW]
            named = best_per_story(stories_by_topic(news, draft.text, fresh))
        for m in named:
            s = m.story
            refs.append(
                TragedyRef(
                    "news" if m.how != "topic" else "topic",
                    s.tragedy or "death",
                    s.headline,
                    m.start,
                    m.end,
                    m.hashtag,
                    {"matched": m.text, "story_age_minutes": int(s.age(ctx.at).total_seconds() // 60)},
                    certain=m.how != "topic" and ctx.at - s.last_updated <= FRESH,
                )
            )
    hits = draft_tragedy_hits(draft.text)
    mourned = (any(h.category == "mourning" for h in hits) and _MOURNED.search(draft.text) is not None
               and _DEATH_CONTEXT.search(draft.text) is not None)
    if refs or mourned or any(h.category != "mourning" for h in hits):  # "RIP my diet" alone mourns nobody
        for h in hits:
            certain = h.category in VICTIMS
            refs.append(TragedyRef("draft", h.category, h.text, h.start, h.end, certain=certain))
    for a in anniversary_hits(draft.text, ctx.at):
        refs.append(
            TragedyRef(
                "anniversary",
                "anniversary",
                a.anniversary.name,
                a.start,
                a.end,
                a.hashtag,
                {"on_the_day": a.on_the_day},
                certain=a.on_the_day,
            )
        )
    return refs


#: A place closed because of the tragedy, in several languages.
_CLOSURE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:closed|closing|closure|shut|will\s+(?:close|open\s+(?:at|late|later))|{CLOSED_OTHER}|"
    rf"zamkni[eę]\w*|{COLLECTION_POINT}|(?:takeaway|delivery|online)\s+only|channels\s+will\s+be\s+quiet|"
    rf"post\s+any\s+closures|"
    # safety advice from responders: "Stay off phone lines ... We need phone lines open", "avoid the area"
    rf"stay\s+off\s+(?:the\s+)?(?:phones?|phone\s+lines|roads?|streets?)|stay\s+(?:indoors|inside|away\s+from)|"
    rf"avoid\s+(?:the\s+area|unnecessary\s+(?:travel|calls|journeys))|(?:keep|need)\s+(?:the\s+)?(?:phone\s+)?"
    rf"lines\s+(?:open|free|clear)|we\s+are\s+responding|call\s+911\s+(?:only|if))(?![\p{{L}}])")


#: A brand's report of the incident itself ("Law enforcement and emergency personnel responded quickly ... put
#: hotels in the vicinity on lockdown"): its reassuring words are not cheer.
_INCIDENT_REPORT = regex.compile(
    r"(?i)(?<![\p{L}])(?:law\s+enforcement|emergency\s+(?:personnel|services|crews|responders)|first\s+responders|"
    r"secured\s+the\s+(?:scene|area)|(?:on|in)\s+lockdown|active\s+shooter|shelter\s+in\s+place|"
    r"evacuat(?:ed|ing|ion))(?![\p{L}])")


def _offences(stance: Stance, text: str, *, brand: bool, cheer_counts: bool) -> list[str]:
    """What makes the post exploit the tragedy, strongest first. Money for relief and practical help
    ("financial assistance is available to those affected") is not a sale; a person's warm words about
    someone who died are a tribute, so only a brand's tone, or cheer words, count as cheer."""
    found = []
    if stance.jokes:
        found.append("joke")
    charity = any(w in s.text.lower() for s in stance.of("supportive") for w in CHARITY_WORDS)
    # practical help that mentions money or availability, with no sales words, is not a sale
    soft = all(SOFT_PROMOTION.fullmatch(s.text) for s in stance.of("promotion"))
    practical = soft and FACTUAL.search(text) is not None and not stance.jokes
    if stance.promotes and not stance.of("paused") and not charity and not practical:
        found.append("promotion")
    # "our stores will remain closed today and we have paused our campaign", "stay off phone lines": a notice,
    # not product talk
    if brand and "product" in stance.kinds() and not stance.of("paused") and _CLOSURE.search(text) is None:
        found.append("product")
    cheer = stance.cheerful if brand else (stance.cheerful and "cheer" in stance.kinds())
    if brand and cheer and "cheer" not in stance.kinds() and (
            CONDITION.search(text) is not None or OFFICIAL_CARE_RE.search(text) is not None
            or BED_OFFER_RE.search(text) is not None or _INCIDENT_REPORT.search(text) is not None):
        cheer = False  # a statement's warm words ("the procedure has gone very well", "our priority is the
        # safety of the people", "if you need accommodation, check #bedforawayfans") are not cheer
    if cheer_counts and cheer:
        found.append("cheerful tone")
    return found


def _severity(offences: list[str], stance: Stance, *, brand: bool, deadly: bool, certain: bool) -> Severity:
    """Brands: held for a joke, a promotion or product talk without sympathy. People: held for a joke or a
    sale on deaths. Everything else, and any tie found only by a shared tragedy word, gets a review."""
    charity = any(w in s.text.lower() for s in stance.of("supportive") for w in CHARITY_WORDS)
    joke = "joke" in offences
    if brand:
        hard = joke or "promotion" in offences or ("product" in offences and not stance.supportive)
        hold = hard and certain and (joke or not charity)
    else:
        hold = (joke or "promotion" in offences) and deadly and certain and not charity
    return Severity.HOLD if hold else Severity.REVIEW


class NewsjackingCheck:
    code = "SO202"
    name = "newsjacking"
    severity = Severity.HOLD
    requires = frozenset({"clock", "account"})
    #: Without news it still finds anniversaries and the draft's own tragedy words.
    optional = frozenset({"news"})
    explanation = """
Tying a sale, a product, a joke or a cheerful tone to a tragedy reads as profiting from suffering, and
brands are called out for it within minutes. The check finds the tragedy three ways: in the configured
news (stories the draft names, a trending hashtag whose meaning the news explains, or a tragedy word its
reports use), in the draft's own words (deaths, victims, shootings, attacks, bombings, disasters, wars, in
English, Spanish, French, German, Italian, Portuguese and Dutch), and in anniversaries and remembrance
days (built-in tragedy anniversaries, "Remembrance Day", "Anzac Day", "Holocaust Memorial Day", "lest we
forget", "the 10th anniversary of the bombing", "aniversario del atentado"). It then looks for
promotion (discounts, "for the price of one", "today only", BOGO, "2 for 1", sales words in several
languages), product talk, jokes and cheer. A brand is held when the tie is sure: a story updated in
the last 3 days, an anniversary's own day, the draft's words about victims, or a sale beside a tragedy
or remembrance the draft names itself, with or without news. A brand's sympathy for a tragedy it does
not name ("Pray for Paris", "#JeSuisCharlie", "we stand with Ukraine 🇺🇦") beside a sale, and an epidemic
named beside one ("#coronavirus 20% off"), get a review. Everything else, and people, get a review;
people are held for a joke or a sale on deaths the draft speaks of. Sympathy, apologies and paused
promotions are fine. Fires (hold, brand) on "Lest we forget. 2 for 1 on all mattresses today only";
does not fire on "Today we remember the lives lost on 9/11. #NeverForget". Fix: drop the tie-in and the
promotion, or say nothing.
A store turned into a collection point for those hit ("punto de recogida") is a notice, not product talk.
A rumour denied ("this is not true"), stores opening later and channels going quiet on a day of mourning are
notices; a European discount ("-20 %") is a sale.
A discount ended or withdrawn ("we are ending our discount program for members of ...") is no sale.
Responders' safety advice ("Stay off phone lines ... We are responding") and a brand's report of the incident
itself ("Law enforcement and emergency personnel responded quickly ... secured the scene") are notices, not
product talk or cheer.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        refs = tragedy_refs(draft, ctx)
        if not refs:
            yield from self._solidarity_sale(draft)
            return
        stance = analyze(draft.text, tone=True)
        if stance.apologises:  # owning a mistake about a tragedy is not exploiting it
            return
        brand = draft.account_kind == "brand"
        ref = max(
            refs,
            key=lambda r: (r.source in ("news", "anniversary"), r.source == "topic", r.category in DEADLY),
        )
        deadly = any(r.category in DEADLY for r in refs)
        from_context = any(r.source != "draft" for r in refs)
        offences = _offences(stance, draft.text, brand=brand, cheer_counts=from_context or deadly)
        if not brand and offences == ["joke"] and all(r.category in ("death", "mourning") for r in refs) \
                and TRIBUTE_RE.search(draft.text):
            return  # a person's tribute with a wink on a natural death ("... he has a Golden Ticket ;^)")
        if not offences and brand and any(r.source == "news" and r.category not in ("death", "mourning")
                                          for r in refs) and not stance.supportive \
                and OWN_CONTENT.search(draft.text) and not FACTUAL.search(draft.text) \
                and not _CLOSURE.search(draft.text):
            offences = ["the brand's own content"]  # "18 of our favourite <storm> date ideas"
        rides = (brand and any(r.hashtag for r in refs) and not stance.supportive
                 and not FACTUAL.search(draft.text) and not _CLOSURE.search(draft.text))
        if not offences and not rides:
            return
        # a sale beside a tragedy or remembrance the draft names itself is sure without any news
        certain = any(r.certain for r in refs) or ("promotion" in offences and any(
            r.source in ("draft", "anniversary") and r.category in NAMED_FOR_SALE for r in refs))
        # a person is held only for a joke or a sale on deaths the draft itself speaks of
        on_deaths = any(r.source in ("draft", "topic") and r.category in DEADLY for r in refs)
        severity = _severity(offences, stance, brand=brand, deadly=deadly and on_deaths, certain=certain)
        what = ref.label if ref.source == "anniversary" else f"\u201c{ref.label}\u201d"
        reason = ", ".join(offences) if offences else "a hashtag that belongs to the tragedy"
        signals = ", ".join(s.text for s in stance.of("promotion", "product", "joke", "sarcasm", "cheer")[:6])
        yield Finding(
            code=self.code,
            check=self.name,
            severity=severity,
            message=f"Ties {what} ({ref.category}) to {reason}"
            + (
                " as a brand; that reads as profiting from a tragedy."
                if brand
                else "; that reads as making light of a tragedy."
            ),
            span=Span(ref.start, ref.end),
            fix=FIX,
            evidence={
                "tragedy": ref.category,
                "source": ref.source,
                "reference": ref.label,
                "draft_text": draft.text[ref.start : ref.end],
                "offences": ", ".join(offences),
                "hashtag": ref.hashtag,
                "tone": round(stance.compound or 0.0, 3),
                "signals": signals,
                **ref.extra,
            },
        )

    def _solidarity_sale(self, draft: Draft) -> Iterator[Finding]:
        """A brand's sympathy for an unnamed tragedy beside a sale ("Pray for Paris. 20% off")."""
        if draft.account_kind != "brand":
            return
        m = SOLIDARITY.search(draft.text)
        if m is None:
            return
        stance = analyze(draft.text)
        if stance.apologises:
            return
        offences = _offences(stance, draft.text, brand=True, cheer_counts=False)
        if "promotion" not in offences:
            return
        signals = ", ".join(s.text for s in stance.of("promotion")[:6])
        yield Finding(
            code=self.code,
            check=self.name,
            severity=Severity.REVIEW,
            message=f"Puts sympathy (\u201c{m.group(0)}\u201d) beside a sale ({signals}); as a brand, that "
            "reads as selling on a tragedy.",
            span=Span(m.start(), m.end()),
            fix=FIX,
            evidence={"tragedy": "unnamed", "source": "draft", "reference": m.group(0),
                      "draft_text": m.group(0), "offences": "promotion", "signals": signals},
        )
