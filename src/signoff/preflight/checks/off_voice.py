"""SO304: off-voice for a brand: sexual innuendo, body shaming, borrowed meme slang, partisan jabs; for
anyone, mocking other people's bodies."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.checks.newsjacking_words import FACTUAL
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.stance import analyze
from signoff.preflight.text import Normalised, hashtags, normalise

_B, _E = r"(?<![\p{L}\d])", r"(?![\p{L}\d])"
#: Sexual words and phrases a brand's feed never needs.
SEXUAL = (r"sex|sexy|sexting|horny|orgasms?|porn|porno|nsfw|boobs|tits|titties|booty\s+call|naked|nude|nudes|"
          r"get(?:ting)?\s+laid|in\s+bed\s+with\s+(?:you|me)|blow\s?jobs?|hand\s?jobs?|happy\s+ending|"
          r"balls\s+deep|deep\s?throat|size\s+matters|la\s+taille,?\s+(?:[çc]a\s+)?compte|el\s+tama[ñn]o\s+(?:s[ií]\s+)?"
          r"importa|la\s+grandezza\s+conta|gr[öo](?:ß|ss)e\s+z[äa]hlt|o\s+tamanho\s+importa|"
          r"go(?:es|ing)?\s+down\s+on|spread\s+(?:your|those|'?em)\s+"
          r"legs|quickie|kinky|fetish|bdsm|dtf|vibrators?|dildos?|sex\s+toys?|morning\s+wood|mile[\s-]high|"
          r"good\s+screw|goes?\s+down\s+(?:easy|smooth)|who'?s\s+your\s+daddy|zadd(?:y|ies)|"
          r"netflix\s+and\s+chill|mile\s+high\s+club|milfs?|thicc|"
          r"that'?s\s+what\s+she\s+said|twss|if\s+you\s+know\s+what\s+i\s+mean|wink\s+wink|(?:69|sixty[\s-]nine)"
          r"(?:\s+position)?|come\s+(?:on|all\s+over)\s+(?:me|my|your)|make\s+you\s+(?:moan|scream|wet|hard)|"
          r"(?:hard|wet)\s+(?:all\s+night|for\s+(?:you|me))|sexual\s+(?:energy|tension|frustration)|shagg?(?:ing|ed)|"
        r"beaver|penis(?:es)?|vaginas?|boners?|erections?|lick\s+(?:it|me|my)|suck\s+(?:it|on\s+(?:it|my|"
          r"these|this))|ride\s+(?:it|me)\s+(?:all|hard)|stiff\s+one|bust\s+a\s+nut|whips?\s+it\s+out|"
          r"sh(?:o|oo)t\s+(?:his|her|their|my|your|its)\s+(?:whole\s+)?wad|bl(?:ew|ow|own)\s+(?:his|their|my|your)\s+load")
#: The same in other languages (folded: "Titten", "tetas", "nichons", "tette", "tieten"), and in Japanese and
#: Korean, which run words together ("おっぱい", "エロ", "섹스").
SEXUAL_OTHER = r"titten|ficken|tetas|follar|nichons|tette|scopata|scopate|tieten|neuken|foder|transar"
_SEXUAL_RE = regex.compile(rf"(?i){_B}(?:{SEXUAL}|{SEXUAL_OTHER}){_E}|"
                           r"おっぱい|オッパイ|エロ(?!ー|ス|ン)|セックス|巨乳|섹스|야동")
#: A joke set-up about women (or wives, blondes): "What do a good bar and a good woman have in common?".
_SEXIST_JOKE_RE = regex.compile(
    r"(?i)(?:what|why|how)\s+(?:do|does|did|is|are|can|should)\b[^?]{0,60}\b(?:women|woman|wives|wife|girls?|"
    r"blondes?|girlfriends?)\b[^?]{0,60}\?.{0,80}?(?:#\w*jokes?\b|\b(?:lol|lmao|haha\w*)\b|[😂🤣😏😉]|"
    r"in\s+common\?|!)"
)
_INNUENDO_EMOJI = regex.compile(r"[🍆💦🍑👅]|😏.{0,40}(?i:hard|wet|long|thick|big|deep|balls|nuts|cream|load|"
                                r"melons|buns|package|stiff|rock|beaver|pussy|cock|wood|screw|bang|mount)|"
                                # ... or the smirk after the words: "bigger than you're used to ...
                                # handle it 😏", "nuestros melones ... 😏"
                                r"(?i:bigger\s+than\s+(?:you'?re|you\s+are)\s+used\s+to|handle\s+it|melon(?:es|s|i)?|"
                                r"grande\s+y\s+jugos[oa]|jugos[oa]|c[óo]metel[oa]|cent[íi]metros|centimetri|"
                                r"longue|dure|lungo|duro|dura|più\s+lungo|mangiatel[oa]|"
                                r"tocarl[oa]s|toucher|touch\s+(?:them|it)|sausage|saucisse|salchicha|wurst|package|"
                                r"thick|stiff).{0,60}?😏")
#: Body-shaming words aimed at people whoever posts them (SO304 reads them on every account).
_WORDS = r"whales?\s+(?:like|of\s+a)|thunder\s+thighs|flat[\s-]chested"
#: Mocking bodies: "too fat", "fat chicks", "thunder thighs", "beach body ready?" ("fat shaming" named as a
#: wrong, in an apology or a campaign against it, is not).
BODY = (r"(?:so|too|really|very)\s+fat|fat\s+(?:chicks?|girls?|guys?|people|ass(?:es)?|pigs?|cows?|slobs?|"
        rf"losers?)|fatty|fatso|lard\s?ass|{_WORDS}|muffin\s+tops?|"
        r"beach\s+body\s+ready|(?:ugly|hideous)\s+(?:girls?|women|people|face|chicks?|kids?)|"
        r"(?:real|proper)\s+women\s+have|no\s+(?:fat|ugly)\s+(?:chicks|girls|people)|(?:lose|drop)\s+the\s+"
        r"(?:weight|pounds|lbs)\s+(?:fatty|lazy)|(?:fat|skinny)[\s-]shame[sd]?(?![\p{L}-])|(?:a\s+little|some|more|bring\s+back)\s+(?:fat|body)[\s-]"
        r"shaming|(?:fat|body)[\s-]shaming\s+(?:works|is\s+(?:good|fine|needed|healthy|what))|get\s+a\s+real\s+body|"
        r"built\s+like\s+a\s+(?:fridge|whale|truck)|(?:but|has)\s+(?:a\s+)?(?:great|good|lovely)\s+personality|"
        r"flat\s+but|plus[\s-]size\s+(?:joke|lol)")
_BODY_RE = regex.compile(rf"(?i){_B}(?:{BODY}){_E}")
#: Mocking bodies aimed at people, off-voice for anyone (a person's own fitness talk, "beach body ready?" or
#: "I feel so fat today", is not): people named by their bodies ("fatties", "obese applicants", "a couple of
#: anorexics") and weight jokes at someone's expense ("the more you weigh ...", "too fat to ...").
_PEOPLE_NOUNS = (r"(?:chicks?|girls?|guys?|people|women|men|kids|children|folks|students|applicants|"
                 r"passengers|"
                 r"customers|americans|brits|mums|moms|wives|slobs?|pigs?|cows?|losers?)")
AIMED_BODY = (rf"(?<!(?:low|no|less|zero)\s)(?:fat|obese|ugly|hideous)\s+(?!free\b)(?:\w+\s+)?"
              rf"{_PEOPLE_NOUNS}|"
              r"fatties|fatsos?|fatty(?!\s+(?:acids?|foods?|liver|tissues?|fish|meats?|cuts?|deposits?))|lard\s?ass(?:es)?|"
              r"anorexics|bulimics|(?:the\s+)?(?:more|less)\s+(?:you|she|he|they)\s+weighs?|"
              r"too\s+fat\s+to|fat\s+and\s+(?:out\s+of\s+shape|ugly|lazy|disgusting|gross)|"
              rf"(?:dear|all|you|these|those)\s+(?:obese|fat)\b|{_WORDS}")
_AIMED_BODY_RE = regex.compile(rf"(?i){_B}(?:{AIMED_BODY}){_E}")
#: Slang borrowed from a community's own voice or a meme: once is a stretch for a brand, twice is a costume.
SLANG = (r"ok\s+boomer|bussin|sheesh+|digga|ehrenmann|zadd(?:y|ies)|"
         r"on\s+fleek|bae|ya+s+(?:\s+(?:queen|kween))?|slay(?:ed|ing|s)?|lit\s+af|\w+\s+af|finna|periodt?|"
         r"sksksk\w*|no\s+cap|it'?s\s+giving|and\s+i\s+oop|bruh+|savage|ratchet|ghetto|turnt|squad\s+goals|"
         r"bless\s+up|woke|spill\s+the\s+tea|the\s+tea|stan(?:s|ning)?|yeet|dank|ermahgerd|much\s+wow|"
         r"such\s+wow|on\s+god|deadass|bussin'?|ate\s+and\s+left\s+no\s+crumbs|mother\s+is\s+mothering|"
         r"gyat|rizz|skibidi|fanum|sus|big\s+mood|it\s+me|i\s+can'?t\s+even|fam|chile|shook|snatched|lewk|"
         r"boujee|thot|wig\s+(?:snatched|flew)|hunty|realness|throwing\s+shade|lmf?ao|#?petty|trolls?|"
         r"smh|tbh|ngl|irl|ffs|omg|wtf")
_SLANG_RE = regex.compile(rf"(?i){_B}(?:{SLANG}){_E}")
#: The ghettos of history are not slang: "the Łódź ghetto records", "the Warsaw Ghetto Uprising".
_HISTORIC_GHETTO = regex.compile(
    r"(?i)(?:(?:warsaw|[łl][óo]d[źz]|krak[óo]w|cracow|vilna|vilnius|riga|minsk|budapest|venice|terezin|"
    r"theresienstadt|lviv|lw[óo]w|bia[łl]ystok|kovno|kaunas)\s+)ghetto|ghetto\s+(?:records|uprising|archives?|"
    r"survivors?|walls?|liquidation|museum|memorial)"
)
_STRONG_SLANG = regex.compile(r"(?i)on\s+fleek|ya+s+\s+(?:queen|kween)|\bthot\b|\bghetto\b|\bratchet\b|hunty|"
                              r"ok\s+boomer|bussin|sheesh+|\bdigga\b|ehrenmann|zadd(?:y|ies)|"
                              r"\bgyat\b|skibidi|ermahgerd|wig\s+snatched")
#: Partisan politics: candidates, parties, slogans, "vote for ...".
POLITICS = (
    r"trump|biden|obama'?s?|obamas|hillary|clinton|kamala|pence|desantis|bernie|sanders|pelosi|"
    r"mcconnell|aoc|romney|boris\s+johnson|starmer|sunak|farage|corbyn|theresa\s+may|"
    r"republicans?|democrats?|gop|dems|tories|tory|libtards?|snowflakes|maga|make\s+america\s+great|"
    r"vote\s+(?:red|blue|them\s+out|trump|biden|leave|remain)|lock\s+(?:her|him)\s+up|impeach\w*|"
    # campaign slogans: "I'm with her", "Feel the Bern", "Not my president"
    r"feel\s+the\s+bern|not\s+my\s+president|never\s?trump|"
    r"election\s+(?:was\s+)?stolen|(?:election|electoral|voter|ballot)\s+fraud|rigged\s+(?:election|vote|ballots?)|drain\s+the\s+swamp|build\s+(?:the|a)\s+wall|fake\s+news|"
    # a jab at whoever governs by comparison or blame: "faster than Congress passes anything", "unlike certain
    # people in the White House", "a culpa é do governo", "#ForaMinistro", "vote them all out",
    # "proud to support X for governor"
    r"(?:faster|slower|longer|better|more\s+\w+|quicker)\s+than\s+(?:congress|parliament|the\s+government|the\s+white\s+"
    r"house|the\s+mayor|the\s+council|dit\s+kabinet|el\s+gobierno|o\s+governo|il\s+governo|die\s+regierung)|"
    r"(?:unlike|than)\s+(?:certain\s+people\s+in\s+)?the\s+white\s+house|(?:culpa|fault|schuld|colpa)\s+(?:[ée]\s+|es\s+|is\s+|"
    r"ist\s+|[èe]\s+)?(?:do|del|of\s+the|der|della)\s+(?:governo|gobierno|government|regierung)|#fora\w+|"
    r"vote\s+them\s+(?:all\s+)?out|proud\s+to\s+support\s+[\p{L}\s.]{2,40}?\s+for\s+(?:governor|mayor|senate|senator|"
    r"president|congress|council)|the\s+mayor['’]s\s+ideas|"
    # a jab at whoever governs: "unlike the leader of the opposition", "can't say the same for a certain PM"
    r"(?:unlike|can'?t\s+say\s+the\s+same\s+(?:for|about))\s+(?:the\s+|a\s+certain\s+|our\s+|some\s+)?(?:governor|mayor|"
    r"senator|minister|leader\s+of\s+"
    r"the\s+opposition|prime\s+minister|pm|president|chancellor|government|opposition|premier|ministers?|"
    r"politicians)|"
    r"vote\s+for\s+(?!(?:your|our|the|a|an|us|me|my|best|this|which|who|what|favou?rite)\b)"
)
_POLITICS_RE = regex.compile(rf"(?i){_B}(?:{POLITICS}){_E}")
_TAG_POLITICS = regex.compile(r"(?i)^(?:maga|kag|resist|gop|tcot|qanon|votered|voteblue)|maga|trump|biden|"
                              r"obama|hillary|kamala|libtard|democrat|republican|impeach|votethemout|lockherup|"
                              r"draintheswamp|buildthewall|brexit|imwithher|feelthebern|notmypresident")
#: A brand talking down to its critics: calling them names (haters, bots, bullies), telling them how to behave
#: ("do your research", "next time, reach out", "if you don't like it ..."), waving them off ("deal with it").
COMBATIVE = (
    r"haters|bots\s+and|(?:and|or)\s+bots|bull(?:y|ies)\s+(?:and|like)|(?:and|or)\s+bullies|whiners|"
    r"cry\s?bab(?:y|ies)|keyboard\s+warriors?|"
    r"next\s+time,?\s+(?:reach\s+out|ask|check|do|read|try|get|call)|do\s+your\s+(?:research|homework)|"
    r"get\s+your\s+facts\s+(?:right|straight)|learn\s+(?:to\s+read|how\s+to\s+read)|re-?read\s+(?:it|the|our|what)|"
    r"educate\s+yourself|deal\s+with\s+it|grow\s+up|"
    r"if\s+you\s+don'?t\s+like\s+(?:it|us|our)|(?:those|people|anyone)\s+who\s+(?:don'?t|do\s+not)\s+(?:like|get|"
    r"understand|agree)\w*|"
    r"that'?s\s+what\s+(?:journalists|reporters|professionals|adults|grown-?ups)\s+(?:typically\s+|usually\s+)?do|"
    r"not\s+our\s+(?:problem|fault)|you\s+(?:clearly|obviously)\s+(?:don'?t|didn'?t|haven'?t|can'?t)|"
    r"(?:please\s+)?stop\s+(?:complaining|whining)|"
    # a customer shown the door ("find a new hotel!", "take your business elsewhere"), critics told to lighten
    # up or called names ("stop taking things so seriously", "social justice warriors")
    r"find\s+(?:a\s+new|another|a\s+different)\s+(?:hotel|restaurant|bank|airline|provider|place|shop|store|"
    r"supplier|gym|bar|cafe|salon)|take\s+your\s+(?:business|custom|money)\s+elsewhere|(?:go|shop|eat|stay)\s+"
    r"elsewhere(?=\s*[.!,]|\s*$)|don'?t\s+(?:bother\s+)?com(?:e|ing)\s+back(?=\s*[.!,]|\s*$)|stop\s+taking\s+"
    r"(?:things|it|this|everything|yourselves|yourself|life)\s+so\s+seriously|lighten\s+up(?=\s*[.!,]|\s*$|,?\s+"
    r"(?:folks|people|guys|everyone|everybody|lads|mate))|(?:social\s+(?:media\s+)?)?justice\s+warriors?|"
    r"sjws?|"
    # a lecture opened at someone: "News flash @Senator: ...", "Newsflash, @critic"
    r"news\s?flash\s*[:,]?\s*@\w+"
)
_COMBATIVE_RE = regex.compile(rf"(?i){_B}(?:{COMBATIVE}){_E}")
#: A report's form, as a newsroom's account writes one: a label first ("AP review:", "Poll:", "Fact check:",
#: "To recap:"), a source named ("according to"), a headline's "... as Trump says ...".
_REPORT_FORM = regex.compile(
    r"(?i)^\W*(?:[\w.@]+\s+){0,2}(?:review|analysis|poll|survey|report|fact[\s-]?check|recap|update)\s*:|"
    r"^\W*to\s+recap\s*:|(?<![\p{L}])according\s+to(?![\p{L}])|"
    # a correction notice: "CORRECTION: ...", "(Corrects earlier tweet ...)", "We've deleted two tweets ..."
    r"^\W*correction\s*[:\-]|(?<![\p{L}])corrects\s+(?:an\s+|our\s+)?earlier|(?<![\p{L}])(?:we['’]ve|we\s+have)\s+"
    r"deleted\s+(?:\w+\s+){0,2}(?:tweets?|posts?)|"
    r"(?<![\p{L}])(?:as|after|when)\s+(?-i:\p{Lu})[\p{L}'’-]+\s+(?:says|said|claims|tweets)(?![\p{L}])")
#: A rude gesture: the middle-finger emoji (with any skin tone) aimed at anyone.
_GESTURE_RE = regex.compile("\U0001F595")
#: Rape and sexual assault as a figure of speech or a joke ("just got sexually assaulted" in a hockey game,
#: "twit-rape"); a brand's report of a crime or support for survivors is practical (FACTUAL) or sympathy.
_SEXUAL_VIOLENCE_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:[\p{L}]+-)?(?:rape[ds]?|raping|sexually\s+assault(?:ed|ing)?|molest(?:ed|ing)?)(?![\p{L}])")
_KINDS = {"sexual": "a sexual joke or innuendo", "body-shaming": "mocking someone's body",
          "meme-slang": "slang borrowed from a community or meme", "partisan": "partisan politics",
          "combative": "talking down to critics or customers", "gesture": "a rude gesture",
          "sexual-violence": "sexual violence used as a figure of speech or a joke"}


#: Condolences in so many words: a party's condolences may name the party.
_CONDOLENCES_RE = regex.compile(r"(?i)(?<![\p{L}])(?:condolences|(?:deepest|heartfelt)\s+sympath(?:y|ies)|"
                                r"thoughts\s+and\s+prayers|our\s+(?:thoughts|hearts|prayers)\s+(?:are|go))(?![\p{L}])")

class OffVoiceCheck:
    code = "SO304"
    name = "off-voice"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
On a brand account, finds what is off-voice for almost any brand: sexual jokes and innuendo ("that's
what she said", 🍆, "wink wink", "size matters"; sexual words in German, Spanish, French, Italian,
Dutch, Portuguese, Japanese and Korean, "おっぱい"), body shaming ("too fat", "beach body ready?",
"thunder thighs"), slang borrowed from a community's voice or a meme ("on fleek", "yaas queen", or two
terms like "bae" and "lit af"), partisan politics (candidates, parties, slogans, "vote for ..."; not a party's
own condolences that
name it), talking
down to critics ("no time for haters", "do your research", "next time, reach out to us first"), the
middle-finger emoji, and rape or
sexual assault used as a figure of speech ("our striker just got sexually assaulted"; a report of a crime
or support for survivors is fine).
Each gets a review. On a person's account only mocking other people's bodies is flagged ("Dear obese
applicants", "a couple of anorexics", "the more you weigh ..."): a person's own fitness talk ("beach body
ready?", "I feel so fat today") is left alone, and swearing and insults have their own codes, SO102 and
SO101, for everyone. Fires on "Are you beach body ready?" from a brand; does not fire on "Our new swimwear
comes in sizes 4 to 24", nor on "Are you beach body ready?" from a person. Fix: rewrite it in the brand's
voice or drop it.
The smirk after the words ("bigger than you're used to ... 😏"), "size matters" in French, Spanish, Italian,
German and Portuguese, and a jab at whoever governs ("unlike the leader of the opposition", "can't say the
same for a certain Prime Minister") count too; the ghettos of history ("the Łódź ghetto records") are not
slang.
More jabs at whoever governs ("faster than Congress passes anything", "a culpa é do governo", "vote them all
out") and meme slang used alone ("ok boomer", "bussin", "Digga") count too.
Election or voter fraud on a brand account ("forget the voter fraud story and grab a burger") is partisan
politics; a fraud team is not.
A newsroom's report in a report's form ("AP review: ...", "Poll: ...", "according to", "markets fall as Biden
says ...") names a politician without taking a side; a politician in a promotion, or a jab in a poll's form,
is still partisan.
A customer shown the door ("find a new hotel!", "take your business elsewhere"), critics told to lighten up
("stop taking things so seriously") or called "social justice warriors" read as a brand talking down to
people. A correction notice ("CORRECTION: ...", "Corrects earlier tweet", "We've deleted two tweets ...")
names a politician without taking a side.
A lecture opened at someone ("News Flash @Senator: ...") is a brand talking down to them; "Newsflash: our
summer menu is here!" is not.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        low = normalise(text)
        if draft.account_kind != "brand":
            yield from self._aimed_body(text, low)
            return
        stance = analyze(text)
        if stance.apologises and not stance.takes_stance:
            return  # an apology names what it is sorry for ("It's not a comment about sexual assault")
        hits: list[tuple[str, int, int]] = []
        for kind, pattern in (("sexual", _SEXUAL_RE), ("sexual", _INNUENDO_EMOJI),
                              ("sexual", _SEXIST_JOKE_RE), ("body-shaming", _BODY_RE),
                              ("partisan", _POLITICS_RE), ("combative", _COMBATIVE_RE),
                              ("gesture", _GESTURE_RE)):
            m = pattern.search(low.text)
            if m:
                span = low.span(m.start(), m.end())
                hits.append((kind, span.start, span.end))
        violence = _SEXUAL_VIOLENCE_RE.search(low.text)
        if violence and not FACTUAL.search(text) and not stance.supportive:
            span = low.span(violence.start(), violence.end())
            hits.append(("sexual-violence", span.start, span.end))
        history = [m.span() for m in _HISTORIC_GHETTO.finditer(low.text)]
        slang = [m for m in _SLANG_RE.finditer(low.text)
                 if not any(s <= m.start() < e for s, e in history)]
        if len(slang) >= 2 or any(_STRONG_SLANG.fullmatch(m.group()) for m in slang):
            span = low.span(slang[0].start(), slang[-1].end())
            hits.append(("meme-slang", span.start, span.end))
        for tag in hashtags(text):
            if _TAG_POLITICS.search(tag.body):
                hits.append(("partisan", tag.span.start, tag.span.end))
                break
        if hits and {k for k, _, _ in hits} == {"partisan"} and _CONDOLENCES_RE.search(text) \
                and not stance.takes_stance:
            return  # a party's or an office's condolences name the party: sympathy, not a jab
        if hits and {k for k, _, _ in hits} == {"partisan"} and _REPORT_FORM.search(text) \
                and not stance.takes_stance:
            return  # a newsroom's report names the politician: "AP review: ... Clinton ...", not a jab
        if not hits:
            return
        hits.sort(key=lambda h: h[1])
        kinds = sorted({k for k, _, _ in hits})
        kind, start, end = hits[0]
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"\u201c{text[start:end][:60]}\u201d is {_KINDS[kind]}; off-voice for a brand, and the "
            "part that gets screenshotted.",
            span=Span(start, end),
            fix="Rewrite it in the brand's voice without it, or leave it to a person's own account.",
            evidence={"matched": text[start:end], "kind": kind, "kinds": ", ".join(kinds)},
        )

    def _aimed_body(self, text: str, low: Normalised) -> Iterator[Finding]:
        """On a person's account only mocking other people's bodies is off-voice."""
        m = _AIMED_BODY_RE.search(low.text)
        if not m:
            return
        span = low.span(m.start(), m.end())
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=f"\u201c{text[span.start:span.end][:60]}\u201d mocks people's bodies; from a public "
            "person it reads as cruelty, and it is the part that gets screenshotted.",
            span=span,
            fix="Drop the remark about bodies; make the point without it.",
            evidence={"matched": text[span.start:span.end], "kind": "body-shaming", "kinds": "body-shaming"},
        )
