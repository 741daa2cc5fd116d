"""Model scores for preflight, computed for a whole batch of drafts at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

Scores = Mapping[str, Mapping[str, float]]
Scorer = Callable[[Sequence[str]], list[Scores]]


def preflight_scorer() -> Scorer:
    """A function from texts to per-task label probabilities.

    Interim: alt-profanity-check's shipped model gives the `offensive` score until the trained
    TweetEval models (signoff.ml) replace it.
    """
    from profanity_check import predict_prob

    def score(texts: Sequence[str]) -> list[Scores]:
        probs = predict_prob(list(texts))
        return [{"offensive": {"offensive": float(p), "not-offensive": 1.0 - float(p)}} for p in probs]

    return score


#: Least probability a task's positive label must reach for a preflight check to count it as a signal.
#: Interim values; retuned when the trained models replace the interim scorer.
PREFLIGHT_THRESHOLDS: dict[str, float] = {"offensive": 0.8, "hate": 0.8, "irony": 0.8}
