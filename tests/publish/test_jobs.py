"""The job queue: Huey on SQLite in the data dir by default, Redis when configured."""

from __future__ import annotations

from pathlib import Path

from huey import RedisHuey, SqliteHuey

from signoff.config import Settings
from signoff.jobs.queue import make_huey


def test_default_queue_is_sqlite_in_data_dir(tmp_path: Path) -> None:
    huey = make_huey(Settings(data_dir=tmp_path, redis_url=None))
    assert isinstance(huey, SqliteHuey)
    assert Path(huey.storage.filename) == tmp_path / "jobs.db"


def test_redis_url_selects_redis_queue(tmp_path: Path) -> None:
    huey = make_huey(Settings(data_dir=tmp_path, redis_url="redis://127.0.0.1:6379/15"))
    assert isinstance(huey, RedisHuey)
    assert huey.storage.conn.connection_pool.connection_kwargs["db"] == 15
