"""`signoff worker --once` and `accounts add` as a new user meets them (issue 10's blocker), on SQLite and
PostgreSQL: an account on a platform with no connector is refused; a post whose connector disappears
later ends `failed` with the reason while the other accounts' posts publish, and the round exits 0."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.config import get_settings
from signoff.errors import SignoffError
from signoff.publish import registry
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team


@pytest.fixture
def install(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    values = {
        "SIGNOFF_DATA_DIR": str(tmp_path / "data"),
        "SIGNOFF_DATABASE_URL": database.url,
        "SIGNOFF_CONFIG_DIR": str(tmp_path / "config"),
        "COLUMNS": "200",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SIGNOFF_REDIS_URL", raising=False)
    monkeypatch.delenv("SIGNOFF_NEWS_FEEDS", raising=False)
    get_settings.cache_clear()
    assert _run("init")[0] == 0
    yield tmp_path / "data"
    get_settings.cache_clear()


def _run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, list(args))
    if isinstance(res.exception, SignoffError):
        return res.exception.exit_code, f"error: {res.exception}"
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res.exit_code, res.stdout


def _approved_posts(db: Database, handles: list[str]) -> dict[str, int]:
    """Accounts on the outbox platform with one approved post each, due a minute ago."""
    past = datetime.now(UTC) - timedelta(minutes=1)
    ids = {}
    with db.session() as s:
        for i, handle in enumerate(handles):
            team = seed_team(s, now=past, handle=handle, users=i == 0)
            d = service.create_draft(
                s, handle=handle, author=team.editor, text=f"Hi from {handle}.", now=past
            )
            service.approve_draft(s, draft_id=d.id, actor=team.approver, now=past)
            ids[handle] = d.id
    return ids


def test_account_on_a_platform_without_connector_is_refused_naming_the_installed_ones(
    install: Path, database: Database
) -> None:
    with database.session() as s:
        service.create_user(s, name="jo", full_name="Jo Pa", now=datetime.now(UTC))
    code, out = _run("accounts", "add", "brewco_x", "--platform", "x", "--kind", "brand", "--owner", "jo")
    assert code == 2
    assert "no connector for platform 'x' is installed" in out and "installed: outbox" in out
    code, out = _run("accounts", "list", "--format", "json")
    assert code == 0 and json.loads(out) == []  # nothing was added
    code, _ = _run("accounts", "add", "brewco", "--platform", "outbox", "--kind", "brand", "--owner", "jo")
    assert code == 0


def test_a_post_whose_connector_disappeared_fails_with_the_reason_and_the_others_publish(
    install: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _approved_posts(database, ["jopa", "brewco"])
    # After the approval, brewco's platform has no connector any more (as if its connector package had
    # been uninstalled): mastodon is a platform signoff knows, with no connector installed here.
    assert "mastodon" not in registry.available()
    with database.session() as s:
        s.execute(text("UPDATE accounts SET platform = 'mastodon' WHERE handle = 'brewco'"))
    code, out = _run("worker", "--once")
    assert code == 0, out
    assert f"draft {ids['jopa']} @jopa published" in out
    assert f"draft {ids['brewco']} @brewco failed: no connector for platform 'mastodon'" in out
    assert "published 1 (recovered 0), failed 1" in out
    code, shown = _run("drafts", "show", str(ids["brewco"]), "--format", "json")
    assert code == 0
    view = json.loads(shown)
    assert view["state"] == "failed" and "no connector for platform 'mastodon'" in view["note"]
    code, shown = _run("drafts", "show", str(ids["brewco"]))
    assert code == 0 and "no connector for platform 'mastodon'" in " ".join(shown.split())
    code, again = _run("worker", "--once", "--format", "json")  # nothing left over, nothing repeated
    assert code == 0 and json.loads(again)["failed"] == 0


def test_worker_refuses_a_data_directory_init_did_not_create(
    install: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNOFF_DATA_DIR", str(tmp_path / "typo"))
    get_settings.cache_clear()
    code, out = _run("worker", "--once")
    assert code == 2 and str(tmp_path / "typo") in out and "signoff init" in out
    assert not (tmp_path / "typo").exists()  # no stray install was started
