"""SO203: a brand's cheerful, promotional or jokey post while a tragedy is in the news (tone-deaf timing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.news.model import Story
from signoff.preflight.checks.developing_story import PLAIN_RE
from signoff.preflight.checks.newsjacking import tragedy_refs
from signoff.preflight.checks.newsjacking_words import CHARITY_WORDS, FACTUAL
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.stance import Stance, analyze
from signoff.preflight.text import CJK_RE

#: Tragedies that make cheerful brand content read as tone-deaf (people killed, hurt or displaced).
GRAVE = frozenset({"death", "shooting", "attack", "disaster", "crash", "war"})
#: A story this recent (last report) still dominates the day.
WINDOW = timedelta(hours=36)
#: A crisis in the brand's own sector (the post shares a content word with the story: "flight", "train")
#: stays close to the brand for longer.
SECTOR_WINDOW = timedelta(days=14)
#: A person's fundraising ask or sales pitch this soon after deaths reads as tone-deaf too.
PERSON_WINDOW = timedelta(hours=24)
_ASK = regex.compile(r"(?i)(?<![\p{L}])(?:donate|chip\s+in|contribute|give\s+\$?\d+|pre-?order|"
                     r"buy\s+(?:my|the|our)|tickets?\s+(?:are\s+)?(?:on\s+sale|available)|link\s+in\s+bio|use\s+code)(?![\p{L}])")
_CONTENT = regex.compile(r"\p{L}{4,}")
_STOP = frozenset({
    "this", "that", "with", "from", "have", "will", "your", "about", "what", "when", "where", "their",
    "there", "they", "them", "been", "were", "which", "would", "could", "should", "after", "before",
    "today", "tonight", "while", "more", "most", "some", "than", "then", "into", "over", "just", "only",
    "also", "very", "much", "many", "such", "make", "made", "here", "like", "well", "back", "still",
    "even", "every", "other", "others", "ours", "ourselves", "please", "thank", "thanks", "great", "good",
    "happy", "morning", "news", "know", "want", "need", "time", "year", "years", "week", "weekend",
})
#: A disaster story counts for routine posts only when it reports people killed, hurt, missing or driven from
#: their homes, or is a disaster grave by itself (an earthquake, a hurricane): a snow day's "state of
#: emergency" does not stop a school district's joke (cheer and sales are still flagged).
_CASUALTIES = regex.compile(
    r"(?i)(?<![\p{L}])(?:kill\w*|dead|deaths?|died|dies|dying|injur\w*|hurt|wounded|missing|victims?|casualt\w+|"
    r"toll|trapped|destroy\w*|devastat\w*|evacuat\w*|homeless|displaced|rescue\w*|collaps\w*|bodies|"
    r"muert[oa]s|morts?|tote|morti|mortos|v[ií]ctimas|victimes|opfer|vittime|heridos|bless[ée]s|verletzte|"
    r"feriti|feridos|desaparecidos|disparus|vermisst|dispersi|evacu\w+|死者|死亡|行方不明|負傷|사망|실종|부상|"
    # disasters that are grave before the first casualty figures: an earthquake, a tsunami, a hurricane
    r"earthquakes?|quakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|tornado\w*|wildfires?|floods?|flooding|"
    r"eruptions?|landslides?|mudslides?|sismo|temblor|terremoto|s[ée]isme|erdbeben|aardbeving|hurac[aá]n|"
    r"ouragan|inondations?|地震|津波|台風|지진|태풍)")
#: A reply (the post opens with a handle) is a conversation, not a scheduled post.
_REPLY = regex.compile(r"^\W{0,2}@\w")
#: Practical advice and commitments a brand posts in a crisis: "wash your hands, keep your distance", "check
#: the health ministry site for the latest guidance", "we are listening and we will do better".
_RESPONSE = regex.compile(
    r"(?i)(?<![\p{L}])(?:wash\s+your\s+hands|keep\s+(?:your|a\s+safe|a)\s+distance|social(?:ly)?\s+distanc\w*|"
    r"stay\s+(?:at\s+)?home|stay\s+indoors|(?:latest|official)\s+(?:guidance|advice|updates|information)|"
    r"we(?:'re|\s+are)\s+listening|we\s+(?:will|must|can|need\s+to)\s+do\s+better)(?![\p{L}])")
#: Service changes because of the crisis, which may name what the brand sells ("our stores will close from
#: tomorrow to protect staff; online orders continue as normal"): practical, not product talk.
_SERVICE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:will|to)\s+(?:be\s+)?(?:close|closed|shut)\s+(?:from|until|today|tomorrow|on|at|for)|"
    r"(?:continue|running|operate|operating)\s+as\s+normal|until\s+further\s+notice|(?:takeaway|delivery|online)\s+"
    r"only|to\s+protect\s+(?:our\s+)?(?:staff|customers|patients|"
    r"guests|visitors|students|employees)|"
    # the crisis response itself: "we are not taking registrations due to a high response", "we have all the
    # blood required"
    r"(?:not|no\s+longer)\s+(?:taking|accepting)\s+(?:any\s+)?(?:more\s+)?(?:registrations|appointments|bookings|"
    r"donations|volunteers)|(?:due\s+to|following)\s+(?:a|the)\s+(?:high|huge|overwhelming|incredible)\s+"
    r"(?:response|demand)|we\s+have\s+(?:all|enough)\s+(?:the\s+)?(?:blood|donations|supplies|volunteers)|"
    # arrangements made for the crisis, and conditions told from the scene: "a temporary taxi rank has been
    # set up at ...", "diversions are in place", "getting very nasty here"
    r"(?:has|have)\s+been\s+(?:\w+\s+(?:&|and)\s+(?:is|are)\s+)?(?:set\s+up|opened|established|deployed|"
    r"arranged|put\s+in\s+place)|(?:is|are)\s+(?:now\s+)?set\s+up|temporary\s+(?:\w+\s+)?(?:rank|shelter|"
    r"centre|center|route|stop|bus\s+stop|diversion|closure|hospital|morgue|helpline)|diversions?\s+(?:are\s+|is\s+)?"
    r"in\s+place|road\s+closures?|(?:getting|it'?s|is)\s+(?:very\s+|really\s+|pretty\s+|quite\s+)?(?:nasty|"
    r"rough|wild|intense|scary|worse)\s+(?:out\s+)?(?:here|there)|"
    # a police update from the scene: "The area is NOT secure", "the scene is now secure"
    r"(?:area|scene|building|campus)\s+is\s+(?:not\s+|now\s+|still\s+not\s+)?secure)(?![\p{L}])")
#: The same in Japanese, Korean and Chinese, which have no spaces between words: condolences
#: ("お見舞い申し上げます", "명복을 빕니다", "哀悼"), safety advice ("気をつけてください", "조심하세요",
#: "注意安全"), evacuation and train delays.
#: Prayers for those affected too: "お祈りしております".
_CJK_CONDOLENCE = regex.compile(r"お見舞い|御見舞い|冥福|お悔やみ|哀悼|追悼|黙祷|명복|애도|悼念|慰问|默哀|"
                             r"お祈り|祈祷|祈福|기도")
#: Safety words count only beside the disaster itself: ad copy says "과식 주의하세요" and "小心心动" too.
_CJK_SAFETY = regex.compile(r"気をつけ|ご注意|注意してください|おやめください|避難|運転見合わせ|"
                            # caution, stay away, measures, a rumour not to spread
                            r"注意|慎重|近づかない|対策|拡散(?:は|を)?(?:やめ|しない)|誤り|"
                            r"ダイヤ(?:に|が|の)乱れ|運休|安全な場所|조심|주의하|대피|안전한|注意安全|避难|小心")
_CJK_DISASTER = regex.compile(r"地震|揺れ|余震|津波|台風|豪雨|被害|災害|噴火|断水|停電|지진|여진|태풍|"
                              r"피해|재난|台风|灾|洪水|暴雨")
#: A correction or denial in Japanese, Korean and Chinese: "Jアラートは出ていません" (no alert was
#: issued), "誤報" (a false report), "訂正" (a correction), "오보", "정정", "不实", "更正".
_CJK_CORRECTION = regex.compile(r"誤報|訂正|出ていません|発表していません|오보|정정|사실이\s?아닙니다|"
                                r"不实|更正|辟谣")
MAX_STORIES = 2
FIX = ("Pause it: teams hold scheduled and promotional posts while a tragedy dominates the news. If it "
       "must go out, check it cannot be read against the story, and drop the cheer and the sales talk.")


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ings", "ing", "ies", "es", "s", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _CONTENT.findall(text) if w.lower() not in _STOP}


def _grave_stories(ctx: Context, text: str) -> list[tuple[Story, str]]:
    """Grave stories in the news with, for each, a word the post shares with it ("" when none)."""
    news = ctx.news
    if news is None:
        return []
    words = _content(text)
    found = []
    for s in news.stories:
        if s.tragedy not in GRAVE or ctx.at < s.last_updated:
            continue
        shared = sorted(words & _content(" ".join(item.text for item in s.items)))
        age = ctx.at - s.last_updated
        if age <= WINDOW or (shared and age <= SECTOR_WINDOW):
            found.append((s, shared[0] if shared else ""))
    found.sort(key=lambda p: (not p[1], -len(p[0].items), ctx.at - p[0].last_updated))
    return found


class ToneDeafCheck:
    code = "SO203"
    name = "tone-deaf"
    severity = Severity.REVIEW
    requires = frozenset({"news", "clock", "account"})
    explanation = """
