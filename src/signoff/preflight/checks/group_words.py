"""SO105's lexicon: the groups a post may blame (in English and other languages, folded) and the crimes and
traits pinned on them, and the sweep in Japanese, Korean and Chinese; the check that reads them is
group_blame.py."""

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
#: The sweep in Japanese, Korean and Chinese (no spaces between words): a group, a topic particle or copula,
#: perhaps "all", then a crime or vermin word ("移民はみんな犯罪者だ", "난민들은 다 범죄자", "难民都是罪犯").
CJK_GROUPS = (r"移民|難民|外国人|在日|中国人|韓国人|朝鮮人|黒人|イスラム教徒|ムスリム|支那人|チョン|"
               r"이민자|난민|외국인|무슬림|조선족|흑인|짱깨|"
               r"难民|外国人|穆斯林|黑人|回民")
CJK_CRIME = (r"犯罪者|テロリスト|泥棒|ゴキブリ|害虫|寄生虫|強姦魔|レイプ魔|殺人鬼|"
              r"범죄자|테러리스트|바퀴벌레|기생충|강간범|도둑|살인자|"
              r"罪犯|恐怖分子|蟑螂|寄生虫|小偷|强奸犯|杀人犯")
CJK_SWEEP_RE = regex.compile(
    rf"(?<![「『\"“])(?P<group>{CJK_GROUPS})(?:ども|共|들)?(?:は|って|なんて|なんか|는|은|都是|全是|就是|是|都)\s*"
    rf"(?:みんな|全員|皆|全部|みな|다|모두|전부|다들|全|全部都)?\s*(?:が)?(?P<crime>{CJK_CRIME})"
    rf"(?!では|じゃ|[이가]\s?아[니닙]|라는|という)"
    # a trait pinned on a whole people as an exclamation: "没有礼貌的中国人!" (rude Chinese!), "素质低的…"
    rf"|(?P<crime2>没有?礼貌|没素质|素质(?:太|很)?低|野蛮|肮脏|懒惰|愚蠢|低劣|無礼|マナーの悪い|무례한|더러운)的?"
    rf"(?P<group2>{CJK_GROUPS}|日本人|韩国人|韓国人|印度人|美国人)(?:们|들)?\s*[!!]"
    # "法国人都很粗鲁" (the French are all rude): a people, "all", a trait
    rf"|(?P<group3>{CJK_GROUPS}|日本人|韩国人|韓国人|印度人|美国人|法国人|德国人|英国人|俄罗斯人|越南人|菲律宾人)"
    rf"(?:们)?(?:都|全都|全部)(?:很|是|太|那么)?(?P<crime3>粗鲁|没有?礼貌|没素质|素质(?:太|很)?低|野蛮|肮脏|懒惰?|愚蠢|骗子|小偷)"
)
#: Arguing against the CJK sweep: "is not", "the prejudice that", "fake news", "stop saying".
CJK_COUNTER = regex.compile(r"ではない|ではありません|じゃない|偏見|差別|아니|아닙|편견|가짜뉴스|주장|차별|"
                             r"不要再说|不是|偏见|歧视|刻板印象|谣言")

