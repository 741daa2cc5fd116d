"""SO101: insults and name-calling, insult hashtags, abuse aimed at "you", slurs, and model scores."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import regex

from signoff.preflight.checks.insult_words import (
    DOUBLE_MEANING,
    INNOCENT_USES,
    INSULT_ADJS,
    INSULT_HASHTAGS,
    INSULT_NOUNS,
    NOT_INSULT_TAGS,
    SLURS,
    TARGET_ONLY_NOUNS,
)
from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import (
    CJK_RE,
    Normalised,
    Words,
    deleet,
    hashtags,
    normalise,
    segment,
    word_pattern,
    words,
)

_PLURAL = "(?:s|es)?"
_INSULT_TAG_END = regex.compile("(?:" + "|".join(sorted((w for w in INSULT_HASHTAGS if len(w) > 3), key=len,
                                                       reverse=True)) + ")$")
_NOUN_RE = word_pattern(INSULT_NOUNS, suffix=_PLURAL)
_SLUR_RE = word_pattern(SLURS)
#: The n-word behind a mask of stars: "N*****", "n****s", "n****r". Like "f***", the first letter and the
#: length are enough for every reader; no other word is written that way.
_MASKED_N_WORD = regex.compile(r"(?<![\w*#])[nN][*#]{4,6}(?:[sSzZ]|[aA][hH]?|[rR][sSzZ]?)?(?![\w*#])")


def _masked_form(word: str) -> str:
    """`word` with any letter after the first hidden by a mask character ("fagg*t", "f*ggot", "r*tard")."""
    return regex.escape(word[0]) + "".join(f"[{regex.escape(c)}*#%]" for c in word[1:])


#: A slur of five letters or more with one or two letters hidden by stars ("fagg*t", "r*tard"): the letters
#: left spell it out for every reader ("F****" could be any word). Only tried when the text has a mask.
_MASKED_SLUR_RE = regex.compile(
    r"(?<![\w*#%])(?:" + "|".join(_masked_form(w) for w in sorted(
        {w for w in SLURS if " " not in w and "'" not in w and len(w) >= 5}, key=len, reverse=True))
    + r")(?![\w*#%])", regex.IGNORECASE)
_ADJ_ALT = "|".join(regex.escape(a) for a in sorted(INSULT_ADJS, key=len, reverse=True))
_NOUN_ALT = "|".join(regex.escape(n) for n in sorted(INSULT_NOUNS, key=len, reverse=True))
_FILLER = (r"(?:(?:such|a|an|the|so|just|all|really|total|complete|absolute|utter|fucking|f\*+ing|damn|big|"
           r"little|stupid|dumb|pathetic|fat|ugly|bunch\s+of|pack\s+of|nothing\s+but)\s+)*")
#: "you are an idiot", "you're so stupid", "ur a loser", "you idiot", "you stupid moron".
#: "ur" is "you're" only before an article or intensifier ("ur a loser"); "ur stupid phone" is "your".
_UR = r"ur(?=\s+(?:a|an|such|so|the|just|all|really)\s)"
_SECOND_PERSON_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:you|u|ya)\s*(?:'re|’re|\s+are|\s+r|re)|{_UR}|youre|you\s+(?:all|guys|people)\s+are|"
    rf"y'all\s+are)\s+{_FILLER}(?:{_NOUN_ALT}){_PLURAL}(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:(?:you|u|ya)\s*(?:'re|’re|\s+are|\s+r|re)|{_UR}|youre)\s+{_FILLER}(?:{_ADJ_ALT})"
    rf"(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:you|u)\s+{_FILLER}(?:{_NOUN_ALT}){_PLURAL}(?![\p{{L}}])"
    # "ignorant and irreverant brats like u", "idiots like you"
    rf"|(?<![\p{{L}}])(?:(?:{_ADJ_ALT})\s+(?:and\s+[\p{{L}}'-]+\s+)?)?(?:{_NOUN_ALT}|brat){_PLURAL}\s+like\s+"
    rf"(?:you|u|ya)(?![\p{{L}}])(?!\s+(?:do|did|know|said|say|used|think|want|were|are|can|could|would|will|have|had)\b)"
    # "you are a ..." in Spanish, Italian, Portuguese, French, German and Dutch: "Sei un incapace", "eres un
    # payaso", "você é um idiota", "du bist ein Vollidiot" (the text is folded: no accents)
    rf"|(?<![\p{{L}}])(?:eres|sois|sei|siete|voce\s+e|voces\s+sao|tu\s+es|t['’]es|vous\s+etes|du\s+bist|ihr\s+seid|"
    rf"jij\s+bent|je\s+bent)\s+(?:(?:un|una|uno|um|uma|une|ein|eine|een|degli|dei|unos|unas|des|solo|"
    rf"nur|so|tan|cosi|muito|tellement)\s+)*(?:{_NOUN_ALT}){_PLURAL}(?![\p{{L}}])"
    # Tagalog puts "you" after the word: "Gago ka!", "Tanga mo", "Bobo kayo"
    rf"|(?<![\p{{L}}])(?:gago|tanga|bobo|ulol|tarantado|inutil|bwiset|bwisit)\s+(?:ka|kayo|mo)(?![\p{{L}}])"
)
#: "shut up you ...", "go f*** yourself", "kill yourself", "f*** you".
_ABUSE_RE = regex.compile(
    rf"(?<![\p{{L}}])(?:shut\s+(?:the\s+fuck\s+|tf\s+)?up,?\s+(?:you|u)\s+{_FILLER}(?:{_NOUN_ALT}|{_ADJ_ALT})"
    r"|go\s+(?:(?:fuck|f[u*#v][c*#][k*#]|f\*{1,3}k?|fck|fk|f|eff|fudge)|screw)\s+(?:yourself|yourselves|urself|"
    r"ur\s?self|your\s+self|off)"
    # told to go and have sex with each other: "X and Y can go and bum each other"
    r"|go\s+(?:and\s+)?(?:fuck|f[u*#v][c*#][k*#]|f\*{1,3}k?|screw|bum|shag|bang)\s+(?:each\s+other|one\s+another|"
    r"themselves)"
    r"|(?:fuck|f[u*#v][c*#][k*#]|f\*{1,3}k?|fck|screw)\s+(?:you|u|off)\b(?!,?\s*(?:mondays?|cancer|covid\w*|"
    r"coronavirus|winter|rain|traffic|autocorrect|insomnia|alarm|depression|anxiety|20\d\d)\b)"
    r"|f\s+(?:you|u|off|urself|yourself)\b(?!,?\s*(?:mondays?|cancer|covid\w*|coronavirus|winter|20\d\d)\b)"
    # told where to go in Italian, Spanish, French, Portuguese: "vai a cagare", "vete a la mierda",
    # "va te faire foutre"
    # ... said to someone (after a handle, or as its own sentence), not a song title or a phrase explained
    r"|(?:(?<=@[\w.]{1,30}[,:]?\s{1,3})|(?<=^|[.!?]\s{0,3}))(?:vai\s+a\s+(?:cagare|fare\s+in\s+culo)|(?:vete|váyanse|"
    r"vayanse)\s+a\s+la\s+(?:mierda|verga)|va\s+te\s+faire\s+(?:foutre|enculer)|vai\s+(?:tomar\s+no\s+cu|se\s+foder)|allez\s+vous\s+faire\s+(?:foutre|enculer)|je\s+(?:vous|t['’]?)\s*emmerde)"
    r"(?=\s*(?:[!.,]|$|@))"
    # told to piss off in German, Dutch and English: "Verpisst Euch von meiner Seite", "rot op", "piss off"
    r"|(?<![\p{L}])(?:verpiss(?:t|e)?\s+(?:dich|euch)|(?:rot|flikker|sodemieter)\s+op|(?:piss|sod)\s+off(?=\s*(?:[!.,]|$|@|"
    r"you\b|u\b|mate\b)))(?![\p{L}])"
    r"|eat\s+shit\b|duck\s+(?:you|u|off)\b|(?:you|u)\s+(?:make|made)\s+me\s+(?:sick|puke|vomit)\b|you\s+disgust\s+me\b"
    r"|(?<![\p{L}])(?:you|u)\s+(?:stupid|useless|pathetic|worthless|brainless|spineless|disgusting|dumb|ugly)"
    r"(?=\s*[.!,?]|\s*$))"
)
#: "Dopey Prince @x", "Crooked Hillary": an insulting nickname in front of a name (case matters).
_NICKNAME_RE = regex.compile(
    r"(?<![\p{L}])(?:Dopey|Crooked|Lyin'?|Sleepy|Low[- ]Energy|Phony|Goofy|Failing|Sloppy|Pathetic|Dumb|"
    r"Stupid|Nasty|Deranged|Psycho|Lightweight|Loser|Moron|Idiot)\s+(?:@\w+|\p{Lu}[\p{L}'-]+)"
)
_NICKNAME_TRIGGERS = frozenset({"dopey", "crooked", "lyin", "sleepy", "low", "phony", "goofy", "failing",
                                "sloppy", "pathetic", "dumb", "stupid", "nasty", "deranged", "psycho",
                                "lightweight", "loser", "moron", "idiot"})
#: A capitalised word that starts a sentence about a thing, not a person ("It was an inappropriate attempt to
#: make a joke", "This is a joke"): not the name of someone being called names.
_NOT_PERSON = (r"(?!(?:It|This|That|There|Here|What|Which|Who|Why|How|When|Where|Everything|Nothing|Today|"
               r"Tonight|Tomorrow|"
               r"Yesterday)"
               r"(?![\p{L}'-]))")
#: "@Rosie is crude, rude, obnoxious and dumb", "calling him short and fat": name-calling about someone.
_THIRD_PERSON_RE = regex.compile(
    rf"(?:@\w+|(?-i:{_NOT_PERSON}\p{{Lu}}[\p{{L}}'-]+))\s+(?:is|are|was)\s+(?:(?:[\p{{L}}'-]+,?|and)\s+){{0,5}}"
    rf"(?:{_ADJ_ALT})(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])call(?:s|ed|ing)?\s+(?:him|her|them|you)\s+(?:an?\s+)?[\"“']?(?:[\p{{L}}]+\s+and\s+)?"
    rf"(?:{_ADJ_ALT}|{_NOUN_ALT}|fat|ugly|short|old)(?![\p{{L}}])"
    # an insulting adjective fixed to a handle: "Don't let wimpy @timkaine ..." (not "crazy @nfl game")
    rf"|(?<![\p{{L}}])(?!crazy\s)(?:{_ADJ_ALT})\s+@\w+",
    regex.IGNORECASE,
)
#: "Both candidates are clowns", "the ref is a muppet", "@acme are fools": an insult noun said of someone.
_AIMED_NOUN_RE = regex.compile(
    rf"(?:@\w+|(?-i:{_NOT_PERSON}\p{{Lu}}[\p{{L}}'-]+)|(?<![\p{{L}}])(?:he|she|they|both(?:\s+of\s+them|\s+\w+)?|"
    rf"(?:the|these|those|all|our|your|their)\s+\w+))\s+(?:is|are|was|were|'s|’s|'re|’re)\s+"
    rf"(?:not\s+|never\s+)?{_FILLER}(?:{_NOUN_ALT}){_PLURAL}(?![\p{{L}}])",
    regex.IGNORECASE,
)
#: A person named by an epithet in Spanish, Portuguese and Italian: "el asqueroso de @calle13", "o idiota do
#: Silva", "quel cretino di Rossi".
_OF_EPITHET_WORDS = ("asqueroso", "asquerosa", "imbécil", "imbecil", "idiota", "payaso", "payasa",
                     "miserable", "estúpido", "estúpida", "estupido", "estupida", "cretino", "cretina",
                     "nojento", "nojenta", "ridículo", "ridícula", "canalla", "sinvergüenza", "vagabundo",
                     "vagabunda")
_OF_EPITHET_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:el|la|o|a|il|lo|quel|quella|ese|esa|esse|essa)\s+"
    rf"(?:{'|'.join(regex.escape(w) for w in _OF_EPITHET_WORDS)})\s+(?:de|do|da|di|del)\s+"
    rf"(?:@\w+|(?-i:\p{{Lu}})[\p{{L}}'-]+)"
)
_OF_EPITHET_TRIGGERS = frozenset(w.lower() for w in _OF_EPITHET_WORDS)
#: Affection right after a word: the tease of a friend.
_FOND = regex.compile(r"[❤♥💕💖💗💙💚💛💜🧡🖤🤍😘🥰😍]")
#: The loser of a bet: "loser buys the peanuts".
_LOSER_PAYS = regex.compile(r"\s+(?:buys|pays|gets|does|has\s+to|owes|shouts)\b")
#: Whoever committed the act, named just before the word: "Whoever did this in Lindenau is a coward".
_PERPETRATOR_BEFORE = regex.compile(r"(?i)whoever\s+(?:did|drove|shot|attacked|planted|killed|set)\s+\w+\s+"
                                    r"(?:(?:in|at|on|to)\s+)?$")
#: Belittling set phrases: "pathetic little man", "the dimmest bulb in Washington", "not the sharpest tool in
#: the shed".
_BELITTLE_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:pathetic|sad|stupid|nasty|vile|ugly|fat|disgusting|useless|silly|bitter|jealous|"
    r"spineless|sorry)\s+little\s+(?:man|woman|boy|girl|person|troll|creature|worm|rat|twerp|weasel|coward)|"
    r"(?:dimmest|dullest)\s+(?:bulb|tool|knife|crayon)|imagine\s+being\s+(?:this|so)\s+(?:much\s+of\s+an?\s+)?"
    r"(?:clown|idiot|moron|loser|pathetic|stupid|dumb)|not\s+the\s+(?:sharpest|brightest)\s+(?:tool|knife|bulb|"
    r"crayon)\s+in\s+the\s+(?:shed|box|drawer))(?![\p{L}])"
)
_BELITTLE_TRIGGERS = frozenset({"little", "dimmest", "dullest", "sharpest", "brightest", "imagine"})
#: Contempt for someone's complaint or hurt: "dry your eyes", "boo hoo", "stop whining", "wallowing in
#: self pity".
_DISMISS_RE = regex.compile(
    r"(?<![\p{L}])(?:dry\s+your\s+eyes(?!\s+(?:gently|carefully|with|after|before|thoroughly))|boo[- ]hoo|"
    r"grow\s+a\s+pair|(?:stop|quit)\s+(?:your\s+)?(?:whining|whinging|moaning|snivell?ing|bitching)|"
    # "get a life" told to someone (not life insurance, a life coach or a life-changing deal)
    r"(?<!(?:to|can|could|will|'ll|helps?|want\s+to|wanna)\s+)get\s+a\s+life(?![\s-]+(?:insurance|coach|time|"
    r"changing|saving|size|sentence|policy|cover|quote|plan|story|lesson|you|that|where|which|of|with|worth|full|free|"
    r"like|in))|"
    r"(?:stop|quit)\s+your\s+crying|"
    r"wallow(?:s|ing)?\s+in\s+self[- ]?pity|"
    r"suck\s+it\s+up,?\s+(?:buttercup|snowflake|princess))(?![\p{L}])",
    regex.IGNORECASE,
)
_DISMISS_TRIGGERS = frozenset({"dry", "boo", "boohoo", "grow", "stop", "quit", "cry", "crybaby", "crybabies",
                               "life", "wallow", "wallows", "wallowing", "suck"})
_THIRD_TRIGGERS = frozenset(a.split()[-1] for a in INSULT_ADJS) | {"call", "calls", "called", "calling"}
_WHY = {
    "nickname": "is an insulting nickname; it will be quoted back as an insult.",
    "name-calling": "is name-calling; it will be quoted back as an insult.",
    "dismissal": "mocks someone's complaint or hurt; it will be quoted back as contempt.",
}
#: Words that must be present before the slower patterns are worth running.
_SLUR_TRIGGERS = frozenset(w.split()[0] for w in SLURS)
_ABUSE_TRIGGERS = frozenset({"shut", "go", "fuck", "screw", "eat", "fck", "f", "duck", "you", "u", "vai",
                             "andate", "va", "vete", "vayanse", "verpiss", "verpisst", "verpisse", "rot",
                             "flikker", "sodemieter", "piss", "sod", "allez", "emmerde"})
_YOU_TRIGGERS = frozenset({"you", "u", "ya", "ur", "youre", "y", "ka", "kayo", "mo", "eres", "sois", "sei",
                           "siete", "voce", "voces", "es", "t", "etes", "bist", "seid", "bent"})
_NOUN_TRIGGERS = frozenset(
    {n.split()[0] for n in INSULT_NOUNS} | {n + "s" for n in INSULT_NOUNS} | {n + "es" for n in INSULT_NOUNS}
)
_MASK_HINT = re.compile(r"[a-z][*#%]|[*#%][a-z]")
#: Insult words in Japanese, Korean and Chinese, which have no spaces between words
#: ("馬鹿", "ブス", "병신", "傻逼"). Left out: words that are also ordinary
#: (rubbish: "ゴミ", "垃圾"; "カス" begins "カスタム"; "バカンス" is a holiday).
_CJK_INSULT_RE = regex.compile(
    r"(?<!親)馬鹿|(?<!親)バカ(?![ンラ])|ばか(?!り)|アホ|あほ(?!う)|クズ|(?<![ァ-ヺ])ブス(?![ァ-ヺー])|ブサイク|ぶさいく|"
    r"不細工|キモい|きもい|"
    r"바보|병신|멍청이|개새끼|미친놈|미친년|傻逼|傻屄|傻屌|傻[BbＢXx×叉](?![a-zA-Z])|煞笔|脑残(?!粉|片)|腦殘(?!粉|片)|"
    r"智障|(?<=\p{Han})SB|SB(?=\p{Han})|白痴|笨蛋|蠢货|贱人|王八蛋|(?<!《[^》]{0,12})(?:婊子|绿茶婊|心机婊)(?![^《》]{0,12}》|这个词|这种词)|"
    # "drop dead" at a person or a team ("くたばれレッズ"), not at hay fever, Mondays, overtime or mosquitoes
    r"(?<![、,!!\s])くたばれ(?=[\p{Katakana}\p{Han}])(?!花粉|月曜|残業|暑さ|寒さ|梅雨|蚊|ゴキブリ|コロナ|風邪|仕事|テスト|試験|"
    r"宿題|夏|冬|雨|台風|正月|猛暑|太り|ダイエット)|(?<!(?:모기|벌레|더위|월요일|감기)(?:야|아)?\s?)뒈져라"
)
#: A whole post that is one label hurled at someone, with at most the handles it answers: "Fascist!",
#: "@x Liar.", "Traitors!!" (the label alone is all it says).
_EPITHET_ALONE = regex.compile(
    r"(?i)^\W*(?:@\w+[\s,:]*)*(?:"
    # said to someone or exclaimed: "you liar", "what a clown", "such a fraud"
    r"(?:you(?:'re|\s+are)?\s+(?:an?\s+|such\s+an?\s+)?|what\s+an?\s+|such\s+an?\s+)(?:total\s+|complete\s+|"
    r"absolute\s+|utter\s+|pathetic\s+|lying\s+)?(?P<word>{labels})"
    # animals only said to someone ("you snake"), not a county fair's "What a pig!"
    r"|you(?:'re|\s+are)?\s+(?:an?\s+|such\s+an?\s+)?(?P<word>pigs?|snakes?|rats?)"
    # the label alone, exclaimed or with an emoji ("Fascist!", "@x Liar 🤥", "Total fraud."); not a quiz
    # answer
    # ("@HistoryQuiz Nazis") nor a zoo's "Snakes!"
    r"|(?:total\s+|complete\s+|absolute\s+|utter\s+|pathetic\s+|lying\s+)?(?P<word>{labels})(?:\s+pigs?)?"
    r"(?=\s*(?:[!.…]|\p{{Extended_Pictographic}})))"
    r"[\s!.?…\p{{Extended_Pictographic}}\ufe0f]*(?:#\w+\s*)*$".format(
        labels=r"fascists?|nazis?|commies?|racists?|bigots?|traitors?|liars?|hypocrites?|cowards?|scum(?:bags?)?|"
        r"frauds?|crooks?|thugs?|sellouts?|clowns?"))
_WORD = re.compile(r"[^\W_]+")
_NEGATED_BEFORE = regex.compile(r"(?:\bnot|\bno|n't|\bnever)\s+(?:an?\s+)?$")
_NEGATION_RE = regex.compile(r"\b(?:not|never|n't|no)\b|n't\b")
#: The writer's own words named just before the word: "je regrette mon tweet imbécile", "my idiot tweet":
#: self-criticism in an apology, not name-calling.
_OWN_WORDS_BEFORE = regex.compile(
    r"(?:my|mon|ma|mes|mein\w*|mi|mis|mio|mia|miei|meu|minha|mijn)\s+(?:\w+\s+)?(?:tweets?|posts?|comments?|"
    r"commentaires?|kommentare?|jokes?|blagues?|bromas?|battut[ae]|remarks?|messages?|mensajes?|messaggi[oa]?|"
    r"words|mots|palabras|parole|worte|tuits?)\s+$")
#: An apology or regret in several languages (the own-words exemption holds only inside one).
_APOLOGY = regex.compile(r"(?i)sorry|apolog|regret|excus|scus[ae]|perd[oó]n|disculp|entschuldig|d[ée]sol[ée]|"
                         r"pardon|desculp|lo\s+siento|mi\s+dispiace|tut\s+mir\s+leid")
#: "my dumb ass forgot the oven", "sorry for the dumb ass question": the writer, or a thing, not a person.
_SELF_ASS = regex.compile(r"my\s+dumb\s+ass|dumb\s+ass\s+(?:question|idea|mistake|move|thing|joke|comment|"
                          r"decision|error|take)")


def _negated(norm: Normalised, start: int, end: int) -> bool:
    return bool(_NEGATION_RE.search(norm.text[start:end]))


class InsultCheck:
    code = "SO101"
    name = "insult"
    severity = Severity.REVIEW
    requires = frozenset[str]()
    explanation = """
