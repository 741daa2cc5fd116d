"""SO103: the irony model reads the post as sarcastic; strangers and screenshots often read it literally."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import regex

from signoff.preflight.model import Context, Draft, Finding, Severity

TASK = "irony"
POSITIVE = "irony"
#: A brand's post gets a review from this irony score up (chosen on TweetEval irony val: 1.4% of
#: non-ironic tweets reach it, against 8.8% at the info threshold); below it the finding is info.
BRAND_REVIEW_SCORE = 0.8
#: Words that make irony visible to a reader; without one the model's score alone is only information
#: (it rates plain gratitude such as "Great night at the launch, thank you for coming." at 87 %).
IRONY_CUES = regex.compile(
    r"(?i)(?<![\p{L}])(?:yeah\s+right|#sarcasm|#not|oh\s+(?:great|wonderful|perfect|good|joy|sure)|"
    r"thanks\s+a\s+lot|thanks\s+for\s+nothing|slow\s+clap|/s|sure,?\s+because|nice\s+going|way\s+to\s+go,|"
    r"just\s+what\s+(?:i|we)\s+needed|love\s+(?:it\s+)?(?:how|when)|totally|obviously|clearly|what\s+a\s+"
    r"surprise|shocking|who\s+knew|because\s+that\s+worked|another\s+(?:flawless|great|perfect|"
    r"brilliant)|(?:great|nice|good|brilliant)\s+job,?\s+(?:guys|team|everyone)|so\s+glad|"
    r"can'?t\s+wait)(?![\p{L}])|🙄|😒|🙃|[\"“][\p{L}]+[\"”]"
)


def _threshold() -> float:
    from signoff.ml.preflight import PREFLIGHT_THRESHOLDS  # the models' thresholds live with the models

    return PREFLIGHT_THRESHOLDS.get(TASK, 0.8)


def irony_score(scores: Mapping[str, Mapping[str, float]]) -> float | None:
    labels = scores.get(TASK)
    if not labels or POSITIVE not in labels:
        return None
    return float(labels[POSITIVE])


class SarcasmRiskCheck:
    code = "SO103"
    name = "sarcasm-risk"
    severity = Severity.INFO
    requires = frozenset({"models"})
    explanation = """
Sarcasm and irony are the most misread tone online: a reader who does not know the author, a
screenshot without the thread, or a translation tool takes the words literally ("Great job, team.
Another flawless launch."). The irony model (trained on SemEval-2018 ironic tweets) scores every
draft; at or above the preflight threshold the finding shows the score. It is information for a
person's account, and a review for a brand's when the score is high and the words carry a visible
irony cue ("oh great", "thanks a lot", "just what we needed", scare quotes, 🙄): a literal reading then
becomes a customer-service problem. A score alone never sends a cheerful post to review. Fires (review,
brand) on "Oh great, another delay. Thanks a lot."; does not fire a review on "Great night at the
launch, thank you for coming." (info at most). Fix: say what you mean plainly, or make the joke unmistakable.
"""

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        score = irony_score(ctx.scores)
        if score is None:
            return
        threshold = _threshold()
        if score < threshold:
            return
        brand = ctx.account_kind == "brand"
        cue = IRONY_CUES.search(draft.text)
        yield Finding(
            code=self.code,
            check=self.name,
            severity=Severity.REVIEW if brand and score >= BRAND_REVIEW_SCORE and cue else Severity.INFO,
            message=f"The irony model reads this post as sarcastic ({score:.0%}); "
            + ("customers may take it literally." if brand else "strangers may take it literally."),
            span=None,
            fix="Say what you mean plainly, or make the joke unmistakable to someone outside the thread.",
            evidence={"model": TASK, "score": round(score, 3), "threshold": threshold,
                      "cue": cue.group() if cue else ""},
        )
