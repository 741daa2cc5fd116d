"""Settings: SQLite in the data dir by default, PostgreSQL and Redis by environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from signoff.config import Settings


def test_default_database_is_sqlite_in_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SIGNOFF_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("SIGNOFF_DATABASE_URL", raising=False)
    settings = Settings()
    assert settings.sqlalchemy_url == f"sqlite:///{tmp_path / 'signoff.db'}"
    assert settings.outbox_dir == tmp_path / "outbox"


def test_postgres_url_uses_psycopg3_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNOFF_DATABASE_URL", "postgresql://u@db/signoff")
    assert Settings().sqlalchemy_url == "postgresql+psycopg://u@db/signoff"


def test_news_feeds_read_as_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNOFF_NEWS_FEEDS", '["feeds/a.xml", "https://example.org/rss"]')
    assert Settings().news_feeds == ["feeds/a.xml", "https://example.org/rss"]
