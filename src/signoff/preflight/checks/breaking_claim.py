"""SO503: an unverified breaking claim (a death, a disaster, a regulator's decision, a deal, a landfall)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.preflight.checks.breaking_claim_words import BAD_NEWS_RE, CLAIMS, MARKER_RE, NAME
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.stance import analyze
from signoff.preflight.text import CJK_RE, words

#: Without a scoop marker only these stand alone: a named person's death, a regulator's decision, a forecast,
#: a rumour the post itself calls one, news passed on with only a hedge ("pray it is not true").
ALONE = frozenset({"approval", "forecast-hit", "bankruptcy", "corporate", "obituary", "identify", "remedy",
                   "rumour", "hedged"})
#: A first and a last name ("RIP Jane Doe"): "RIP Prince" or "RIP Vine" alone may mean a brand or a thing.
_FULL_NAME = r"(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+)"
#: "RIP", "R.I.P." or "Rest in peace," before a name; "#RIPJaneDoe" is the same notice as a hashtag.
_RIP = r"(?:RIP|R\.I\.P\.?|(?i:rest\s+in\s+peace|rest\s+easy|sleep\s+well),?)"
_RIP_TAG = r"#(?i:rip)(?-i:\p{Lu})\w{2,}"
_TITLE = r"(?i:rep|sen|senator|congressman|congresswoman|mp|president|minister|governor|mayor)\.?\s+"
#: "has died" in Spanish, French, Italian, German, Portuguese, Dutch, Polish ("Murió Nelson Mandela",
#: "Martin Bouygues est mort"); and their "rest in peace" before a name.
_DIED_OTHER = (r"ha\s+muerto|muri[óo]|muere|ha\s+fallecido|falleci[óo]|fallece|"
               r"est\s+(?:mort|morte|d[ée]c[ée]d[ée]e?)|"
               r"meurt|d[ée]c[èe]de|muore|morre|falece|stirbt|overlijdt|"
               r"nous\s+a\s+quitt[ée]e?s?|[èe]\s+mort[oa]|[èe]\s+scompars[oa]|ist\s+(?:tot|gestorben|"
               r"verstorben)|morreu|faleceu|is\s+overleden|nie\s+[żz]yje")
_RIP_OTHER = (r"descanse\s+en\s+paz|repose\s+en\s+paix|riposa\s+in\s+pace|ruhe\s+in\s+frieden|rust\s+zacht|"
              r"D\.?E\.?P\.?|Q\.?E\.?P\.?D\.?")
#: Articles and roles between "Murió" / "QEPD" and the name: "QEPD el ex presidente Belisario Betancur".
_ROLE_OTHER = (r"(?i:el|la|le|l'|der|die|il|lo|o|a|ex|ancien|ehemalige[rn]?|former|(?:ex-?)?presidente?|"
               r"pr[ée]sident|pr[äa]sident|cantante|chanteu[rs]e?|s[äa]nger(?:in)?|cantor[a]?|actor|actriz|"
               r"acteur|actrice|schauspieler(?:in)?|attore|attrice|ator|atriz|escritor[a]?|[ée]crivain|"
               r"schriftsteller(?:in)?|scrittore|scrittrice|periodista|journaliste|journalist(?:in)?|"
               r"giornalista|jornalista|maestro|ma[îi]tre|futbolista|footballeur|fu[ßs]baller|calciatore|"
               r"jogador)")
_NAMED_DEATH = regex.compile(
    rf"(?<!(?i:my|our|his|her|their|your|dog|cat|pet|puppy|kitty|hamster|fish)\s+)(?!(?i:my|our|his|her|their|"
    rf"your|the|a|an|this|that|grandpa|grandma|granny|nan|nana|mom|mum|dad|mother|father|"
    rf"uncle|aunt|auntie|brother|sister|cousin|son|daughter|wife|husband|friend|dog|cat|he|she|it|they)\b)"
    rf"(?:(?i:passing|death|(?:sad\s+|untimely\s+)?demise)\s+of\s+(?:{_TITLE})?{NAME}|"
    rf"{NAME}(?:(?:'s|’s)|\s+(?i:on\s+(?:his|her)))\s+(?i:sad\s+|untimely\s+)?(?i:demise)|"
    rf"(?:{_RIP}|(?i:{_RIP_OTHER}))\s+(?:{_FULL_NAME}|@\w+|#(?-i:\p{{Lu}}\p{{Ll}}+\p{{Lu}})\w+)|{_RIP_TAG}|"
    rf"{NAME}\s+(?i:(?:has|have)\s+(?:died|passed\s+away|"
    rf"been\s+(?:shot\s+and\s+)?killed)|was\s+(?:shot\s+and\s+)?killed|(?:was\s+)?shot\s+dead|"
    rf"(?:is|was)\s+dead|died|passed\s+away|dead\s+at\s+\d+|"
    # found dead: "Carlos Santana found deceased in his car", "Family member found X dead"
    rf"(?:(?:has\s+been|was|is|been)\s+)?found\s+(?:dead|deceased|lifeless))|{NAME}\s+(?i:{_DIED_OTHER})|"
    rf"(?i:found)\s+{NAME}\s+(?i:dead|deceased|lifeless)|"
    # a loss announced: "Today we lost an honest politician, an ethical statesman ..."
    rf"(?i:(?:today|tonight|this\s+morning|this\s+evening)\s+(?:we|india|the\s+world|the\s+nation|the\s+country)\s+"
    rf"(?:have\s+)?lost\s+(?:an?\s+|our\s+)?(?:[\p{{L}}-]+\s+){{0,2}}(?:politician|leader|statesman|legend|icon|"
    rf"poet|artist|actor|actress|singer|hero|giant|visionary|soul|gentleman|patriot))|"
    # the headline forms: "Mort de #Chirac", "Muerte de X", "X killed in car crash", "X morto in un incidente"
    rf"(?<!(?:^|[«\"'“‘])(?i:la|le)\s)(?i:mort|muerte|morte)\s+(?i:du|del|della|dello)\s+(?:(?-i:\p{{Lu}})\p{{Ll}}+\s+"
    rf"(?:de|del|di)\s+\S+\s+|{_ROLE_OTHER}\s+)?{_FULL_NAME}(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’-]+)?|"
    rf"(?i:mort|muerte|morte|tod)\s+(?i:de|di|von|do|da)\s+(?!(?-i:J[ée]sus|Jes[uú]s|Cristo|Christ|Christus|Ges[uù])\b)"
    rf"#?{NAME}|"
    # the obituary nouns: "Lamentamos el fallecimiento de nuestro presidente Evo Morales", "le décès de X"
    # (not a policy's "en caso de fallecimiento del Asegurado Titular")
    rf"(?<!(?i:caso\s+de|cas\s+de|caso\s+di|falle\s+des?|case\s+of)\s+(?:\w+\s+)?)"
    rf"(?i:fallecimiento|deceso|d[ée]c[èe]s|falecimento|ableben|overlijden)\s+"
    rf"(?i:del?|di|von|do|da|van|d')\s*(?:(?i:nuestr[oa]|notre|unser(?:e[mnrs]?)?|nostr[oa]|noss[oa]|onze|"
    rf"querid[oa]|cher|ch[èe]re|caro|cara)\s+(?:\p{{Ll}}+\s+)?)?(?:{_ROLE_OTHER}\s+){{0,3}}{_FULL_NAME}|{NAME}\s+(?i:(?:killed|dies|dead|mort[oa]?|muert[oa]|morre|stirbt)\s+(?:in|en|em|dans|bei|at)\s+"
    rf"(?:(?:a|an|un[oa]?|une|el|la|le|o|uma?|einem)\s+)?(?:\w+\s+)?(?:crash|accident|collision|shooting|"
    rf"incidente|accidente|acidente|sparatoria|tiroteo|fusillade|unfall|autounfall))|(?i:{_DIED_OTHER}|"
    rf"{_RIP_OTHER}),?\s+(?:(?i:por|de|d'un[e]?|di|an|aan|em|en|à|a|dopo|nach|ap[oó]s|tras|after)\s+(?:\w+\s+){{0,2}}?)?"
    rf"(?:{_ROLE_OTHER}\s+){{0,3}}{NAME})(?![\p{{L}}])"
)
#: A death announced in Chinese, Japanese or Korean: a name (two to four characters, perhaps a title) and
#: "去世", "逝世", "病逝", "享年89岁", "が死去", "별세" in one sentence; not an anniversary ("逝世40周年").
_CJK_DEATH = regex.compile(
    r"\p{Han}{2,4}(?:老师|先生|女士|教授|さん|氏)?[^。!?!?\n]{0,60}?(?:去世|逝世|病逝|离世|辞世|與世長辭|与世长辞|"
    r"享年\s?\d{1,3}\s?岁|が死去|死去した|亡くなりました|逝去|(?<=氏|さん)が亡くなった)(?![^。!?!?\n]{0,10}(?:周年|週年|纪念|紀念|年前))|"
    r"\p{Hangul}{2,4}\s?(?:씨|선생님?|교수)?(?:가|이)?\s?(?:별세|타계|사망했)"
)
#: A named person's death told in Russian (and Ukrainian), verb first or after the name: "Скончалась
#: Людмила Гурченко", "Иван Петров умер"; read on the text as typed (folding mixes Cyrillic and Latin).
_RU_DIED = r"скончал(?:ся|ась|ись)|умер(?:ла|ли)?|погиб(?:ла|ли)?|помер(?:ла|ли)?"
_RU_DEATH = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_RU_DIED}|пішо?в\s+з\s+життя|ушла?\s+из\s+жизни)\s+(?:\p{{Lu}}\p{{Ll}}+\s+){{0,2}}"
    rf"\p{{Lu}}\p{{Ll}}+(?![\p{{L}}])|(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}+\s+(?:{_RU_DIED})(?![\p{{L}}])")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: A death in a Russian or Ukrainian news item's own words.
_NEWS_DEATH_RU = regex.compile(r"(?i)(?<![\p{L}])(?:умер\w*|скончал\w*|погиб\w*|смерт\w*|помер\w*)"
                               r"(?![\p{L}])")
_CJK_HISTORY = regex.compile(r"周年|週年|纪念|紀念|年前|忌日|诞辰|誕辰|历史上的今天|歴史|역사|주기")
_FIGURATIVE = regex.compile(r"(?i)(?<![\p{L}])(?:(?:phone|battery|laptop|car|wifi|plant|dream|hope|diet|"
                            r"meme|joke|trend|show|party|vibe|career|group\s+chat)s?\s+(?:has\s+)?(?:died|"
                            r"is\s+dead)|dead\s+(?:tired|serious)|fire\s+(?:sale|deal|drop|fit)|crash\s+course|"
                            # the writer's own death, supposed or nearly ("If I died, ...", "I almost died",
                            # "I thought a relative had died"): a living writer announces no death
                            r"(?:if|when)\s+(?:i|we)\s+(?:had\s+|ever\s+)?died|(?:i|we)\s+(?:almost|nearly|"
                            r"literally)\s+died|thought\s+(?:\w+\s+){1,3}had\s+died)")
_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]{3,}")
_SHORT_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]{2}(?![\p{L}])")
#: A full name of short words ("Jo Cox", "Al Gore"), which the four-letter words above miss.
_SHORT_NAME_RE = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}'’-]{1,2}\s+\p{Lu}[\p{L}'’-]{1,}(?![\p{L}])")
#: A death told as history, not news: "200 years ago", "on this day", an anniversary, in any of the languages.
_HISTORY = regex.compile(
    r"(?i)(?<![\p{L}])(?:\d+\s+years?\s+ago|on\s+this\s+day|anniversary|aniversario|anniversaire|anniversario|"
    r"se\s+cumplen\s+\d+\s+a[ñn]os|faz(?:em)?\s+\d+\s+anos|(?:cent|\d+)\s+ans\s+apr[èe]s|\d+\s+anni\s+(?:dalla|senza)|"
    r"jahrestag|anivers[aá]rio|verjaardag|il\s+y\s+a\s+\d+\s+ans|hace\s+\d+\s+a[ñn]os|\d+\s+anni\s+fa|"
    r"vor\s+\d+\s+jahren|h[áa]\s+\d+\s+anos|\d+\s+jaar\s+geleden)(?![\p{L}])")
_YEAR = regex.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
#: The family's, the band's or the club's own announcement: the account is the source ("died peacefully
#: today surrounded by his family", "it is with a heavy heart that we must confirm", "no easy way to say
#: this").
_FIRST_PARTY = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:died|passed\s+away)\s+peacefully|surrounded\s+by\s+(?:his|her|their)\s+(?:loving\s+)?"
    r"family|(?:it\s+is|it'?s)\s+with\s+(?:a\s+)?(?:great|deep|profound|heavy|extraordinary|immense)\s+"
    r"(?:sadness|sorrow|hearts?)\s+(?:that\s+)?(?:we|i)\s+(?:must\s+|can\s+)?(?:announce|confirm|share|inform|report)|(?:we|i)\s+(?:are|am)\s+(?:deeply\s+|so\s+|very\s+)?"
    r"(?:sad|saddened|heartbroken|devastated)\s+to\s+(?:announce|share|confirm|report)|(?:sad|regret)\s+to\s+announce|"
    # a named official source: "Confirmed by the coroner: 3 people died"
    r"confirmed\s+by\s+(?:the\s+)?(?:coroner|police|officials|authorities|hospital|family|club|fire\s+service)|"
    # the responders' own confirmation: "Sadly we can confirm one person has died"
    r"(?:sadly|tragically|regrettably),?\s+(?:we|i)\s+(?:can\s+)?(?:now\s+)?confirm|"
    r"no\s+easy\s+way\s+to\s+say\s+this|(?:our|my)\s+(?:beloved|dear(?:est)?|darling|wonderful)\s+(?:\w+\s+){0,3}?"
    r"(?:has\s+)?(?:passed\s+away|died|left\s+us))(?![\p{L}])"
)
#: A rumour about the writer's own plans ("rumour has it our latte drops Friday"), not a scoop.
_OWN_RUMOUR = regex.compile(r"(?i)rumou?r\w*\s+(?:\w+\s+){0,3}?(?:our|my)(?![\p{L}])")
#: A rumour denied or warned against: "the rumour is false", "stop spreading", "fact check".
_DEBUNK = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?<!(?:praying|hope|hoping)\s+(?:it'?s|it\s+is)\s+)not\s+true|untrue|false|fake|baseless|"
    r"unfounded|a\s+hoax|not\s+happening|stop\s+spreading|don'?t\s+(?:share|spread)|do\s+not\s+share|"
    r"fact[\s-]?check|falso|faux|falsch)(?![\p{L}])")
#: A death report denied or doubted: "her management has confirmed she is stable in hospital", "he is alive
#: and well", "ignore it", "there are conflicting reports".
_ALIVE = regex.compile(
    r"(?i)(?<![\p{L}])(?:confirmed\s+(?:that\s+)?(?:he|she|they)\s+(?:is|are)\s+(?:stable|alive|safe|fine|"
    r"recovering)|(?:is|are)\s+alive\s+and\s+well|"
    # a report disowned or doubted: "saying X has died, ignore it. I didn't write that", "conflicting reports"
    r"ignore\s+(?:it|this|that)|conflicting\s+reports|(?:i|we)\s+didn'?t\s+write\s+(?:it|this|that))(?![\p{L}])")
#: An outbreak or a contamination told by the account that handles it (a health department's count of
#: cases, a company's recall) or declared over: "3 new cases confirmed today", "we are recalling batch 42",
#: "the norovirus outbreak at our hotel is over".
_OUTBREAK_CLAIM = regex.compile(r"(?i)outbreak|contaminated|infected|laced|tainted|poisoned")
_OVER = r"is\s+over|all\s+clear|has\s+ended|lifted|no\s+longer"
_OUTBREAK_OVER = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_OVER})(?![\p{{L}}])")
_OUTBREAK_OWN = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:\d+|new|additional)\s+(?:new\s+)?cases?\s+(?:\w+\s+)?(?:confirmed|reported)|"
    r"(?:we\s+are|we'?re)\s+recalling|recall(?:ed|ing)?\s+(?:of\s+)?(?:batch|lot|all|our|the)|"
    rf"{_OVER})(?![\p{{L}}])")
#: The emergency service's own report on its own account: its people are at the scene, so it is the source
#: ("deputies are responding to reports of a shooting at the school", "our crews are on scene"); not a
#: newsroom's "BREAKING: shooting at the school, police are on scene".
_RESPONDING = regex.compile(
    r"(?i)(?<![\p{L}])(?:deputies|troopers|(?:our|my)\s+(?:officers|teams?|staff|people|crews|units|firefighters)|"
    r"we)\s+(?:are|were|have\s+been|are\s+currently|remain)\s+"
    r"(?:now\s+)?(?:responding|on\s+(?:the\s+)?scene|at\s+the\s+scene|working\s+(?:a|the)\s+scene|"
    r"investigating)(?![\p{L}])")
#: The post corrects the claim it names, and the claim lies inside the correction ("quoted a source wrongly
#: claiming the identity of the attacker", "la cuenta donde anuncian el fallecimiento de X es falsa", "la
#: información que confirmaba la muerte de X era incorrecta"); not "X is dead. Reports he is alive are fake".
_CORRECTED = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:wrongly|falsely|incorrectly|erroneously|mistakenly)\s+(?:(?:had|have|has|was|were|"
    r"been)\s+)?(?:claim|report|announc|stat(?:e[ds]?|ing|ement)|identif|nam(?:e[ds]?|ing)|publish|post(?:ed|ing|s)?|"
    r"tweet|said|say)\w*[^.!?]{0,120}|"
    r"(?:informa[cç][ãa]o|informaci[oó]n|noticia|not[ií]cia|notizia|nouvelle|reports?|news|tweet|account|cuenta|"
    r"compte|post)[^.!?]{0,120}?(?:was|era|foi|fue|est|était|è|is|es|é)\s+(?:wrong|incorrect\w*|err[oó]ne[ao]|"
    r"(?:um\s+)?engano|falsa|falso|fausse|faux|fake|sbagliata|untrue|not\s+true))(?![\p{L}])")
#: A denial inside a medical claim's words ("vaccines do not contain mercury").
_NEGATED = regex.compile(r"(?i)\b(?:not|no|never|myths?|debunk\w*|safe|false|free\s+of)\b|n't|n’t")
#: Words that warn against a medical claim or product just before it.
_WARNED = regex.compile(r"(?i)\b(?:beware|avoid|warn\w*|dangers?\s+of|risks?\s+of|stay\s+away\s+from|"
                        r"don'?t\s+(?:buy|take|use|believe)|myths?|no\s+evidence|debunk\w*)\b")
_WHAT = {"death": "a death", "disaster": "a disaster or attack",
         "approval": "a regulator's or court's decision", "deal": "a company being bought",
         "health": "someone's health", "bankruptcy": "a bankruptcy", "suspect": "who a suspect is",
         "identify": "who did it",
         "corporate": "a company's decision", "obituary": "a death", "conspiracy": "a conspiracy theory",
         "forecast-hit": "where a disaster will hit",
         "remedy": "a medical claim (a cure or a cause of disease)", "rumour": "a rumour",
         "trade": "a trade or transfer", "hedged": "news it cannot confirm",
         "personal": "someone's engagement, marriage, pregnancy or split",
         "scandal": "someone's downfall (an arrest, a charge, an investigation, a dismissal, a failed test)",
         "markets": "a market-moving event (a central bank's move, halted trading)"}
#: Words one of which every marker or claim contains: a cheap test before the patterns run.
TRIGGERS = frozenset({
    "breaking", "just", "urgent", "developing", "scoop", "exclusive", "confirmed", "update", "justin",
    "sources", "hearing", "told", "tells", "reports", "rumour", "rumor", "word", "confirm", "report",
    "source", "show", "alert", "died", "dead", "passed", "killed", "injured", "wounded", "rip", "r",
    "death", "passing", "lost", "detenido", "detenida", "arrestato", "festgenommen", "dam", "levee",
    "treated", "hospitalised", "hospitalized", "hospital", "admitted", "priori",
    "condition",
    "support", "coma", "missile", "missiles", "launched", "flooding", "flooded", "explosion",
    "explosions", "shooting", "gunfire", "gunman", "attack", "earthquake", "quake", "crash", "fire",
    "blast", "bomb", "tsunami", "collapse", "hostage", "hostages", "stabbing", "approved", "approves",
    "cleared", "clears", "rejected", "rejects", "blocked", "blocks", "greenlit", "greenlights", "signed",
    "ruled", "banned", "bans", "strikes", "struck", "upholds", "upheld", "overturns", "overturned",
    "overturn", "bankrupt", "bankruptcy", "insolvency", "acquired", "bought", "taken", "acquires",
    "acquiring", "acquire", "buy", "merger", "takeover", "buyout", "agreed", "hurricane", "storm",
    "typhoon", "cyclone", "tornado", "flood", "derailed", "derailment", "evacuated", "evacuation",
    "evacuate", "evacuating", "suspect", "suspects", "shooter", "attacker", "bomber", "killer", "identity",
    "cancel",
    "cancelling", "canceling", "close", "closing", "move", "moving", "shut", "build", "building", "open",
    "opening", "keep", "keeping", "dies", "pizzagate", "qanon", "falseflag", "false", "actors", "actor",
    "inside", "chemtrails", "plandemic", "staged", "hoax", "rest",
    # markers and disasters in other languages
    "eilmeldung", "ultima", "derniere", "ultim", "urgente", "alerte", "速報", "explosión",
    "explosao", "esplosione", "explosie", "anschlag", "attentat", "atentado", "attentato", "aanslag",
    "schusse",
    "schiesserei", "tiroteo", "tiroteio", "fusillade", "sparatoria", "schietpartij", "erdbeben", "terremoto",
    "seisme", "aardbeving", "sismo",
    # markers and claims: "according to reports", "leaked", "in hospital", "will attack", "declares war"
    "according", "leaked", "watch", "will", "going", "set", "about", "plans", "plan", "declares",
    "declare", "declared",
    # medical claims
    "vaccine", "vaccines", "vaccination", "vaccinations", "jab", "jabs", "mmr", "shot", "shots", "cure",
    "protects", "protect", "cloro", "dioxide", "dióxido", "dioxido", "silver", "coloidal", "colloidal",
    "vacina", "vacinas", "vacuna", "vacunas", "vaccin", "vaccins", "impfung", "dader", "täter", "tater",
    "autor",
    "auteur", "colpevole", "culprit",
    "cures", "cured", "heals", "heal", "healed", "reverses", "reverse", "reversed", "eliminates", "eliminate",
    "tackles", "tackle", "tackled", "prevents", "prevent", "prevented", "caused",
    "kills", "kill", "sunscreen", "sunscreens", "fluoride", "chemo", "chemotherapy", "5g", "appetite",
    "detox", "skinny", "slimming", "tummy", "teatox", "weight", "diet", "fat", "poison", "poisoning",
    "poisoned", "poisonous", "mercury", "aluminum", "aluminium", "thimerosal", "thimerasol", "toxins",
    "toxin", "microchip", "microchips", "demise",
    # the deaths of `_DIED_OTHER` and `_RIP_OTHER` (`words` folds accents: "décédée" is "decedee")
    "muerto", "murio", "fallecido", "fallecio", "mort", "morte", "decede", "decedee", "quitte", "quittes",
    "quittee", "morto", "morta", "scomparso", "scomparsa", "tot", "gestorben", "verstorben", "morreu",
    "faleceu", "overleden", "zyje", "muere", "fallece", "meurt", "muore", "falece", "stirbt",
    "fallecimiento", "deceso", "deces", "disparition", "falecimento", "ableben",
    "tumor", "tumour", "tumors", "tumours", "shuns", "shun", "shunned", "shunning", "refuses", "ditches",
    "abandons",
    "overlijdt", "shooters", "gunmen", "attackers", "bombers",
    "outbreak", "contaminated", "infected", "laced", "tainted",
    "rumors", "rumours", "rumored", "rumoured", "unconfirmed", "unverified", "rumeur", "rumeurs", "rumores",
    "geruchte", "geruecht", "geruechte", "gerucht", "geruchten", "geruchtes", "rumorea", "boato", "boatos",
    "drink", "boil",
    "descanse", "repose", "riposa", "ruhe", "zacht", "dep", "d", "qepd", "q",
    # found dead, and an unnamed official as the source
    "found", "deceased", "lifeless", "official", "officials",
})
#: Words one of which each kind added since needs: a draft with none of `TRIGGERS` runs only the kinds its
#: words point at ("hope" alone runs the hedge, not every claim).
KIND_TRIGGERS: dict[str, frozenset[str]] = {
    "scandal": frozenset({
        "tested", "failed", "arrested", "charged", "indicted", "investigated", "probed", "subpoenaed",
        "fired", "sacked", "suspended", "raided", "detained", "impeached", "investigation", "resigned",
        "step", "steps", "stepping", "boot", "sack", "axe", "gone", "resignation"}),
    "markets": frozenset({
        "emergency", "rate", "rates", "negative", "bail", "bailin", "bank", "trading", "halted", "halts",
        "default", "defaults", "defaulted"}),
    "trade": frozenset({
        "traded", "done", "imminent", "finalised", "finalized", "agreement", "terms", "complete", "completed",
        "agreed", "deal", "place"}),
    "hedged": frozenset({"pray", "praying", "hope", "hoping", "confirmation", "confirmed"}),
    "disaster": frozenset({
        "rockets", "rocket", "torpedo", "torpedoes", "opened", "engaged", "engages", "engaging", "combat",
        "hit", "hitting", "striking", "struck", "drone", "drones", "shells", "shelling", "bombed",
        "shelled"}),
}
#: A medical claim is not news to confirm but evidence to show.
FIX_REMEDY = ("Link the evidence (a health authority or a peer-reviewed study) or drop the claim; health "
              "claims in advertising are regulated, and a false one is shared far more than its correction.")
FIX = ("Confirm it with a second, independent source (an official statement or two outlets) before "
       "posting; if you post, say what is confirmed and who confirmed it.")


def _bare(word: str) -> str:
    """A name without its possessive: "Wheldon's" is the "Wheldon" of the report."""
    return regex.sub(r"['’]s$", "", word.lower())


#: A report of a death in a news item's own words ("Police officer killed at Parliament named as PC Keith
#: Palmer"): the feed is the source, so any of its death words confirms a death the draft names; so does a
#: crash with no one alive ("Jenni Rivera's plane found destroyed, no survivors").
_NEWS_DEATH = regex.compile(
    r"(?i)\b(?:dies|died|dead|killed|slain|murdered|passe[sd]\s+away|death|obituary|no\s+survivors|"
    r"none\s+survived|(?:nobody|no\s+one)\s+survived)\b")


#: A report that doubts its own death news: it confirms nothing.
_NEWS_DOUBT = regex.compile(r"(?i)\b(?:still\s+alive|alive\s+and\s+well|is\s+alive|not\s+dead|"
                            r"no\s+information|denie[sd]|premature|false\s+report|hoax|retract\w*|on\s+life\s+support)\b")


def _confirmed(text: str, kind: str, ctx: Context) -> str | None:
    """A news item that reports the same kind of claim about a name the draft uses: its title, or None."""
    news = ctx.news
    if news is None:
        return None
    names = {_bare(w) for w in _WORD.findall(text)} - {"breaking", "just", "urgent", "update", "exclusive"}
    # a name inside "#RIPJaneDoe" or "@janedoe" counts when a capitalised word of the report is part of it
    glued = [part.lower() for pair in regex.findall(r"(?i)#rip(\w+)|@(\w+)", text) for part in pair if part]
    for item in news.items:
        if item.published > ctx.at:
            continue
        body = item.text
        # a hedge names no claim of its own: any report about a name the draft uses answers it
        dies = kind in ("death", "obituary") and (_NEWS_DEATH.search(body) or _CJK_DEATH.search(body)
                                                  or _NEWS_DEATH_RU.search(body))
        if kind != "hedged" and not CLAIMS[kind].search(body) and not dies:
            continue
        if kind in ("death", "obituary") and _NEWS_DOUBT.search(body):
            continue  # "CBS reports X has died ...; police have no information, TMZ says he is still alive"
        reported = {_bare(w) for w in _WORD.findall(body)}
        short = {w.lower() for w in _SHORT_WORD.findall(body)}  # "#RIPAli" is the "Ali" of the report
        full = any(n.lower() in body.lower() for n in _SHORT_NAME_RE.findall(text))
        if not names and not glued or names & reported or any(w in g for g in glued for w in reported) \
                or short.intersection(glued) or full:
            return item.title
    return None


#: How recent a reported death must be for a plain condolence to be read as about it.
_CONDOLENCE_WINDOW = timedelta(hours=24)


def _condolence_on_death_day(text: str, ctx: Context) -> bool:
    """Condolences with no scoop marker while the news reports a death of the last day: "End of a legendary
    era. Heartfelt condolences. #RIPKalaignar" names the dead by a title or nickname the report does not
    use ("Karunanidhi"); sympathy on the day a death is reported is not a scoop."""
    news = ctx.news
    if news is None:
        return False
    stance = analyze(text)
    if not stance.supportive or stance.takes_stance or stance.promotes:
        return False
    # a full name the news does not carry is a claim about someone else ("RIP Malcolm Muggeridge")
    titles = " ".join(item.title for item in news.items).lower()
    if any(not set(n.lower().split()) & set(titles.split()) for n in regex.findall(_FULL_NAME, text)):
        return False
    return any(timedelta(0) <= ctx.at - item.published <= _CONDOLENCE_WINDOW
               and regex.search(r"(?i)\b(?:dies|died|dead|passes\s+away|passed\s+away)\b", item.title)
               and not _NEWS_DOUBT.search(item.text)
               for item in news.items)


def _named_elsewhere(claim: str, ctx: Context) -> bool:
    """The dead the claim names (by a capitalised word) appear in no news item: "So sad to hear Cher is dead"
    on the day Thatcher's death is reported is a claim about someone else, not a condolence."""
    # a hashtag's name ("#RIPKalaignar") may be a nickname the report does not use: only plain words count
    named = {_bare(w) for w in regex.findall(r"(?<![\p{L}#@])\p{Lu}[\p{L}'’-]{2,}", claim)} - {"rip"}
    if not named or ctx.news is None:
        return False
    reported = {w.lower() for item in ctx.news.items
                for w in regex.findall(r"(?<![\p{L}])\p{Lu}[\p{L}'’-]{2,}", item.text)}
    return not named & {_bare(w) for w in reported} and not named & reported


