"""SO105's lexicon: the groups a post may blame (in English and other languages, folded) and the crimes and
traits pinned on them; the check that reads them is group_blame.py."""

from __future__ import annotations

import regex

#: Groups by religion, ethnicity, origin, gender, sexuality, disability, age (plural nouns).
GROUPS = (
    "muslims", "moslems", "jews", "christians", "catholics", "hindus", "sikhs", "buddhists", "atheists",
    "blacks", "black people", "whites", "white people", "asians", "mexicans", "immigrants", "migrants",
    "refugees", "asylum seekers", "illegals", "illegal aliens", "foreigners", "arabs", "africans", "chinese",
    "indians", "pakistanis", "somalis", "syrians", "afghans", "iraqis", "iranians", "nigerians", "russians",
    "ukrainians", "poles", "romanians", "gypsies", "roma", "latinos", "hispanics", "irish", "palestinians",
    "israelis", "turks", "kurds", "albanians", "gays", "lesbians", "trans people", "transgenders", "women",
    "men", "girls", "disabled people", "the disabled", "autistic people", "fat people", "old people",
    "foreigners", "aborigines", "natives", "feminists", "jihadists", "islamists",
)
#: The same groups as adjectives or singular nouns: "a Muslim terrorist", "another migrant attack".
GROUP_ADJS = (
    "muslim", "islamic", "islamist", "jewish", "christian", "catholic", "hindu", "sikh", "black", "white",
    "asian", "mexican", "immigrant", "migrant", "refugee", "foreign", "arab", "african", "chinese", "indian",
    "pakistani", "somali", "syrian", "afghan", "iraqi", "iranian", "nigerian", "russian", "romanian",
    "gypsy", "latino", "hispanic", "irish", "palestinian", "israeli", "turkish", "kurdish", "albanian",
    "gay", "trans", "illegal",
)
GROUP_ALT = "|".join(regex.escape(g) for g in sorted(GROUPS, key=len, reverse=True))
ADJ_ALT = "|".join(regex.escape(g) for g in sorted(GROUP_ADJS, key=len, reverse=True))
CRIME = (r"terrorists?|criminals?|rapists?|murderers?|killers?|thieves|thugs|gangsters?|invaders?|"
          r"animals|savages|vermin|parasites|cockroaches|rats|subhuman|violent|dangerous|a\s+threat|"
          r"the\s+enemy|evil|a\s+plague|an?\s+invasion|barbarians?|terror")
TRAITS = (r"lazy|stupid|dirty|inferior|emotional|disgusting|"
           r"the\s+(?:real\s+|whole\s+|only\s+)?problem(?!\s*solv)|useless|weak|dumb|illegal|"
           r"greedy|liars|cheats|scum|trash|filth|hysterical|irrational|too\s+emotional|bad\s+people|evil\s+people|"
           r"no\s+good|good\s+for\s+nothing|uncivili[sz]ed|backward|primitive|savages?|gross|filthy|vermin|"
           r"animals|parasites|sub-?human|cockroaches|rats|barbarians|barbaric|a\s+(?:disease|cancer|plague)|"
           # a group called ill or deviant: "gays are sick", "trans people are mentally ill"
           r"(?:sick|mentally\s+ill|diseased)(?![\s,]+(?:and\s+tired|tired|of|for|after|with|from|to|because|since|"
           r"during|in|at|due|as|today|again|too|right\s+now|more|less|often|longer|twice))|mental\s+cases|abnormal|perverts|perverted|deviants?")
#: The same sweep in Spanish, French, German, Italian, Portuguese and Dutch, on normalised (lower-case,
#: accent-folded) text: "los inmigrantes son delincuentes", "les musulmans sont des terroristes", "die
#: Flüchtlinge sind alle Verbrecher", "gli immigrati sono criminali", "os ciganos são bandidos".
GROUPS_OTHER = (
    "musulmanes", "inmigrantes", "moros", "gitanos", "negros", "judios", "arabes", "extranjeros",
    "refugiados",
    "migrantes", "sudacas", "musulmans", "immigres", "noirs", "juifs", "roms", "etrangers", "migrants",
    "refugies", "muslime", "fluchtlinge", "auslander", "araber", "juden", "zigeuner", "migranten",
    "asylanten", "turken", "immigrati", "musulmani", "zingari", "rom", "negri", "stranieri", "migranti",
    "profughi", "ebrei", "arabi", "muculmanos", "imigrantes", "ciganos", "judeus", "estrangeiros", "moslims",
    "marokkanen", "allochtonen", "vluchtelingen", "buitenlanders", "joden",
)
OTHER_ALT = "|".join(GROUPS_OTHER)
#: The same groups in the Nordic languages (folded: "flyktninger", "invandrare").
NORDIC_ALT = (r"muslimer|muslimerne|innvandrere|indvandrere|invandrare|flyktninger|flygtninge|flyktingar|"
               r"jøder|joder")
CRIME_OTHER = (
    r"terroristas?|criminales|delincuentes|ladrones|violadores|asesinos|animales|parasitos|ratas|basura|"
    r"escoria|una\s+plaga|invasores|terroristes|criminels|delinquants|voleurs|violeurs|assassins|animaux|"
    r"parasites|racaille|une\s+invasion|envahisseurs|terroristen|kriminelle|kriminell|verbrecher|diebe|"
    r"vergewaltiger|morder|tiere|parasiten|ratten|abschaum|invasoren|terroristi|criminali|delinquenti|ladri|"
    r"stupratori|assassini|animali|parassiti|ratti|feccia|invasori|criminosos|bandidos|ladroes|estupradores|"
    r"assassinos|animais|parasitas|ratos|lixo|criminelen|crimineel|dieven|verkrachters|moordenaars|dieren|"
    r"parasieten|tuig|uitschot"
)
