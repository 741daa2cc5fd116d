"""SO104's lexicon: harm wished, violence called for, threats made, in English and other languages.

The patterns run on folded text (lower case, accents removed); the check that reads them is harm.py.
"""

from __future__ import annotations

import regex

#: What befalls someone in a harm wish: "dies", "gets shot", "suffers", "rots".
BEFALL = (
    r"(?:die|dies|dying|died|drop(?:s)?\s+dead|suffer(?:s)?|rot(?:s)?|burn(?:s)?|choke(?:s)?|drown(?:s)?|"
    r"bleed(?:s)?\s+out|starve(?:s)?|croak(?:s)?|(?:get|gets|getting|is|are|be)\s+(?:\w+\s+)?(?:shot|killed|"
    r"murdered|raped|stabbed|hanged|hung|lynched|run\s+over|hit\s+by\s+a\s+(?:bus|car|truck|train)|"
    r"cancer|aids|ebola|beaten|tortured|executed|deported|hurt|assassinated|gassed|bombed|eaten|"
    r"mauled|crushed|mangled|broken|smashed|chopped\s+off|ripped\s+off|what'?s\s+coming(?:\s+to\s+(?:him|her|them|you))?)|"
    r"never\s+wake(?:s)?\s+up|"
    r"(?:is|are)\s+next)"
)
#: "I hope he dies", "hope you get cancer", "wish they'd all drown", "pray she suffers".
WISH_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:i\s+|we\s+|really\s+|just\s+)?(?:hope|hoping|wish|wishing|pray|praying|can'?t\s+wait\s+"
    rf"(?:un)?til|(?:would|'d)\s+love\s+(?:it\s+)?if)\s+(?:that\s+|to\s+god\s+)?"
    rf"(?!(?:that\s+|to\s+god\s+)?(?:nobody|no\s*-?\s*one|none|no\s+(?:more|other)))"
    rf"(?:[\p{{L}}@'’.-]+\s+){{1,4}}?(?:(?:will|would|'ll|'d|finally|slowly|all|painfully|just|gonna)\s+)*"
    # "would get fired or die", "retire or die"
    rf"(?:(?:get\s+)?\p{{L}}+\s+or\s+)?{BEFALL}(?![\p{{L}}])"
    # a death hoped to have hurt: "I hope it was slow and painful", "hope he suffered"
    rf"|(?<![\p{{L}}])(?:hope|hoping|wish|pray)\s+(?:that\s+)?(?:it|his\s+death|her\s+death|their\s+deaths?|"
    rf"the\s+(?:death|end)|he|she|they)\s+(?:(?:was|were|felt)\s+(?:(?!not|n'?t)\w+\s+)?(?:painful|agoni[sz]ing|"
    rf"excruciating)|(?:was|were|is)\s+slow\s+and\s+(?:painful|agoni[sz]ing|excruciating))(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:hope|hoping|pray)\s+(?:that\s+)?(?:he|she|they|the\s+\w+)\s+suffered(?![\p{{L}}])"
    # more harm hoped for: "fingers crossed for further infection", "here's hoping for another concussion"
    rf"|(?<![\p{{L}}])(?:fingers\s+crossed|here'?s\s+hoping|hoping|hope|praying)\s+for\s+(?:more|further|another|"
    rf"a\s+few\s+more)\s+(?:\w+\s+)?(?:infections?|injur(?:y|ies)|deaths?|casualties|concussions?|heart\s+attacks?|"
    rf"strokes?|overdoses?|bullets?|shootings?)(?![\p{{L}}-])(?!\s+(?:prevention|control|free|awareness|sites?|"
    rf"funding|research|testing|screening|reduction|data|statistics)\b)"
)
VIOLENT_VERBS = (r"(?:shoot|kill|murder|hang|lynch|stab|punch|behead|execute|strangle|slap|beat|burn|"
                  r"bomb|nuke|gas|run\s+over|assassinate|drown|rape|smash\s+(?:his|her|their)\s+face\s+in)")
#: Groups whose killing is called for ("kill the Jews"), in English and other languages (normalised text).
TARGET_GROUP = (r"(?:jews|muslims|moslems|christians|catholics|hindus|sikhs|blacks|whites|gays|immigrants|"
                 r"migrants|refugees|arabs|mexicans|asians|infidels|kafirs|cops|policemen|liberals|conservatives|"
                 r"republicans|democrats|juifs|musulmans|arabes|noirs|juden|muslime|fl[üu]chtlinge|ausl[äa]nder|"
                 r"jud[ií]os|musulmanes|moros|inmigrantes|negros|ebrei|musulmani|immigrati|negri|judeus|"
                 r"mu[çc]ulmanos)(?![\p{L}])")
