"""Migration 0003 on an install that predates it: sessions, removed users, names unique regardless of case.

An old install may hold `Jo` and `jo`; the upgrade then stops naming them instead of failing on the index.
On SQLite and on a fresh PostgreSQL database.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from signoff.store.engine import make_engine
from signoff.store.migrate import alembic_config, upgrade_to_head
from signoff.store.testing import PG_ADMIN_DSN, services_required

NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    import psycopg

    try:
        admin = psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if services_required():
            pytest.fail(f"PostgreSQL is required but {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    name = f"signoff_m_{os.getpid()}_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    user = admin.info.get_parameters().get("user") or "postgres"
    try:
        yield f"postgresql+psycopg://{user}@{admin.info.host}:{admin.info.port}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _install_at_0002(url: str, names: list[str]):
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with engine.begin() as conn:
        for name in names:
            conn.execute(
                text("INSERT INTO users (name, initials, created_at) VALUES (:n, 'J', :t)"),
                {"n": name, "t": NOW.replace(tzinfo=None) if url.startswith("sqlite") else NOW},
            )
    return engine


def test_upgrade_stops_naming_users_that_differ_only_in_case(empty_url: str) -> None:
    engine = _install_at_0002(empty_url, ["Jo", "jo", "sam"])
    try:
        with pytest.raises(RuntimeError, match="differ only in case: Jo/jo;"):
            upgrade_to_head(engine)
    finally:
        engine.dispose()


def test_upgrade_keeps_users_and_adds_sessions(empty_url: str) -> None:
    engine = _install_at_0002(empty_url, ["jo", "sam"])
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM users WHERE removed_at IS NULL ORDER BY name"))
            assert [r[0] for r in names] == ["jo", "sam"]
            assert conn.execute(text("SELECT count(*) FROM user_sessions")).scalar_one() == 0
    finally:
        engine.dispose()
