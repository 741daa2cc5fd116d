"""SO105: blaming a whole group (religion, ethnicity, nationality, gender ...) and mocking victims."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.preflight.checks.group_words import (
    ADJ_ALT,
    APE_CALLED_RE,
    CJK_COUNTER,
    CJK_SWEEP_RE,
    COMPOUND_RE,
    CRIME,
    CRIME_OTHER,
    CRIME_WORDS_RE,
    DOG_WHISTLE_RE,
    GROUP_ADJS,
    GROUP_ALT,
    GROUPS,
    GROUPS_OTHER,
    NORDIC_ALT,
    OTHER_ALT,
    RELABEL_RE,
    TRAITS,
    WHISTLE_WORDS,
)
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import CJK_RE, normalise, words

_B, _E = r"(?<![\p{L}])", r"(?![\p{L}])"
#: "immigrants are criminals", "all muslims are terrorists", "women are too emotional".
_SWEEP_RE = regex.compile(
    rf"{_B}(?<!(?:many|some|several|few|\d+\s*%\s+of|\d+\s+in\s+\d+|\d+\s+(?:million|thousand)|number\s+of|"
    rf"(?:thousands|hundreds|millions|dozens)\s+of)\s+)"
    rf"(?:(?:all|most|these|those|typical|every\s+one\s+of\s+these|the)\s+)?(?P<group>{GROUP_ALT})\s+"
    rf"(?:are|r|=)\s+(?:all\s+|just\s+|so\s+|\p{{L}}+ly\s+|nothing\s+but\s+|always\s+)*"
    rf"(?:(?P<crime>{CRIME})|{TRAITS}){_E}"
)
_SWEEP_OTHER_RE = regex.compile(
    rf"{_B}(?P<group>{'|'.join(GROUPS_OTHER)})\s+(?:son|sont|sind|sono|sao|zijn)\s+"
    rf"(?:(?:todos|tous|alle|tutti|allemaal|nur|solo|que|des|unos|dei|degli|uns|\w+mente|toujours|siempre|"
    rf"immer|sempre|altijd)\s+){{0,3}}(?P<crime>{CRIME_OTHER}){_E}"
)
#: "another Muslim terrorist", "typical migrant crime", "more immigrant violence".
_TAG_RE = regex.compile(
    rf"{_B}(?:typical|another|more|yet\s+another|these|those|bloody|fucking|damn|same\s+old|of\s+course\s+"
    rf"(?:it\s+was\s+)?(?:a|an)|surprise,?\s+(?:surprise,?\s+)?(?:a|an)|always\s+(?:a|an|the))\s+"
    rf"(?P<group>{ADJ_ALT})\s+(?P<crime>terrorists?|terrorism|attacks?|attackers?|gunm[ae]n|bombers?|rapists?|"
    rf"criminals?|crime|violence|thugs?|killers?|murderers?|gangs?|extremists?|jihadis?|invaders?|scum)"
    rf"{_E}"
)
#: A crime worn as the group's attribute: "Muslim murdering thugs", "migrant raping gangs".
_ATTR_RE = regex.compile(
    rf"{_B}(?P<group>{ADJ_ALT})[\s-]+(?P<crime>murdering|raping|thieving|child-?molesting)\s+"
    rf"\p{{L}}[\p{{L}}*]+"
)
#: Violence that would stop without the group: "no terror attacks if Muslims didn't live here".
_WITHOUT_RE = regex.compile(
    rf"{_B}(?:no|fewer|less)\s+(?:[\p{{L}}.'’-]+\s+){{0,3}}"
    rf"(?P<crime>attacks?|terror(?:ism)?|crimes?|murders?|rapes?|violence|bombings?|shootings?|stabbings?)\s+"
    rf"(?:[\p{{L}}.'’-]+\s+){{0,6}}if\s+"
    rf"(?:there\s+(?:were|was)\s+no\s+(?P<group>{GROUP_ALT}){_E}|"
    rf"(?:the\s+)?(?P<group>{GROUP_ALT})\s+(?:didn['’]?t|did\s+not|weren['’]?t|were\s+not|never|had\s+not|"
    rf"hadn['’]?t|were\s+(?:kept|sent)\s+out))"
)
#: "muslims kill", "immigrants rape our women", "jews control".
_DEEDS_RE = regex.compile(
    rf"{_B}(?:the\s+)?(?P<group>{GROUP_ALT})\s+(?:always\s+|keep\s+|just\s+|(?:like|love|tend|want)\s+to\s+)?(?P<crime>kill|killing|murder|rape|bomb|shoot(?:ing)?|"
    rf"must\s+be\s+held\s+responsible|are\s+responsible\s+for|steal|attack|behead|stab|loot|invade|riot|control\s+(?:the|our|everything)|run\s+the\s+(?:media|"
    rf"banks|world)|are\s+(?:taking\s+over|invading|flooding)|breed\s+like){_E}"
)
#: A group blamed for the state of things: "immigrants are ruining this country", "they take our jobs",
#: "muslims should go back where they came from".
_BLAME_RE = regex.compile(
    rf"{_B}(?:the\s+)?(?P<group>{GROUP_ALT})\s+(?:are\s+)?(?:(?:ruin(?:ing|s)?|destroy(?:ing|s)?|wreck(?:ing|s)?)\s+"
    rf"(?:this|our|the)\s+(?:country|nation|city|town|society|culture|neighbou?rhoods?)|(?:tak(?:e|es|ing)|"
    rf"steal(?:ing|s)?)\s+(?:all\s+)?(?:our|the)\s+jobs|(?:should|need\s+to|must|can)\s+(?:all\s+)?go\s+back\s+"
    rf"(?:to\s+)?(?:where\s+they\s+came\s+from|home|(?:their|your)\s+(?:own\s+)?countr\w*)){_E}"
)
#: A religion or ideology as one thing to blame: "Islam is the problem", "Judaism is a cancer".
_CREED_RE = regex.compile(
    rf"{_B}(?P<group>islam|judaism|christianity|hinduism|sikhism|buddhism|feminism)\s+(?:is|=)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:(?:real|whole|only|root)\s+)?(?:problem|cancer|disease|plague|poison|virus|evil|"
    rf"threat|enemy|religion\s+of\s+(?:hate|war|violence)){_E}"
)
#: A people named with a slur's adjective ("dirty Mexicans", "filthy Jews", "those stinking immigrants") or a
#: hashtag that blames them ("#BlameTheMuslims"); not for genders or ages ("dirty girls" is a dance track).
_ETHNIC_ALT = "|".join(regex.escape(g) for g in sorted(GROUPS, key=len, reverse=True)
                       if g not in ("women", "men", "girls", "feminists", "fat people", "old people"))
_EPITHET_RE = regex.compile(
    rf"{_B}(?:dirty|filthy|stinking|stinkin|smelly|scummy|thieving|lice-ridden|flea-ridden)\s+"
    rf"(?P<group>{_ETHNIC_ALT})(?=\s*(?:[.,!?;:)]|$|(?:in|from|who|are|and|of|on|at|that|with|everywhere|here|"
    rf"there)\s))|#blame(?:the|all)?(?P<group2>{_ETHNIC_ALT.replace(' ', '')}){_E}"
)
#: "deport them all", "ban all muslims", "women shouldn't vote".
_EXCLUDE_RE = regex.compile(
    rf"{_B}(?:(?:deport|ban|expel|kick\s+out|send\s+back|get\s+rid\s+of|lock\s+up|round\s+up)\s+(?:all\s+)?"
    rf"(?:the\s+|these\s+|those\s+)?(?P<group>{GROUP_ALT})|"
    # "round up every single Muslim", "deport every Mexican"
    rf"(?:deport|expel|kick\s+out|send\s+back|get\s+rid\s+of|lock\s+up|round\s+up)\s+(?:every\s+(?:single\s+)?|"
    rf"all\s+(?:the\s+)?)(?:{ADJ_ALT}){_E}|"
    # service refused to a people, a shop made free of them: "we won't serve refugees", "Muslim-free zone",
    # "Liebe Flüchtlinge, ... wir können euch kein Getränk servieren" (folded text), sent back home in
    # Japanese ("母国に帰っていただきましょう")
    rf"(?:won'?t|will\s+not|do\s+not|don'?t|can'?t|cannot|refuse\s+to|no\s+longer)\s+serv(?:e|ing)\s+(?:any\s+)?"
    rf"(?:more\s+)?(?:{GROUP_ALT}){_E}|(?:{ADJ_ALT})[\s-]free\s+(?:zone|business|store|shop|area|establishment|"
    rf"bar|restaurant|range)|(?:hausverbot|kein\s+zutritt)\s+fur\s+(?:{OTHER_ALT})|liebe\s+(?:{OTHER_ALT}){_E}"
    rf"[^.!?]{{0,80}}?(?:kein\w*|nicht)\s+(?:\w+\s+)?(?:servieren|bedienen|reinlassen|einlassen)|"
    rf"(?:母国|祖国|自分の国)(?:に|へ)帰(?:れ|って(?:いただき|もらい|ください|下さい))\p{{L}}*|"
    # a person barred for their faith or origin: "ban any Muslim from joining", "ban every Mexican who ..."
    rf"ban\s+(?:any|every)\s+(?:single\s+)?(?:muslim|jew|immigrant|migrant|refugee|mexican|arab|somali|syrian|"
    rf"afghan|iraqi|iranian|pakistani|nigerian|gypsy|roma|hindu|sikh|catholic)\s+(?:from|who|that|entering|"
    rf"coming){_E}|"
    # places of worship removed or shut: "we should be removing mosques", "close all the synagogues"
    rf"(?:remov(?:e|ing)|clos(?:e|ing)|shut(?:ting)?\s+down|tear(?:ing)?\s+down|get\s+rid\s+of)\s+(?:all\s+)?"
    rf"(?:the\s+)?(?:mosques|synagogues|gurdwaras)|(?P<group2>{GROUP_ALT})\s+(?:shouldn't|should\s+not|should\s+never)\s+"
    rf"(?:be\s+allowed|vote|work|drive|lead|teach|serve|marry)|(?P<group3>{GROUP_ALT})\s+should\s+(?:all\s+)?"
    rf"(?:be\s+)?(?:banned|deported|sent\s+back|locked\s+up|sterili[sz]ed|pay\s+(?:double|more))|"
    # who people love or are, treated as an illness: "gays should be treated as patients", "... be cured"
    rf"(?:gays|lesbians|homosexuals|trans\s+people|transgenders?|bisexuals)\s+should\s+(?:all\s+)?be\s+(?:treated\s+"
    rf"as\s+(?:patients|mentally\s+ill|sick)|cured)|"
    rf"(?:women|woman|girls|a\s+woman'?s\s+place)\s+(?:belongs?|is)\s+(?:in\s+the\s+kitchen|at\s+home|"
    rf"barefoot)|(?:white|black)\s+(?:is|=)\s+(?:purity|pure|superior|right|might)|go\s+back\s+to\s+(?:your|their)\s+(?:own\s+)?countr(?:y|ies)|religion\s+of\s+peace|"
    # told to be grateful just to be let in: "should be grateful for just being here",
    # "they should be thankful they're even allowed in" (not a team's own "we should be grateful to be here")
    rf"(?<!(?:we|i|i'm|we're|im|were)\s)(?:should|must|ought\s+to)\s+(?:all\s+)?be\s+(?:grateful|thankful)\s+"
    rf"(?:(?:just\s+)?(?:to\s+be|for\s+(?:just\s+)?being)\s+(?:here|in\s+(?:this|our)\s+country|"
    rf"allowed\s+(?:in|here))|"
    rf"(?:that\s+)?(?:you|they)(?:'re|\s+are)\s+(?:even\s+)?(?:here|allowed\s+(?:in|here)))|"
    # told to leave for a continent: "you can always move to africa", "why don't you go back to Mexico"
    rf"(?:you\s+can\s+always|why\s+don'?t\s+you|then\s+just|just|you\s+should|go)\s+(?:move|go\s+back|go\s+home|"
    rf"go|head\s+back)\s+(?:back\s+)?to\s+(?:africa|mexico|china|india|pakistan|somalia|syria|the\s+middle\s+east)|"
    # a faith banned: "ban Islam", "il faut interdire le culte musulman", "den Islam verbieten"
    rf"(?:ban|outlaw)\s+(?:all\s+)?(?:islam|judaism|mosques|synagogues|the\s+(?:quran|koran|muslim\s+faith))|"
    rf"interdire\s+(?:l'islam|le\s+culte\s+musulman|les\s+mosquees|le\s+coran)|"
    rf"(?:den\s+)?islam\s+verbieten|moscheen\s+verbieten|prohibir\s+(?:el\s+islam|las\s+mezquitas)|"
    rf"vietare\s+(?:l'islam|le\s+moschee)){_E}"
)
#: A group told it has no place here: "Muslims have no place in our society", "praktiserende muslimer har
#: ikke noe i vart samfunn a gjore", "gehoren nicht zu Deutschland" (folded text). Run only beside one of
#: `_NO_PLACE_WORDS`.
_NO_PLACE_RE = regex.compile(
    rf"{_B}(?P<group>{GROUP_ALT}|{OTHER_ALT}|{NORDIC_ALT})\s+(?:(?:have|has)\s+no\s+place\s+in|(?:do\s+not|"
    rf"don'?t|does\s+not|doesn'?t)\s+belong\s+(?:in|here)|har\s+ikke\s+noe\s+i|horer\s+ikke\s+hjemme|hor\s+"
    rf"inte\s+hemma|(?:gehoren|gehort)\s+nicht\s+(?:zu|nach|in)|n'ont\s+(?:rien\s+a\s+faire|pas\s+leur\s+place)|"
    rf"horen\s+(?:hier\s+)?niet\s+thuis|no\s+tienen\s+(?:lugar|cabida)|non\s+hanno\s+(?:posto|nulla\s+a\s+che\s+"
    rf"fare)){_E}"
)
_NO_PLACE_WORDS = frozenset({"place", "belong", "ikke", "inte", "nicht", "rien", "pas", "niet", "lugar",
                             "cabida", "posto", "nulla"})
#: A group as the butt of a bar joke: "An immigrant, a Muslim and a communist walk into a bar".
_BAR_JOKE_RE = regex.compile(
    rf"{_B}(?:a|an)\s+(?:[\p{{L}}-]+\s+)?(?:{ADJ_ALT}){_E}[^.!?]{{0,80}}?walk(?:s|ed)?\s+into\s+a\s+bar"
    rf"|{_B}(?:a|an)\s+[^.!?]{{0,60}}?(?:and|&)\s+(?:a|an)\s+(?:[\p{{L}}-]+\s+)?(?:{ADJ_ALT})\s+"
    rf"walk(?:s|ed)?\s+into\s+a\s+bar"
)
#: A disclaimer before a statement about a group: "I'm not racist, but ...", "not anti-women bro, just ...",
#: "sorry to offend but Blacks were ...": the writer knows how it reads.
_DISCLAIMER_RE = regex.compile(
    rf"{_B}(?:(?:i['’]?m\s+)?not\s+anti-?(?:{GROUP_ALT})\s*,?\s+(?:but|bro|just)\b|"
    rf"(?:i['’]?m\s+not\s+(?:a\s+)?(?:racist|sexist|homophobic|islamophobic|bigot(?:ed)?)|"
    rf"not\s+(?:to\s+be\s+|being\s+)?(?:racist|sexist|homophobic)|no\s+offen[cs]e|sorry\s+to\s+offend)"
    rf"\s*,?\s+(?:but|bro|just)\b(?=[^.!?]{{0,120}}?{_B}(?:{GROUP_ALT}){_E}(?!['’]s)))"
)
#: Mocking victims or survivors: "the victims had it coming", "crisis actors", "survivors lol".
_MOCK_RE = regex.compile(
    rf"{_B}(?:(?:the\s+)?(?:victims|survivors|dead|they|refugees)\s+(?:deserved\s+(?:it|this|that)|had\s+it\s+"
    rf"coming|asked\s+for\s+it|should\s+have\s+(?:known|stayed|run|left|fought))|crisis\s+actors?|false\s+flag|#falseflag|(?:god'?s|divine)\s+(?:punishment|judge?ment|wrath)|"
    rf"executing\s+his\s+judge?ment|(?:phony|fake|staged|orchestrated)\s+grief|crocodile\s+tears|staged\s+(?:shooting|attack|massacre)|"
    rf"(?:those|people|they)\s+who\s+voted\s+for\s+\w+\s+(?:\w+\s+)?deserve(?:d)?\s+(?:it|this)|"
    rf"fake\s+(?:victims|survivors|shooting|massacre)|"
    # the tragedy called staged in other languages, on its own: "Montaje.", "Tout est mis en scène"
    rf"(?<=^|[.!?]\s{{0,3}})(?:todo\s+(?:es\s+)?(?:un\s+)?)?montaje(?=\s*[.!?]|$)|actores\s+de\s+crisis|acteurs\s+de\s+crise|"
    rf"krisenschauspieler|atores\s+de\s+crise|"
    # the tragedy denied: "the shooting was staged", "this outbreak is a hoax"
    rf"(?:shootings?|massacres?|attacks?|bombings?|outbreak|pandemic|epidemic|holocaust)\s+(?:was|is|were|are)\s+"
    rf"(?:(?:all|obviously|clearly|totally|just|a)\s+)*(?:staged|faked|fake|hoax(?:es)?|made\s+up|a\s+lie|"
    rf"(?:un\s+|una\s+|uma\s+)?(?:montaje|farsa|mise\s+en\s+sc[èe]ne|inszeniert|encena[çc][ãa]o|messinscena)|"
    rf"false\s+flags?)(?![^.!?]{{0,60}}(?:drill|exercise|rehears\w*|simulation|production|scene|film|movie|play|"
    rf"theat(?:re|er)|tickets?|premiere|episode))|"
    rf"(?:victims|survivors|dead\s+kids)\s*(?:lol|lmao|haha\w*|"
    rf"😂|🤣)|(?:lol|lmao|haha\w*|😂|🤣)\s*(?:at\s+)?(?:the\s+)?(?:victims|survivors)){_E}"
)
#: A people's majority called beasts ("Pakistan a failed state and majority more like animals", "most of them
#: are vermin"), and a country to be cleaned of a group ("Clean Britain of them lot").
_BEASTS = r"animals|savages|vermin|beasts|cockroaches|subhumans?|sub-humans?|barbarians|parasites"
_DEHUMANISE_RE = regex.compile(
    rf"{_B}(?:the\s+)?(?:majority|most\s+of\s+(?:them|these|those)|all\s+of\s+them|the\s+lot\s+of\s+them|"
    rf"these\s+people|those\s+people)\s+(?:are\s+|r\s+|is\s+)?(?:(?:more|just|no\s+better\s+than|nothing\s+but|"
    rf"basically)\s+)?(?:like\s+)?(?:{_BEASTS}){_E}"
)
_CLEANSE_RE = regex.compile(
    rf"{_B}(?:clean|cleanse|purge|rid)\s+\p{{L}}+\s+of\s+(?:them\s+lot|them\s+all|that\s+lot|these\s+people|"
    rf"those\s+people|the\s+lot\s+of\s+them){_E}"
)
#: A disease named after a people ("the Chinese virus", "kung flu", "Mexican flu"): blames the group for it.
_DISEASE_LABEL_RE = regex.compile(
    rf"{_B}(?<![\"“‘'](?:the\s+)?)(?<!(?:called|not\s+an?|so-called|dubbed|known\s+as|term|myth\s+of\s+an?)\s+"
    rf"(?:the\s+)?[\"“‘']?)(?:(?:chinese|wuhan|mexican|african|arab|muslim|jewish|gay|immigrant)\s+(?:virus|flu|"
    rf"plague|disease|pox)|kung\s+flu|gay\s+cancer|gripe\s+china|virus\s+chino|virus\s+chinois|virus\s+cinese|"
    rf"chinesische[sn]?\s+virus|"
    # a disease said to be brought by a people: "Die Rumänen bringen uns die Masern", "przywlekli tę odrę"
    rf"(?:bring|brings|brought|bringen|bringt|brachten|traen|trajeron|trazem|trouxeram|apportent|ont\s+apport[ée]|"
    rf"portano|hanno\s+portato|przywlekli|przynie[sś]li)\s+(?:us\s+|uns\s+|nos\s+|nous\s+|ci\s+)?(?:the\s+|die\s+|la\s+|"
    rf"el\s+|a\s+|o\s+|le\s+|il\s+|t[eę]\s+)?(?:measles|masern|sarampi[oó]n|sarampo|rougeole|morbillo|odr[eę]|flu|"
    rf"grippe|gripe|influenza|virus|disease|diseases|krankheit\w*|enfermedad\w*|doen[cç]as?|maladies?|malattie|"
    rf"chorob\w*|plague|pest|cholera|colera|c[oó]lera|tb|tuberculosis|tuberkulose)){_E}(?![\"”’'])"
)
#: Nazi and white-power slogans ("Sieg Heil!", "Heil Hitler", "Long live Hitler", "Juden raus", "white power",
#: "1488").
_SLOGAN_RE = regex.compile(
    rf"{_B}(?:sieg\s+heil|(?:heil|hail|long\s+live)\s+hitler|juden\s+raus|white\s+power(?!\s+(?:banks?|strips?|cables?|supply|supplies|"
    rf"adapters?|outlets?|rangers?|buttons?|cords?|tools?|washers?|steering|switch\w*|sockets?|plugs?|leds?))|"
    rf"jews\s+will\s+not\s+replace\s+us|#?whitegenocide|rahowa){_E}"
)
#: An attack pinned on a people's secret hand, the oldest antisemitic plot story: "They unleashed Mossad on
#: France", "the Jews were behind it", "Mossad did 9/11".
_PLOT_RE = regex.compile(
    rf"{_B}(?:(?:unleashed|sent|used)\s+(?:the\s+)?mossad|mossad\s+(?:did\s+(?:it|this|\S+)|(?:was|were|is|are)\s+"
    rf"behind|false\s+flag|operation|op)|(?:the\s+jews|jews|zionists|the\s+zionists|israel)\s+(?:did\s+(?:it|this)|"
    rf"(?:was|were|are|is)\s+behind\s+(?:it|this|the\s+(?:attacks?|shootings?|bombings?|massacre))|"
    rf"orchestrated|staged\s+(?:it|this|the))){_E}"
)
#: Who someone loves called an illness ("issues of gayism show it's a problem and abnormality"), and bigotry
#: called fine ("I think it's fine to be homophobic").
_BIGOTRY_RE = regex.compile(
    rf"{_B}(?:(?<!(?:stop|quit|not|never)\s+(?:calling|saying|treating)\s+(?:that\s+)?)"
    rf"(?:gayism|homosexuality|transgenderism|lesbianism)"
    rf"(?:(?!{_B}(?:not|never|no|removed|isn|wasn|aren)(?![\p{{L}}])|n['’]t)[^.!?\n]){{0,80}}?{_B}(?:an?\s+)?(?:abnormal(?:ity)?|"
    rf"disease|disorder|illness|sickness|perversion|unnatural|mental\s+illness)|(?:it'?s|it\s+is|its)\s+"
    rf"(?:fine|ok(?:ay)?|normal|natural|alright|all\s+right)\s+to\s+be\s+(?:homophobic|racist|sexist|transphobic|"
    rf"islamophobic|anti-?semitic|xenophobic)){_E}"
)
#: A people as a "problem" or "question" to be dealt with: "the Jewish question", "#negroproblem".
_PROBLEM_RE = regex.compile(
    rf"{_B}(?:(?<![‘'\"“«]\s?|so-called\s+|term\s+|framed\s+)(?:the|a|our|their|its|europe'?s|america'?s)\s+"
    rf"(?:jewish|jew|negro|muslim|gypsy)\s+(?:problem|question)|"
    rf"#(?:the)?(?:jewish|jew|jews|negro|muslim|muslims|gypsy|black|immigrant|migrant)(?:problem|question)){_E}"
)
#: A staged attack that is a drill, a play or a film, anywhere in the post.
_STAGED = regex.compile(r"staged|faked|fake")
_PRODUCTION = regex.compile(
    r"(?<![\p{L}])(?:drills?|exercises?|rehears\w*|simulations?|productions?|scenes?|films?|movies?|plays?|"
    r"theat(?:re|er)|tickets?|premiere|episodes?|effects|cgi|stunts?|cast)(?![\p{L}])")
#: Arguing against a group slur, quoting it or reporting it, and sporting or cheerful idioms: "not all
#: Muslims are terrorists", "stop saying refugees are dangerous", "the idea that immigrants are violent is a
#: myth", "'Muslims are terrorists' trended today", "Jews control the media? That's a lie", "Kurds attack
#: ISIS, Reuters reports", "the Irish steal the show", "girls run the world", "taking over the food scene".
_COUNTER_SPEECH = regex.compile(
    r"(?:not\s+all|no,?\s*$|stop\s+saying|(?:idea|myth|lie|claim|notion|narrative|rhetoric)\s+that|anyone\s+who\s+"
    r"says|(?:say|says|saying|said|claim|claims|claiming)\s+(?:that\s+)?$|^[\"“‘'])|[\"”’]\s*(?:—|-|is|was|trended|"
    r"this|that)|\?\s*(?:no|not\s+true|that'?s\s+(?:a|an|not)|wrong)\b|(?:is|are)\s+(?:not\s+true|a\s+myth|a\s+lie|"
    r"false)|(?:officials?|police|reuters|ap|afp|bbc|ministry)\s+(?:say|said|says|report\w*)|according\s+to|"
    r"steal\s+the\s+show|run\s+the\s+world|taking\s+over\s+the\s+(?:food|music|charts?|scene|world\s+cup|league|"
    r"tournament|stage|dance\s+floor)|invading\s+the\s+(?:charts?|dance\s+floor|stage)"
)
#: Keeping score against a group of people: "Officers 1 Immigrants 0", "Adults 1, kids 0".
_SCORE_PEOPLE = ("kids", "children", "teens", "teenagers", "students", "protesters", "protestors", "victims",
                 "survivors", "the homeless", "homeless", "the poor", "adults", "officers", "police", "cops",
                 "parents", "voters", "fans", "liberals", "conservatives", "leftists", "snowflakes")
_SCORE_ALT = "|".join(regex.escape(g) for g in sorted(GROUPS + _SCORE_PEOPLE, key=len, reverse=True))
#: ... or an attack scored as a match the attackers won: "Al Qaeda 1, @PM 0", "Cameron 0 ISIS 1" (not the
#: defiant "Terrorists 0, London 1").
_TERROR = r"al[\s-]?qa[ei]da|isis|isil|daesh|(?:the\s+)?taliban|terrorists?|boko\s+haram|al[\s-]?shabaab"
_SIDE = r"(?:@\w+|\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*)?)"
_SCORE_RE = regex.compile(
    rf"{_B}(?:(?:{_SCORE_ALT})\s+\d{{1,2}}\s*[,:;–-]?\s+(?:{_SCORE_ALT})\s+\d{{1,2}}"
    rf"|(?:{_TERROR})\s+(?P<terror>\d{{1,2}})\s*[,:;–-]?\s+{_SIDE}\s+(?P<other>\d{{1,2}})"
    rf"|{_SIDE}\s+(?P<other>\d{{1,2}})\s*[,:;–-]?\s+(?:{_TERROR})\s+(?P<terror>\d{{1,2}}))(?!\d)",
    regex.IGNORECASE,
)
#: Gloating over deaths: only counted while deaths are in the news ("good riddance" is politics otherwise).
_GLOAT_RE = regex.compile(
    r"(?<![\p{L}])(?:reaps?\s+what\s+(?:he|she|they|you|it)\s+sows?|reaped\s+what\s+\w+\s+sowed|"
    r"good\s+riddance|"
    r"karma'?s?\s+(?:is\s+)?a\s+bitch|serves?\s+(?:them|him|her)\s+right|(?:got|get)\s+what\s+(?:they|he|she)\s+"
    r"deserved?|one\s+less\s+\w+|god\s+(?:cannot|can'?t)\s+be\s+mocked|"
    # "play stupid games, win stupid prizes", "couldn't happen to a nicer guy", "not gonna pretend to be sad",
    # "won't shed a tear", "thoughts and prayers 😂", a bare "Karma."
    r"play\s+stupid\s+games,?\s+win\s+stupid\s+prizes|couldn'?t\s+(?:have\s+)?happen(?:ed)?\s+to\s+a\s+"
    r"(?:nicer|better)\s+(?:guy|person|man|woman|bloke|fella)|(?:not|never)\s+(?:going\s+to|gonna)\s+"
    r"(?:pretend\s+to\s+be\s+sad|mourn|miss\s+(?:him|her|them))|(?:won'?t|will\s+not|not\s+going\s+to)\s+"
    r"(?:be\s+)?shed(?:ding)?\s+(?:a|any)\s+tears?|no\s+tears?\s+(?:from\s+me|here)|thoughts\s+and\s+prayers\s*"
    r"(?:lol|lmao|haha\w*|[😂🤣😆🙃😏])|^\W*karma\W*$|"
    # the dead called a lesson in fitness: "natural selection", "Darwin award"
    r"#?natural\s?selection(?=\s*(?:[.!,]|$|at\s+work|in\s+action|(?:doing|did)\s+its\s+(?:job|thing)|wins))|"
    r"darwin\s+awards?|darwin-d[íi]j)(?![\p{L}])",
    regex.MULTILINE,
)
_APES = frozenset({"ape", "apes", "monkey", "monkeys", "gorilla", "gorillas", "chimp", "chimps", "chimpanzee",
                   "baboon", "baboons"})
_PEOPLE = frozenset({"muslim", "muslims", "black", "blacks", "jew", "jews", "african", "africans", "mexican",
                     "mexicans", "asian", "asians", "arab", "arabs", "brotherhood", "obama", "michelle",
                     "immigrants", "refugees", "migrants"})
TRIGGERS = (frozenset(w for g in GROUPS + GROUP_ADJS for w in g.split())
            | {"woman", "deport", "africa", "mexico", "move", "victims", "survivors", "crisis", "fake",
               "dead", "religion", "go", "false", "grateful", "thankful",
               "falseflag", "staged", "voted", "god", "gods", "divine", "executing", "grief", "crocodile",
               "reap", "reaps", "reaped", "riddance", "karma", "natural", "darwin", "selection",
               "naturalselection", "serves", "serve", "deserved", "deserve",
               "racist", "sexist", "offence", "offense", "offend",
               "negro", "jew", "negroproblem", "jewishproblem", "jewishquestion", "jewproblem", "jewquestion",
               "jewsproblem", "muslimproblem", "muslimsproblem", "gypsyproblem", "blackproblem",
               "immigrantproblem", "migrantproblem", "thejewishquestion", "thejewishproblem",
               "dna", "adn", "sangue", "sangre", "sang", "blut", "bloed", "actors", "actores",
               "atores", "acteurs", "schauspieler", "bringen", "bringt", "brought", "traen",
               "trajeron", "trazem", "trouxeram", "apportent", "portano", "przywlekli", "gripe", "denen",
               "ellos", "ceux",
               "montaje", "farsa", "inszeniert", "mise", "encenação", "encenacao", "messinscena",
               "gorilla", "ape", "monkey", "chimp", "chimpanzee", "baboon", "orangutan",
               "sabemos", "weet", "sait", "weiß", "weiss",
               "less", "islam", "judaism", "christianity", "hinduism", "sikhism", "buddhism", "feminism",
               "qaeda", "qaida", "alqaeda", "isis", "isil", "daesh", "taliban", "terror", "terrorist",
               "terrorists", "boko", "shabaab", "alshabaab", "ban", "outlaw", "interdire", "verbieten",
               "prohibir", "vietare", "bar", "stupid", "happen", "happened", "pretend", "mourn", "shed",
               "shedding", "tear", "tears", "prayers", "miss", "mosques", "synagogues", "temples",
               "gurdwaras", "hoax", "faked", "lie", "set", "setup", "shooting", "massacre", "attack",
               "bombing", "outbreak", "pandemic", "epidemic", "holocaust", "sick", "ill", "abnormal",
               "perverts", "perverted",
               "deviants", "deviant", "diseased", "treated", "cured", "treatment", "virus", "flu", "plague",
               "disease", "pox", "kung", "cancer", "sieg", "heil", "hitler", "raus", "gayism",
               "homosexuality",
               "transgenderism", "lesbianism", "homophobic", "transphobic", "islamophobic",
               "antisemitic", "xenophobic", "mossad", "zionists", "israel", "power", "blood", "replace", "88",
               "1488", "whitegenocide", "rahowa", "muslimer", "muslimerne", "innvandrere", "indvandrere",
               "invandrare", "flyktninger", "flygtninge", "flyktingar", "majority", "animals", "savages",
               "vermin", "beasts", "cockroaches", "subhuman", "subhumans", "barbarians", "parasites",
               "cleanse", "purge", "rid", "clean"}
            | {w for g in _SCORE_PEOPLE for w in g.split()} | set(GROUPS_OTHER)
            ) - {"the", "people", "all"}
#: Attacks in the news make any group blame worse.
_VIOLENT = frozenset({"attack", "shooting", "death", "war", "crash"})
RECENT = timedelta(days=3)
FIX = ("Talk about the people or the act you mean, never a whole group; after an attack, stick to facts "
       "from the authorities.")


class GroupBlameCheck:
    code = "SO105"
    name = "group-blame"
    severity = Severity.REVIEW
    requires = frozenset({"clock"})
    #: Without news it still finds group blame; with news it holds blame while an attack is reported.
    optional = frozenset({"news"})
    explanation = """
