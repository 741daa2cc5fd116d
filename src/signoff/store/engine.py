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
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from signoff.config import Settings, get_settings
from signoff.errors import ConfigError, ServiceUnavailableError

#: The databases signoff runs on (SQLAlchemy backend names).
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

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


def _parse(url: str) -> URL:
    """The URL, or a ConfigError naming what is wrong (the password never appears in messages)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            "SIGNOFF_DATABASE_URL is not a database URL; use postgresql://user@host/dbname "
            "(or leave it unset for SQLite in the data directory)"
        ) from None
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ConfigError(
            f"database {parsed.render_as_string(hide_password=True)!r} is not supported: signoff runs on "
            "PostgreSQL (SIGNOFF_DATABASE_URL=postgresql://user@host/dbname) or SQLite (leave it unset)"
        )
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for `url` with signoff's connection settings; ConfigError for an unsupported URL."""
    parsed = _parse(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise ConfigError(
            f"no driver for {parsed.drivername!r} ({exc}); use postgresql+psycopg://user@host/dbname"
        ) from None


def unreachable(url: str, exc: BaseException) -> ServiceUnavailableError:
    """The one-line error for a database that cannot be reached (server down, wrong host or port)."""
    orig = getattr(exc, "orig", None) or exc
    reason = next((line.strip() for line in str(orig).splitlines() if line.strip()), type(orig).__name__)
    shown = make_url(url).render_as_string(hide_password=True)
    return ServiceUnavailableError(
        f"cannot reach the database {shown}: {reason} (is the server running? see SIGNOFF_DATABASE_URL)"
    )


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

            try:
                upgrade_to_head(self.engine)
            except OperationalError as exc:
                if not self.reachable():
                    raise unreachable(self.url, exc) from None
                raise
            self._migrated = True

    def reachable(self) -> bool:
        """Whether a new connection can be opened now."""
        try:
            with self.engine.connect():
                return True
        except OperationalError:
            return False

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back if it raises."""
        self.ensure_schema()
        try:
            with self.sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            if self.dialect != "sqlite" and not self.reachable():  # the server went away
                raise unreachable(self.url, exc) from exc
            raise

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
