"""SO104: wishing harm on someone, calls to violence and threats (worse when aimed at children)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.news.tragedy import news_tragedy_counts
from signoff.preflight.checks.harm_words import (
    CALL_RE,
    GATED_CALLS,
    THREAT_RE,
    VEILED_RE,
    VIOLENT_VERBS,
    WISH_RE,
)
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import CJK_RE, deleet, words

#: Regret that an attack failed, or a wish that the next one succeeds. Named attackers, bullets and aim are
#: unmistakable ("too bad the gunman missed", "the shooter should have aimed lower"): they fire alone.
_ATTACKER = r"(?:the\s+|that\s+|this\s+)?(?:gunman|gunmen|sniper|assassin|bomber|bullet|bomb)s?"
_REGRET = (r"(?:(?:what\s+a\s+|such\s+a\s+|it'?s\s+a\s+|a\s+)?(?:shame|pity|waste)|too\s+bad|so\s+sad|"
           r"sad(?:ly)?|unfortunately|unfortunate|bummer|damn|dang|darn|alas)(?:\s+(?:that|how))?[\s,.:…-]+")
_FAILED = (r"(?:\w+\s+)?(?:missed|survived|lived|failed|didn'?t\s+(?:die|work|hit|connect|succeed|"
           r"kill\s+(?:him|her|them)|finish\s+(?:him|her|them|the\s+job)|go\s+off|explode)|(?:was|were)n'?t\s+"
           r"(?:killed|fatal|a\s+better\s+shot|more\s+accurate|successful))")
_MISSED_ATTACK_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_REGRET}{_ATTACKER}\s+{_FAILED}"
    rf"|{_ATTACKER}(?:'s)?\s+(?:should(?:'ve|\s+have)|needs?\s+to|needed\s+to|has\s+to|could(?:'ve|\s+have))\s+"
    rf"(?:aimed|aim|been|practi[cs]ed?)\s+(?:better|lower|higher|a\s+(?:little|bit|few\s+inches)|more)"
    rf"|(?:shooter|gunman|sniper|assassin)'?s\s+(?:bad|poor|terrible|lousy)\s+aim"
    rf"|(?:learn\s+(?:how\s+)?to|(?:should(?:'ve|\s+have)|could(?:'ve|\s+have))|practi[cs]e\s+(?:your|his|their))\s+"
    rf"aim(?:ed)?\s+(?:better|lower|higher|a\s+(?:little|bit))?(?=.{{0,40}}(?:next\s+time|shooter|gunman|sniper))"
    rf"|(?:hope|wish)\s+(?:the\s+)?next\s+(?:one|time|shooter|gunman|sniper|bullet)\s+(?:\w+\s+){{0,2}}"
    rf"(?:doesn'?t|don'?t|won'?t|does\s+not|will\s+not)\s+miss)(?![\p{{L}}])"
)
#: Without a named attacker the failure must end the clause: "shame he missed the penalty", "too bad they
#: survived the vote" and "shame it didn't work out" are sport, politics and life.
_FAILED_BARE = (r"(?:\w+\s+)?(?:missed|survived|lived|failed|didn'?t\s+(?:die|hit|connect|succeed|"
                r"finish\s+(?:him|her|them|the\s+job))|(?:was|were)n'?t\s+(?:killed|fatal|a\s+better\s+shot|"
                r"more\s+accurate))(?=\s*(?:[.!?,;:…]|$|again|this\s+time|him|her|them|\p{So}))")
#: The same regret without a named attacker ("shame he survived", "next time don't miss") is read only while
#: a shooting, attack or war is in the news of the last two days: otherwise it is a missed penalty.
_BARE_REGRET_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_REGRET}(?:he|she|they|the\s+(?:guy|shooter|attacker|killer))\s+{_FAILED_BARE}"
    # sorry the toll was not higher: "shame it was only 50 and not 100", "lástima que sólo fueron 50 y no 100"
    rf"|(?:shame|pity|too\s+bad|l[aá]stima|pena|dommage|peccato|schade)[^.!?]{{0,20}}?(?:only|just|merely|s[oó]lo|solo|"
    rf"seulement|nur|soltanto|solamente)\s+(?:(?:\d+\s+(?:dead|deaths|victims|killed|muertos|morts|tote|morti|mortos)|"
    rf"(?:were|was|fueron|fue|[ée]taient|waren|erano|foram)\s+\d+),?\s+(?:and\s+not|y\s+no|et\s+pas|und\s+nicht|"
    rf"e\s+non|not)\s+\d+)"
    rf"|(?:next\s+time|better\s+luck\s+next\s+time)[\s,.:…-]+(?:please\s+)?(?:don'?t|do\s+not|try\s+not\s+to)\s+"
    rf"miss(?![\p{{L}}]|\s+(?:\p{{L}}|\d))|(?:aim|shoot)\s+(?:better|lower|higher|straighter)\s+next\s+time)"
    rf"(?![\p{{L}}])"
)
#: A story with words of these tragedy kinds (a "death" story with "shot" in it counts: wounded at a rally).
_ATTACK_NEWS = frozenset({"shooting", "attack", "war"})
#: Deaths in a crash, an attack or a disaster: the news a wish that someone had been among them needs.
_DEADLY_NEWS = _ATTACK_NEWS | {"crash", "disaster"}
#: A wish that someone had been among the dead, while deaths are in the news: "pity Kobzon wasn't on board",
#: "shame he wasn't on that plane", "Жаль, что Кобзона там не было" (folded text).
_PROXY_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:shame|pity|too\s+bad|what\s+a\s+shame|unfortunately|sadly)\s+(?:that\s+)?(?!(?:i|we|you|my|"
    r"our|it|this|that|there)\s)(?:[\p{L}@'’.-]+\s+){1,3}?(?:wasn'?t|was\s+not|weren'?t|were\s+not|didn'?t\s+die|"
    r"survived)\s*(?:there|on\s+board|aboard|on\s+(?:the|that|this)\s+(?:plane|flight|bus|train|boat|ship)|"
    r"among\s+(?:them|the\s+(?:dead|victims))|in\s+(?:it|there)))(?![\p{L}])")
#: A death greeted as good news, the whole post, while a death is in the news: "Finalmente una buona notizia",
#: "Finally some good news!" (folded text).
_GOOD_NEWS_RE = regex.compile(
    r"^\W*(?:finally|at\s+last|finalmente|por\s+fin|endlich|enfin)\W*(?:some\s+|a\s+piece\s+of\s+)?(?:good|great|"
    r"una\s+buona|buenas?|gute|une\s+bonne|bonne)\s+(?:news|notizia|noticias?|nachrichten?|nouvelle)\W*$")
#: Words one of which `_PROXY_RE` or `_GOOD_NEWS_RE` needs.
_PROXY_WORDS = frozenset({"shame", "pity", "bad", "unfortunately", "sadly", "finally", "last", "finalmente",
                          "fin", "endlich", "enfin"})
#: The same in Russian, on the text as typed (folding turns Cyrillic look-alikes into Latin letters).
_PROXY_RU_RE = regex.compile(r"(?i)(?<![\p{L}])жаль,?\s+что\s+(?:\w+\s+){1,2}?(?:там\s+)?не\s+было"
                             r"(?:\s+на\s+борту)?(?![\p{L}])")
ATTACK_WINDOW = timedelta(hours=48)
#: Cheap test: at least one of these before the patterns run.
TRIGGERS = frozenset({
    "hope", "hoping", "wish", "wishing", "pray", "praying", "crossed", "wait", "love", "should", "must",
    "ought", "need", "wipe", "rope", "noose", "inflict",
    "needs", "deserve", "deserves", "has", "someone", "somebody", "anyone", "kill", "shoot", "murder", "hang",
    "lynch", "stab", "punch", "behead", "execute", "bomb", "nuke", "gas", "burn", "rot", "die", "kys",
    "bullet", "ll", "will", "gonna", "going", "coming", "days", "watch", "next", "war", "better", "sleep",
    "go", "que", "ojala", "ojalá", "soll", "sollen", "qu", "strangle", "slap", "beat", "drown", "rape",
    "run", "assassinate", "glad", "happy", "pleased", "delighted", "smash", "break", "part", "member",
    "joining", "shot", "hanged", "hung", "killed", "executed", "punched", "slapped",
    "know", "expect", "cakajte", "sabemos", "wissen", "sait", "sappiamo", "tend", "found", "missing",
    "reckoning", "face", "blacklist", "حساب", "وملاحقة",
    "ملاحقة",
    "gassed",
    "beaten",
    "execution", "extermination", "slaughter", "massacre", "genocide", "future", "massacred", "exterminated",
    "slaughtered", "grab", "get", "slit", "miss", "celebrate", "celebrated", "celebrates", "celebrating",
    "rejoice", "rejoiced", "rejoices", "rejoicing",
    # executions and blows called for, death-wish hashtags: "face a firing squad", "line them up against a
    # wall", "smack her in the mouth", "#Die"
    "squad", "wall", "smack", "hit", "kick", "deck", "headbutt", "dieinhell", "burninhell", "rotinhell",
    "infierno", "enfer", "inferno", "holle", "hölle",
    "killthemall", "hangthem",
    # a death cheered ("ding dong the witch is dead"), running someone over promised ("your ass will get run
    # over")
    "ding", "dead", "ass", "arse", "butt",
    # a death relished as a lesson: "the more migrants drown, the sooner they learn", "je mehr ... ersaufen"
    "more", "mehr",
    # the world improved by a death, someone sent to the devil, a riot called for
    "improved", "devil", "satan", "lucifer", "riot", "caer", "caiga", "cayera", "bomba", "bonba",
    # the world better off without someone, sorrow that a disaster spared someone, a street posted
    "j", "espere", "obys", "niech", "allah", "insallah", "semoga", "sana", "mabulok",
    "bhagwan", "bhagvan", "khuda", "tadap", "bom", "mejor", "tinha", "leaving", "ambulance", "prison", "jail",
    "impiccateli", "fucilateli", "lives", "grave", "graves", "wohnt", "seen", "living", "anybody", "visit",
    "gutted",
    # a blow promised to someone's body, in several languages
    "rip", "tear", "knock", "bash", "snap", "cave", "arranco", "rompo", "parto", "reviento", "corto", "ostia",
    "hostia", "meto", "pego", "doy", "arreo", "suelto", "casser", "defoncer", "exploser", "eclater",
    "arracher",
    "casse", "defonce", "explose", "eclate", "arrache", "peter", "spacco", "stacco", "spacchero", "rompero",
    "hau", "haue", "schlag", "schlage", "brech", "breche", "polier", "poliere", "quebro", "arrebento",
    "partire", "rompere",
    # the other languages' forms (words() folds accents, keeps ß)
    "mueras", "mueran", "muera", "maten", "hay", "merece", "merecen", "mereces", "deberias", "deberia",
    "crevent", "faut", "merite", "meritent", "devrait", "sollte", "hoffentlich", "gehort", "gehoren",
    "gehoert", "verreck", "spero", "che", "devi", "bisogna", "meritano", "merita", "andrebbe", "andrebbero",
    "tomara", "espero", "tem", "merecem", "hopelijk", "hoop", "krijg", "nessuno", "qualcuno", "alguien",
    "nadie", "use", "open", "put", "missed", "survived", "lived", "failed", "didn", "didnt", "aim", "aimed",
    "wasn", "wasnt", "weren", "werent", "shooter", "gunman", "sniper", "assassin", "only", "wished", "shall",
    "wanna", "let", "lets", "if", "torch", "flatten", "blow", "exterminate", "tuer", "tuez", "matar",
    "matad", "uccidere", "uccidete", "ammazzare", "toten", "töten", "vergasen", "erschiessen", "erschießen",
    "abschlachten", "dollars", "pounds", "euros", "bucks", "quid", "grand",
    "appenderli", "appenderle", "impiccarli", "impiccarle", "fucilarli", "fucilarle", "ahorcarlos",
    "ahorcarlas", "violen", "faansi", "fansi", "phansi", "phaansi", "shame", "pity", "lastima", "pena",
    "dommage", "peccato", "schade",
    "fusilarlos", "fusilarlas", "funny", "head", "heads", "hilarious", "fitting", "wouldve",
})
#: "Die!" and "I'll kill you" in Japanese, Korean and Chinese, which have no spaces between words.
_CJK_HARM_RE = regex.compile(
    r"死ね(?![るばなー])|殺すぞ|殺してやる|ぶっ殺す|半殺しにして(?:やる|やろう)|滅びろ|죽어라(?=\s*[!.?~ㅋ]|\s*$)|죽여버리|"
    r"(?<![过除失])去死(?![皮角亡])|杀了你|弄死你|"
    # a call to kill: "そのまま殺せ!", "殺すべき", "抹殺しろ", "죽여야 한다", "都该死", "杀光"
    r"殺せ(?![なるばずまたてま])|殺すべき|殺されるべき|殺してしまえ|抹殺(?:しろ|すべき|せよ)|"
    r"죽여(?:버려)?야\s*(?:한다|돼|됩니다|해)|죽여라|都该死|杀光|杀了他们|该杀|(?:应该|应当|该)(?:砍头|枪毙|处死|杀掉)"
)
#: Targets that make it worse: children.
_MINOR_RE = regex.compile(r"(?<![\p{L}])(?:kids?|child(?:ren)?|boys?|girls?|teens?|teenagers?|students?|"
                          r"babies|baby|toddlers?|minors?|\d{1,2}[- ]?y(?:ea)?r?s?[- ]?old)(?![\p{L}])")
#: Figures of speech and denials: "hope you die laughing", "nobody deserves to die".
_IDIOM_RE = regex.compile(
    r"(?<![\p{L}])(?:die\s+(?:laughing|of\s+(?:laughter|cuteness|embarrassment))|dying\s+(?:to|of\s+laughter)|"
    r"(?:no\s*one|nobody|no\s+child|no\s+one\s+else)\s+(?:\w+\s+)?(?:deserves|should)|"
    # the same in other languages: "nadie merece morir así", "personne ne mérite de mourir",
    # "hoffentlich stirbt niemand mehr" (folded text)
    r"(?:nadie|personne\s+ne|nessuno|ninguem|niemand)\s+(?:\w+\s+){0,2}(?:merece|merite|merita|verdient)|"
    r"(?:stirbt|sterben|verreckt)\s+niemand|"
    # a helpline's words: "if you feel like you want to kill yourself, call 988"
    r"if\s+you(?:'re|\s+are)?\s+(?:feel|feeling|think|thinking|having\s+thoughts)[^.!?]{0,40}?"
    r"kill\s+your\s?sel(?:f|ves)|"
    r"kill\s+your\s?sel(?:f|ves)[^.!?]{0,60}(?:call|text|helpline|hotline|lifeline|988|samaritans|reach\s+out)|"
    # remembrance and reports of what others did or shouted: "the genocide of the Jews must never be
    # forgotten", "the Nazis tried to kill the Jews", "the attacker shouted 'kill the Jews'"
    r"(?:genocide|extermination|massacre|slaughter|murder)\s+of\s+[^.!?]{0,80}?(?:never\s+(?:be\s+)?forg[eo]t\w*|"
    r"remember\w*|remembrance|memorial|commemorat\w*|anniversary|in\s+1\d{3}|in\s+20[01]\d)|"
    r"(?:tried|attempted|wanted|sought|set\s+out)\s+to\s+"
    r"(?:kill|exterminate|murder|wipe\s+out)\s+[^.!?]{0,40}|(?:shout(?:ed|ing|s)?|chant(?:ed|ing|s)?|yell(?:ed|ing|s)?|"
    r"scream(?:ed|ing|s)?|sang|daubed|wrote|graffiti)\s*[:,]?\s*[\"“'‘][^\"”’]{0,80}|"
    r"[\"“‘][^\"”’]{1,80}[\"”’]\s+(?:was|were|had\s+been)\s+(?:sprayed|written|painted|daubed|found|shouted|chanted|"
    r"scrawled)|(?:no\s?one|nobody)\s+(?:will|would)\s+miss\s+you\W+(?:not\s+true|that'?s\s+not\s+true|wrong)|"
    r"(?:hope|wish)\s+(?:\w+['’]s\s+)?(?:\w+\s+)?(?:bill|winter|summer|heat\s?wave|rain|snow|cold|flu|week|monday)\s+"
    r"(?:would\s+|will\s+)?(?:just\s+)?dies?|"
    # things, not people: "kill the myth", "kill this rumour", "kill all the lights", "get you there"
    r"(?:kill|execute)\s+(?:all\s+)?(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:\w+\s+)?(?:myths?|rumou?rs?|"
    r"bugs?|lights?|noise|ideas?|plans?|mood|vibes?|stereotypes?|narratives?|weeds?|germs?|pests?|mosquito(?:es)?|"
    r"flies|boredom|engines?|music|time|clock|process(?:es)?|apps?|tabs?)|"
    r"(?:get|find)\s+(?:you|u)\s+(?:there|home|back|a|an|the|some|through|to|on|in|out|up|free|more|one|two|"
    r"\d+)|"
    # help, not a threat: "we will get them to someone who could use them", "we'll find him a home" (not "we
    # will get them one by one", "find them in their homes")
    r"(?:get|find)\s+(?:them|'em|him|her)\s+(?:(?:a|an|some|new|good|loving|forever)\s+)?(?:homes?|famil(?:y|ies)|"
    r"owners?|fixed|sorted|replaced|delivered|their\s+(?!due|turn)\w+|back\s+to\s+(?:you|their)|to\s+(?:someone|"
    r"somebody|anyone|people|families|those|kids|children|shelters?|schools?|the\s+(?:vet|hospital|shelter|"
    r"food\s+bank)|a\s+(?:vet|doctor|hospital|shelter|safe\s+place)))(?![\p{L}])|"
    r"(?:grab|get)\s+a\s+razor\s+(?:and|to|for)\s+(?:\w+\s+){0,3}(?:shave|trim|beard)|hang\s+your\s?self\s+a|"
    r"die\s+trying|rot(?:s)?\s+in\s+(?:prison|jail|gaol|a\s+cell)|"
    # household and figurative uses in other languages: hanging laundry, killing mosquitoes or homesickness
    r"hay\s+que\s+(?:colgar|matar)\s+(?:la|el|los|las)\s+(?:ropa|mosquito\w*|plaga\w*|tiempo|hambre|gusanillo|"
    r"bicho\w*)|il\s+faut\s+(?:abattre|pendre)\s+(?:les?\s+|la\s+)?(?:arbres?|linge|murs?|cloisons?)|"
    r"matar\s+(?:a\s+)?saudade|crepi\s+il\s+lupo|creve\s+l['’]?\s?ecran|"
    r"(?:hope|wish)\s+(?:i|we)\s+(?:die|get)|killing\s+it|kill\s+it|shoot\s+(?:us|me)\s+(?:a|an)|"
    r"hope\s+\w+\s+(?:gets?\s+)?better|hurt\s+feelings|burn(?:s)?\s+(?:calories|fat|bright)|"
    r"(?:don'?t|do\s+not|never|not)\s+(?:\W*\s*)?celebrat\w*\W*\s+(?:the\s+)?death|"
    r"never\s+wake\s+up\s+early|or\s+die\s+trying|do\s+or\s+die|live\s+or\s+die|sink\s+or\s+swim|(?:hope|wish)\s+(?:it|this|that|the)\s+(?:\w+\s+)?(?:trend|post|tweet|thread|"
    r"meme|show|series|rumou?r|idea|bill|plan|policy|project|app|fad|song|phase|game|season)?s?\s*(?:dies|"
    r"die|burns?|suffers?))(?![\p{L}])"
)
#: What follows a horror-film phrase used to sell something: a premiere, a season, a contest, free coffee.
_SHOW = regex.compile(
    r"(?<![\p{L}])(?:premieres?|in\s+(?:theaters|theatres|cinemas)|tag\s+a\s+friend|season|episode|trailer|"
    r"tickets|out\s+now|challenge|free\s+\w+|with\s+(?:free|our|a)\s)"
)
#: What surrounds a "we will find them" that promises rescue, not violence.
_RESCUE = regex.compile(
    r"(?<![\p{L}])(?:search\w*|rescu\w*|missing|lost|safe(?:ly)?|bring\s+(?:them|you|him|her)\s+home|"
    r"looking\s+for)"
)
#: What follows a "threat" that promises the law, not violence: "I will find you. I will arrest you."
#: A wish quoted, not made: it opens right after a quotation mark and one closes soon after.
_QUOTE_OPEN = regex.compile(r"[\"“‘'«]\s?$")
_QUOTE_CLOSE = regex.compile(r"^[^\"“”‘’'«»]{0,30}[\"”’'»]")
#: Whole words: "in town", "finest" and "courtesy" are not the law.
_LAWFUL = regex.compile(r"(?<![\p{L}])(?:arrest(?:s|ed|ing)?|tickets?|ticketed|cite[sd]?|citing|citations?|"
                        r"charge[sd]?|charging|prosecut\w*|jail(?:s|ed)?|court|fined?|fines|tow(?:s|ed|ing)?)"
                        r"(?![\p{L}])")
FIX = ("Delete it. Wishing harm on someone, even as a joke, is quoted as a threat; say what you object to "
       "instead.")


class HarmCheck:
    code = "SO104"
    name = "wishing-harm"
    severity = Severity.HOLD
    requires = frozenset[str]()
    #: Without news it reads every pattern but the bare regret that an attack failed.
    optional = frozenset({"news"})
    explanation = """