#: Word boundaries for the patterns below.
_B, _E = r"(?<![\p{L}])", r"(?![\p{L}])"
#: A group blamed without being named, beside a crime or an attack: "we all know which group does this",
#: "always the same 'community'", "ya sabemos de dónde vienen", "iedereen weet welke groep dit doet",
#: "jeder weiß, wer das war"; "because of how those people live".
DOG_WHISTLE_RE = regex.compile(
    r"(?<![\p{L}])(?:(?:we\s+all|everyone|everybody|y'?all)\s+knows?\s+(?:exactly\s+)?(?:which|what)\s+(?:group|"
    r"community|people|religion|kind\s+of\s+people|lot)|(?:always|it'?s\s+always)\s+the\s+same\s+['\"“‘]?"
    r"(?:community|people|group|lot)|(?:ya\s+)?sabemos\s+(?:todos\s+)?de\s+d[oó]nde\s+vienen|todos\s+sabemos\s+"
    r"qui[eé]nes\s+son|iedereen\s+weet\s+welke\s+(?:groep|mensen)|tout\s+le\s+monde\s+sait\s+(?:qui|d['’]o[uù]\s+"
    r"ils\s+viennent)|jeder\s+wei(?:ß|ss)\s+(?:welche\s+gruppe|wer\s+das\s+war|woher\s+die\s+kommen)|"
    r"(?:because\s+of\s+)?(?:how|the\s+way)\s+(?:those|these)\s+people\s+(?:live|eat|behave|breed)|"
    # "everyone knows who did it", "same religion, same story", "einer von denen", "pray five times a day"
    r"(?:everyone|everybody|we\s+all)\s+knows?\s+who\s+did\s+(?:it|this)|same\s+religion,?\s+same|"
    r"(?:we|you)\s+all\s+know\s+(?:exactly\s+)?(?:where\s+(?:this|it)\s+came\s+from|which\s+(?:community|group|people))|"
    r"(?:one|a)\s+(?:particular|certain)\s+(?:country|community|group|religion)|which\s+communit(?:y|ies)\s+"
    r"(?:keeps?|are|is|always)|"
    r"einer\s+von\s+denen|again\s+(?:it\s+was\s+)?one\s+of\s+them|(?:otra\s+vez\s+)?(?:fue\s+)?uno\s+de\s+ellos|"
    r"encore\s+(?:un|l['’]un)\s+de\s+ceux-l[àa]|pray\s+five\s+times\s+a\s+day|"
    # a trait put in a people's blood: "è nel loro DNA", "it's in their DNA", "liegt denen im Blut"
    r"(?:it'?s|is|è|e|est[aá]|c['’]est|ist|zit)\s+(?:in|nel|en|dans|im|in\s+hun)\s+(?:their|loro|su|leur|ihrem|"
    r"hun)?\s*"
    r"(?:dna|adn|blood|sangue|sangre|sang|blut|bloed)|liegt\s+(?:ihnen|denen)\s+im\s+blut|"
    # survivors called paid actors: "obviously paid actors", "#StagedAgain"
    r"paid\s+actors|actores\s+pagados|atores\s+pagos|acteurs\s+pay[ée]s|bezahlte\s+schauspieler|#staged\w*)"
    r"(?![\p{L}])"
)
#: Words of the dog whistles: checked only beside a crime word (they are common words).
WHISTLE_WORDS = frozenset({"know", "knows", "same", "those", "these", "religion", "one", "uno", "particular",
                            "certain", "communities", "community"})
#: Crime or violence words that make a dog whistle blame ("robos", "overval", "stabbed", "attack").
CRIME_WORDS_RE = regex.compile(
    r"(?<![\p{L}])(?:burglar(?:y|ies|s)?|robber(?:y|ies)|robbed|theft|thefts|stabb(?:ed|ing|ings)|attacks?|shootings?|rapes?|murders?|"
    r"crimes?|riots?|looting|flu|virus|disease|robos?|atracos?|overval(?:len)?|diefstal|vols?|agressions?|"
    r"[üu]berf[äa]lle?|messerangriff|einbr[üu]che?|furt[oi]|rapin[ae]|assalt[oi]s?|roubos?|viol[êe]ncia|"
    r"steekpartij|survivors?|victims?|smash(?:ed|ing)|vandal\w*|looting|variants?)(?![\p{L}])"
)
#: A group fused with crime in one German word: "Migrantenmobs", "Asylantenbanden", "Ausländerkriminalität".
COMPOUND_RE = regex.compile(
    r"(?<![\p{L}])(?:migranten|asylanten|asylbewerber|fl[üu]chtlings|ausl[äa]nder|muslim|moslem|islamisten|"
    r"araber|zigeuner)(?:mobs?|banden?|horden?|gangs?|kriminalit[äa]t|gewalt|terror)(?![\p{L}])"
)
#: A person called an ape, the old racist insult: "she is a gorilla", "he's just a monkey".
APE_CALLED_RE = regex.compile(
    r"(?<![\p{L}])(?:she|he|you)(?:'s|’s|\s+is|\s+are|'re|’re)\s+(?:just\s+|really\s+|nothing\s+but\s+)?(?:a|an)\s+"
    r"(?:gorilla|ape|monkey|chimp|chimpanzee|baboon|orangutan)(?=\s*(?:[.!?)]|$))"
)
#: A group renamed as criminals: "illegal immigrants, more accurately criminal foreign invaders", "refugees,
#: or as I call them, terrorists", "migrants aka invaders".
RELABEL_RE = regex.compile(
    rf"{_B}(?P<group>{GROUP_ALT})\s*[,(]?\s*(?:more\s+(?:accurately|correctly|honestly)|better\s+(?:known|"
    rf"described)\s+as|also\s+known\s+as|otherwise\s+known\s+as|aka|a\.k\.a\.?|or\s+(?:rather|as\s+(?:i|we)\s+"
    rf"(?:call|like\s+to\s+call)\s+them|should\s+(?:i|we)\s+say)|i\.e\.?|read(?:\s*:)?|(?:let'?s|we\s+should)\s+"
    rf"call\s+them)\s*,?\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?P<crime>{CRIME}){_E}"
)
