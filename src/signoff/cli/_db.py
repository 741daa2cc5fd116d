"""Shared plumbing for the workflow commands: one transaction per command, the clock, JSON or text output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import typer
from rich.console import Console
from sqlalchemy.orm import Session

# Re-exported: every command's `--as` proves who acts (a login or the password), see cli/_auth.py.
from signoff.cli._auth import ActorOption as ActorOption
from signoff.cli._auth import OptionalActorOption as OptionalActorOption
from signoff.cli._auth import PasswordStdinOption as PasswordStdinOption
from signoff.cli._format import FormatOption as FormatOption
from signoff.config import get_settings
from signoff.store.engine import Database, open_database

console = Console()


def now() -> datetime:
    """The wall clock, read here at the edge and passed into services."""
    return datetime.now(UTC)


def database() -> Database:
    """The install's database; refuses a data directory that `signoff init` did not create."""
    from signoff.store.install import require_install

    settings = get_settings()
    require_install(settings)
    return open_database(settings)


@contextmanager
def transaction() -> Iterator[Session]:
    """One command, one transaction: a refused or failed command leaves the database unchanged."""
    with database().session() as session:
        yield session


def emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def news_sources() -> list[str] | None:
    """The install's configured news feeds (SIGNOFF_NEWS_FEEDS), or None when there are none."""
    feeds = get_settings().news_feeds
    return list(feeds) if feeds else None
