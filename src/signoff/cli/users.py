"""`signoff users add|list`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from signoff.cli._db import FormatOption, check_format, console, emit_json, now, transaction
from signoff.errors import InputError
from signoff.workflow import service
from signoff.workflow.models import User

users_app = typer.Typer(help="People who use signoff.", no_args_is_help=True)


def _user_dict(user: User) -> dict[str, object]:
    return {
        "id": user.id,
        "name": user.name,
        "full_name": user.full_name,
        "initials": user.initials,
        "has_password": user.password_hash is not None,
    }


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name, e.g. sam")],
    full_name: Annotated[
        str | None, typer.Option("--full-name", help="Used for initials in signatures")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin")
    ] = False,
    out_format: FormatOption = "text",
) -> None:
    """Add a person (the password, if any, is stored as an argon2 hash)."""
    check_format(out_format)
    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputError("--password-stdin given but stdin was empty")
    with transaction() as s:
        user = service.create_user(s, name=name, full_name=full_name, password=password, now=now())
        data = _user_dict(user)
    if out_format == "json":
        emit_json(data)
    else:
        console.print(f"added user {name} (initials {data['initials']})", highlight=False)


@users_app.command("list")
def list_users(out_format: FormatOption = "text") -> None:
    """Every user."""
    check_format(out_format)
    with transaction() as s:
        rows = [_user_dict(u) for u in s.query(User).order_by(User.name)]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("name", "full name", "initials", "password")
    for r in rows:
        table.add_row(
            str(r["name"]), str(r["full_name"] or ""), str(r["initials"]), "yes" if r["has_password"] else ""
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
