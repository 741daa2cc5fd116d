"""SO201: a hot take on a story that is still developing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

import regex

from signoff.news.match import NameMatch
from signoff.news.model import Story
from signoff.news.snapshot import best_per_story, stories_by_topic, stories_named, story_view
from signoff.news.stories import developing, recent_updates, sensitive
from signoff.news.text import name_commonness
from signoff.news.tragedy import DEADLY, news_tragedy_counts
from signoff.preflight.checks.newsjacking import TragedyRef, numbers_shared, tragedy_refs
from signoff.preflight.checks.newsjacking_words import FACTUAL, TRIBUTE_RE
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.stance import STRONG, Stance, analyze
from signoff.preflight.stance_words import PRAYERS_MOCKED

#: A story is usually settled a day after it broke.
SETTLE_AFTER = timedelta(hours=24)
#: Tragedies where people were killed or hurt.
VIOLENT = DEADLY - {"anniversary", "mourning"}
MAX_FINDINGS = 3
#: Deaths stay fresh news this long after the last report: a political point then reads as exploiting them.
FRESH_DEATHS = timedelta(hours=48)
#: Policy and party words that turn a reaction to deaths into a political point.
POLITICAL_RE = regex.compile(
    r"(?i)(?<![\p{L}#])#?(?:gun\s+(?:control|debate|laws?|rights|owners?)|guns|nra|second\s+amendment|2a|"
    # the gun debate's "good guy with a gun" ("Had someone been prepared and armed they could have stopped
    # him")
    # and the slogans of the police debate ("#backtheblue", "Black Lives Matter")
    r"good\s+guy\s+with\s+a\s+gun|(?:had|if)\s+(?:someone|anyone|somebody|one\s+person|people|a\s+few\s+\w+)\s+"
    r"(?:in\s+(?:there|the\s+\w+)\s+)?(?:been\s+)?(?:\w+\s+and\s+)?(?:armed|carrying|had\s+a\s+gun)|"
    r"back\s?the\s?blue|blue\s?lives\s?matter|all\s?lives\s?matter|black\s?lives\s?matter|blm|"
    r"travel\s+ban|(?:the\s+)?border|immigra\w+|refugees?|visa\s+lottery|muslim\s+ban|jihad\w*|daesh|isis|"
    r"radical\s+islam\w*|democrats?|republicans?|dems|gop|liberals?|conservatives?|the\s+left|the\s+right|"
    r"obama|trump|hillary|clinton|schumer|pelosi|congress|(?:the\s+)?mayor|fake\s+news|msm|political\s+correctness|"
    r"fbi|"
    # a news channel as the channel watched ("in tears watching the miners on CNN") is no political point
    r"(?<!(?:on|watching|from)\s)(?:msnbc|cnn)|climate\s+change|global\s+warming|benghazi|the\s+courts?|"
    r"we\s+need\s+(?:a\s+)?(?:new\s+)?(?:president|leadership|government|prime\s+minister)|"
    r"politically\s+correct|false\s+flag|blood\s+libel|thoughts\s+and\s+prayers\s+(?:are|won'?t|don'?t)|"
    # prayers mocked after a shooting: "they had the prayers shot right out of them"
    rf"{PRAYERS_MOCKED})"
    r"(?![\p{L}])"
)
#: Sympathy turned to a point: "my thoughts are with the families. However I can't help thinking this is
#: wonderful timing for ..." (the turn opens a sentence, before the political word).
_TURN = regex.compile(
    r"(?i)(?:^|[.!?…]\s+)(?:however|but|that\s+said|having\s+said\s+that|yet|still)(?![\p{L}])")
#: A civic call to action after a tragedy, or an inquiry asked for: lobbying, not a hot take.
_CIVIC = regex.compile(
    r"(?i)(?<![\p{L}])(?:call|contact|write\s+to|email)\s+your\s+(?:senators?|representatives?|congress\w*|mps?|"
    r"reps?|mla|mep|councill?or|legislators?)(?![\p{L}])"
    # an inquiry asked for: "If we don't get a special prosecutor, every American will suspect ..."
    r"|(?<![\p{L}])(?:special\s+prosecutor|special\s+counsel|independent\s+(?:investigation|inquiry|counsel|"
    r"prosecutor|review)|public\s+inquiry|full\s+(?:and\s+\w+\s+)?investigation)(?![\p{L}])"
)
#: A conspiracy claim condemned ("Claiming some of the students are actors is the work of a disgusting group
#: of idiots"): counter-speech, whose judgement is at most a review.
_COUNTER_CLAIM = regex.compile(
    r"(?i)(?<![\p{L}])(?:claiming|saying|suggesting|to\s+(?:claim|say|suggest)|claims?\s+that|anyone\s+who\s+"
    r"(?:says|claims|thinks))\s+[^.!?]{0,80}?(?:actors?|hoax|staged|fake|false\s+flag|didn'?t\s+happen|never\s+"
    r"happened)(?![\p{L}])"
)
#: Those who govern, in several languages ("the government", "Monsieur Valls", "die Regierenden"): a
#: judgement, blame, jab or joke aimed at them while deaths are fresh news is a political point too.
POLITICAL_ACTOR_RE = regex.compile(
    r"(?i)(?<![\p{L}#])(?:(?:the\s+)?government|prime\s+minister|(?:the|mr\.?|madam)\s+president|politicians|"
    r"gouvernement|"
    r"(?:le|la)\s+(?:ministre|pr[ée]sident(?:e)?|maire)|premier\s+ministre|gobierno|(?:el|la)\s+(?:ministr[oa]|"
    r"presidente|presidenta|alcalde(?:sa)?)|pol[ií]ticos|governo|(?:il|la)\s+(?:ministr[oa]|presidente|sindac[oa])|"
    r"politici|regierung|regierende\w*|(?:der|die)\s+(?:minister(?:in)?|kanzler(?:in)?|b[üu]rgermeister(?:in)?)|"
    r"bundesregierung|politiker|regering|kabinet|burgemeester|"
    r"(?-i:(?:Monsieur|Madame|Señora?|Herr|Frau|Signora?)\s+\p{Lu}\p{L}+))"
    r"(?![\p{L}])"
)

#: Plain reports a comment on fresh deaths may be: a correction ("false alarm", "no missile threat", "we
#: deleted"), safety advice and help ("move to higher ground", "give blood"), a death announced, a sourced
#: report ("death toll", "officials say", "her spokesman has said").
PLAIN_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:false\s+alarm|falsa\s+alarma|fausse\s+alerte|falso\s+allarme|fehlalarm|alarme\s+falso)"
    r"(?!\s*\?)|"
    r"no\s+(?:incoming\s+)?(?:missile|tsunami|threat|bomb)|"
    r"higher\s+(?:floor|ground)|passed\s+away|death\s+toll|according\s+to|officials?\s+(?:say|said)|"
    # a court's proceedings and outcome reported: "the court heard", "has been sentenced to", "the jury found"
    r"(?:the\s+)?(?:court|jury|judge)\s+(?:heard|was\s+told|found|ruled|ordered)|told\s+the\s+(?:court|jury)|"
    r"(?:has\s+been|was|were|have\s+been)\s+(?:sentenced|convicted|acquitted|found\s+(?:not\s+)?guilty)|"
    r"sentenced\s+to|pleaded\s+(?:not\s+)?guilty|the\s+verdict\s+was\s+read|"
    # attributed in French, Spanish, Portuguese, Italian, German: "selon la préfecture", "según la policía"
    r"selon\s+(?:la|le|les|l['’])|seg[uú]n\s+(?:la|el|los|las|fuentes)|segundo\s+(?:a|o|as|os)\s|secondo\s+(?:la|il|i|le|fonti)|"
    r"laut\s+(?:der|dem|den|polizei)|"
    # a source named or a figure confirmed in Dutch, German, Spanish, Italian, Polish: "meldt de brandweer",
    # "die Landesregierung bestätigt", "confirma"
    r"meldt\s+de|aldus\s+de|volgens\s+de|meldet\s+(?:die|der)|best[äa]tigt|bevestigt|confirm[ao]u?|conferma|"
    r"potwierdz\w*|"
    # an official toll in Spanish and Portuguese: "Cifra oficial de fallecidos sube a 233"
    r"cifra\s+(?:oficial|de\s+(?:fallecidos|v[ií]ctimas|muertos|mortos))|n[uú]mero\s+de\s+(?:fallecidos|mortos|"
    r"v[ií]timas)|"
    # an obituary's line: "Gord Downie dead at 53", "dies at 94"
    r"(?:dead|dies|died)\s+at\s+(?:age\s+)?\d{1,3}(?!\d|\s*(?:am|pm|[:.]))|"
    r"(?:has|have)\s+confirmed|number\s+of\s+(?:fatalities|casualties|deaths|dead|victims|injured)|"
    r"confirmed\s+(?:from|by)|"
    r"correction|clarif(?:ies|ied|ication)|"
    # a cause not yet known, as a report says so: "Toedracht nog onduidelijk", "Ursache noch unklar"
    r"(?:the\s+)?cause\s+(?:is\s+)?(?:still\s+|not\s+yet\s+)?(?:unknown|unclear|under\s+investigation)|"
    r"(?:toedracht|oorzaak)\s+(?:is\s+)?(?:nog\s+)?(?:onduidelijk|onbekend)|ursache\s+(?:ist\s+)?(?:noch\s+)?"
    r"(?:unklar|unbekannt)|cause\s+(?:encore\s+)?inconnue|causa\s+(?:a[uú]n\s+|ainda\s+|ancora\s+)?"
    r"(?:desconocida|desconhecida|sconosciuta)|"
    # authorities searching, in Indonesian: "Pihak berwenang ... sedang melakukan operasi pencarian"
    r"pihak\s+berwenang|operasi\s+pencarian|pencarian\s+dan\s+penyelamatan|tim\s+sar|basarnas|"
    # a post corrected by its own account: "Previous tweet should have read ..."
    r"(?:previous|earlier|last|that|our|my)\s+(?:tweet|post)\s+should\s+(?:have\s+)?(?:read|said)|news\s+has\s+come\s+in|tremors\s+(?:were\s+)?felt|"
    r"experienced\s+tremors|we\s+(?:have\s+)?(?:just\s+)?deleted|(?:give|donate)\s+blood|(?:spokes(?:man|woman|person)|"
    r"family|police|officials?|ministry|university|club|company|school|district|department|agency|government|"
    r"board|court|hospital|league|authorities|sheriff|coroner|group|agency|agent|management|representative|"
    r"publicist|lawyer|attorney)\s+(?:has\s+|have\s+)?(?:said|says|confirmed|announced|reported)|"
    # a wire-style attribution: "Publicist: Prince has died", "Police: 2 dead in shooting"
    r"(?<=^|:\s{0,3})(?:police|officials?|publicist|spokes(?:man|woman|person)|family|sheriff|coroner|authorities|"
    r"agent|lawyer|attorney|(?:the\s+)?white\s+house|pentagon|ministry)\s*:|"
    # a correction or a denial: "retracting previous tweet", "ignore it", "despite reports", "no arrest"
    r"retract\w*|ignore\s+(?:it|this|that|the\s+(?:earlier|previous))|"
    # a correction or an unofficial source named in other languages: "la información ... era incorrecta; está
    # vivo", "Informação da morte ... foi engano", "fue por una app no oficial"
    r"(?:informa[cç][ãa]o|informaci[oó]n|noticia|not[ií]cia|notizia|nouvelle|nachricht|cifra|dato|muerte|morte|"
    r"mort)[^.!?]{0,80}?(?:era|es|fue|foi|é|était|est|è|war|ist)\s+(?:incorrecta|incorrecto|err[oó]nea|falsa|falso|"
    r"engano|fausse|erron[ée]e|falsch|sbagliata|errata)|(?:app|aplicaci[oó]n|fuente|cuenta|alerta|source|compte|"
    r"fonte|quelle)\s+(?:\w+\s+)?(?:no\s+(?:es\s+)?oficial|n[ãa]o\s+oficial|non\s+officiel\w*|non\s+ufficiale|"
    r"nicht\s+offiziell)|(?:despite|contrary\s+to)\s+"
    r"(?:earlier\s+|the\s+)?reports|(?:was|is|were)\s+(?:incorrect|inaccurate|untrue|not\s+(?:true|correct))|"
    r"no\s+arrests?|not\s+been\s+(?:an?\s+)?arrest\w*|(?:is|was)\s+not\s+a\s+suspect|no\s+longer\s+a\s+suspect|"
    # rumour control: "#mythbuster: the dam is NOT about to collapse", "there is no fuel shortage"
    r"#?myth[\s-]?bust\w*|rumou?r\s+control|(?:don'?t|do\s+not|please\s+don'?t)\s+(?:spread|share|believe)\s+"
    r"(?:the\s+|these\s+|any\s+)?rumou?rs|there\s+is\s+(?:currently\s+)?no\s+(?:\w+\s+)?(?:shortage|threat|danger)|"
    # an official's report: "we can confirm this is a mass casualty situation", "50 dead in ...", "transported
    # to a hospital", "suspect apprehended"
    r"(?:we\s+can\s+|can\s+)?confirm(?:ing)?\s+(?:that\s+)?(?:this|there|multiple|several|\d+|one|two|three|the|"
    r"a|an|no)\s|\d+\s+(?:people\s+)?(?:dead|killed|injured|wounded|hurt|missing|rescued)|"
    r"transported\s+to\s+(?:a\s+|the\s+|area\s+|local\s+)?hospitals?|apprehended|"
    # what responders found and what it led to: "we found a man, who killed himself", "the bus was involved in
    # a terrible accident which has resulted in multiple fatalities"
    r"(?:we|officers|police|deputies|firefighters|crews)\s+(?:have\s+)?found\s+(?:a|an|the|one|two|three|\d+)\s+"
    r"(?:\w+\s+)?(?:man|men|woman|women|person|people|body|bodies|suspects?|male|female|victims?)|"
    r"(?:has|have|had)?\s*resulted\s+in\s+(?:\w+\s+){0,2}(?:fatalities|deaths|injuries|casualties)|"
    r"(?:was|were)\s+involved\s+in\s+(?:a|an)\s+(?:\w+\s+)?(?:accident|crash|collision|incident)|"
    r"brief\s+(?:the\s+)?(?:media|press)|press\s+conference|"
    # the same kinds in other languages: avoid the area, do not share images, denials, missing and rescued
    r"meiden\s+sie|[ée]vitez|evit(?:ate|en|ad|e)|vermijd\w*|no\s+compart\w+|non\s+condivid\w+|"
    # a measured quake ("magnitude 5.4", "magnitudo 5,4", "Stärke 5,4") and an official's how-to ("vademecum")
    r"magnitud[eo]?\s+(?:of\s+)?\d|(?-i:M)\s?\d[.,]\d(?!\d)(?=[^.!?]{0,40}(?:de\s+las|a\s+las|at\s+\d|hrs|horas|km|epicent|profund|depth|"
    r"utc|\d{1,2}:\d\d))|st[äa]rke\s+\d|\d(?:[.,]\d)?\s+(?:on\s+the\s+)?richter|vademecum|"
    r"ne\s+partagez|teilen\s+sie\s+keine|d[ée]ment\w*|desmient\w*|smenti\w*|dementier\w*|desment\w*|"
    # rumour control and no speculation in several languages: "Bitte keine Gerüchte", "please don't speculate"
    r"(?:keine|no|pas\s+de|nessuna|geen|sem)\s+(?:\w+\s+)?(?:ger[üu]chte|rumores|rumeurs|voci|geruchten|boatos|"
    r"spekulationen|especulaciones|sp[ée]culations?|speculazioni|speculaties|especula[çc][õo]es|speculation)|"
    r"(?:don'?t|do\s+not|please\s+don'?t)\s+speculate|"
    # "do not spread it": "ne propagez pas les rumeurs", "no difundan", "verbreiten Sie keine"
    r"ne\s+(?:propagez|relayez|diffusez)\s+pas|no\s+(?:difundan|propaguen|difund[áa]is)|non\s+diffondete|"
    r"verbreiten\s+sie\s+(?:keine|nicht)|nicht\s+(?:weiter)?verbreiten|verspreid\s+geen|niet\s+(?:verder\s+)?"
    r"verspreiden|n[ãa]o\s+(?:espalhem|partilhem|compartilhem)|"
    # a police report's register: "one deceased subject located", "suspect found", "ID unknown"
    r"(?:deceased|injured|wounded|unresponsive|unidentified)\s+(?:subject|person|male|female|man|woman|"
    r"individual|adult|juvenile)s?|(?:subject|suspect|body|male|female)s?\s+(?:was\s+|were\s+|has\s+been\s+)?"
    r"(?:located|found|recovered|pronounced|identified)|id\s+unknown|"
    r"polizeieinsatz|dispersi|desaparecid[oa]s|disparus|vermisst\w*|estratt[oi]\s+viv[oi]|"
    r"rescatad[oa]s?\s+con\s+vida|retrouv[ée]e?s?\s+vivant\w*|lebend\s+geborgen|soccors\w*|"
    r"secours|rettungskr\w*|emergenza|emergencia|urgence|notfall\w*|notizie\s+utili|"
    r"(?:seg[uú]n|selon|laut|secondo)\s+(?:la\s+|le\s+|die\s+)?(?:polic[ií]a|police|"
    r"polizei|polizia|fuentes|sources|quellen|fonti))(?![\p{L}])"
)


#: A court's ruling in a headline: "found guilty", "convicted", "sentenced", "acquitted".
_VERDICT_RE = regex.compile(r"(?i)(?<![\p{L}])(?:(?:found|pleads?|pleaded)\s+(?:not\s+)?guilty|convicted|"
                            r"sentenced|jailed|acquitted|verdict)(?![\p{L}])")
#: "Johan Cruyff dies aged 68": one person's death, with no violence in the headline.
_DIES_RE = regex.compile(r"(?i)(?<![\p{L}])(?:dies|died|has\s+died|dead\s+at|passes\s+away|passed\s+away)"
                         r"(?![\p{L}])")
#: Words of a killing inside the news "death" category: "shot dead", "murdered", "victims", "death toll".
_KILLING_RE = regex.compile(r"(?i)(?<![\p{L}])(?:kill\w*|slain|murder\w*|homicide|victims?|toll|bodies|"
                            r"dozens|people|injured|wounded)(?![\p{L}])")


def _named_death(headline: str, matched: str) -> bool:
    """The headline tells one named person's death ("Charles Aznavour dies at 94", no violence) and the
    draft's words for the story are that person's name ("Aznavour", "#Johnny")."""
    dies = _DIES_RE.search(headline)
    # the news kinds say no attack, crash or disaster; its "death" words say no killing
    if dies is None or set(news_tragedy_counts(headline)) - {"death", "mourning"} \
            or _KILLING_RE.search(headline):
        return False
    name = regex.sub(r"(?:['’]s)$", "", matched.lstrip("#@")).lower()
    before = headline[: dies.start()].lower()
    # "Wilder-One of the greats": the name is the words, not what a dash glued to them
    return bool(name) and any(part in before for part in regex.split(r"[^\p{L}'’]+", name) if len(part) > 2)


#: A storm or flood still to come: "Red weather warning as ex-hurricane Ophelia heads for Ireland".
_WARNING_ONLY = regex.compile(r"(?i)(?<![\p{L}])(?:warnings?|watch|heads?\s+(?:for|towards?)|"
                              r"approach(?:es|ing)|"
                              r"expected\s+to|set\s+to|brac(?:es|ing)\s+for|forecast|on\s+course|could\s+hit|"
                              r"will\s+hit|to\s+make\s+landfall)(?![\p{L}])")
#: Words of harm done in a report: a warning with any of them is no longer only a warning.
_HARM_DONE = regex.compile(r"(?i)(?<![\p{L}])(?:dead|die[sd]?|death\w*|kill\w*|toll|injur\w*|hurt|missing|"
                           r"victims?|bodies|casualt\w*|destroy\w*|devastat\w*|wreck\w*|lashes|batters|"
                           r"hits|hit|struck|strikes|slams|floods?\s+(?:homes|towns|streets))(?![\p{L}])")


#: A report that says nobody was hurt: "felt from Washington to New York ... with no deaths reported".
_NO_HARM = regex.compile(r"(?i)(?<![\p{L}])(?:no\s+(?:deaths|injuries|casualties|fatalities)"
                         r"(?:\s+(?:were\s+|have\s+been\s+)?reported)?|no\s+(?:reports?|word)\s+of\s+(?:deaths|injuries|casualties)|"
                         r"(?:no\s+one|nobody)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:hurt|injured|killed))(?![\p{L}])")


def _only_warned(story: Story) -> bool:
    """Every report of the story warns of a storm or flood to come and none tells harm done, or every report
    says that nobody was hurt."""
    return all(_WARNING_ONLY.search(it.title) and not _HARM_DONE.search(it.text) for it in story.items) \
        or all(_NO_HARM.search(it.text) for it in story.items)


def fresh_deaths(stories: Iterable[Story], at: datetime) -> list[Story]:
    """Stories of people killed or hurt whose last report is at most `FRESH_DEATHS` before `at` (not a storm
    only warned of: nobody has been hurt yet)."""
    return [s for s in stories
            if s.tragedy in VIOLENT and timedelta(0) <= at - s.last_updated <= FRESH_DEATHS
            and not _only_warned(s)]


def format_age(age: timedelta) -> str:
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest and hours < 12 else f"{hours} h"


def format_when(when: datetime) -> str:
    return when.strftime("%a %d %b %Y, %H:%M UTC")


def _unambiguous(m: NameMatch) -> bool:
    """A full name, a rare word or a hashtag names the story; one everyday word ("Aurora") may not."""
    compact = m.name.lstrip("#").replace(" ", "")
    return m.how != "topic" and (m.hashtag or " " in m.name or name_commonness(compact) == 0)


def _surname(m: NameMatch, text: str) -> bool:
    """A capitalised surname of a person the story names in full ("Blake" for "Tom Blake"): a one-word name
    that is the last word of one of the story's longer names, written with a capital in the draft."""
    if m.how != "exact" or m.hashtag or " " in m.name or not text[m.start : m.start + 1].isupper():
        return False
    if name_commonness(m.name) > 1:
        return False
    return any(" " in n and n.split()[-1] == m.name for n in m.story.names)


