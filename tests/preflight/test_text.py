"""Shared text helpers: normalisation undoes masking and every match maps back to the original text."""

from __future__ import annotations

from signoff.preflight.text import (
    deleet,
    hashtags,
    mentions,
    normalise,
    segment,
    shows_word_breaks,
    spaced_words,
    tokens,
    words,
)


def test_cyrillic_lookalikes_fold_to_latin() -> None:
    assert normalise("\u0430ssh\u043ele").text == "asshole"


def test_zero_width_characters_are_dropped_and_span_covers_them() -> None:
    text = "oh fu\u200bck it"
    norm = normalise(text)
    start = norm.text.index("fuck")
    span = norm.span(start, start + 4)
    assert text[span.start : span.end] == "fu\u200bck"


def test_fullwidth_and_accented_letters_fold_to_ascii() -> None:
    assert normalise("\uff46\uff55\uff43\uff4b caf\u00e9").text == "fuck cafe"


def test_mojibake_is_repaired_and_spans_stay_in_the_original() -> None:
    text = "It\u00e2\u20ac\u2122s a sh\u00c3\u00a9ll"
    norm = normalise(text)
    assert "it\u2019s" in norm.text or "it's" in norm.text
    start = norm.text.index("a ")
    span = norm.span(start, start + 1)
    assert text[span.start : span.end] == "a"


def test_deleet_rewrites_digits_inside_words_only() -> None:
    view = deleet("sh1t in 2024 and $TSLA at @user")
    assert view.text.startswith("shit in 2024")
    assert "$tsla" in view.text and "@user" in view.text


def test_deleet_reads_a_closing_exclamation_mark_as_punctuation() -> None:
    assert deleet("I hope he dies!").text == "i hope he dies!"
    assert deleet("Buy now!!!").text == "buy now!!!"
    assert deleet("b!tch!").text == "bitch!"  # inside a word it is still a letter


def test_spaced_out_letters_are_joined_with_original_span() -> None:
    text = "well f u c k this"
    ((joined, span),) = spaced_words(text)
    assert joined == "fuck"
    assert text[span.start : span.end] == "f u c k"


def test_tokens_find_hashtags_mentions_cashtags_and_skip_url_fragments() -> None:
    text = "Hi @ana! #Launch today $ACME https://x.com/#frag"
    kinds = [(t.kind, t.body) for t in tokens(text)]
    assert ("mention", "ana") in kinds and ("hashtag", "Launch") in kinds and ("cashtag", "ACME") in kinds
    assert ("hashtag", "frag") not in kinds
    assert [t.body for t in hashtags(text)] == ["Launch"]
    assert [t.body for t in mentions(text)] == ["ana"]


def test_words_are_lowercase_and_folded() -> None:
    assert {"hello", "world"} <= words("HELLO W\u00d6RLD").set


def test_camel_case_shows_word_breaks_but_all_lower_or_upper_does_not() -> None:
    assert shows_word_breaks("SusanAlbumParty")
    assert not shows_word_breaks("susanalbumparty")
    assert not shows_word_breaks("SUSANALBUMPARTY")


def test_segment_splits_a_run_together_hashtag() -> None:
    assert segment("noclass") == ("no", "class")


def test_the_word_ranks_file_holds_wordsegments_commonest_words() -> None:
    """word_ranks reads a built file (scripts/build_word_ranks.py), not the tables: they must agree."""
    from signoff.preflight.text import RANKED_WORDS, ranked_words, word_ranks

    expected = ranked_words()
    assert len(expected) == RANKED_WORDS
    assert word_ranks() == {w: i for i, w in enumerate(expected)}, "rerun scripts/build_word_ranks.py"


def test_rank_thresholds_stay_within_the_ranked_words() -> None:
    from signoff.preflight.checks import ambiguous_hashtag, keyboard_mash
    from signoff.preflight.text import RANKED_WORDS

    thresholds = (keyboard_mash.KNOWN_RANK, ambiguous_hashtag.COMMON_RANK, ambiguous_hashtag.WORD_RANK)
    assert max(thresholds) <= RANKED_WORDS