Finds name-calling and abuse aimed at people: insulting words (idiot, moron, loser), an insult noun said of
someone ("Both candidates are clowns", "@acme are fools"), a person named by an epithet in Spanish,
Portuguese or Italian ("el asqueroso de @x", "o nojento do Silva"), insulting nicknames ("Crooked X"), insult
hashtags (#idiot, #noclass, #fail), abuse aimed at a reader ("you are an idiot", "shut up you ...", "go f
urself", "idiots like you", Tagalog "Gago ka!"), an insulting adjective fixed to a handle ("wimpy @x"), a
label and nothing else ("Fascist!", "@x Liar.", "What a clown") and slurs. Masked spellings and
look-alike letters are decoded first. Abuse aimed at "you" and slurs are held; other insults and insult
hashtags get a review. Swearing alone ("damn that was close"), grumbling ("I hate Mondays") and model scores
are never reported as insults. Fires on "The new mayor is a complete moron"; does not fire on "You are a
legend. Happy birthday!". Fix: criticise the action, not the person, or leave it unsaid.
Belittling set phrases count too ("pathetic little man", "the dimmest bulb in Washington", "not the sharpest
tool in the shed").
The attacker condemned ("Whoever did this in Lindau is a coward") and a bet's stake ("loser buys the
peanuts") are not name-calling.
A tease with a heart right after ("you liar ❤️") is a review, not a hold.
"You are a ..." in Italian, Spanish, Portuguese, French, German and Dutch ("Sei un incapace", "Eres un
payaso", "Tu es un crétin") is held like its English form; "Tu es une légende" is not an insult, and
"#NotFunny" is criticism, not name-calling.
Told where to go in French ("Allez vous faire foutre", "Je vous emmerde") is held.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        norm = normalise(text)
        leet = deleet(text)
        seen: list[Span] = []

        def fresh(span: Span) -> bool:
            if any(s.start < span.end and span.start < s.end for s in seen):
                return False
            seen.append(span)
            return True

        vocab = words(text)
        views = (norm,) if leet is norm else (norm, leet)
        masked = bool(_MASK_HINT.search(norm.text))
        if leet is not norm:  # the words digits and symbols were hiding ("l0ser") count as triggers too
            vocab = Words(vocab.text, vocab.set | frozenset(_WORD.findall(leet.text)))
        if CJK_RE.search(text):
            for m in _CJK_INSULT_RE.finditer(text):
                span = Span(m.start(), m.end())
                if fresh(span):
                    yield self._finding(Severity.REVIEW, span, text,
                                        f"\u201c{m.group()}\u201d is name-calling.",
                                        "Criticise the action, not the person, or drop the word.",
                                        {"matched": m.group(), "decoded": m.group(), "kind": "insult-word"})
        masked_slurs = [(m, "n-word") for m in _MASKED_N_WORD.finditer(text)] + [
            (m, m.group()) for m in (_MASKED_SLUR_RE.finditer(text) if masked else ())
            if 1 <= len(regex.findall(r"[*#%]", m.group())) <= 2]
        for m, decoded in masked_slurs:
            span = Span(m.start(), m.end())
            if fresh(span):
                yield self._finding(Severity.HOLD, span, text,
                                    f"\u201c{m.group()}\u201d is a slur behind a mask; readers "
                                    "read the slur.",
                                    "Remove the slur; there is no safe way to post it.",
                                    {"matched": m.group(), "decoded": decoded, "kind": "slur"})
        for view in views:
            scan = masked
            for m in (_SLUR_RE.finditer(view.text)
                      if scan or vocab.any_of(_SLUR_TRIGGERS) else ()):
                if INNOCENT_USES.match(view.text, m.start()):
                    continue
                span = view.span(m.start(), m.end())
                double = m.group() in DOUBLE_MEANING
                if fresh(span):
                    yield self._finding(Severity.REVIEW if double else Severity.HOLD, span, text,
                                        f"\u201c{text[span.start:span.end]}\u201d "
                                        + ("can be read as a slur." if double else "is a slur."),
                                        "Remove the slur; there is no safe way to post it.",
                                        {"matched": text[span.start:span.end], "decoded": m.group(),
                                         "kind": "slur"})
            for pattern, kind, triggers in ((_ABUSE_RE, "abuse", _ABUSE_TRIGGERS),
                                            (_SECOND_PERSON_RE, "second-person", _YOU_TRIGGERS)):
                if not (scan or vocab.any_of(triggers)):
                    continue
                for m in pattern.finditer(view.text):
                    if kind == "second-person" and _negated(view, m.start(), m.end()):
                        continue
                    span = view.span(m.start(), m.end())
                    if fresh(span):
                        typed = text[span.start:span.end]
                        # "Miss you already, you liar. ❤️": a fond tease, flagged but not held
                        fond = _FOND.search(text[span.end:span.end + 15]) is not None
                        yield self._finding(Severity.REVIEW if fond else Severity.HOLD, span, text,
                                            f"\u201c{typed}\u201d is abuse aimed straight at someone.",
                                            "Delete the attack; if there is a point to make, make it about "
                                            "what was said or done.",
                                            {"matched": typed, "decoded": m.group(), "kind": kind})
        nouns = _NOUN_RE.finditer(leet.text) if vocab.any_of(_NOUN_TRIGGERS) else ()
        for m in nouns:
            word = m.group()
            if regex.sub(r"(?:es|s)$", "", word) in TARGET_ONLY_NOUNS or word in TARGET_ONLY_NOUNS:
                continue
            if word.startswith("loser") and _LOSER_PAYS.match(leet.text, m.end()):
                continue  # "loser buys the peanuts": a bet's stake
            if _NEGATED_BEFORE.search(leet.text[max(0, m.start() - 12) : m.start()]):
                continue  # "not an idiot", "no fool"
            own = _OWN_WORDS_BEFORE.search(leet.text[max(0, m.start() - 40) : m.start()])
            if own and _APOLOGY.search(text):
                continue  # "je regrette mon tweet imbécile": the writer's own words, in an apology
            near = (max(0, m.start() - 4), m.end() + 12)
            if word.startswith("dumb ass") and _SELF_ASS.search(leet.text, *near):
                continue  # "my dumb ass forgot", "a dumb ass question"
            span = leet.span(m.start(), m.end())
            if fresh(span):
                typed = text[span.start:span.end]
                yield self._finding(Severity.REVIEW, span, text,
                                    f"\u201c{typed}\u201d is name-calling.",
                                    "Criticise the action, not the person, or drop the word.",
                                    {"matched": typed, "decoded": word, "kind": "insult-word"})
        yield from self._name_calling(text, norm, vocab, fresh)
        # after the stronger readings: "you are a liar" is abuse aimed at someone (a hold)
        alone = _EPITHET_ALONE.match(text)
        if alone:
            span = Span(alone.start("word"), alone.end("word"))
            if fresh(span):
                yield self._finding(Severity.REVIEW, span, text,
                                    f"\u201c{alone.group('word')}\u201d, and nothing else, is name-calling.",
                                    "Say what the person did and why it matters, or post nothing.",
                                    {"matched": alone.group("word"), "decoded": alone.group("word").lower(),
                                     "kind": "epithet"})
        for tag in hashtags(text):
            body = tag.body.lower()
            reading: tuple[str, ...] = (body,)
            if body not in INSULT_HASHTAGS and body.isalpha() and _INSULT_TAG_END.search(body):
                reading = segment(body)  # only tags ending in an insult word: #trumpisamoron, not #oxymoron
            insulting = body in INSULT_HASHTAGS or (reading[-1] in INSULT_HASHTAGS and len(reading) > 1
                                                     and body not in NOT_INSULT_TAGS)
            if insulting and fresh(tag.span):
                yield self._finding(Severity.REVIEW, tag.span, text,
                                    f"#{tag.body} reads as an insult.",
                                    f"Drop #{tag.body}; a hashtag makes the jab searchable and permanent.",
                                    {"matched": f"#{tag.body}", "reading": " ".join(reading),
                                     "kind": "insult-hashtag"})

    def _name_calling(self, text: str, norm: Normalised, vocab: Words,
                      fresh: Callable[[Span], bool]) -> Iterator[Finding]:
        hits: list[tuple[Span, str]] = []
        if vocab.any_of(_NICKNAME_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "nickname") for m in _NICKNAME_RE.finditer(text)]
        if vocab.any_of(_THIRD_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "name-calling") for m in _THIRD_PERSON_RE.finditer(text)]
        if vocab.any_of(_NOUN_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "name-calling") for m in _AIMED_NOUN_RE.finditer(text)
                     if not _NEGATION_RE.search(m.group())]
        if vocab.any_of(_DISMISS_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "dismissal") for m in _DISMISS_RE.finditer(text)]
        if vocab.any_of(_BELITTLE_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "name-calling") for m in _BELITTLE_RE.finditer(text)]
        if vocab.any_of(_OF_EPITHET_TRIGGERS):
            hits += [(Span(m.start(), m.end()), "name-calling") for m in _OF_EPITHET_RE.finditer(text)]
        for span, kind in hits:
            if _PERPETRATOR_BEFORE.search(text[max(0, span.start - 40):span.start]):
                continue  # "Whoever did this in Lindenau is a coward": the attacker condemned
            if fresh(span):
                typed = text[span.start:span.end]
                yield self._finding(Severity.REVIEW, span, text,
                                    f"\u201c{typed[:80]}\u201d {_WHY[kind]}",
                                    "Criticise the action, not the person, or drop it.",
                                    {"matched": typed, "kind": kind})

    def _finding(self, severity: Severity, span: Span | None, text: str, message: str, fix: str,
                 evidence: dict[str, object]) -> Finding:
        return Finding(code=self.code, check=self.name, severity=severity, message=message, span=span,
                       fix=fix, evidence=evidence)