#: "X should be shot", "deserves to die", "someone needs to kill him", "kill all the ...".
CALL_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|has\s+to)\s+(?:all\s+)?be\s+"
    rf"(?:shot|hanged|hung|lynched|killed|executed|put\s+down|gassed|beaten|strangled|burned|burnt|stabbed|"
    rf"punched|slapped|smacked|shot\s+on\s+sight|taken\s+out\s+back|run\s+over|raped|tortured|dragged|kicked|"
    rf"battered|beaten\s+up|strung\s+up|set\s+on\s+fire|tarred\s+and\s+feathered)"
    # the world better off without someone: "would be a better place if the CEO choked on his own product"
    rf"|(?:world|country|planet|town|city|sport|game)\s+(?:would|'d)\s+(?:honestly\s+|genuinely\s+|truly\s+)?be\s+"
    rf"(?:a\s+)?better\s+(?:place\s+)?(?:off\s+)?if\s+(?:[\p{{L}}@'’.-]+\s+){{1,6}}?(?:choked|died|dropped\s+dead|"
    rf"was\s+dead|were\s+dead|got\s+shot|got\s+hit|disappeared|drowned|croaked)"
    # ... or better already for a death: "The world outlook is slightly improved with @X dead"
    rf"|(?:world|country|planet)(?:\s+outlook)?\s+(?:is|'s|feels)\s+(?:\w+\s+)?(?:improved|better|a\s+better\s+place)\s+"
    rf"(?:with|now\s+that)\s+(?:[\p{{L}}@'’.-]+\s+){{1,4}}?(?:is\s+)?(?:dead|gone|dying)(?![\p{{L}}])"
    # someone sent to the devil: "Wish I could be a fly on the wall for X's chat with the Devil"
    rf"|(?:(?<![\p{{L}}])[\p{{L}}-]{{2,}}['’]s|(?<![\p{{L}}])(?:his|her))\s+(?:chat|meeting|date|reunion|talk|tea)\s+with\s+(?:the\s+)?"
    rf"(?:devil|satan|lucifer)(?![\p{{L}}])|"
    rf"say\s+(?:hi|hello)\s+to\s+(?:the\s+)?(?:devil|satan|lucifer)(?![\p{{L}}])"
    # a bomb wished on people: "tendría que caer una bomba en la grada", "I hope a bomb falls on them"
    rf"|(?:ojal[aá]|tendr[ií]a\s+que|deber[ií]a|que)\s+(?:les?\s+)?ca(?:er|iga|yera)\s+una\s+bo[mn]ba(?!\s+de\s)|"
    rf"(?:hope|wish|should|needs?\s+to)\s+(?:a\s+)?(?:bomb|nuke|missile)\s+(?:falls?|drops?|hits?|lands?)\s+on"
    # a riot called for: "If Trump comes to your town, start a riot."
    rf"|(?:(?<=^|[.!?,:;]\s{{0,3}})|(?:go|just)\s+(?:and\s+)?)start\s+a\s+riot(?![\p{{L}}])"
    # sorrow that a disaster spared someone: "shame the storm only took out his boathouse"
    rf"|(?:shame|pity|too\s+bad)\s+(?:that\s+)?the\s+(?:storm|fire|flood|quake|earthquake|hurricane|tornado|bomb|"
    rf"bullet|shooter|gunman|crash|tsunami)\s+only\s+(?:took\s+out|hit|got|damaged|destroyed|wrecked|flooded)"
    rf"|deserves?\s+to\s+(?:die|suffer|rot|burn|be\s+raped)"
    # harm asked for someone: "please could you inflict some health problem on the HUNT family"
    rf"|(?<![\p{{L}}])(?:(?:could|would|can|will)\s+(?:you|god|someone|somebody|santa)\s+(?:please\s+)?|please\s+|"
    rf"may\s+(?:god|someone|somebody|karma)\s+)inflict\s+(?:some\s+|a\s+|an\s+|serious\s+)?(?:\w+\s+){{0,2}}?(?:health\s+problems?|illness|"
    rf"disease|pain|suffering|injur(?:y|ies)|cancer|misery|agony)\s+(?:on|upon)\s+(?!(?:yourself|myself|ourselves|"
    rf"themselves)\b)(?:the\s+)?[\p{{L}}@'’]+"
    # a lynching called for: "Time for a tree and a rope", "get a rope"
    rf"|(?<![\p{{L}}])(?:(?:a|the)\s+tree\s+and\s+(?:a|the)\s+rope|(?:get|bring|grab|fetch)\s+(?:a|the|me\s+a)\s+rope|"
    rf"time\s+for\s+(?:a|the)\s+(?:rope|noose|lynching|hanging))(?![\p{{L}}])"
    # killing vowed in return: "You kill us we kill right back"
    rf"|(?<![\p{{L}}])(?:we|i)(?:'ll|\s+will|\s+shall)?\s+kill\s+(?:you\s+|them\s+|'?em\s+)?(?:right\s+)?back(?![\p{{L}}])"
    # people wiped out: "vow to wipe out their sympathizers and collaborators" (not "wipe them out" in a game)
    rf"|wipe\s+out\s+(?:all\s+)?(?:their|the|these|those|all)\s+(?:\w+\s+)?(?:sympathi[sz]ers|supporters|"
    rf"collaborators|followers|traitors|infidels|members|people|kind)(?![\p{{L}}])"
    # an execution prescribed: "the protocol for a positive test should be immediate humane execution"
    rf"|(?:should|must)\s+(?:be|face)\s+(?:an?\s+)?(?:immediate|instant|summary|swift|public)\s+(?:\w+\s+)?execution"
    # a sentence listed, then the execution: "should be tried for treason ... then hung on the Mall"
    rf"|(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to)\s+be\s+[^!?\n]{{0,100}}?(?:then|and\s+then)\s+"
    rf"(?:be\s+)?(?:publicly\s+)?(?:hung|hanged|executed|shot|lynched)(?![\p{{L}}])"
    # an execution called for: "should face a firing squad", "line them up against a wall"
    rf"|(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|to)\s+(?:all\s+)?face\s+(?:a|the)\s+firing\s+squad"
    rf"|(?:line|put|stand)\s+(?:them|'em|him|her|(?:all\s+)?(?:these|those|the)\s+\w+)\s+(?:all\s+)?(?:up\s+)?"
    rf"against\s+(?:a|the)\s+wall"
    # a blow to someone's face urged: "punch him right on the nose", "smack her in the mouth"
    rf"|(?<![\p{{L}}])(?<!(?:to|wanna|gonna|could|would|'d|'ll|i|we|not|never|didn'?t|don'?t)\s)"
    rf"(?:punch|slap|smack|hit|kick|deck|headbutt)\s+(?:him|her|them|'em|@\w+)\s+(?:right\s+|hard\s+|"
    rf"square(?:ly)?\s+)?(?:in|on)\s+(?:the|his|her|their)\s+(?:nose|face|mouth|teeth|jaw|head|throat)"
    # a blow to someone's face asked of others: "someone should break his face",
    # "a quien le parta la cara a X", "alguien debería romperle la cara" (the text is folded: no accents)
    rf"|(?:someone|somebody|they|you|people)\s+(?:should|needs?\s+to|ought\s+to|has\s+to|must)\s+(?:break|smash|"
    rf"bash|punch|kick)\s+(?:in\s+)?(?:his|her|their|your)\s+(?:\w+\s+)?"
    rf"(?:face|teeth|head|legs|jaw|skull)"
    rf"|(?:a\s+quien|quien|alguien\s+(?:que|deberia|tiene\s+que|debe))\s+(?:\w+\s+){{0,2}}?(?:le|les|te)\s+"
    rf"(?:parta|rompa|reviente|parte|rompe|revienta)\s+(?:la\s+cara|las\s+piernas|los\s+dientes|la\s+boca|"
    rf"la\s+crisma|la\s+cabeza)|(?:romper|partir|reventar)(?:le|les)\s+(?:la\s+cara|las\s+piernas|los\s+dientes|"
    rf"la\s+boca|la\s+crisma|la\s+cabeza)"
    # a death wish as a hashtag: "#Die", "#BurnInHell", "#KillThemAll"
    rf"|#(?:die|dieinhell|burninhell|rotinhell|killthemall|killall\w+|hangthem)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?!(?:it|this|that|these|those|painting|picture|poster|sign|flag|art|artwork|curtains?|"
    rf"clothes|laundry|coats?|banners?|lights|decorations|photos?|prints?|frames?|portraits?|mirrors?)\s)"
    rf"\p{{L}}+\s+(?:must|should|needs?\s+to|ought\s+to|has\s+to|will)\s+hang(?!\s+(?:in|on|up|out|around|"
    rf"from|with|onto|by|over|together|tight|loose|there))(?![\p{{L}}])"
    rf"|{VIOLENT_VERBS}\s+(?:them|'em|em|those\s+\w+|these\s+\w+)\s+all"
    rf"|shoot\s+up\s+(?:a|the|my|our|this|that)\s+(?:\w+\s+)?(?:school|kindergarten|church|mosque|synagogue|"
    rf"mall|club|office|concert|class)"
    rf"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:part\s+of|a\s+member\s+of|with|joining)\s+(?:al[\s-]?qa[ei]da|isis|"
    rf"isil|daesh|the\s+taliban|hamas)"
    # shooting urged on others: "I hope you're armed, and I hope you aim well"
    rf"|hope\s+you\s+aim\s+well|shoot\s+to\s+kill|aim\s+for\s+the\s+head"
    # "we hope the next one takes you with it"
    rf"|hope\s+(?:the\s+next\s+one|it|this\s+one|that\s+one)\s+takes\s+you\s+with\s+it"
    # sorrow that someone came through unharmed: "gutted Theo Lark's rocket landed fine"
    rf"|(?:gutted|disappointed|sad|sorry)\s+(?:that\s+)?(?-i:\p{{Lu}})?[\p{{L}}'’.-]*(?:\s+[\p{{L}}'’.-]+){{0,3}}?['’]s\s+"
    rf"(?:\w+\s+)?(?:landed\s+(?:fine|safely)|survived|pulled\s+through|made\s+it)"
    # a death cheered with the old song: "Ding dong the witch is dead", "the old bastard is finally dead"
    rf"|ding[\s-]?dong[\s,!.]+(?:the\s+)?(?:wicked\s+)?(?:old\s+)?(?:witch|bitch|bastard)"
    rf"|(?:the|that|this)\s+(?:old\s+)?(?:bitch|bastard|scumbag)\s+is\s+(?:finally\s+)?dead"
    # dancing on a grave: "I'll dance on your grave", "(dancing) happily on the grave of someone I despise"
    rf"|(?:danc(?:e|es|ed|ing)|happily|gleefully|piss(?:ing)?|spit(?:ting)?)\s+(?:happily\s+)?on\s+(?:the|his|her|"
    rf"their|your)\s+graves?(?!\s+(?:of\s+)?(?:the\s+)?(?:unknown\s+soldier|our\s+ancestors))"
    rf"|(?:the|that|this)\s+(?:old\s+)?witch\s+is\s+finally\s+dead"
    rf"|(?:glad|happy|pleased|delighted)\s+(?:that\s+)?(?:(?:the|that|this)\s+(?:old\s+)?(?:witch|bastard|bitch|monster|"
    rf"dictator|scumbag|pig|tyrant|traitor)|he|she|they|@\w+|(?-i:\p{{Lu}}[\p{{L}}'’.-]+))\s+(?:is|are)\s+"
    rf"(?:finally\s+)?dead"
    rf"|(?:break|smash)\s+(?:it|(?:this|that|a|my)\s+\w+|this|that)\s+over\s+(?:his|her|their|your)\s+head"
    rf"|(?:to|gonna|going\s+to|will|'ll)\s+rape\s+(?:u|you|her|him|them)"
    rf"|(?:execution|extermination|slaughter|massacre|genocide)\s+of\s+(?:(?:all|the|\w+)\s+){{0,2}}(?:republicans|"
    rf"democrats|liberals|conservatives|cops|police|officers|jews|muslims|christians|whites|blacks|immigrants|"
    rf"gays|women|men)|future\s+dead\s+(?:cops|police|officers|soldiers)|(?:white|black|jewish|muslim)\s+"
    rf"genocide|(?:massacred|exterminated|slaughtered|killed).{{0,60}}(?:was|is)\s+a\s+good\s+thing"
    rf"|(?:grab|get)\s+a\s+razor|slit\s+(?:your|ur)\s+wrists|hang\s+your\s?self|"
    rf"(?:no\s?one|nobody|no1)\s+(?:will|would)\s+miss\s+you"
    # glad someone died: "I celebrated her death", "rejoice at the death of ..."
    rf"|(?:celebrat(?:e|ed|es|ing)|rejoic(?:e|ed|es|ing)(?:\s+(?:at|in|over))?)\s+(?:(?:his|her|their|the|"
    rf"that|this)\s+)?death(?![\p{{L}}]|\s+(?:metal|star|valley|row|of\s+(?:the\s+)?(?:old|an?\s+era)))"
    rf"|(?:someone|somebody|anyone|we|you|y'?all)\s+(?:should|needs?\s+to|ought\s+to|has\s+to|must|gotta)\s+"
    rf"(?:just\s+)?{VIOLENT_VERBS}\s+(?:him|her|them|that|this|these|those|the|all|every|@\w+|\p{{Lu}})"
    rf"|(?<![\p{{L}}'])(?:let'?s\s+)?{VIOLENT_VERBS}\s+(?:all|every|each)\s+(?:of\s+)?(?:the(?:m|se|ose)?\s+)?"
    rf"\p{{L}}+"
    rf"|(?:die|burn|rot)\s+in\s+(?:a\s+fire|hell|(?:the\s+)?hell[\s-]?fires?|(?:the\s+)?fires\s+of\s+hell)"
    rf"|(?:let|may)\s+(?:him|her|them|he|she|they)\s+(?:roast|burn|rot|fry)\s+in\s+(?:the\s+)?(?:eternal\s+)?"
    rf"(?:flames|fires?|hell\w*)"
    rf"|kill\s+your\s?sel(?:f|ves)|(?<![\p{{L}}])kys"
    # hell wished on someone in other languages (folded text): "pronto estaran juntos en el infierno", "qu'il
    # brule en enfer", "che bruci all'inferno", "schmor in der Holle", "que apodreca no inferno"
    rf"|(?:que|ojala)\s+(?:\w+\s+){{0,2}}(?:arda|ardan|pudra|pudran|queme|quemen|vaya|vayan|se\s+pudra|se\s+pudran)"
    rf"\s+(?:\w+\s+){{0,2}}(?:en|al)\s+(?:el\s+)?infierno"
    rf"|(?:estaran|estara|arderan|ardera|pudrira|pudriran)\s+(?:juntos\s+|todos\s+)?(?:en|al)\s+(?:el\s+)?infierno"
    rf"|(?:brule|brulent|brulera|pourrisse|pourrissent|crame)\s+en\s+enfer"
    rf"|(?:bruci|brucino|brucera|marcisca|marciscano)\s+all['’]\s?inferno"
    rf"|(?:schmor|schmore|schmoren|verrotte|verrotten|brenne|brennen)\s+in\s+der\s+holle"
    rf"|(?:queime|queimem|apodreca|apodrecam|ardam?)\s+no\s+inferno"
    # a group's death wished as its only good form: "the only good X is a dead X"
    rf"|only\s+good\s+(?:[\p{{L}}'’-]+\s+)?([\p{{L}}'’-]+)\s+(?:is|are)\s+(?:a\s+)?dead\s+(?:one|ones|"
    rf"(?:[\p{{L}}'’-]+\s+)?\1)"
    # a wish that a group or person had been killed: "I wish all of them had been shot"
    rf"|wish(?:ed)?\s+(?:that\s+)?(?!i\s|we\s)(?:[\p{{L}}'’-]+\s+){{1,3}}?had\s+been\s+(?:\w+\s+)?(?:shot|killed|"
    rf"murdered|hanged|lynched|gassed|bombed|executed|wiped\s+out|exterminated|slaughtered)"
    # asking or planning to kill someone outright: "should I stone her to death", "gonna beat him to death"
    rf"|(?:should|shall|will|'ll|gonna|going\s+to|want\s+to|wanna|let'?s|must|ought\s+to)\s+(?:i\s+|we\s+)?"
    rf"(?:just\s+)?(?:stone|stab|kick|strangle|choke|burn|shoot|hack|club|batter|bludgeon|whip|starve)\s+"
    rf"(?:him|her|them|you|u|@\w+)\s+to\s+death"
    # killing a whole group called for: "kill the Jews", "gas the Muslims", "tuer les juifs", "Juden töten"
    rf"|(?:kill|shoot|murder|hang|lynch|behead|execute|gas|nuke|bomb|exterminate|slaughter|tuer|tuez|matar|"
    rf"matad|maten|uccidere|uccidete|ammazzare)\s+(?:all\s+|tous\s+|todos\s+|tutti\s+)?(?:the\s+|les\s+|"
    rf"a\s+los\s+|a\s+las\s+|los\s+|las\s+|gli\s+|i\s+|os\s+)?{TARGET_GROUP}"
    rf"|{TARGET_GROUP}\s+(?:t[öo]ten|vergasen|erschie(?:ß|ss)en|abschlachten)"
    # a bounty for hurting someone: "£5,000 for the first person to 'accidentally' run over ..."
    rf"|(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|pounds|euros|bucks|quid|grand))\s+(?:to|for)\s+(?:the\s+"
    rf"first\s+|any\s*one\s+|whoever\s+|anybody\s+|someone\s+|any\s+(?:\S+\s+){{0,2}}?(?=(?:player|person|fan|guy|man|"
    rf"woman|kid)s?\s))?(?:person\s+|one\s+|guy\s+|players?\s+|fans?\s+|man\s+|woman\s+|kid\s+)?(?:who\s+|to\s+|"
    rf"that\s+)?(?:can\s+|will\s+)?['‘\"]?(?:accidentally)?['’\"]?\s*(?:runs?\s+over|(?:kill|shoot|punch|slap|stab)"
    rf"(?:e?s)?|beats?\s+up|knocks?\s+out|takes?\s+(?:(?:him|her|them|this\s+\w+|that\s+\w+|@\w+)\s+)?out)"
    # a death relished as a lesson: "the more migrants drown, the sooner they learn", "je mehr ... ersaufen"
    rf"|(?:the\s+more|je\s+mehr)\s+(?:of\s+(?:them|these|those)\s+|(?:\w+\s+){{1,2}}?)(?:drown|die|get\s+killed|"
    rf"ersaufen|ertrinken|sterben|verrecken|krepieren)(?![\p{{L}}])[,;]?\s+(?:the\s+(?:better|sooner|fewer|less|more\s+"
    rf"(?:they|people|others)\s+(?:learn|understand|get\s+it))|desto|umso|je\s+eher)"
    # pre-emptive killing: "kill them before they kill you"
    rf"|kill\s+(?:them|'em)\s+(?:all\s+)?before\s+they\s+(?:kill|get)\s+(?:you|us)"
    # shooting at a crowd called for: "use live ammunition", "open fire on the protesters"
    rf"|(?:(?:should|must|needs?\s+to|ought\s+to|time\s+to|just)\s+|(?<=^|[.!?:;]\s{{0,3}}))use\s+live\s+"
    rf"(?:ammunition|ammo|rounds|bullets)|open\s+fire\s+on\s+(?:them|(?:the|these|those)\s+"
    rf"(?:protesters|protestors|crowds?|rioters|marchers|students|demonstrators))"
    # telling others to kill themselves: "they should go home and kill themselves"
    rf"|(?:should|needs?\s+to|ought\s+to|must|gotta)\s+(?!not\s|never\s)"
    rf"(?:(?!who\s|that\s|help|stop|prevent)[\p{{L}}']+\s+){{0,4}}?kill\s+(?:themsel(?:f|ves)|himself|herself)"
    rf"|go\s+(?:and\s+)?(?:die|hang\s+yourself|jump\s+off\s+a\s+(?:bridge|cliff))"
    rf"|put\s+a\s+bullet\s+in|a\s+bullet\s+(?:in|between|through)\s+(?:his|her|their|your)"
    rf"|(?:ojal[aá]|que)\s+se\s+muera|qu'?(?:il|elle|ils)\s+cr[eè]ve|soll(?:en)?\s+(?:verrecken|sterben)"
    # the same kinds in other languages: wishes ("ojalá te mueras", "spero che muoia", "tomara que morra",
    # "hoffentlich verreckt er", "krijg de kanker"), calls ("hay que matarlos", "il faut les tuer", "man
    # sollte sie erschießen", "bisogna ammazzarli", "tem que matar"), "deserves to die"
    rf"|(?<![\"“‘'](?:\w+\s+){{0,2}})(?<!(?:dijeron|dijo|escribieron|escribi[oó]|gritaron|gritaba)\s)"
    rf"ojal[aá]\s+(?:(?:que\s+)?(?:se|te)\s+mueran?s?|(?:que\s+)?(?:lo|la|los|las|te)\s+(?:maten|violen)|violen\s+a)"
    rf"|que\s+te\s+mueras"
    # a hanging called for in Hindi: "fake news banane walo ko faansi laga deta"
    rf"|(?<!(?:kisi|court\s+ne\s+\w+|adalat\s+ne\s+\w+)\s)(?:ko|unko|inko|sabko)\s+(?:(?:faansi|fansi|phansi|"
    rf"phaansi)\s+(?:laga\s+(?:do|deta|dete|denge|dena\s+chahiye)|de\s+do|dedo|do\b|honi\s+chahiye|"
    rf"dena\s+chahiye)|(?:faansi|fansi|phansi|phaansi|sooli)\s+(?:pe|par)\s+(?:latka|chadha)\s+do)"
    rf"|hay\s+que\s+(?:matar|fusilar|colgar|ahorcar)(?:l[oa]s?|les?|\s+a\s|\s+(?:todos|todas|esos|esas|estos|"
    rf"estas)\b)|merecen?\s+morir|(?:mereces|deber[ií]as?)\s+morir"
    rf"|qu'?(?:ils|elles)\s+cr[eè]vent|il\s+faut\s+(?:les\s+|le\s+|la\s+)?(?:tuer|abattre|pendre|fusiller)"
    rf"|m[ée]rite(?:nt)?\s+de\s+(?:mourir|cr[eè]ver)|on\s+devrait\s+(?:les\s+|le\s+|la\s+)?(?:tuer|pendre|"
    rf"fusiller|abattre)"
    rf"|man\s+sollte\s+(?:sie|ihn|die|alle)\s+(?:\w+\s+)?(?:erschie(?:ß|ss)en|aufh[äa]e?ngen|vergasen|umbringen)"
    rf"|hoffentlich\s+(?:\w+\s+){{0,3}}(?:stirbt|verreckt|krepiert)|geh[öo]e?r(?:t|en)\s+(?:\w+\s+)?"
    rf"(?:erschossen|aufgeh[äa]e?ngt|vergast)|verreck\s+(?:doch|endlich)"
    rf"|(?:spero\s+che|che)\s+(?:\w+\s+)?(?:muoia|muoiano|crepi|crepino)|devi\s+morire|(?<!non\s)bisogna\s+"
    rf"(?:ammazzar|impiccar|fucilar|stuprar)\w*|(?:nessuno|qualcuno)\s+che\s+(?:se\s+)?(?:la|lo|li|le)\s+"
    rf"(?:stupri|ammazzi|uccida|violenti)|(?:alguien|nadie)\s+que\s+(?:la|lo|las|los)\s+(?:viole|mate)|"
    rf"meritan?o?\s+di\s+morire|andrebber?o?\s+(?:fucilat|impiccat|ammazzat|appes)\w*"
    rf"|(?:tomara|espero)\s+que\s+(?:\w+\s+){{0,4}}?(?:morra|morram|apodre[cç]a)|tem\s+que\s+(?:matar|morrer)|merecem?\s+morrer"
    # more wishes, in folded text: French, Italian, Dutch, Polish, Turkish, Indonesian, Tagalog, Hindi
    rf"|j['’]?esp[eè]re\s+qu['’]?(?:il|elle|ils|elles)\s+(?:\w+\s+){{0,2}}?(?:crevera|creve|crevent|meure|meurt|mourra|"
    rf"pourrisse|pourrira)"
    rf"|spero\s+che\s+(?:gli|le|ti|vi|li)?\s*(?:\w+\s+){{0,2}}?venga\s+(?:un\s+)?(?:cancro|infarto|tumore|ictus|colpo)"
    rf"|(?:ik\s+)?hoop\s+dat\s+(?:\w+\s+){{0,4}}?(?:de\s+(?:tering|kanker|pest|tyfus)\s+krijg\w*|doodgaat|dood\s+gaat|"
    rf"sterft|creperen)"
    rf"|oby[sś]\s+(?:zdech[lł]|zdechla|umar[lł]|sczez[lł])|niech\s+(?:\w+\s+){{0,2}}?(?:zdechnie|umrze|sczeznie)"
    rf"|allah\s+(?:belan[ıi]|cezan[ıi])\s+versin|in[sş]allah\s+(?:\w+\s+){{0,4}}?(?:kaza\s+ge[cç]irirsin|[oö]l[uü]rs[uü]n|"
    rf"geberirsin)"
    rf"|semoga\s+(?:\w+\s+){{0,4}}?(?:mati|mampus|membusuk|celaka)|sana\s+(?:mamatay|mabulok)|mabulok\s+ka"
    rf"|(?:bhagwan|bhagvan|khuda|allah)\s+kare\s+(?:\w+\s+){{0,6}}?(?:mare|mar\s+jaye|mar\s+jaaye|marr\s+jaye)|"
    rf"tadap\s+tadap\s+ke\s+mar(?:e|en|o)?"
    # "the only good X is a dead X" in Portuguese and Spanish, a shot in the face called for
    rf"|\w+\s+bom\s+[eé]\s+\w+\s+morto|el\s+mejor\s+\w+\s+es\s+el\s+\w+\s+muerto|(?:tinha|tem)\s+que\s+levar\s+um\s+tiro|"
    rf"merece\s+(?:levar\s+)?um\s+tiro|deber[ií]a\s+(?:recibir|llevarse)\s+un\s+tiro"
    # "wouldn't shed a tear if the minister fell down a flight of stairs"
    rf"|(?:wouldn'?t|would\s+not|won'?t)\s+shed\s+a\s+tear\s+if\s+(?:\w+\s+){{1,4}}?(?:died|fell|got\s+hit|was\s+killed|"
    rf"dropped\s+dead|choked|drowned)"
    # a hanging or firing squad called for with its victims as the object (folded text): "e se sara il
    # caso appenderli per i piedi", "impiccarli tutti", "ahorcarlos a todos", "dovremmo fucilarli" (not
    # "appenderle in salotto", pictures hung, nor "i nazisti portarono 335 civili per fucilarli", history)
    rf"|appender(?:li|le)\s+per\s+i\s+piedi|(?:impiccar|fucilar|appender)(?:li|le)\s+tutt[ie]|"
    rf"(?:impiccate|fucilate)(?:li|le)\s+tutt[ie]"
    rf"|(?:ahorcar|fusilar)(?:los|las)\s+a\s+tod[oa]s"
    rf"|(?<!(?:non|no)\s)(?:dobbiamo|dovremmo|vanno|andrebbero|bisognerebbe)\s+(?:\w+\s+)?(?:impiccar|fucilar|"
    rf"appender)(?:li|le)|(?<!no\s)(?:habr[ií]a\s+que|deber[ií]amos|debemos)\s+(?:\w+\s+)?(?:ahorcar|fusilar)"
    rf"(?:los|las)"
    # a head wanted on a stick: "I want Wayne LaPierre's head on a stick"
    rf"|(?:i|we)\s+(?:\w+\s+)?(?:want|wanna|need)\s+(?:to\s+see\s+)?(?:(?:[\p{{L}}.-]+\s+){{0,2}}?[\p{{L}}.-]+['’]s|"
    rf"his|her|their)\s+"
    rf"heads?\s+on\s+(?:a|the)\s+(?:stick|pike|spike|pole)"
    # harm wished by proxy: "it would have been funny if it happened to Cooper too"
    rf"|(?:would|'d|wouldve|would'?ve)\s+(?:have\s+)?(?:been|be)\s+(?:so\s+|really\s+|more\s+)?(?:funny|"
    rf"hilarious|fitting)\s+if\s+(?:it|that|this|the\s+same(?:\s+thing)?)\s+(?:had\s+)?"
    rf"happen(?:ed|s)?\s+to\s+(?!(?:us|me|you|your|we|everyone|everybody|anyone|my|our|the|a|an|mum|mom|dad|"
    rf"mother|father|sister|brother|wife|husband|friend|friends|roommate)(?![\p{{L}}]))(?:@\w+|\p{{L}}+)"
    rf"(?<=(?:wrong|terrible|horrible|tragic|attack\w*|assault\w*|died|dead|killed|shot|hurt|injur\w*|"
    rf"crash\w*|raped|beaten|stabbed)[^|]{{0,200}})"
    rf"|(?:hopelijk|ik\s+hoop\s+dat)\s+(?:\w+\s+){{1,3}}(?:sterft|creperen|crepeert|doodgaat|dood)|krijg\s+(?:de|die|"
    rf"het)\s+(?:kanker|tering|tyfus|pest))"
    rf"(?![\p{{L}}])"
)
#: "I'll kill you", "we will find you", "your days are numbered", "watch your back".
THREAT_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|'m\s+going\s+to|\s+am\s+going\s+to|"
    rf"\s+gonna|'re\s+gonna)\s+(?:{VIOLENT_VERBS}|find|hunt(?:\s+down)?|get|end)\s+(?:you|u|him|her|them|"
    rf"@\w+)|(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|\s+gonna)\s+put\s+(?:you|u|him|her|them)\s+"
    rf"(?:asleep|in\s+(?:the\s+|a\s+)?(?:hospital|ground|grave|coffin)|six\s+feet\s+under)|"
    rf"(?:is|means)\s+(?:now\s+)?war\s+(?:on|with)\s+(?:you|them)"
    # running someone over promised: "I'll run them over", "your ass WILL get run over"
    rf"|(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|'m\s+going\s+to|\s+am\s+going\s+to|\s+gonna|"
    rf"'re\s+gonna)\s+(?:just\s+)?run\s+(?:you|u|him|her|them|'em|em)\s+(?:all\s+)?over(?!\s+(?:to|there|here|"
    rf"for|at|in|on|with|tomorrow|later|after))"
    # ... or told to others as an order: "just run them over", "Run over a few and the rest will move"
    rf"|(?:(?<=^|[.!?]\s{{0,3}}|\n)|(?:just|and|then|so)\s+)(?:just\s+)?run\s+(?:(?:them|'em|em|those\s+\w+)\s+"
    rf"(?:all\s+)?over(?!\s+(?:to|there|here|for|at|in|on|with|tomorrow|later|after|the|this|that|it))|"
    rf"over\s+(?:a\s+few|some)(?:\s+of\s+(?:them|'em|those\s+\w+))?(?=\s*(?:[.,!?]|$|and\s|then\s)))"
    rf"|(?:your|ur|their|his|her)\s+(?:ass|arse|butt)\s+(?:will|'ll|is\s+gonna|is\s+going\s+to)\s+(?:get|be)\s+"
    rf"(?:run\s+over|shot|beaten|kicked|whooped)"
    # "he's not leaving on his own legs", "you'll leave in an ambulance"
    rf"|(?:not|won'?t\s+be|isn'?t)\s+leaving\s+on\s+(?:his|her|their|your)\s+own\s+(?:legs|feet)|"
    rf"(?:leave|leaves|leaving)\s+(?:here\s+)?in\s+an?\s+(?:ambulance|body\s?bag)"
    # "if we really wanted you dead ..."
    rf"|if\s+(?:we|i)\s+(?:really\s+)?wanted\s+(?:you|u|them|him|her)\s+dead"
    # a blow promised to someone's body: "I'll rip his head off", "le arranco la cabeza", "je vais te casser
    # la gueule", "ti spacco la faccia", "ich hau dir die Fresse ein" (the text is folded: no accents)
    rf"|(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|'m\s+going\s+to|\s+gonna)\s+(?:(?:rip|tear|smash|bash|"
    rf"punch|break|snap|cave)\s+(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:head|face|teeth|neck|legs?|arms?|skull|"
    rf"jaw)|(?:kick|knock)\s+(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:head|face|teeth)(?:\s+(?:in|off))?)"
    rf"|(?:le|te|les|os)\s+(?:(?:arranco|parto|reviento|corto|partire)\s+(?:la\s+cabeza|la\s+cara|las\s+piernas|"
    rf"los\s+dientes|el\s+cuello|la\s+boca|la\s+crisma)|(?:rompo|rompere)\s+(?:la\s+cara|las\s+piernas|"
    rf"los\s+dientes|el\s+cuello|la\s+boca|la\s+crisma))"
    rf"|(?:como|si|cuando)\s[^.!?]{{0,80}}?h?ostia\s+que\s+se\s+(?:lleva|va\s+a\s+llevar)"
    rf"|(?:le|te)\s+(?:meto|pego|arreo|suelto)\s+(?:una?|dos)\s+(?:h?ostias?|punetazos?|tortazos?|guantazos?)"
    rf"|(?:le|te)\s+doy\s+(?:una?|dos)\s+(?:punetazos?|tortazos?|guantazos?)"
    rf"|(?:je|on)\s+(?:vais\s+|va\s+)?(?:te|lui|leur|vous)\s+(?:casser|defoncer|exploser|eclater|arracher|"
    rf"casse|defonce|explose|eclate|arrache|peter)\s+(?:la\s+gueule|la\s+figure|les\s+dents|le\s+crane)"
    rf"|(?:ti|gli|vi)\s+(?:spacco|rompo|stacco|spaccher[oò]|romper[oò])\s+(?:la\s+faccia|la\s+testa|le\s+gambe|"
    rf"il\s+collo|il\s+muso|i\s+denti)"
    rf"|(?:ich|wir)\s+(?:hau|haue|schlag|schlage|brech|breche|polier|poliere)\s+(?:dir|ihm|ihr|euch|ihnen)\s+"
    rf"(?:\w+\s+)?(?:fresse|schadel|kopf|gesicht|zahne|beine|visage)"
    rf"|(?:te|lhe)\s+(?:quebro|arrebento|parto)\s+(?:a\s+cara|a\s+cabeca|os\s+dentes|as\s+pernas)"
    # a blow promised to whoever crosses the writer: "the next person to mention it is getting 50 punches to
    # the head", "next one who asks gets slapped"
    rf"|(?:the\s+)?next\s+(?:person|one|guy|man|woman|idiot|fool|kid|someone|reporter|fan)\s+(?:who|to|that)\s+"
    rf"[^.!?]{{1,80}}?(?:is\s+getting|gets|will\s+get|'ll\s+get|is\s+gonna\s+get|is\s+going\s+to\s+get)\s+"
    rf"(?:(?:\d+|a|some|my)\s+)?(?:punch(?:es|ed)?|slap(?:s|ped)?|smack(?:s|ed)?|a\s+bullet|beaten\s+up|"
    rf"head-?butted)(?!\s+(?:cards?|lines?|bowls?|list|on\s+the\s+(?:wrist|back)|of\s+))(?![.…\s]*from\s+(?!me\b))"
    # places of worship attacked: "burn down the mosques", "bomb every synagogue"
    rf"|(?:bomb|burn(?:\s+down)?|blow\s+up|torch|nuke|flatten)\s+(?:all\s+|some\s+|the\s+|every\s+|their\s+)?"
    rf"(?:mosques?|synagogues?|churches|temples?|gurdwaras?))(?![\p{{L}}])"
)
#: The writer says they joined a terror group: "me and @friend have joined isis", "I just joined the Taliban
#: lol"; not someone else's claim ("my mom thinks I joined ISIS"), a reporter's trip, talks, survivors or a
#: friend called Isis ("I joined Isis and Tom for brunch").
_JOINED_RE = regex.compile(
    r"(?<![\p{L}])(?<!(?:if|that|thinks?|thought|asking|whether|since\s+when\s+have)\s+)"
    r"(?:(?:i|we)(?:'ve|\s+have)?|(?:me|i)\s+(?:and|&|n)\s+(?:\S+\s+){1,3}?(?:have\s+|'ve\s+)?|^\W*)\s*"
    r"(?:just\s+|officially\s+|finally\s+|now\s+)?(?:joined|pledged\s+allegiance\s+to)\s+(?:the\s+)?"
    r"(?:al[\s-]?qa[ei]da|isis|isil|daesh|islamic\s+state|taliban|al[\s-]?shabaa?b|boko\s+haram)(?![\p{L}])"
    r"(?!\s+(?:and|&|for|at|to\s+welcome|survivors?|victims?|families|wives|talks|negotiations|peace|boat|club|"
    r"pilates|yoga|hotel|spa|studio|gym|cafe|salon|team))"
    r"(?![^.!?]{0,40}\bas\s+an?\s+(?:reporter|journalist|correspondent))"
)
#: People thrown from a plane or carried out dead: "the Russians should be thrown from a plane at 15,000
#: feet", "tirarlos desde un avión", "donde te sacan con los pies por delante", "leave in a body bag".
_THROWN_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:throw|toss|drop|push|chuck)(?:n|ing|ed|s)?\s+(?:them|'em|him|her|those\s+\w+|these\s+\w+|"
    r"the\s+\w+)\s+(?:out\s+of|from|off)\s+(?:a|an|the)\s+(?:plane|airplane|helicopter|chopper)"
    r"|(?:tir|lanz|arroj)(?:ar|en|e|amos|ad)(?:los|las|le|les|lo|la)?\s+(?:\w+\s+){0,5}?(?:avion|helicoptero|"
    r"avioneta|\d[\d.,]*\s+(?:pies|metros))|(?:throw|toss|push|chuck)(?:n|ing|ed|s)?\s+(?:\w+\s+){0,5}?"
    r"(?:at|from)\s+\d[\d,]*\s+(?:feet|ft|metres|meters)"
    r"|(?:sacan|saquen|sacar\w*|salir|salgan?)\s+con\s+los\s+pies\s+por\s+delante"
    r"|(?:leave|leaves|leaving|go(?:es)?\s+home|carried\s+out|come\s+out|end(?:s)?\s+up)\s+(?:\w+\s+){0,3}?in\s+"
    r"a\s+body\s?bag)(?![\p{L}])"
)
#: Damnation told of someone: "God hates him & he's burning in hell" (not "the oven is burning in hell mode").
_DAMNED_RE = regex.compile(
    r"(?<![\p{L}])(?:he|she|they|@\w+)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+)?(?:burning|rotting)\s+in\s+hell"
    r"(?![\p{L}-])"
)
#: Asking the public where someone lives, or for their address: the first step of harassment at the door
#: ("someone tell me what number he lives at", "£1000 to anybody who provides me with an address and picture
#: of this man", "if anyone can give us the address of the two activists, we'll hold a demo"); not a shop's
#: "send us your address" or "where he lives now" in a story.
HUNT_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:provides?|give|gives|send|sends|tell|tells|dm|get|gets|find|finds)\s+(?:me|us)\s+"
    r"(?:with\s+)?(?:the\s+|an?\s+)?(?:home\s+)?address(?:es)?\s+(?:and\s+(?:\w+\s+){1,2}?)?(?:of|for)"
    r"\s+(?:him|her|them|@\w+|(?:this|that|these|those|the)\s+(?:\d+\s+)?(?:[\p{L}'‘’-]+\s+){0,2}?(?:man|men|"
    r"woman|women|guys?|girls?|boys?|person|people|lads?|blokes?|idiots?|trolls?|cowards?|activists?|protesters?|"
    r"journalists?|reporters?|family|couple|kids?|teens?|teenagers?|thugs?|scumbags?|morons?|creeps?|perverts?|"
    r"paedos?|pedos?|twats?|pricks?|bastards?|bitch(?:es)?|clowns?|fools?|liars?|cheats?|traitors?|critics?))"
    r"|(?:tell|show|dm|text)\s+(?:me|us)\s+(?:where|what\s+(?:number|street|house|road|address))\s+"
    r"(?:he|she|they|him|her|this\s+\w+|that\s+\w+|the\s+\w+)\s+(?:lives?|stays?)"
    # "someone needs to find out where this ref lives"
    r"|find\s+out\s+where\s+(?:this|that|the|he|she|they)\s*(?:\w+\s+)?lives?"
    # "lives in Harrow btw. anyone know the street?"
    r"|(?:any\s?one|any\s?body|some\s?one|some\s?body)\s+(?:know|knows|got|have|has)\s+(?:the|which|what)\s+"
    r"(?:street|road|door\s+number|house\s+number)"
    r"|(?:any\s?one|any\s?body|some\s?one|some\s?body|who)\s+(?:\w+\s+)?knows?\s+where\s+(?:he|she|they|"
    r"this\s+\w+|that\s+\w+)\s+(?:lives?|stays?)(?!\s+now)"
    r"|(?:post|posting|posted|publish|publishing|published|share|sharing|shared|leak|leaking|leaked)\s+"
    r"(?:his|her|their)\s+home\s+address(?:es)?"
    # "need this clown's home address", "anyone got the address of the ref", "which house the woman in this
    # video lives in", "drop the street and door number"
    r"|(?:need|want|got|get|have|has)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:this\s+|that\s+)?(?:[\p{L}'’-]+['’]s\s+)?"
    r"home\s+address|(?:any\s?one|any\s?body|some\s?one|some\s?body)\s+(?:got|have|has|know)\s+(?:the\s+)?"
    r"(?:home\s+)?address\s+of\s+(?:the|this|that)\s+\w+|(?:which|what)\s+house\s+(?:[\p{L}'’-]+\s+){1,7}?"
    r"lives?\s+in|(?:drop|post|send)\s+(?:me\s+|us\s+)?(?:the\s+|his\s+|her\s+)?street\s+and\s+(?:door|house)\s+number)"
    r"(?![\p{L}])"
)
#: An object rammed into someone: "getting ready to ram a hot poker up his ass".
_RAMMED_RE = regex.compile(
    r"(?<![\p{L}])(?:ram|shove|stick|jam)(?:s|med|ming|ed|ing)?\s+(?:a|an|my|this|the|that)\s+(?:\w+\s+){0,2}?"
    r"(?:poker|pole|bat|broom(?:stick)?|bottle|knife|pipe|crowbar|cactus|pineapple)\s+up\s+(?:his|her|their|"
    r"[\p{L}.-]+(?:\s+[\p{L}.-]+)?['’]s)\s+(?:ass|arse|butt|backside)(?![\p{L}])"
)
#: Veiled threats: menace without a violent act named ("watch your back", "sleep with one eye open", "your
#: days are numbered"). A review, not a hold: rival brands and mascots trade them as banter.
VEILED_RE = regex.compile(
    r"(?<![\p{L}])(?:coming\s+after\s+(?:you|them|u)|you(?:'ll|\s+will)\s+pay\s+for|your\s+days\s+are\s+numbered|"
    r"watch\s+your\s+back|you(?:'re|\s+are)\s+next|you(?:'d|\s+had)\s+better\s+(?:watch|run|hide)|"
    r"sleep\s+with\s+one\s+eye\s+open|"
    # "some people need a visit after tonight. And not the friendly kind."
    r"(?:needs?|deserves?|due)\s+a\s+(?:little\s+|proper\s+)?visit|and\s+not\s+the\s+friendly\s+kind|"
    # "(he) better hope he never walks past me in town", someone's street posted beside a grievance
    r"better\s+hope\s+(?:he|she|they|you|u)\s+(?:never|don'?t|doesn'?t)\s+(?:walks?\s+past|runs?\s+into|meets?|"
    r"sees?|bumps?\s+into|comes?\s+near|crosses?)\s+(?:me|us)|(?:(?:he|she|they|who)\s+|\d{1,2}\s*,\s*)(?:lives|living)\s+"
    r"(?:on|at)\s+\p{L}+\s+"
    r"(?:road|street|avenue|lane|close|drive|crescent|way|rd|st|ave)(?![\p{L}])|(?:(?:he|she|they|who)\s+|\d{1,2}\s*,\s*|"
    r"(?<![\p{L}])\p{L}\.\s*,?\s*)"
    r"(?:lives|living|wohnt)\s+(?:on|at|in|an\s+der|in\s+der)\s+\p{L}+(?:stra(?:ß|ss)e|weg|gasse|straat|laan|"
    r"platz)(?![\p{L}])|"
    # "we'll make sure he's never seen on our roads again"; jail violence hoped for: "his sort don't last long
    # in there"
    r"(?:don'?t|doesn'?t|won'?t)\s+last\s+long\s+in\s+(?:prison|jail)|"
    # "we'll make sure he's never seen on our roads again"
    r"make\s+sure\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+never\s+seen\s+(?:\w+\s+){0,3}?again|"
    # a visit announced to someone who has been looked up: "we know where you live", "we found out your full
    # name and your family's ... expect a visit soon" (Slovak "čakajte čoskoro návštevu", folded)
    r"(?:we|i)\s+know\s+where\s+(?:you|u)\s+live|expect\s+(?:a|our|my)\s+(?:little\s+)?visit(?!\s+(?:from|by)\s+(?!(?:us|me)(?![\p{L}])))|"
    r"cakajte\s+(?:coskoro\s+)?navstevu|(?:we|i)\s+(?:have\s+)?found\s+(?:out\s+)?your\s+(?:full|real|home)\s+"
    r"(?:name|address)|"
    # a reckoning promised to people put on a list: "there will be a harsh reckoning", "every name on the
    # blacklist will be pursued" (Arabic "حساب عسير", "القائمة السوداء")
    r"(?:there\s+will\s+be|expect|face)\s+(?:a\s+)?(?:harsh|severe|terrible|swift|day\s+of)\s+reckoning|"
    # people who will disappear: "they will go missing in the Okefenokee"
    r"(?:they|you|he|she|them|people\s+like\s+you)(?:'ll|\s+will|\s+would|'d|\s+tend\s+to|\s+might|\s+could)\s+"
    r"(?:just\s+)?(?:go|end\s+up)\s+missing|"
    # "we know where you live" in Spanish, German, French, Italian, Portuguese (folded)
    r"sabemos\s+donde\s+vives|wir\s+wissen,?\s+wo\s+(?:du\s+wohnst|sie\s+wohnen)|on\s+sait\s+ou\s+tu\s+habites|"
    r"sappiamo\s+dove\s+abiti|sabemos\s+onde\s+(?:voce|tu)\s+mora|"
    r"(?:names?|everyone)\s+(?:on|in)\s+(?:the|our|this)\s+black\s?list\s+will\s+(?:be\s+)?(?:pursued|"
    r"punished|dealt\s+with|pay)|حساب\s+عسير|ملاحقة[^.!؟]{0,40}القائمة\s+السوداء)(?![\p{L}])"
)
#: Sorry that someone is still alive: "very disappointed with you all because Rajoy is still alive",
#: "muy decepcionado con todos vosotros porque Rajoy sigue vivo" (folded text; not "sad that my phone is
#: still alive", nor one's own survival).
_ALIVE_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:disappointed|sad|shame|pity|upset|gutted|annoyed|too\s+bad)\s+(?:[\p{L}']+\s+){0,6}?"
    r"(?:that|because|cause|cos|coz)\s+(?!(?:i|we|you|my|our|it|this|that)\s)(?:[\p{L}@'’.-]+\s+){1,3}?"
    r"(?:is|are)\s+still\s+alive|(?:decepcionad[oa]s?|triste|l[aá]stima|pena|lamentable)\s+(?:[\p{L}]+\s+){0,8}?"
    r"(?:que|porque)\s+(?!(?:yo|mi|nuestro|nuestra)\s)(?:[\p{L}]+\s+){1,2}?(?:sigue|siga|sigan|siguen|esta|está|"
    r"este|esté|esten|estén)\s+viv[oa]s?)(?![\p{L}])"
)
#: Torturing or killing someone offered as a plan or a duty in Spanish: "por torturar y matar a Gallardón",
#: "hay que matar a ..." (not a plot reported: "un complot para matar a ...").
_MATAR_RE = regex.compile(
    r"(?<![\p{L}])(?<!(?:complot|plan|intento|conspiraci[oó]n|acusad[oa]s?\s+de|detenid[oa]s?\s+por)\s+)"
    r"(?:por|hay\s+que|habr[ií]a\s+que|deber[ií]amos|vamos\s+a|voy\s+a|quiero|(?:ha\s+)?llegado\s+(?:el\s+d[ií]a|la\s+hora)\s+de|"
    r"es\s+hora\s+de)\s+(?:(?:torturar|secuestrar)\s+"
    r"y\s+)?(?:matar|torturar|fusilar|ahorcar|colgar|apu[ñn]alar|empalar|linchar|degollar|decapitar)\s+a\s+[\p{L}]+(?![\p{L}])"
    r"|(?:deber[ií]a|deber[ií]an|hay\s+que|habr[ií]a\s+que)\s+acabar\s+con\s+la\s+vida\s+de"
)
#: Calls to kill or behead in Polish, Romanian and Czech (folded): "ściąć 10x tyle islamskich głów", "zabić
#: ich wszystkich", "trebuiau mitraliați" (should have been machine-gunned), "postřílet je".
_CALL_OTHER_RE = regex.compile(
    r"(?<![\p{L}])(?:sciac\s+(?:\S+\s+){0,3}?g[lł]ow\w*|(?:zabic|rozstrzelac|powiesic|wymordowac)\s+(?:ich\s+)?"
    r"(?:wszystkich|tych|te)|trzeba\s+(?:go|ich|ja|je)\s+(?:zabic|rozstrzelac|powiesic)|"
    r"(?:trebuiau|trebuie|ar\s+trebui)\s+(?:sa\s+fie\s+)?(?:mitraliat|impuscat|spanzurat|omorat|executat)[aie]?|"
    r"(?:postrilet|zastrelit|povesit|vystrilet|zabit)\s+(?:je|ty|vsechny|vsetkych|ho)|"
    r"(?:meli|mali|mel|mal)\s+by\s+(?:ho|je|ji)\s+(?:zabit|zastrelit|povesit))(?![\p{L}])"
)
#: Calls to violence, wishes and hunts rare enough to run only when one of their words is in the draft
#: (folded, as `words` gives them): a cheap gate in front of each, and the kind of finding it makes.
GATED_CALLS: tuple[tuple[frozenset[str], regex.Pattern[str], str], ...] = (
    (frozenset({"isis", "isil", "daesh", "taliban", "qaeda", "qaida", "alqaeda", "shabaab", "shabab",
                "alshabaab", "haram", "islamic"}), _JOINED_RE, "call-to-violence"),
    (frozenset({"plane", "airplane", "helicopter", "chopper", "avion", "helicoptero", "avioneta", "pies",
                "metros", "feet", "ft", "metres", "meters", "bag", "bodybag"}), _THROWN_RE,
     "call-to-violence"),
    (frozenset({"burning", "rotting"}), _DAMNED_RE, "call-to-violence"),
    (frozenset({"alive", "vivo", "viva", "vivos", "vivas"}), _ALIVE_RE, "harm-wish"),
    (frozenset({"matar", "torturar", "fusilar", "ahorcar", "apunalar", "apuñalar", "vida", "empalar",
                "linchar", "degollar", "decapitar", "colgar"}), _MATAR_RE,
     "call-to-violence"),
    (frozenset({"poker", "pole", "bat", "broom", "broomstick", "bottle", "knife", "pipe", "crowbar", "cactus",
                "pineapple"}), _RAMMED_RE, "call-to-violence"),
    (frozenset({"address", "addresses", "lives", "live", "stays", "stay", "number"}), HUNT_RE, "hunt"),
    (frozenset({"sciac", "zabic", "rozstrzelac", "powiesic", "wymordowac", "trebuiau", "trebuie", "trebui",
                "postrilet", "zastrelit", "povesit", "vystrilet", "trzeba", "zabit", "meli", "mali"}),
     _CALL_OTHER_RE, "call-to-violence"),
)