class DevelopingStoryCheck:
    code = "SO201"
    name = "developing-story"
    severity = Severity.HOLD
    requires = frozenset({"news", "clock"})
    explanation = """
Early reports of a breaking story are incomplete and often wrong, and a public opinion posted in the first
hours is judged against facts that come out later. In November 2011 Ashton Kutcher tweeted "How do you fire
Jo Pa? #insult #noclass" minutes after Penn State's trustees fired Joe Paterno, not knowing the firing was
over a child sex abuse scandal; he apologised the same night and handed his account to his staff. This check
clusters the configured news into stories and finds stories the draft names, nicknames and misspellings
included ("Jo Pa", "JoePa", "Paterno", "Penn St"). A story is developing while its first report is under
6 hours old, it got 2 or more updates in the last 12 hours, or an older story just got a new report. A
draft that names a developing story of loss, conflict or blame (deaths, a firing, charges, a scandal) and
takes a stance (judgement, blame, a rhetorical question, insult, joke, sarcasm, profanity) is held with the
story's headline, age and update count (after deaths, plain condemnation is not held; mockery, blame,
insults and loaded questions are). A stance on a happy story, words of sympathy, a name that is also an
everyday word ("Aurora" with nothing else of the story), opinion markers, swearing and promotion get a
review; plain facts and sympathy get an info note. While deaths are fresh news (a shooting, an attack, a
disaster or a crash reported in the last 48 hours), a post that names the story or speaks of the deaths in
words that are neither sympathy, an apology, practical help nor a sourced report gets a review even when no
stance word shows: jabs, jokes and political points are phrased in too many ways to list, and the bereaved
read them first; a person's words naming someone whose death (not a killing) is the news, with no stance
word at all, read as a tribute, as do past-tense praise of the dead, a thank-you to them by name and the
words of a remembrance from anyone ("was such a wonderful actor", "Thank you, Charles.", "a poignant day",
"one of the truly great talents of our time"; not "was a great singer, but ..."); a wink inside such a tribute
to someone who died (not killed) is a colleague remembering, not a hot take ("was one of the funniest ... If
there's a heaven he has a Golden Ticket ;^)"). What responders found and what an accident led to ("we found
a man, who killed himself", "has resulted in multiple fatalities") are plain reports. Judging the convicted
once a court has ruled ("found guilty") and grief
with a judgement of the act after an attack ("prayers for those hurt; what is wrong with people") get a review
at most; prayers mocked after a shooting ("had the prayers shot right out of them") are a political point.
Fix: state only confirmed facts, or wait until the story has settled.
Fires (hold) on "Blake is an idiot" three hours after "Senator Blake indicted on fraud charges"; does not fire
on the same words two days later, when the story has settled.
A flight or route number of a fresh crash repeated ("the people on 418") names the story; a court's outcome
reported ("has been sentenced to", "the court heard") and a correction ("an earlier post said ... that was
wrong") are plain reports.
A loss mourned ("losing a legend like X"), the dead missed ("the game will miss him"), a thank-you to the dead
by name for what they gave ("Thanks Arnold for your friendship") and relief that people are safe read as
sympathy; a post corrected by its own account ("Previous tweet should have read ...") is a plain report; a
news channel watched ("on CNN") is no political point, a jab at it still is.
A storm only warned of ("red weather warning as Storm X heads for Ireland") has hurt nobody yet: a joke about
it is no comment on deaths; once a report tells harm done, it is. Authorities searching, in Indonesian ("pihak
berwenang ... operasi pencarian"), is a plain report.
A quake or storm whose every report says nobody was hurt ("no deaths reported") gives no fresh deaths either.
The gun debate's "good guy with a gun" ("had someone been armed they could have stopped him") and the police
debate's slogans ("#backtheblue", "Black Lives Matter") are political points while deaths are fresh; "too much
bloodshed, too many lives taken" and "a tough, emotional 24 hours" are grief.
Sympathy turned to a point still makes one: "my thoughts are with the families. However I can't help thinking
this is wonderful timing for the politicians". The grief of those it happened to ("You never think it'll be
your school ... Why us?") is sympathy.
A career looked back on ("X reflects on the decorated career of Y"), solidarity and tears in French
("solidaires", "en larmes") and a site gone black in mourning ("Le site de L'Express en noir") are sympathy.
Shock, strength and support offered ("Very shocked for what happened in X. All my support to the city and
families", "stay strong Manchester"), asking whether people are safe ("Todos bien en México???"), sorrow in
Catalan ("Quina tristesa ... Molta força a tots els afectats"), dismay and thoughts in German ("kaum in Worte
zu fassen", "Alle Gedanken sind bei ...") and a friend gone ("Nos deja un amigo", "sentido pésame") are
sympathy.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        found = list(self._hot_takes(draft, ctx))
        if not any(f.severity >= Severity.REVIEW for f in found):
            # an info note ("plain facts") gives way when the words are not plainly sympathy or facts
            found = list(self._fresh_deaths_comment(draft, ctx)) or found
        yield from found

    def _fresh_deaths_comment(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        """A post that speaks of deaths still fresh in the news (names the story, uses its tragedy words)
        in words that are neither sympathy, an apology, practical information nor a plain report: the stance
        words may have missed a jab, a joke or a political point, and the bereaved read it first. Review."""
        news = ctx.news
        if news is None:
            return
        grave = sorted(fresh_deaths(news.stories, ctx.at), key=lambda s: ctx.at - s.last_updated)
        if not grave:
            return
        headlines = {s.headline for s in grave}
        # the draft names one of those stories, or itself speaks of deaths, an attack, a disaster ...
        refs = [r for r in tragedy_refs(draft, ctx)
                if (r.source in ("news", "topic") and r.label in headlines)
                or (r.source == "draft" and r.category in VIOLENT)]
        # ... or repeats its flight or route number ("the people on 418 got there early for once lol")
        refs = refs or [TragedyRef("news", m.story.tragedy or "death", m.story.headline, m.start, m.end)
                        for m in numbers_shared(draft.text, grave)]
        if not refs:
            return
        stance = analyze(draft.text)
        if stance.supportive or stance.apologises or stance.of("paused"):
            return
        if stance.of("condemnation") and not stance.takes_stance:
            return  # "it's sick how these cowards think": the attackers condemned, no jab at anyone else
        if TRIBUTE_RE.search(draft.text) and not stance.takes_stance and not stance.promotes:
            return  # "Adam West was such a wonderful actor", "A poignant day at Old Trafford"
        # practical or sourced words, unless the post also judges, blames, mocks or jokes ("22 dead. Don't
        # you even dare")
        if (FACTUAL.search(draft.text) or PLAIN_RE.search(draft.text)) and not stance.takes_stance:
            return
        ref = next((r for r in refs if r.source != "draft"), refs[0])
        story = next((s for s in grave if s.headline == ref.label), grave[0])
        # a person's words about someone whose death (not a killing) is the news, with no jab, joke, sale or
        # opinion in them, are a tribute in words the stance lexicon does not know ("Adiós a una leyenda")
        # (a wink inside a tribute too: "one of the funniest ... he has a Golden Ticket ;^)")
        winks = TRIBUTE_RE.search(draft.text) is not None and stance.kinds() <= {"joke"}
        if draft.account_kind != "brand" and (not stance.summary() or winks) \
                and _named_death(story.headline, draft.text[ref.start:ref.end]):
            return
        age = story.age(ctx.at)
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"Speaks of a tragedy that is fresh news (\u201c{story.headline}\u201d, "
            f"{format_age(age)} ago) without words of sympathy or plain facts. Read it as the bereaved "
            "would: a jab, a joke or a political point here is what gets screenshotted.",
            span=Span(ref.start, ref.end),
            fix="Today, keep to sympathy, practical help and confirmed facts; say the rest after "
                f"{format_when(story.last_updated + FRESH_DEATHS)}, if at all.",
            evidence={"headline": story.headline, "story_age_minutes": int(age.total_seconds() // 60),
                      "matched": draft.text[ref.start : ref.end], "how": "fresh deaths",
                      "stance": ", ".join(stance.summary())},
        )

    def _hot_takes(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        news = ctx.news
        if news is None or not news.stories:
            return
        live = story_view(news, ctx.at, "developing", developing)
        if not live:
            yield from self._politicised(draft, ctx, list(news.stories))
            return
        named = [m for m in stories_named(news, draft.text) if m.story in live]
        sure = {m.story.id for m in named if _unambiguous(m) or _surname(m, draft.text)}
        # a word with other meanings ("Aurora" borealis) needs a second name of the same story to be sure
        seen: dict[str, set[str]] = {}
        for m in named:
            # "#aurora" and "aurora" are one name
            seen.setdefault(m.story.id, set()).add(m.name.lstrip("#").replace(" ", ""))
        sure |= {sid for sid, names in seen.items() if len(names) >= 2}
        unsure = [m.story for m in named if m.story.id not in sure]
        if unsure:  # ... or a word its reports use ("Aurora shooting")
            sure |= {t.story.id for t in stories_by_topic(news, draft.text, unsure)}
        matches = best_per_story(named)
        if not matches:
            # no name, but a tragedy word its reports use ("terrorism" hours after an attack): review at most
            matches = best_per_story(stories_by_topic(news, draft.text, [s for s in live if s.tragedy]))
            if not matches:
                yield from self._politicised(draft, ctx, list(news.stories))
                return
            stance = analyze(draft.text)
            if not (stance.takes_stance or stance.leans):
                return
        else:
            stance = analyze(draft.text)
        for m in matches[:MAX_FINDINGS]:
            yield self._finding(m, stance, ctx, draft.text, sure=m.story.id in sure)

    def _politicised(self, draft: Draft, ctx: Context, live: list[Story]) -> Iterator[Finding]:
        """A person's political point while deaths are fresh news, even without naming the story: guns,
        borders, parties, blame ("We need the travel ban", "no gun debate because they used knives")."""
        grave = fresh_deaths(live, ctx.at)
        if not grave or draft.account_kind != "person":
            return
        stance = analyze(draft.text)
        m = POLITICAL_RE.search(draft.text)
        if m is None and (stance.takes_stance or stance.leans):
            m = POLITICAL_ACTOR_RE.search(draft.text)
        if m is None:
            return
        turn = _TURN.search(draft.text, 0, m.start())
        if (stance.supportive or stance.apologises) and not stance.takes_stance and turn is None:
            return  # sympathy, or the writer's own apology ("I should not have used a profanity to ...")
        story = grave[0]
        age = story.age(ctx.at)
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"Makes a political point (\u201c{m.group()}\u201d) while deaths are fresh news: "
            f"\u201c{story.headline}\u201d broke {format_age(age)} ago. It will be read as politicising a "
            "tragedy.",
            span=Span(m.start(), m.end()),
            fix=f"Wait until {format_when(story.first_seen + SETTLE_AFTER)}; today, keep to sympathy and "
                "facts.",
            evidence={"headline": story.headline, "story_age_minutes": int(age.total_seconds() // 60),
                      "matched": m.group(), "how": "political", "stance": ", ".join(stance.summary())},
        )

    def _finding(self, m: NameMatch, stance: Stance, ctx: Context, text: str, *, sure: bool) -> Finding:
        story = m.story
        age = story.age(ctx.at)
        settle = format_when(story.first_seen + SETTLE_AFTER)
        latest = story.items[-1].title
        evidence = {
            "headline": story.headline,
            "latest_headline": latest,
            "story_age_minutes": int(age.total_seconds() // 60),
            "updates": story.update_count,
            "updates_last_12h": recent_updates(story, ctx.at),
            "first_seen": story.first_seen.isoformat(),
            "matched": m.text,
            "name": m.name,
            "how": m.how,
            "stance": ", ".join(stance.summary()),
        }
        n = story.update_count
        story_txt = (
            f"\u201c{story.headline}\u201d broke {format_age(age)} ago ({n} report{'s' if n != 1 else ''}"
        )
        story_txt += f", latest: \u201c{latest}\u201d)" if latest != story.headline else " so far)"
        span = Span(m.start, m.end)
        # words of sympathy next to a judgement ("praying for them; disgusting") read as grief, not a hot take
        # after a tragedy, judging it ("sickening") is the common reaction; mockery, blame and loaded
        # questions are the hot takes
        # ... and so is judging the convicted once a court has ruled ("the disgrace of X's behaviour" after
        # "X found guilty"): the facts are settled, the judgement is no hot take
        settled = story.tragedy in VIOLENT or _VERDICT_RE.search(story.headline) is not None
        hot = stance.kinds() & (STRONG - {"judgement"} if settled else STRONG)
        # a tribute with a wink on the natural death of someone the draft names ("was one of the funniest ...
        # If there's a heaven he has a Golden Ticket ;^)") is how a colleague remembers, not a hot take
        tribute = (hot <= {"joke"} and not stance.promotes and TRIBUTE_RE.search(text) is not None
                   and _named_death(story.headline, m.text))
        if tribute:
            hot = set()
        # sorrow ("Manchester, I'm so sorry") or a civic ask ("call your senator") makes it a review at most
        if hot and sure and sensitive(story) and not (stance.supportive or stance.apologises) \
                and not _CIVIC.search(text) and not _COUNTER_CLAIM.search(text):
            strong = [k.replace("_", " ") for k in stance.summary() if k in STRONG]
            return Finding(
                code=self.code,
                check=self.name,
                severity=Severity.HOLD,
                message=f"Takes a stance ({', '.join(strong)}) on a story that is still developing: "
                f"{story_txt}.",
                span=span,
                fix=f"State facts only, or wait until {settle} when the story has settled.",
                evidence=evidence,
            )
        # an apology that judges the writer's own act ("my joke was in bad taste") is contrition, not a take
        opinionated = (stance.takes_stance and not stance.contrite(text)) or stance.promotes
        # grief with a judgement after an attack ("Prayers go out to those hurt. WTF is wrong with people"):
        # the judgement is of the act, the words are sympathy
        if story.tragedy in VIOLENT and stance.supportive and not stance.promotes \
                and stance.kinds() & STRONG <= {"judgement"} \
                and not (POLITICAL_RE.search(text) or POLITICAL_ACTOR_RE.search(text)):
            opinionated = False
        # without a take or a sale: a correction or a plain report with a passing "awful", an apology by
        # someone the story is about ("I apologise for my huge mistake; I feel terrible"), sympathy
        excused = not opinionated and (
            PLAIN_RE.search(text) is not None or stance.apologises or stance.supportive)
        # a mild opinion on good news ("Glad you never quit. Congrats #Avengers" on a box-office record) is no
        # hot take: only a tragedy or a story of conflict or blame (`sensitive`) makes one of it
        if (opinionated or stance.leans) and not excused and not tribute \
                and (stance.takes_stance or sensitive(story)):
            what = "an opinion or a promotion" if stance.promotes else "an opinion"
            where = "what seems to be a story" if m.how == "topic" else "a story"
            return Finding(
                code=self.code,
                check=self.name,
                severity=Severity.REVIEW,
                message=f"Leans toward {what} on {where} that is still developing: {story_txt}.",
                span=span,
                fix=f"Check the latest reports first; keep to confirmed facts until {settle}.",
                evidence=evidence,
            )
        return Finding(
            code=self.code,
            check=self.name,
            severity=Severity.INFO,
            message=f"Mentions a story that is still developing: {story_txt}. Facts may change.",
            span=span,
            fix="Keep to what is confirmed and link the source.",
            evidence=evidence,
        )
