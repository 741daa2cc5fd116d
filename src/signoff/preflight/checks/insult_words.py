"""SO101's lexicon: insult nouns and adjectives, slurs (and their innocent uses), insult hashtags; the check
that reads them is insult.py."""

from __future__ import annotations

import regex

from signoff.preflight.text import normalise

#: Name-calling nouns ("idiot", "moron"); plurals are matched too.
INSULT_NOUNS = (
    "idiot", "moron", "imbecile", "cretin", "loser", "jerk", "scumbag", "dumbass", "dumb ass", "jackass",
    "dipshit",
    "douche", "douchebag", "buffoon", "nitwit", "halfwit", "dimwit", "numbskull", "dunce", "twat", "wanker",
    "prick", "tosser", "scum", "lowlife", "bozo", "dickhead", "asshole", "arsehole", "bitch", "cunt",
    "libtard", "snowflake", "degenerate", "clown", "fool", "piece of shit", "piece of garbage",
    "piece of trash", "waste of space", "waste of oxygen", "bonehead", "meathead", "airhead", "dumbo",
    "knobhead", "bellend", "pillock", "muppet", "plonker", "numpty", "simpleton", "ignoramus", "punk",
    "horseface", "racist", "white supremacist", "bigot", "nazi", "fascist", "misogynist", "homophobe",
    "traitor", "liar", "hypocrite", "coward", "lowlife", "dog", "pig", "sleazebag", "creep", "commie", "wimp",
    # the same kind in other languages (Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish,
    # Indonesian, Hindi in Latin script); plurals the English suffixes miss are listed. Left out: words that
    # are ordinary elsewhere once accents are folded ("débil" is Spanish for weak, "deficiente" deficient)
    "idiota", "idiotas", "idioti", "idioten", "imbécil",
    "imbéciles", "imbecil", "imbécile", "imbécilles",
    "imbecille", "imbecilli", "incapace", "incapaci", "payaso", "payasos", "payasa",
    "gilipollas", "pendejo", "pendejos", "boludo", "boludos", "pelotudo",
    "buffone", "buffoni",
    "pagliaccio", "pagliacci",
    "pelotudos", "cabrón", "cabrones", "hijo de puta",
    "hijos de puta", "subnormales", "sinvergüenza", "sinvergüenzas", "connard", "connasse",
    "abruti", "enculé", "enculés", "salaud", "salope", "crétin", "débile", "pauvre con", "arschloch",
    "arschlöcher", "vollidiot", "vollidioten", "wichser", "hurensohn", "hurensöhne", "schwachkopf",
    "vollpfosten", "stronzo", "stronzi", "stronza", "coglione", "coglioni", "cretino", "cretini",
    "figlio di puttana", "testa di cazzo", "babaca", "otário", "otários",
    "canalha", "filho da puta", "klootzak", "klootzakken", "idioot", "sukkel", "kretyn",
    "kretyni", "gerizekalı", "şerefsiz", "goblok", "bangsat", "tolol", "chutiya", "harami", "kamina",
    "sinting", "brengsek", "kampret", "bajingan", "keparat", "bedebah",
)
#: Insulting adjectives: count only when aimed at someone ("you are so stupid").
INSULT_ADJS = (
    "stupid", "dumb", "idiotic", "moronic", "pathetic", "brainless", "clueless", "worthless", "useless",
    "disgusting", "ignorant", "classless", "incompetent", "ugly", "braindead", "brain dead", "retarded",
    "spineless", "gutless", "trash", "garbage", "a joke", "a disgrace", "an embarrassment", "obnoxious",
    "unattractive", "low iq", "dumb as a rock", "nasty", "crazy", "deranged", "unhinged", "senile", "wimpy",
)
#: Insult nouns that are also ordinary words; they count only when aimed at someone.
TARGET_ONLY_NOUNS = frozenset({"clown", "fool", "hack", "snowflake", "degenerate", "muppet", "bitch",
                                "punk", "racist", "white supremacist", "bigot", "nazi", "fascist",
                                "misogynist", "homophobe", "traitor", "liar", "hypocrite", "coward", "dog",
                                "pig", "creep", "kampret", "commie", "wimp", "incapace",
                                "incapaci", "payaso", "payasa"})
