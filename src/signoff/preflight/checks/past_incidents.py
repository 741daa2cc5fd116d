"""SO701: the draft reads like posts that were publicly regretted; the closest incidents are the evidence."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import regex

from signoff.preflight.checks.developing_story import PLAIN_RE
from signoff.preflight.model import Context, Draft, Finding, Severity
from signoff.preflight.stance import analyze

Embed = Callable[[Sequence[str]], np.ndarray]

#: A word: two letters or more. A draft with fewer than `MIN_WORDS` is not compared: without one (a row of
#: emoji, numbers, a lone link) its vector is made of the tokenizer's unknown and filler pieces, and 150
#: family emoji "read like" regret; with one or two ("Bye!", "Hello!", "Yes") the average of two word
#: vectors says little of what a post is about, and the heads trained on the grown corpus (short regretted
#: posts are many there) fired on such greetings.
_WORD = regex.compile(r"\p{L}{2,}")
MIN_WORDS = 3


def has_words(text: str) -> bool:
    """Whether the draft has enough words to be compared (`MIN_WORDS`)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), MIN_WORDS)) >= MIN_WORDS


def _sourced_report(text: str) -> bool:
    """A plain report that names its source or a correction ("…, the university announced", "officials
    said", "retracting"), with no judgement, joke or sale: a topic model has no second opinion to give on it
    (a report of a firing reads like the hot takes on it)."""
    if PLAIN_RE.search(text) is None:
        return False
    stance = analyze(text)
    return not stance.takes_stance and not stance.promotes


def compared(text: str) -> bool:
    """Whether SO701 compares the draft at all: enough words, and not a plain sourced report."""
    return has_words(text) and not _sourced_report(text)


def _shipped() -> tuple[Any, Embed | None, Any]:
    from signoff.ml.lexical import load_lexical
    from signoff.ml.precedent import embedder, load_index
    from signoff.ml.registry import artifact_dir

    index = load_index(artifact_dir())
    return index, (embedder(artifact_dir()) if index is not None else None), load_lexical(artifact_dir())


class PastIncidentsCheck:
    code = "SO701"
    name = "past-incidents"
    severity = Severity.REVIEW
    requires = frozenset({"models"})
    #: Runs only on drafts the other checks leave at pass (it can only raise a pass to review).
    second_opinion = True
    explanation = """
Compares the draft with the regret corpus: real posts that were publicly regretted (2018 and earlier), real
fine posts that look risky but were not, ordinary tweets and official posts. Every post becomes one vector of
what it is about (the shipped encoder's word embeddings, averaged: cheap enough to run on every draft); a
classifier trained there on the corpus (regretted against fine, ordinary and official posts, chosen on folds
grouped by incident) says how much the draft reads like a regretted post. From a threshold that only 0.5 % of
ordinary tweets reach (an index may hold a lower bar for brands, chosen on the same folds; the shipped one
does not), or when a second head reading its words and spelling (hashed word pairs and character n-grams:
"brats like u", "lmao", a sneer's punctuation) scores it above what 2 % of the corpus's fine posts reach out
of fold, the draft gets a review naming the two or three closest regretted posts with their year, what
happened and the source, so a manager can see why. It reads what a draft is about and how it is put, not one
incident's words: a draft sneering at a group lands near the posts that did that before. It runs only on
drafts the other checks leave at pass (where they already ask for review or hold, their findings say why) and
never holds on its own; drafts of fewer than three words are not compared, nor plain reports that name their
source or correct themselves ("…, the university announced"), which read like the takes on them.
Fires: "Immigrants always have money for new phones, funny that"; does not fire: "Our thoughts are with
everyone affected by the storm tonight." posted by a brand.
Fix: read the incidents listed; if the draft shares their problem, rewrite or hold it.
"""

    def __init__(self, index: Any = None, embed: Embed | None = None, lexical: Any = None) -> None:
        self._index, self._embed, self._lexical = index, embed, lexical
        self._loaded = index is not None

    def _ready(self) -> bool:
        if not self._loaded:
            self._index, self._embed, self._lexical = _shipped()
            self._loaded = True
        return self._index is not None and self._embed is not None

    def prepare(self, drafts: Sequence[Draft], ctxs: Sequence[Context]) -> None:
        """Score a batch's words at once (hashing many texts costs little more than one); `run` reads the
        remembered scores."""
        if self._ready() and self._lexical is not None:
            self._lexical.probability([d.text for d in drafts if compared(d.text)])

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if not compared(draft.text) or not self._ready():
            return
        assert self._embed is not None
        vector = self._embed([draft.text])
        # the scores alone first: most drafts do not fire, and they need no nearest incidents
        about = self._index.fires(self._index.vote(vector, show=0)[0], brand=ctx.account_kind == "brand")
        worded = None
        if not about and self._lexical is not None:
            p = float(self._lexical.probability([draft.text])[0])
            worded = p if self._lexical.fires(p) else None
        if not about and worded is None:
            return
        vote = self._index.vote(vector)[0]
        evidence: dict[str, Any] = {
            "reads like a regretted post": f"{vote.probability:.0%}",
            "closest similarity": round(vote.top_similarity, 3),
        }
        if worded is not None:
            evidence["worded like a regretted post"] = f"{worded:.0%}"
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
