"""SO303: a personal post on a brand account (the rogue-staffer / wrong-app mistake)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.checks.insult import _NOUN_RE, _SECOND_PERSON_RE
from signoff.preflight.checks.profanity import find_profanity
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import deleet, hashtags, normalise

_PERSONAL = regex.compile(
    r"(?<![\p{L}])(?:my\s+(?:(?:amazing|beautiful|lovely|gorgeous|little|baby|big|new|sexy|stupid|crazy|"
    r"awful|annoying)\s+)?(?:kids?|son|daughter|wife|husband|hubby|wifey|boyfriend|girlfriend|bf|gf|mom|mum|"
    r"mommy|dad|daddy|baby\s+mama|ex|bae|hangover|date|crush|roommate|in-?laws?|therapist|divorce|bed|"
    r"birthday|weekend)|hung\s?over|date\s+night|(?:i'?m|i\s+am|im)\s+(?:so\s+)?(?:bored|tired|sick|horny|high|"
    r"broke|single|hungover|wasted|drunk|stoned|baked)|(?:can't|cant)\s+wait\s+to\s+get\s+home|"
    r"(?:i'?m|i\s+am|im|i'?ll\s+be)\s+(?:going\s+to\s+be\s+|gonna\s+be\s+)?single|"
    r"(?:can't|cant)\s+wait\s+to\s+get\s+off\s+work|"
    r"ugh\s+(?:work|mondays?|my))(?![\p{L}])"
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
    r"blackout|beer\s+pong|keg\s+stand|day\s+drinking|get(?:ting)?\s+(?:drunk|wasted|lit|high|stoned|smashed|"
    r"plastered|trashed|hammered|sloshed)|get\s+lit|"
    r"(?:when|where)\s+(?:we|i)\s+drink|(?:i|we)\s+(?:drink|drank)|(?:my|our)\s+(?:beer|wine|vodka|shots)|"
    r"shots\s+shots|another\s+round|wine\s+o'?clock|stoned|blazed|420\s+friendly|bong)(?![\p{L}])"
)
_POLITICS = regex.compile(
    r"(?<![\p{L}])(?:trump|biden|obama'?s?|obamas|hillary|clinton|kamala|harris|pence|desantis|bernie|sanders|"
    r"pelosi|mcconnell|aoc|romney|vance|walz|haley|ramaswamy|boris\s+johnson|starmer|sunak|farage|"
    r"republicans?|democrats?|gop|dems|tories|tory|labour|liberals|libtards?|conservatives|maga|"
    r"make\s+america\s+great|resist(?:ance)?|vote\s+(?:red|blue|them\s+out|trump|biden)|"
    r"vote\s+for\s+(?!(?:your|our|the|a|an|us|me|my|best|this|which|who|what|favou?rite)\b)|"
    r"lock\s+(?:her|him)\s+up|impeach\w*|nbcpolitics|kag|votebluenowhere|election\s+(?:was\s+)?stolen)"
    r"(?![\p{L}])"
)
#: Inside a run-together hashtag the words have no boundaries ("#gettngslizzerd", "#trump2024").
_TAG_DRINKING = regex.compile(r"slizz|drunk|hungover|hangover|tipsy|booze|wasted|daydrinking|beerpong|getlit")
_TAG_POLITICS = regex.compile(
    r"^(?:maga|kag|resist|gop|tcot|qanon|votered|voteblue)|maga|trump|biden|obama|hillary|kamala|libtard|"
    r"democrat|republican|impeach|politics|election|votethemout|votebluenowhere|lockherup|draintheswamp"
)


class WrongAccountCheck:
    code = "SO303"
    name = "wrong-account"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
On a brand account, flags posts that read like one person's own feed: first-person personal life (my
kids, my wife, hungover, date night), grumbling about one's job, drinking or getting drunk, swearing,
partisan politics (candidates, parties, #MAGA, "vote for ...") and insults. These are the posts of the
rogue staffer or the wrong app: Chrysler's "#motorcity ... f***ing drive", the Red Cross's
"#gettngslizzerd", KitchenAid's joke about Obama's grandmother. Never fires on person accounts.
Fix: check which account is selected; if it is meant for the brand, rewrite it in the brand's voice.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if ctx.account_kind != "brand":
            return
        text = draft.text
        signals: list[tuple[str, str, Span]] = []
        norm = normalise(text)
        for kind, pattern in (("personal life", _PERSONAL), ("drinking", _DRINKING), ("politics", _POLITICS),
                              ("workplace grumbling", _WORKPLACE)):
            for m in pattern.finditer(norm.text):
                signals.append((kind, m.group(), norm.span(m.start(), m.end())))
        for tag in hashtags(text):
            body = tag.body.lower()
            for kind, pattern in (("drinking", _TAG_DRINKING), ("politics", _TAG_POLITICS)):
                if pattern.search(body):
                    signals.append((kind, f"#{tag.body}", tag.span))
                    break
        for hit in find_profanity(text):
            if hit.strong:
                signals.append(("swearing", hit.typed, hit.span))
        leet = deleet(text)
        for pattern in (_SECOND_PERSON_RE, _NOUN_RE):
            for m in pattern.finditer(leet.text):
                signals.append(("insult", m.group(), leet.span(m.start(), m.end())))
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
            evidence={"signals": [{"kind": k, "matched": text[sp.start:sp.end]} for k, _, sp in signals],
                      "kinds": kinds, "account_kind": ctx.account_kind},
        )
