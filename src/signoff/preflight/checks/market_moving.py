"""SO501: claims that can move a share price (take-private, deals, earnings, price calls) outside IR."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import hashtags, words

_B = r"(?<![\p{L}])"
_E = r"(?![\p{L}])"
#: A company or handle right after the verb: "acquire Twitter", "buy $TWTR", "take over @Acme".
#: Words that may follow "private" in a take-private claim; any other word makes it "private jets".
_AFTER_PRIVATE = r"(?:at|for|by|in|and|with|if|now|soon|once|after|before|to|this|next|on|via|is|was)"
_NAMED = r"(?-i:[\p{Lu}$@])[\w.&'-]*"
#: Each kind of market-moving claim and the words that make it.
#: Guidance as an earnings forecast ("raises full-year guidance", "guidance for the year"), not "prayers of
#: guidance and strength".
_GUIDANCE = (r"(?:(?:rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|reaffirm(?:s|ed|ing)?|"
             r"reiterat(?:e|es|ed|ing)|withdraw(?:s|n|ing)?|suspend(?:s|ed|ing)?|pull(?:s|ed|ing)?|full-year|fy\s?\d*|"
             r"q[1-4]|20\d\d|earnings|eps|profit)\s+(?:(?:our|its|the)\s+)?(?:(?:20\d\d|q[1-4]|fy\s?\d*|full-year|"
             r"annual|quarterly)\s+)?guidance|(?:our|its)\s+(?:20\d\d|q[1-4]|fy\s?\d*|full-year|annual|quarterly)\s+"
             r"guidance|(?<!updated\s)(?<!new\s)guidance\s*:|guidance\s+for\s+(?:the\s+)?(?:full\s+)?(?:year|quarter|"
             r"fy|q[1-4]|20\d\d)|guidance\s+(?:raised|cut|lowered|withdrawn|suspended)|(?:above|below|beat|past|"
             r"exceed(?:s|ed|ing)?)\s+(?:our\s+)?guidance)")
#: An unnamed big partner: "an industry giant", "a Fortune 500 company", "a major tech company".
_BIG_PARTNER = (r"(?>(?<!local\s)(?-i:giant)|fortune[\s-]?\d+(?:\s+(?:compan(?:y|ies)|firms?))?|F500|FAANGs?|"
                r"household[\s-]+names?|blue[\s-]chip|industry\s+leaders?|(?:big|major|leading|top|large|global|"
                r"well[\s-]known)\s+(?:\w+\s+)?(?:names?|players?|compan(?:y|ies)|firms?|brands?|corporations?|banks?|"
                r"retailers?))(?!\s*\?)")
#: What keeps the partner's name back: "guess who", "can't say who yet", "details on Monday", "stay tuned".
_TEASE = (r"(?:guess\s+(?:who|the\s+name|which\s+(?:one|company|brand))|can'?t\s+(?:say|reveal|tell\s+you|"
          r"name|disclose)\s+(?:who|which|the\s+name|yet|more)|(?<!(?:was|were)\s)(?:(?:to\s+be|will\s+be|being)\s+)?"
          r"(?:revealed?|announce(?:d|ment)?|details?)\s+(?:soon|tomorrow|next\s+\w+|on\s+\w+day|\w+day)|"
          r"stay\s+tuned|more\s+(?:soon|to\s+come)|under\s+nda)")
CLAIMS: dict[str, regex.Pattern[str]] = {
    "take-private": regex.compile(
        rf"(?i){_B}(?:tak(?:e|es|ing)\s+(?:\$?[\w.&'-]+\s+){{0,3}}private|go(?:ing|es)?\s+private|"
        rf"take-private|delist(?:ing)?){_E}(?!\s+(?!{_AFTER_PRIVATE}\b)\p{{L}})"),
    "funding": regex.compile(rf"(?i){_B}(?:funding\s+(?:is\s+|has\s+been\s+)?secured|"
                             rf"secured\s+(?:the\s+)?funding|financing\s+(?:is\s+)?(?:secured|locked|lined\s+up)){_E}"),
    "deal": regex.compile(
        rf"(?i){_B}(?:acquir(?:e|es|ing)\s+{_NAMED}|(?:to\s+be|being|been|gets?|getting|about\s+to\s+be|will\s+be)\s+"
        rf"(?:acquired|bought(?:\s+out)?|taken\s+over)\s+by\s+{_NAMED}|acquisition\s+of|(?:to|will|should|could|would|might|"
        rf"going\s+to|plan\s+to|planning\s+to)\s+(?:buy|acquire)\s+{_NAMED}|merg(?:e|er|ing)\s+with|merger|takeover|take\s+over\s+{_NAMED}|buyout|buy-out|tender\s+offer|hostile\s+bid|in\s+talks\s+(?:to|with)|"
        rf"bid\s+for|spin(?:ning)?[\s-]?off|ipo|going\s+public|direct\s+listing|stock\s+split){_E}"),
    "earnings": regex.compile(
        rf"(?i){_B}(?:earnings|revenue|revenues|{_GUIDANCE}|eps|quarterly\s+results|q[1-4]\s+(?:results|numbers|"
        rf"earnings|revenue|sales|deliveries)|record\s+(?:quarter|profits?|revenue|sales|deliveries)|"
        rf"beat\s+(?:estimates|expectations|the\s+street|consensus)|miss(?:ed)?\s+estimates|"
        rf"profit\s+warning|(?:sales|deliveries|profits?|margins?)\s+(?:will|are\s+going\s+to|to)\s+"
        rf"(?:be|beat|double|triple|rise|jump|grow|fall|drop|exceed|top|hit)|"
        rf"(?:will|to|going\s+to|on\s+track\s+to)\s+(?:make|produce|build|deliver|ship|sell)\s+"
        rf"(?:around\s+|about\s+|over\s+|nearly\s+|roughly\s+|at\s+least\s+|more\s+than\s+)?\d[\d,.]*\s*"
        rf"(?:k|m|million|billion|units|cars|vehicles|phones|devices|chips)(?![\p{{L}}])|"
        rf"(?:monthly|daily|weekly|quarterly)\s+(?:viewing|active\s+users|users|subscribers|signups|sales|"
        rf"revenue)\s+(?:exceeded|passed|hit|topped|surpassed|crossed|reached|will)){_E}"),
    "results-hint": regex.compile(
        r"(?i)(?<![\p{L}])(?:(?:good|great|strong|record|bad|weak|terrible|tough|blowout)\s+(?:numbers|quarter|"
        r"results)|numbers\s+(?:look|are|were)\s+(?:good|great|strong|bad|weak)|happy\s+board|"
        r"board\s+meeting)(?![\p{L}])"),
    "rumour": regex.compile(
        r"(?i)(?<![\p{L}])(?:sources\s+say|people\s+familiar\s+with|under\s+investigation|accounting\s+"
        r"irregularities|(?:shares|stock|trading)\s+(?:could\s+be\s+|will\s+be\s+|to\s+be\s+)?halted|"
        r"(?:filing|file|filed)\s+for\s+bankruptcy|(?:going|went|is|are)\s+bankrupt|profit\s+warning|cancel\s+(?:the\s+)?(?:order|contract|"
        r"deal))(?![\p{L}])"),
    "pricing": regex.compile(
        r"(?i)(?<![\p{L}])announc\w*\s+(?:that\s+)?(?:our\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are|"
        r"will\s+be)\s+(?:now\s+)?free(?![\p{L}])"),
    "corporate-event": regex.compile(
        r"(?i)(?<![\p{L}])(?:(?:ceo|cfo|coo|chairman|chairwoman|founder)\s+(?:is\s+|will\s+be\s+|has\s+been\s+)?"
        r"(?:stepping\s+down|steps\s+down|resign\w*|leaving|departing|fired|ousted|out)|lay(?:ing)?[\s-]?offs?|"
        r"laying\s+off|cutting\s+\d+\s*%?\s*(?:of\s+)?(?:jobs|staff|workforce)|"
        # a recall, not a consumer safety notice ("recalling all bags, best before 5-9 June, as a precaution")
        r"recall(?:ing)?\s+(?:all|every|our)(?![^.!?]{0,80}(?:best\s+before|use\s+by|batch|lot\s+number|"
        r"as\s+a\s+precaution|do\s+not\s+(?:eat|use|drink)))|"
        r"fda\s+(?:approval|approved|rejected|clearance)|trial\s+(?:results|failed|succeeded|met)|data\s+breach|"
        r"(?:will|to|going\s+to)\s+(?:be|turn|become)\s+profitable)(?![\p{L}])"),
    "stock": regex.compile(
        rf"(?i){_B}(?:(?:stock|share)\s+price|price\s+target|(?:stock|shares)\s+(?:is|are|will|to|going)\s+"
        rf"(?:too\s+high|too\s+low|overvalued|undervalued|going\s+to|go|hit|reach|double|triple|moon|crash|"
        rf"tank|soar|rise|fall)|(?:buy|sell|short|dump|load\s+up\s+on)\s+(?:the\s+|our\s+|my\s+|their\s+|its\s+|"
        rf"some\s+)?(?:stock|shares)|"
        rf"to\s+the\s+moon|short\s+sellers?|\$[a-z]{{1,5}}\s+(?:to|will\s+hit|->|→)\s+\$?\d|"
        rf"shorts\s+(?:are|will)\s+(?:burned|toast|rekt)|"
        rf"(?:bitcoin|btc|ethereum|eth|dogecoin|doge|solana|crypto)\s+(?:to|will\s+hit|will\s+reach|->|→)\s+\$?\d[\d,.]*(?:k|m|b|bn)?)"
        rf"{_E}"),
    # a deal with an unnamed big partner teased before it is announced: "partner with a tens of billions USD
    # valuation industry giant. Guess the name", "a deal with a Fortune 500 company, reveal on Monday"; not a
    # named partner ("industry leaders like @Google"), praise ("can't say enough about this team") or a how-to
    "deal-tease": regex.compile(
        rf"(?i){_B}(?<!how\s+to\s+)(?:partner(?:ship|ing|s)?|deal|collaborat\w*|team(?:ing)?\s+up|sign(?:ed|ing)?)\s+"
        rf"with\s+(?!(?:\S+\s+){{0,3}}?@)(?:\S+\s+){{0,7}}?{_BIG_PARTNER}(?=[^|]{{0,120}}?{_B}{_TEASE})"
        rf"|{_B}guess\s+who\s+(?:we'?re|we\s+are)\s+(?:partnering|teaming\s+up|signing|working)\s+with[^|]{{0,80}}?"
        rf"{_BIG_PARTNER}"),
    # a crypto token or NFT touted: "participating in the new @XCoin token sale", "each day I will talk about
    # a unique altcoin", "coin of the day" (regulators warned promoters in 2017: disclose what they are paid)
    "token-promo": regex.compile(
        rf"(?i){_B}(?:(?:participat\w*\s+in|invest(?:ing)?\s+in|get(?:ting)?\s+in\s+(?:on|early\s+on)|"
        rf"whitelist(?:ed)?\s+for)\s+(?:the\s+|this\s+|my\s+|our\s+|a\s+)?(?:new\s+)?"
        rf"(?:@?[\w.-]+\s+){{0,2}}(?:tokens?|nfts?|crypto\w*)(?:\s+(?:sale|pre-?sale|drop|launch))?|"
        rf"mint(?:ing)?\s+(?:my\s+|our\s+|the\s+|your\s+|a\s+)?(?:new\s+)?nfts?|(?:token|nft)\s+(?:sale|pre-?sale|"
        rf"drop)|initial\s+coin\s+offering|ico\s+(?:sale|pre-?sale|launch|starts|is\s+live)|altcoin\s+of\s+the\s+"
        rf"(?:day|week)|(?:each|every)\s+(?:day|week)\s+(?:\w+\s+){{0,4}}altcoins?){_E}"),
}
#: At least one of these words (or a "$") must be present before the claim patterns run.
TRIGGERS = frozenset({
    "partner", "partners", "partnership", "partnering", "deal", "collaborate", "collaborating",
    "collaboration", "team", "teaming", "sign", "signed", "signing",
    "acquired", "bought", "ipo", "private", "delist", "delisting", "funding", "financing", "acquire",
    "acquires", "acquiring",
    "acquisition", "buy", "merge", "merger", "merging", "takeover", "take", "buyout", "tender", "hostile",
    "talks", "bid", "spin", "spinning", "spinoff", "public", "listing", "split", "earnings", "revenue",
    "revenues", "guidance", "eps", "quarterly", "q1", "q2", "q3", "q4", "record", "beat", "miss", "missed",
    "profit", "profits", "sales", "deliveries", "margin", "margins", "stock", "share", "shares", "price",
    "moon", "short", "shorts", "make", "produce", "build", "deliver", "ship", "sell", "monthly",
    "daily", "weekly", "numbers", "quarter", "results", "board", "sources", "familiar", "investigation",
    "irregularities", "halted", "bankruptcy", "warning", "cancel", "announce", "announcing",
    "ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "layoffs", "layoff", "laying",
    "cutting", "recall", "recalling", "fda", "trial", "breach", "profitable", "bankrupt",
    "should", "could", "would", "might", "bitcoin", "btc", "ethereum", "eth", "dogecoin", "doge", "solana",
    "crypto", "token", "tokens", "coin", "coins", "altcoin", "altcoins", "ico", "nft", "nfts",
})
#: Words that only make a claim together with an amount, a cashtag or a forward-looking verb.
_SHARE_WORDS = r"shares?|stocks?|investors?|shareholders?|nasdaq|nyse|ticker"
_MARKET_WORDS = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_SHARE_WORDS}|inc|corp|plc|ltd)(?![\p{{L}}])")
_WEAK = regex.compile(r"earnings|revenues?|eps|merger|ipo|acquisition\s+of|record\s+\w+|bid\s+for|"
                      r"takeover|(?:will|to|going\s+to)\s+(?:be|turn|become)\s+profitable|"
                      r"board\s+meeting|(?:record|strong|great|good|bad|weak|tough)\s+(?:quarter|results)|"
                      r"in\s+talks\s+(?:to|with)|stock\s+split|spin[\s-]?off|spinning\s+off|going\s+public")
#: Kinds that no press release makes safe: rumours, price calls, take-private talk.
_NEVER_PUBLISHED = frozenset({"rumour", "take-private", "funding", "stock", "trade-call", "token-promo",
                              "deal-tease"})
#: Something traded named in the post: a cashtag, a hashtag, shares, a token.
_TRADED = regex.compile(rf"(?i)[$#]\w|(?<![\p{{L}}])(?:{_SHARE_WORDS}|tokens?|coins?|crypto\w*)(?![\p{{L}}])")
_TAG_DEAL = regex.compile(r"IPO|(?i:^ipo|merger|acquisition|takeover|buyout|takeprivate|goingpublic)")
_CASHTAG = regex.compile(r"(?<![\w$])\$([A-Z]{1,5})(?![\w])")
_TRADE_CASHTAG = regex.compile(
    r"(?i)(?<![\p{L}])(?:buy|sell|short|long|load\s+up\s+on|dump|hold)\s+\$[A-Z]{1,5}\b")
_MONEY = regex.compile(
    r"(?i)(?:[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|b|mn|million|billion|trillion))?(?![\w])|"
    r"\d[\d,]*(?:\.\d+)?\s?(?:million|billion|trillion|bn)\b|\d+(?:\.\d+)?\s?(?:%|percent)|"
    r"\d+(?:\.\d+)?\s?(?:per|a)\s+share)"
)
_FORWARD = regex.compile(
    r"(?i)(?<![\p{L}])(?:will|'ll|going\s+to|gonna|about\s+to|plan(?:s|ning)?\s+to|consider(?:ing)?|"
    r"explor(?:e|ing)|intend|expect(?:ing)?|on\s+track|set\s+to|in\s+talks|secured|confirm(?:ed|s)?|"
    r"next\s+(?:week|month|quarter)|soon|tomorrow|before\s+(?:the\s+)?(?:call|release|report))(?![\p{L}])"
)
_FIRST_PERSON = regex.compile(
    r"(?i)(?<![\p{L}])(?:i|i'm|im|i've|am|we|we're|we've|we'll|our|us|my)(?![\p{L}])")
_PAST_NEWS = regex.compile(r"(?i)(?<![\p{L}])(?:completed|closed|announced|reported|according\s+to|"
                           r"filed|sec\s+filing|press\s+release|read\s+the\s+release|results\s+are\s+out|"
                           r"webcast|investor\s+(?:site|relations|page))(?![\p{L}])")
FIX = ("Route it through legal/IR; material news goes out by press release first, then the post can "
       "link to it.")


class MarketMovingCheck:
    code = "SO501"
    name = "market-moving"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Flags claims that can move a share price when a company or its people post them before the market
has them: taking a company private, funding secured, acquisitions, mergers and takeovers, earnings,
revenue or guidance before release, stock price predictions and trade calls ("buy $TSLA"), a deal with an
unnamed giant teased ("partner with a Fortune 500 company, guess who"), and a crypto token or NFT touted
("participating in the new @XCoin token sale", "coin of the day"). A
first-person, forward-looking claim with a price or amount ("Am considering taking Tesla private at
$420. Funding secured.") is held: that tweet cost Elon Musk and Tesla $20 million each in SEC fines.
Anything else of the kind gets a review. Fix: route it through legal/IR; material news goes out by
press release first.
Fires on "We are about to be acquired by Google. Big news coming Monday!"; does not fire on "I need to
acquire new skills this year".
A product recall told as a consumer notice ("recalling all jars, best before 3 July, as a precaution") is
not a market claim.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        text = draft.text
        if words(text).set.isdisjoint(TRIGGERS) and "$" not in text and "#" not in text:
            return
        found: list[tuple[str, str, Span]] = []
        for kind, pattern in CLAIMS.items():
            for m in pattern.finditer(text):
                found.append((kind, m.group(), Span(m.start(), m.end())))
        for tag in hashtags(text):  # "#IPOisComing", "#MergerMonday": the claim inside a run-together tag
            if _TAG_DEAL.search(tag.body):
                found.append(("deal", f"#{tag.body}", tag.span))
        for m in _TRADE_CASHTAG.finditer(text):
            found.append(("trade-call", m.group(), Span(m.start(), m.end())))
        if draft.account_kind == "person" and not _TRADED.search(text):
            # a person's teased deal moves a market only beside a ticker, a token or talk of shares (a band
            # "signed with a big name label, can't say who" is no market news)
            found = [f for f in found if f[0] != "deal-tease"]
        if not found:
            return
        kinds = {k for k, _, _ in found}
        money = [m.group() for m in _MONEY.finditer(text)]
        cashtags = [m.group() for m in _CASHTAG.finditer(text)]
        forward = bool(_FORWARD.search(text))
        first_person = bool(_FIRST_PERSON.search(text))
        past_news = bool(_PAST_NEWS.search(text))
        market_words = bool(cashtags) or bool(_MARKET_WORDS.search(text))
        strong = any(not (_WEAK.fullmatch(matched.lower()) or (kind == "rumour" and not market_words))
                     for kind, matched, _ in found)
        if not strong and not (money or cashtags or forward):
            return  # "revenue" or "merger" in passing, with nothing concrete: not a market claim
        material = kinds & {"take-private", "funding", "deal", "earnings"}
        hold = bool(material) and bool(money) and forward and first_person and not past_news
        if "take-private" in kinds and "funding" in kinds:
            hold = True
        severity = Severity.HOLD if hold else Severity.REVIEW
        if not hold and past_news and not kinds & _NEVER_PUBLISHED:
            severity = Severity.INFO  # it points at the published release: worth a glance, not a stop
        found.sort(key=lambda f: f[2].start)
        span = Span(found[0][2].start, max(f[2].end for f in found))
        what = ", ".join(sorted(kinds))
        message = (f"This reads as a market-moving claim ({what}) before it is public"
                   + (" with a price attached." if hold else "; investors may trade on it."))
        if severity == Severity.INFO:
            message = (f"This discusses company results or deals ({what}); check it matches the published "
                       "release.")
        yield Finding(
            code=self.code,
            check=self.name,
            severity=severity,
            message=message,
            span=span,
            fix=FIX,
            evidence={"claims": ", ".join(sorted(kinds)),
                      "matched": " | ".join(text[s.start:s.end] for _, _, s in found),
                      "amounts": ", ".join(money), "cashtags": ", ".join(cashtags),
                      "forward_looking": forward,
                      "first_person": first_person},
        )
