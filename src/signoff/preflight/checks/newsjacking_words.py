"""SO202's lexicon: a brand speaking of itself, official care and notices, factual reports, someone's
condition, solidarity, soft promotion, charity and the words for people hurt; the check that reads them is
newsjacking.py (developing_story, tone_deaf and off_voice read FACTUAL and CHARITY_WORDS too)."""

from __future__ import annotations

import regex

#: Tragedies a draft names that make a sale beside them a hold even with no news ("hurricane" alone may be
#: a forecast or a preparedness sale).
NAMED_FOR_SALE = frozenset({"death", "shooting", "attack", "war", "remembrance", "anniversary"})
#: A brand speaking of itself or its audience ("our favourite", "we recommend", "our members").
OWN_CONTENT = regex.compile(r"(?i)\b(?:our|we|we['’]re|we['’]ll|us)\b")  # not "were"
#: Someone's condition reported: "she is being treated for serious injuries", "has undergone surgery".
CONDITION_WORDS = (r"being\s+treated|treated\s+for|(?:serious|critical|stable)\s+condition|"
                   r"undergone\s+(?:\w+\s+)?surgery|intensive\s+care|requests?\s+privacy")
#: An official's duty of care stated: "our priority is the safety of the people in the cafe", "to keep you
#: updated", "safety of residents". Warm words in it are not cheer.
OFFICIAL_CARE = (r"(?:our|the)\s+(?:first\s+|top\s+|only\s+|main\s+)?priorit(?:y|ies)\s+(?:is|are|remains?)|"
                 r"keep\s+(?:you|everyone|the\s+public|people)\s+(?:updated|informed|safe)|safety\s+of\s+(?:the\s+)?"
                 r"(?:people|public|residents|everyone|our|all)")
OFFICIAL_CARE_RE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{OFFICIAL_CARE})(?![\p{{L}}])")
#: A store or office turned into a collection point for those hit: "funcionan como punto de recogida de agua".
COLLECTION_POINT = (r"punto\s+de\s+(?:recogida|acopio)|punto\s+di\s+raccolta|point\s+de\s+collecte|"
                    r"ponto\s+de\s+(?:coleta|recolha)|collection\s+point|drop[\s-]?off\s+point|sammelstelle")