Finds violent language toward people: hoping someone dies, suffers or gets hurt ("I hope he gets cancer",
"wish they'd all drown"; after a death, "I hope it was slow and painful", "hope he suffered"), a lynching
("time for a tree and a rope"), killing vowed in return ("you kill us we kill right back"), calls to
violence ("someone should shoot him", "they should be hanged", "kill all
the ..."), threats ("we will find you", "your days are numbered"), regret that an attack failed ("too bad the
gunman missed", "the sniper should have aimed lower"; while a shooting, attack or war is in the news of the
last two days also "shame he survived", "next time don't miss"), telling someone to kill themselves and
saying one has joined a terror group ("me and @friend have joined isis"), people thrown from a plane or
carried out in a body bag ("tirarlos desde un avión"), and, while a crash, attack or disaster is in the news,
a wish that someone had been among the dead ("shame he wasn't on that plane"),
including common forms in Spanish, French, German, Italian, Portuguese and Dutch. It reads the grammar (a
wish or a call, a target, something bad happening), not names, so it works on people it has never heard of.
Calls to kill in Japanese, Korean and Chinese ("殺せ", "죽여야 한다", "杀光"), "ha llegado el día de
empalar a X", calls to kill or behead in Polish, Romanian and Czech ("ściąć ... głów", "trebuiau mitraliați")
an execution prescribed ("should be immediate humane execution", "should be tried ... then hanged"),
running someone over promised ("I'll run them over", "your ass will get run over") and a death cheered
("ding dong, the old bastard", "that scumbag is finally dead") are held too.
Everything it finds is held, except a veiled threat with no violent act named ("watch your back", "sleep
with one eye open", "we know where you live", "we found out your real name ... expect a visit", "they will
go missing", "there will be a harsh reckoning", "حساب عسير"), which
gets a review because rival brands trade it as banter; the evidence notes when the
target is a child. Figures of speech ("killing it",
"die laughing") and denials ("nobody deserves to die") do not fire. Fires on "I hope that referee gets hit
by a bus"; does not fire on "I hope the team gets better soon".
Fix: delete it and say what you object to instead.
Also held: harm hoped for a body part ("hope your hands get crushed"), blows deserved ("deserves to be
dragged round the car park"), the world called better off if someone died ("would be a better place if the
CEO choked on ..."), sorrow that a disaster spared someone ("shame the storm only took out his boathouse")
and asking for the street someone lives on; a review: "better hope he never walks past me" and a named
person's street posted ("41, lives on Hesketh Road").
Dancing on someone's grave is held ("I will dance on his grave"; not the grave of the unknown soldier).
A suspect's street posted in German ("wohnt in der Gartenstraße") and "we'll make sure he's never seen
again" get a review.
Wishes in French, Italian, Dutch, Polish, Turkish, Indonesian, Tagalog and Hindi ("j'espère qu'il crèvera",
"hoop dat ... de tering krijgt", "semoga ... mati"), "wouldn't shed a tear if X fell ...", "he's not leaving
on his own legs" are held; "his sort don't last long in there" gets a review. A wish quoted in order to
condemn it ("someone replied 'hope you get cancer'") does not fire.
"Needs a visit ... and not the friendly kind" gets a review; "I hope you aim well" and sorrow that someone
came through unharmed ("gutted his rocket landed fine") are held.
A blow to the face asked of others ("someone should break his face", "a quien le parta la cara", "alguien
debería romperle la cara") is held; "someone should break his record" is not a blow.
A bounty on any player who takes someone out, and deaths relished as a lesson ("the more migrants drown, the
sooner they learn", "je mehr ... ersaufen, desto ...") are held; "the more people die, the more we must help"
is not.
Running people over told to others as an order ("just run them over", "Run over a few and the rest will move")
gets the same hold; running over a plan or running things over to a place does not fire.
A riot called for ("If he comes to your town, start a riot."), someone sent to the devil ("X's chat with the
Devil", "say hi to Satan"), the world called better for a death ("the world outlook is slightly improved with
@X dead") and harm vowed or wished in Japanese ("半殺しにしてやる", "滅びろ") count too; "this song will
start a riot" does not.
A bomb wished on people ("tendría que caer una bomba en la grada", "I hope a bomb falls on their stadium"; not
"una bomba de sabor"), and a death greeted as good news while it is in the news ("Finalmente una buona
notizia" as the whole post) count too.
"""

    @staticmethod
    def _tragedies_in_news(ctx: Context) -> frozenset[str]:
        """The tragedy categories of the stories updated in the last `ATTACK_WINDOW`, read once a draft."""
        news = ctx.news
        if news is None:
            return frozenset()
        return frozenset().union(*(
            news_tragedy_counts(" ".join(i.text for i in s.items)) for s in news.stories
            if timedelta(0) <= ctx.at - s.last_updated <= ATTACK_WINDOW
        ))

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        cjk = _CJK_HARM_RE.search(text) if CJK_RE.search(text) else None
        if cjk:
            span = Span(cjk.start(), cjk.end())
            yield Finding(
                code=self.code, check=self.name, severity=Severity.HOLD,
                message=f"\u201c{cjk.group()}\u201d wishes death on someone or threatens to kill."
                + (" \u2014 and the post is about children." if _MINOR_RE.search(text.lower()) else ""),
                span=span, fix=FIX,
                evidence={"matched": cjk.group(), "kind": "harm-wish", "minor": False},
            )
            return
        proxy_ru = _PROXY_RU_RE.search(text) if "жаль" in text.lower() else None
        if proxy_ru and not _DEADLY_NEWS.isdisjoint(self._tragedies_in_news(ctx)):
            yield self._hold(proxy_ru.group(), "wishes someone had been among the dead",
                             Span(proxy_ru.start(), proxy_ru.end()), "harm-wish", minor=False)
            return
        vocab = words(text).set
        gated = [(kind, rx) for gate, rx, kind in GATED_CALLS if not vocab.isdisjoint(gate)]
        proxy = not vocab.isdisjoint(_PROXY_WORDS)
        if vocab.isdisjoint(TRIGGERS) and not gated and not proxy:
            return
        view = deleet(text)
        low = view.text
        idioms = [(m.start(), m.end()) for m in _IDIOM_RE.finditer(low)]
        patterns = [("harm-wish", WISH_RE), ("call-to-violence", CALL_RE), ("threat", THREAT_RE),
                    ("failed-attack", _MISSED_ATTACK_RE)] + gated + [("veiled-threat", VEILED_RE)]
        tragedies = self._tragedies_in_news(ctx)
        if not _ATTACK_NEWS.isdisjoint(tragedies):
            patterns.append(("failed-attack", _BARE_REGRET_RE))
        if proxy and not _DEADLY_NEWS.isdisjoint(tragedies):
            patterns.append(("harm-wish", _PROXY_RE))
        if proxy and not (_DEADLY_NEWS | {"death"}).isdisjoint(tragedies):
            patterns.append(("harm-wish", _GOOD_NEWS_RE))
        for kind, pattern in patterns:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e in idioms):
                    continue
                if _QUOTE_OPEN.search(low[max(0, m.start() - 3):m.start()]) \
                        and _QUOTE_CLOSE.search(low[m.end():m.end() + 40]):
                    continue  # "Someone replied 'hope you get cancer' to my post": quoted to condemn it
                after = low[m.end():m.end() + 80]
                threat = kind in ("threat", "veiled-threat")
                if threat and _LAWFUL.search(after) and not regex.search(VIOLENT_VERBS, after):
                    continue  # a police account's "we will find you. We will arrest you."
                around = low[max(0, m.start() - 80):m.start()] + " " + low[m.end():m.end() + 80]
                if threat and _RESCUE.search(around):
                    continue  # "we will find them. We will not stop searching": a rescue
                if threat and _SHOW.search(after):
                    continue  # "Watch your back: the new season premieres tonight"
                span = view.span(m.start(), m.end())
                typed = text[span.start:span.end]
                minor = bool(_MINOR_RE.search(low))
                what = {"harm-wish": "wishes harm on someone", "call-to-violence": "calls for violence",
                        "threat": "reads as a threat",
                        "veiled-threat": "reads as a veiled threat",
                        "hunt": "asks the public where someone lives (a call to find them at home)",
                        "failed-attack": "regrets that an attack failed (a wish that it had killed)"}[kind]
                # menace without a violent act is a review: banter trades it too
                yield self._hold(typed, what, span, kind, minor=minor,
                                 severity=Severity.REVIEW if kind == "veiled-threat" else Severity.HOLD)
                return

    def _hold(self, typed: str, what: str, span: Span, kind: str, *, minor: bool,
              severity: Severity = Severity.HOLD) -> Finding:
        return Finding(
            code=self.code, check=self.name, severity=severity,
            message=f"\u201c{typed[:80]}\u201d {what}"
            + (" \u2014 and the post is about children." if minor else "."),
            span=span, fix=FIX,
            evidence={"matched": typed, "kind": kind, "minor": minor},
        )

