"""The Huey instance: SQLite in the data dir by default, Redis when SIGNOFF_REDIS_URL is set."""

from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from signoff.config import Settings


def make_huey(settings: Settings) -> Huey:
    if settings.redis_url:
        return RedisHuey("signoff", url=settings.redis_url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("signoff", filename=str(settings.data_dir / "jobs.db"))