#: Official, practical wording: closures, services, safety, contact, statements.
#: "Closed" in Italian, Spanish, French, German, Dutch, Portuguese and Turkish ("resteranno chiusi").
CLOSED_OTHER = r"chius[oaie]|cerrad[oa]s|ferm[ée]e?s|geschlossen|gesloten|fechad[oa]s|kapal[ıi]"
#: A bed offered to people stranded by a tragedy ("If you need accommodation ..., check #bedforawayfans").
BED_OFFER = r"accommodation|a\s+(?:bed|place|room)\s+(?:for|to\s+stay)|#bedfor\w+|#porteouverte|#opendoor\w*"
BED_OFFER_RE = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{BED_OFFER})")
FACTUAL = regex.compile(
    rf"(?i)\b(?:{OFFICIAL_CARE}|{COLLECTION_POINT}|advisory|bottled\s+water|free\s+(?:water|meals|shelter|parking|"
    r"rides|transport)|update|updates|information|info|closed|closure|service|services|cancel\w*|delay\w*|suspend\w*|"
    r"advice|statement|safety|emergenc(?:y|ies)|police|officers|investigat\w+|call|contact|helpline|hotline|"
    r"evacuat\w+|shelter|reopen\w*|(?:are|is|remain|remains)\s+(?:now\s+)?(?:back\s+)?open|(?:are|is)\s+(?:now\s+)?(?:all\s+)?(?:safe|rescued|evacuated|out\s+of\s+(?:the\s+)?\w+)|stay\s+where\s+you\s+are|shelter\s+in\s+place|affected|impacted|customers\s+(?:in|who|travell?ing)|refund\w*|incidents?|"
    r"treating|looking\s+for|embassy|assistance|meeting|briefing|chaired|restraint|in(?:to)?\s+custody|"
    # a bed offered: "If you need accommodation in Dortmund, please check #bedforawayfans"
    rf"{BED_OFFER}|"
    # a correction: "The USGS alert was incorrect", "posted in error"
    r"(?:was|is|were)\s+(?:incorrect|inaccurate|untrue|not\s+(?:true|correct|real|genuine)|an?\s+error)|"
    r"(?:posted|sent|issued)\s+in\s+error|(?:this|the|that)\s+(?:video|photo|picture|image|clip)\s+(?:is|was)\s+not\s+"
    r"(?:from|of|taken)|"
    # a service stopped or a place closed, in other languages: "permanece sin servicio", "resteranno chiusi"
    rf"sin\s+servicio|fuera\s+de\s+servicio|servicio\s+(?:emergente|suspendido|interrumpido)|{CLOSED_OTHER}|"
    # a press release or an overview of the situation: "#CP :", "communiqué", "un aperçu de la situation"
    r"(?<=#)cp|communiqu[ée]|press\s+release|comunicado|pressemitteilung|(?:aper[çc]u|point)\s+de\s+(?:la\s+)?"
    r"situation|lagebild|"
    # a hoax debunked: "#Bulo #Hoax", "es un bulo", "no lo reenvíes", "do not share this"
    r"(?<=#)(?:bulo|hoax|fakenews)|es\s+un\s+bulo|(?:please\s+)?stop\s+sharing|n['’]a\s+rien\s+[àa]\s+voir\s+avec|no\s+(?:lo\s+)?(?:reenv[ií]es|compartas|difundas)|"
    r"(?:do\s+not|don'?t)\s+(?:share|forward|spread|retweet)\s+(?:this|it|these|the\s+(?:image|photo|video|message|rumou?r))|"
    # a report attributed or a lockdown: "active shooter reported at the college (via @x)", "on lockdown
    # following reports of gunfire"; storm preparation: "secure garden furniture in preparation for #Ophelia"
    r"reports?\s+of\s+(?:gunfire|shots|a\s+shooting|an?\s+(?:explosion|fire|incident))|reported\s+(?:at|in|near)|"
    r"\(via\s+@\w+\)|lockdown|locked\s+down|in\s+preparation\s+for|secure\s+(?:\w+\s+){0,2}(?:furniture|items|"
    r"objects|bins|trampolines)|"
    # an arrest reported: "we have arrested a 43-year-old woman", "charged with"
    r"(?:have|has|had|was|were|been)\s+arrested|arrested\s+(?:a|an|two|three|four|five|\d+)|charged\s+with|"
    r"(?:in|under)\s+control|contained|cordon(?:ed)?\s+off|"
    r"security\s+(?:personnel|forces|services|staff)|restrictions|no\s+(?:\w+\s+)?(?:flights|trains|services|"
    r"buses|trams|ferries)|"
    # services and their reports in other languages: firefighters and civil protection at work, no danger,
    # closures, a situation update, stay at home (police words alone are not: "Polizei spricht von Terror")
    r"bomberos|pompiers|vigili\s+del\s+fuoco|feuerwehr|bombeiros|protecci[oó]n\s+civil|protezione\s+civile|"
    r"aucun\s+danger|aucune\s+victime|sin\s+v[ií]ctimas|nessun\s+ferit[oi]|keine\s+verletzten|sem\s+v[ií]timas|"
    r"interrompu\w*|ferm[ée]e?s|cerrad[oa]s|chius[eio]|geschlossen|gesperrt|fechad[oa]s|point\s+de\s+situation|"
    # an official quoted: "Le maire H. Wulfranc, ému : « Soyons ensemble ... »", "the mayor: \"...\""
    r"(?:mayor|minister|president|prefect|prosecutor|police\s+chief|governor|maire|ministre|pr[ée]sident|pr[ée]fet|"
    r"procureur|sindaco|ministro|presidente|alcalde|b[üu]rgermeister)\b[^:\"«“\n]{0,50}:\s*[\"«“]\s*|"
    # official information in Spanish, German, Italian: "aviso rojo", "teléfono para familiares",
    # "Blutspende", "lutto cittadino", "confirmado por"
    r"(?:aviso|alerta)\s+roj[oa]|para\s+(?:los\s+)?familiares|confirmado\s+por|plantas\s+altas|blutspende\w*|"
    r"lutto\s+cittadino|"
    # caution and debunks: "the coastguard has NOT confirmed anything", "there is no evidence that ...";
    # arrests in Portuguese, Spanish, Italian, French
    r"(?:has|have)\s+not\s+confirmed|hasn'?t\s+confirmed|not\s+been\s+confirmed|(?:there\s+is\s+)?no\s+evidence\s+that|"
    r"pres[oa]\s+nest[ae]|detid[oa]s?|detenid[oa]s?|arrestat[oa]|interpell[ée]e?s?|"
    # a rumour denied ("Rumours are circulating that our stores will close. This is not true"), trains
    # replaced
    # ("geen treinen ... vervangende bussen", "Ersatzverkehr"), "until further notice"
    r"(?:this|that|it)\s+is\s+(?:not|n['’]t)\s+true|rumou?rs?\s+(?:are\s+)?circulating|until\s+further\s+notice|"
    r"geen\s+treinen|vervangend\w*\s+(?:bus\w*|vervoer)|keine\s+z[üu]ge|ersatzverkehr|pas\s+de\s+trains?|"
    r"sin\s+trenes|nessun\s+treno|"
    # rescuers at work and people safe, in Italian, Spanish, French, German: "#vigilidelfuoco al lavoro senza
    # sosta", "anche Ciro è salvo", "ein Mann wurde festgenommen"
    r"(?<=#)(?:vigilidelfuoco|bomberos|pompiers|feuerwehr|bombeiros|protezionecivile|proteccioncivil)|"
    r"senza\s+sosta|sin\s+descanso|sans\s+rel[âa]che|al\s+lavoro|(?:è|sono)\s+salv[oaie]|est[aá]n?\s+a\s+salvo|"
    r"(?:est|sont)\s+sauf?s?|festgenommen|"
    # events followed closely and services deployed, in Catalan, Spanish, French: "Seguint de prop els
    # esdeveniments. Equips d'emergència activats", "seguimos de cerca", "desplegat i coordinat"
    r"cellule\s+de\s+crise|crisis\s+(?:cell|centre|center|room)|gabinete\s+de\s+crisis|unit[àa]\s+di\s+crisi|"
    r"krisenstab|"
    # a hoax debunked in Indonesian: "Mohon ... abaikan", "jangan disebarkan", "berita bohong"
    r"abaikan|jangan\s+(?:percaya|disebarkan|sebarkan|menyebarkan)|(?:berita|info(?:rmasi)?)\s+(?:bohong|palsu|"
    r"hoaks?)|"
    r"emerg[èe]ncia|seguint\s+de\s+prop|seguimos\s+de\s+cerca|suivons\s+de\s+pr[èe]s|desplegat|"
    r"desplegad[oa]s?|activats|activad[oa]s|"
    # a toll or an update promised in French: "nous ferons un bilan dès que possible", "bilan provisoire"
    r"(?:un|le|premier|nouveau|dernier)\s+bilan|bilan\s+(?:provisoire|officiel|humain)|"
    r"mise\s+[àa]\s+jour|actualizaci[oó]n|aggiornamento|atualiza[çc][ãa]o|ne\s+vous\s+d[ée]placez\s+pas|"
    r"restez\s+chez\s+vous|qu[ée]d(?:ense|aos)\s+en\s+casa|restate\s+a\s+casa|bleiben\s+sie\s+zu\s+hause|"
    r"fiquem\s+em\s+casa|stanna\s+hemma|bliv\s+hjemme|bli\s+hjemme|pysyk[aä][aä]\s+kotona|"
    r"(?:polisen|politiet|poliisi)\s+(?:uppmanar|opfordrer|oppfordrer|kehottaa)|undvik(?:a)?\s+(?:området|city|"
    r"centrum)|"
    # an Indonesian or Malay disaster agency's update: patients treated, medical teams, evacuation, shelters,
    # aftershocks, provisional figures ("Kondisi pasien dirawat di depan IGD ... tim medis")
    r"dirawat|tim\s+medis|evakuasi|posko|pengungsi(?:an)?|data\s+sementara|gempa\s+susulan|bpbd|bnpb|bmkg|"
    r"korban\s+(?:meninggal|luka|hilang)|"
    # people safe or hurt and in hospital, no danger, more to follow: an update ("Spieler in Sicherheit. Keine
    # Gefahr im Stadion. Weitere Infos folgen.", "was injured and is in hospital")
    r"in\s+sicherheit|al\s+sicuro|a\s+salvo|en\s+s[ée]curit[ée]|em\s+seguran[çc]a|in\s+veiligheid|"
    r"keine\s+gefahr|nessun\s+pericolo|sin\s+peligro|sem\s+perigo|geen\s+gevaar|"
    r"(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)|verletzt\w*|ferit[oi]|herid[oa]s|"
    r"bless[ée]e?s|ferid[oa]s|gewond\w*|in\s+(?:the\s+)?hospital|(?:im|ins)\s+krankenhaus|in\s+ospedale|"
    r"(?:en\s+el|al)\s+hospital|[àa]\s+l['’]h[oô]pital|no\s+hospital|in\s+het\s+ziekenhuis|"
    r"(?:weitere|mehr)\s+infos?\w*\s+folgen|seguiranno\s+aggiornamenti|plus\s+d['’]informations|"
    r"m[aá]s\s+informaci[oó]n|mais\s+informa[çc][õo]es|meer\s+informatie|wir\s+informieren|"
    r"we\s+(?:will|'ll)\s+keep\s+you\s+(?:updated|informed|posted)|"
    # a weather or hazard bulletin: "forecast to move slowly SW", "as seen on the radar", "gusts up to 120
    # km/h", "cyclone warning" (a forecaster's or an emergency service's update)
    r"forecast(?:s|ed)?\s+to|radar|satellite\s+(?:image|loop|imagery)|landfall|(?:wind\s+)?gusts?\s+(?:of\s+)?"
    r"(?:up\s+to\s+)?\d|\d+\s?(?:km/h|kph|mph|knots|mm\s+of\s+rain)|convective|storm\s+surge|(?:cyclone|hurricane|"
    r"tornado|flood|storm|tsunami|bushfire|fire|weather)\s+(?:warnings?|watch(?:es)?|advice|advisory|advisories|"
    r"alerts?)|"
    # a denial: "there is no terror attack", "contrary to rumours there is no second death" (German: "entgegen
    # anderslautender Gerüchte ... keinen zweiten Todesfall")
    r"there\s+(?:is|was|has\s+been)\s+no\s+(?:\w+\s+)?(?:terror\s?attack|attack|shooting|explosion|bomb|"
    r"second\s+(?:death|victim))|nothing\s+has\s+happened|entgegen\s+(?:anderslautender|anders\s+lautender)\s+"
    r"(?:ger[üu]chte|meldungen|berichte)|keinen?\s+(?:zweiten\s+)?(?:todesfall|toten|anschlag)|"
    # a warning: "that's not safe", "unsafe", "hazardous"
    r"(?:not|isn'?t|aren'?t)\s+safe|unsafe|hazardous|"
    # someone's condition reported: "she is being treated for serious injuries", "in a stable condition"
    rf"{CONDITION_WORDS}|"
    # an Indonesian official's report: agencies (BMKG, BNPB, BPBD), early warning, casualties, evacuation
    r"bmkg|bnpb|bpbd|basarnas|peringatan\s+dini|korban\s+(?:jiwa|meninggal|luka)|meninggal\s+dunia|luka-luka|"
    r"evakuasi|mengungsi|pengungsi|"
    # an Indonesian leader monitoring and putting teams on alert: "Saya memantau dan menyiagakan"
    r"memantau|menyiagakan|siaga|tim\s+sar|tanggap\s+darurat)\b"
)
#: A statement on someone's condition ("has undergone emergency surgery", "his family requests privacy") or a
#: notice ("updates on the evacuation", "stay safe", "shelters are open"): its warm words are not cheer.
CONDITION = regex.compile(
    rf"(?i)\b(?:{CONDITION_WORDS}|updates?\s+on|evacuat\w+|shelters?|closures?|"
    r"emergency\s+services|safety\s+(?:advice|information|instructions))\b"
)
#: Sympathy or solidarity that points at a tragedy without naming it ("Pray for Paris", "#JeSuisCharlie",
#: "our thoughts are with Nepal", "we stand with Ukraine 🇺🇦", "#BostonStrong"): beside a sale, a brand
#: trades on it all the same.
SOLIDARITY = regex.compile(
    r"(?<![\w#])(?:(?i:pray(?:ing)?\s+for|je\s+suis|(?:we|i)\s+stand(?:ing)?\s+with|standing\s+with|"
    r"(?:thoughts|prayers|hearts?)\s+(?:and\s+prayers\s+)?(?:are|go|goes)\s+(?:out\s+)?(?:with|to))\s+"
    r"(?:(?i:the\s+people\s+of|everyone\s+in|all\s+in|the\s+victims\s+(?:of|in))\s+)?\p{Lu}\p{L}+"
    r"|(?i:#prayfor\w+|#jesuis\w+|condolences|sympath(?:y|ies)\s+(?:to|with|for)|rest\s+in\s+peace|"
    r"moment\s+of\s+silence)|#\p{Lu}\p{Ll}+Strong)(?!\w)"
)
#: Promotion signals that practical help shares ("now available", "$1000", "available online").
SOFT_PROMOTION = regex.compile(r"(?i)available\s+\w+|now\s+available|\$\d+|only\s+\$|in\s+stores")
#: Draft words about people hurt or killed ("victims", "shooting victims"); "hurricane" may be a forecast.
VICTIMS = frozenset({"death", "shooting", "attack", "crash", "abuse", "war"})
CHARITY_WORDS = ("donat", "proceeds", "relief", "red cross", "fundrais", "benefit", "raised", "goes to",
                 "croce rossa", "cruz roja", "croix-rouge", "rotes kreuz", "free ", "stranded",
                 "emergency workers")


