"""The workflow commands end to end, as a user runs them (subprocesses), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.config import get_settings
from signoff.errors import SignoffError
from signoff.store.engine import Database
from signoff.store.migrate import head_revision

SIGNOFF = [sys.executable, "-c", "from signoff.cli.app import main; main()"]


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def env(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "SIGNOFF_DATA_DIR": str(tmp_path / "data"),
        "SIGNOFF_DATABASE_URL": database.url,
        "SIGNOFF_CONFIG_DIR": str(tmp_path / "config"),  # where `signoff login` keeps sessions
        "COLUMNS": "200",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SIGNOFF_REDIS_URL", raising=False)
    monkeypatch.delenv("SIGNOFF_PASSWORD", raising=False)
    get_settings.cache_clear()
    yield {**os.environ, **values}
    get_settings.cache_clear()


@pytest.fixture
def run(env: dict[str, str]):
    """Runs a command in-process, mapping signoff errors to exit codes and stderr the way `main()` does."""
    runner = CliRunner()

    def _run(*args: str, stdin: str | None = None) -> Result:
        res = runner.invoke(app, list(args), input=stdin)
        if isinstance(res.exception, SignoffError):
            return Result(res.exception.exit_code, res.stdout, f"error: {res.exception}")
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            raise res.exception
        return Result(res.exit_code, res.stdout, res.stderr)

    return _run


def _ok(proc: Result) -> str:
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _setup(run) -> None:
    _ok(run("init"))
    _ok(run("users", "add", "jo", "--full-name", "Jo Pa", "--password-stdin", stdin="correct horse\n"))
    _ok(run("users", "add", "alex", "--full-name", "Alex Kim", "--password-stdin", stdin="alex password\n"))
    _ok(run("users", "add", "sam", "--password-stdin", stdin="sam password\n"))
    # every --as below proves who acts through these logins (tests/workflow/test_auth.py covers the rest)
    for name, password in (("jo", "correct horse"), ("alex", "alex password"), ("sam", "sam password")):
        _ok(run("login", name, "--password-stdin", stdin=password + "\n"))
    _ok(
        run(
            "accounts",
            "add",
            "jopa",
            "--platform",
            "outbox",
            "--kind",
            "person",
            "--owner",
            "jo",
            "--tz",
            "Europe/Berlin",
            "--cooloff",
            "600",
            "--disclosure",
            "^{initials}",
        )
    )
    _ok(run("members", "add", "jopa", "alex", "--role", "editor"))
    _ok(run("members", "add", "jopa", "sam", "--role", "approver"))


def test_draft_approve_show_with_refusals(run, database: Database) -> None:
    _setup(run)
    created = json.loads(
        _ok(
            run(
                "drafts", "new", "--account", "jopa", "--as", "alex", "Great show tonight", "--format", "json"
            )
        )
    )
    assert {k: created[k] for k in ("id", "verdict", "state", "revision")} == {
        "id": 1,
        "verdict": "pass",
        "state": "draft",
        "revision": 1,
    }
    assert created["approvals"] == "0 of 1 approval" and created["approvals_missing"] == "needs 1 more"

    refused = run("drafts", "approve", "1", "--as", "alex")  # an editor, and the author
    assert refused.returncode == 1 and "only approver/owner can approve" in refused.stderr
    assert "Traceback" not in refused.stderr

    _ok(run("drafts", "approve", "1", "--as", "sam"))
    view = json.loads(_ok(run("drafts", "show", "1", "--format", "json")))
    assert view["state"] == "approved" and view["signature"] == "^AK"
    assert 0 < view["cooloff_remaining_seconds"] <= 600
    assert "cool-off:" in _ok(run("drafts", "show", "1"))

    listed = json.loads(
        _ok(run("drafts", "list", "--account", "jopa", "--state", "approved", "--format", "json"))
    )
    assert [d["id"] for d in listed] == [1]
    assert json.loads(_ok(run("audit", "verify", "--format", "json")))["ok"] is True


def test_refused_self_approval_exits_1_and_changes_nothing(run, database: Database) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "sam", "Proud of this team."))
    with database.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    refused = run("drafts", "approve", "1", "--as", "sam")
    assert refused.returncode == 1
    assert "nobody approves their own draft" in refused.stderr
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar_one() == before
        assert conn.execute(text("SELECT count(*) FROM approvals")).scalar_one() == 0


def test_audit_verify_exits_nonzero_naming_broken_event(run, database: Database) -> None:
    _setup(run)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"))
    proc = run("audit", "verify")
    assert proc.returncode == 1
    assert "seq 3" in proc.stderr


def test_unknown_time_zone_and_dst_gap_are_clear_errors(run, database: Database) -> None:
    _setup(run)
    proc = run(
        "accounts",
        "add",
        "brand",
        "--platform",
        "outbox",
        "--kind",
        "brand",
        "--owner",
        "jo",
        "--tz",
        "Europe/Paree",
    )
    assert proc.returncode == 2 and "unknown time zone 'Europe/Paree'" in proc.stderr
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "See you soon."))
    proc = run("drafts", "schedule", "1", "--at", "2030-03-31T02:30", "--as", "alex")
    assert proc.returncode == 2 and "does not exist in Europe/Berlin" in proc.stderr


def test_real_process_exits_1_on_refusal_without_traceback(run, env: dict[str, str]) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "sam", "Proud of this team."))
    proc = subprocess.run(
        [*SIGNOFF, "drafts", "approve", "1", "--as", "sam"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and "own draft" in proc.stderr and "Traceback" not in proc.stderr


def test_worker_once_publishes_due_post_to_outbox(run, env: dict[str, str]) -> None:
    _setup(run)
    _ok(
        run(
            "accounts",
            "add",
            "fast",
            "--platform",
            "outbox",
            "--kind",
            "person",
            "--owner",
            "jo",
            "--cooloff",
            "0",
            "--disclosure",
            "-{initials}",
        )
    )
    _ok(run("members", "add", "fast", "alex", "--role", "editor"))
    _ok(run("members", "add", "fast", "sam", "--role", "approver"))
    _ok(run("drafts", "new", "--account", "fast", "--as", "alex", "On my way."))
    _ok(run("drafts", "approve", "1", "--as", "sam"))
    stats = json.loads(_ok(run("worker", "--once", "--format", "json")))
    assert stats["published"] == 1
    [line] = (Path(env["SIGNOFF_DATA_DIR"]) / "outbox" / "fast.jsonl").read_text().splitlines()
    assert json.loads(line)["text"] == "On my way. -AK"
    assert json.loads(_ok(run("drafts", "show", "1", "--format", "json")))["state"] == "published"


def test_pause_and_resume_by_approver_are_audited(run) -> None:
    _setup(run)
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "alex")
    assert refused.returncode == 1 and "only the owner or an approver" in refused.stderr
    paused = json.loads(
        _ok(run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam", "--format", "json"))
    )
    assert paused["paused"] is True and paused["paused_reason"] == "storm"
    _ok(run("accounts", "resume", "jopa", "--as", "jo"))
    log = json.loads(_ok(run("audit", "log", "--subject", "account:jopa", "--format", "json")))
    assert [e["action"] for e in log[:2]] == ["account.resume", "account.pause"]
    assert log[1]["after"]["reason"] == "storm" and log[1]["actor"] == "sam"


def test_init_reports_schema_and_queue(run) -> None:
    info = json.loads(_ok(run("init", "--format", "json")))
    assert info["schema_revision"] == head_revision() and info["queue"] == "sqlite"


def test_drafts_show_says_what_the_stored_news_gave_its_verdict(run, database: Database) -> None:
    """Feeds configured but nothing recent: `drafts show` says the window held no item, and no `not_run`
    line (the timing checks ran)."""
    _setup(run)
    feed = Path(__file__).resolve().parents[1] / "data" / "news" / "paterno-night-2011.json"
    _ok(run("feeds", "add", str(feed), "--name", "wire"))
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Great show tonight"))  # now: 2011 is old
    shown = _ok(run("drafts", "show", "1"))
    assert "news: no news item in the window before its check time" in shown
    assert "did not run" not in shown
