"""SO603: a private message or an internal note posted publicly (a DM in the wrong box, a brief pasted in)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import words

_B, _E = r"(?<![\p{L}])", r"(?![\p{L}])"
#: Notes meant for the team, not the public: "do not post", "internal only", "for approval".
_INTERNAL_RE = regex.compile(
    rf"(?i){_B}(?:do\s+not\s+(?:post|publish|tweet|share|send)\s+(?:this\s+|it\s+)?(?:yet|until|till|before|externally)|do\s+not\s+(?:post|publish|tweet)\s*$|don'?t\s+(?:post|publish|tweet)\s+(?:this|yet|until)|"
    rf"not\s+for\s+(?:publication|release|distribution)|internal\s+(?:only|use\s+only|draft|note)|"
    rf"for\s+internal\s+use|embargo(?:ed)?\s+(?:until|till)|under\s+embargo|(?:pls|please)\s+(?:approve|review|"
    # not a public ask: "please review us on TripAdvisor", "please sign off on the petition"
    rf"sign\s+off)(?!\s+(?:us|our|on|your|me|it\s+on|the\s+(?:petition|product|app|book|restaurant)))|"
    rf"for\s+(?:your\s+)?(?:approval|sign[\s-]?off)|"
    rf"awaiting\s+(?:legal|approval)(?!\s+(?:from|by)\s+(?:the\s+)?(?:fda|ema|fcc|mhra|regulators?|council|city|"
    rf"state|government|authorit\w+))|"
    rf"legal\s+(?:still\s+)?(?:says|wants|needs|hasn'?t|has\s+not)|check\s+w/\s*\w+|before\s+this\s+goes(?:\s+out)?|"
    rf"macro\s+#?\d+|do\s+not\s+(?:escalate|offer\s+comp)|per\s+legal(?!\s+(?:requirements?|regulations?|obligations?))|"
    rf"draft\s+(?:tweet|post|copy)\s*[:\-]|"
    rf"(?:tweet|post)\s+(?:copy|draft)\s*[:\-]|"
    rf"(?:schedule|post)\s+(?:this\s+)?(?:for|at)\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\s+(?:tomorrow|tmrw|tmr|today|tonight|on)|"
    rf"@channel|@here|fyi\s+team|hey\s+team,?\s+(?:can\s+(?:someone|you|one\s+of\s+you)|could\s+(?:someone|you)|"
    rf"here'?s\s+the)|(?:can|could)\s+you\s+(?:post|tweet|"
    rf"schedule|put\s+out)\s+(?:this|the\s+following|something\s+like)|my\s+fingerprints\s+on|how'?s\s+this\s+(?:copy|caption|draft|tweet|post|wording)|"
    rf"(?:could|can|would)\s+you\s+(?:please\s+)?(?:put|write|post|tweet|say|share)\s+(?:something\s+like|"
    rf"the\s+(?:below|following))|(?:write|post|tweet)\s+the\s+(?:below|following)(?!\s+(?:on|in|down|code))|"
    rf"use\s+the\s+(?:below|following)(?!\s+(?:code|link|steps?|hashtag|promo|recipe))|^\s*caption\s*:|"
    rf"at\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)?\s*(?:est|edt|pst|pdt|gmt|bst|cet|et|pt)?\s*,?\s+(?:post|write|tweet)\s+"
    rf"(?:this|it|the\s+(?:below|following|copy|draft))\b|"
    rf"here'?s\s+the\s+(?:copy|draft|caption)\s+for|"
    # a request to post, meant for a partner: "would you be ok posting this image on your channels with the
    # following copy?" (not "would you mind sharing this? our dog is missing", nor a contest's caption)
    rf"would\s+you\s+(?:be\s+(?:ok|okay|happy|able\s+to|willing\s+to)|mind)\s+(?:posting|tweeting|"
    rf"putting\s+up)\s+(?:this|the\s+(?:following|attached|below))(?:\s+[\w-]+){{0,3}}\s+on\s+your\s+(?:social\s+"
    rf"(?:media\s+)?)?(?:channels?|accounts?|page|feed|socials|profile)|with\s+the\s+following\s+copy|"
    # a test post: "test tweet please ignore", "testing, ignore this"
    rf"(?:test(?:ing)?\s+(?:tweet|post|message)|^\s*test(?:ing)?(?:\s+\d{{1,2}})?)[\s,.!-]+(?:please\s+|pls\s+|plz\s+)?"
    rf"ignore|"
    rf"(?:please|pls|plz)\s+ignore\s+(?:this|that)\s+(?:test|tweet|post)|"
    # the posting time left at the end of the copy: "post this at about 8:20", "大概8点20分发" (post ~8:20)
    rf"(?:post|publish|send|tweet)\s+(?:this|it)\s+(?:at|around|by)\s+(?:about\s+|approx\.?\s+)?"
    rf"\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?\s*[.!)\]]*\s*$){_E}|"
    # notes to the team or the client left in the copy: "[CLIENT: do we mention the price?]", "DRAFT v3, pls
    # check tone:", "Option A: ... Option B:", "(112 chars — can we cut", "Approved by legal? N.",
    # "POST 9AM EST —",
    # "Bild fehlt noch!! @Jana kannst du das bitte freigeben?", "(NB per il cliente: ...)"
    rf"\[\s*(?:client|note|nb|legal|todo|to\s+check|check|cliente|kunde)\s*:|\(\s*(?:nb|n\.b\.|note)\s+(?:for|per|para|pour|"
    rf"f[üu]r)\s+(?:the\s+|il\s+|el\s+|le\s+|den\s+)?(?:client|cliente|kunden?)|(?:pls|please|plz)\s+check\s+(?:the\s+)?"
    rf"(?:tone|copy|wording|spelling)|draft\s+v\d|option\s+a\s*:[^\n]{{0,200}}option\s+b\s*:|\(\s*\d{{2,3}}\s+chars|"
    rf"approved\s+by\s+legal\s*\?|^\W*post\s+\d{{1,2}}\s*(?:am|pm)\b|bitte\s+freigeben|fehlt\s+noch|"
    rf"per\s+il\s+cliente|para\s+el\s+cliente|pour\s+le\s+client|"
    # a posting instruction in French, German, Spanish, Italian: "À publier jeudi 18h :", "(vérifier le nom"
    rf"[àa]\s+publier\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|\d)|zu\s+ver[öo]ffentlichen\s+"
    rf"am|publicar\s+el\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)|da\s+pubblicare\s+(?:il\s+)?"
    rf"(?:luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|domani)|\(\s*v[ée]rifier|"
    rf"(?:(?:大概|大约|约)\d{{1,2}}点(?:\d{{1,2}}分|半)?(?:左右)?|\d{{1,2}}点(?:\d{{1,2}}分|半)?左右)(?:发|发出)\s*[。.]?\s*$"
)
#: A post that is nothing but a test: "Test", "testing 1 2 3", "this is a test tweet".
_TEST_RE = regex.compile(
    r"(?i)^\W*(?:test(?:ing)?(?:[\s,]+test(?:ing)?)*(?:\s*(?:1\s*,?\s*2\s*,?\s*3|123|tweet|post|message))?|"
    r"this\s+is\s+a\s+test"
    r"(?:\s+(?:tweet|post|message))?)\W*$"
)
#: Words for one person: "my password is", "call me at", "love you babe", "see you at home".
_PRIVATE_RE = regex.compile(
    rf"(?i){_B}(?:(?:my|the|our)\s+(?:password|passcode|pin|login)\s+(?:is|=|:)|password\s*[:=]\s*\S+|"
    rf"(?:call|text)\s+me\s+(?:at|on)\s+\+?\d|my\s+(?:cell|mobile|phone|number)\s+is|"
    # credentials asked for: "can you send me the login again?", "the old password doesn't work"
    rf"(?<![\"“‘'](?:\w+\s+){{0,2}})(?<!(?:never|scam\w*|phishing|fraud\w*|saying|says|say|asks?|asking|will|won'?t|"
    rf"don'?t|not)\s+(?:\w+\s+){{0,3}})(?:send|give|text|dm|email|remind)\s+me\s+(?:the|your)\s+(?:new\s+|old\s+)?"
    rf"(?:login|password|passcode|pin|credentials)|"
    rf"(?:love|miss)\s+you\s+(?:babe|baby|hun|honey|sweetie|more)|hey\s+(?:babe|baby|hun|sweetie)|"
    rf"see\s+you\s+(?:at\s+home|tonight\s+babe)|(?:dm|message)\s+me\s+when\s+you'?re\s+(?:home|free|done)|"
    rf"delete\s+this\s+after\s+reading|between\s+(?:you\s+and\s+me|us)\s*[,:]|this\s+stays\s+between\s+us|"
    rf"just\s+between\s+us|close\s+friends\s+only|(?:for\s+)?(?:my\s+)?close\s+friends\s*:|"
    # a reply meant as a DM: card digits ("refunded order #448-2291837 to the card ending 4471",
    # "la tarjeta que acaba en 3121")
    rf"card\s+ending\s+(?:in\s+)?\d{{4}}|tarjeta\s+(?:que\s+)?(?:acaba|termina)\s+en\s+\d{{4}}|cart[ãa]o\s+(?:final|"
    rf"terminado\s+em)\s+\d{{4}}|carte\s+(?:se\s+)?terminant\s+par\s+\d{{4}}|karte\s+(?:endet\s+auf|mit\s+der\s+endung)\s+"
    rf"\d{{4}}|(?:he|she|they|it|this)\s+(?:is|are)\s+on\s+your\s+(?:schedule|calendar|list)|"
    rf"(?:call|text)\s+me\s+(?:later|tonight|when)|don'?t\s+tell\s+anyone|"
    # arranging a call or a meeting with one person: "call my cell", "I'll call after 9", "my cell 555-..."
    rf"(?:call|text|ring)\s+(?:me\s+on\s+)?my\s+(?:cell|mobile|phone|number|landline)|"
    rf"my\s+(?:cell|mobile)\s*(?:is|:|#)?\s*\+?\(?\d|"
    rf"i'?ll\s+(?:call|text|ring)\s+(?:you\s+)?(?:after|at|around|before|tomorrow|tonight|later)\b(?:\s+\d)?|"
    rf"(?:let'?s|can\s+we|could\s+we|want\s+to)\s+(?:meet|grab\s+(?:a\s+)?(?:drink|coffee|dinner|lunch))\s+"
    rf"(?:tonight|tomorrow|later|after|at\s+\d)){_E}"
)
#: A game or app posting for the user: "I'm now a C-list celebrity ... playing on iPhone", "I just unlocked".
_APP_RE = regex.compile(
    rf"(?i){_B}(?:i'?m\s+now\s+(?:a|an|level)|i(?:'ve|\s+have)?\s+just\s+(?:reached|unlocked|scored|earned|completed|"
    rf"beaten))\b.{{0,120}}(?:(?:play(?:ing)?|download)\b.{{0,40}}(?:iphone|ipad|android|app\s+store|google\s+play)|"
    rf"#(?:android|ios|iphone)games?){_E}"
    # follower statistics and likes an app posts for the account: "10 tweeps followed (thank you!) and 2
    # unfollowed (goodbye!) me in the past week", "I like @x's 'Kittens' on @tellyapp", "I liked a @YouTube
    # video"
    rf"|{_B}\d+\s+(?:tweeps|people|followers|new\s+followers)\s+followed\b.{{0,40}}\d+\s+unfollowed|"
    rf"{_B}\d+\s+new\s+followers?,?\s+(?:and\s+)?\d+\s+unfollowers?{_E}|"
    rf"{_B}(?:via|by)\s+@?(?:justunfollow|crowdfireapp|unfollowers|statusbrew|whounfollowedme){_E}|"
    rf"{_B}i\s+(?:like|liked)\s+(?:@\w+['’]s\s+.{{1,80}}?\s+on\s+@\w+|a\s+@youtube\s+video){_E}|"
    rf"{_B}i\s+added\s+a\s+video\s+to\s+a\s+@youtube\s+playlist{_E}"
)
_TRIGGERS = frozenset({
    # card digits, notes to the client, checks asked for, options, character counts
    "ending", "tarjeta", "cartao", "cartão", "terminant", "endet", "client", "cliente", "kunde", "nb",
    "tone", "option", "chars", "freigeben", "fehlt", "publier", "veröffentlichen", "veroffentlichen",
    "publicar", "pubblicare", "vérifier", "verifier", "friends",
    "post", "publish", "share", "tweet", "send", "internal", "embargo", "embargoed", "approve",
    "approval", "sign", "legal", "self", "draft", "copy", "schedule", "channel", "here", "fyi", "team",
    "password", "passcode", "pin", "login", "call", "text", "cell", "mobile", "number", "babe", "baby",
    "hun", "sweetie", "home", "dm", "message", "delete", "between", "fingerprints", "calendar", "tell",
    "publication", "release", "distribution", "review", "sign-off", "awaiting", "per", "caption",
    "something", "following", "list", "now", "just", "this",
    "put", "write", "say", "below", "ring", "meet", "grab", "let", "can", "could", "want", "test", "testing",
    "ignore", "would", "credentials", "give", "email", "remind", "tweeps", "followed", "unfollowed", "via",
    "by", "like", "liked", "added", "unfollowers", "followers",
})


#: An event called off in a headline: "Riverside fireworks cancelled", "Festival del Río suspendido".
_CALLED_OFF = regex.compile(
    r"(?i)(?<![\p{L}])(?:cancel(?:l?ed|s)?|called\s+off|postponed|scrapped|abgesagt|cancelad[oa]s?|suspendid[oa]s?|"
    r"annul[ée]e?s?|annullat[oa]|rinviat[oa]|afgelast|adiad[oa])(?![\p{L}])")
#: A capitalised word of four letters or more that does not open a sentence: the event's or the place's name.
_NAME_WORD = regex.compile(r"(?<![.!?]\s{0,3})(?<!^\W{0,3})(?<=\s|\p{P})(?-i:\p{Lu}\p{Ll}{3,})")
#: What an event is called: it must be the same kind of event in the post and the headline.
_EVENT = regex.compile(
    r"(?i)(?<![\p{L}])(?:fireworks|festival|marathon|concert|gig|match|game|parade|show|fair|race|tour|conference|"
    r"summit|carnival|market|festa|fiesta|feria|concierto|marat[oó]n|partido|desfile|concerto|corsa|gara|fest|"
    r"konzert|lauf|spiel|feu\s+d['’]artifice|concours|salon|fête)s?(?![\p{L}])")
#: How long a cancellation stays news for a scheduled post.
CALLED_OFF_WINDOW = timedelta(days=3)


def _called_off(text: str, ctx: Context) -> tuple[str, str] | None:
    """A post that promotes an event the configured news says is cancelled (it shares the event's or the
    place's name with the headline, and does not itself say the event is off): the headline and the name."""
    news = ctx.news
    if news is None or _CALLED_OFF.search(text):
        return None
    names = {m.group() for m in _NAME_WORD.finditer(text)}
    if not names:
        return None
    for story in news.stories:
        if not timedelta(0) <= ctx.at - story.last_updated <= CALLED_OFF_WINDOW:
            continue
        for item in story.items:
            if _CALLED_OFF.search(item.title):
                shared = sorted(names & set(regex.findall(r"\p{Lu}\p{Ll}{3,}", item.title)))
                events = ({e.lower() for e in _EVENT.findall(text)}
                          & {e.lower() for e in _EVENT.findall(item.title)})
                if shared and events:
                    return item.title, " ".join(sorted(shared, key=text.find))
    return None


class PrivateNoteCheck:
    code = "SO603"
    name = "private-note"
    severity = Severity.HOLD
    requires = frozenset[str]()
    explanation = """
Finds text that reads as meant for one person or for the team, posted publicly by mistake: internal notes
("do not post until legal signs off", "internal only", "for approval", "embargoed until", "@channel",
"draft tweet:") and private messages ("my password is", "call me at 555...", "love you babe", "just
between us", "call my cell", "I'll call after 9", "let's grab a drink tonight"). An internal note is held
(it is never meant to go out), and so is a posting time left in the copy ("post this at 8:20"); words
for one person get a review (the account may be a person's own), and so do a bare test post ("Test"),
and an app posting for the account (follower statistics, "I liked a @YouTube video", a game's score).
Fires on "DRAFT TWEET: new menu launch, do not post until Friday"; does not fire on "Share this post with
a friend who loves pizza". Fix: post it in a direct message or the team channel instead, and delete the
note from the post.
A numbered test ("test 2 pls ignore") and a posting time for tomorrow ("post this at 9am tmrw") count too.
A reply meant as a DM that shows card digits ("card ending 4471", "tarjeta que acaba en 3121") gets a
review, notes to the team or the client ("[CLIENT: ...]", "DRAFT v3, pls check tone", "Option A: ... Option
B:", "(112 chars", "bitte freigeben") are held, and a post that promotes an event the configured news says
is cancelled (same name and same kind of event) gets a review.
A posting instruction in French, German, Spanish or Italian ("À publier jeudi 18h :") is held; "close
friends only" gets a review.
"legal still hasn't signed off", "check w/ Sam before this goes" and a support macro's label ("Macro #14 ...
do NOT escalate") are held.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        called_off = _called_off(text, ctx)
        if called_off:
            story, name = called_off
            yield Finding(
                code=self.code, check=self.name, severity=Severity.REVIEW,
                message=f"Promotes {name}, but the news says it is off: \u201c{story}\u201d. A scheduled "
                "post that outlived its event.",
                span=None, fix="Unschedule it, or post the cancellation instead.",
                evidence={"matched": name, "kind": "cancelled-event", "story": story},
            )
            return
        if words(text).set.isdisjoint(_TRIGGERS) and not ("点" in text and "发" in text):
            return
        for kind, pattern, severity in (("internal-note", _INTERNAL_RE, Severity.HOLD),
                                        ("private-message", _PRIVATE_RE, Severity.REVIEW),
                                        ("app-post", _APP_RE, Severity.REVIEW),
                                        ("test-post", _TEST_RE, Severity.REVIEW)):
            m = pattern.search(text)
            if m is None:
                continue
            what = {"internal-note": "an internal note meant for the team",
                    "private-message": "a private message meant for one person",
                    "app-post": "an app or game posting on the account's behalf",
                    "test-post": "a test post, never meant for the public"}[kind]
            yield Finding(
                code=self.code, check=self.name, severity=severity,
                message=f"\u201c{m.group()}\u201d reads as {what}, not a public post.",
                span=Span(m.start(), m.end()),
                fix="Send it as a direct message or in the team channel, and take it out of the post.",
                evidence={"matched": m.group(), "kind": kind},
            )
            return
