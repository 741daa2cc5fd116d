"""SO401: the post is too long for the platform, counted the way the platform counts."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity, Span

URL_RE = regex.compile(r"https?://\S+", regex.IGNORECASE)
#: Every URL has a dot followed by a word character (its TLD), so these bound the number of URLs.
DOT_WORD_RE = regex.compile(r"\.\w")
#: Mastodon counts every URL as 23 characters whatever its length.
MASTODON_URL_WEIGHT = 23
LIMITS = {"x": 280, "mastodon": 500, "bluesky": 300}
#: X's limit for accounts with long posts (X Premium and verified organisations, since 2023): what no
#: account may go over.
X_LONG_LIMIT = 25_000
UNITS = {"x": "weighted characters", "mastodon": "characters", "bluesky": "graphemes"}


#: A reply's leading @mentions are added by the platform and count toward no limit on X.
LEADING_MENTIONS_RE = regex.compile(r"^(?:\s*@\w{1,15}\b)+\s*")
#: Every URL has a dot followed by a word character (its TLD), so these bound the number of URLs.
DOT_WORD_RE = regex.compile(r"\.\w")
#: One extended grapheme cluster (what a reader sees as one character).
GRAPHEME_RE = regex.compile(r"\X")
#: Mastodon counts a remote mention "@user@domain" as "@user".
MASTODON_REMOTE_MENTION_RE = regex.compile(r"(@\w+)@[\w.-]+\w")


def x_length(text: str) -> int:
    """X's weighted length (twitter-text v3: URLs 23, CJK and emoji weigh 2; reply mentions free)."""
    from twitter_text import parse_tweet  # compiles large regexes on import (half a second): only when needed

    return parse_tweet(LEADING_MENTIONS_RE.sub("", text)).weightedLength


def x_length_bound(text: str) -> int:
    """A cheap upper bound of x_length: characters below U+1100 weigh 1, others at most 2, a URL 23."""
    heavy = 0 if text.isascii() else sum(1 for ch in text if ord(ch) > 0x10FF)
    return len(text) + heavy + 23 * len(DOT_WORD_RE.findall(text))


def graphemes(text: str) -> int:
    """User-perceived characters (extended grapheme clusters): a family emoji or a flag is one."""
    if text.isascii() and "\r" not in text:  # every ASCII character but CR LF is its own grapheme
        return len(text)
    return len(GRAPHEME_RE.findall(text))


def mastodon_length(text: str) -> int:
    """Mastodon's count (StatusLengthValidator): "@user@domain" counts as "@user", a URL as 23
    characters, and what is left in grapheme clusters, so 150 family emoji are 150, not 1,050."""
    text = MASTODON_REMOTE_MENTION_RE.sub(r"\1", text)
    return graphemes(URL_RE.sub("x" * MASTODON_URL_WEIGHT, text))


def bluesky_length(text: str) -> int:
    return graphemes(text)


COUNTERS = {"x": x_length, "mastodon": mastodon_length, "bluesky": bluesky_length}


def post_length(text: str, platform: str) -> int:
    """Length of `text` as `platform` counts it."""
    return COUNTERS[platform](text)


class PlatformLengthCheck:
    code = "SO401"
    name = "platform-length"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Each platform counts length its own way and rejects posts over its limit: X allows 280 weighted
characters (a URL always counts 23, CJK characters and emoji count 2; a reply's leading @mentions
count nothing), Mastodon 500 characters counted as graphemes (URLs count 23, "@user@server" counts
as "@user", a family emoji counts 1), Bluesky 300 graphemes (an emoji with skin tone or a flag is one
grapheme). A staff post's disclosure signature is part of the post and is counted too. On X an account
with long posts (X Premium, a verified organisation) may post up to 25,000 characters: a post over 280 gets a
review when the account is known to have none (`--no-long-posts`; a workflow account unless `accounts edit
--long-posts` says so), nothing when it is known to have them (`--long-posts`), and an info note when that
is not known; over 25,000 is a review for
every account. Fix: shorten the post or split it into a thread.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        platform = draft.platform
        text = draft.full_text
        limit = LIMITS[platform]
        if platform == "x" and x_length_bound(LEADING_MENTIONS_RE.sub("", text)) <= limit:
            return  # parse_tweet costs about a millisecond: skip it for posts that cannot be too long
        length = post_length(text, platform)
        if length <= limit:
            return
        signature = " The disclosure signature counts too." if draft.signature else ""
        evidence = {"length": length, "limit": limit, "platform": platform, "unit": UNITS[platform]}
        if platform == "x" and length <= X_LONG_LIMIT and draft.long_posts is not False:
            if draft.long_posts:
                return  # the account publishes long posts
            yield Finding(
                code=self.code,
                check=self.name,
                severity=Severity.INFO,
                message=f"The post is {length} {UNITS[platform]}: over the {limit} every X account may "
                "post, so it publishes only from an account with long posts (X Premium or a verified "
                "organisation).",
                span=Span(0, len(draft.text)),
                fix=f"If this account has no long posts, cut about {length - limit} {UNITS[platform]} or "
                "split it into a thread; say which it is (--long-posts or --no-long-posts, \"long_posts\" "
                "in a batch) and signoff checks the limit." + signature,
                evidence={**evidence, "long_posts": None, "long_limit": X_LONG_LIMIT},
            )
            return
        if platform == "x" and length > X_LONG_LIMIT and draft.long_posts:
            limit = X_LONG_LIMIT
            evidence["limit"] = limit
        yield Finding(
            code=self.code,
            check=self.name,
            severity=self.severity,
            message=f"The post is {length} {UNITS[platform]} on {platform}; the limit is {limit}"
            + (" (this account has no long posts)." if platform == "x" and draft.long_posts is False
               and limit == LIMITS["x"] else "."),
            span=Span(0, len(draft.text)),
            fix=f"Cut about {length - limit} {UNITS[platform]}, or split it into a thread." + signature,
            evidence={**evidence, **({"long_posts": draft.long_posts} if platform == "x" else {})},
        )
