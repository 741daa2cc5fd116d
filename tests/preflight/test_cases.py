"""Runs every check's cases/<code>.yaml: texts that must fire and texts that must not."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest
import yaml

import signoff
from signoff.preflight.model import Severity
from signoff.preflight.registry import load_checks

CASES_DIR = files("signoff.preflight") / "cases"


def _load(code: str) -> dict[str, Any]:
    return yaml.safe_load((CASES_DIR / f"{code}.yaml").read_text(encoding="utf-8"))


def _params() -> list[Any]:
    out = []
    for check in load_checks():
        path = CASES_DIR / f"{check.code}.yaml"
        if not path.is_file():
            continue
        data = _load(check.code)
        for kind in ("fire", "not_fire"):
            for i, case in enumerate(data.get(kind) or []):
                out.append(pytest.param(check.code, kind, case, id=f"{check.code}-{kind}-{i}"))
    return out


def _run(case: dict[str, Any]) -> signoff.Verdict:
    text = case.get("prefix", "") + case["text"] * int(case.get("repeat", 1))
    return signoff.check(
        text,
        account_kind=case.get("account_kind", "person"),
        platform=case.get("platform", "x"),
        at=case.get("at", "2024-06-01T12:00:00Z"),
        news=case.get("news"),
        signature=case.get("signature"),
        long_posts=case.get("long_posts"),
    )


def _assert_span(code: str, case: dict[str, Any], text: str, finding: signoff.Finding) -> None:
    """A case pins the span where the finding has one: the text it covers, or [start, end] for long ones."""
    if finding.span is None:
        assert case.get("span") is None, f"{code} on {case['text'][:60]!r} has no span; the case expects one"
        return
    assert "span" in case, (f"{code} case {case['text'][:60]!r} must pin its span: "
                            f"{text[finding.span.start:finding.span.end]!r}")
    want = case["span"]
    if isinstance(want, list):
        assert [finding.span.start, finding.span.end] == want
    else:
        assert text[finding.span.start:finding.span.end] == want


@pytest.mark.parametrize(("code", "kind", "case"), _params())
def test_check_case(code: str, kind: str, case: dict[str, Any]) -> None:
    verdict = _run(case)
    hits = [f for f in verdict.findings if f.code == code]
    if kind == "fire":
        assert hits, f"{code} did not fire on {case['text'][:80]!r}; findings: {verdict.codes}"
        assert "severity" in case, f"{code} case {case['text'][:60]!r} must pin its severity"
        top = hits[0]  # findings come strongest first
        assert top.severity == Severity[case["severity"].upper()], (
            f"{code} on {case['text'][:60]!r}: {top.severity.label}, case says {case['severity']}")
        _assert_span(code, case, verdict.text, top)
    else:
        assert not hits, f"{code} fired on {case['text'][:80]!r}: {[f.message for f in hits]}"


@pytest.mark.parametrize("check", load_checks(), ids=lambda c: c.code)
def test_every_check_has_cases_and_docs(check: signoff.Check) -> None:
    path = CASES_DIR / f"{check.code}.yaml"
    assert path.is_file(), f"{check.code} has no cases/{check.code}.yaml"
    data = _load(check.code)
    assert data["code"] == check.code
    assert len(data.get("fire") or []) >= 3 and len(data.get("not_fire") or []) >= 3
    assert len(check.explanation.split()) >= 25, f"{check.code} needs a real explanation"
