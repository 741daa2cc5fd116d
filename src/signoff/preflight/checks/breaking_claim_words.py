"""SO503's lexicon: scoop markers and the kinds of breaking claim (a death, a disaster, a regulator's
decision, a deal, a landfall, a medical claim, a rumour); the check that reads them is breaking_claim.py."""

from __future__ import annotations

import regex

_B, _E = r"(?<![\p{L}])", r"(?![\p{L}])"
#: Scoop markers: "BREAKING", "JUST IN", "sources say", "I'm hearing", "unconfirmed reports".
MARKER_RE = regex.compile(
    rf"(?i)(?:^\W*(?:breaking|just\s+in|urgent|developing|scoop|exclusive|confirmed|update)\b|#breaking\w*|"
    # the same flag in other languages: "Eilmeldung:", "Última hora:", "Dernière minute :", "速報"
    rf"(?:^\W*|{_B})(?:eilmeldung|[úu]ltima\s+hora|derni[èe]re\s+minute|alerte\s+info|ultim['’]\s?ora|"
    rf"ultima\s+ora|urgente)\s*[:!\-]|^\W*(?:速報|속보|突发|快讯)|"
    rf"#justin\b|{_B}(?:breaking(?:\s+news)?\s*[:!\-]|just\s+in\s*[:!\-]|(?-i:EXCLUSIVE)\s*[:!\-]|sources\s+(?:say|tell|confirm|close\s+to)|"
    rf"i'?m\s+(?:hearing|told)|(?:we'?re|we\s+are)\s+(?:hearing|told)|hearing\s+(?:that|reports)|(?:unconfirmed|early)\s+reports|reports\s+(?:say|that|of)|"
    rf"rumou?r\s+(?:has\s+it|is)|word\s+is|can\s+confirm|insiders?\s+(?:say|says|tell|claim)|little\s+birdie|"
    rf"per\s+my\s+(?:guy|man|source|sources|contact)|^\W*understand(?=\s)|(?:told|hearing)\s+by\s+people|"
    rf"we\s+can\s+now\s+report|first\s+to\s+report|(?:they'?re|people\s+are)\s+saying|"
    # sources in French, Spanish, Italian, German: "selon plusieurs sources internes", "Info :"
    rf"selon\s+(?:plusieurs\s+|des\s+|nos\s+|de\s+)?sources|seg[uú]n\s+(?:varias\s+|nuestras\s+)?fuentes|"
    rf"secondo\s+(?:alcune\s+|nostre\s+)?fonti|laut\s+(?:mehreren\s+)?quellen|fonti\s+interne|fuentes\s+internas|"
    rf"sources\s+internes|^\W*info\s*:|rumeurs?(?:\s+insistantes?)?\s*:|a\s+priori\s+confirm[ée]e?|"
    rf"(?:a|my)\s+(?:friend|cousin|mate|brother|sister|uncle|aunt)\s+works?\s+(?:at|for|in)\s+[^.!?]{{0,40}}?\s+"
    rf"(?:and\s+)?(?:says|said|told\s+me)|"
    # word of mouth: "hearing from a friend at the FAA", "my cousin in Ravenport says", "can anyone confirm?"
    rf"hearing\s+from\s+(?:a\s+|my\s+|our\s+)?(?:\w+\s+)?(?:friends?|sources?|cousins?|contacts?|mates?|buddy|brother|"
    rf"sister)|"
    rf"(?:my|our)\s+(?:producer|source|friend|cousin|guy)\s+was\s+(?:in\s+the\s+room|there)|"
    rf"(?:me\s+(?:dicen|cuentan|confirman)|dizem\s+que|on\s+me\s+dit|mi\s+dicono|mir\s+wurde\s+gesagt)|"
    rf"(?:a|my)\s+(?:friend|cousin|mate|buddy|brother|sister|uncle|aunt|neighbou?r)\s+(?:at|in|from|who\s+works\s+"
    rf"(?:at|for|in))\s+(?:the\s+)?[\p{{L}}.&-]+(?:\s+[\p{{L}}.&-]+)?\s+(?:says|said|told\s+me|just\s+told\s+me)|"
    rf"can\s+(?:any\s?one|some\s?one|some\s?body|any\s?body)\s+confirm|(?:quelqu['’]un|alguien|qualcuno|jemand)\s+"
    rf"(?:peut|puede|pu[òo]|kann)\s+(?:le\s+|lo\s+|es\s+)?(?:confirmer|confirmar|confermare|best[äa]tigen)|"
    rf"(?:tells|told)\s+me|(?:a|my)\s+source|sources?\s+(?:says?|said)|reports\s+show|"
    # an unnamed official as the source: "Law enforcement official says ...", "a senior official tells"
    rf"(?:an?\s+)?(?:law\s+enforcement|police|federal|senior|government|administration|intelligence|military|"
    rf"security|hospital|state|city)\s+(?:officials?|sources?)\s+(?:says?|said|tells?|told|confirms?)|"
    rf"can'?t\s+confirm\s+(?:this|it|that)|rumou?red|"
    rf"(?:full\s+)?(?:report|story|details)\s+to\s+follow|news\s+alert|alert\s*:|confirmed\s*:|"
    rf"according\s+to\s+(?:unconfirmed\s+|early\s+|media\s+|local\s+)?reports|leaked|watch\s+this\s+space|"
    # an emergency alert's call to act: true alarms are in the news, false ones are the costliest post
    rf"this\s+is\s+not\s+a\s+drill|seek\s+(?:immediate\s+)?shelter|shelter\s+in\s+place|do\s+not\s+drink|"
    rf"don'?t\s+drink|boil\s+(?:your\s+)?water|(?:unconfirmed|unverified)\s+(?:reports?|videos?|footage|claims?|"
    rf"images?|photos?))){_E}"
)
#: Diseases a health claim names.
_DISEASE = (r"(?:the\s+)?virus|autism|cancers?|"
            r"tumou?rs?|leukaemia|leukemia|diabetes|ebola|hiv|aids|covid(?:-19)?|coronavirus|"
            r"(?:the\s+)?flu|influenza|alzheimer'?s|dementia|arthritis|depression|measles|malaria|zika|"
            r"asthma|adhd|sids|infertility|hepatitis|tuberculosis|epilepsy|multiple\s+sclerosis|ms")
