"""The check interface: drafts, context, findings and verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from signoff.vocab import Platform as VocabPlatform
from signoff.vocab import VerdictName as VerdictName

if TYPE_CHECKING:
    from signoff.news.model import NewsSnapshot

AccountKind = Literal["person", "brand"]
Platform = Literal["x", "mastodon", "bluesky"]
#: The platforms preflight knows the rules of (signoff.vocab.Platform less the outbox, which is not one).
PLATFORMS: tuple[str, ...] = tuple(p.value for p in VocabPlatform if p is not VocabPlatform.OUTBOX)
ACCOUNT_KINDS: tuple[str, ...] = ("person", "brand")


class Severity(IntEnum):
    INFO = 0
    REVIEW = 1
    HOLD = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) in the draft text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Draft:
    text: str
    account_kind: AccountKind = "person"
    platform: Platform = "x"
    #: Signature appended for disclosed staff authorship, counted by the length check.
    signature: str | None = None
    #: Whether the account may publish X's long posts (X Premium, verified organisations: up to 25,000
    #: characters); None when it is not known. Only the length check reads it.
    long_posts: bool | None = None

    @property
    def full_text(self) -> str:
        return f"{self.text} {self.signature}" if self.signature else self.text


@dataclass(frozen=True)
class Context:
    """Everything a check may read. Built once by the engine; checks never do I/O or read the wall clock."""

    at: datetime  # aware, UTC
    account_kind: AccountKind = "person"
    platform: Platform = "x"
    news: NewsSnapshot | None = None
    #: Model scores per task, e.g. {"offensive": {"offensive": 0.93, "not-offensive": 0.07}}.
    scores: Mapping[str, Mapping[str, float]] = field(default_factory=dict)


#: What a check may ask for in `requires` (needs it to run) or `optional` (runs without it, does less):
#: the post time, the account's kind and platform, the news as of the post time, model scores.
REQUIREMENTS: frozenset[str] = frozenset({"clock", "account", "news", "models"})


@dataclass(frozen=True)
class Edit:
    """Replace the draft's text in `span` with `replacement` (empty: delete it)."""

    span: Span
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.span.start, "end": self.span.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Fix:
    """A fix as data: prose for people plus the edits that carry it out. `safe` fixes keep the post's
    meaning (`signoff check --fix` applies them); unsafe ones change what it says and are only offered."""

    message: str
    edits: tuple[Edit, ...] = ()
    safe: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "edits", tuple(self.edits))

    def to_dict(self) -> dict[str, Any]:
        return {"safe": self.safe, "edits": [e.to_dict() for e in self.edits]}


@dataclass(frozen=True)
class NotRun:
    """A check the engine could not run (or ran only in part) because context it needs was missing."""

    code: str
    because: str
    #: The context that was missing, one of REQUIREMENTS.
    missing: str
    #: True when the check ran without it and did only part of its work.
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "because": self.because}
        if self.partial:
            out["partial"] = True
        return out


@dataclass(frozen=True)
class Finding:
    code: str
    check: str
    severity: Severity
    message: str
    span: Span | None = None
    #: How to fix it, in words. Passing a `Fix` here also sets `autofix` (and keeps its message as text).
    fix: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    #: The fix as edits to the draft text, when the check can write it.
    autofix: Fix | None = None

    def __post_init__(self) -> None:
        if isinstance(self.fix, Fix):
            object.__setattr__(self, "autofix", self.fix)
            object.__setattr__(self, "fix", self.fix.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "check": self.check,
            "severity": self.severity.label,
            "message": self.message,
            "span": self.span.to_dict() if self.span else None,
            "fix": self.fix,
            "autofix": self.autofix.to_dict() if self.autofix else None,
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True)
class Verdict:
    verdict: VerdictName
    findings: list[Finding]
    text: str = ""
    #: Checks that did not run, or ran only in part, for want of context (no news given, models off).
    not_run: tuple[NotRun, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "not_run": [n.to_dict() for n in self.not_run],
        }

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


@runtime_checkable
class Check(Protocol):
    code: str
    name: str
    severity: Severity
    #: Context the check needs, from REQUIREMENTS. A check may also declare `optional`: context it uses
    #: when given and runs without (doing less). The engine refuses unknown names when it loads checks,
    #: and reports a check whose context is missing in `Verdict.not_run` instead of running it blind.
    requires: frozenset[str]
    #: One paragraph shown by `signoff explain CODE`.
    explanation: str

    def run(self, draft: Draft, ctx: Context) -> Iterable[Finding]: ...

    # A check may also define `prepare(drafts, contexts) -> None`: the engine calls it once per batch,
    # after model scoring and before its `run`s, so a costly step (a model over the batch) runs batched; and
    # `second_opinion = True`: it runs only on drafts the other checks leave at pass (engine.second_opinion).
