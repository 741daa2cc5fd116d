"""SO401's cheap bound must never be below the platform's count, or a too-long post would pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from signoff.preflight.checks.platform_length import LEADING_MENTIONS_RE, x_length, x_length_bound

PIECES = st.sampled_from(
    ["a", "é", "世", "😀", "👍🏽", "🇺🇸", " ", ".", "http://a.co", "https://example.com/x", "@bob ", "#tag"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=200))
def test_x_bound_is_never_below_weighted_length(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert x_length_bound(LEADING_MENTIONS_RE.sub("", text)) >= x_length(text)


def test_reply_mentions_do_not_count_on_x() -> None:
    assert x_length("@alice @bob hello") == x_length("hello")


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 7 code points, one grapheme


def test_mastodon_counts_graphemes_not_code_points() -> None:
    from signoff.preflight.checks.platform_length import mastodon_length

    assert len(FAMILY * 150) == 1050
    assert mastodon_length(FAMILY * 150) == 150
    assert mastodon_length("\U0001f1fa\U0001f1f8 \U0001f44d\U0001f3fd") == 3  # flag, space, thumbs up + tone


def test_mastodon_counts_urls_as_23_and_remote_mentions_as_local() -> None:
    from signoff.preflight.checks.platform_length import mastodon_length

    assert mastodon_length("see https://example.com/" + "a" * 100) == len("see ") + 23
    assert mastodon_length("hi @bob@mastodon.social") == len("hi @bob")


def test_150_family_emoji_pass_on_mastodon_and_500_graphemes_do_not() -> None:
    import signoff

    assert signoff.check(FAMILY * 150, platform="mastodon", at="2024-06-01T12:00:00Z").verdict == "pass"
    verdict = signoff.check(FAMILY * 501, platform="mastodon", at="2024-06-01T12:00:00Z")
    so401 = next(f for f in verdict.findings if f.code == "SO401")
    assert so401.evidence["length"] == 501
