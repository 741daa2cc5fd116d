"""`signoff init`: create the data directory and bring the database schema to the newest migration."""

from __future__ import annotations

import typer

from signoff.cli._db import FormatOption, console, emit_json
from signoff.config import get_settings
from signoff.store.engine import open_database
from signoff.store.install import prepare_data_dir
from signoff.store.migrate import current_revision, upgrade_to_head
from signoff.vocab import Format


def init(out_format: FormatOption = Format.TEXT) -> None:
    """Create the data directory and database (SQLite by default), or migrate an existing one."""
    settings = get_settings()
    prepare_data_dir(settings)
    db = open_database(settings)
    if not db.reachable():
        db.ensure_schema()  # raises the one-line "cannot reach the database ..." error
    ran = upgrade_to_head(db.engine)
    info = {
        "data_dir": str(settings.data_dir),
        "database": db.engine.url.render_as_string(hide_password=True),
        "schema_revision": current_revision(db.engine),
        "migrated": ran,
        "queue": "redis" if settings.redis_url else "sqlite",
    }
    if out_format == "json":
        emit_json(info)
        return
    console.print(f"data dir   {info['data_dir']}", highlight=False)
    console.print(
        f"database   {info['database']} (schema {info['schema_revision']}"
        f"{', migrated now' if ran else ', up to date'})",
        highlight=False,
    )
    console.print(f"job queue  {info['queue']}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
