"""Settings from the environment (SIGNOFF_*): data dir, database, job queue, news feeds."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("signoff", appauthor=False))


def _default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir("signoff", appauthor=False))


class Settings(BaseSettings):
    """One install's settings. Every field reads `SIGNOFF_<NAME>` from the environment (or a .env file)."""

    model_config = SettingsConfigDict(env_prefix="SIGNOFF_", env_file=".env", extra="ignore")

    #: Where the SQLite database, the Huey queue and the outbox live by default.
    data_dir: Path = Field(default_factory=_default_data_dir)
    #: SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db. Default: SQLite file in the data dir.
    database_url: str | None = None
    #: Redis URL for the job queue, e.g. redis://127.0.0.1:6379/0. Default: Huey's SQLite backend.
    redis_url: str | None = None
    #: Secret for signing sessions and tokens (web). Not needed for the CLI.
    secret_key: str | None = None
    #: News sources preflight reads (feed files or URLs): in the environment a comma-separated list
    #: (SIGNOFF_NEWS_FEEDS=/path/feed.xml,https://example.com/rss) or a JSON list.
    news_feeds: Annotated[list[str], NoDecode] = Field(default_factory=list)
    #: How often the worker re-reads the news feeds (publish-time preflight uses the latest read).
    news_refresh_seconds: float = 120.0
    #: How often the worker looks for due posts.
    publish_interval_seconds: float = 1.0
    #: A claimed post whose worker vanished is recovered after this many seconds.
    publish_lease_seconds: float = 30.0
    #: Posts claimed per publish round.
    publish_batch_size: int = 100
    #: Where `signoff login` keeps this OS user's sessions (default: the user's config directory).
    config_dir: Path = Field(default_factory=_default_config_dir)
    #: How long a `signoff login` lasts, in hours.
    session_hours: float = Field(default=12.0, gt=0)

    @field_validator("news_feeds", mode="before")
    @classmethod
    def _feed_list(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        raw = value.strip()
        if raw.startswith("["):
            try:
                return json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ValueError(
                    f"SIGNOFF_NEWS_FEEDS starts like a JSON list but is not valid JSON ({exc.msg}); "
                    "write the feeds comma-separated: /path/feed.xml,https://example.com/rss"
                ) from None
        return [part.strip() for part in raw.split(",") if part.strip()]

    @field_validator("data_dir", "config_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            url = self.database_url
            # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
            if url.startswith("postgresql://") or url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            return url
        return f"sqlite:///{self.data_dir / 'signoff.db'}"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once. Tests build `Settings(...)` directly instead.

    A setting that cannot be read is a ConfigError naming the variable (not a pydantic traceback)."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        from signoff.errors import ConfigError

        problems = "; ".join(
            f"SIGNOFF_{str(err['loc'][0]).upper() if err['loc'] else '?'}: "
            f"{err['msg'].removeprefix('Value error, ')}"
            for err in exc.errors()
        )
        raise ConfigError(f"cannot read the settings: {problems}") from None