#: Outbreaks a breaking claim names besides `_DISEASE`.
_OUTBREAK = (r"cholera|measles|norovirus|salmonella|e\.?\s?coli|listeria|legionnaires'?|bird\s+flu|mumps|"
             r"anthrax|plague")
#: A name: up to four capitalised words ("Evo Morales", "Dr. Jane Doe", "J. R. Smith"); a dot only ends a
#: short abbreviation or an initial, so a sentence's full stop ends the name ("Evo Morales. Nuestras ...").
_NAME_WORD = (r"(?<![\p{L}'’.-])(?:\p{Lu}\.|(?:Dr|Mr|Mrs|Ms|Mme|Sr|Sra|St|Jr|Sen|Rep|Gov|Prof|Gen|Col|Lt|"
              r"Sgt|Capt)\.|\p{Lu}[\p{L}'’-]+)")
NAME = rf"(?-i:(?:@\w+|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))"
#: Bad news a hedge must stand beside to count as a rumour passed on.
BAD_NEWS_RE = regex.compile(
    rf"(?i){_B}(?:dead|died|dies|death|killed|shot|stabbed|crash\w*|hospital\w*|heart\s+attack|arrested|injured|"
    rf"attack\w*|accident|overdose\w*|missing|scene|suicide){_E}")
#: What is suspended or halted when it is not a person: "all crossings are suspended", "Flights suspended".
_SUSPENDABLE = (r"crossings|trains|flights|services|classes|operations|sailings|routes|matches|games|lines|"
                r"buses|ferries|deliveries|works|trading|sales|shipments|talks|lessons|exams")