class BreakingClaimCheck:
    code = "SO503"
    name = "unverified-claim"
    severity = Severity.REVIEW
    requires = frozenset({"clock"})
    #: Without news nothing can confirm the claim, so every claim of the kind gets its review.
    optional = frozenset({"news"})
    explanation = """
Finds breaking claims that need a second source before they go out: someone has died, an explosion,
shooting, crash or disaster has happened, a regulator or court has decided, a company is being bought, a
storm or quake will hit a place, who the shooter or bomber is, a contamination or outbreak ("supply
contaminated with Ebola"), someone's downfall (arrested, charged, under investigation, fired, failed a drug
test), a market event (a central bank's emergency meeting, halted trading, a bail-in), a trade or transfer
told as done, an act of war as it happens ("missile fired at the carrier"), a rumour the post itself calls
one ("Rumor of a detection. Amazing if true") and bad news passed on with only a hedge ("pray this is not
true ... no confirmation yet"). A
scoop marker ("BREAKING", "JUST IN", "sources say", "I'm hearing", "source says", "insiders say", "law
enforcement official says"; in
other languages "Eilmeldung:", "Última hora:", "Dernière minute :", "速報") or an
emergency alert's call to act
("THIS IS NOT A DRILL", "seek shelter") with any such claim gets a review; so do a named person's death
("RIP Jane Doe", "RIP @janedoe", "#RIPJaneDoe", "Jane Doe has died", "Jane Doe found dead", "Murió Jane
Doe", "Jane Doe killed in car crash", "Mort de Jane Doe", "褚时健去世,享年89岁",
"渡辺恒雄氏が亡くなった"; not a death told as history: "on this day", "200 years ago", only past
years, nor the family's or band's own announcement: "died peacefully surrounded by his family", "it is with
a heavy heart that we must confirm"), a regulator's decision, a forecast landfall, naming an attacker, the
rumour or the hedge the post makes itself, and a
medical claim ("turmeric cures cancer", "tackles cancer", "vaccines cause autism", "disease is caused by
negative energy", a detox tea or an appetite suppressant
promoted: link the evidence) on their own. When the configured news already reports the same kind of claim
about a name the draft uses (for a death, any death word of the report: "officer killed ... named as X"),
it does not fire: the news confirms it; nor do condolences without a scoop
marker on a day the news reports a death, when they name the dead by a title or nickname the report does
not use ("Heartfelt condolences. #RIPKalaignar"; a full name the news lacks still fires). Premature death
notices and invented
scoops are among the most retweeted mistakes, and the hardest to take back. Fires on "BREAKING: explosion at
the central station, many injured"; does not fire on "Our new store opens at the station on Monday". Fix:
confirm with a second source.
Word of mouth is a scoop marker ("hearing from a friend at the FAA", "my cousin in X says", "can anyone
confirm?", "quelqu'un peut confirmer"), a fleet grounded is a regulator's decision, and a death passed on in
the conditional ("serait mort", "sarebbe morto") is a death claim; a responder's own "sadly we can confirm"
is not.
A loss announced ("Today we lost an honest politician") is a death claim like "RIP Jane Doe".
Also: an invasion or shelling as it begins, a product said to protect from a disease, the known fake cures
(chlorine dioxide, colloidal silver) and a vaccine said to cause harm in other languages, the culprit named
("De dader ... is Sem"), "rest easy <Name>", and word of mouth in more forms ("we are hearing", "they're
saying", "my cousin works at ... and says", "selon plusieurs sources", "Info :"). Services suspended ("all
crossings are suspended") are no downfall, and a death report denied ("has confirmed she is stable") is no
claim.
Also: word of mouth in Spanish, Portuguese, French, Italian, German ("me dicen", "on me dit"), a source in
the room ("my producer was in the room"), a structure about to fail ("the dam is going to fail tonight"), an
arrest told in other languages ("ha sido detenido"); a death confirmed by a named source ("confirmed by the
coroner") is not a scoop.
A crash reported with no survivors ("plane found destroyed, no survivors") confirms the deaths of those it
names: "Descanse en paz X" then is a condolence, not a claim; while the plane is only missing it is a claim.
Someone's private life told as a scoop ("BREAKING: X and Y are engaged", "EXCLUSIVE! X and Y have split") is a
claim too, unless the feed reports it; "We are engaged!" is the writer's own news.
A named person's death told in Russian or Ukrainian ("Скончалась Людмила Гурченко", "Иван Петров умер") is a
claim unless the feed reports it in its own words ("... умерла на 76-м году жизни"); a death with a past year
is history.
A downfall in a headline's words counts with a scoop marker ("BREAKING: John Doe arrested over ...",
"Exclusive: @host suspended"; not "Flights suspended"), and so does a storm's path foretold after its name
("Hurricane Irma. She's predicted to come through Mexico, hit us ..."). The writer's own death, supposed or
nearly ("If I died, ...", "I almost died laughing", "I thought a relative had died"), announces none.
A takeover told in French, Spanish, Portuguese, Italian or German ("Fullsix racheté par Havas", "adquirida
por") counts as a deal, and a French rumour flag ("Rumeur insistante :", "A priori confirmé") as a scoop
marker. Condolences on a day a death is reported still get a review when they name someone the report does not
("So sad to hear Cher is dead" on the day Thatcher died); a hashtag's nickname ("#RIPKalaignar") is left
alone.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        vocab = words(text).set
        every = not vocab.isdisjoint(TRIGGERS) or "#rip" in text.lower()
        pointed = {k for k, w in KIND_TRIGGERS.items() if not vocab.isdisjoint(w)}
        kinds = [k for k in CLAIMS if every or k in pointed]
        cjk_death = _CJK_DEATH.search(text) if CJK_RE.search(text) and not _CJK_HISTORY.search(text) else None
        if not kinds and not cjk_death and not _CYRILLIC.search(text):
            return
        marker = MARKER_RE.search(text)
        if not marker:  # without a marker only the kinds that stand alone count: skip the rest
            kinds = [k for k in kinds if k in ALONE]
        hits: list[tuple[str, regex.Match[str]]] = []
        for kind in kinds:
            m = CLAIMS[kind].search(text)
            if m and kind == "hedged" and m.group("soft") and not BAD_NEWS_RE.search(text):
                continue  # "no confirmation yet on the start time": a hope or a missing source, no bad news
            if m and kind == "remedy" and (_WARNED.search(text[max(0, m.start() - 40):m.start()])
                                           or _NEGATED.search(m.group())):
                continue  # "beware of slimming pills", "vaccines do not contain mercury": not the claim
            if m and not _FIGURATIVE.search(text[max(0, m.start() - 20):m.end() + 10]):
                hits.append((kind, m))
        if not marker:
            named = _NAMED_DEATH.search(text) if every else None
            years = [int(y) for y in _YEAR.findall(text)]
            if named and (_HISTORY.search(text) or (years and max(years) < ctx.at.year)):
                named = None  # "the death of Napoleon, 200 years ago": history ("RIP X 1981-2016" is news)
            if named and _FIRST_PARTY.search(text):
                named = None  # the family's or the band's own announcement is the source, not a scoop
            hits = [(k, m) for k, m in hits if k in ALONE] + ([("death", named)] if named else [])
        if cjk_death and not any(k == "death" for k, _ in hits):
            hits.append(("death", cjk_death))
        ru_death = _RU_DEATH.search(text) if _CYRILLIC.search(text) else None
        old = _HISTORY.search(text) or any(int(y) < ctx.at.year for y in _YEAR.findall(text))
        if ru_death and not old and not any(k == "death" for k, _ in hits):
            hits.append(("death", ru_death))
        if any(k == "rumour" for k, _ in hits) and (_OWN_RUMOUR.search(text) or _DEBUNK.search(text)):
            hits = [(k, m) for k, m in hits if k != "rumour"]  # the writer's own news, or a rumour denied
        if _ALIVE.search(text):
            hits = [(k, m) for k, m in hits if k != "death"]  # the death report denied
        if _FIRST_PARTY.search(text):
            hits = [(k, m) for k, m in hits if k != "death"]  # "Sadly we can confirm one has died"
        if draft.account_kind == "brand" and _RESPONDING.search(text):
            hits = [(k, m) for k, m in hits if k != "disaster"]  # the responders' own report
        if _OUTBREAK_OWN.search(text) and (draft.account_kind == "brand" or _OUTBREAK_OVER.search(text)):
            hits = [(k, m) for k, m in hits if not (k == "disaster" and _OUTBREAK_CLAIM.search(m.group()))]
        if not hits:
            return
        kind, m = hits[0]
        if kind == "death" and not marker and _condolence_on_death_day(text, ctx) \
                and not _named_elsewhere(m.group(), ctx):
            return
        if _confirmed(text, kind, ctx) or any(c.start() <= m.start() and m.end() <= c.end()
                                               for c in _CORRECTED.finditer(text)):
            return  # the claim is named inside its own correction
        start = min(m.start(), marker.start()) if marker else m.start()
        end = max(m.end(), marker.end()) if marker else m.end()
        if kind == "rumour":
            message = ("This passes on a rumour that the post itself does not stand behind "
                       f"(\u201c{m.group()}\u201d); the configured news does not confirm it.")
        else:
            message = (f"This announces {_WHAT[kind]} (\u201c{m.group()}\u201d) that the configured news "
                       "does not confirm; early reports are often wrong.")
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW,
            message=message,
            span=Span(start, end), fix=FIX_REMEDY if kind == "remedy" else FIX,
            evidence={"claim": kind, "matched": m.group(), "marker": marker.group() if marker else "",
                      "news_checked": ctx.news is not None},
        )