#: Slurs: a post using one is held whoever it is about.
SLURS = (
    "nigger", "niggers", "nigga", "niggas", "niggah", "faggot", "faggots", "fag", "fags", "retard",
    "retards", "tranny", "trannies", "kike", "kikes", "spic", "spics", "chink", "chinks", "wetback",
    "wetbacks", "raghead", "ragheads", "towelhead", "towelheads", "gook", "gooks", "paki", "pakis",
    "pakki", "pakkis", "pakky", "pakkies",
    "beaner", "beaners", "coon", "coons", "dyke", "dykes", "shemale", "sandnigger", "porch monkey",
    "ching chong", "ching-chong", "homo",
    "homos", "homo's", "repugs", "libtards", "kaffir", "kaffirs", "golliwog", "golliwogs", "gyppo", "gyppos",
    "pikey", "pikeys",
    # slurs in other languages (German, French, Spanish, Italian, Portuguese); not "pédé", which folds to the
    # Portuguese "pede" (asks)
    "neger", "halbneger", "kanake", "kanaken", "schwuchtel", "schwuchteln", "bougnoule", "bougnoules",
    "youpin", "youpins", "bicot", "bicots", "sudaca", "sudacas", "maricón", "maricones",
    "negrata", "negratas", "frocio", "froci", "viado", "viados",
)
#: The checks read normalised text ("maricón" is "maricon"): accented words are matched in that form too.
INSULT_NOUNS += tuple(sorted({normalise(w).text for w in INSULT_NOUNS} - set(INSULT_NOUNS)))
SLURS += tuple(sorted({normalise(w).text for w in SLURS} - set(SLURS)))
#: Slurs that are also ordinary words somewhere (a UK cigarette, a Dutch dyke, a raccoon): review only.
DOUBLE_MEANING = frozenset({"fag", "fags", "dyke", "dykes", "coon", "coons", "paki", "pakis", "spic",
                             "spics", "chink", "chinks", "gook", "gooks", "homo", "homos", "homo's", "repugs",
                             "libtards", "retard", "retards"})
INNOCENT_USES = regex.compile(
    r"chinks?\s+in\s+(?:the|their|his|her|its|our|my|your)\s+armou?r|spic\s+and\s+span|coon\s+(?:hound|dog)s?|"
    r"homo\s+(?:sapiens|erectus|habilus|neanderthalensis|naledi|floresiensis|economicus|ludens|faber)|"
    # French "retard" (a delay), "retard the spread"; faggots (a British dish); a car's tranny (transmission)
    r"retards?\s+(?:de|d['’]|du|des|sur|en|a|pour|important|the\s+(?:spread|growth|progress|development))|"
    r"faggots?\s+(?:and|&|in|with)\s+(?:peas|gravy|mash|onion)|tranny\s+(?:fluid|oil|rebuild|shop|cooler|swap)"
)
#: Hashtags that are insults by themselves (#idiot, #noclass, #fail ...).
INSULT_HASHTAGS = frozenset({
    "idiot", "idiots", "moron", "morons", "loser", "losers", "insult", "noclass", "classless", "fail",
    "epicfail", "stupid", "dumb", "pathetic", "disgrace", "disgraceful", "shameonyou", "clown",
    "clowns", "scum", "scumbag", "jerk", "imbecile", "fool", "fools",
    "dumbass", "jackass", "loserville", "bigloser", "clueless", "useless", "incompetent",
    "twat", "twats", "wankers", "tossers", "pricks", "bellends",
})
#: Tags that end in an insult word but name a day or a thing: #AprilFools is a holiday.
NOT_INSULT_TAGS = frozenset({"aprilfool", "aprilfools", "shipoffools", "foolsgold"})
