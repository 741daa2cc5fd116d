"""SO303: a personal post on a brand account (the rogue-staffer / wrong-app mistake)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import hashtags, normalise

_PERSONAL = regex.compile(
    r"(?<![\p{L}])(?:my\s+(?:(?:amazing|beautiful|lovely|gorgeous|little|baby|big|new|sexy|stupid|crazy|"
    r"awful|annoying)\s+)?(?:kids?|son|daughter|wife|husband|hubby|wifey|boyfriend|girlfriend|bf|gf|mom|mum|"
    r"mommy|dad|daddy|baby\s+mama|ex|bae|hangover|date|crush|roommate|in-?laws?|therapist|divorce|bed|"
    r"birthday|weekend)|hung\s?over|date\s+night|(?:i'?m|i\s+am|im)\s+(?:so\s+)?(?:bored|tired|sick|horny|high|"
    r"broke|single|hungover|wasted|drunk|stoned|baked)|(?:can't|cant)\s+wait\s+to\s+get\s+home|"
    r"(?:i'?m|i\s+am|im|i'?ll\s+be)\s+(?:going\s+to\s+be\s+|gonna\s+be\s+)?single|"
    r"(?:can't|cant)\s+wait\s+to\s+get\s+off\s+work|"
    r"ugh\s+(?:work|mondays?|my)|"
    # one person out and about: "I'm downtown eating", "I'm at the game", "just got home"
    r"(?:i'?m|im|i\s+am)\s+(?:(?:so|just|still|finally)\s+)?(?:downtown|at\s+(?:home|the\s+(?:bar|pub|game|gym|"
    r"beach|club|airport))|in\s+bed|eating|drinking|watching|chilling|heading\s+home|off\s+to\s+bed|"
    r"stuck\s+at|missing\s+out|far\s+away)|just\s+got\s+home|me\s+likey|(?:so\s+)?(?:very\s+)?over\s+it\s+today|"
    r"oh\s+so\s+(?:very\s+)?over\s+it|(?:god|omg),?\s+i\s+love\s+this\s+song|"
    # home life: "kids finally asleep", "the missus wants to come", "first date in ages", "who's still out??"
    r"tequila\s+shots|(?:my|the)\s+date\s+went\s+(?:terribly|badly|horribly)|^\W*date\s+went\s+(?:terribly|badly|"
    r"horribly)|lost\s+my\s+(?:wallet|phone|keys|purse)|"
    r"kids\s+(?:are\s+)?(?:finally\s+)?(?:asleep|in\s+bed)|(?:the|my)\s+missus|first\s+date\s+in\s+(?:ages|years|"
    r"forever|months)|who'?s\s+still\s+out|dropped\s+(?:off\s+)?(?:the|my)\s+kids|first\s+date\s+(?:tonight|today)|"
    r"my\s+life\s+is\s+a\s+joke|some(?:one|body)\s+come\s+(?:and\s+)?get\s+me|see\s+(?:u|you|ya)\s+at\s+\p{L}+['’]s\s+"
    r"later|first\s+round'?s\s+on\s+(?:u|you|me)|resaca|ressaca|gueule\s+de\s+bois|(?:col|con|avec)\s+(?:mio|mia|mi|mon|"
    r"ma)\s+(?:ragazz[oa]|novi[oa]|copain|copine|marido|mujer)|"
    # the same in French, German, Spanish, Portuguese, Italian: "mes enfants", "trop crevée", "mein Mann"
    r"mes\s+enfants|les\s+enfants\s+ont\s+[ée]t[ée]|trop\s+crev[ée]e?|meine\s+(?:kinder|frau|freundin)|"
    r"mein\s+(?:mann|freund)|mis\s+hijos|mi\s+(?:marido|mujer|novi[oa])|meus\s+filhos|meu\s+marido|"
    r"minha\s+mulher|i\s+miei\s+figli|mio\s+marito|mia\s+moglie)(?![\p{L}])"
)
#: Grumbling about one's own job: the staffer's voice, not the brand's (HMV's "we're all being fired").
_WORKPLACE = regex.compile(
    r"(?<![\p{L}])(?:(?:hate|hates|hating)\s+(?:my|this)\s+job|my\s+(?:boss|manager|job|shift|coworkers?|"
    r"co-workers?)|(?:all\s+)?(?:being|getting|got)\s+(?:fired|sacked|laid\s+off)|we'?re\s+all\s+being|"
    r"i\s+quit|mass\s+execution|(?:so\s+)?sick\s+of\s+(?:this|my|these)|stuck\s+in\s+traffic|"
    r"(?:long|double|night)\s+shift|ugh|smh|fml)(?![\p{L}])"
)
_DRINKING = regex.compile(
    r"(?<![\p{L}])(?:drunk|hammered|wasted|tipsy|hungover|hangover|slizz?[ae]rd|slizzerd|sloshed|shitfaced|"
    r"blackout\s+drunk|blacked\s+out|beer\s+pong|keg\s+stand|day\s+drinking|get(?:ting)?\s+(?:drunk|wasted|lit|high|stoned|smashed|"
    r"plastered|trashed|hammered|sloshed)|get\s+lit|"
    r"(?:when|where)\s+(?:we|i)\s+drink|(?:i|we)\s+(?:drink|drank)|(?:my|our)\s+(?:beer|wine|vodka|shots)|"
    r"shots\s+shots|another\s+round|wine\s+o'?clock|stoned|blazed|420\s+friendly|bong)(?![\p{L}])"
)
#: Road-safety talk is not drinking: "do NOT drive drunk", "drink-driving", "drunk drivers", "whilst drunk".
_DRINK_DRIVING = regex.compile(
    r"(?<![\p{L}])(?:driv(?:e|ing|es)\s+(?:while\s+)?drunk|drunk(?:en)?[\s-]+driv\w*|drink[\s-]+driv\w*|"
    r"drink\s+and\s+drive|(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?drink\s+and|"
    # others' drinking as police and safety posts tell it: "if you do the same whilst drunk"
    r"(?:whilst|while)\s+(?:drunk|intoxicated)|if\s+(?:you|you'?re|you\s+are)\s+(?:\w+\s+)?drunk)(?![\p{L}])"
)
#: Inside a run-together hashtag the words have no boundaries ("#gettngslizzerd", "#trump2024").
_TAG_DRINKING = regex.compile(r"slizz|drunk|hungover|hangover|tipsy|booze|wasted|daydrinking|beerpong|getlit")


class WrongAccountCheck:
    code = "SO303"
    name = "wrong-account"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
On a brand account, flags posts that read like one person's own feed, meant for a personal or
secondary account and posted from this one: first-person personal life (my kids, my wife, hungover,
date night), grumbling about one's own job, drinking or getting drunk. These are the posts of the
staffer on the wrong app, like the Red Cross's "#gettngslizzerd". Never fires on person accounts.
Swearing (SO102), insults (SO101) and partisan jabs or innuendo (SO304) have their own codes. Fires
on "so hungover today, never drinking again" from a brand; does not fire on "Single-origin coffee,
now in every store." Fix: check which account is selected; if it is meant for the brand, rewrite it
in the brand's voice.
Home life counts too ("kids finally asleep", "the missus", "first date in ages", "who's still out??"), and
the same in French, German, Spanish, Portuguese and Italian ("mes enfants", "mein Mann", "mi marido").
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if ctx.account_kind != "brand":
            return
        text = draft.text
        signals: list[tuple[str, str, Span]] = []
        norm = normalise(text)
        for kind, pattern in (("personal life", _PERSONAL), ("drinking", _DRINKING),
                              ("workplace grumbling", _WORKPLACE)):
            safety = ([(d.start(), d.end()) for d in _DRINK_DRIVING.finditer(norm.text)]
                      if kind == "drinking" else [])
            for m in pattern.finditer(norm.text):
                if any(a <= m.start() < b for a, b in safety):
                    continue  # "do NOT drive drunk" is a road-safety message
                signals.append((kind, m.group(), norm.span(m.start(), m.end())))
        for tag in hashtags(text):
            body = tag.body.lower()
            if _TAG_DRINKING.search(body):
                signals.append(("drinking", f"#{tag.body}", tag.span))
        if not signals:
            return
        signals.sort(key=lambda s: s[2].start)
        kinds = sorted({k for k, _, _ in signals})
        first = signals[0]
        yield Finding(
            code=self.code,
            check=self.name,
            severity=self.severity,
            message=(f"Looks like a personal post on a brand account ({', '.join(kinds)}: "
                     f"\u201c{text[first[2].start:first[2].end]}\u201d) \u2014 the rogue-staffer / "
                     "wrong-app mistake."),
            span=Span(first[2].start, max(s[2].end for s in signals)),
            fix="Check which account is selected; post it from a personal account, or rewrite it in the "
                "brand's voice without the personal, political or crude parts.",
            evidence={"matched": text[first[2].start:first[2].end], "kind": first[0],
                      "kinds": ", ".join(kinds), "signals": len(signals), "account_kind": ctx.account_kind},
        )
