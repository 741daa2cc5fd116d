"""Fixes as data: edits with a safe flag, applied in text order without overlaps."""

from __future__ import annotations

import signoff
from signoff.preflight.fixes import apply_fixes
from signoff.preflight.model import Edit, Finding, Fix, Severity, Span

AT = "2024-06-01T12:00:00Z"


def _finding(start: int, end: int, replacement: str, *, safe: bool = True) -> Finding:
    fix = Fix("replace it", edits=(Edit(Span(start, end), replacement),), safe=safe)
    return Finding("XX1", "x", Severity.REVIEW, "m", span=Span(start, end), fix=fix)


def test_a_fix_passed_as_fix_keeps_its_text_and_its_edits() -> None:
    f = _finding(0, 3, "abc")
    assert f.fix == "replace it"
    assert f.autofix is not None and f.autofix.safe
    assert f.to_dict()["autofix"] == {"safe": True, "edits": [{"start": 0, "end": 3, "replacement": "abc"}]}
    assert Finding("XX1", "x", Severity.INFO, "m", fix="prose only").to_dict()["autofix"] is None


def test_safe_fixes_apply_right_to_left_and_unsafe_ones_only_when_asked() -> None:
    text = "aaa bbb ccc"
    findings = [_finding(8, 11, "CCC"), _finding(0, 3, "A"), _finding(4, 7, "B", safe=False)]
    done = apply_fixes(text, findings)
    assert done.text == "A bbb CCC"
    assert [f.autofix.edits[0].replacement for f in done.skipped] == ["B"]  # type: ignore[union-attr]
    assert apply_fixes(text, findings, unsafe=True).text == "A B CCC"


def test_overlapping_and_out_of_range_fixes_are_skipped() -> None:
    text = "abcdef"
    done = apply_fixes(text, [_finding(0, 4, "X"), _finding(2, 6, "Y"), _finding(5, 9, "Z")])
    assert done.text == "Xef"
    assert len(done.applied) == 1 and len(done.skipped) == 2


def test_so403_offers_the_camel_case_hashtag_as_a_safe_edit() -> None:
    verdict = signoff.check("Join us at #susanalbumparty tonight", at=AT)
    so403 = next(f for f in verdict.findings if f.code == "SO403")
    assert so403.fix == "Write it in CamelCase: #SusanAlbumParty."
    edits = so403.to_dict()["autofix"]["edits"]
    assert edits == [{"start": 11, "end": 27, "replacement": "#SusanAlbumParty"}]
    assert apply_fixes(verdict.text, verdict.findings).text == "Join us at #SusanAlbumParty tonight"
