"""Every action by a person proves who they are: `--as NAME` needs a login or the password (issue 10, item 2).

CLI tests run in-process on SQLite and PostgreSQL with the sessions kept in a temporary config directory.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from signoff.audit.actors import os_actor
from signoff.cli.app import app
from signoff.config import get_settings
from signoff.errors import AuthError, InputError, RefusedError, SignoffError
from signoff.store.engine import Database
from signoff.workflow import service

PASSWORDS = {"jo": "jo-secret-1", "alex": "alex-secret-1", "sam": "sam-secret-1"}
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


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
        "SIGNOFF_CONFIG_DIR": str(tmp_path / "config"),
        "COLUMNS": "200",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    for key in ("SIGNOFF_REDIS_URL", "SIGNOFF_PASSWORD", "SIGNOFF_SESSION_HOURS"):
        monkeypatch.delenv(key, raising=False)
    get_settings.cache_clear()
    yield values
    get_settings.cache_clear()


@pytest.fixture
def run(env: dict[str, str]):
    runner = CliRunner()

    def _run(*args: str, stdin: str | None = None, password: str | None = None) -> Result:
        extra = {"SIGNOFF_PASSWORD": password} if password is not None else None
        res = runner.invoke(app, list(args), input=stdin, env=extra)
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
    for name, password in PASSWORDS.items():
        _ok(run("users", "add", name, "--password-stdin", stdin=password + "\n"))
    _ok(run("accounts", "add", "jopa", "--platform", "outbox", "--kind", "person", "--owner", "jo"))
    _ok(run("members", "add", "jopa", "alex", "--role", "editor"))
    _ok(run("members", "add", "jopa", "sam", "--role", "approver"))


def _login(run, name: str) -> None:
    _ok(run("login", name, "--password-stdin", stdin=PASSWORDS[name] + "\n"))


def _audit(run) -> list[dict]:
    return json.loads(_ok(run("audit", "log", "--format", "json")))


def _session_file(env: dict[str, str], name: str) -> Path:
    [path] = Path(env["SIGNOFF_CONFIG_DIR"]).glob(f"sessions/*/{name}.json")
    return path


def test_author_cannot_approve_as_the_owner_without_proof(run) -> None:
    _setup(run)
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Great show", password=PASSWORDS["alex"]))
    refused = run("drafts", "approve", "1", "--as", "jo")
    assert refused.returncode == 1
    assert "signoff login jo" in refused.stderr and "--password-stdin" in refused.stderr
    assert "SIGNOFF_PASSWORD" in refused.stderr
    wrong = run("drafts", "approve", "1", "--as", "jo", password=PASSWORDS["alex"])
    assert wrong.returncode == 1 and "wrong password for jo" in wrong.stderr
    _login(run, "alex")  # alex's own login proves nothing about jo
    assert run("drafts", "approve", "1", "--as", "jo").returncode == 1
    assert [e["action"] for e in _audit(run)].count("draft.approve") == 0
    _ok(run("drafts", "approve", "1", "--as", "jo", "--password-stdin", stdin=PASSWORDS["jo"] + "\n"))
    assert _audit(run)[0]["action"] == "draft.approve" and _audit(run)[0]["actor"] == "jo"


def test_login_lets_as_work_and_keeps_a_0600_file_with_no_password(run, env) -> None:
    _setup(run)
    _login(run, "alex")
    path = _session_file(env, "alex")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert PASSWORDS["alex"] not in path.read_text()
    created = json.loads(
        _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Hi", "--format", "json"))
    )
    assert created["id"] == 1


def test_database_stores_only_a_hash_of_the_session_token(run, env, database: Database) -> None:
    _setup(run)
    _login(run, "sam")
    token = json.loads(_session_file(env, "sam").read_text())["token"]
    with database.engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM user_sessions")).scalars().all()
    assert len(stored) == 1 and token not in stored[0] and len(stored[0]) == 64


def test_logout_ends_the_session_here_and_in_the_database(run, env, database: Database) -> None:
    _setup(run)
    _login(run, "sam")
    token = json.loads(_session_file(env, "sam").read_text())["token"]
    assert "logged out sam" in _ok(run("logout", "sam"))
    assert not list(Path(env["SIGNOFF_CONFIG_DIR"]).glob("sessions/*/sam.json"))
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM user_sessions")).scalar_one() == 0
    assert run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam").returncode == 1
    # a copy of the file kept from before logout is worthless too
    path = _session_file_after_login(run, env, "sam")
    path.write_text(json.dumps({"user": "sam", "token": token, "expires_at": ""}))
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam")
    assert refused.returncode == 1 and "no longer valid" in refused.stderr


def _session_file_after_login(run, env, name: str) -> Path:
    _login(run, name)
    return _session_file(env, name)


def test_logout_without_a_name_ends_every_login_of_this_install(run, env) -> None:
    _setup(run)
    _login(run, "sam")
    _login(run, "jo")
    assert "logged out jo, sam" in _ok(run("logout"))
    assert run("drafts", "new", "--account", "jopa", "--as", "jo", "Hi").returncode == 1


def test_expired_session_is_refused(run, database: Database) -> None:
    _setup(run)
    _login(run, "sam")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE user_sessions SET expires_at = created_at"))
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam")
    assert refused.returncode == 1 and "expired" in refused.stderr and "signoff login sam" in refused.stderr


def test_garbled_or_open_session_file_is_refused(run, env) -> None:
    _setup(run)
    path = _session_file_after_login(run, env, "sam")
    path.write_text("{not json")
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam")
    assert refused.returncode == 1 and "garbled" in refused.stderr and "Traceback" not in refused.stderr
    path = _session_file_after_login(run, env, "sam")
    path.chmod(0o644)
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam")
    assert refused.returncode == 1 and "readable by other users" in refused.stderr
    # the password still works alongside a bad file
    _ok(run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam", password=PASSWORDS["sam"]))


def test_session_belongs_to_one_install(run, env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _setup(run)
    _login(run, "sam")
    monkeypatch.setenv("SIGNOFF_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    get_settings.cache_clear()
    _setup(run)
    refused = run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam")
    assert refused.returncode == 1 and "not logged in here" in refused.stderr


def test_session_lasts_as_configured(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="sam", password=PASSWORDS["sam"], now=NOW)
        issued = service.start_session(
            s, name="sam", password=PASSWORDS["sam"], now=NOW, ttl=timedelta(hours=12)
        )
    with database.session() as s:
        assert (
            service.resume_session(s, name="sam", token=issued.token, now=NOW + timedelta(hours=11)).name
            == "sam"
        )
        with pytest.raises(AuthError, match="expired"):
            service.resume_session(s, name="sam", token=issued.token, now=NOW + timedelta(hours=12))
        with pytest.raises(AuthError, match="no longer valid"):
            service.resume_session(s, name="sam", token=issued.token + "x", now=NOW)


def test_password_stdin_leaves_the_rest_of_stdin_for_the_draft(run) -> None:
    _setup(run)
    stdin = PASSWORDS["alex"] + "\nFrom stdin, line one.\n"
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "--password-stdin", "-", stdin=stdin))
    view = json.loads(_ok(run("drafts", "show", "1", "--format", "json")))
    assert view["text"].startswith("From stdin, line one.") and PASSWORDS["alex"] not in view["text"]


def test_members_add_without_as_is_audited_under_the_os_user(run) -> None:
    _setup(run)
    events = [e for e in _audit(run) if e["action"] in ("member.set", "user.add", "account.add")]
    assert events and {e["actor"] for e in events} == {os_actor()}
    assert all(e["actor"] != "admin" for e in _audit(run))


def test_members_add_with_as_is_checked_against_the_role(run) -> None:
    _setup(run)
    _ok(run("users", "add", "vic", "--password-stdin", stdin="vic-secret-1\n"))
    refused = run(
        "members", "add", "jopa", "vic", "--role", "approver", "--as", "sam", password=PASSWORDS["sam"]
    )
    assert refused.returncode == 1 and "only the owner of jopa adds members" in refused.stderr
    assert run("members", "add", "jopa", "vic", "--role", "viewer", "--as", "jo").returncode == 1  # no proof
    _ok(run("members", "add", "jopa", "vic", "--role", "viewer", "--as", "jo", password=PASSWORDS["jo"]))
    assert _audit(run)[0]["actor"] == "jo"


def test_accounts_add_as_a_person_only_for_their_own_account(run) -> None:
    _setup(run)
    args = ("accounts", "add", "samco", "--platform", "outbox", "--kind", "brand")
    refused = run(*args, "--owner", "jo", "--as", "sam", password=PASSWORDS["sam"])
    assert refused.returncode == 1 and "only an account they own" in refused.stderr
    _ok(run(*args, "--owner", "sam", "--as", "sam", password=PASSWORDS["sam"]))
    assert _audit(run)[0]["actor"] == "sam"


@pytest.mark.parametrize("name", ["publisher", "Worker", "SYSTEM", "admin"])
def test_reserved_actor_names_are_refused(database: Database, name: str) -> None:
    with database.session() as s, pytest.raises(InputError, match="acts under"):
        service.create_user(s, name=name, now=NOW)


def test_user_names_are_unique_without_regard_to_case(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="Jo", now=NOW)
    with database.session() as s, pytest.raises(RefusedError, match="'Jo' already exists"):
        service.create_user(s, name="jo", now=NOW)
    # the database itself refuses too, whoever writes to it
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO users (name, initials, created_at) VALUES ('JO', 'J', :t)"), {"t": NOW}
        )


def test_user_without_password_is_told_how_to_get_one(run) -> None:
    _setup(run)
    _ok(run("users", "add", "vic"))
    _ok(run("members", "add", "jopa", "vic", "--role", "editor"))
    refused = run("drafts", "new", "--account", "jopa", "--as", "vic", "Hi", password="anything-at-all")
    assert refused.returncode == 1 and "signoff users passwd vic" in refused.stderr


def test_sessions_dir_is_private_even_with_a_loose_umask(run, env) -> None:
    _setup(run)
    old = os.umask(0o022)
    try:
        _login(run, "jo")
    finally:
        os.umask(old)
    assert stat.S_IMODE(_session_file(env, "jo").stat().st_mode) == 0o600


def test_users_passwd_for_oneself_needs_the_current_password_and_ends_logins(run, env) -> None:
    _setup(run)
    _login(run, "alex")
    refused = run(
        "users", "passwd", "alex", "--as", "alex", "--password-stdin", stdin="wrong-one\nnew-pass-1\n"
    )
    assert refused.returncode == 1 and "wrong password for alex" in refused.stderr
    stdin = PASSWORDS["alex"] + "\nnew-pass-1\n"
    assert "1 login(s) ended" in _ok(
        run("users", "passwd", "alex", "--as", "alex", "--password-stdin", stdin=stdin)
    )
    assert run("drafts", "new", "--account", "jopa", "--as", "alex", "Hi").returncode == 1  # login ended
    _ok(run("drafts", "new", "--account", "jopa", "--as", "alex", "Hi", password="new-pass-1"))
    _ok(run("users", "passwd", "alex", "--password-stdin", stdin="admin-set-1\n"))  # install admin
    assert _audit(run)[0]["action"] == "user.passwd" and _audit(run)[0]["actor"] == os_actor()


def test_members_remove_and_users_remove_from_the_cli(run) -> None:
    _setup(run)
    refused = run("members", "remove", "jopa", "jo")
    assert refused.returncode == 1 and "exactly one owner" in refused.stderr
    assert "no longer a member of jopa" in _ok(run("members", "remove", "jopa", "sam"))
    refused = run("users", "remove", "jo")
    assert refused.returncode == 1 and "jo owns jopa" in refused.stderr
    assert "signoff members transfer jopa NAME" in refused.stderr
    refused = run("members", "transfer", "jopa", "alex", "--as", "sam", password=PASSWORDS["sam"])
    assert refused.returncode == 1 and "only the owner of jopa" in refused.stderr
    assert "removed alex (left jopa)" in _ok(run("users", "remove", "alex"))
    assert "alex" not in _ok(run("users", "list"))
    listed = json.loads(_ok(run("users", "list", "--all", "--format", "json")))
    assert [u["name"] for u in listed if u["removed_at"]] == ["alex"]
    refused = run("login", "alex", "--password-stdin", stdin=PASSWORDS["alex"] + "\n")
    assert refused.returncode == 2 and "was removed" in refused.stderr


def _commands_taking_as() -> list[tuple[str, ...]]:
    import typer.main

    def walk(cmd, path: tuple[str, ...] = ()):
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            yield from walk(sub, (*path, name))
        if not getattr(cmd, "commands", None):
            yield path, cmd

    return [
        path
        for path, cmd in walk(typer.main.get_command(app))
        if any("--as" in p.opts for p in cmd.params) and path != ("users", "passwd")
    ]


def test_every_command_taking_as_demands_proof(run) -> None:
    """A meta-test: a command added later with `--as` cannot take the name on trust."""
    _setup(run)
    commands = _commands_taking_as()
    assert ("drafts", "approve") in commands and ("members", "add") in commands
    for path in commands:
        refused = run(*path, "--as", "jo")  # `--as` is checked before anything else the command needs
        assert refused.returncode == 1 and "jo is not logged in here" in refused.stderr, path
        assert "--password-stdin" in _ok(run(*path, "--help")), path


def test_logging_in_again_ends_the_login_it_replaces(run, env, database: Database) -> None:
    _setup(run)
    _login(run, "sam")
    first = json.loads(_session_file(env, "sam").read_text())["token"]
    _login(run, "sam")
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM user_sessions")).scalar_one() == 1
    assert json.loads(_session_file(env, "sam").read_text())["token"] != first
    _ok(run("accounts", "pause", "jopa", "--reason", "storm", "--as", "sam"))


def test_a_name_in_another_case_is_the_same_person(run, env) -> None:
    _setup(run)
    _ok(run("login", "JO", "--password-stdin", stdin=PASSWORDS["jo"] + "\n"))
    assert _session_file(env, "jo").exists()
    _ok(run("drafts", "new", "--account", "jopa", "--as", "Alex", "Hi", password=PASSWORDS["alex"]))
    _ok(run("drafts", "approve", "1", "--as", "Jo"))
    assert [e["actor"] for e in _audit(run)[:2]] == ["jo", "alex"]  # audited under the stored name


def test_password_stdin_without_as_is_an_error_not_ignored(run) -> None:
    _setup(run)
    _ok(run("users", "add", "vic", "--password-stdin", stdin="vic-secret-1\n"))
    proc = run("members", "add", "jopa", "vic", "--role", "viewer", "--password-stdin", stdin="x\n")
    assert proc.returncode == 2 and "add --as NAME" in proc.stderr
