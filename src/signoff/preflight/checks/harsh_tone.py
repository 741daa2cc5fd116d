"""SO107: the offensive-language and hate models score the post high (a hint, never an insult by itself)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity

#: A brand's post gets a review from this score up, when it also has words to judge (not a row of emoji).
BRAND_REVIEW_SCORE = 0.9
MIN_WORDS = 4
_WORD = regex.compile(r"\p{L}{2,}")


def _threshold(task: str) -> float:
    from signoff.ml.preflight import PREFLIGHT_THRESHOLDS  # the models' thresholds live with the models

    return PREFLIGHT_THRESHOLDS.get(task, 0.8)


def _positive(scores: Mapping[str, Mapping[str, float]], task: str) -> float | None:
    labels = scores.get(task)
    if not labels:
        return None
    value = labels.get(task, labels.get(f"{task}ful"))
    return None if value is None else float(value)


class HarshToneCheck:
    code = "SO107"
    name = "harsh-tone"
    severity = Severity.INFO
    requires = frozenset({"models"})
    explanation = """
The offensive-language and hate models (TweetEval, fast tier) score every draft. A high score is a hint
that some readers will find the post harsh, not proof of an insult: the models also score swearing,
grumbling and flag emoji high. So this is information on its own, shown with the score; a brand's post
with real words gets a review from 90 %, because a brand's voice has less room. The checks that name a
kind of harm (SO101 insult, SO104 wishing harm, SO105 group blame) decide on words, not on these scores.
Fires (info) on "I hate Mondays"; does not fire on "Thanks for coming to the launch!". Fix: read it as
its harshest critic would and soften the part that attacks someone.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        best: tuple[float, str, float] | None = None
        for task in ("offensive", "hate"):
            score = _positive(ctx.scores, task)
            if score is None:
                continue
            threshold = _threshold(task)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, task, threshold)
        if best is None:
            return
        score, task, threshold = best
        wordy = len(_WORD.findall(draft.text)) >= MIN_WORDS
        review = ctx.account_kind == "brand" and wordy and score >= BRAND_REVIEW_SCORE
        what = "offensive" if task == "offensive" else "hateful"
        yield Finding(
            code=self.code, check=self.name, severity=Severity.REVIEW if review else Severity.INFO,
            message=f"The {task} model rates this post likely {what} ({score:.0%}); "
            + ("a brand's followers may read it that way." if review else "a hint only, not a finding."),
            span=None,
            fix="Read it as its harshest critic would; soften or cut the part that attacks someone.",
            evidence={"model": task, "score": round(score, 3), "threshold": threshold},
        )
