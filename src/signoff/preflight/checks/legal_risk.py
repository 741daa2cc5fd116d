"""SO502: accusing a named person or organisation of a crime or misconduct (defamation risk)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import normalise, words

#: Labels that accuse someone of a crime ("a fraudster", "a paedo").
CRIME_NOUNS = (
    "paedo", "pedo", "paedophile", "pedophile", "paedophiles", "pedophiles", "child molester", "molester",
    "rapist", "rapists", "sexual predator", "sex offender", "predator", "fraudster", "fraudsters", "fraud",
    "crook", "crooks", "criminal", "criminals", "thief", "thieves", "murderer", "murderers", "embezzler",
    "scammer", "scammers", "con artist", "conman", "con man", "money launderer", "groomer", "abuser",
    "leaker",
    "wife beater", "drug dealer", "war criminal", "swindler", "racketeer", "perjurer", "liar under oath",
)
#: Deeds that accuse someone of a crime or cover-up ("stole", "covered up").
CRIME_VERBS = (
    "stole", "steals", "stealing from", "has stolen", "embezzled", "embezzles", "embezzling", "defrauded",
    "defrauds", "scammed", "scams", "raped", "rapes", "molested", "molests", "laundered", "launders",
    "laundering money", "bribed", "took bribes", "takes bribes", "rigged", "cooked the books",
    "committed fraud", "commits fraud", "covered up", "covers up", "covering up", "lied under oath",
    "perjured", "murdered", "sexually assaulted", "assaulted", "groped", "abused", "trafficked",
    "is running a scam", "is a ponzi", "ran a ponzi", "insider trading", "fixed the match",
    "cheated investors", "poisoned", "blackmailed", "vandalised", "vandalized", "defaced", "desecrated",
    "leaked", "leaking", "pocketed", "drugged", "robbed this", "robbed the",
    "sold stories", "selling stories", "sexually harassed", "harassed", "harasses",
    "was paid off", "were paid off", "got paid off", "is paid off", "took a bribe", "on the take",
    "wiretapped", "wire tapped", "had my wires tapped", "tapped my phones", "tapp my phones",
    "tapped our phones",
    "spied on me", "spied on us", "bugged my", "hard drive full of", "full of child porn", "full of underage",
)
#: First words of every label and deed: a cheap test before the patterns run.
TRIGGERS = frozenset(w.split()[0].lower() for w in CRIME_NOUNS + CRIME_VERBS) | {
    "crooked", "jail", "prison", "lock", "locked", "committed", "perpetrated", "addict", "shooter", "gunman",
    "suspect", "bomber", "attacker", "killer", "perpetrator", "culprit", "identified", "crimes", "crime",
    "theft", "bribery", "embezzlement", "laundering", "traitor", "assassinated", "framed", "swindled",
    "bribed", "kidnapped", "abducted", "billionaire", "businessman", "tycoon", "oligarch", "robbed", "beaten",
    "assaulted"} | {
    # CRIME_NOUNS_OTHER as `words` folds them (lower case, no accents)
    "ladron", "corrupto", "violador", "pederasta", "pedofilo", "estafador", "asesino", "delincuente", "narco",
    "voleur", "escroc", "violeur", "pedocriminel", "criminel", "assassin", "verbrecher", "betruger",
    "kinderschander", "vergewaltiger", "morder", "dieb", "krimineller", "ladro", "truffatore", "stupratore",
    "criminale", "assassino", "mafioso", "corrotto", "ladrao", "bandido", "estuprador", "criminoso", "dief",
    "oplichter", "verkrachter", "pedofiel", "crimineel", "moordenaar", "perampok", "koruptor", "maling",
    "penipu", "pencuri", "pemerkosa", "pembunuh", "ministro", "ministra", "juez", "jueza", "juiz", "senador",
    "senadora", "diputado", "diputada", "deputado", "deputada", "alcalde", "prefeito", "fiscal", "supremo",
    "tribunal", "presidente"}
_B = r"(?<![\p{L}])"
_E = r"(?![\p{L}])"
_NOUN_ALT = "|".join(regex.escape(w) for w in sorted(CRIME_NOUNS, key=len, reverse=True))
_VERB_ALT = "|".join(regex.escape(w) for w in sorted(CRIME_VERBS, key=len, reverse=True))
_IS = r"(?:is|was|'s|’s|are|were|has\s+always\s+been|has\s+been|remains|=)"
_DET = r"(?:(?:a|an|the|such\s+a|just\s+a|nothing\s+but\s+a|total|known|serial|convicted|real|fucking|"
_DET += r"lying|corrupt|complete|proven|dirty|big|massive|child|fat|lowlife|little)\s+)*"
_NOUN_RE = regex.compile(rf"(?i){_B}{_IS}\s+{_DET}(?:{_NOUN_ALT}){_E}")
#: The same label in Spanish, French, German, Italian, Portuguese and Dutch: "X es un ladrón", "X est un
#: escroc", "X ist ein Betrüger", "X è un ladro", "X é um bandido", "X is een oplichter".
CRIME_NOUNS_OTHER = (
    "ladrón", "ladron", "corrupto", "violador", "pederasta", "pedófilo", "pedofilo", "estafador", "asesino",
    "delincuente", "criminal", "narco", "voleur", "escroc", "violeur", "pédophile", "pedophile", "criminel",
    "assassin", "pédocriminel", "verbrecher", "betrüger", "betruger", "kinderschänder", "kinderschander",
    "vergewaltiger", "mörder", "morder", "dieb", "krimineller", "ladro", "truffatore", "stupratore",
    "criminale", "assassino", "mafioso", "corrotto", "ladrão", "ladrao", "bandido", "estuprador",
    "criminoso", "corrupto", "dief", "oplichter", "verkrachter", "pedofiel", "crimineel", "moordenaar",
    # Indonesian and Malay: robber, corruptor, thief, fraudster, rapist, murderer
    "perampok", "koruptor", "maling", "penipu", "pencuri", "pemerkosa", "pembunuh",
    # Polish, Turkish, Tagalog: thief, briber, fraudster
    "złodziej", "zlodziej", "łapówkarz", "lapowkarz", "oszust", "hırsız", "hirsiz", "hırsızın", "hirsizin",
    "dolandırıcı", "dolandirici", "magnanakaw", "mandarambong",
)
#: An office holder labelled: "Ministro corrupto. Bandido", "esse Supremo comprado", "juez vendido" (the
#: office names one person or one court).
_ROLE_LABEL_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:ministro|ministra|juez|jueza|juiz|juíza|senador|senadora|diputado|diputada|deputado|"
    r"deputada|alcalde|alcaldesa|prefeito|prefeita|fiscal|supremo|tribunal|presidente)\s+(?:corrupt[oa]|"
    r"vendid[oa]|comprad[oa]|ladr[oó]n|ladrona|ladr[aã]o|bandid[oa]|criminos[oa]|"
    # ... or a crime told as the office holder's deed: "O deputado Almeida Prates lava dinheiro do tráfico"
    r"(?:(?-i:\p{Lu})[\p{L}'’-]+\s+){1,3}(?:lava(?:ndo)?\s+dinheiro|lavou\s+dinheiro|lava\s+dinero|lav[oó]\s+dinero|"
    r"blanquea\s+dinero|ricicla\s+denaro|blanchit\s+(?:de\s+l['’])?argent|roub(?:a|ou)|rob(?:a|ó)|ruba|"
    r"desvi(?:a|ou|ó)\s+(?:(?:as|os|los|las|el|o|a)\s+)?(?:dinheiro|dinero|fondos|verbas|vacinas|vacunas|recursos|"
    r"doa[çc][õo]es)))(?![\p{L}])"
)
#: A label right after the handle it is aimed at: "@x perampok bank Century", "@x koruptor".
_OTHER_ALT = "|".join(regex.escape(w) for w in CRIME_NOUNS_OTHER)
_HANDLE_LABEL_RE = regex.compile(rf"(?i)(?P<who>@\w+)[,:]?\s+(?:adalah\s+|itu\s+)?(?:{_OTHER_ALT}){_E}")
_NOUN_OTHER_RE = regex.compile(
    rf"(?i){_B}(?:(?:es|est|ist|è|é|e|is|era|war|était)\s+(?:un|una|une|ein|eine|einer|uno|um|uma|een|el|le|der|"
    rf"il|o|de)|(?<=\p{{L}}\s)(?:to|jest)|(?<=^|[.!]\s{{0,3}})(?:magnanakaw)\s+si)\s+"
    rf"(?:\p{{L}}+\s+)?(?:{'|'.join(regex.escape(w) for w in CRIME_NOUNS_OTHER)}){_E}"
)
_LABEL_RE = regex.compile(rf"(?i){_B}(?:{_NOUN_ALT}){_E}")
_VERB_RE = regex.compile(rf"(?i){_B}(?:{_VERB_ALT}){_E}")
#: The worst labels used bare, as a name ("Sorry pedo guy"): an accusation even without "is a".
_BARE_ALT = (r"(?:paedo|pedo|paedophile|pedophile|rapist|child\s+molester|molester|fraudster|embezzler|"
             r"scammer|murderer)")
#: Used as a name: "Sorry pedo guy", "Mr. Rapist", "fraudster @acme", "Crooked Hillary".
_BARE_RE = regex.compile(
    # "You're a thief" told to the person (a shop to a customer, a bank to a client)
    rf"(?i){_B}(?:you'?re|you\s+are|ur)\s+a\s+(?:thief|fraudster|fraud|criminal|crook|shoplifter|scammer){_E}"
    rf"(?!\s+of\s+(?:hearts?|joy|time|style|fashion))|"
    rf"(?i){_B}(?:sorry|you|mr\.?|mrs\.?|ms\.?)\s*{_BARE_ALT}{_E}|{_B}{_BARE_ALT}\s+(?:guy|man|woman|boy|girl|"
    rf"@\w+|(?-i:\p{{Lu}}))|{_B}crooked\s+(?-i:\p{{Lu}})"
)
#: "X should be in jail": implies a crime without naming it; an opinion, so a review at most.
_JAIL_RE = regex.compile(rf"(?i){_B}(?:should\s+(?:be\s+in|go\s+to)\s+(?:jail|prison)|belongs?\s+in\s+"
                         rf"(?:jail|prison)|should\s+be\s+locked\s+up|lock\s+(?:him|her|them)\s+up|"
                         # the same in French, Spanish, Italian, Portuguese, German
                         rf"devrait\s+[êe]tre\s+en\s+prison|deber[ií]a\s+estar\s+en\s+(?:la\s+)?c[áa]rcel|"
                         rf"dovrebbe\s+(?:stare|essere)\s+in\s+(?:galera|prigione|carcere)|deveria\s+estar\s+"
                         rf"(?:na\s+)?(?:cadeia|pris[ãa]o)|geh[öo]rt\s+(?:in\s+den\s+knast|hinter\s+gitter|ins\s+"
                         rf"gef[äa]ngnis)){_E}")
#: A named subject just before the claim: "Elon Musk", "@acme", "Acme Corp", "the CEO".
_NAME = regex.compile(
    r"(?:@\w+|(?-i:\p{Lu}[\p{L}'’.-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’.-]+)){0,3}|(?i:the\s+)?(?i:ceo|cfo|founder|"
    r"chairman|boss|owner|manager|senator|governor|mayor|president|coach|director|judge)(?:\s+of\s+\S+)?)"
    r"(?:'s|’s)?\s*$"
)
_CAP_NAME = r"(?:@\w+|(?-i:\p{Lu}[\p{L}'’.&-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’.&-]+)){0,3})"
#: "from Beanz", "at Acme Corp", "of @acme" after a person's name: the employer, not the subject.
_AFFILIATION = regex.compile(rf"(?<=\S)\s+(?:from|at|of|with|for)\s+{_CAP_NAME}(?:'s|’s)?\s*$")
#: A whole sentence that is only a crime label ("Crook.", "What a fraud!", "Total scammer"): it labels the
#: person the post is about.
_LABEL_ONLY_RE = regex.compile(
    rf"(?i)^\s*(?:what\s+an?\s+|such\s+an?\s+|total\s+|complete\s+|absolute\s+|known\s+|a\s+|an\s+|the\s+|"
    rf"lying\s+|corrupt\s+|fucking\s+|dirty\s+)*(?:{_NOUN_ALT}){_E}\W*$"
)
_ADVERBS = regex.compile(r"(?i)\s+\p{L}+ly\s*$")
#: "the fraud committed by Senator X", "crimes committed by @acme": the crime named, then its author.
_COMMITTED_BY_RE = regex.compile(
    rf"(?i){_B}(?:{_NOUN_ALT}|crimes?|theft|murder|rape|embezzlement|bribery|money\s+laundering)\s+"
    rf"(?:committed|perpetrated|carried\s+out)\s+by\s+(?P<who>{_CAP_NAME})"
)
#: A killing or a fraud pinned on a named person in the passive: "Andrew Breitbart was murdered by Putin",
#: "he was poisoned on the orders of @x" (not "killed by", which news says of storms, drivers and police).
_DONE_BY_RE = regex.compile(
    rf"(?i){_B}(?:was|were|been|being|got)\s+(?:[\w&]+\s+){{0,2}}(?:murdered|assassinated|poisoned|framed|defrauded|"
    rf"swindled|bribed|raped|molested|sexually\s+assaulted|robbed|beaten|assaulted)\s+(?:on\s+(?:the\s+)?orders\s+of|at\s+the\s+hands\s+of|by)\s+(?P<who>{_CAP_NAME})"
)
#: A label used as a title before the name: "cocaine addict James Woods", "fraudster Jo Smith".
_LABEL_BEFORE_RE = regex.compile(
    rf"(?i){_B}(?:(?:cocaine|crack|heroin|drug|meth)\s+addict|fraudster|crook|rapist|paedo(?:phile)?|"
    # a crime worn as a title: "money laundering billionaire Jo Smith"
    rf"(?:money[\s-]+laundering|drug[\s-]+dealing|drug[\s-]+trafficking|arms[\s-]+dealing|people[\s-]+smuggling|"
    rf"child[\s-]+abusing|tax[\s-]+evading|fraudulent)\s+"
    rf"(?:billionaire|businessman|businesswoman|tycoon|oligarch|politician|banker|ceo|crook)|"
    rf"pedo(?:phile)?|child\s+molester|murderer|thief|scammer|traitor)\s+(?P<who>(?-i:@\w+|\p{{Lu}}[\p{{L}}'’.-]+"
    rf"(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{1,3}}))"
)
#: The same title in apposition after the name: "Christopher Chandler, a Monaco based money laundering
#: billionaire".
_APPOSITION_RE = regex.compile(
    rf"(?P<who>(?-i:\p{{Lu}}[\p{{L}}'’.-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{1,3}})),\s+(?i:an?|the)\s+"
    rf"(?i:[\w-]+\s+){{0,4}}(?i:money[\s-]+laundering|drug[\s-]+dealing|drug[\s-]+trafficking|arms[\s-]+dealing|"
    rf"people[\s-]+smuggling|child[\s-]+abusing|tax[\s-]+evading|"
    rf"fraudulent|thieving|crooked)\s+(?i:billionaire|businessman|businesswoman|tycoon|oligarch|politician|banker|"
    rf"ceo|crook){_E}"
)
#: Naming a suspect before the police do: "Shooter identified as X", "Suspect 1: X", "the bomber is X".
_SUSPECT_RE = regex.compile(
    rf"(?i){_B}(?:shooter|gunman|suspect|bomber|attacker|killer|perpetrator|culprit)(?:\s*#?\d)?"
    rf"(?:\s+(?:at|in|of|from)\s+[^,.;!?]{{1,40}}?)?\s*(?:is|was|"
    rf"has\s+been\s+identified\s+as|identified\s+as|named\s+as|:)\s+(?:an?\s+)?(?P<who>(?-i:@\w+|\p{{Lu}}"
    rf"[\p{{L}}'’.-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{1,3}}))"
)
_OFFICIAL = regex.compile(
    r"(?i)\b(?:police|according\s+to|said|says|authorities|officials|charged|arrested)\b")
_ROLE = regex.compile(r"(?i)(?:ceo|cfo|founder|chairman|boss|owner|manager|senator|governor|mayor|president|"
                      r"coach|director|judge)")
#: Words that make a sentence reporting or attribution rather than an accusation.
_ATTRIBUTION = regex.compile(
    r"(?i)(?<![\p{L}])(?:alleged(?:ly)?|accus(?:ed|es|ation|ations)|charged|arrested|convicted|indicted|"
    r"pleaded|pled|sentenced|police|prosecutors?|court|jury|trial|according\s+to|reportedly|reports?|"
    r"lawsuit|sued|investigat\w*|claims?|suspect(?:ed)?|said|says|denies|denied|victims?\s+of)(?![\p{L}])"
)
#: Everyday figures of speech built from crime words.
_IDIOMS = regex.compile(
    r"(?i)(?<![\p{L}])(?:stole\s+(?:the\s+show|my\s+heart|the\s+spotlight|a\s+base|second|third|home|the\s+win|"
    r"the\s+game|my\s+(?:look|style|fries|seat|idea|spot|charger|hoodie|heart))|steals\s+the\s+show|"
    r"murdered\s+(?:it|that|this|the\s+(?:song|track|beat|cover))|abused\s+(?:substances|drugs|alcohol)|"
    # sport and play: "murdered the defence", "stole the ball", "stole 1,406 bases", "leaked a snippet"
    r"(?:murdered|destroyed|robbed)\s+(?:the|their|our|his|her)\s+(?:defen[cs]e|keeper|goalie|bowling|attack|"
    r"opposition|back\s+line|midfield)|stole\s+(?:the\s+ball|possession|[\d,]+\s+bases|bases|a\s+point|three\s+points|"
    r"the\s+headlines)|leaked\s+(?:a\s+)?(?:snippet|preview|teaser|clip|track|song|look)|"
    r"criminally\s+(?:underrated|overlooked|good)|time\s+thief|fraud\s+(?:alert|prevention|detection|team|"
    r"department|awareness)|fashion\s+crime|crime\s+against|(?:scam|fraud)\s+(?:calls?|texts?|emails?))"
    r"(?![\p{L}])"
)
#: Match officials accused of being bought or unfit: "the ref was on drugs", "the referee was bought",
#: "they bribed the umpire", "審判買収か" (bribing the umpire?). No name is needed: the official of a given
#: match is one identifiable person.
_OFFICIALS = (r"refs?|referees?|umpires?|linesm[ae]n|officials|judges|arbitr[oi]|[áa]rbitros?|arbitres?|"
              r"schiedsrichter")
_OFFICIALS_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?:{_OFFICIALS})\s+(?:(?-i:\p{{Lu}})[\p{{L}}'’-]+\s+){{0,3}}(?:was|were|is|are|got|must\s+(?:have\s+)?been|(?:has|have)\s+been|"
    rf"fue|foi|è\s+stato|est|wurde|war|estaba|estaban|est[aá]|era|eram)\s+(?:\p{{L}}+ly\s+|clearly\s+|obviously\s+|totally\s+)?(?:bought|bribed|"
    rf"paid\s+off|on\s+drugs|on\s+something|drunk|corrupt|bent|crooked|on\s+the\s+take|comprad[oa]s?|comprat[oi]|"
    rf"achet[ée]s?|gekauft|bestochen|corrupt[oi]|an?\s+(?:\p{{L}}+\s+)?cheats?|cheats|cheating)|(?:bought|bribed|paid\s+off)\s+(?:the|that|this)\s+"
    rf"(?:{_OFFICIALS})"
    # asked as a question or told as a deed: "Is that ref on drugs", "Ref in Seattle just cheated the Dynamo",
    # "cheating referee"
    rf"|(?:is|was|are|were)\s+(?:that|the|this|these|those|our|their)\s+(?:{_OFFICIALS})\s+(?:on\s+drugs|"
    rf"on\s+something|drunk|blind|bought|bent|corrupt|paid\s+off|cheating)"
    rf"|(?:{_OFFICIALS})\s+(?:[\p{{L}}]+\s+){{0,3}}?(?:just\s+)?cheated|cheating\s+(?:{_OFFICIALS})"
    # the referee bought, in Italian, Spanish, Portuguese, French: "ha comprato l'arbitro"
    rf"|(?:comprato|comprado|compr[oó]|comprou|achet[ée])\s+(?:l['’]\s?|l\s+|al\s+|el\s+|o\s+|a\s+|le\s+|los\s+|gli\s+|"
    rf"les\s+|os\s+)(?:arbitr[oi]|[áa]rbitros?|arbitres?)"
    rf")(?![\p{{L}}])|審判(?:を|の)?買収|買収された審判|收买(?:了)?裁判|裁判(?:被)?收买|심판\s?매수"
)
_OFFICIALS_WORDS = frozenset({"ref", "refs", "referee", "referees", "umpire", "umpires", "linesman",
                              "linesmen", "officials", "judges", "arbitro", "arbitri", "arbitros", "arbitre",
                              "arbitres", "schiedsrichter"})
_HANDLE = regex.compile(r"(?<![\w@])@\w+")
#: A story told rather than a charge made: a past century, a show, a book, a trial's survivors.
_TOLD = regex.compile(
    r"(?i)(?<![\p{L}])(?:in\s+1\d{3}|in\s+the\s+1\d{2}0s|documentary|musical|production|season\s+\d|series|"
    r"character|tv\s+show|novel|film|movie|game|walking\s+tour|podcast|play\b|theatre|theater|convicted|"
    r"sentenced|survivors)(?![\p{L}])"
)
#: Insinuation without saying it: "Why is X trending? *innocent face*".
_INNUENDO = regex.compile(r"(?i)\*\s*innocent\s+face\s*\*|just\s+asking\s+questions|i'?m\s+just\s+asking|"
                          r"draw\s+your\s+own\s+conclusions|makes\s+you\s+think|coincidence\?|"
                          r"(?:traced|tracked)\s+(?:it\s+)?back\s+to|it'?s\s*\.{3,}\s*(?-i:\p{Lu})")
_INNUENDO_TRIGGERS = frozenset({"innocent", "asking", "conclusions", "think", "coincidence", "traced",
                                "tracked"})
_PRONOUN_SUBJECT = regex.compile(r"(?i)(?:^|\s)(?:i|we|you|he|she|they|it|this|that|someone|somebody)\s*$")
#: The writer as the doer ("a genius I stole from constantly"): a confession or a boast, no one accused.
_SELF_SUBJECT = regex.compile(r"(?i)(?:^|\s)(?:i|we)\s*$")
_SENTENCE = regex.compile(r"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Lt|Gen|Sen|Rep)\.|[^.!?\n])+[.!?\n]*")
_NOT_NAMES = frozenset({
    "the", "a", "an", "this", "that", "he", "she", "they", "it", "i", "we", "you", "my", "our", "his",
    "her", "their", "someone", "somebody", "everyone", "nobody", "who", "what", "why", "how", "man", "woman",
    "guy", "lol", "omg", "yes", "no", "so", "and", "but", "if", "when", "then", "just", "also", "user",
})
_PRONOUN_NEXT = regex.compile(r"\s+(?i:he|she|they|it|you|we|i|this|that|him|her|them|me|us)\b")
#: Capitalised words that open sentences without naming anyone.
_SENTENCE_STARTERS = frozenset({"finally", "today", "wow", "well", "so", "yes", "no", "breaking", "update",
                                "again", "another", "great", "good", "sad", "thanks", "congrats", "never"})
FIX = ("Stick to documented facts and attribute them (\u201cconvicted in 2019\u201d, "
       "\u201caccording to the SEC\u201d), or remove it.")


def _subject(before: str) -> str | None:
    """The named subject right before a claim ("Elon Musk" in "Elon Musk is a ..."), if there is one. In
    "John Smith from Beanz stole ..." the subject is John Smith: "from Beanz" only says where he works."""
    tied = _AFFILIATION.search(before.rstrip())
    if tied:
        before = before.rstrip()[: tied.start()]
    m = _NAME.search(before.rstrip())
    if not m:
        return None
    name = m.group().strip()
    if _ROLE.search(name):
        return name
    first = name.split()[0].lower().strip("'’")
    if first in _NOT_NAMES or name.lower() in {"@user"}:
        return None if name.lower() != "@user" else name
    return name


def _post_subject(text: str, start: int, end: int) -> str | None:
    """The person or handle the rest of the post is about: the first name or handle outside the label."""
    rest = text[:start] + " " + text[end:]
    for m in regex.finditer(_CAP_NAME, rest):
        name = m.group().strip().rstrip(".")
        first = name.split()[0].lower().strip("'’.!?,")
        single = len(name.split()) == 1 and not name.startswith("@")
        # "Hope he rots": a verb opening a sentence, followed by a pronoun, names nobody
        verb_like = single and _PRONOUN_NEXT.match(rest, m.end()) is not None
        if first in _NOT_NAMES or first in _SENTENCE_STARTERS or verb_like:
            continue
        return name
    return None


class LegalRiskCheck:
    code = "SO502"
    name = "legal-risk"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Flags accusations of crimes or misconduct: calling someone a paedo, rapist, fraudster, thief or crook,
saying they stole, embezzled, covered up or lied under oath, pinning a killing on them ("X was murdered
by Putin", a review), or hinting at it ("*innocent face*").
Stated as fact about a named person or organisation ("Acme's CEO stole ...", "Jo Smith is a fraud") it
is held, because that is the shape of a defamation claim; vaguer accusations and insinuation get a
review. Reporting and attribution ("police arrested", "accused of", "according to") and figures of
speech ("stole the show", "I was robbed") do not fire. Fix: stick to documented facts, attribute
them, or remove the accusation.
A crime pinned on a named person in the passive ("was raped by Officer X"), a label after the handle it is
aimed at ("@x koruptor"), a crime worn as a title ("X, a money laundering billionaire") and an office
labelled ("Ministro corrupto", "juez vendido"; a review) count too.
A match official said to be bought, unfit or a cheat ("the ref was on drugs", "is that ref on drugs",
"the referee is a cheat", "they bribed the referee", "審判買収") is a review: the official of a named
match is an identifiable person.
Fires (hold) on "Blake finally gets what he deserves. Crook."; does not fire on "She stole the show
last night!".
A match official named before the claim ("Referee Colm Doherty was clearly paid off"), the referee bought in
Italian, Spanish, Portuguese or French ("ha comprato l'arbitro") and a crime told as an office holder's deed
("o deputado X lava dinheiro") count as well.
"Should be in jail" counts in French, Spanish, Italian, Portuguese and German too.
"You're a thief" told to someone counts (a review; not "a thief of hearts").
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        vocab = words(text).set
        hinted = not vocab.isdisjoint(_INNUENDO_TRIGGERS) or "..." in text
        innuendo = _INNUENDO.search(text) if hinted else None
        if innuendo:
            yield Finding(
                code=self.code, check=self.name, severity=Severity.REVIEW,
                message="This insinuates wrongdoing without saying it; courts treat innuendo like an "
                        "accusation.",
                span=Span(innuendo.start(), innuendo.end()), fix=FIX,
                evidence={"matched": innuendo.group(), "kind": "innuendo"},
            )
            return
        cjk_official = "審判" in text or "裁判" in text or "심판" in text
        officials = (_OFFICIALS_RE.search(text)
                     if not vocab.isdisjoint(_OFFICIALS_WORDS) or cjk_official else None)
        if officials and not _ATTRIBUTION.search(text):
            yield Finding(
                code=self.code, check=self.name, severity=Severity.REVIEW,
                message=("This accuses a match official of being bought or unfit "
                         f"(\u201c{officials.group()}\u201d); an official of a named match is an "
                         "identifiable person, and that is how defamation claims start."),
                span=Span(officials.start(), officials.end()), fix=FIX,
                evidence={"matched": officials.group(), "target": "a match official", "kind": "officials",
                          "named": False},
            )
            return
        if vocab.isdisjoint(TRIGGERS):
            return
        norm = normalise(text)
        for sm in _SENTENCE.finditer(text):
            sentence = sm.group()
            suspect = _SUSPECT_RE.search(sentence)
            if suspect and not _OFFICIAL.search(sentence):  # naming a suspect before the police do
                yield self._finding(text, norm.original, sm.start() + suspect.start(),
                                    sm.start() + suspect.end(), suspect.group("who"), "suspect")
                return
            if _ATTRIBUTION.search(sentence):
                continue
            idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(sentence)]
            if _LABEL_ONLY_RE.match(sentence):
                who = _post_subject(text, sm.start(), sm.end())
                if who:
                    yield self._finding(text, norm.original, sm.start(), sm.start() + len(sentence.rstrip()),
                                        who, "label")
                    return
            for pattern, kind in ((_NOUN_RE, "label"), (_NOUN_OTHER_RE, "label"), (_VERB_RE, "deed"),
                                  (_JAIL_RE, "jail"),
                                  (_BARE_RE, "bare-label"), (_COMMITTED_BY_RE, "label"),
                                  (_DONE_BY_RE, "done-by"),
                                  (_LABEL_BEFORE_RE, "label"), (_APPOSITION_RE, "label"),
                                  (_HANDLE_LABEL_RE, "label"), (_ROLE_LABEL_RE, "office-label")):
                for m in pattern.finditer(sentence):
                    if any(s <= m.start() < e for s, e in idioms):
                        continue
                    before = _ADVERBS.sub("", sentence[: m.start()])  # "he illegally stole it"
                    who = _subject(before) if kind in ("label", "deed") else None
                    if m.groupdict().get("who"):
                        who = m.group("who")
                    # a deed opening a sentence in a post that names a handle is aimed at that handle
                    aimed = not before.strip() and bool(_HANDLE.search(text))
                    unaimed = _PRONOUN_SUBJECT.search(before) is None and not aimed
                    if who is None and kind == "deed" and (unaimed or _SELF_SUBJECT.search(before)):
                        continue  # no one is accused: "money stolen in a burglary", "a genius I stole from"
                    yield self._finding(text, norm.original, sm.start() + m.start(), sm.start() + m.end(),
                                        who, kind)
                    break
                else:
                    continue
                break

    def _finding(self, text: str, original: str, start: int, end: int, who: str | None,
                 kind: str) -> Finding:
        named = who is not None
        # history, fiction and a finished case ("Jack the Ripper murdered five women in 1888", "Claudius
        # murdered Hamlet's father: tickets on sale", "the survivors are heard"): a review
        # a killing pinned on a name in the passive may be a conviction told plainly: a review
        held = named and kind != "done-by" and not _TOLD.search(text)
        severity = Severity.HOLD if held else Severity.REVIEW
        claim = original[start:end].strip()
        target = who or "someone"
        return Finding(
            code=self.code,
            check=self.name,
            severity=severity,
            message=(f"This states as fact that {target} committed a crime or misconduct "
                     f"(\u201c{claim}\u201d); that is how defamation claims start."),
            span=Span(start, end) if not named or kind == "done-by" else Span(
                max(0, text.rfind(who, 0, start)), end),
            fix=FIX,
            evidence={"matched": claim, "target": who, "kind": kind, "named": named},
        )
