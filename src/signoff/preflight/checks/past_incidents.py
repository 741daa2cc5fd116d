"""SO701: the draft reads like posts that were publicly regretted; the closest incidents are the evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import regex

from signoff.preflight.model import Context, Draft, Finding, Severity

Embed = Callable[[Sequence[str]], np.ndarray]

#: The encoder costs milliseconds a draft, so it runs only on drafts that touch a topic regret is made of
#: (death, violence, disaster, remembrance, crime, groups of people, sex and bodies, scoops and deals). The
#: vocabulary is general, written from the taxonomy in tests/data/regret/GUIDE.md, not from any incident's
#: words.
TOPICS = regex.compile(
    r"\b(?:"
    r"dead|die[sd]?|dying|death|deaths|kill\w*|murder\w*|shoot\w*|shot|bomb\w*|attack\w*|terror\w*|"
    r"massacre\w*|victims?|funerals?|rip|rest in peace|passed away|suicide|execut\w*|lynch\w*|"
    r"stab\w*|assault\w*|rap(?:e|ed|ist)|abus\w*|wars?|soldiers?|troops|missiles?|nuke\w*|genocide|"
    r"holocaust|nazis?|hitler|slave\w*|"
    r"hurricane\w*|storms?|tornado\w*|flood\w*|earthquake\w*|tsunami\w*|wildfires?|crash\w*|"
    r"explosion\w*|disasters?|traged\w*|tragic|ebola|virus|outbreak|epidemic|pandemic|famine|sinking|sank|"
    r"anniversar\w*|never forget|memorial\w*|9/?11|pearl harbou?r|d-?day|tributes?|mourn\w*|condolences?|"
    r"crook\w*|fraud\w*|criminals?|thie[fv]\w*|stole|steal\w*|p(?:a)?edo\w*|corrupt\w*|liars?|scam\w*|"
    r"jail\w*|prison\w*|arrest\w*|indict\w*|"
    r"muslims?|islam\w*|jews?|jewish|christians?|mexicans?|immigra\w*|refugees?|africans?|"
    r"asians?|chinese|arabs?|lgbt\w*|feminis\w*|illegals?|"
    r"sex\w*|porn\w*|naked|nude\w*|boobs?|dick\w*|penis|horny|ugly|whores?|sluts?|bitch\w*|"
    r"breaking|just in|acquir\w*|acquisition|merger|buyout|ipo|fda|bankrupt\w*|deserve\w*"
    r")\b",
    regex.IGNORECASE,
)
#: Drafts embedded per call in `prepare` (the embedder keeps up to 4,096 texts; a batch chunk stays below).
PREPARE_CHUNK = 256


def worth_encoding(text: str) -> bool:
    """Whether SO701 should embed this draft: it touches a topic regret is made of (TOPICS). Model scores
    alone do not open the gate: the fast tier's offensive and hate scores sent "I hate Mondays" to the
    encoder, and drafts they rightly score offensive are already flagged by the language checks."""
    return TOPICS.search(text) is not None


def _shipped() -> tuple[Any, Embed | None]:
    from signoff.ml.precedent import Embedder, load_index
    from signoff.ml.registry import artifact_dir

    index = load_index(artifact_dir())
    return index, (Embedder(artifact_dir()) if index is not None else None)


class PastIncidentsCheck:
    code = "SO701"
    name = "past-incidents"
    severity = Severity.REVIEW
    requires = frozenset({"models"})
    #: Runs only on drafts the other checks leave at pass (it can only raise a pass to review).
    second_opinion = True
    explanation = """
Compares the draft with the regret corpus: real posts that were publicly regretted (2018 and earlier), real
fine posts that look risky but were not, and ordinary tweets. The shipped sentence encoder places every post
in one meaning space; a classifier trained there on the corpus (regretted against fine and ordinary posts,
chosen on folds grouped by incident) says how much the draft reads like a regretted post. From a threshold
that only 1 % of ordinary tweets reach, the draft gets a review naming the two or three closest regretted
posts with their year, what happened and the source, so a manager can see why. It reads meaning, not words:
a draft sneering at a group lands near the posts that did that before, in any wording. The encoder runs only
on drafts that touch a topic regret is made of (death, violence, disaster, remembrance, crime, groups of
people, sex, scoops and deals), and only on drafts the other checks leave at pass (where they already ask
for review or hold, their findings say why). It never holds on its own. Fires: "Funny how the refugees
always have the newest phones"; does not fire: "Our thoughts are with everyone affected by the storm
tonight." posted by a brand.
Fix: read the incidents listed; if the draft shares their problem, rewrite or hold it.
"""

    def __init__(self, index: Any = None, embed: Embed | None = None) -> None:
        self._index, self._embed = index, embed
        self._loaded = index is not None

    def _ready(self) -> bool:
        if not self._loaded:
            self._index, self._embed = _shipped()
            self._loaded = True
        return self._index is not None and self._embed is not None

    def prepare(self, drafts: Sequence[Draft], ctxs: Sequence[Context]) -> None:
        """Embed the batch's drafts that pass the gate in one go (batched, the encoder is ~40 % cheaper a
        text); `run` then finds them in the embedder's cache."""
        texts = [d.text for d in drafts if worth_encoding(d.text)]
        if texts and self._ready():
            assert self._embed is not None
            for start in range(0, len(texts), PREPARE_CHUNK):
                self._embed(texts[start : start + PREPARE_CHUNK])

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if not worth_encoding(draft.text) or not self._ready():
            return
        assert self._embed is not None
        vote = self._index.vote(self._embed([draft.text]))[0]
        if not self._index.fires(vote):
            return
        evidence: dict[str, Any] = {
            "reads like a regretted post": f"{vote.probability:.0%}",
            "closest similarity": round(vote.top_similarity, 3),
        }
        for i, m in enumerate(vote.closest, 1):
            inc = m.incident
            who = f"{inc.account}: " if inc.account else ""
            evidence[f"incident {i}"] = (
                f"{inc.year} · {who}{inc.what_happened} ({inc.category}) · {inc.source_url}"
            )
        first = vote.closest[0].incident
        yield Finding(
            code=self.code,
            check=self.name,
            severity=self.severity,
            message=(
                f"This draft reads like posts that were publicly regretted, e.g. {first.year}: "
                f"{first.what_happened.rstrip('.')}."
            ),
            span=None,
            fix="Read the incidents listed; if the draft shares their problem, rewrite it or hold it.",
            evidence=evidence,
        )
