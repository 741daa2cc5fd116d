"""SO402: too many hashtags or mentions for the platform."""

from __future__ import annotations

from collections.abc import Iterator

from signoff.preflight.model import Context, Draft, Finding, Severity, Span
from signoff.preflight.text import Token, tokens

#: Most hashtags before a post reads as spam. X's help centre recommends no more than two; past three,
#: engagement drops and the post looks like keyword stuffing. Bluesky feeds treat tags the same way.
#: Mastodon uses hashtags for discovery (there is no full-text search), so a few more are normal.
HASHTAG_LIMITS = {"x": 3, "bluesky": 3, "mastodon": 5}
#: Past these counts a brand's post is hashtag stuffing, not just over the advice: it gets a review. Below
#: them an over-limit count is advice (info): on TweetEval's not-offensive tweets 13% of val and 18% of
#: test carry more than 3 hashtags, so a review at 3 would bury real problems in noise. On a person's own
#: account the hashtags are part of their voice, so any count is advice there.
HASHTAG_SPAM_LIMITS = {"x": 10, "bluesky": 10, "mastodon": 15}
#: Most mentions in the body of a post. Mass-mentioning is what X's spam rules call "aggressive
#: @mentions"; Mastodon notifies every account mentioned. A reply's leading mentions are the reply
#: chain the platform fills in, so they are not counted.
MENTION_LIMITS = {"x": 5, "bluesky": 5, "mastodon": 5}


def body_mentions(text: str) -> list[Token]:
    """Mentions outside the leading reply chain ("@a @b thanks @c" counts only @c)."""
    found = [t for t in tokens(text) if t.kind == "mention"]
    pos = 0
    lead = 0
    for t in found:
        if text[pos : t.span.start].strip(" \t\n,.:;") != "":
            break
        lead += 1
        pos = t.span.end
    return found[lead:]


class PlatformCountsCheck:
    code = "SO402"
    name = "platform-counts"
    severity = Severity.REVIEW
    requires = frozenset({"account"})
    explanation = """
Counts hashtags and mentions against limits that keep a post from reading as spam: at most 3 hashtags
on X (its help centre recommends no more than two) and Bluesky, 5 on Mastodon (where hashtags are how
posts are found). Over that is noted as advice; on a brand account over 10 (X, Bluesky) or 15
(Mastodon) is hashtag stuffing and gets a review (a person's hashtags are their own voice: advice
only). At most 5 mentions in the body of a post on any platform (mass-mentioning is treated as spam
and notifies everyone named). A reply's leading @mentions are the reply chain and are not counted.
Fix: keep the one or two hashtags people actually search and tag only who the post is for.
Fires on a brand post with twelve hashtags; does not fire on "New menu! #tacos #tuesday".
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        platform = draft.platform
        text = draft.text
        tags = [t for t in tokens(text) if t.kind == "hashtag"]
        limit = HASHTAG_LIMITS[platform]
        if len(tags) > limit:
            extra = tags[limit:]
            spam = len(tags) > HASHTAG_SPAM_LIMITS[platform] and draft.account_kind == "brand"
            yield Finding(
                code=self.code, check=self.name, severity=Severity.REVIEW if spam else Severity.INFO,
                message=f"{len(tags)} hashtags is too many for {platform} (limit {limit}); "
                        + ("it reads as spam." if spam else "past that, engagement drops."),
                span=Span(extra[0].span.start, extra[-1].span.end),
                fix=f"Keep the {min(limit, 2)} most searched hashtag(s) and cut the rest, or work the words "
                    "into the sentence.",
                evidence={"count": len(tags), "limit": limit, "spam_limit": HASHTAG_SPAM_LIMITS[platform],
                          "platform": platform,
                          "hashtags": " ".join(f"#{t.body}" for t in tags)},
            )
        mentions = body_mentions(text)
        mlimit = MENTION_LIMITS[platform]
        if len(mentions) > mlimit:
            extra = mentions[mlimit:]
            yield Finding(
                code=self.code, check=self.name, severity=self.severity,
                message=f"{len(mentions)} mentions is too many for one {platform} post (limit {mlimit}); "
                        "mass-tagging looks like spam.",
                span=Span(extra[0].span.start, extra[-1].span.end),
                fix="Tag only the people the post is for; thank the rest in a reply or a graphic.",
                evidence={"count": len(mentions), "limit": mlimit, "platform": platform,
                          "mentions": " ".join(f"@{t.body}" for t in mentions)},
            )
