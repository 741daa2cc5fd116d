"""`signoff members add|list`: roles per account (owner, approver, editor, viewer)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from signoff.cli._db import FormatOption, check_format, console, emit_json, now, transaction
from signoff.workflow import service

members_app = typer.Typer(help="Who may do what on an account.", no_args_is_help=True)


@members_app.command("add")
def add(
    handle: Annotated[str, typer.Argument(help="Account handle")],
    name: Annotated[str, typer.Argument(help="User name")],
    role: Annotated[str, typer.Option("--role", help="approver, editor or viewer")],
    actor: Annotated[str | None, typer.Option("--as", help="Acting user; must be the owner if given")] = None,
    out_format: FormatOption = "text",
) -> None:
    """Give a user a role on an account (or change it)."""
    check_format(out_format)
    with transaction() as s:
        service.add_member(s, handle=handle, name=name, role=role, actor=actor, now=now())
    data = {"account": handle, "user": name, "role": role}
    if out_format == "json":
        emit_json(data)
    else:
        console.print(f"{name} is now {role} on {handle}", highlight=False)


@members_app.command("list")
def list_members(
    handle: Annotated[str, typer.Argument(help="Account handle")], out_format: FormatOption = "text"
) -> None:
    """The members of an account and their roles."""
    check_format(out_format)
    with transaction() as s:
        rows = [
            {"user": u.name, "full_name": u.full_name, "role": r}
            for u, r in service.members(s, handle=handle)
        ]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("user", "full name", "role")
    for r in rows:
        table.add_row(r["user"], r["full_name"] or "", r["role"])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(members_app, name="members")
