"""Pytest fixtures for tests that need a real database: the same test runs on SQLite and PostgreSQL.

PostgreSQL gets a database of its own per test session (other processes share `test`), dropped at
the end. When PostgreSQL is down, tests skip — unless SIGNOFF_REQUIRE_SERVICES=1 (CI), then they fail.
Import the fixtures into a conftest.py: `from signoff.store.testing import database, pg_url  # noqa: F401`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from signoff.store.base import Base
from signoff.store.engine import Database

PG_ADMIN_DSN = os.environ.get("SIGNOFF_TEST_PG", "host=127.0.0.1 port=5432 user=postgres dbname=test")


def services_required() -> bool:
    return os.environ.get("SIGNOFF_REQUIRE_SERVICES") == "1"


def _unavailable(why: str) -> None:
    if services_required():
        pytest.fail(f"PostgreSQL is required (SIGNOFF_REQUIRE_SERVICES=1) but {why}")
    pytest.skip(f"PostgreSQL not available: {why}")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh, uniquely named PostgreSQL database for this test session, migrated to head."""
    import psycopg

    try:
        admin = psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        _unavailable(str(exc).strip().splitlines()[0])
    name = f"signoff_t_{os.getpid()}_{secrets.token_hex(4)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    params = admin.info.get_parameters()
    url = (
        f"postgresql+psycopg://{params.get('user') or 'postgres'}@{admin.info.host}:{admin.info.port}/{name}"
    )
    try:
        db = Database(url)
        db.ensure_schema()
        db.dispose()
        yield url
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _truncate(db: Database) -> None:
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables if t.name != "audit_head")
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(text("UPDATE audit_head SET seq = 0, hash = :h"), {"h": "0" * 64})


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: a SQLite file in tmp_path, or the session's PostgreSQL database."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'signoff.db'}")
        db.ensure_schema()
    else:
        db = Database(request.getfixturevalue("pg_url"))
        db.ensure_schema()
        _truncate(db)
    try:
        yield db
    finally:
        db.dispose()
