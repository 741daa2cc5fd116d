"""Model scores for preflight, computed for a whole batch of drafts at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

Scores = Mapping[str, Mapping[str, float]]
Scorer = Callable[[Sequence[str]], list[Scores]]

#: Tasks preflight reads: insult (SO101) uses offensive and hate, sarcasm-risk (SO103) irony.
PREFLIGHT_TASKS: tuple[str, ...] = ("offensive", "hate", "irony")


def preflight_scorer(tier: str = "fast") -> Scorer:
    """A function from texts to {task: {label: calibrated probability}} for offensive, hate and irony.

    The fast tier by default: preflight batches must stay above 2,000 drafts/s."""
    from signoff.ml.registry import load_model

    models = {task: load_model(task, tier) for task in PREFLIGHT_TASKS}
    _share_featurizers(models.values())

    def score(texts: Sequence[str]) -> list[Scores]:
        if not texts:
            return []
        out: list[dict[str, dict[str, float]]] = [{} for _ in texts]
        for task, model in models.items():
            probs = model.predict_proba(texts)
            for rec, row in zip(out, probs.tolist(), strict=True):
                rec[task] = dict(zip(model.labels, row, strict=True))
        return out

    return score


def _share_featurizers(models: object) -> None:
    """Models built with the same featurizer settings share one instance, so each new token is hashed once."""
    shared: dict[str, object] = {}
    for model in models:  # type: ignore[attr-defined]
        fz = getattr(model, "featurizer", None)
        if fz is None:
            continue
        key = repr(sorted(fz.to_config().items()))
        model.featurizer = shared.setdefault(key, fz)


#: Least calibrated probability of a task's positive label that a preflight check counts as a signal.
#: Chosen on TweetEval val by `python -m signoff.ml.train.preflight_thresholds` (fast tier) so that each
#: model's finding alone flags at most 2% (offensive), 1% (hate) and 5% (irony: INFO for people, REVIEW
#: for brands) of val tweets labelled not-offensive; measured on val: 1.97%, 0.81%, 4.51%. The whole
#: preflight's rate on test is measured by benchmarks/false_alarms.py.
PREFLIGHT_THRESHOLDS: dict[str, float] = {"offensive": 0.79, "hate": 0.83, "irony": 0.64}
