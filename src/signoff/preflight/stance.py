"""Does a text take a stance? Pure lexicon and pattern signals with spans, plus VADER tone on request.

Strong signals (judgement, blame, rhetorical question, insult, joke, sarcasm, profanity) mean the author
takes a side; weak ones (opinion markers, praise) lean that way. Promotion, product talk and cheerful tone
matter next to tragedies. Supportive wording (condolences, "stay safe", donations) is recorded too, so
callers can tell sympathy from spin.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from signoff.preflight.model import Span

STRONG = frozenset({"judgement", "blame", "rhetorical_question", "insult", "joke", "sarcasm"})
#: Leaning, not a clear side: opinion markers, praise, swearing (which may be shock as much as a take).
WEAK = frozenset({"opinion", "praise", "profanity"})

_B = r"(?<![\w#])"  # word start (a # counts as part of the word)
_E = r"(?![\w])"

PATTERNS: dict[str, str] = {
    "judgement": r"disgrace(?:ful)?|shameful|shame on|poor taste|bad taste|tasteless|ridiculous|outrageous|"
    r"absurd|"
    r"pathetic|disgusting|appalling|travesty|sickening|embarrassing|idiotic|stupid|unfair|"
    r"unjust|"
    r"(?:so|is|was|dead|just) wrong|no class|classless|#noclass|low class|cowardly|spineless|ashamed|"
    r"how dare|overreact(?:ion|ing)|witch ?hunt|scapegoat(?:ed|ing)?|"
    r"hypocrit(?:e|es|ical)|corrupt|rigged|a sham|nonsense|#fail|epic fail|good riddance|what a joke|"
    r"is a joke|deserved (?:it|this|that)|had it coming|in poor taste|insult(?:ing)?|#insult|"
    r"should be ashamed|makes me sick|final solution|don'?t you (?:even )?dare|who (?:even |really )?cares|"
    r"overrated|"
    r"no one cares|nobody cares|karma|karmic|serves (?:them|him|her) right|"
    # the same in other languages: irresponsible, shameful, what a shame, scandalous
    r"irresponsables?|irresponsabil[ei]|irrespons[aá]ve(?:l|is)|verantwortungslos|unverantwortlich|"
    r"onverantwoord\w*|honteu(?:x|se|ses)|quelle honte|c'est une honte|scandaleu(?:x|se)|vergognos[oaie]|"
    r"che vergogna|vergonzos[oa]s?|qu[eé] verg[üu]enza|una verg[üu]enza|vergonhos[oa]s?|que vergonha|"
    r"schande|sch[äa]m(?:t euch|en sie sich)|schandalig|wat een schande|"
    r"skandal[öo]s",
    # "don't blame him" takes the blame away
    "blame": r"(?:their|his|her|your) fault|(?:i|we|you) blame|"
    r"(?<!(?:n['’]?t|not|never) )blame (?:them|him|her)|"
    r"should (?:be|have been) (?:fired|charged|arrested|jailed|ashamed)|must resign|should resign|"
    r"needs to resign|time to resign|"
    # a cover-up alleged, not "Cover up!" told to people in a tornado's path
    r"(?:a|the|this|that|massive|huge|total|(?:govern|establish)ment|police|state|official) cover[- ]?up|"
    r"cover[- ]?ups|covered (?:it |this |that )?up|covering (?:it |this |that )?up|complicit|"
    r"looked the other way|let (?:it|this) happen|"
    r"responsible for this|this is what happens when|that'?s what happens when|what did (?:they|you) expect|"
    r"let them in|(?:blood (?:is )?|(?:has|have) blood )on (?:your|his|her|their) hands",
    "rhetorical_question": r"(?:how|why) (?:on earth |the hell |tf )?(?:do|does|did|can|could|would|is|are|"
    r"was|were)"
    r"(?:n'?t)? (?:you|they|he|she|anyone|someone|people|we|u|these|those|this|that|it)\b(?![^?]{0,40}"
    r"\b(?:help|donate|support|contribute|assist|volunteer|get involved|sign up|apply|reach us|"
    r"find|keeps?\s+happening|happen)\b)[^?]*\?|"
    r"what (?:were|was) (?:they|he|she|you) thinking|are (?:you|they) (?:kidding|serious)|who does that|"
    r"what kind of \w+ (?:does|would|fires)|since when|is this a joke|"
    r"how is (?:this|that|it) (?:ok|okay|fair|right|legal|acceptable)|seriously\?|really\?",
    "insult": r"idiots?|morons?|losers?|jerks?|scum(?:bags?)?|cowards?|"
    r"dumbass|douche(?:bag)?s?|imbeciles?|jackass|buffoons?",
    "joke": r"lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|kidding|pun intended|#jokes?|#lol|xd|"
    r"[😂🤣😆😹😜😝😛😉]|;-?\)|:-?p|:-?d(?!\w)",
    "sarcasm": r"yeah right|#sarcasm|#not|oh (?:great|wonderful|perfect|good)|thanks a lot|slow clap|🙄|"
    r"/s(?!\w)|"
    r"sure,? because|nice going|way to go,|how (?:very )?convenient|what a (?:strange )?coincidence",
    "profanity": r"wtf|wth|f+u+c+k\w*|sh[i1]t\w*|damn(?:it)?|goddamn\w*|crap|bs|bullshit|omfg|the hell",
    "opinion": r"i think|i believe|in my opinion|imo|imho|i find|i feel|personally|if you ask me|"
    r"let'?s be honest|"
    r"honestly|as a \w+ fan|i'?m (?:glad|sad|angry|upset|disappointed)|should(?:n'?t| not)? have|terrible|"
    r"awful|"
    r"horrible|worst|sad day for|can'?t believe|cannot believe|unbelievable|we must|i want|being right|"
    r"told you so|i was right|watch out|we need (?:a|to)|unacceptable|"
    # "can someone explain to me why ...", in several languages: a question that may be a jab (it leans; the
    # question itself may be genuine), not "explain how the evacuation works"
    r"can (?:some|any)(?:one|body) explain (?:to me )?why|"
    r"(?:alguien|qualcuno) (?:me |mi )?(?:puede|pu[òo]|sa) (?:explicar(?:me)?|spiegar(?:mi|e)) "
    r"(?:por ?qu[eé]|perch[ée]|de qu[eé] se r[ií]e)|quelqu['’]un (?:peut|pourrait) m['’]expliquer pourquoi|"
    r"kann mir (?:jemand|einer) erkl[äa]ren,? (?:warum|wieso|weshalb)|kan iemand (?:mij|me) uitleggen waarom",
    "praise": r"the right (?:thing|call|decision|move)|right call|good call|well deserved|heroe?s?|legend|"
    r"proud of|bravo|kudos|respect",
    "promotion": r"\d{1,3}\s?%\s?off|percent off|on sale|sales?|discounts?|discounted|shop(?:ping)?(?: now)?|"
    r"use (?:promo )?code|promo code|coupons?|buy(?: now| one)?|order (?:now|yours|today)|pre-?order|"
    r"link in (?:our )?bio|free (?:shipping|delivery)|limited time|(?<!big )deals?(?!\s+with)|specials|bogo|"
    r"giveaway|"
    r"available (?:now|online|"
    r"today|in stores)|now available|in stores|check out our|our new|new (?:flavou?rs?|collection|menu|"
    r"arrivals?)|"
    r"grab (?:yours|one)|get yours|don'?t miss|save \$?\d+|"
    # a price, not a sum in the news ("a $154 million contract")
    r"\$\d+(?![\d,.]*\s?(?:million|billion|trillion|bn|mn)\b)|only \$|book now|special offer|flash sale|"
    r"doorbusters?|clearance|stock up|treat yourself|may we suggest|try (?:our|the new)|#ad|#sponsored|"
    r"#promo|"
    # offers and urgency: "2 for the price of 1", "today only", "buy one get one", "half price"
    r"(?:for\s+)?the\s+price\s+of\s+(?:one|1|a)|\d+\s+for\s+(?:the\s+price\s+of\s+)?\d+|two\s+for\s+one|"
    r"buy\s+(?:one|1|2|two),?\s+get\s+(?:one|1|2|two|the\s+second)|b[12]g[12]|half[- ](?:price|off)|"
    r"(?:today|tonight|this\s+weekend|24\s+hours?|one\s+day|this\s+week)\s+only|while\s+(?:stocks?|supplies)\s+"
    r"last|everything\s+must\s+go|(?:sale|offer|deal)\s+ends|last\s+chance\s+to\s+(?:buy|save|shop|get)|"
    r"free\s+gift|shop\s+(?:the|our)|order\s+online|[2-4]\s?x\s?[1-3](?!\d)|(?:our|this|these|an?)\s+(?:\w+\s+)?"
    r"offers?|download(?:ing)?\s+(?:the|our|it|now)|stream(?:ing)?\s+(?:it|now|the\s+new)|"
    r"(?:download(?:ing)?|stream(?:ing)?|available)\s+(?:\w+\s+){0,3}over\s+at|"
    r"get\s+it\s+(?:on|at|now)|"
    # the same in other languages: sales, offers, discounts
    r"rebajas|ofertas?|descuentos?|soldes|réductions?|angebote?|rabatte?|sonderangebot\w*|sconti?|saldi|"
    # half price in other languages: "zum halben Preis", "a mitad de precio", "à moitié prix"
    r"(?:zum )?halben preis|(?:a )?mitad de precio|(?:à )?moiti[ée] prix|(?:a )?met[àa] prezzo|"
    r"(?:pela )?metade do pre[çc]o|halve prijs|"
    r"promo[çc][ãa]o|descontos?|korting|aanbieding\w*|"
    # calls to buy or come, and launch phrasing, in other languages
    r"prenota(?:te)?|compra(?:te)?|reserva|achetez|venez|bestellen|jetzt\s+kaufen|vieni\s+(?:a|da)|"
    r"(?:da\s+oggi|desde\s+hoy|dès\s+aujourd'hui|ab\s+heute)\s+(?:puoi|potete|puedes|pueden|vous\s+pouvez|"
    r"tu\s+peux|kannst\s+du|können\s+sie)|"
    # engagement bait tied to a cause: "1 RT = 1 breakfast", "we donate $1 per retweet"
    r"\d+\s?rts?\s?=|per (?:re)?tweet|for every (?:re)?tweet|every (?:rt|retweet|like|share)|"
    r"(?:rt|retweet|like|share) (?:this )?to (?:help|donate|support|give)|"
    # engagement bait: "by clicking 'Like' you send your best wishes", "like and share"
    r"(?:by )?click(?:ing)? (?:on )?['‘\"]?like|(?:hit|press|smash) (?:that |the )?['‘\"]?like|"
    r"like and share|like (?:this|our) (?:post|page|photo)|"
    # a contest: "RT & follow us to enter", "enter to win" (not "giving away free water", not "to enter the
    # building")
    r"enter to win|(?:a|your) chance to win (?:a |an |one of |free |tickets|prizes?|[$£€]|our |this |these )|"
    r"(?:rt|retweet|follow|like|share|comment|reply|tag) ?(?:&|and|\+)? ?(?:(?:rt|retweet|follow|like|share|"
    r"comment|tag) )?(?:us|@\w+|this(?: post)?|a friend|\d+ friends) to (?:enter|win)|"
    r"(?:rt|retweet) ?(?:&|and|\+) ?follow|follow ?(?:&|and|\+) ?(?:rt|retweet)|"
    # a count tied to a gift: "the more people join our page, the more generators we donate" (not a police
    # appeal: "the more people share this, the sooner we find him"; not "follow our page for updates")
    r"the more (?:people|followers|fans|likes|members|shares|retweets|rts)\b(?=[^.!?]{0,80}\bdonat)",
    "product": r"pizzas?|burgers?|fries|coffee|lattes?|donuts?|doughnuts?|scones?|cakes?|cupcakes?|cookies?|"
    r"sandwich(?:es)?|tacos?|burritos?|beers?|wines?|cocktails?|sodas?|snacks?|flavou?rs?|recipes?|breakfast|"
    r"meals?|dress(?:es)?|shoes|sneakers|jackets?|shirts?|t-shirts?|jeans|outfits?|collection|phones?|"
    r"mattress(?:es)?|teddy bears?|candles?|lipsticks?|makeup|perfume|fragrance|gadgets?|headphones|"
    r"sunglasses|"
    r"handbags?|wings|nuggets|smoothies?|menu|fashion|bundle|subscription|buns|cinnamon rolls?|treats|"
    r"pastr(?:y|ies)|"
    r"sandals|pumps|loafers|boots|footwear|apparel|bras?|lingerie|beverages?|drinks?|candy|"
    r"(?:our|nuestr[oa]s|nostr[ie]|nos|notre|unsere?n?|onze)\s+(?:\d+\s+)?(?:prices|precios|prezzi|prix|preise|"
    r"stores?|shops?|tiendas|negozi|magasins|restaurants?|ristoranti|restaurantes|products?|productos|prodotti|"
    r"produits|menu|men[uú]|collection|colecci[oó]n|collezione)",
    "cheer": r"yay+|woo+(?:hoo+)?|hooray|celebrat(?:e|ing|ion)|happy|excited|can'?t wait|party time|"
    r"let'?s party|fun|"
    r"[😀😃😄😁😊🎉🥳🎊😍🙌🤩💃🕺🍾]",
    "apology": r"apolog(?:y|ies|ize|ise|ized|ised|izing|ising)|(?:we'?re|i'?m|we are|i am) (?:truly |so |"
    r"deeply )?"
    # "sorry to offend, but ..." is a disclaimer before the offence, not an apology
    r"sorry(?!,? (?:to (?:offend|say)|but)\b)|sorry (?:for|about)|"
    r"^\W*sorry\b(?!,? (?:to (?:offend|say)|but)\b)|"
    r"(?:didn'?t|did not) mean to (?:be|offend|upset|hurt|cause)|"
    r"(?:we|i) regret|(?:deeply|sincerely|truly|greatly) regrets?|"
    r"regrets (?:the|this|that|any|its) (?:\w+ )?"
    r"(?:error|mistake|confusion|message|tweet|post|incident|distress|offen[cs]e)|recant|my bad|"
    r"admit ?when ?you ?make ?mistakes|"
    r"(?:we|i) (?:have )?made (?:a|an \w+) mistake|made a mistake in|(?:we|i) got (?:it|this|that) wrong|"
    # the same in other languages: I/we apologise, excuse us, sorry
    r"mi scuso|ci scusiamo|chiedo scusa|chiediamo scusa|(?:pido|pedimos) (?:perd[oó]n|disculpas)|"
    r"(?:me|nos) disculpo|nos disculpamos|lo (?:siento|sentimos)|je m'excuse|nous nous excusons|"
    r"(?:toutes )?(?:nos|mes) excuses|d[ée]sol[ée]e?s?|(?:wir )?entschuldig(?:e|en|ung)\w*|"
    r"es tut (?:mir|uns) leid|(?:pe[çc]o|pedimos) desculpas?|(?:nos|me) desculpamos|desculpe-nos|"
    r"excuses aan|onze excuses|przepraszam\w*|lamentamos|lamentiamo|nous regrettons|wir bedauern|"
    r"betreuren|lamentamos o ocorrido",
    # promotions called off out of respect: "we have postponed our sale"
    "paused": r"postpon\w+|cancel(?:l?ed|ling|s)?|paus(?:e|ed|ing)|suspend(?:ed|ing)?|on hold",
    "supportive": r"senseless|condemn\w*|(?:has|have|had) no place (?:for|in)|no place for|stand against|"
    # the act condemned: "this attack is a horrible, despicable assault", "the shooting was cowardly"
    r"(?:this|the|today'?s|tonight'?s|yesterday'?s|last night'?s|such an?) (?:[\w'’-]+ ){0,2}"
    r"(?:attack|shooting|bombing|violence|act|assault|massacre|rampage)[^!?]{0,50}? (?:is|was|are|were) "
    r"(?:a |an |so |truly |just |utterly |absolutely )?(?:horrible|horrific|horrifying|despicable|heinous|"
    r"senseless|cowardly|evil|vile|barbaric|abhorrent|unspeakable|sickening|appalling|disgusting)|"
    # shock and grief without a take: "this is horrific", "no words can describe", "heartbreaking"
    r"horrific|horrifying|heart-?breaking|heart-?wrenching|devastating|unspeakable|"
    r"no words (?:can|could|to) (?:describe|express)|(?:lost|at a loss) for words|words fail|speechless|"
    # condemnation and defiance: "unite against terrorism", "terror must be fought", "we will not be divided"
    r"unite[ds]? against|(?:fight|fought|defeat(?:ed)?|beat(?:en)?) (?:against )?(?:terror\w*|hatred|hate|"
    r"extremism)|will (?:not|never) be (?:defeated|divided|intimidated|cowed)|look for the helpers|"
    # a tribute: "his indelible mark", "will always be remembered", "inspired generations"
    r"indelible|will (?:always|forever) be (?:remembered|missed|with us)|inspired (?:generations|millions|"
    r"so many)|(?:his|her|their) legacy|"
    r"thoughts and prayers|our thoughts|^\W*thoughts (?:are )?with|"
    r"my thoughts (?:are|go)|thoughts are with|never be another|"
    r"thinking of|praying|prayers?|pray for|#prayfor\w*|"
    r"condolences|"
    r"rest in peace|(?-i:RIP)|our hearts?|hearts? (?:go|goes) out|heartbroken|stay safe|be safe|"
    r"stand(?:ing)? with|"
    r"sending (?:(?:every|all|my|our|the|good|positive|warm|healing|\w+est|\w+ful) ){0,4}(?:love|strength|"
    r"thoughts?|prayers?|hugs)|donat(?:e|ed|ing|ions?)|proceeds|relief|red cross|victims|in memory of|"
    r"remember(?:s|ed|ing)? (?:the|those|all)|never forget|#neverforget\w*|sympath(?:y|ies)|grieving|"
    r"mourn(?:ing)?|tribute|vigil|"
    r"moment of silence|with you|helpline|hotline|may god (?:protect|bless|keep|be with|comfort)|"
    # shock and strength in other languages: "conmocionada", "todo el ánimo y la fuerza", "non ho parole"
    r"(?:is|are|was|were) (?:deeply |so |truly |utterly )?(?:devastated|saddened|heartbroken) (?:to|by|at)|"
    r"thoughts of (?:\w+ ){1,5}(?:are|go) (?:with|out)|"
    r"conmocionad[oa]s?|consternad[oa]s?|sconvolt[oaie]|bouleversée?s?|ersch[üu]ttert|(?:todo|mucho|"
    r"much[oa]s?) (?:el )?[áa]nimo|(?:la |mucha )?fuerza (?:a|para)|non ho parole|sin palabras|sans voix|"
    r"sem palavras|keine worte|fassungslos|(?:help|support|for|with|to) (?:the |all )?survivors|"
    r"(?:first|emergency) responders|next[- ]of[- ]kin|"
    r"rescue (?:operations?|teams?|crews?|boats?|efforts?|workers?|camps?|missions?)|"
    r"rescued|rescuing|rescuers|"
    # fundraising and free help: "all money raised goes to the families", "a benefit concert for the victims",
    # "free tea and coffee to anyone who needs it", "la Croce Rossa"
    r"fundrais\w*|benefit (?:concert|gig|show|match|night|event|dinner)|money raised|(?:all|every) (?:the )?"
    r"(?:money|cent|penny|dollar|euro)s? (?:raised )?goes? to|croce rossa|cruz roja|croix-rouge|rotes kreuz|"
    r"free (?:\w+ ){0,4}(?:to|for) (?:anyone|everyone|all|emergency|first responders|those|people|families|"
    r"victims|evacuees|residents|the (?:emergency|first|rescue))|stranded|emergency workers|"
    r"(?:awaiting|await|needs?|needing|swift[- ]?water|water|boat|air) rescue|"
    r"(?:(?:are|is) (?:on (?:the|their|its) way|coming) to help|help is on (?:the|its) way)|"
    r"families of (?:the )?(?:victims|passengers|crew|those)|"
    r"take care|"
    # recovery wished: "get well soon", "a speedy recovery", "gute Besserung", "pronta guarigione"
    r"get well(?: soon)?|(?:speedy|quick|swift|full|fast) recovery|gute besserung|genesung|"
    r"pronta guarigione|(?:prompt|bon) r[ée]tablissement|(?:pronta|r[aá]pida) recuperaci[oó]n|"
    r"(?:boa|r[aá]pida) recupera[çc][ãa]o|beterschap|melhoras|"
    r"will be (?:sorely |greatly )?missed|you inspired|rest easy|good-?bye|farewell|lost one of|we lost|"
    r"thank you for (?:everything|all)|#rip\w*|#thankyou\w*|in honou?r of|pay(?:ing)? tribute|"
    r"honou?r(?:ing)? (?:the|those|his|her|their|all|our)|solidarity|we stand|resilience|"
    r"(?:let us|we will|we won'?t) (?:not )?forget|lest we forget|#\w+strong|saddened|condolence|"
    # love and sorrow for a place or its people: "Aurora, we love you", "Manchester, I'm so sorry"
    r"(?:we|i) love you(?:,? (?:all|\p{Lu}\w+))?(?=\s*[.!❤💔🙏]|\s*$)|"
    # resilience and resolve: "we'll get through this together", "the brave people of Charsadda"
    r"(?:we'?ll|we will|we can|we shall) get through this|(?:stronger|stand|pull|come) together|"
    r"together we (?:will|can|are|stand)|resolve (?:against|to (?:defeat|fight|overcome))|"
    r"the brave (?:people|ppl|men|women|citizens|residents|families|officers|first responders) of|"
    r"deepest sympath\w+|"
    r"my heart|our prayers|"
    r"(?:hurt|injured|affected|impacted) (?:by|in)|follow (?:the )?(?:orders|advice|instructions)|"
    r"please (?:stay|be|follow|avoid|call)|shelter|emergency services|god bless|sadness|sad news|"
    r"pause and reflect|remembering|the passing of|mark of respect|rebuild(?:ing)?|"
    # the fallen honoured: "we honor Pearl Harbor heroes", "thank you to all military for your sacrifice"
    r"(?:we|today we|let us|let's) honou?r|honou?r(?:ing|s)? (?:\w+ ){0,3}heroes|(?:your|their|his|her) "
    r"(?:\w+ and )?sacrifices?|(?:thank you|thanks|grateful) (?:to|for) (?:all |our |the )?(?:\w+ ){0,2}"
    r"(?:military|troops|veterans|service ?members|soldiers|heroes)|"
    r"(?:so|very|truly|deeply|incredibly|really) sad(?! lol| haha)|"
    r"sad (?:to (?:see|hear|learn)|seeing|hearing)|"
    # a loss felt: "stunned by the loss of", "one of a kind", "gone too soon", "we'll miss him", "you pray"
    r"(?:the|this|such a|a (?:great|huge|terrible|tragic|sad)) loss(?: of)?|stunned|one of a kind|"
    r"gone (?:way )?too soon|(?:way )?too young|(?:we'?ll|i'?ll|we will|i will) (?:\w+ )?miss "
    r"(?:him|her|you|them)|pray(?:s|ed)?|"
    # shock and strength offered: "we are shocked by", "those who lost their lives", "at this difficult time"
    r"(?:we are|we're|we were|i am|i'm|i was|(?:i |we )?(?:feel|felt|feeling)) (?:deeply |so |truly |all |"
    r"utterly |absolutely |just )?(?:shocked|devastated|horrified|heartbroken|gutted|numb)|"
    # help offered: "if anyone needs help or a roof, let me know", "our doors are open", "free rides to"
    r"if (?:any ?one|any ?body|you) (?:needs?|is in need of) (?:\w+ ){0,3}?"
    r"(?:help|a (?:bed|roof|room|lift|ride|place)|"
    r"somewhere|shelter|a charger|water|food)|(?:our|my) doors? (?:is |are )?open|free (?:rides?|calls?|"
    r"texts?|shelter|water|meals?|accommodation|wi-?fi|charging) (?:to|for)|"
    r"(?:can|will) look after (?:you|them)|"
    # an official's safety instructions: "take cover now", "seek shelter", "do not wait", "stay indoors"
    r"take cover|seek shelter|shelter in place|stay (?:indoors|inside|home|away from)|do not (?:wait|travel|"
    r"approach|go outside)|don'?t (?:wait|travel|approach)|evacuate (?:now|immediately)|"
    r"move to higher ground|"
    # the victims in other languages; a joke about the dead rebuked: "your jokes aren't funny"
    r"slachtoffers|v[ií]ctimas|victimes|vittime|v[ií]timas|opfern?|"
    r"(?:is|are|it'?s|isn'?t|aren'?t|not) (?:\w+ )?"
    r"(?:not )?(?:cute or |remotely )?funny(?= *[.!,]| *$)(?<!\bso funny)|"
    r"(?:those|all|everyone) who (?:so \w+ (?:and \w+ )?)?(?:lost|gave) their lives|"
    r"difficult (?:time|moment|day)s?|(?:offers?|sends?|sending) (?:our |its |their )?(?:strength|support)|"
    # reassurance after an accident: "all passengers are accounted for", "no one was hurt"
    r"accounted for|no (?:fatalities|injuries|casualties|deaths)|(?:nobody|no one|no-one) (?:was |were )?"
    r"(?:hurt|injured|killed)|"
    # the same in other languages: our thoughts are with, condolences, rest in peace, mourning
    r"(?:unsere|meine|nos|mes|nuestros|mis|i nostri|i miei|onze|mijn|os nossos|os meus) (?:gedanken|"
    r"pens[ée]es|pensamientos|pensieri|"
    r"gedachten|pensamentos)|condol[ée]ances|condoglianze|(?:nuestras |mis )?condolencias|"
    r"(?:herzliches |aufrichtiges )?beileid|pésames|descanse en paz|repose en paix|ruhe in frieden|"
    r"riposa in pace|rust in vrede|in gedanken bei|de tout c(?:oe|œ)ur avec|"
    r"solid[aá]ri\w*|solidarisch\w*|trauer\w*|endeuill\w+|sous le choc|en deuil|de luto|in lutto|"
    r"condol[eê]ncias|p[eê]same?s|descansa en pa[uz]|descans[ae] em paz|mitgef[üu]hl|anteilnahme|"
    # grief, prayers and thoughts: "tristes por", "mi corazón y mis oraciones", "pensando en", "#FuerzaX"
    r"trist(?:e|es|eza|esse|ezza)|traurig\w*|(?:mi|mon|il mio|meu|mein|mijn) (?:coraz[oó]n|c(?:oe|œ)ur|cuore|"
    r"cora[çc][ãa]o|herz|hart)|oraciones|pri[èe]res?|preghiere|ora[çc][õo]es|gebete?|rezando|rezamos|prions|"
    r"preghiamo|pregh(?:iera|o) per|pensando (?:mucho )?(?:en|em)|(?:je|nous) pens(?:e|ons) (?:à|a)|"
    r"pens(?:o|iamo) a|(?:ich |wir )?denken? an|denken aan|#(?:fuerza|force|forza|for[çc]a|kraft)\w+|"
    # a minute's silence, a tribute, "will never forget", in other languages
    r"minut[oe]s? de silencio|minute de silence|minuto di (?:silenzio|raccoglimento)|minuto de sil[eê]ncio|"
    r"schweigeminute|nous a quitt[ée]e?s?|nos (?:ha )?dej[oó]|ci ha lasciat[oi]|nos deixou|von uns gegangen|"
    r"hommage|homenaje|omaggio|homenagem|n['’]oublier(?:a|ons|ont) jamais|jamais (?:\w+ ){0,3}n['’]oubliera|"
    r"nunca (?:olvidaremos|esqueceremos)|non dimenticheremo|niemals vergessen|"
    # asking after people's safety and saying one's own: "hope everyone is safe", "estamos bien"
    r"(?:hope|hoping) (?:every(?:one|body)|you(?: all)?|all)(?: is| are|'s|'re)? (?:\w+ )?(?:safe|ok|okay|"
    r"well|alright)|(?:hope|hoping) (?:every(?:one|body)|you(?: all)?|all) (?:got|get|made it|gets) "
    r"(?:back )?home safe(?:ly)?|espero que (?:est[eé]n|est[eé]is) (?:todos )?bien|tengan cuidado|"
    r"prenez soin|fate attenzione|tenham cuidado|estamos (?:todos )?(?:bien|bem)|"
    r"(?:we are|we're) (?:all )?(?:safe|ok|okay|fine)|nous (?:allons|sommes) bien|stiamo bene|"
    r"(?:pour|aux|para las|para los|für die|per le) (?:victimes|v[ií]ctimas|opfer|vittime|familles|familias)|"
    # closeness to those affected, respect for the victims, "all of Spain is with ..."
    r"vicinanza|cercan[ií]a|(?:colpit[ie]|afectad[oa]s|touch[ée]e?s par|betroffen\w*|atingid[oa]s)|"
    r"(?:por|par|aus|per) respe(?:c?to|ct|kt) (?:a|à|pour|vor|per|verso)|"
    r"(?:tod[oa]|tout|toute|tutt[oa]|ganz) \w+ (?:est[aá]|est|è|steht) (?:con|avec|bei|com)|"
    r"(?:tod[oa]|tout|toute|tutt[oa]) \w+ (?:es|est|è) (?-i:\p{Lu})\w+|je suis (?-i:\p{Lu})\w+|"
    r"nous sommes (?:tous )?(?-i:\p{Lu})\w+|"
    r"(?:todos|todas) somos|somos tod[oa]s|siamo tutti|wir sind alle|"
    r"(?:estamos|siamo|sommes|stehen) (?:con|avec|bei|com) (?:vosotros|ustedes|voi|vous|euch|ihnen|"
    r"voc[eê]s|las v[ií]ctimas|les victimes|den opfern|le vittime)",
}

_RE = regex.compile(
    "|".join(f"(?P<{kind}>{_B}(?:{pattern}){_E})" for kind, pattern in PATTERNS.items()),
    regex.IGNORECASE,
)
URL_RE = regex.compile(r"https?://\S+|\bwww\.\S+|\bbit\.ly/\S+", regex.IGNORECASE)
#: VADER compound at or above this reads as cheerful.
CHEERFUL_COMPOUND = 0.5


@dataclass(frozen=True)
class Signal:
    kind: str
    span: Span
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, **self.span.to_dict()}


@dataclass(frozen=True)
class Stance:
    signals: tuple[Signal, ...]
    #: VADER compound score (-1 … 1), or None when tone was not asked for.
    compound: float | None = None
    has_link: bool = False

    def kinds(self) -> set[str]:
        return {s.kind for s in self.signals}

    def of(self, *kinds: str) -> list[Signal]:
        return [s for s in self.signals if s.kind in kinds]

    @property
    def takes_stance(self) -> bool:
        """A judgement, blame, rhetorical question, insult, joke, sarcasm or profanity."""
        return bool(self.kinds() & STRONG)

    @property
    def leans(self) -> bool:
        """Only opinion markers or praise: leaning, not a clear stance."""
        return not self.takes_stance and bool(self.kinds() & WEAK)

    @property
    def promotes(self) -> bool:
        return "promotion" in self.kinds()

    @property
    def jokes(self) -> bool:
        return bool(self.kinds() & {"joke", "sarcasm"})

    @property
    def apologises(self) -> bool:
        return "apology" in self.kinds()

    @property
    def supportive(self) -> bool:
        return "supportive" in self.kinds()

    @property
    def cheerful(self) -> bool:
        """Cheer words or emoji, or a clearly positive tone, without words of sympathy."""
        if self.supportive:
            return False
        return "cheer" in self.kinds() or (self.compound is not None and self.compound >= CHEERFUL_COMPOUND)

    def summary(self) -> list[str]:
        """Kinds found, strongest first, for evidence."""
        order = [
            "insult",
            "judgement",
            "blame",
            "rhetorical_question",
            "joke",
            "sarcasm",
            "profanity",
            "promotion",
            "product",
            "cheer",
            "opinion",
            "praise",
            "supportive",
        ]
        found = self.kinds()
        return [k for k in order if k in found]


@lru_cache(maxsize=1)
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


#: Sales words the author argues against ("a time for giving and not promoting sales", "instead of a
#: discount"): not the author's promotion. "Why not treat yourself?" still sells.
_NOT_SELLING = regex.compile(
    r"(?i)(?:(?<!why\s)\bnot|\bnever|\binstead\s+of|\brather\s+than|\bwithout|\bagainst|"
    r"\b(?:stop|quit|no\s+more)\s+(?:promoting|selling|pushing|advertising)|"
    r"n['’]?t\s+(?:be\s+)?(?:promot\w+|sell\w*|push\w*|advertis\w+))\s+(?:[\w'-]+\s+){0,2}$"
)


@lru_cache(maxsize=4096)
def _signals(text: str) -> tuple[Signal, ...]:
    return tuple(
        Signal(m.lastgroup or "", Span(m.start(), m.end()), m.group())
        for m in _RE.finditer(text)
        if m.lastgroup
        and not (m.lastgroup == "promotion" and _NOT_SELLING.search(text[max(0, m.start() - 40):m.start()]))
    )


def analyze(text: str, *, tone: bool = False) -> Stance:
    """Stance signals in `text`. With tone=True also the VADER compound (about 70 µs more)."""
    compound = _vader().polarity_scores(text)["compound"] if tone else None
    return Stance(_signals(text), compound, bool(URL_RE.search(text)))
