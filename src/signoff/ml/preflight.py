"""Model scores for preflight, computed for a whole batch of drafts at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

Scores = Mapping[str, Mapping[str, float]]
Scorer = Callable[[Sequence[str]], list[Scores]]

#: Tasks preflight reads: insult (SO101) uses offensive and hate, sarcasm-risk (SO103) irony.
PREFLIGHT_TASKS: tuple[str, ...] = ("offensive", "hate", "irony")


def preflight_scorer(tier: str = "fast") -> Scorer:
    """A function from texts to {task: {label: calibrated probability}} for offensive, hate and irony.

    The fast tier by default: preflight batches must stay above 2,000 drafts/s."""
    from signoff.ml.registry import load_model

    models = {task: load_model(task, tier) for task in PREFLIGHT_TASKS}
    decide = _stacked_decision(list(models.values()))

    def score(texts: Sequence[str]) -> list[Scores]:
        if not texts:
            return []
        texts = [REPLY_CHAIN_RE.sub("@user ", t) for t in texts]
        out: list[dict[str, dict[str, float]]] = [{} for _ in texts]
        for (task, model), raw in zip(models.items(), decide(texts), strict=True):
            probs = model.calibration.probabilities(raw) if raw is not None else model.predict_proba(texts)
            for rec, row in zip(out, probs.tolist(), strict=True):
                rec[task] = dict(zip(model.labels, row, strict=True))
        return out

    return score


#: A reply's leading run of @mentions is the reply chain, not what the author wrote; a long run (28
#: "@user" tokens) otherwise swamps the words that follow. The models see it as one mention.
REPLY_CHAIN_RE = re.compile(r"^(?:\s*@\w+)+\s*")


def _stacked_decision(models: list[Any]) -> Callable[[Sequence[str]], list[Any]]:
    """Linear models over the same hashed features are scored as one model with their weight columns side
    by side, so each token is looked up once per group; returns each model's raw scores (None for a
    model that is not linear, which then scores itself)."""
    from signoff.ml.linear import LinearTextModel

    groups: dict[str, list[Any]] = {}
    for m in models:
        if isinstance(m, LinearTextModel):
            groups.setdefault(repr(sorted(m.featurizer.to_config().items())), []).append(m)
    stacks = []
    for members in groups.values():
        first = members[0]
        stacked = LinearTextModel(
            task="+".join(m.task for m in members),
            labels=[],
            featurizer=first.featurizer,
            coef=np.hstack([m.coef for m in members]) if len(members) > 1 else first.coef,
            intercept=np.concatenate([np.asarray(m.intercept, dtype=np.float64).ravel() for m in members]),
            calibration=first.calibration,
        )
        stacks.append((stacked, members))

    def decide(texts: Sequence[str]) -> list[Any]:
        parts: dict[int, Any] = {}
        for stacked, members in stacks:
            raw, col = stacked.decision(texts), 0
            for m in members:
                width = m.coef.shape[1]
                parts[id(m)] = raw[:, col : col + width]
                col += width
        return [parts.get(id(m)) for m in models]

    return decide


#: Least calibrated probability of a task's positive label that a preflight check counts as a signal.
#: Chosen on TweetEval val by `python -m signoff.ml.train.preflight_thresholds` (fast tier) so that each
#: model's finding alone flags at most 2% (offensive), 1% (hate) and 5% (irony: INFO for people, REVIEW
#: for brands) of val tweets labelled not-offensive; measured on val: 1.97%, 0.81%, 4.51%. The whole
#: preflight's rate on test is measured by benchmarks/false_alarms.py.
PREFLIGHT_THRESHOLDS: dict[str, float] = {"offensive": 0.79, "hate": 0.83, "irony": 0.64}
