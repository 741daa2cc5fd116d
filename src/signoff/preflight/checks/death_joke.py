"""SO106: a joke about death, violence, war, disaster or grave illness."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import normalise, words

_B, _E = r"(?<![\p{L}\d])", r"(?![\p{L}])"
#: Words for death, killing, war, atrocity, disaster and grave illness that are rarely figures of speech.
GRAVE = (
    r"killed|murder(?:ed|s|er|ers)?|suicides?|bombings?|bombed|massacres?|genocide|holocaust|terrorists?|"
    r"terrorism|9/11|hitler|nazis?|funerals?|coffins?|corpses?|dead\s+bodies|death\s+toll|"
    r"(?:\d+|people|kids|children|soldiers|civilians|passengers)\s+(?:dead|died|killed)|cancer|aids|hiv|"
    r"ebola|rape[ds]?|slavery|slaves|famine|tsunami|earthquakes?|hurricanes?|miscarriages?|"
    r"drone\s+strikes?|air\s?strikes?|(?:mass|school|church)\s+shootings?|shootings|gunm[ae]n|"
    r"(?:plane|car|train)\s+crash(?:es)?|(?:war|death)\s+crimes?|world\s+war|civil\s+war|nuclear\s+war|"
    r"ww\s?(?:i{1,2}|[12])|"
    r"the\s+war|at\s+war|executions?|beheadings?|lynch(?:ed|ing)|overdosed?|"
    # other languages: death, dead, war, attack, massacre, earthquake
    r"muert[eo]s?|asesinad[oa]s?|guerra|atentados?|masacre|terremoto|morts|attentats?|guerre|tuerie|"
    r"s[ée]isme|tote[nr]?|krieg|anschlag|massaker|erdbeben|vittime|strage|mortos|tiroteio"
)
#: An official body joking about force: "we bomb", "drop bombs", "taken out".
FORCE = r"bombs?|nuke[ds]?|kill(?:s|ing)?|strikes?|dead|die[ds]?|shoot(?:s|ing)?|shot|targets?"
JOKE = (r"lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|j/k|(?:just|only)\s+(?:kidding|joking)|pun\s+intended|"
        r"too\s+soon\??|#toosoon|#jokes?|get\s+it\?|xd|[😂🤣😆😹😜😝😛😉😏]|;-?\)|:-?p")
_GRAVE_RE = regex.compile(rf"{_B}(?:{GRAVE}){_E}")
_FORCE_RE = regex.compile(rf"{_B}(?:{FORCE}){_E}")
#: The German article: "die" followed by a capitalised noun.
_ARTICLE_RE = regex.compile(r"[Dd]ie\s+\p{Lu}\p{Ll}")
_JOKE_RE = regex.compile(rf"(?:{_B}(?:{JOKE})(?![\p{{L}}]))|[😂🤣😆😹😜😝😛😉😏]")
#: Figures of speech that contain a grave word: "killed it", "bath bomb", "photo shooting".
_IDIOMS = regex.compile(
    r"(?<![\p{L}])(?:killed\s+(?:it|me|the\s+game)|(?:bath|photo|da|the)\s+bombs?|photobomb\w*|"
    r"killing\s+(?:it|me)|(?:i'?m|im|i\s+am|literally)\s+(?:dead|dying)|dying\s+(?:laughing|of\s+laughter)|"
    r"dead\s+(?:serious|tired|ass|wrong|on)|deadline|kill\s+(?:it|me)|to\s+die\s+for|killer\s+(?:deal|look)|"
    r"cancer\s+(?:research|awareness|survivors?|patients?|charity|screening)|star\s+wars|price\s+war|"
    r"murder\s+(?:mystery|podcast|she\s+wrote)|dad\s+jokes?)(?![\p{L}])"
)
#: Laughing at a harm itself: "that crash is hilarious", "the funeral was comedy gold", "the pileup is the
#: funniest thing", "at least they died having fun".
_HARM = (r"crash(?:es)?|accidents?|injur(?:y|ies)|collisions?|shootings?|explosions?|funerals?|deaths?|"
         r"wrecks?|pile-?ups?|collapses?")
_LAUGH = r"hilarious|funny|comedy(?:\s+gold)?|priceless|lol|lmf?ao"
_LAUGH_AT_RE = regex.compile(
    rf"{_B}(?:(?:{_HARM})\s+(?:is|was|are|were)\s+(?:so\s+|just\s+|absolutely\s+|really\s+|pretty\s+)?(?:{_LAUGH})|"
    rf"(?:{_HARM})[^.!?]{{0,60}}?(?:is|was)\s+the\s+funniest\s+thing|(?:{_HARM})[^.!?]{{0,60}}?can'?t\s+stop\s+laughing|"
    # a silver lining found in deaths: "on a positive note ... at least they died having fun"
    rf"at\s+least\s+(?:they|he|she|the\s+\w+)\s+died\s+(?:having\s+fun|happy|doing|laughing|together|quickly)|"
    rf"(?:on\s+a\s+positive\s+note|look\s+on\s+the\s+bright\s+side|silver\s+lining)[^.!?]{{0,60}}?"
    rf"(?:died|dead|killed|deaths?)){_E}"
)
#: A war or an atrocity made a meme hashtag: "#justWWIthings", "#justwarthings".
_MEME_RE = regex.compile(r"(?i)#just(?:ww(?:i{1,3}|[123])|worldwar\w*|war|trench|nazi|holocaust|terror\w*|"
                         r"genocide|bomb\w*)things")
#: A named atrocity or disaster made the figure of speech for a game, a loss or a bad day: "the match was the
#: 9/11 of football", "this defeat is our Hiroshima", "축구계의 세월호" (the Sewol ferry of football). Only
#: beside such a trivial subject: "the Mumbai attacks were India's 9/11" compares like with like.
_ATROCITY = (r"9/11|hiroshima|nagasaki|chernobyl|holocaust|auschwitz|pearl\s+harbou?r|columbine|sandy\s+hook|"
             r"titanic\s+disaster|sewol|kristallnacht|srebrenica|dresden\s+1945")
_METAPHOR_RE = regex.compile(
    rf"(?i){_B}(?:(?:the|a|an)\s+(?:{_ATROCITY})\s+of\s+(?:the\s+)?\p{{L}}+|(?:our|my|their|his|her|your|its|"
    rf"\p{{L}}+['’]s)\s+(?:(?:own|personal|little|very)\s+){{0,2}}(?:{_ATROCITY})(?:\s+moment)?(?!\s*\p{{L}})|"
    rf"(?:like|as\s+bad\s+as)\s+(?:a\s+|the\s+)?(?:{_ATROCITY})(?!\s*\p{{L}})|"
    # a comparative: "emptier than Dresden 1945", "leerer als Dresden 1945", "peor que Hiroshima"
    rf"\p{{L}}+(?:er|ier)\s+(?:than|als|que|di)\s+(?:{_ATROCITY})(?!\s*\p{{L}})|"
    # the same in Spanish, Portuguese, Italian and French: "el Holocausto del fútbol español"
    rf"(?:el|la|il|le|o|a)\s+(?:holocausto|olocausto|holocauste|hiroshima|chern[oó]b[iy]l|tchernobyl)\s+"
    rf"(?:del?|du|della|dello|do|da)\s+\p{{L}}+){_E}|"
    r"\p{Hangul}+의\s?세월호|세월호를?\s?(?:보는|지켜보는)\s?듯"
)
#: Someone or something measured against the Nazis: "has done more damage than the swords of the Nazis",
#: "they are the new Gestapo", "worse than Hitler" (a political point made by trivialising an atrocity).
_NAZI_COMPARED_RE = regex.compile(
    rf"(?i){_B}(?:(?:worse|more\s+damage|more\s+harm|more\s+dangerous|more\s+evil|deadlier)\s+[^.!?]{{0,40}}?"
    rf"(?:than|then)\s+(?:[^.!?]{{0,30}}?\s)?(?:the\s+)?(?:nazis|hitler|the\s+holocaust)|(?:is|are)\s+(?:the\s+new|"
    rf"just\s+like\s+the|like\s+the|no\s+better\s+than\s+the)\s+(?:nazis|gestapo|ss)|(?:is|are)\s+(?:the\s+new|a\s+new|"
    rf"another)\s+hitler|(?:like|as)\s+(?:a\s+)?(?:little\s+|mini\s+|tin-?pot\s+)?(?:hitler|f[üu]hrer)|"
    rf"(?:is|are)\s+(?:just\s+)?(?:the|a|his|her|their)\s+(?:own\s+|new\s+|modern\s+)?(?:gestapo|ss)(?![\p{{L}}])|"
    # the camp gate's words as a jab ("Mer tysk arbetsmarknad vill Borg ha. Arbeit macht frei"), not a camp's
    # history told (see _CAMP_TOLD)
    rf"arbeit\s+macht\s+frei){_E}"
)
#: The camps' history told or remembered: the gate's words are then history, not a figure of speech.
_CAMP_TOLD = regex.compile(r"(?i)(?<![\p{L}])(?:auschwitz|dachau|sachsenhausen|buchenwald|camps?|gate|sign|"
                           r"memorial|museum|remember\w*|holocaust|survivors?|liberat\w*|visit\w*|lager|tor|gedenk\w*)(?![\p{L}])")
_TRIVIAL_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:match(?:es)?|games?|loss|lost|defeat(?:ed)?|football|soccer|basketball|baseball|cricket|"
    r"rugby|hockey|team|season|league|final|cup|goals?|score|fashion|hair(?:cut)?|outfit|album|episode|exams?|"
    r"diet|weekend|monday|party|prices?|sales?|traffic|commute|wifi|coffee|pizza|burger|lunch|dinner|"
    r"performance|gig|concert|fans?|losing|lose|beaten|home|away|f[uú]tbol|futebol|calcio|partido|partita|"
    r"jogo|equipo|squadra|time|liga|match|[ée]quipe|fridge|roommate|flatmate|kitchen|homework|laptop|phone|"
    r"hangover|inbox|printer|k[üu]hlschrank|spiel|mannschaft|nevera|frigo)(?![\p{L}])|축구|경기|야구|대표팀|배구|농구"
)
_METAPHOR_WORDS = frozenset({"9/11", "9", "11", "hiroshima", "nagasaki", "chernobyl", "holocaust",
                             "auschwitz", "harbor", "harbour", "columbine", "hook", "titanic", "sewol",
                             "kristallnacht", "srebrenica", "nazis", "hitler", "gestapo", "ss", "holocausto",
                             "olocausto", "holocauste", "chernobil", "tchernobyl", "fuhrer", "führer",
                             "dresden", "arbeit"})
_LAUGH_WORDS = frozenset({"hilarious", "funny", "funniest", "comedy", "priceless", "lol", "lmao", "lmfao",
                          "laughing", "least", "positive", "bright", "lining"})
TRIGGERS_JOKE = frozenset({"lol", "lmao", "lmfao", "rofl", "jk", "j", "kidding", "joking", "pun", "soon",
                           "toosoon", "joke", "jokes", "get", "xd", "p"})
FIX = ("Drop the joke. Jokes about deaths, violence and disasters are read by the people who lived "
       "through them; if it must be said, ask someone outside the team how it reads first.")


def _has_joke(text: str, vocab: frozenset[str]) -> bool:
    return (not vocab.isdisjoint(TRIGGERS_JOKE) or any(w.startswith(("haha", "hehe", "jaja")) for w in vocab)
            or any(ch in text for ch in "😂🤣😆😹😜😝😛😉😏") or ";)" in text or ";-)" in text)


class DeathJokeCheck:
    code = "SO106"
    name = "death-joke"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Finds jokes about death, killing, war, atrocities, disasters and grave illness: a grave word (killed,
bombing, massacre, genocide, 9/11, cancer, earthquake, "20 dead"; also in Spanish, French, German,
Italian and Portuguese) next to a joke marker (lol, haha, "too soon?", "pun intended", 😂, 😉). On an
official or brand account (armed forces, police, public bodies, companies), jokes about bombs, strikes,
killing or the dead count too. Figures of speech ("killed it", "bath bomb", "I'm dead 😂", "to die
for") do not count. It is a review: gallows humour lands sometimes, but never with the people who lived
through it. Laughing at a harm itself ("that crash is hilarious", "at least they died having fun") and a war
made a meme hashtag ("#justWWIthings") count without a joke marker, and so does a named atrocity made
the figure of speech for a game or a bad day ("the 9/11 of football", "this defeat is our Hiroshima"), or
the yardstick of a political point ("has done more damage than the Nazis", "they are the new Gestapo",
"like a little Hitler"), also in Spanish, Portuguese, Italian and French ("el Holocausto del fútbol").
Fires on "Hurricane season is here, at
least the surfing is good lol"; does not fire on "Our thoughts are with everyone affected by the hurricane."
Fix: drop the joke.
The figure of speech also counts as a comparative ("emptier than Dresden 1945", "leerer als Dresden 1945")
and after "my own personal".
The camp gate's words as a jab ("Mer tysk arbetsmarknad vill Borg ha. Arbeit macht frei") get a review; the
camps' history told or remembered ("the Arbeit macht frei sign at Auschwitz") does not.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        vocab = words(text).set
        meme = _MEME_RE.search(text) if "#just" in text.lower() else None
        if meme or not vocab.isdisjoint(_LAUGH_WORDS):
            norm = normalise(text)
            laugh = meme or _LAUGH_AT_RE.search(norm.text)
            if laugh:
                span = Span(*meme.span()) if meme else norm.span(laugh.start(), laugh.end())
                typed = text[span.start:span.end]
                yield Finding(
                    code=self.code, check=self.name, severity=Severity.REVIEW,
                    message=(f"\u201c{typed}\u201d makes a meme of a war or an atrocity; those who lived "
                             "through it, and their families, will read it." if meme else
                             f"\u201c{typed}\u201d laughs at people being hurt; the people hurt, and those "
                             "who care about them, will read it."),
                    span=span, fix=FIX,
                    evidence={"matched": typed, "joke_marker": "",
                              "kind": "war-meme" if meme else "laughing-at-harm"},
                )
                return
        if not vocab.isdisjoint(_METAPHOR_WORDS) or "세월호" in text:
            metaphor = _METAPHOR_RE.search(text)
            if not (metaphor and _TRIVIAL_RE.search(text)):
                metaphor = _NAZI_COMPARED_RE.search(text)
                if metaphor and metaphor.group().lower().startswith("arbeit") and _CAMP_TOLD.search(text):
                    metaphor = None
            if metaphor:
                yield Finding(
                    code=self.code, check=self.name, severity=Severity.REVIEW,
                    message=(f"\u201c{metaphor.group()}\u201d makes a tragedy the figure of speech for "
                             "something trivial; the people who lived through it, and their families, "
                             "will read it."),
                    span=Span(*metaphor.span()), fix=FIX,
                    evidence={"matched": metaphor.group(), "joke_marker": "", "kind": "trivialised-atrocity"},
                )
                return
        if not _has_joke(text, vocab):
            return
        norm = normalise(text)
        low = norm.text
        joke = _JOKE_RE.search(low)
        if joke is None:
            return
        idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(low)]
        patterns = [_GRAVE_RE] + ([_FORCE_RE] if draft.account_kind == "brand" else [])
        for pattern in patterns:
            for m in pattern.finditer(low):
                if any(s <= m.start() < e for s, e in idioms):
                    continue
                if m.group() == "die" and _ARTICLE_RE.match(norm.original_slice(m.start(), len(low))):
                    continue  # German "die" before its noun: "Die Nachbarschaft", "die Polizei"
                span = norm.span(min(m.start(), joke.start()), max(m.end(), joke.end()))
                grave, marker = norm.original_slice(m.start(), m.end()), norm.original_slice(*joke.span())
                yield Finding(
                    code=self.code, check=self.name, severity=Severity.REVIEW,
                    message=f"This jokes about \u201c{grave}\u201d (\u201c{marker}\u201d); people who lived "
                    "through it will not read it as a joke" + (", least of all from an official account."
                                                               if draft.account_kind == "brand" else "."),
                    span=Span(span.start, span.end), fix=FIX,
                    evidence={"matched": grave, "joke_marker": marker,
                              "kind": "grave-word" if pattern is _GRAVE_RE else "force-word"},
                )
                return
