"""SO601: a template placeholder left in the post ([LINK], {first_name}, {{...}}, TK, INSERT ... HERE)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span

_SLOT_WORDS = (r"link|url|website|site|name|first[\s_-]?name|last[\s_-]?name|full[\s_-]?name|handle|"
               r"user(?:name)?|"
               r"company|brand|product|date|time|day|price|amount|number|city|location|place|venue|event|title|"
               r"emoji|hashtag|tag|copy|text|caption|quote|headline|tbd|tbc|"
               r"todo|tk|xx+|placeholder|insert\b[^\]\}>]*|add\b[^\]\}>]*|paste\b[^\]\}>]*|your\b[^\]\}>]*|"
               r"client|customer|recipient|team|store|code|promo[\s_-]?code|discount|offer|cta|url[\s_-]?here|"
               r"link[\s_-]?here|[a-z]+_[a-z_]+|"
               # the same slots in Spanish, French, German, Italian, Portuguese, Dutch: "[NOMBRE]", "{prénom}"
               r"nombre|apellido|enlace|fecha|precio|ciudad|nom|pr[ée]nom|lien|prix|ville|vorname|nachname|datum|"
               r"preis|stadt|nome|cognome|citt[àa]|sobrenome|pre[çc]o|cidade|naam|voornaam|prijs|stad")
#: Bracketed slots: [LINK], [Insert photo], {first_name}, {{ name }}, <<NAME>>, %FIRSTNAME%, <insert link>.
_SLOT_RE = regex.compile(
    rf"(?i)\[\s*(?:{_SLOT_WORDS})\s*\]|\{{\{{[^{{}}\n]{{1,40}}\}}\}}|\{{\s*(?:{_SLOT_WORDS})\s*\}}|"
    rf"<<\s*(?-i:[A-Z_]{{2,}}(?:\s+[A-Z_]{{2,}}){{0,3}}|first\s*name|name|link|url|company)\s*>>|"
    rf"<\s*(?:insert|add|paste|link|url|name)\b[^<>\n]{{0,30}}>|"
    rf"%(?:first_?name|name|link|url|company|[A-Z_]{{4,}})%|\$\{{[\w.]{{1,30}}\}}"
)
#: Editing notes in the text: "INSERT LINK HERE", "lorem ipsum", "TK", "[TK]", "XXX to confirm".
_NOTE_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:"
    # a placeholder hashtag or a picture note: "#HASHTAG #HASHTAG2", "[PHOTO: bakers smiling — credit?]"
    r"(?-i:#HASHTAG\d?)(?![\p{L}])|\[\s*(?:photo|image|pic|picture|video|visual|gif|img|foto|bild|imagen|immagine)\s*:"
    r"\s*[^\]\n\s][^\]\n]{2,80}\]|insert\s+(?!(?:your|a|the|coin|coins|card|key|token|disc|cartridge)\b)(?:[\w'-]+\s+){0,4}here|"
    r"(?:add|paste|put)\s+(?:the\s+)?(?:link|url|photo|image|video|copy|hashtag)\s+here|"
    # not "click the link here", "Full link here: https://…" (a real link follows)
    r"(?<!(?:click|tap|the|full|tickets?:?|info:?|details:?)\s+)link\s+(?:goes\s+)?here(?!\W{0,4}(?:https?://|www\.|👉|⬇|↓))|"
    r"url\s+here|lorem\s+ipsum|dolor\s+sit\s+amet|"
    r"caption\s+(?:tbd|tbc|to\s+come)|copy\s+(?:tbd|tbc|to\s+come|goes\s+here)|final\s+copy\s+to\s+come|"
    r"(?-i:TKTK|TK(?=\s|$|[.,;:!?])(?<![\p{L}]TK))|(?-i:XX+)\s+(?:to\s+confirm|tbc|tbd))(?![\p{L}])"
)
#: A Japanese template's blank time or date left in: "本日○時○分ころ", "○月○日" (a review: circles also hide a
#: name on purpose, and a quiz may ask "○月○日は何の日?"); not 〇 as the kanji zero ("一九八〇年", "一〇月").
_CJK_SLOT_RE = regex.compile(r"(?<![一二三四五六七八九十〇○◯])[○〇◯]{1,2}\s?(?:時|分|日|月|年)"
                             r"(?:[○〇◯]{1,2}\s?(?:時|分|日|月))?(?![^。!!\n]{0,8}[??])")
#: A template's field names in capitals, unbracketed, in a mixed-case post: "Active shooter at BUILDING
#: NAME/INTERSECTION", "Join us at VENUE NAME on DATE"; not an all-caps post ("SALE AT THE CITY STORE").
_FIELD = r"(?:NAME|DATE|TIME|LOCATION|ADDRESS|INTERSECTION|CITY|VENUE|LINK|URL|PRICE|HEADLINE)"
_CAPS_SLOT_RE = regex.compile(
    rf"(?-i:(?<![\p{{L}}])(?:(?:BUILDING|STREET|PERSON|CUSTOMER|CLIENT|COMPANY|PRODUCT|EVENT|CITY|STORE|SHOP|"
    rf"FIRST|LAST|FULL|VENUE|TEAM|BRAND|SCHOOL|HOSPITAL|CAMPUS|ROAD|AREA|WINNER|GUEST|SPEAKER|AUTHOR|ARTIST|"
    rf"BAND|PLAYER|COACH|PATIENT|STUDENT|BUSINESS|CHARITY|SPONSOR|PARTNER)\s+NAME|NAME\s+OF\s+[A-Z]{{3,}}|"
    rf"(?:STREET|HOME|POSTAL|MAILING)\s+ADDRESS|"
    rf"{_FIELD}(?:\s*/\s*{_FIELD})+|(?:INSERT|ADD)\s+{_FIELD})(?![\p{{L}}]))"
)
_HINTS = ("[", "{", "<", "%", "$", "here", "HERE", "ipsum", "Ipsum", "TK", "tbd", "TBD", "tbc", "TBC",
          "XX", "come", "○", "〇", "◯", "NAME", "DATE", "TIME", "LOCATION", "ADDRESS", "INTERSECTION", "CITY",
          "VENUE", "LINK", "URL", "PRICE", "HEADLINE", "HASHTAG")


class PlaceholderCheck:
    code = "SO601"
    name = "placeholder"
    severity = Severity.HOLD
    requires = frozenset[str]()
    explanation = """
