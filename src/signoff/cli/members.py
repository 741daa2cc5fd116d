"""`signoff members add|remove|transfer|list`: roles per account (owner, approver, editor, viewer).

Adding and removing members are setup actions: the install admin (whoever holds the data directory, audited as
`os:<login>`) runs them without `--as`; with `--as NAME` the person must be the account's owner.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from signoff.cli._db import (
    FormatOption,
    OptionalActorOption,
    PasswordStdinOption,
    console,
    emit_json,
    now,
    transaction,
)
from signoff.vocab import Format
from signoff.workflow import service

members_app = typer.Typer(help="Who may do what on an account.", no_args_is_help=True)


@members_app.command("add")
def add(
    handle: Annotated[str, typer.Argument(help="Account handle")],
    name: Annotated[str, typer.Argument(help="User name")],
    role: Annotated[str, typer.Option("--role", help="approver, editor or viewer")],
    actor: OptionalActorOption = None,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Give a user a role on an account (or change it)."""
    with transaction() as s:
        service.add_member(s, handle=handle, name=name, role=role, actor=actor, now=now())
    data = {"account": handle, "user": name, "role": role}
    if out_format == "json":
        emit_json(data)
    else:
        console.print(f"{name} is now {role} on {handle}", highlight=False)


@members_app.command("remove")
def remove(
    handle: Annotated[str, typer.Argument(help="Account handle")],
    name: Annotated[str, typer.Argument(help="User name")],
    actor: OptionalActorOption = None,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Take a person off an account. Their drafts, approvals and audit trail stay; a post not yet out that
    they approved goes back to review unless enough other approvals remain. The owner cannot be removed
    (`members transfer` first)."""
    with transaction() as s:
        gone = service.remove_member(s, handle=handle, name=name, actor=actor, now=now())
    data = {"account": handle, "user": name, "drafts_back_in_review": gone.returned_drafts}
    if out_format == "json":
        emit_json(data)
        return
    console.print(f"{name} is no longer a member of {handle}; their past work stays", highlight=False)
    if gone.returned_drafts:
        ids = ", ".join(str(i) for i in gone.returned_drafts)
        console.print(
            f"back in review (their approval no longer counts): draft {ids}", highlight=False
        )


@members_app.command("transfer")
def transfer(
    handle: Annotated[str, typer.Argument(help="Account handle")],
    name: Annotated[str, typer.Argument(help="The new owner")],
    actor: OptionalActorOption = None,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Hand the account to a new owner (the owner or the install admin); the previous owner stays on as an
    approver until `members remove` takes them off."""
    with transaction() as s:
        previous = service.transfer_ownership(s, handle=handle, to=name, actor=actor, now=now())
    if out_format == "json":
        emit_json({"account": handle, "owner": name, "previous_owner": previous})
    else:
        console.print(f"{name} now owns {handle}; {previous} stays on as an approver", highlight=False)


@members_app.command("list")
def list_members(
    handle: Annotated[str, typer.Argument(help="Account handle")], out_format: FormatOption = Format.TEXT
) -> None:
    """The members of an account and their roles."""
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
