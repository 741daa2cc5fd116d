"""The check interface: drafts, context, findings and verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from signoff.news.model import NewsSnapshot
    from signoff.preflight.policy import AccountPolicy

AccountKind = Literal["person", "brand"]
Platform = Literal["x", "mastodon", "bluesky"]
PLATFORMS: tuple[str, ...] = ("x", "mastodon", "bluesky")
ACCOUNT_KINDS: tuple[str, ...] = ("person", "brand")
VerdictName = Literal["pass", "review", "hold"]


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
    policy: AccountPolicy | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    check: str
    severity: Severity
    message: str
    span: Span | None = None
    fix: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "check": self.check,
            "severity": self.severity.label,
            "message": self.message,
            "span": self.span.to_dict() if self.span else None,
            "fix": self.fix,
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True)
class Verdict:
    verdict: VerdictName
    findings: list[Finding]
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


@runtime_checkable
class Check(Protocol):
    code: str
    name: str
    severity: Severity
    #: Context the check needs: any of {"news", "clock", "account", "models", "voice"}.
    requires: frozenset[str]
    #: One paragraph shown by `signoff explain CODE`.
    explanation: str

    def run(self, draft: Draft, ctx: Context) -> Iterable[Finding]: ...
