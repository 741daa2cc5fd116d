"""`signoff audit verify|log`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from signoff.audit import service as audit_service
from signoff.cli._db import FormatOption, console, emit_json, transaction
from signoff.vocab import Format

audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)


@audit_app.command("verify")
def verify(out_format: FormatOption = Format.TEXT) -> None:
    """Check the hash chain; exit 1 naming the first event that was edited, deleted or reordered."""
    with transaction() as s:
        result = audit_service.verify(s)
    if out_format == "json":
        emit_json(result.to_dict())
    elif result.ok:
        console.print(f"audit log intact: {result.checked} events verified", highlight=False)
    else:
        typer.secho(
            f"audit log BROKEN at event seq {result.broken_seq} (id {result.broken_id}): {result.reason}",
            fg="red",
            err=True,
        )
    raise typer.Exit(0 if result.ok else 1)


@audit_app.command("log")
def log(
    limit: Annotated[int, typer.Option(help="Newest N events")] = 50,
    subject: Annotated[
        str | None, typer.Option(help="Only events about e.g. draft:12 or account:jopa")
    ] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """The newest events: who did what, when, before and after."""
    with transaction() as s:
        rows = [
            {
                "seq": e.seq,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "subject": e.subject,
                "before": e.before,
                "after": e.after,
                "hash": e.hash,
            }
            for e in audit_service.recent(s, limit=limit, subject=subject)
        ]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("seq", "at", "actor", "action", "subject")
    for r in rows:
        table.add_row(str(r["seq"]), r["at"][:19], r["actor"], r["action"], r["subject"])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
