"""The built-in checks as a set: one code per kind of regret, each documented and explainable."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest
import yaml

import signoff
from signoff.preflight.registry import load_checks

#: One code, one kind (tests/data/regret/GUIDE.md maps the taxonomy to these). SO701 (nearest past
#: incidents) belongs to the lead's corpus work and is allowed beside them.
BUILTIN = frozenset({
    "SO101", "SO102", "SO103", "SO104", "SO105", "SO106", "SO107",
    "SO201", "SO202", "SO203",
    "SO303", "SO304",
    "SO401", "SO402", "SO403",
    "SO501", "SO502", "SO503",
    "SO601", "SO602", "SO603",
    "SO701",
})
CASES = files("signoff.preflight") / "cases"


def test_the_set_of_built_in_codes_is_pinned() -> None:
    codes = {c.code for c in load_checks()}
    assert codes == BUILTIN


#: SO401's explanation belongs to the platform-length owner.
_EXPLAINED = BUILTIN - {"SO401"}


@pytest.mark.parametrize("check", [c for c in load_checks() if c.code in _EXPLAINED], ids=lambda c: c.code)
def test_explain_shows_what_fires_and_what_does_not(check: signoff.Check) -> None:
    text = " ".join(check.explanation.split()).lower()
    assert "fires" in text and "does not fire" in text, f"{check.code}: explain needs an example of each"
    assert "fix" in text, f"{check.code}: explain must say how to fix it"


def _fire_cases() -> list[Any]:
    out = []
    for check in load_checks():
        if check.code not in BUILTIN:
            continue
        data = yaml.safe_load((CASES / f"{check.code}.yaml").read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("fire") or []):
            out.append(pytest.param(check.code, case, id=f"{check.code}-{i}"))
    return out


@pytest.mark.parametrize(("code", "case"), _fire_cases())
def test_findings_have_a_message_a_fix_and_flat_evidence(code: str, case: dict[str, Any]) -> None:
    text = case.get("prefix", "") + case["text"] * int(case.get("repeat", 1))
    verdict = signoff.check(text, account_kind=case.get("account_kind", "person"),
                            platform=case.get("platform", "x"), at=case.get("at", "2024-06-01T12:00:00Z"),
                            news=case.get("news"), signature=case.get("signature"))
    for f in verdict.findings:
        if f.code != code:
            continue
        assert f.message.strip() and (f.fix or "").strip(), f"{code}: a finding needs a message and a fix"
        for key, value in f.evidence.items():
            assert isinstance(value, str | int | float | bool | None), (
                f"{code} evidence {key!r} is {type(value).__name__}; keep evidence flat (key: value)")
