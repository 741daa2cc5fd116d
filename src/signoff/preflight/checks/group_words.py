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