Finds template text that was never filled in: bracketed slots ([LINK], [Insert photo], [NAME]), merge
fields ({first_name}, {{ name }}, %FIRSTNAME%, <<NAME>>, ${name}), editing notes ("INSERT LINK HERE",
"link goes here", "copy TBD", "TK" for "to come") and lorem ipsum filler. Published, these show
followers the template behind the post, and on a reply they tell a customer the answer was a form
letter. A slot or merge field is held; a lone "TK" or "XX to confirm" gets a review. Fires on "Hi
{first_name}, thanks for your order! [LINK]"; does not fire on "Read the report [PDF, 2 MB]" or "TK
Maxx opens on Main Street". A Japanese template's blank time or date ("本日○時○分ころ") gets a
review, and so do a template's field names left in capitals in a mixed-case post ("Active shooter at
BUILDING NAME/INTERSECTION", "Join us at VENUE NAME"). Fix: fill in or delete the placeholder.
Slots in other languages count too ("[NOMBRE]", "{prénom}", "[VORNAME]").
A placeholder hashtag ("#HASHTAG") and a picture note ("[PHOTO: team smiling, credit?]") count too.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        if not any(h in text for h in _HINTS):
            return
        hits = [(m, Severity.HOLD, "template-slot") for m in _SLOT_RE.finditer(text)]
        for m in _NOTE_RE.finditer(text):
            weak = m.group().upper().startswith(("TK", "XX"))
            if weak and regex.match(r"TK\s+Maxx", text[m.start():m.start() + 8]):
                continue
            hits.append((m, Severity.REVIEW if weak else Severity.HOLD, "editing-note"))
        hits += [(m, Severity.REVIEW, "template-slot") for m in _CJK_SLOT_RE.finditer(text)]
        caps = list(_CAPS_SLOT_RE.finditer(text))
        if caps:
            rest = _CAPS_SLOT_RE.sub(" ", text)
            if sum(c.islower() for c in rest) > max(3, sum(c.isupper() for c in rest)):
                hits += [(m, Severity.REVIEW, "template-slot") for m in caps]
        if not hits:
            return
        hits.sort(key=lambda h: (-int(h[1]), h[0].start()))
        m, severity, kind = hits[0]
        found = sorted({h[0].group() for h in hits})
        yield Finding(
            code=self.code, check=self.name, severity=severity,
            message=f"\u201c{m.group()}\u201d is a placeholder that was never filled in; followers will see "
            "the template.",
            span=Span(m.start(), m.end()),
            fix=f"Replace \u201c{m.group()}\u201d with the real text or link, or delete it.",
            evidence={"matched": m.group(), "kind": kind, "count": len(hits), "all": ", ".join(found)[:200]},
        )