Finds posts that tie a whole group (a religion, ethnicity, nationality, gender, sexuality or disability) to
crime or violence (also an attack pinned on a people's secret hand: "they unleashed Mossad on France"), call
who people love an illness ("gayism ... is an abnormality") or bigotry fine ("it's fine to be homophobic"), or
paint a group with one brush ("immigrants are criminals", "another Muslim terrorist",
"migrant raping gangs", "migrants, or as I call them, invaders", "no attacks here if refugees weren't let in",
"deport them all", "a woman's place is
in the kitchen", "Muslims have no place in our society" in several languages, "clean Britain of that
lot", "you can always move to Africa"), put people next to animals ("the majority are more like
animals", "those people are vermin"), or mock victims and survivors ("the victims had it coming", "crisis
actors"; while deaths are in the news also "good riddance", "natural selection.", "Darwin award"), or
keep score against a group
as if it were a losing team ("Officers 1 Immigrants 0"), in English or, for the sweeping kind, in five other
languages ("los inmigrantes son delincuentes") and in Japanese, Korean and Chinese
("移民はみんな犯罪者だ", "没有礼貌的中国人!"); calls a group ill
("trans people are mentally ill", "should be treated as patients"), names a disease after a people
("the Chinese virus"), denies a tragedy ("the shooting was staged"), uses a Nazi slogan or calls a people a
problem to be dealt with ("the Jewish question", "#negroproblem"; not the term quoted in a history).
Everything gets a
review; tying a group to violence or crime is held while an attack, shooting or war is in the configured
news of the last three days, when such posts do the most harm. Fires on "Typical migrant violence again";
does not fire on "Muslim leaders condemned the attack" or "We stand with our immigrant neighbours". Fix:
talk about the people or the act you mean, never the whole group.
A group blamed without being named gets a review beside a crime word or deaths in the news ("we all know
which group does this", "always the same 'community'", "ya sabemos de dónde vienen", "because of how those
people live").
A group fused with crime in one German word ("Migrantenmobs", "Asylantenbanden") and a person called an ape
("she is a gorilla.") count too.
"Everyone knows who did it", "same religion, same story", "einer von denen" and a tragedy called staged in
other languages ("Montaje.", "mise en scène", "inszeniert") count too.
A trait put in a people's blood ("è nel loro DNA") and a disease said to be brought by a people ("die
Rumänen bringen uns die Masern") count too.
People told to be grateful just to be let in ("should be grateful for just being here", "they should be
thankful they are even allowed in") get a review; a team's own "we should be grateful to be here" does not.
A people named with a slur's adjective ("dirty Mexicans", "those stinking immigrants"), a person barred for
their faith or origin ("ban any Muslim from joining") and a hashtag that blames a people ("#BlameTheMuslims")
get a review; "our filthy Irish rugby boys" after a muddy match does not.
A people's crimes told as their taste ("Arabs like to bomb ..."), service refused to a people or a place made
free of them ("we will not serve Muslims", "a Muslim-free zone", "Liebe Flüchtlinge, ... wir können euch kein
Getränk servieren") and a people sent home in Japanese ("母国に帰っていただきましょう") get a review;
"we serve refugees every day at the shelter" does not.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        vocab = words(text)
        if vocab.set.isdisjoint(TRIGGERS) and "#blame" not in text.lower() and "帰" not in text \
                and not (CJK_RE.search(text) and CJK_SWEEP_RE.search(text)) \
                and not COMPOUND_RE.search(vocab.text) and not (vocab.set & WHISTLE_WORDS
                                                                 and CRIME_WORDS_RE.search(vocab.text)):
            return
        norm = normalise(text)
        found = None
        cjk = CJK_SWEEP_RE.search(norm.text) if CJK_RE.search(text) else None
        if cjk and not CJK_COUNTER.search(norm.text):
            found = ("sweeping", cjk)
        for kind, pattern in () if found else (
                              ("group-crime", _TAG_RE), ("group-crime", _DEEDS_RE), ("group-crime", _ATTR_RE),
                              ("group-crime", _WITHOUT_RE), ("group-crime", RELABEL_RE),
                              ("group-crime", COMPOUND_RE), ("dehumanising", APE_CALLED_RE),
                              ("sweeping", _SWEEP_RE), ("sweeping", _SWEEP_OTHER_RE),
                              ("sweeping", _BLAME_RE), ("sweeping", _CREED_RE), ("sweeping", _EPITHET_RE),
                              ("exclusion", _EXCLUDE_RE),
                              *((("exclusion", _NO_PLACE_RE),) if not vocab.set.isdisjoint(_NO_PLACE_WORDS)
                                else ()),
                              ("mocking-victims", _MOCK_RE), ("scoreline", _SCORE_RE),
                              ("group-joke", _BAR_JOKE_RE), ("disclaimer", _DISCLAIMER_RE),
                              ("disease-label", _DISEASE_LABEL_RE), ("hate-slogan", _SLOGAN_RE),
                              ("group-problem", _PROBLEM_RE), ("dehumanising", _DEHUMANISE_RE),
                              ("exclusion", _CLEANSE_RE), ("bigotry", _BIGOTRY_RE),
                              ("group-crime", _PLOT_RE)):
            m = pattern.search(norm.text)
            terror = m.group("terror") if m and kind == "scoreline" else None
            if terror and int(terror) <= int(m.group("other")):
                continue  # defiance: the attackers lost
            if m:
                if kind == "sweeping" and m.groupdict().get("crime"):
                    kind = "group-crime"
                found = (kind, m)
                break
        if found is None and (whistle := DOG_WHISTLE_RE.search(norm.text)) \
                and (CRIME_WORDS_RE.search(norm.text) or self._deaths_in_news(ctx)):
            found = ("sweeping", whistle)
        if found is None:
            gloat = _GLOAT_RE.search(norm.text)
            if gloat and self._deaths_in_news(ctx):
                span = norm.span(gloat.start(), gloat.end())
                yield self._finding(Severity.REVIEW, "mocking-victims", text, (span.start, span.end), ctx)
            elif vocab.any_of(_APES) and vocab.any_of(_PEOPLE):
                yield self._finding(Severity.REVIEW, "dehumanising", text, None, ctx)
            return
        kind, m = found
        if kind == "mocking-victims" and _STAGED.search(m.group()) and _PRODUCTION.search(norm.text):
            return  # "the attack was staged: it was a drill", "the bombing was staged with practical effects"
        if kind != "disclaimer" and _COUNTER_SPEECH.search(norm.text[max(0, m.start() - 40):m.end() + 40]):
            return  # "Not all Muslims are terrorists", "Stop saying refugees are dangerous": arguing against
        span = norm.span(m.start(), m.end())
        attack = self._attack_in_news(ctx) if kind == "group-crime" else None
        severity = Severity.HOLD if attack else Severity.REVIEW
        yield self._finding(severity, kind, text, (span.start, span.end), ctx, attack)

    @staticmethod
    def _deaths_in_news(ctx: Context) -> bool:
        news = ctx.news
        return news is not None and any(
            s.tragedy in _VIOLENT | {"disaster"} and timedelta(0) <= ctx.at - s.last_updated <= RECENT
            for s in news.stories)

    @staticmethod
    def _attack_in_news(ctx: Context) -> str | None:
        news = ctx.news
        if news is None:
            return None
        for story in news.stories:
            if story.tragedy in _VIOLENT and timedelta(0) <= ctx.at - story.last_updated <= RECENT:
                return story.headline
        return None

    def _finding(self, severity: Severity, kind: str, text: str, where: tuple[int, int] | None, ctx: Context,
                 story: str | None = None) -> Finding:
        span = Span(*where) if where else None
        typed = text[where[0]:where[1]] if where else ""
        why = {"group-crime": "ties a whole group to crime or violence",
               "sweeping": "paints a whole group with one brush",
               "exclusion": "calls for shutting out a whole group",
               "mocking-victims": "mocks victims or survivors",
               "scoreline": "keeps score against a group of people, as if they were a losing team",
               "dehumanising": "puts people next to animals, an old racist insult",
               "group-joke": "makes a group the butt of the joke",
               "disclaimer": "comes before a statement about a whole group: the writer expects it to "
                             "offend",
               "disease-label": "names a disease after a people, which blames them for it",
               "hate-slogan": "is a Nazi or white-power slogan",
               "group-problem": "calls a whole people a problem to be dealt with",
               "bigotry": "calls who people love an illness, or calls bigotry fine"}[kind]
        message = (f"\u201c{typed[:80]}\u201d {why}" if typed else f"This post {why}")
        message += f", while this is in the news: \u201c{story}\u201d." if story else "."
        evidence: dict[str, str] = {"kind": kind, "matched": typed}
        if story:
            evidence["story"] = story
        return Finding(code=self.code, check=self.name, severity=severity, message=message, span=span,
                       fix=FIX, evidence=evidence)
