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
