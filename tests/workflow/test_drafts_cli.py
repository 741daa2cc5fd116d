"""Issue 10 items 4, 9 and 10 at the command line: what a manager reads, and the lifecycle commands."""
# ruff: noqa: F811  (the `env` and `run` fixtures come from test_cli.py)

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from test_cli import _ok, _setup, env, run  # noqa: F401  (fixtures shared with test_cli.py)

from signoff.cli import _draft_output
from signoff.store.engine import Database

LONG = "Thank you all for coming tonight. " * 9  # held: _setup's account raises nothing, so SO401 review


def test_stdin_text_loses_its_final_newline_before_the_signature(run, database: Database) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "-", stdin="Good night, Leeds!\n"))
    view = json.loads(_ok(run("drafts", "show", "1", "--format", "json")))
    assert view["text"] == "Good night, Leeds!"
    assert view["full_text"] == "Good night, Leeds! ^AK"


def test_show_prints_evidence_as_key_value_lines_and_local_times(run, database: Database) -> None:
    _setup(run)  # Europe/Berlin, 600 s cool-off
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", LONG, "--at", "2031-01-15T09:00"))
    shown = _ok(run("drafts", "show", "1"))
    assert "length: " in shown and "limit: 280" in shown
    assert "{'" not in shown and "':" not in shown  # no Python dict reprs
    assert "scheduled: 2031-01-15 09:00:00 CET (Europe/Berlin)" in shown  # before approval, no µs
    assert "approvals: 0 of 1 approval; needs 1 more" in shown
    listed = _ok(run("drafts", "list"))
    assert "2031-01-15 09:00:00 CET" in listed


def test_approve_says_when_the_post_goes_out(run, database: Database) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Doors open at nine."))
    out = _ok(run("drafts", "approve", "1", "--as", "sam"))
    assert "approvals: 1 of 1 approval" in out
    assert re.search(r"goes out at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d CES?T \(no time is scheduled, so", out)
    assert "600 s cool-off ends" in out
    listed = _ok(run("drafts", "list", "--format", "json"))
    assert "." not in json.loads(listed)[0]["due_at"]  # no microseconds


def test_approve_at_and_schedule_before_approval(run, database: Database) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "One."))
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Two."))
    out = _ok(run("drafts", "approve", "1", "--as", "sam", "--at", "2031-01-15T09:00"))
    assert "goes out at 2031-01-15 09:00:00 CET (its scheduled time)" in out
    _ok(run("drafts", "schedule", "2", "--as", "alex", "--at", "2031-01-16T09:00"))
    out = _ok(run("drafts", "approve", "2", "--as", "sam"))
    assert "goes out at 2031-01-16 09:00:00 CET (its scheduled time)" in out


def test_lifecycle_commands(run, database: Database, tmp_path: Path) -> None:
    _setup(run)
    for text in ("One.", "Two.", "Three."):
        _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", text, "--at", "2031-01-15T09:00"))
    _ok(run("drafts", "approve", "1", "--as", "sam"))
    assert "state draft" in _ok(run("drafts", "withdraw", "1", "--as", "sam"))
    _ok(run("drafts", "approve", "1", "--as", "sam"))
    assert "state draft" in _ok(run("drafts", "unapprove", "1", "--as", "sam"))
    assert "state draft" in _ok(run("drafts", "unschedule", "2", "--as", "alex"))
    assert "state deleted" in _ok(run("drafts", "delete", "3", "--as", "alex", "--reason", "dup"))
    ids = [d["id"] for d in json.loads(_ok(run("drafts", "list", "--format", "json")))]
    assert ids == [1, 2]
    events = json.loads(_ok(run("audit", "log", "--format", "json")))
    assert {"draft.delete", "draft.unschedule", "draft.withdraw_approval"} <= {e["action"] for e in events}


def test_import_command_all_or_nothing(run, database: Database, tmp_path: Path) -> None:
    _setup(run)
    good = tmp_path / "posts.csv"
    good.write_text("account,text,at\njopa,First.,\njopa,Second.,2031-01-15T09:00\n", encoding="utf-8")
    bad = tmp_path / "posts.jsonl"
    bad.write_text('{"account": "jopa", "text": "ok"}\n{"account": "jopa"}\n', encoding="utf-8")
    refused = run("drafts", "import", str(bad), "--as", "alex")
    assert refused.returncode == 2 and "line 2: no text" in refused.stderr
    out = _ok(run("drafts", "import", str(good), "--as", "alex"))
    assert "imported 2 drafts (ids 1-2)" in out
    listed = json.loads(_ok(run("drafts", "list", "--format", "json")))
    assert [d["text"] for d in listed] == ["First.", "Second."]


def test_accounts_edit_and_show(run, database: Database) -> None:
    _setup(run)
    refused = run("accounts", "edit", "jopa", "--check", "SO999=hold")
    assert refused.returncode == 2 and "no check has code 'SO999'" in refused.stderr
    refused = run("accounts", "edit", "jopa", "--approvals", "5")
    assert refused.returncode == 1 and "only 2 members can approve" in refused.stderr
    out = _ok(run("accounts", "edit", "jopa", "--approvals", "2", "--check", "so401=hold"))
    assert "approvals is now 2" in out and "overrides is now SO401=hold" in out
    shown = _ok(run("accounts", "show", "jopa"))
    assert "SO401=hold" in shown and "{'" not in shown
    out = _ok(run("accounts", "edit", "jopa", "--long-posts"))
    assert "long_posts is now True" in out
    shown = _ok(run("accounts", "show", "jopa", "--format", "json"))
    assert json.loads(shown)["long_posts"] is True
    out = _ok(run("accounts", "edit", "jopa", "--no-long-posts"))
    assert "long_posts is now False" in out


@pytest.mark.parametrize("width", [50, 72])
def test_wrapped_lines_stay_indented_under_their_message(monkeypatch, width: int) -> None:
    buf = io.StringIO()
    monkeypatch.setattr(_draft_output, "console", Console(file=buf, width=width, color_system=None))
    finding = {
        "severity": "review",
        "code": "SO101",
        "message": "#noclass reads as an insult aimed at a named person in a long sentence that wraps.",
        "fix": "Drop #noclass; a hashtag makes the jab searchable and permanent for everyone.",
        "evidence": {"matched": "#noclass", "scores": {"offensive": 0.91}, "terms": ["a", "b"]},
    }
    _draft_output.print_findings([finding])
    lines = buf.getvalue().splitlines()
    assert lines[0].startswith("  review SO101 #noclass")
    indent = len("  review SO101 ")
    assert all(line.startswith(" " * indent) for line in lines[1:])
    assert all(len(line) <= width for line in lines)
    body = "\n".join(line.strip() for line in lines)
    assert "matched: #noclass" in body and "scores.offensive: 0.91" in body and "terms: a, b" in body