#: A tribute to the dead in words the stance lexicon does not know: past-tense praise of the person ("was
#: such a wonderful actor", "he was a true artist", "one of the greatest singers"), love remembered ("I loved
#: Anton so much"), "he lit up our teenage years", a thank-you to them by name ("Thank You Chuck."), and the
#: register of a remembrance ("a poignant day", "marks 60 years since"). Not "was a great player, but ...".
TRIBUTE_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:was|were)\s+(?:such\s+|truly\s+|always\s+|simply\s+|just\s+|really\s+)?"
    r"(?:a|an|one\s+of\s+the|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:actor|actress|artist|man|woman|person|soul|"
    r"friend|pal|talent|human(?:\s+being)?|gent|gentleman|guy|lady|singer|musician|writer|player|father|mother|"
    r"dad|mum|mom|son|daughter|husband|wife|brother|sister|colleague|teacher|mentor|leader|hero|icon|legend|"
    r"spirit|heart|inspiration|performer|entertainer|comedian|athlete|servant|example|pioneer|giant|"
    r"treasure)s?(?![\p{L}])(?![^.!?]{0,40}(?<![\p{L}])but(?![\p{L}]))|"
    r"(?:i|we)\s+(?:\w+\s+)?loved\s+(?:him|her|them|(?-i:\p{Lu})\p{L}+)|lit\s+up\s+(?:our|my|so\s+many|the)\s|"
    r"(?<![\p{L}])thank\s+you,?\s+(?-i:\p{Lu})\p{Ll}+\s*(?:[.!❤♥]|$)|poignant|"
    # a thank-you to the dead by name for what they gave: "Thanks Arnold for your friendship, counsel and ..."
    r"(?<![\p{L}])thanks?(?:\s+you)?,?\s+(?-i:\p{Lu})\p{Ll}+,?\s+for\s+(?:your|all|everything|the|so)(?![\p{L}])|"
    r"marks?\s+\d+\s+years\s+(?:since|from)|(?:\d+(?:st|nd|rd|th)|\w+ieth)\s+anniversary|"
    # superlative praise ("was one of the funniest and sweetest energies") and a talent of an age ("one of
    # the truly great talents of our time")
    r"(?:was|were)\s+(?:\w+\s+)?one\s+of\s+the\s+(?:\w+\s+){0,2}?(?:\w+est|best|finest|great(?:est)?)(?![\p{L}])"
    r"(?![^.!?]{0,40}(?<![\p{L}])but(?![\p{L}]))|"
    r"(?:talents?|voices?|minds?|artists?|actors?|writers?|comedians?|performers?|musicians?|singers?|players?|"
    r"souls?|spirits?|men|women|people)\s+of\s+(?:our|my|his|her|their|all)\s+(?:time|times|generation|lifetime|era))",
    regex.MULTILINE,
)
