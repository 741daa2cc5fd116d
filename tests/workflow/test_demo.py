"""The team story of `signoff demo`: staff drafts, the owner approves, the outbox shows the signature."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console

from signoff.workflow.demo import run_team_demo

NOW = datetime(2026, 6, 1, 20, 0, tzinfo=UTC)


def test_team_demo_publishes_staff_post_with_disclosure(tmp_path: Path) -> None:
    out = io.StringIO()
    (tmp_path / "signoff.db").write_text("a real install's database")
    record = run_team_demo(Console(file=out, width=200), tmp_path, now=NOW)
    assert record["author"] == "alex" and record["account"] == "jopa"
    assert record["text"].endswith(" ^AK") and record["signature"] == "^AK"
    assert record["published_at"] == "2026-06-01T20:00:05Z"
    printed = out.getvalue()
    assert json.dumps(record, ensure_ascii=False) in printed
    assert (tmp_path / "signoff.db").read_text() == "a real install's database"  # untouched


def test_team_demo_can_run_twice(tmp_path: Path) -> None:
    run_team_demo(Console(file=io.StringIO()), tmp_path, now=NOW)
    record = run_team_demo(Console(file=io.StringIO()), tmp_path, now=NOW)
    lines = (tmp_path / "team-demo" / "outbox" / "jopa.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0]) == record
