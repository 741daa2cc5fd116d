"""No silent empty installs, and infrastructure errors as one clear line (issue 10, items 5 and 6)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from signoff.config import Settings
from signoff.errors import ConfigError, NotInstalledError, ServiceUnavailableError
from signoff.jobs import worker as jobs_worker
from signoff.publish.dispatcher import PublishStats
from signoff.store.engine import Database
from signoff.store.install import MARKER, prepare_data_dir, require_install


def test_a_data_directory_init_did_not_create_is_refused_naming_the_path_and_the_fix(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "typo")
    with pytest.raises(NotInstalledError) as err:
        require_install(settings)
    assert str(tmp_path / "typo") in str(err.value) and "signoff init" in str(err.value)
    assert not (tmp_path / "typo").exists()
    (tmp_path / "typo").mkdir()  # an existing but foreign directory is refused too
    with pytest.raises(NotInstalledError, match="was not created by `signoff init`"):
        require_install(settings)


def test_init_marks_the_directory_and_then_it_is_accepted(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    assert prepare_data_dir(settings) is True
    assert (tmp_path / "data" / MARKER).is_file() and settings.outbox_dir.is_dir()
    require_install(settings)
    assert prepare_data_dir(settings) is False  # init again: nothing new


def test_an_install_from_before_the_marker_is_recognised_by_its_database(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "signoff.db").write_bytes(b"")
    require_install(Settings(data_dir=tmp_path / "old"))


def test_a_data_directory_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a directory")
    settings = Settings(data_dir=tmp_path / "data")
    for call in (require_install, prepare_data_dir):
        with pytest.raises(NotInstalledError, match="is a file, not a directory"):
            call(settings)


@pytest.mark.parametrize("url", ["mysql://u:secret@db/signoff", "mongodb://db", "not a url"])
def test_unsupported_database_url_is_one_config_error_without_the_password(url: str) -> None:
    with pytest.raises(ConfigError) as err:
        Database(url)
    message = str(err.value)
    assert "\n" not in message and "secret" not in message and "postgresql://" in message
    assert err.value.exit_code == 2


def test_unreachable_postgresql_is_one_line_exit_2() -> None:
    db = Database("postgresql+psycopg://postgres@127.0.0.1:1/test")  # nothing listens on port 1
    with pytest.raises(ServiceUnavailableError) as err, db.session():
        pass
    message = str(err.value)
    assert message.startswith("cannot reach the database postgresql+psycopg://postgres@127.0.0.1:1/test")
    assert "\n" not in message and "SIGNOFF_DATABASE_URL" in message and err.value.exit_code == 2


def test_unreachable_redis_is_one_line_before_the_worker_starts(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, redis_url="redis://:pw@127.0.0.1:1/0")
    with pytest.raises(ServiceUnavailableError) as err:
        jobs_worker.check_queue(settings)
    message = str(err.value)
    assert "cannot reach Redis at redis://***@127.0.0.1:1/0" in message and "pw" not in message
    assert "\n" not in message and "SIGNOFF_REDIS_URL" in message


def test_worker_backs_off_and_logs_one_line_per_failure_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(data_dir=tmp_path, publish_interval_seconds=0.001)
    stop = threading.Event()
    rounds: list[str] = []
    waits: list[float] = []
    script = ["down"] * 5 + ["up"] + ["down"] * 3 + ["up"]

    def round_(db, **kw) -> PublishStats:
        outcome = script[len(rounds)]
        rounds.append(outcome)
        if len(rounds) == len(script):
            stop.set()
        if outcome == "down":
            raise ServiceUnavailableError("cannot reach the database postgresql://db/x: refused")
        return PublishStats()

    real_wait = stop.wait

    def recording_wait(timeout: float | None = None) -> bool:
        waits.append(timeout or 0.0)
        return real_wait(0)

    monkeypatch.setattr(jobs_worker, "publish_due_posts", round_)
    monkeypatch.setattr(stop, "wait", recording_wait)
    caplog.set_level(logging.WARNING, logger="signoff.worker")
    jobs_worker.publish_loop(settings, stop=stop, db=object())  # type: ignore[arg-type]
    lines = [r.getMessage() for r in caplog.records if r.name == "signoff.worker"]
    assert len(rounds) == len(script)
    assert [line.split(" after ")[0].split(":")[0] for line in lines] == [
        "publishing stopped",
        "publishing works again",
        "publishing stopped",
        "publishing works again",
    ]
    assert "after 5 failed round(s)" in lines[1] and "after 3 failed round(s)" in lines[3]
    assert "cannot reach the database" in lines[0] and not any(r.exc_info for r in caplog.records)
    assert waits[:5] == sorted(waits[:5]) and waits[4] > waits[0]  # the wait grows while it keeps failing


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://postgres@127.0.0.1:1/test", "cannot reach the database"),
        ("mysql://u@127.0.0.1/db", "is not supported"),
    ],
)
@pytest.mark.parametrize("command", [["init"], ["drafts", "list"], ["worker", "--once"]])
def test_commands_say_one_line_and_exit_2_when_the_database_is_unusable(
    tmp_path: Path, url: str, expected: str, command: list[str]
) -> None:
    data = tmp_path / "data"
    prepare_data_dir(Settings(data_dir=data))  # an install, so only the database is wrong
    env = {**os.environ, "SIGNOFF_DATA_DIR": str(data), "SIGNOFF_DATABASE_URL": url}
    env.pop("SIGNOFF_REDIS_URL", None)
    proc = subprocess.run(
        [sys.executable, "-c", "from signoff.cli.app import main; main()", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr
