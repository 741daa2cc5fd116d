"""Engines and sessions. Nothing else in signoff creates an engine.

SQLite runs in WAL mode with a busy timeout, and every transaction starts with BEGIN IMMEDIATE: a
read-then-write (claiming a post, appending to the audit chain) then holds the write lock from its
first read, so two processes cannot both read the same state and both act on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Lock
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from signoff.config import Settings, get_settings

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_engine(url: str) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = (
            None  # we issue BEGIN ourselves (pysqlite's own BEGIN is deferred and late)
        )
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_engine(url: str) -> Engine:
    """An engine for `url` with signoff's connection settings."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An engine, its session factory, and the migrations brought to head on first use."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrated = not migrate
        self._lock = Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def ensure_schema(self) -> None:
        """Run the migrations up to head once per process (a no-op when already there)."""
        with self._lock:
            if self._migrated:
                return
            from signoff.store.migrate import upgrade_to_head

            upgrade_to_head(self.engine)
            self._migrated = True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back if it raises."""
        self.ensure_schema()
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


_databases: dict[str, Database] = {}
_databases_lock = Lock()


def open_database(settings: Settings | None = None) -> Database:
    """The process's Database for these settings (one engine per URL)."""
    url = (settings or get_settings()).sqlalchemy_url
    with _databases_lock:
        if url not in _databases:
            _databases[url] = Database(url)
        return _databases[url]


def forget_after_fork() -> None:
    """In a forked child: drop the parent's engines without closing the parent's connections."""
    with _databases_lock:
        for db in _databases.values():
            db.engine.dispose(close=False)
        _databases.clear()