On a brand account, flags a cheerful, promotional or jokey post (a sale, a product push, "Happy
Friday!", a pun) while a tragedy (deaths, a shooting, an attack, a disaster, a crash, a war) is in the
configured news of the last 36 hours, even when the post does not mention it: teams pause scheduled
content on such days, and a chirpy post an hour after an attack is screenshotted beside the headlines.
Any other routine post in those 36 hours ("on the hunt for a new phone plan?") is flagged too, unless it
is practical (a service update, a closure, safety advice) or says the brand paused its posts, or is a
reply to someone (it opens with their handle); a disaster counts for such routine posts when it is grave
by itself (an earthquake, a hurricane) or its reports tell of people killed, hurt or missing, so a snow
day's state of emergency does not.
A crisis in the brand's own sector counts for two weeks, and then any routine post that shares a word
with the story (an airline's "flight" while a plane is missing) gets the same review. A person's
fundraising ask or sales pitch ("donate today", "use code") within a day of deaths in the news is
reviewed too.
The story is the evidence. It is a review, never a hold: the post did nothing wrong by itself, and a
person decides. Posts that speak to the tragedy are SO202's business; sympathy, safety information and
plain facts are fine. Fires on "Happy Friday! 20% off all sneakers" while a shooting is in the news;
does not fire on "Our stores in the area are closed today; stay safe." Fix: pause it.
A correction or denial in Japanese, Korean or Chinese ("Jアラートは出ていません", "誤報", "오보",
"辟谣") is a notice about the story, not a routine post.
The dead praised in the past tense ("Jonah was a legend of our game and loved by his many fans") is a tribute,
and a report that the cause is not yet known ("Toedracht nog onduidelijk", "Ursache noch unklar") is a plain
notice.
"""

    def _person(self, draft: Draft, ctx: Context, story: Story, stance: Stance) -> Iterator[Finding]:
        """A person's sales pitch or fundraising ask within a day of deaths in the news."""
        if ctx.at - story.last_updated > PERSON_WINDOW:
            return
        m = _ASK.search(draft.text)
        promo = stance.of("promotion")
        if m is None and not promo:
            return
        start, end = (m.start(), m.end()) if m else (promo[0].span.start, promo[0].span.end)
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"An ask for money or a sale (\u201c{draft.text[start:end]}\u201d) within a day of this "
            f"news: \u201c{story.headline}\u201d. It will be read beside the headlines.",
            span=Span(start, end), fix=FIX,
            evidence={"story": story.headline, "tragedy": story.tragedy or "",
                      "matched": draft.text[start:end]},
        )

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        brand = ctx.account_kind == "brand"
        stories = _grave_stories(ctx, draft.text)
        if not stories:
            return
        if tragedy_refs(draft, ctx):
            return  # the post speaks to a tragedy: SO202 judges it
        stance = analyze(draft.text, tone=True)
        # words of sympathy excuse the post, unless it also sells (and the sale is not for relief)
        charity = any(w in s.text.lower() for s in stance.of("supportive") for w in CHARITY_WORDS)
        if (stance.supportive and (not stance.promotes or charity)) or stance.apologises:
            return
        if not brand:
            yield from self._person(draft, ctx, stories[0][0], stance)
            return
        why = []
        if stance.promotes and not stance.of("paused"):
            why.append("promotion")
        if stance.jokes:
            why.append("joke")
        # a notice or correction about the story itself ("we deleted tweets posted without our authorization;
        # we are investigating") shares its words as practical information, not as a routine post
        text = draft.text
        plain_notice = (FACTUAL.search(text) is not None or PLAIN_RE.search(text) is not None
                        or _SERVICE.search(text) is not None)
        cjk = CJK_RE.search(text) is not None
        notice = plain_notice or _RESPONSE.search(text) is not None or (cjk and (
            _CJK_CONDOLENCE.search(text) is not None
            or _CJK_CORRECTION.search(text) is not None
            or (_CJK_SAFETY.search(text) is not None and _CJK_DISASTER.search(text) is not None)))
        # a notice's friendly sign-off ("our stores are open again, have a good morning") is not cheer;
        # cheer words and emoji are
        if stance.cheerful and not (notice and not stance.of("cheer")):
            why.append("cheerful tone")
        # "our stores are open again" is a notice; "we're listening! tell us your flavour for our next
        # launch" is not
        if "product" in stance.kinds() and not why and not plain_notice:
            why.append("product talk")
        story, shared = stories[0]
        if shared and not why and not notice:
            why.append(f"routine post that shares \u201c{shared}\u201d with the story")
        fresh = ctx.at - story.last_updated <= WINDOW
        grave = story.tragedy != "disaster" or any(_CASUALTIES.search(i.text) for i in story.items)
        reply = _REPLY.match(draft.text) is not None
        if not why and fresh and not stance.of("paused") and not notice and grave and not reply:
            # a scheduled post that goes out as if nothing happened (teams pause these on such days);
            # practical notices (service, closures, safety) are what a brand should still post
            why.append("routine")
        if not why or (not fresh and not shared):
            return
        age_h = int((ctx.at - story.last_updated).total_seconds() // 3600)
        signals = stance.of("promotion", "joke", "cheer", "product")
        span = Span(signals[0].span.start, signals[0].span.end) if signals else None
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"A {' and '.join(why)} post while this is in the news: \u201c{story.headline}\u201d "
            f"({story.tragedy}, last report {age_h} h ago). Brands usually pause such posts.",
            span=span, fix=FIX,
            evidence={"story": story.headline, "tragedy": story.tragedy or "", "reports": len(story.items),
                      "hours_since_last_report": age_h, "tone": ", ".join(why),
                      "other_stories": len(stories) - 1, "shared_word": shared},
        )
