"""SO102: profanity, plain or masked (f*ck, sh1t, f u c k, zero-width characters, Cyrillic look-alikes)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import CJK_RE, deleet, normalise, segment, spaced_words, word_pattern, words

#: Strong profanity, by canonical word. A person's post with these gets a second look.
STRONG: dict[str, tuple[str, ...]] = {
    "fuck": ("fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "motherfucker",
             "motherfuckers", "motherfucking", "fuckface", "fuckwit", "fuckboy", "fuckery", "clusterfuck",
             "fuckhead", "fucktard", "mofo", "mfn", "mfing", "mfer", "mfers"),
    "shit": ("shit", "shits", "shitty", "shitting", "shitted", "bullshit", "horseshit", "shithead",
             "shitheads", "shitshow", "shithole", "shitholes", "dipshit", "batshit", "shite", "apeshit"),
    "bitch": ("bitch", "bitches", "bitchy", "bitching", "sonofabitch"),
    "asshole": ("asshole", "assholes", "arsehole", "arseholes", "asshat", "dumbass", "jackass", "badass",
                "smartass", "kickass", "fatass", "asswipe"),
    "cunt": ("cunt", "cunts"),
    "dick": ("dickhead", "dickheads", "dicks", "dickwad"),
    "cock": ("cocksucker", "cocksuckers"),
    "pussy": ("pussy", "pussies"),
    "bastard": ("bastard", "bastards"),
    "wanker": ("wanker", "wankers", "wank"),
    "twat": ("twat", "twats"),
    "douche": ("douche", "douchebag", "douchebags"),
    "whore": ("whore", "whores"),
    "slut": ("slut", "sluts", "slutty"),
    "stfu": ("stfu", "gtfo"),
    # the same kind in Spanish, French, German, Italian, Portuguese and Dutch. Left out: words that are
    # ordinary once accents are folded or in another language ("coño" folds to "cono", a cone; "porra" is a
    # baton and an office betting pool; "Fick" is a surname; "berga" a town)
    "mierda": ("mierda", "mierdas"),
    "joder": ("joder", "jodido", "jodida", "jodidos"),
    "puta": ("puta", "putas", "puto", "putos", "putain"),
    "chingar": ("chingar", "chinga", "chingada", "chingado", "verga"),
    "merde": ("merde",),
    "scheisse": ("scheiße", "scheisse", "scheiss", "scheiß"),
    "ficken": ("ficken", "gefickt", "fotze"),
    "cazzo": ("cazzo", "cazzate", "vaffanculo", "fanculo", "minchia"),
    "merda": ("merda",),
    "caralho": ("caralho", "foda", "fodido"),
    "godverdomme": ("godverdomme",),
    # Korean and Chinese, found in text without spaces by _CJK_RE below ("시바" is a Shiba dog: left out)
    "씨발": ("씨발", "ㅅㅂ"),
    "존나": ("존나",),
    "좆": ("좆",),
    "개새끼": ("개새끼",),
    "他妈的": ("他妈的",),
    # Russian (and Ukrainian) mat, found by its roots by _RU_RE below: words are built on them with
    # prefixes and endings ("нахуй", "пиздец", "говномашина")
    "хуй": ("хуй",),
    "пизда": ("пизда",),
    "блядь": ("блядь",),
    "ебать": ("ебать",),
    "сука": ("сука",),
    "мудак": ("мудак",),
    "говно": ("говно",),
}
#: Mild words: worth knowing about (info), not worth stopping a person's post for.
MILD: dict[str, tuple[str, ...]] = {
    "damn": ("damn", "damned", "dammit", "goddamn", "goddamned", "goddammit"),
    "hell": ("hell",),
    "crap": ("crap", "crappy"),
    "piss": ("piss", "pissed", "pissing"),
    "ass": ("ass", "arse", "asses"),
    "bloody": ("bloody",),
    "bollocks": ("bollocks",),
    "bugger": ("bugger",),
    "wtf": ("wtf", "wth", "omfg"),
    "prick": ("prick", "pricks"),
    "dick": ("dick",),
    "クソ": ("クソ",),
    "我靠": ("我靠",),
}
#: Common misspellings people use to dodge filters, and what they stand for.
DODGES = {
    "fck": "fuck", "fcking": "fucking", "fcked": "fucked", "fuk": "fuck", "fuking": "fucking",
    "fukin": "fucking", "fcuk": "fuck", "phuck": "fuck", "phucking": "fucking", "fuq": "fuck",
    "fkn": "fucking", "fking": "fucking", "fkin": "fucking", "fvck": "fuck", "fvcking": "fucking",
    "fvcked": "fucked", "fuxk": "fuck", "shyt": "shit", "sht": "shit", "biatch": "bitch", "biotch": "bitch",
    "azz": "ass", "a55": "ass", "cnut": "cunt", "kunt": "cunt", "betch": "bitch", "sh1t": "shit",
}

CANON: dict[str, str] = {}
for _table in (MILD, STRONG):
    for _canon, _forms in _table.items():
        for _form in _forms:
            CANON[_form] = _canon
STRONG_CANON = frozenset(STRONG)
CANON_WORDS = frozenset(CANON)
DODGE_WORDS = frozenset(DODGES)
VOCAB = tuple(CANON)
_PLAIN_RE = word_pattern(VOCAB)
_DODGE_RE = word_pattern(DODGES)
#: A word with letters hidden behind * # % (f*ck, f***ing, a**hole, sh#t).
_MASKED_RE = regex.compile(r"(?<![\p{L}\p{N}*%])[a-z][a-z*#%]*[*#%][a-z*#%]*(?![\p{L}\p{N}*#%])")
_MASK_HINT = re.compile(r"[a-z][*#%]|[*#%][a-z]")
#: "F this", "F you", "f off", "F... u": the f-word reduced to its letter (not "an F this term", a grade).
_F_WORD_RE = regex.compile(r"(?i)(?<![\p{L}\p{N}'’])(?<!\b(?:an|a|grade|got|plan|vitamin)\s)"
                           r"f(?:\.{1,3}|\*)?\s+"
                           r"(?:this|that|you|u|off|me|it|him|her|them|everyone|everything)(?![\p{L}])")
#: Dashes as the mask: "f--k", "b--ches", "s---t" (two or more, so "re-do" and "e-mail" stay words).
_DASHED_RE = regex.compile(r"(?<![\p{L}\p{N}-])[a-z]+-{2,}[a-z]*(?![\p{L}\p{N}-])")
#: One dash as the mask, a hyphen or a typographer's dash: "a–hole", "F—k u", "f-cking" (read only when the
#: unmasked word is strong, so "e-mail", "co-op" and "a-list" stay words).
_DASH1_RE = regex.compile(r"(?<![\p{L}\p{N}\-–—])[a-z]+[\-–—][a-z]+(?![\p{L}\p{N}\-–—])")
_STRETCH_HINT = re.compile(r"([a-z])\1\1")
#: A swear word the writer (or the copy they pasted) replaced with a label: "Hey Mr. [expletive] president".
_EXPLETIVE_RE = regex.compile(
    r"(?i)[\[(<{]\s*(?:expletive|expletives|bleep|censored)(?:\s+deleted)?\s*[\])>}]")
#: A hashtag written without breaks: a strong word inside it is read ("#CuntdownToBeauty" is "cunt down to
#: beauty"; "#Scunthorpe" stays one word).
_HASHTAG_RE = regex.compile(r"#([A-Za-z]{4,40})(?![\p{L}\d_])")
_STRONG_INSIDE = regex.compile("|".join(sorted({regex.escape(w) for w, c in CANON.items()
                                                if c in STRONG_CANON and len(w) >= 4 and w.isalpha()},
                                               key=len, reverse=True)))
#: One vowel masked with an x: "shxt hole", "fxck", "bxtch" (read only when the unmasked word is strong).
_X_MASKED_RE = regex.compile(r"(?<![\p{L}\p{N}])[a-z]+x[a-z]*(?![\p{L}\p{N}])")


def _unmask_x(token: str) -> str | None:
    if token.count("x") != 1:
        return None
    for vowel in "aeiou":
        form = token.replace("x", vowel)
        if form in CANON and CANON[form] in STRONG_CANON:
            return form
    return None
#: The Korean, Chinese and Japanese words above inside text without spaces, and Korean swearing masked with an
#: X ("X발", "X나게", "X같다" for 씨발, 존나, 좆같다).
#: Each form with what may not stand next to it: "妈妈的" (mother's), "我操作" (I operate), "아저씨 바지"
#: (uncle's trousers), "씨바스 리갈" (Chivas Regal), "무신사X나이키" (a collaboration), "X같은" (like X).
_CJK_RE = regex.compile(
    r"(?<![\p{Hangul}])씨(?:발|바(?![스지]))|ㅅㅂ|(?<![\p{Hangul}])존(?:나|내)(?![\p{Hangul}]{2})|좆같?|"
    r"他[妈媽]的|(?<![\p{Han}])[妈媽]的|操你[妈媽]|卧槽|我操(?![作心练纵场守劳])|我靠(?![近着谱山])|クソ|くそ(?!う)|"
    # "개새끼" and "새끼" with the press's X mask: "개XX들아", "개XX"
    r"개새끼|(?<![\p{L}\p{N}])개\s?[XxＸ×]{2}|"
    r"(?<![\p{L}\p{N}])[XxＸ×](?P<masked>발(?![렌란])|나게|같(?:다|네|아|애|은\s*새끼))")
_CJK_MASKED = {"발": "씨발", "나게": "존나", "같": "좆같"}
#: "개XX" is the press's mask of "개새끼" (a Korean insult).
_KO_DOG = regex.compile(r"개\s?[XxＸ×]{2}")
_CJK_CANON = {"씨바": "씨발", "존내": "존나", "좆같": "좆", "他媽的": "他妈的", "妈的": "他妈的",
              "媽的": "他妈的", "操你妈": "他妈的", "操你媽": "他妈的", "我操": "他妈的", "卧槽": "他妈的",
              "くそ": "クソ"}
#: Russian swearing by its roots, on the text as typed (Cyrillic, not folded to look-alike Latin letters):
#: "хуй" with its prefixes and endings ("нахуй", "охуел"), "пизд-", "бля(дь|ть)", "еб-" and "ёб-" with
#: their prefixes ("заебал", "долбоёб"), "сука", "мудак", "говн-" ("говномашина"). Not "хуже" (worse),
#: "сукно" (cloth), "Хуан" (Juan), "ебонит" (ebonite).
_RU_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?P<хуй>(?:на|по|о|от|за|при|ни|а|до|рас)?ху[йяеёию](?![ж])\p{L}*)|"
    r"(?P<пизда>\p{L}{0,5}пизд\p{L}*)|(?P<блядь>бля(?:дь|ть|ди|дин\p{L}*|дск\p{L}*|д\p{L}*)?)|"
    r"(?P<ебать>долбо[её]б\p{L}*|выебон\p{L}*|(?:за|у|вы|отъ|до|на|при|раз|съ|по|въ|под|про|об)?[её]б(?:а(?!лан)|ан|"
    r"ат|л|уч|ну|ись|у(?![\p{L}])|ут|ёт|ет|ок)\p{L}*|[её]б(?=\s+тво))|"
    # "сука", not "на суку" (on the bough) nor "Суки Уотерхаус" (a name)
    r"(?P<сука>сук(?:а|ой|ам|ин|ины)(?![\p{L}])|(?-i:суки)(?!\s+\p{Lu})|суч(?:к|ар|ий|ь)\p{L}*)|"
    r"(?P<мудак>муд(?:ак|ил|л[оа])\p{L}*)|(?P<говно>\p{L}{0,6}говн\p{L}*))(?![\p{L}])")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: A letter stretched out ("fuuuuck", "shiiiit").
_STRETCH_RE = regex.compile(r"(?<![\p{L}])\p{L}*(\p{L})\1{2,}\p{L}*(?![\p{L}])")


@dataclass(frozen=True)
class ProfanityHit:
    word: str  # the vocabulary form it reads as ("fucking")
    canonical: str  # its root ("fuck")
    span: Span
    typed: str  # as written in the draft
    masked: bool

    @property
    def strong(self) -> bool:
        return self.canonical in STRONG_CANON


@lru_cache(maxsize=64)
def _mask_regex(token: str) -> regex.Pattern[str]:
    parts = []
    for run in regex.finditer(r"[*#%]+|[a-z]+", token):
        s = run.group()
        parts.append(s if s[0].isalpha() else f"[a-z]{{{len(s)},{len(s) + 1}}}")
    return regex.compile("".join(parts))


def decode_masked(token: str) -> str | None:
    """The profane word a masked token stands for ("f**k" -> "fuck"), or None."""
    visible = sum(c.isalpha() for c in token)
    # "f****", "f******": one letter and its stars. Only the f-word is read that way; "s***" or "b****" could
    # be many words, so they need more letters showing.
    f_word = token[0] == "f" and visible == 1 and 4 <= len(token) <= 8
    if f_word:
        return "fucking" if len(token) == 7 else "fuck"
    if visible < 1 or len(token) < 3 or visible < (len(token) - visible) / 3:
        return None
    pattern = _mask_regex(token)
    for form in VOCAB:
        if pattern.fullmatch(form):
            return form
    return None


def _unstretch(word: str) -> str | None:
    for reps in (1, 2):
        candidate = regex.sub(r"(\p{L})\1{2,}", lambda m, r=reps: m.group(1) * r, word)  # type: ignore[misc]
        if candidate in CANON:
            return candidate
    return None


def _is_name(original: str, span: Span) -> bool:
    """"Dick Smith", "Mr Dick": a capitalised word beside another capitalised word is a name."""
    word = original[span.start : span.end]
    if not word[:1].isupper() or word.isupper():
        return False
    after = original[span.end : span.end + 20].lstrip()
    before = original[max(0, span.start - 20) : span.start].rstrip()
    return (after[:1].isupper()) or bool(before and before.split()[-1][:1].isupper())


@lru_cache(maxsize=2048)
def find_profanity(text: str) -> tuple[ProfanityHit, ...]:
    """Every profane word in `text`, plain or masked, with its span in the original text."""
    hits: dict[tuple[int, int], ProfanityHit] = {}

    def add(form: str, span: Span, masked: bool) -> None:
        key = (span.start, span.end)
        if any(s <= span.start < e or span.start <= s < span.end for s, e in hits):
            return
        if CANON.get(form) == "dick" and form == "dick" and _is_name(text, span):
            return
        hits[key] = ProfanityHit(form, CANON[form], span, text[span.start : span.end], masked)

    norm = normalise(text)
    vocab = words(text)
    plain = vocab.positions() if vocab.any_of(CANON_WORDS) else iter(())
    for word, start, end in plain:
        if word in CANON:
            span = norm.span(start, end)
            add(word, span, masked=text[span.start : span.end].lower() != word)
    leet = deleet(text)
    if leet is not norm:
        for m in _PLAIN_RE.finditer(leet.text):
            add(m.group(), leet.span(m.start(), m.end()), masked=True)
    if vocab.any_of(DODGE_WORDS) or leet is not norm:
        for m in _DODGE_RE.finditer(leet.text):
            add(DODGES[m.group()], leet.span(m.start(), m.end()), masked=True)
    if _MASK_HINT.search(norm.text):
        for m in _MASKED_RE.finditer(norm.text):
            form = decode_masked(m.group())
            if form:
                add(form, norm.span(m.start(), m.end()), masked=True)
    if "x" in norm.text:
        for m in _X_MASKED_RE.finditer(norm.text):
            form = _unmask_x(m.group())
            if form:
                add(form, norm.span(m.start(), m.end()), masked=True)
    if "-" in norm.text or "–" in norm.text or "—" in norm.text:
        for m in _DASH1_RE.finditer(norm.text):
            form = decode_masked(regex.sub(r"[\-–—]", "*", m.group()))
            if form and CANON[form] in STRONG_CANON:
                add(form, norm.span(m.start(), m.end()), masked=True)
    if "--" in norm.text:
        for m in _DASHED_RE.finditer(norm.text):
            form = decode_masked(m.group().replace("-", "*"))
            if form:
                add(form, norm.span(m.start(), m.end()), masked=True)
    if _STRETCH_HINT.search(norm.text):
        for m in _STRETCH_RE.finditer(norm.text):
            form = _unstretch(m.group())
            if form:
                add(form, norm.span(m.start(), m.end()), masked=True)
    for joined, span in spaced_words(text):
        form = joined if joined in CANON else DODGES.get(joined)
        if form:
            add(form, span, masked=True)
    if "#" in text:
        for m in _HASHTAG_RE.finditer(text):
            body = m.group(1).lower()
            if body in CANON:
                continue  # a plain word: the word pass read it
            if not _STRONG_INSIDE.search(body):
                continue  # segmenting costs; most hashtags hold no strong word at all
            inside = [w for w in segment(body) if w in CANON and CANON[w] in STRONG_CANON]
            if inside:
                add(inside[0], Span(m.start(), m.end()), masked=True)
    if "xpletive" in text or "bleep" in text or "ensored" in text:
        for m in _EXPLETIVE_RE.finditer(text):  # the word is unknown; it stands for a strong one
            add("fuck", Span(m.start(), m.end()), masked=True)
    for m in _F_WORD_RE.finditer(text):  # after the spaced words: "f u c k" is one hit, not "f u"
        add("fuck", Span(m.start(), m.end()), masked=True)
    if CJK_RE.search(text):
        for m in _CJK_RE.finditer(text):
            masked = m.group("masked")
            dog = _KO_DOG.fullmatch(m.group()) is not None
            form = ("개새끼" if dog else
                    _CJK_MASKED[masked[0] if masked[0] == "같" else masked] if masked else m.group())
            add(_CJK_CANON.get(form, form), Span(m.start(), m.end()), masked=bool(masked) or dog)
    if _CYRILLIC.search(text):
        for m in _RU_RE.finditer(text):
            add(next(k for k, v in m.groupdict().items() if v), Span(m.start(), m.end()), masked=False)
    return tuple(sorted(hits.values(), key=lambda h: h.span.start))


class ProfanityCheck:
    code = "SO102"
    name = "profanity"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Finds swearing, including the disguised kind that slips past simple filters: symbols in place of letters
(f*ck, sh1t, a$$, f****), the f-word cut to its letter ("F this", "F you"), letters spaced out (f u c
k), invisible zero-width characters inside a word, look-alike letters from other alphabets (a Cyrillic
"а" in place of a Latin "a"), stretched letters and common dodges ("fvck", "fck"), a vowel masked with an x
("shxt", "fxck"), and the strong words of
Spanish, French, German, Italian, Portuguese, Dutch and Russian ("mierda", "merde", "Scheiße",
"говно"), and of Korean and Chinese (also as the press masks them: "개XX"). Strong words get a
review; mild ones (damn, hell, crap) are noted as info. Whole words only, so Scunthorpe, classic,
assess, cockpit, Dickens, hello and shell are fine.
Fix: say it without the swear word; masking it does not make it disappear for readers.
Fires on "well that was a load of sh!t"; does not fire on "Scunthorpe United won 2-1".
One dash as the mask, a hyphen or a typographer's dash ("a–hole", "F—k u", "f-cking"), is read when the
unmasked word is a strong one; "e-mail", "co-op" and "a-list" stay words.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        for hit in find_profanity(draft.text):
            severity = Severity.REVIEW if hit.strong else Severity.INFO
            if hit.masked and _EXPLETIVE_RE.fullmatch(hit.typed):
                message = (f"\u201c{hit.typed}\u201d stands in for a swear word: readers will fill it in, "
                           "and quote the post as swearing.")
            elif hit.masked:
                message = (f"\u201c{hit.typed}\u201d is disguised swearing: readers will read it as "
                           f"\u201c{hit.word}\u201d.")
            elif hit.strong:
                message = f"\u201c{hit.typed}\u201d is swearing; check it fits this account's voice."
            else:
                message = f"\u201c{hit.typed}\u201d is mild swearing; fine for some audiences, not all."
            yield Finding(
                code=self.code,
                check=self.name,
                severity=severity,
                message=message,
                span=hit.span,
                fix="Rephrase without the swear word (masking it with symbols does not hide it).",
                evidence={"matched": hit.typed, "decoded": hit.word, "root": hit.canonical,
                          "masked": hit.masked, "strength": "strong" if hit.strong else "mild"},
            )
