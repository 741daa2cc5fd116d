"""Applying fixes as data: the edits a finding's `autofix` carries, in Ruff's way (safe ones by default)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from signoff.preflight.model import Edit, Finding


@dataclass(frozen=True)
class Applied:
    """The text after the fixes, and which findings' fixes went in or were left out."""

    text: str
    applied: tuple[Finding, ...]
    #: Fixes not applied: unsafe ones (unless asked for) and ones overlapping an earlier fix.
    skipped: tuple[Finding, ...]


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> Applied:
    """`text` with each finding's fix applied: safe fixes only unless `unsafe`. Fixes are applied in text
    order; one whose edits overlap an earlier fix's (or fall outside the text) is skipped, so no fix is
    applied to text another fix has already changed."""
    candidates = sorted(
        (f for f in findings if f.autofix is not None and f.autofix.edits),
        key=lambda f: min(e.span.start for e in f.autofix.edits),  # type: ignore[union-attr]
    )
    chosen: list[Edit] = []
    applied: list[Finding] = []
    skipped: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in candidates:
        fix = f.autofix
        assert fix is not None
        spans = [(e.span.start, e.span.end) for e in fix.edits]
        inside = all(0 <= s <= e <= len(text) for s, e in spans)
        clash = any(s < te and ts < e or (s == e == ts) for s, e in spans for ts, te in taken)
        if not (fix.safe or unsafe) or not inside or clash:
            skipped.append(f)
            continue
        chosen.extend(fix.edits)
        taken.extend(spans)
        applied.append(f)
    out = text
    for edit in sorted(chosen, key=lambda e: (e.span.start, e.span.end), reverse=True):
        out = out[: edit.span.start] + edit.replacement + out[edit.span.end :]
    return Applied(out, tuple(applied), tuple(skipped))
