"""Tragedy words: what makes a story (or a draft) about death, violence, disaster, abuse or war.

Two lexicons. News items are written plainly, so single words ("killed", "earthquake") are reliable there.
Drafts use the same words playfully ("killing it", "bath bomb", "price war", "photo shooting"), so the draft
lexicon only takes phrases that leave no doubt.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import regex

NEWS_LEXICON: dict[str, str] = {
    "death": r"dies|died|dead|deaths?|killed|kills|killing|fatal(?:ly|ities)?|obituary|passed away|funeral|"
    r"mourn(?:s|ing|ers)?|slain|murder(?:ed|s|ing)?|homicide|suicide|overdose|bodies|death toll|victims?|"
    # people hurt or near death: "seriously injured", "in critical condition", "on life support"
    r"(?:seriously|critically|gravely|badly) (?:injured|wounded|hurt|ill)|injured|wounded|feared dead|"
    r"(?:feared |were |are )?trapped|critical condition|life support|cardiac arrest|"
    # other languages: dead, victims, killed
    r"muertos?|fallecid[oa]s?|v[ií]ctimas|morts?|victimes|tués?|(?-i:Tote[nr]?)|opfer|getötet|morti|vittime|uccisi|"
    r"mortos|v[ií]timas|doden|slachtoffers",
    "shooting": r"shootings?|gunman|gunmen|gunfire|shot dead|shot and killed|massacre|opened fire|"
    r"opens? fire|snipers?|tiroteos?|"
    r"masacre|fusillades?|tuerie|amoklauf|schie(?:ss|ß)erei|massaker|sparatoria|strage|tiroteio|chacina|"
    r"schietpartij",
    "attack": r"terror(?:ism|ist|ists)?|bomb(?:ing|ings|er|ers|s)?|explosions?|blasts?|hostages?|stabbing|"
    r"attack(?:s|ed|er)?|stabbings|shots (?:were )?fired|active shooter|major incident|shelter in place|"
    # a vehicle driven into people: "lorry ploughs into Christmas market", "van rams pedestrians"
    r"(?:lorry|truck|van|car|vehicle|bus)\s+(?:plough(?:s|ed)|plow(?:s|ed)|ram(?:s|med)|drove|drives|smash(?:es|ed))"
    r"\s+(?:into\s+)?(?:\w+\s+){0,3}?(?:crowds?|pedestrians|people|market|shoppers|revellers|revelers|"
    r"protesters)|"
    r"atentados?|attentats?|anschl[aä]ge?|terroranschlag|attentat[oi]|aanslag|"
    r"terroris(?:mo|me|mus)",
    "disaster": r"earthquake|quake|hurricane|tornado(?:es)?|typhoon|cyclone|tsunami|wildfires?|floods?|"
    r"flooding|"
    r"landslide|mudslide|avalanche|eruption|famine|storm surge|evacuat(?:e|ed|ion|ions)|state of emergency|"
    r"superstorm|bushfires?|blaze|inferno|engulf(?:s|ed)|"
    # outbreaks of disease
    r"outbreak|epidemic|pandemic|ebola|cholera|coronavirus|covid(?:-19)?|quarantine|"
    r"terremoto|sismo|s[ée]isme|tremblement de terre|erdbeben|aardbeving|hurac[aá]n|ouragan|"
    r"inondations?|[üu]berschwemmung(?:en)?|alluvione|inundac(?:i[oó]n|iones|[õo]es)|"
    r"incendios? forestal(?:es)?|"
    r"waldbr[aä]nde?",
    "crash": r"plane crash|car crash|train crash|crash(?:ed)? kill(?:s|ed|ing)|derail(?:ed|ment)|"
    # "Plane carrying a football team crashes near Medellin", "helicopter crashed into a building"
    r"(?:plane|jet|airliner|aircraft|airbus|boeing|flight|helicopter|bus|train|ferry|rollercoaster)"
    r"(?: \w+){0,5}? crash(?:es|ed)|crash-land(?:s|ed|ing)?|"
    r"crash(?:es|ed) (?:near|into|shortly after|on take-?off|on landing)|"
    r"missing (?:plane|flight|jet|airliner|passengers|hikers|girls|children|students)|"
    r"missing with \d+ (?:aboard|on board|people|passengers)|"
    r"shipwreck|capsiz(?:e|es|ed|ing)|sank|sinks|collapsed?(?= (?:building|bridge|mine|stadium|stand))|"
    r"wreckage|no trace|"
    r"(?:plane|flight|jet|airliner|aircraft) (?:vanish(?:es|ed)|disappear(?:s|ed)|went missing|lost)|"
    r"lost contact|passengers and crew|(?:all )?\d+ (?:people )?(?:on board|aboard)|shot down",
    "abuse": r"abuse[ds]?|molest(?:ed|ation|ing)?|rape[ds]?|sexual(?:ly)? assault(?:ed)?|domestic violence|"
    r"trafficking|pedophil(?:e|ia)|grooming",
    # not a trade, price or culture war, nor a war of words
    "war": r"(?<!(?:trade|price|culture|console|format|bidding|talent|flame|tariff|currency|turf|cola|burger|"
    r"streaming|star|cold|pillow|water|class) )wars?(?! of words)|invasion|invaded|airstrikes?|"
    r"air strikes?|missiles?|shelling|genocide|"
    r"ethnic cleansing|casualties|refugees|guerra|guerre|krieg|oorlog|bombardeos?|bombardements?|"
    r"bombardierung",
    "unrest": r"riots?|rioting|uprising|clashes|crackdown|tear gas|protesters|unrest|curfew|revolution",
}

DRAFT_LEXICON: dict[str, str] = {
    "death": r"death toll|(?:were|was|been|people|persons?|children|kids|\d+) (?:killed|dead|died)|"
    r"lost (?:their|his|her) li(?:fe|ves)|(?<!fashion )victims|"
    # other languages: the victims, the dead
    r"v[ií]ctimas|victimes|vittime|slachtoffers|"
    r"(?:los|las|les|die|i|os) (?:muertos|morts|toten|morti|mortos)",
    # mourning words are also said of phones and diets ("RIP my diet"): a reference, never proof of deaths
    "mourning": r"passed away|rest in peace|(?-i:RIP|R\.I\.P\.?)|funeral|in memory of",
    "shooting": r"(?:mass|school|church|cinema|theater|theatre|movie|club|police) shooting|"
    r"shooting victims|"
    r"gunman|massacre|opened fire|tiroteo|masacre|fusillade|tuerie|amoklauf|massaker|sparatoria|strage|"
    r"tiroteio|chacina|(?-i:\p{Lu})\w+ (?:shooting|massacre|bombings?)",
    "attack": r"terror(?:ist)? attacks?|terrorism|terrorists?|bombings?|suicide bomber|(?:attacks?|"
    r"bombing) (?:in|on) "
    r"(?-i:\p{Lu})\w+|hostages?|atentados?|attentats?|anschlag|anschläge|terroranschlag|attentato|attentati|"
    r"aanslag",
    "disaster": r"earthquake|hurricane|tsunami|tornado(?:es)?|typhoon|wildfires?|flood victims|flooding|"
    r"superstorm|evacuations?|floods|terremoto|sismo|séisme|tremblement de terre|erdbeben|aardbeving|"
    r"huracán|ouragan|inondations|überschwemmung|alluvione",
    "crash": r"plane crash|crash victims|derailment",
    # epidemics: people sick and dying, not a day's tragedy (no cheer counts against them), but a sale or a
    # pun on one backfires ("our deals are going viral #coronavirus")
    "epidemic": r"pandemic|epidemic(?! of)|ebola|zika(?: virus)?|sars|swine flu|bird flu|h1n1|coronavirus|"
    r"covid(?:-?19)?|(?:cholera|measles|virus|flu) outbreak|outbreak of (?:ebola|cholera|measles|zika)",
    # causes: not a tragedy of the day, but using them to sell or farm retweets backfires all the same
    "cause": r"(?:vulnerable|hungry|starving|sick|homeless) (?:child|children|kids|families|people|veterans)|"
    r"child hunger|homelessness|cancer patients",
    "abuse": r"domestic (?:violence|abuse)|sexual (?:abuse|assault)|child abuse|abuse survivors?|"
    r"survivors of abuse",
    "war": r"war (?:in|on) (?-i:\p{Lu})\w+|war[- ]torn|victims of war|genocide|airstrikes?|invasion of|"
    r"genocidio|génocide|völkermord|genocídio",
    # remembrance days and a tragedy's anniversary, in several languages
    "remembrance": r"remembrance (?:day|sunday)|armistice day|anzac day|#anzacday|lest we forget|"
    r"in hono(?:u)?r of (?:the |our |all )?(?:patriots|heroes|fallen|victims|veterans(?! day)|troops|"
    r"those (?:we )?lost|(?:memorial|remembrance|armistice|anzac) day)|"
    r"#remember(?:our|the)?(?:heroes|fallen|victims)|#neverforget\w*|"
    # "never forget." as remembrance, not "never forget your sunscreen"
    r"(?:we (?:will|shall) )?never forget(?!\s*:| (?:to|your|you|that|the|what|how|who|why|where|when|a|"
    r"an|my|our|this|it|these|those|his|her|their|me|us|him|them)\b)|"
    r"we remember (?:them|the fallen|the victims|those)|"
    r"holocaust (?:memorial|remembrance) day|yom hashoah|yom hazikaron|volkstrauertag|dodenherdenking|"
    r"giorno della memoria|día de la memoria|jour du souvenir|journée (?:du souvenir|de la mémoire)|"
    r"(?:\d+(?:st|nd|rd|th)? )?anniversary of the (?:\w+ ){0,3}(?:attacks?|bombings?|shootings?|massacre|"
    r"disaster|earthquake|tsunami|genocide|crash|tragedy|hurricane|floods?|invasion)|"
    r"(?:years|months) (?:since|after) the (?:\w+ ){0,2}(?:attacks?|bombings?|shootings?|massacre|disaster|"
    r"earthquake|tsunami|genocide|crash|tragedy)|"
    r"aniversario del? (?:atentado|terremoto|masacre|tragedia|tiroteo)|anniversaire (?:de l'attentat|des "
    r"attentats|du séisme|de la tragédie)|"
    r"jahrestag (?:des|der) (?:anschlags|anschläge|katastrophe|erdbebens)|"
    r"anniversario (?:della strage|dell'attentato|del terremoto)",
}


def _compile(lexicon: dict[str, str]) -> regex.Pattern[str]:
    parts = [f"(?P<{cat}>{pattern})" for cat, pattern in lexicon.items()]
    return regex.compile(r"(?<![\w/])(?:" + "|".join(parts) + r")(?![\w/])", regex.IGNORECASE)


def _compile_lower(lexicon: dict[str, str]) -> re.Pattern[str]:
    """For lower-cased drafts with stdlib re (several times faster); the two case-sensitive bits are relaxed
    here and checked on the original text afterwards (see draft_tragedy_hits)."""
    parts = []
    for cat, pattern in lexicon.items():
        pattern = pattern.replace("(?-i:RIP|R\\.I\\.P\\.?)", "rip|r\\.i\\.p\\.?").replace("(?-i:\\p{Lu})", "")
        parts.append(f"(?P<{cat}>{pattern})")
    return re.compile(r"(?<![\w/])(?:" + "|".join(parts) + r")(?![\w/])")


NEWS_RE = _compile(NEWS_LEXICON)
DRAFT_RE = _compile_lower(DRAFT_LEXICON)
#: Draft hits that count only when the original is capitalised: "RIP", and the place in "war in Syria".
CAPITAL_ONLY_RE = re.compile(r"(?:rip|r\.i\.p\.?|.* (?:in|on) \w+)", re.IGNORECASE)
#: "Aurora shooting", "Boston bombing": a place or name first (a "photo shooting" is not one).
EVENT_KINDS = frozenset(
    ["mass", "school", "church", "cinema", "theater", "theatre", "movie", "club", "police"]
)
NAMED_EVENT_RE = re.compile(r"\w+ (?:shooting|massacre|bombings?)", re.IGNORECASE)
#: Words of conflict and blame in news: a take on such a story can blow up even when nobody died.
CONTROVERSY_RE = re.compile(
    r"\b(?:fired|firing|ousted|dismissed|dismissal|resign(?:s|ed|ation)?|step(?:s|ped)? down|charged|"
    r"indicted|arrested|accused|accusations?|allegations?|alleged|scandal|investigation|probe|lawsuit|sued|verdict|"
    r"acquitted|convicted|guilty|sentenced|protests?|protesters|boycott|controversy|controversial|backlash|"
    r"outrage|banned|suspended|impeach\w*|racis[mt]|sexis[mt]|harassment|misconduct|cover-?up|layoffs?|"
    r"bankrupt\w*|recall(?:ed|s)?|breach|hacked|strike|walkout|crisis|dies|died|dead|killed|abuse\w*)\b",
    re.IGNORECASE,
)


def controversial(text: str) -> bool:
    """Whether a news text reports conflict, blame or loss (firing, charges, scandal, protest, deaths ...); a
    denied death is none."""
    return CONTROVERSY_RE.search(DENIED_DEATH_RE.sub(" ", text)) is not None


#: Categories in which people die or are hurt: a joke or sale on these is held even for a person.
DEADLY = frozenset({"death", "mourning", "shooting", "attack", "disaster", "crash", "war", "anniversary",
                    "remembrance"})


@dataclass(frozen=True)
class TragedyHit:
    category: str
    start: int
    end: int
    text: str


#: A death denied or called false ("TF1 denies Martin Bouygues has died", "false reports of his death"): the
#: death words inside do not make the story a death. Not a bare "hoax" or "fake": "hoax call ... nurse found
#: dead" is a death.
DENIED_DEATH_RE = regex.compile(
    r"(?i)(?<![\w])(?:den(?:y|ies|ied|ying)|false(?:ly)?\s+(?:reports?|rumou?rs?|claims?|announced|reported)|"
    r"rumou?rs?\s+(?:of|that|about)|premature(?:ly)?|untrue|dément\w*|desmient\w*|smentisc\w*|dementier\w*)"
    r"(?![\w])[^.!?]{0,60}?(?<![\w])(?:dies|died|dead|death|killed|passed\s+away)(?![\w])"
)


def news_tragedy_counts(text: str) -> Counter[str]:
    """How many tragedy words of each category a news text has (a denied death's words do not count)."""
    denied = [m.span() for m in DENIED_DEATH_RE.finditer(text)]
    return Counter(
        m.lastgroup for m in NEWS_RE.finditer(text)
        if m.lastgroup and not any(a <= m.start() < b for a, b in denied)
    )


def tragedy_category(texts: list[tuple[str, int]]) -> str | None:
    """The dominant category over (text, weight) pairs, or None. "death" wins ties: it is the gravest."""
    total: Counter[str] = Counter()
    for text, weight in texts:
        for cat, n in news_tragedy_counts(text).items():
            total[cat] += n * weight
    if not total:
        return None
    # a lone "victims"/"attack" (e.g. "attack on the plan") is too weak without a second word
    if sum(total.values()) < 2:
        return None
    best = max(total.values())
    for cat in ("death", "shooting", "attack", "disaster", "crash", "abuse", "war", "unrest"):
        if total.get(cat) == best:
            return cat
    return None


def draft_tragedy_hits(text: str) -> list[TragedyHit]:
    """Unmistakable tragedy phrases in a draft, with spans."""
    low = text.lower()
    if len(low) != len(text):  # keep spans exact when lower-casing changes a character's length
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    hits = []
    for m in DRAFT_RE.finditer(low):
        original = text[m.start() : m.end()]
        named = NAMED_EVENT_RE.fullmatch(original) and original.split()[0].lower() not in EVENT_KINDS
        if named and not original[0].isupper():
            continue
        if CAPITAL_ONLY_RE.fullmatch(original):
            last = original.replace(".", "").split()[-1]
            if not (last[:1].isupper() and (len(original.split()) > 1 or original.isupper())):
                continue
        hits.append(TragedyHit(m.lastgroup or "death", m.start(), m.end(), original))
    return hits
