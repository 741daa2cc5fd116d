"""Account policy: turns findings into the verdict, raising or lowering severities per code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from signoff.preflight.model import Finding, NotRun, Severity, Verdict, VerdictName


@dataclass(frozen=True)
class AccountPolicy:
    #: Per-code severity override, e.g. {"SO403": Severity.INFO}. Codes mapped to None are disabled.
    overrides: Mapping[str, Severity | None] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        return not (code in self.overrides and self.overrides[code] is None)

    def apply(self, finding: Finding) -> Finding:
        sev = self.overrides.get(finding.code, finding.severity)
        if sev is None or sev == finding.severity:
            return finding
        return replace(finding, severity=sev)


def verdict_from(
    findings: Iterable[Finding],
    policy: AccountPolicy | None = None,
    text: str = "",
    not_run: Iterable[NotRun] = (),
) -> Verdict:
    """Any HOLD → hold, any REVIEW → review, else pass (after the policy's overrides)."""
    pol = policy or AccountPolicy()
    kept = [pol.apply(f) for f in findings if pol.enabled(f.code)]
    kept.sort(key=lambda f: (-int(f.severity), f.span.start if f.span else -1, f.code))
    top = max((f.severity for f in kept), default=Severity.INFO)
    name = {Severity.HOLD: VerdictName.HOLD, Severity.REVIEW: VerdictName.REVIEW}.get(top, VerdictName.PASS)
    skipped = tuple(n for n in not_run if pol.enabled(n.code))
    return Verdict(verdict=name, findings=kept, text=text, not_run=skipped)