CLAIMS: dict[str, regex.Pattern[str]] = {
    "conspiracy": regex.compile(
        rf"(?i)(?:#|{_B})(?:pizzagate|qanon|falseflag|false\s+flag|crisis\s+actors?|inside\s+job|chemtrails|"
        rf"plandemic|staged\s+(?:shooting|attack|massacre)|(?:was|is|it'?s)\s+(?:all\s+)?a\s+hoax){_E}"),
    "obituary": regex.compile(rf"(?i){_B}(?:dies|died|is\s+dead)\s+(?:at|aged)\s+\d{{1,3}}{_E}"),
    "death": regex.compile(
        rf"(?i){_B}(?:(?:has|have)\s+(?:died|passed\s+away|been\s+killed)|(?:is|are|was)\s+(?:dead|killed)|"
        rf"died|passed\s+away|dead\s+at\s+\d+|found\s+(?:dead|deceased|lifeless)|"
        rf"(?:\d+|dozens|hundreds|many|several)\s+(?:people\s+)?(?:dead|"
        rf"killed|injured|wounded)|(?:RIP|R\.I\.P\.?)\s+{NAME}|death\s+of\s+{NAME}|"
        # a death passed on in the conditional: "serait mort ce matin", "habría muerto", "sarebbe morto"
        rf"serait\s+(?:mort|morte|d[ée]c[ée]d[ée]e?)|habr[ií]a\s+(?:muerto|fallecido)|sarebbe\s+(?:morto|morta|"
        rf"deceduto|deceduta)|teria\s+morrido|soll\s+(?:tot|gestorben)\s+sein){_E}"),
    "health": regex.compile(
        rf"(?i){_B}(?:(?:is|was|has\s+been)\s+(?:being\s+)?(?:treated|hospitali[sz]ed|rushed\s+to\s+hospital|"
        rf"admitted)|in\s+(?:a\s+)?(?:critical|serious)\s+condition|on\s+life\s+support|in\s+a\s+coma|"
        rf"(?:is|was)\s+(?:now\s+)?in\s+(?:the\s+)?hospital|(?:has\s+)?(?:left|leaves|discharged\s+from|"
        rf"released\s+from)\s+(?:the\s+)?hospital|returned\s+home\s+after\s+(?:a\s+)?(?:\w+\s+){{0,2}}hospital){_E}"),
    "disaster": regex.compile(
        rf"(?i){_B}(?:(?:missile\s+(?:threat|launch|strike|attack|inbound)|launched\s+(?:a\s+)?missiles?|"
        rf"flood(?:ing|ed)?|explosions?|shooting|gunfire|gunman|attack|earthquake|quake|plane\s+crash|crash|fire|"
        rf"blast|bomb|tsunami|collapse|derail\w*|hostages?|stabbing|evacuat\w+)\s+(?:at|in|on|near|hits?|"
        rf"reported|under\s+way|underway|inbound|over|outside|rocks?|heard)|"
        # the same in other languages: "Explosion über Pjöngjang", "fusillade à", "Medien melden Explosion"
        rf"(?:explosion|explosi[óo]n|explos[ãa]o|esplosione|explosie|anschlag|attentat|atentado|attentato|aanslag|"
        rf"sch[üu]sse|schie[ßs]erei|tiroteo|tiroteio|fusillade|sparatoria|schietpartij|erdbeben|terremoto|"
        rf"s[ée]isme|aardbeving|sismo)\s+(?:in|im|am|an|auf|bei|[üu]ber|en|em|no|na|à|a|au|aux|dans|pr[èe]s|nel|"
        rf"nella|al|alla|op|bij|te|sobre|sur)|(?:medien|medios|m[ée]dias|media)\s+(?:melden|berichten|reportan|"
        rf"informan|rapportent|signalent|riportano|melden)\s+(?:\p{{L}}+\s+){{0,2}}?(?:explosion|explosi[óo]n|anschlag|"
        rf"attentat|atentado|sch[üu]sse|tiroteo|fusillade|erdbeben|terremoto|s[ée]isme|tote|muertos|morts)|"
        # an act of war or a shooting told as it happens: "missile fired at the carrier", "engaged in
        # active combat", "opened fire on", "shots fired at the mall"
        rf"(?:missiles?|rockets?|torpedo(?:es)?|shots)\s+(?:were\s+|was\s+|have\s+been\s+|being\s+)?"
        rf"(?:fired|launched)\s+(?:at|on|toward|towards|into)|opened\s+fire\s+(?:on|at)|"
        rf"engag(?:ed|es|ing)\s+in\s+(?:active\s+)?combat|shot\s+down\s+(?:a|an|the|two|\d+)|"
        # an invasion or shelling as it begins: "as the invasion begins", "shelling across the border"
        rf"invasion\s+(?:begins|has\s+begun|is\s+under\s?way|has\s+started)|shelling\s+(?:across|of|in|near)|"
        # a structure about to fail: "the dam is going to fail tonight"
        rf"(?:dam|levee|bridge|tower|building)\s+(?:is\s+)?(?:going\s+to|about\s+to|will|set\s+to)\s+(?:fail|collapse|"
        rf"burst|break|give\s+way)|"
        rf"(?:struck|hit)\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}(?:missile|rocket|drone|torpedo|shell|bomb)s?|"
        rf"(?:drones?|missiles?|rockets?|shells?)\s+(?:hitting|striking|slamming\s+into|raining\s+down\s+on)|"
        rf"shelling\s+(?:on|of|in)\s|(?:has|have)\s+been\s+(?:hit|struck|bombed|shelled)(?!\s+(?:with|by)\s+(?:a|the)\s+"
        rf"(?:price|fine|bill|tax|lawsuit|flu|bug|cold))|"
        # an outbreak or a contamination: "Ebola outbreak confirmed at ...", "supply possibly contaminated
        # with Ebola", "laced with cyanide" (not "no longer contaminated", nor a laptop infected with a virus)
        rf"(?:{_DISEASE}|{_OUTBREAK})\s+outbreak\s+(?:at|in|on|near|hits?|reported|confirmed|declared|spreads?)|"
        rf"outbreak\s+of\s+(?:{_DISEASE}|{_OUTBREAK})|"
        rf"(?<!(?:not|no\s+longer|n't|never|free\s+of)\s+(?:\w+\s+)?)(?:contaminated|infected|laced|tainted|poisoned)"
        rf"\s+with\s+(?:{_DISEASE}|{_OUTBREAK}|anthrax|cyanide|ricin|plague|radiation|fentanyl|lead|arsenic|melamine|"
        rf"nerve\s+agent|novichok|sarin|polonium|rat\s+poison|(?:ebola|zika|nipah|marburg|west\s+nile|hanta|"
        rf"h\d+n\d+)\s+virus)|(?:will|is\s+going\s+to|set\s+to|about\s+to|plans?\s+to)\s+"
        rf"(?:attack|invade|bomb|nuke)|declare[sd]?\s+war\s+on|"
        # an emergency declared by someone else ("authorities have declared martial law"); the authority's own
        # "we have declared a state of emergency" is its announcement
        rf"(?<!\b(?:we|i)(?:['’]ve|\s+have|\s+has)?(?:\s+(?:now|just|officially|today))?\s+)"
        rf"(?:declare[sd]?|announce[sd]?|impose[sd]?)\s+(?:a\s+)?"
        rf"(?:\w+\s+)?(?:state\s+of\s+(?:emergency|siege)|martial\s+law|curfew)){_E}"),
    "approval": regex.compile(
        rf"(?i){_B}(?:fda|sec|ema|faa|fcc|ftc|cma|doj|eu|regulators?|the\s+commission|government|court|judge)\s+"
        rf"(?:has\s+|have\s+|just\s+)?(?:approved|approves|cleared|clears|rejected|rejects|blocked|blocks|"
        rf"greenlit|greenlights|signed\s+off|ruled|banned|bans|strikes\s+down|struck\s+down|upholds|upheld|"
        rf"overturn(?:s|ed)?)"
        # "spot ETF approval is basically done"
        rf"|approval\s+is\s+(?:basically\s+|all\s+but\s+|pretty\s+much\s+)?(?:done|a\s+done\s+deal|imminent|coming)"
        # a fleet grounded or a product recalled by a regulator: "they're grounding the whole A-series fleet"
        rf"|(?:ground(?:s|ing|ed)?)\s+(?:the\s+)?(?:whole\s+|entire\s+|all\s+)?(?:[\p{{L}}\d-]+\s+){{0,2}}fleets?"
        rf"|(?:fda|faa|easa|regulators?)\s+(?:\w+\s+){{0,3}}?(?:ground(?:s|ing|ed)?|recall(?:s|ing|ed)?){_E}"),
    "suspect": regex.compile(
        rf"(?i){_B}(?:(?:suspects?|shooter|gunman|attacker|bomber|driver|killer|stabber)\b.{{0,60}}?\b(?:was|is|were|"
        rf"are)\s+(?:an?\s+)?"
        rf"(?:of\s+\w+\s+origin|\w+\s+(?:national|immigrant|refugee|muslim|citizen)|identified|named|known\s+to)|"
        rf"(?:photos?|pictures?|pics?|images?)\s+(?:is\s+)?of\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:suspects?|shooter|"
        rf"gunman|bomber|attacker)|names?\s+of\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:suspects?|shooters?|gunm[ae]n|"
        rf"attackers?|bombers?)){_E}"),
    # Naming who did it, a claim on its own: "identity of the shooter is ...", "the gunman is John Doe".
    "identify": regex.compile(
        # the culprit named: "De dader van Zuidvelde is Sem de V.", "the killer is John Smith"
        rf"(?:(?i:de\s+dader|der\s+t[äa]ter|el\s+autor|l['’]auteur|il\s+colpevole|o\s+autor|the\s+(?:killer|shooter|"
        rf"attacker|bomber|stabber|culprit))\s+(?:(?i:van|von|de|del|di|do|of)\s+(?:\S+\s+){{1,2}}?)?(?i:is|ist|es|est|"
        rf"è|é)\s+(?-i:\p{{Lu}})\p{{L}}+)|"
        rf"(?i){_B}(?:identity\s+of\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:suspects?|shooter|gunman|attacker|bomber|"
        rf"killer)|(?:the\s+)?(?:suspect|shooter|gunman|attacker|bomber)\s+(?:\w+\s+){{0,4}}(?:is|was)\s+"
        rf"(?-i:\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}+)){_E}"),
    "corporate": regex.compile(
        rf"(?i){_B}(?:(?:is|are|will\s+be)\s+(?:going\s+to|set\s+to|about\s+to)?\s*(?:cancel(?:l?ing)?|clos(?:e|ing)|"
        rf"mov(?:e|ing)|shut(?:ting)?|build(?:ing)?|open(?:ing)?|keep(?:ing)?)\s+(?:their|its|the|a)\s+(?:new\s+)?"
        rf"(?:\w+\s+){{0,2}}(?:deal|plant|factory|headquarters|hq|operations)|(?:will|to)\s+(?:build|open|close|"
        rf"keep|move)\s+(?:a|the|their|its)\s+(?:new\s+)?(?:\w+\s+){{0,2}}(?:plant|factory)){_E}"),
    # a person's downfall told as news: arrested, charged, under investigation, fired, failed a drug test,
    # resigned ("I'm hearing that X tested positive", "Source says X is expecting to be fired"); not the
    # writer's own news ("she told me I was fired")
    "scandal": regex.compile(
        rf"(?i){_B}(?<!{_B}(?:i|we|you|i['’]ve|we['’]ve|you['’]ve|i['’]m|we['’]re|you['’]re|me)\s+(?:\w+\s+)?)"
        rf"(?:tested\s+positive\s+for|failed\s+(?:a\s+|an?\s+\w+\s+)?(?:drugs?|doping)\s+tests?|"
        # in a headline's words, with no verb: "BREAKING: James Murdoch arrested", "Exclusive: @X suspended"
        rf"(?!(?i:{_SUSPENDABLE}|schools?|roads?|bridges?|the|all|our|your)\b){NAME}\s+(?:arrested|charged|indicted|subpoenaed|sacked|suspended|detained|impeached)(?=\s+(?:over|for|"
        rf"after|in|from|by|amid|on|at|as|following)\s|\s*[.,!:;]|\s*$)|"
        # services are suspended, people are ("all crossings are suspended today because of the weather")
        rf"(?<!(?:{_SUSPENDABLE})\s+)"
        rf"(?:is|are|was|were|has\s+been|have\s+been|being|been|will\s+be|to\s+be|(?:expect(?:ing|ed)|about|set|"
        rf"going)\s+to\s+be)\s+(?:\w+\s+)?(?:arrested|charged|indicted|investigated|probed|subpoenaed|fired|"
        rf"sacked|suspended|raided|detained|impeached)|under\s+(?:criminal\s+|federal\s+)?investigation|"
        # detained, in Spanish, Portuguese, French, Italian, German
        rf"(?:ha\s+sido|fue)\s+detenid[oa]|foi\s+pres[oa]|a\s+[ée]t[ée]\s+arr[êe]t[ée]e?|[èe]\s+stat[oa]\s+arrestat[oa]|"
        rf"wurde\s+(?:festgenommen|verhaftet)|"
        rf"getting\s+the\s+(?:boot|sack|axe)|(?:will\s+be|is)\s+gone\s+by|resignation\s+letter|"
        rf"(?:has\s+)?resigned\s+(?:as|from)|(?:to\s+|will\s+)?step(?:s|ping)?\s+down\s+(?:as|from)){_E}"),
    # someone's private life told as a scoop: "EXCLUSIVE! Meghan and Harry are engaged!!", "BREAKING: X and Y
    # have split", "X is pregnant" (with a scoop marker only)
    "personal": regex.compile(
        rf"(?i){_B}(?:(?:are|is|got|get(?:ting)?|have\s+got(?:ten)?)\s+(?:secretly\s+|finally\s+|officially\s+)?"
        rf"(?:engaged|married|divorc(?:ed|ing)|pregnant|expecting(?:\s+(?:a|their|her|his)\s+\w+)?|"
        rf"splitting(?:\s+up)?|breaking\s+up|separat(?:ed|ing)|dating)|(?:have|has)\s+(?:split(?:\s+up)?|"
        rf"broken\s+up|separated|divorced|eloped)|(?:engagement|divorce|pregnancy|split|break-?up)\s+(?:is\s+)?"
        rf"(?:confirmed|on|official)|announce[sd]?\s+(?:their\s+|her\s+|his\s+)?(?:engagement|divorce|split|"
        rf"separation|pregnancy)){_E}"),
    # a trade or transfer told as done: "my sources tell me a Karlsson deal to Tampa is done", "traded to"
    "trade": regex.compile(
        rf"(?i){_B}(?:(?:deal|trade|transfer|move|agreement)\s+(?:\w+\s+){{0,5}}?(?:to|with|for|between|sending)\s+"
        rf"(?:\w+\s+){{0,4}}?(?:is|are|has\s+been)\s+(?:now\s+)?(?:done|agreed|complete[d]?|finali[sz]ed|imminent|in\s+place)|"
        rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+)\s+to\s+(?-i:\p{{Lu}}[\p{{L}}'’-]+)\s+(?:is\s+)?(?:done|complete[d]?|agreed)|"
        rf"(?:have|has)\s+(?:an?\s+)?(?:agreement|deal)\s+in\s+place|personal\s+terms\s+(?:are\s+|have\s+been\s+)?agreed|"
        rf"(?:has\s+been|have\s+been|was|is\s+being|to\s+be|being)\s+traded\s+to|"
        rf"(?:has|have)\s+agreed\s+(?:a\s+)?(?:deal|terms|contract)\s+(?:with|to\s+join)){_E}"),
    # news passed on with only a hedge in place of a source: "Pray that this news concerning X is not true ...
    # NO CONFIRMATION YET", "praying the reports aren't true"
    "hedged": regex.compile(
        rf"(?i){_B}(?:pray(?:ing)?\s+(?:to\s+god\s+)?(?:that\s+)?(?:this|the|these|it)\s+(?:\w+\s+){{0,4}}?"
        rf"(?:is\s+not|isn'?t|are\s+not|aren'?t)\s+(?:true|real)|praying\s+(?:it'?s|this\s+is|that'?s)\s+(?:fake|not\s+true)|"
        # a hope or a missing confirmation counts only beside bad news (`BAD_NEWS_RE`): "no confirmation yet"
        # on a start time is not a rumour
        rf"(?P<soft>(?:hope|hoping)\s+(?:to\s+god\s+)?(?:that\s+)?(?:this|the|these|it)\s+(?:\w+\s+){{0,4}}?"
        rf"(?:is\s+not|isn'?t|are\s+not|aren'?t)\s+(?:true|real)|(?:hope|hoping)\s+(?:it'?s|this\s+is)\s+(?:fake|not\s+true)|"
        rf"no\s+confirmation\s+(?:yet|so\s+far|as\s+of\s+now)|not\s+confirmed\s*!*)){_E}"),
    # a market-moving event: a central bank's emergency move, a rate decision, a bank run, halted trading
    "markets": regex.compile(
        rf"(?i){_B}(?:emergency\s+(?:\w+\s+)?rate\s+cut|(?:fed|federal\s+reserve|central\s+bank|ecb|boe|opec|"
        rf"treasury)\s+(?:\w+\s+){{0,6}}?emergency\s+(?:\w+\s+)?meeting|emergency\s+(?:fed|ecb|opec|central\s+bank)\s+"
        rf"meeting|(?:cuts?|raises?|hikes?|slash(?:es)?)\s+"
        rf"(?:interest\s+)?rates?|rate\s+(?:cut|hike)|negative\s+(?:interest\s+)?rates?|bail[\s-]?ins?|"
        rf"bank\s+run|trading\s+(?:halted|suspended)|halts?\s+trading|default(?:s|ed)?\s+on){_E}"),
    "bankruptcy": regex.compile(
        rf"(?i){_B}(?:goes|went|gone|is\s+going|has\s+gone)\s+bankrupt|(?:files|filed|filing)\s+for\s+"
        rf"(?:chapter\s+\d+|bankruptcy|insolvency){_E}"),
    "deal": regex.compile(
        rf"(?i){_B}(?:(?:to\s+be|being|been|is|are|will\s+be|gets?|getting|about\s+to\s+be)\s+(?:acquired|bought|"
        rf"taken\s+over)\s+by|(?:we'?re|we\s+are|(?:we|it)\s+will\s+be|is)\s+(?:being|about\s+to\s+be|getting)\s+"
        rf"(?:acquired|bought\s+out|taken\s+over)(?!\s+by)|acquir(?:es|ing|ed)\s+{NAME}|(?:to|will)\s+(?:acquire|buy)\s+{NAME}|"
        rf"(?:merger|takeover|buyout)\s+(?:of|with|between)|agreed\s+to\s+(?:buy|sell|merge)|"
        # "this is why we were sold to @McDonalds"
        rf"(?:we|it|the\s+company|the\s+brand)\s+(?:were|was|have\s+been|has\s+been|got|are\s+being|is\s+being)\s+"
        rf"sold\s+to|"
        # bought by, in French, Spanish, Portuguese, Italian, German: "Fullsix racheté par Havas"
        rf"rachet[ée]e?s?\s+par|acquis(?:e|es)?\s+par|adquirid[ao]s?\s+por|comprad[ao]s?\s+por|acquisit[ao]\s+da|"
        rf"(?:übernommen|uebernommen|gekauft)\s+(?:von|durch)){_E}"),
    "forecast-hit": regex.compile(
        rf"(?i){_B}(?:hurricane|storm|typhoon|cyclone|earthquake|quake|tsunami|tornado|flood)\s+(?:\w+\s+)?"
        rf"(?:will|is\s+going\s+to|set\s+to|to|about\s+to)\s+(?:hit|strike|make\s+landfall|destroy|wipe\s+out)"
        # ... or the storm named first and its path told next: "Hurricane Irma. She's predicted to come
        # through Mexico, hit us ..."
        # (the storm's name is looked for behind a whole match only, which is rare and cheap)
        rf"|{_B}(?:she|he|it)(?:['’]?s|\s+is)?\s+(?:predicted|forecast|expected|projected)\s+to\s+(?:come\s+through|"
        rf"hit(?!\s+(?:\d|a\s+high|highs?|lows?|record))|strike|make\s+landfall|head\s+(?:for|to))"
        rf"(?<=(?:hurricane|typhoon|cyclone)\s[\s\S]{{0,260}})"
        rf"{_E}"),
    # a medical claim: something cures, prevents or causes a disease ("vaccines cause autism", "turmeric
    # cures cancer", "sunscreen is poison"); a fundraiser's hope ("help cure cancer") is not one
    "remedy": regex.compile(
        # a tumour that shrinks without treatment, treatment shunned ("shuns cancer treatments")
        rf"(?i){_B}(?:"
        # the known fake cures, told as a remedy: chlorine dioxide ("MMS"), colloidal silver
        rf"(?:chlorine\s+dioxide|di[óo]xido\s+de\s+cloro|colloidal\s+silver|plata\s+coloidal|prata\s+coloidal|"
        rf"argent\s+collo[iï]dal|kolloidales\s+silber|miracle\s+mineral\s+(?:solution|supplement))"
        rf"(?=[^.!?]{{0,120}}(?:\d|cucharad|teaspoon|spoon|drops?|gotas|gouttes|tropfen|morning|ma[ñn]ana|day|d[íi]a|"
        rf"cure|cura|heal|fever|fiebre|febre|virus|fam[íi]lia|family))|"
        # a vaccine said to cause harm in other languages: "essa vacina está causando infertilidade"
        rf"vac(?:ina|una|cin)s?\s+(?:\w+\s+){{0,5}}?(?:est[aá]\s+)?(?:causa(?:ndo)?|provoca(?:ndo)?|provoque)\s+"
        rf"(?:\w+\s+)?(?:infertilidad|infertilidade|infertilit[ée]|autismo|autisme|muertes|mortes|morts|esterilidad)|"
        rf"impfung\w*\s+(?:\w+\s+){{0,5}}?verursach\w*\s+(?:\w+\s+)?(?:unfruchtbarkeit|autismus)|(?:tumou?rs?|cancers?)\s+(?:\w+\s+)?(?:shrinks?|shrank|shrunk|disappear(?:s|ed)|vanish(?:es|ed))"
        rf"(?=[^.!?]{{0,80}}(?:in\s+favou?r|after\s+(?:quitting|ditching|shunning)|shun|juice|kindness|prayer|herbs?|"
        rf"essential\s+oils?))|(?:shun(?:s|ned|ning)?|refus(?:es|ed|ing)|reject(?:s|ed|ing)|ditch(?:es|ed|ing)?|"
        rf"abandon(?:s|ed|ing)?|said\s+no\s+to)\s+(?:\w+\s+)?(?:chemo(?:therapy)?|cancer\s+treatments?|conventional\s+"
        rf"(?:medicine|treatments?))(?=[^.!?]{{0,60}}(?:beat|cured|healed|gone|disappeared|cancer-free|remission))|(?:vaccines?|vaccinations?|jabs?|mmr|flu\s+shots?)\s+(?:\w+\s+)?(?:cause[sd]?|causing|"
        rf"gives?|leads?\s+to|linked\s+to|triggers?)\s+(?:\w+\s+)?(?:{_DISEASE})|"
        rf"(?<!(?:help|helps|helping|to|could|may|might|will\s+one\s+day|research|hope|find|finding|"
        rf"search\s+for|race\s+to|fund|funds|funding|raise\s+money\s+to|cannot|can'?t|won'?t|doesn'?t|"
        rf"does\s+not|no\s+food|nothing|we|us|let'?s|together)\s+)(?:cures?|cured|heals?|healed|reverses?|reversed|eliminates?|"
        rf"kills?|tackles?|tackled|prevents?|prevented|protects?\s+(?:you|your\s+\w+|kids|children|everyone)\s+"
        rf"(?:from|against)|(?:helps?\s+(?:your\s+body\s+)?)?fights?\s+off)\s+(?:\w+\s+){{0,2}}(?:{_DISEASE})(?!\s+(?:research|patients|charit\w*|awareness|fundrais\w*|care|centres?|centers?|units?|wards?|together))|"
        # disease blamed on the mind: "disease is caused by negative energy", "your ill health is caused by
        # your negative attitude"
        rf"(?:diseases?|illness(?:es)?|cancers?|ill\s+health|sickness)\s+(?:is|are)\s+(?:all\s+|only\s+|just\s+)?"
        rf"caused\s+by\s+(?:\w+\s+){{0,2}}(?:negative|energy|energies|attitudes?|thoughts|emotions|karma|sins?)|"
        rf"(?:sunscreens?|fluoride|chemo(?:therapy)?|vaccines?)\s+(?:is|are)\s+(?:a\s+)?(?:poison(?:ous)?|"
        rf"toxic|deadly|killing\s+(?:you|us|people|kids|children))|5g\s+(?:causes?|spreads?)|"
        # vaccines as poison: "poisoning children with mercury in vaccines", "the vaccine has microchips"
        rf"vaccin\w*[^.!?]{{0,60}}?(?:poison\w*|mercury|alumin(?:i)?um|thimerosal|thimerasol|toxins?|"
        rf"microchips?|alters?\s+(?:your\s+|our\s+)?dna)|(?:poison\w*|mercury|thimerosal|thimerasol|toxins?|"
        rf"microchips?)[^.!?]{{0,60}}?vaccin\w*|"
        # diet products whose claims regulators police: appetite suppressants, detox and slimming teas
        rf"appetite[\s-]+suppressant\w*|(?:detox|skinny|slimming|flat\s+tummy)\s+teas?|teatox|"
        rf"(?:weight[\s-]+loss|diet|slimming|fat[\s-]+burn(?:ing|er))\s+(?:pills?|teas?|gumm(?:y|ies)|"
        rf"lollipops?|shakes?|supplements?)){_E}"),
    # a rumour passed on as one: "Rumor of a detection at the lab. Amazing if true", "my earlier rumour has
    # been confirmed by independent sources", "se rumorea que ... si es cierto" (the hedge is what makes it a
    # rumour passed on; "Your booking is unconfirmed" or "we cannot confirm any threat" are not)
    "rumour": regex.compile(
        rf"(?i){_B}(?:rumou?r(?:s|ed)?|rumeurs?|rumores?|se\s+rumorea|gerücht\w*|geruchten|boatos?|"
        rf"^\W*(?:unconfirmed|unverified)\s*:)(?=[^|]{{0,200}}?{_B}(?:(?:amazing|huge|big|great|wild|crazy|massive|"
        rf"insane|incredible|wow)\s*,?\s+if\s+true|if\s+(?:true|confirmed|accurate|real|legit)(?=\s*(?:[,.!?…]|$))|"
        rf"if\s+(?:it'?s|it\s+is|this\s+is)\s+true|not\s+(?:yet\s+)?(?:been\s+)?confirmed\s+yet|not\s+yet\s+"
        rf"(?:been\s+)?confirmed|yet\s+to\s+be\s+confirmed|can'?t\s+(?:yet\s+)?confirm\s+(?:yet|it\s+yet)|"
        rf"can\s+(?:anyone|someone|somebody)\s+(?:confirm|verify)|(?:praying|hope|hoping)\s+it\s+isn'?t\s+true|"
        rf"(?:confirmed|verified)\s+by\s+(?:independent|multiple|several|two|three|my)\s+sources|"
        rf"si\s+es\s+(?:cierto|verdad)(?=\s*[,.!…])|si\s+c'?est\s+(?:vrai|confirm[ée])|se\s+for\s+verdade|"
        rf"falls\s+(?:es\s+)?(?:wahr|stimmt)){_E})"),
}
