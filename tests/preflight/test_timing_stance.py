"""stance.analyze: which words make a draft take a side, promote, joke or sympathise, with spans."""

from __future__ import annotations

import pytest
import regex

from signoff.preflight.stance import analyze
from signoff.preflight.stance_words import PATTERNS


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How do you fire Jo Pa?", "rhetorical_question"),
        ("how could they do this??", "rhetorical_question"),
        ("What were they thinking", "rhetorical_question"),
        ("in poor taste", "judgement"),
        ("#noclass", "judgement"),
        ("Shame on the board", "judgement"),
        ("It's their fault", "blame"),
        ("The coach should be fired", "blame"),
        ("what an idiot", "insult"),
        ("lol", "joke"),
        ("hahaha", "joke"),
        ("so funny 😂", "joke"),
        ("yeah right #not", "sarcasm"),
        ("Polls are bad, and now a 'terror attack'. How convenient.", "sarcasm"),
        ("Karmic fire burns the oil city", "judgement"),
        ("Blood is on your hands, Mr. President", "blame"),
    ],
)
def test_strong_stance_signals(text: str, kind: str) -> None:
    stance = analyze(text)
    assert kind in stance.kinds()
    assert stance.takes_stance


def test_swearing_alone_only_leans() -> None:
    stance = analyze("wtf is happening downtown")
    assert "profanity" in stance.kinds()
    assert stance.leans and not stance.takes_stance


def test_signal_spans_point_at_the_words() -> None:
    text = "As a fan I find it in poor taste"
    (sig,) = analyze(text).of("judgement")
    assert text[sig.span.start : sig.span.end] == "in poor taste"


@pytest.mark.parametrize(
    "text",
    [
        "20% off everything today",
        "Use code SAVE10 at checkout",
        "Shop now, link in bio",
        "Try our new flavor",
        "Our new spring collection is now available online",
        "may we suggest: cranberry scones",
    ],
)
def test_promotion(text: str) -> None:
    assert analyze(text).promotes


def test_a_sum_in_the_news_is_not_a_price() -> None:
    assert not analyze("He signed a four-year, $154 million contract with the Lakers").promotes
    assert analyze("Boots from $20 this weekend").promotes


def test_facts_and_sympathy_take_no_stance() -> None:
    for text in (
        "Penn State's trustees fired Joe Paterno tonight, the university said.",
        "Our thoughts are with everyone in Boston.",
        "How can we help? Donate at redcross.org",
    ):
        stance = analyze(text)
        assert not stance.takes_stance, (text, stance.summary())


def test_supportive_and_apology_are_recognised() -> None:
    assert analyze("Rest in peace, Carrie Fisher").supportive
    assert analyze("We're truly sorry for our tweet").apologises
    assert analyze("Sorry, didn't mean to be insensitive with that last tweet.").apologises
    assert analyze("I did not mean to offend anyone.").apologises
    assert analyze("Mensagem postada indevidamente no nosso perfil. Lamentamos o ocorrido.").apologises


def test_a_cover_up_alleged_is_blame_but_cover_up_told_is_not() -> None:
    assert "blame" in analyze("This is a massive cover up by the police").kinds()
    assert "blame" in analyze("They covered it up for years").kinds()
    assert "blame" not in analyze("Get inside and cover up! Do not wait").kinds()


def test_cheerful_tone_needs_the_tone_score_or_cheer_words() -> None:
    assert analyze("Woohoo, weekend plans! 🎉").cheerful
    assert not analyze("What a wonderful, lovely, great day").cheerful  # tone not asked for
    assert analyze("What a wonderful, lovely, great day", tone=True).cheerful
    assert not analyze("Our hearts are with you, stay strong and safe", tone=True).cheerful


def test_playful_words_are_not_big_deals() -> None:
    assert not analyze("It's not a big deal").promotes


@pytest.mark.parametrize(
    "text",
    [
        "Hate and bigotry have no place in this country.",
        "This attack at the rally is a horrible, despicable assault on good people.",
        "No words can describe how I feel about what happened tonight.",
        "Sending every good thought I have to Parkland right now.",
        "Tragedies like this happen everywhere. This is horrific.",
        "Good-bye, David Bowie.",
        "It was the least we can do - we hope you got back home safely.",
        "Feel devastated that anyone can target children in this way.",
        "If anyone needs help and a roof, please let me know. We can look after you.",
        "TORNADO EMERGENCY. Get as far inside a sturdy building as you can. Cover up! Do not wait!",
        "Your jokes about the hurricane aren't cute or funny. People have lost everything.",
        "Our focus now is to support the emergency responders and the next-of-kin.",
        "Ranzige poging politiek gewin te halen over de rug van slachtoffers.",
        "Conmocionada con el terrible accidente de tren. Todo el ánimo y la fuerza a los familiares.",
        "Non ho parole, solo paura.",
        "Great memories I'd never trade. So sad seeing tonight's tragedy.",
        "The club is devastated to learn of the death of our former captain.",
        "The thoughts of everyone here are with his family.",
        "Thoughts with all the crew, thanks for your messages of support.",
        "Men and women of law enforcement run into harm's way. May God protect them.",
    ],
)
def test_shock_condemnation_and_farewell_are_sympathy(text: str) -> None:
    stance = analyze(text)
    assert stance.supportive and not stance.takes_stance, stance.summary()


@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_no_stance_pattern_matches_nothing(kind: str) -> None:
    # an empty alternative ("...|" joined to "|...") makes every text supportive or a judgement
    assert regex.compile(PATTERNS[kind], regex.IGNORECASE).fullmatch("") is None
    assert not [s for s in analyze("Wondering what will win out today.").signals if not s.text]
