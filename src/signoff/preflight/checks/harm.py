"""SO104: wishing harm on someone, calls to violence and threats (worse when aimed at children)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import regex

from signoff.news.tragedy import news_tragedy_counts
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import CJK_RE, deleet, words

#: What befalls someone in a harm wish: "dies", "gets shot", "suffers", "rots".
_BEFALL = (
    r"(?:die|dies|dying|died|drop(?:s)?\s+dead|suffer(?:s)?|rot(?:s)?|burn(?:s)?|choke(?:s)?|drown(?:s)?|"
    r"bleed(?:s)?\s+out|starve(?:s)?|croak(?:s)?|(?:get|gets|getting|is|are|be)\s+(?:\w+\s+)?(?:shot|killed|"
    r"murdered|raped|stabbed|hanged|hung|lynched|run\s+over|hit\s+by\s+a\s+(?:bus|car|truck|train)|"
    r"cancer|aids|ebola|beaten|tortured|executed|deported|hurt|assassinated|gassed|bombed|eaten|"
    r"mauled|what'?s\s+coming(?:\s+to\s+(?:him|her|them|you))?)|never\s+wake(?:s)?\s+up|"
    r"(?:is|are)\s+next)"
)
#: "I hope he dies", "hope you get cancer", "wish they'd all drown", "pray she suffers".
_WISH_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:i\s+|we\s+|really\s+|just\s+)?(?:hope|hoping|wish|wishing|pray|praying|can'?t\s+wait\s+"
    rf"(?:un)?til|(?:would|'d)\s+love\s+(?:it\s+)?if)\s+(?:that\s+|to\s+god\s+)?"
    rf"(?!(?:that\s+|to\s+god\s+)?(?:nobody|no\s*-?\s*one|none|no\s+(?:more|other)))"
    rf"(?:[\p{{L}}@'’.-]+\s+){{1,4}}?(?:(?:will|would|'ll|'d|finally|slowly|all|painfully|just|gonna)\s+)*"
    # "would get fired or die", "retire or die"
    rf"(?:(?:get\s+)?\p{{L}}+\s+or\s+)?{_BEFALL}(?![\p{{L}}])"
    # more harm hoped for: "fingers crossed for further infection", "here's hoping for another concussion"
    rf"|(?<![\p{{L}}])(?:fingers\s+crossed|here'?s\s+hoping|hoping|hope|praying)\s+for\s+(?:more|further|another|"
    rf"a\s+few\s+more)\s+(?:\w+\s+)?(?:infections?|injur(?:y|ies)|deaths?|casualties|concussions?|heart\s+attacks?|"
    rf"strokes?|overdoses?|bullets?|shootings?)(?![\p{{L}}-])(?!\s+(?:prevention|control|free|awareness|sites?|"
    rf"funding|research|testing|screening|reduction|data|statistics)\b)"
)
_VIOLENT_VERBS = (r"(?:shoot|kill|murder|hang|lynch|stab|punch|behead|execute|strangle|slap|beat|burn|"
                  r"bomb|nuke|gas|run\s+over|assassinate|drown|rape|smash\s+(?:his|her|their)\s+face\s+in)")
#: Groups whose killing is called for ("kill the Jews"), in English and other languages (normalised text).
_TARGET_GROUP = (r"(?:jews|muslims|moslems|christians|catholics|hindus|sikhs|blacks|whites|gays|immigrants|"
                 r"migrants|refugees|arabs|mexicans|asians|infidels|kafirs|cops|policemen|liberals|conservatives|"
                 r"republicans|democrats|juifs|musulmans|arabes|noirs|juden|muslime|fl[üu]chtlinge|ausl[äa]nder|"
                 r"jud[ií]os|musulmanes|moros|inmigrantes|negros|ebrei|musulmani|immigrati|negri|judeus|"
                 r"mu[çc]ulmanos)(?![\p{L}])")
#: "X should be shot", "deserves to die", "someone needs to kill him", "kill all the ...".
_CALL_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|has\s+to)\s+(?:all\s+)?be\s+"
    rf"(?:shot|hanged|hung|lynched|killed|executed|put\s+down|gassed|beaten|strangled|burned|burnt|stabbed|"
    rf"punched|slapped|smacked|shot\s+on\s+sight|taken\s+out\s+back|run\s+over|raped|tortured)"
    rf"|deserves?\s+to\s+(?:die|suffer|rot|burn|be\s+raped)"
    # an execution called for: "should face a firing squad", "line them up against a wall"
    rf"|(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|to)\s+(?:all\s+)?face\s+(?:a|the)\s+firing\s+squad"
    rf"|(?:line|put|stand)\s+(?:them|'em|him|her|(?:all\s+)?(?:these|those|the)\s+\w+)\s+(?:all\s+)?(?:up\s+)?"
    rf"against\s+(?:a|the)\s+wall"
    # a blow to someone's face urged: "punch him right on the nose", "smack her in the mouth"
    rf"|(?<![\p{{L}}])(?<!(?:to|wanna|gonna|could|would|'d|'ll|i|we|not|never|didn'?t|don'?t)\s)"
    rf"(?:punch|slap|smack|hit|kick|deck|headbutt)\s+(?:him|her|them|'em|@\w+)\s+(?:right\s+|hard\s+|"
    rf"square(?:ly)?\s+)?(?:in|on)\s+(?:the|his|her|their)\s+(?:nose|face|mouth|teeth|jaw|head|throat)"
    # a death wish as a hashtag: "#Die", "#BurnInHell", "#KillThemAll"
    rf"|#(?:die|dieinhell|burninhell|rotinhell|killthemall|killall\w+|hangthem)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?!(?:it|this|that|these|those|painting|picture|poster|sign|flag|art|artwork|curtains?|"
    rf"clothes|laundry|coats?|banners?|lights|decorations|photos?|prints?|frames?|portraits?|mirrors?)\s)"
    rf"\p{{L}}+\s+(?:must|should|needs?\s+to|ought\s+to|has\s+to|will)\s+hang(?!\s+(?:in|on|up|out|around|"
    rf"from|with|onto|by|over|together|tight|loose|there))(?![\p{{L}}])"
    rf"|{_VIOLENT_VERBS}\s+(?:them|'em|em|those\s+\w+|these\s+\w+)\s+all"
    rf"|shoot\s+up\s+(?:a|the|my|our|this|that)\s+(?:\w+\s+)?(?:school|kindergarten|church|mosque|synagogue|"
    rf"mall|club|office|concert|class)"
    rf"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:part\s+of|a\s+member\s+of|with|joining)\s+(?:al[\s-]?qa[ei]da|isis|"
    rf"isil|daesh|the\s+taliban|hamas)"
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
    rf"(?:just\s+)?{_VIOLENT_VERBS}\s+(?:him|her|them|that|this|these|those|the|all|every|@\w+|\p{{Lu}})"
    rf"|(?<![\p{{L}}'])(?:let'?s\s+)?{_VIOLENT_VERBS}\s+(?:all|every|each)\s+(?:of\s+)?(?:the(?:m|se|ose)?\s+)?"
    rf"\p{{L}}+"
    rf"|(?:die|burn|rot)\s+in\s+(?:a\s+fire|hell)|kill\s+your\s?sel(?:f|ves)|(?<![\p{{L}}])kys"
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
    rf"a\s+los\s+|a\s+las\s+|los\s+|las\s+|gli\s+|i\s+|os\s+)?{_TARGET_GROUP}"
    rf"|{_TARGET_GROUP}\s+(?:t[öo]ten|vergasen|erschie(?:ß|ss)en|abschlachten)"
    # a bounty for hurting someone: "£5,000 for the first person to 'accidentally' run over ..."
    rf"|(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|pounds|euros|bucks|quid|grand))\s+(?:to|for)\s+(?:the\s+"
    rf"first\s+|any\s*one\s+|whoever\s+|anybody\s+|someone\s+)?(?:person\s+|one\s+|guy\s+)?(?:who\s+|to\s+|"
    rf"that\s+)?(?:can\s+|will\s+)?['‘\"]?(?:accidentally)?['’\"]?\s*(?:runs?\s+over|(?:kill|shoot|punch|slap|stab)"
    rf"(?:e?s)?|beats?\s+up|knocks?\s+out|takes?\s+out)"
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
    rf"|hay\s+que\s+(?:matar|fusilar|colgar|ahorcar)\w*|merecen?\s+morir|(?:mereces|deber[ií]as?)\s+morir"
    rf"|qu'?(?:ils|elles)\s+cr[eè]vent|il\s+faut\s+(?:les\s+|le\s+|la\s+)?(?:tuer|abattre|pendre|fusiller)"
    rf"|m[ée]rite(?:nt)?\s+de\s+(?:mourir|cr[eè]ver)|on\s+devrait\s+(?:les\s+|le\s+|la\s+)?(?:tuer|pendre|"
    rf"fusiller|abattre)"
    rf"|man\s+sollte\s+(?:sie|ihn|die|alle)\s+(?:\w+\s+)?(?:erschie(?:ß|ss)en|aufh[äa]e?ngen|vergasen|umbringen)"
    rf"|hoffentlich\s+(?:\w+\s+){{0,3}}(?:stirbt|verreckt|krepiert)|geh[öo]e?r(?:t|en)\s+(?:\w+\s+)?"
    rf"(?:erschossen|aufgeh[äa]e?ngt|vergast)|verreck\s+(?:doch|endlich)"
    rf"|(?:spero\s+che|che)\s+(?:\w+\s+)?(?:muoia|muoiano|crepi|crepino)|devi\s+morire|(?<!non\s)bisogna\s+"
    rf"(?:ammazzar|impiccar|fucilar|stuprar)\w*|(?:nessuno|qualcuno)\s+che\s+(?:se\s+)?(?:la|lo|li|le)\s+"
    rf"(?:stupri|ammazzi|uccida|violenti)|(?:alguien|nadie)\s+que\s+(?:la|lo|las|los)\s+(?:viole|mate)|"
    rf"meritan?o?\s+di\s+morire|andrebber?o?\s+(?:fucilat|impiccat|ammazzat)\w*"
    rf"|(?:tomara|espero)\s+que\s+(?:\w+\s+)?(?:morra|morram)|tem\s+que\s+(?:matar|morrer)|merecem?\s+morrer"
    # a hanging or firing squad called for with its victims as the object (folded text): "e se sara il
    # caso appenderli per i piedi", "impiccarli tutti", "ahorcarlos a todos", "dovremmo fucilarli" (not
    # "appenderle in salotto", pictures hung, nor "i nazisti portarono 335 civili per fucilarli", history)
    rf"|appender(?:li|le)\s+per\s+i\s+piedi|(?:impiccar|fucilar|appender)(?:li|le)\s+tutt[ie]"
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
_THREAT_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|'m\s+going\s+to|\s+am\s+going\s+to|"
    rf"\s+gonna|'re\s+gonna)\s+(?:{_VIOLENT_VERBS}|find|hunt(?:\s+down)?|get|end)\s+(?:you|u|him|her|them|"
    rf"@\w+)|(?:i|we)(?:'ll|\s+will|'m\s+gonna|\s+am\s+gonna|\s+gonna)\s+put\s+(?:you|u|him|her|them)\s+"
    rf"(?:asleep|in\s+(?:the\s+|a\s+)?(?:hospital|ground|grave|coffin)|six\s+feet\s+under)|coming\s+after\s+(?:you|them|u)|you(?:'ll|\s+will)\s+pay\s+for|your\s+days\s+are\s+numbered|"
    rf"watch\s+your\s+back|you(?:'re|\s+are)\s+next|(?:is|means)\s+(?:now\s+)?war\s+(?:on|with)\s+(?:you|them)"
    rf"|you(?:'d|\s+had)\s+better\s+(?:watch|run|hide)|sleep\s+with\s+one\s+eye\s+open"
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
ATTACK_WINDOW = timedelta(hours=48)
#: Cheap test: at least one of these before the patterns run.
TRIGGERS = frozenset({
    "hope", "hoping", "wish", "wishing", "pray", "praying", "crossed", "wait", "love", "should", "must",
    "ought", "need",
    "needs", "deserve", "deserves", "has", "someone", "somebody", "anyone", "kill", "shoot", "murder", "hang",
    "lynch", "stab", "punch", "behead", "execute", "bomb", "nuke", "gas", "burn", "rot", "die", "kys",
    "bullet", "ll", "will", "gonna", "going", "coming", "days", "watch", "next", "war", "better", "sleep",
    "go", "que", "ojala", "ojalá", "soll", "sollen", "qu", "strangle", "slap", "beat", "drown", "rape",
    "run", "assassinate", "glad", "happy", "pleased", "delighted", "smash", "break", "part", "member",
    "joining", "shot", "hanged", "hung", "killed", "executed", "punched", "slapped", "gassed", "beaten",
    "execution", "extermination", "slaughter", "massacre", "genocide", "future", "massacred", "exterminated",
    "slaughtered", "grab", "get", "slit", "miss", "celebrate", "celebrated", "celebrates", "celebrating",
    "rejoice", "rejoiced", "rejoices", "rejoicing",
    # executions and blows called for, death-wish hashtags: "face a firing squad", "line them up against a
    # wall", "smack her in the mouth", "#Die"
    "squad", "wall", "smack", "hit", "kick", "deck", "headbutt", "dieinhell", "burninhell", "rotinhell",
    "infierno", "enfer", "inferno", "holle", "hölle",
    "killthemall", "hangthem",
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
    r"死ね(?![るばなー])|殺すぞ|殺してやる|ぶっ殺す|죽어라(?=\s*[!.?~ㅋ]|\s*$)|죽여버리|"
    r"(?<![过除失])去死(?![皮角亡])|杀了你|弄死你"
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
_LAWFUL = regex.compile(r"(?<![\p{L}])(?:arrest|ticket|cite|charge|prosecute|jail|court|fine|tow)\w*")
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
"wish they'd all drown"), calls to violence ("someone should shoot him", "they should be hanged", "kill all
the ..."), threats ("we will find you", "your days are numbered"), regret that an attack failed ("too bad the
gunman missed", "the sniper should have aimed lower"; while a shooting, attack or war is in the news of the
last two days also "shame he survived", "next time don't miss") and telling someone to kill themselves,
including common forms in Spanish, French, German, Italian, Portuguese and Dutch. It reads the grammar (a
wish or a call, a target, something bad happening), not names, so it works on people it has never heard of.
Everything it finds is held; the evidence notes when the target is a child. Figures of speech ("killing it",
"die laughing") and denials ("nobody deserves to die") do not fire. Fires on "I hope that referee gets hit
by a bus"; does not fire on "I hope the team gets better soon".
Fix: delete it and say what you object to instead.
"""

    @staticmethod
    def _attack_in_news(ctx: Context) -> bool:
        news = ctx.news
        return news is not None and any(
            timedelta(0) <= ctx.at - s.last_updated <= ATTACK_WINDOW
            and not _ATTACK_NEWS.isdisjoint(news_tragedy_counts(" ".join(i.text for i in s.items)))
            for s in news.stories
        )

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
        if words(text).set.isdisjoint(TRIGGERS):
            return
        view = deleet(text)
        low = view.text
        idioms = [(m.start(), m.end()) for m in _IDIOM_RE.finditer(low)]
        patterns = [("harm-wish", _WISH_RE), ("call-to-violence", _CALL_RE), ("threat", _THREAT_RE),
                    ("failed-attack", _MISSED_ATTACK_RE)]
        if self._attack_in_news(ctx):
            patterns.append(("failed-attack", _BARE_REGRET_RE))
        for kind, pattern in patterns:
            for m in pattern.finditer(low):
                if any(s < m.end() and m.start() < e for s, e in idioms):
                    continue
                after = low[m.end():m.end() + 80]
                if kind == "threat" and _LAWFUL.search(after) and not regex.search(_VIOLENT_VERBS, after):
                    continue  # a police account's "we will find you. We will arrest you."
                if kind == "threat" and _RESCUE.search(low[max(0, m.start() - 80):m.end() + 80]):
                    continue  # "we will find them. We will not stop searching": a rescue
                if kind == "threat" and _SHOW.search(after):
                    continue  # "Watch your back: the new season premieres tonight"
                span = view.span(m.start(), m.end())
                typed = text[span.start:span.end]
                minor = bool(_MINOR_RE.search(low))
                what = {"harm-wish": "wishes harm on someone", "call-to-violence": "calls for violence",
                        "threat": "reads as a threat",
                        "failed-attack": "regrets that an attack failed (a wish that it had killed)"}[kind]
                yield Finding(
                    code=self.code, check=self.name, severity=Severity.HOLD,
                    message=f"\u201c{typed[:80]}\u201d {what}"
                    + (" \u2014 and the post is about children." if minor else "."),
                    span=span, fix=FIX,
                    evidence={"matched": typed, "kind": kind, "minor": minor},
                )
                return

