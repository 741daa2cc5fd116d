"""Alembic, run from code: `signoff init` and first use bring the schema to head.

Alembic itself takes a few tenths of a second to import, so the everyday path (a database already at head)
does without it: `at_head` reads the newest revision from the version files' `revision = ...` lines and
compares it with the one row of `alembic_version`. Alembic is loaded only when that does not settle it
(a migration to run, a new database, version files that are not one plain chain).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "signoff.store:migrations"
#: The migration scripts (what SCRIPT_LOCATION names), read by `script_head` without alembic.
VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"
#: Any constant: PostgreSQL advisory lock so two processes starting at once do not both migrate.
PG_MIGRATION_LOCK = 7_340_101

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def script_head() -> str | None:
    """The newest revision, read from the version files without importing alembic; None when the files
    do not form one plain chain (a merge, a branch, a value that is not a literal): alembic decides then."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        if path.name.startswith("_"):
            continue
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            parent = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str) or not (parent is None or isinstance(parent, str)):
            return None
        revisions.add(revision)
        if parent is not None:
            parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def at_head(engine: Engine) -> bool:
    """Whether the database is at the newest migration, by one query and without alembic (False also
    when that cannot be told cheaply: no version table yet, an unreadable version file)."""
    head = script_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:  # no alembic_version table (a new database), or the server is unreachable
        return False
    return rows == [head]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> bool:
    """Upgrade the database behind `engine` to the newest migration. True when anything ran."""
    if at_head(engine):
        return False
    from alembic import command

    head = head_revision()
    if current_revision(engine) == head:
        return False
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
