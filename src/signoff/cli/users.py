"""`signoff users add|list|remove|passwd`.

These are install-admin actions, for whoever holds the data directory (audited as `os:<login>`); `passwd`
also lets a person change their own password with the current one.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from signoff.cli._auth import PASSWORD_ENV, read_password_line
from signoff.cli._db import FormatOption, console, emit_json, now, transaction
from signoff.errors import InputError
from signoff.vocab import Format
from signoff.workflow import service

users_app = typer.Typer(help="People who use signoff.", no_args_is_help=True)


def _user_dict(user: Any) -> dict[str, object]:
    return {
        "id": user.id,
        "name": user.name,
        "full_name": user.full_name,
        "initials": user.initials,
        "has_password": user.password_hash is not None,
        "removed_at": user.removed_at.isoformat(timespec="seconds") if user.removed_at else None,
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
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Add a person (the password, if any, is stored as an argon2 hash)."""
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
        if password is None:
            console.print(
                f"{name} has no password, so cannot log in or act yet: "
                f"`signoff users passwd {name} --password-stdin` sets one",
                highlight=False,
            )


@users_app.command("list")
def list_users(
    include_removed: Annotated[bool, typer.Option("--all", help="Include removed users")] = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Every current user (`--all`: removed ones too)."""
    with transaction() as s:
        rows = [_user_dict(u) for u in service.list_users(s, include_removed=include_removed)]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("name", "full name", "initials", "password", *(["removed"] if include_removed else []))
    for r in rows:
        password = "yes" if r["has_password"] else ""
        cells = [str(r["name"]), str(r["full_name"] or ""), str(r["initials"]), password]
        table.add_row(*cells, *([str(r["removed_at"] or "")] if include_removed else []))
    console.print(table)


@users_app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="Login name")], out_format: FormatOption = Format.TEXT
) -> None:
    """Remove a person (install admin). They leave every account and can no longer log in or act; their
    drafts, approvals and audit trail keep their name. Refused while they own an account."""
    with transaction() as s:
        gone = service.remove_user(s, name=name, now=now())
    data = {"user": name, "accounts_left": gone.accounts, "drafts_back_in_review": gone.returned_drafts}
    if out_format == "json":
        emit_json(data)
        return
    left = ", ".join(gone.accounts) or "no accounts"
    console.print(f"removed {name} (left {left}); their past drafts and approvals stay", highlight=False)
    if gone.returned_drafts:
        ids = ", ".join(str(i) for i in gone.returned_drafts)
        console.print(
            f"back in review (their approval no longer counts): draft {ids}", highlight=False
        )


def _prompt(what: str) -> str:
    if not sys.stdin.isatty():
        raise InputError(f"no {what}: pipe it with --password-stdin")
    return getpass.getpass(f"{what}: ")


def _new_password(password_stdin: bool) -> str:
    if password_stdin:
        return read_password_line("new password")
    first = _prompt("new password")
    if _prompt("new password again") != first:
        raise InputError("the two new passwords differ; nothing changed")
    return first


@users_app.command("passwd")
def passwd(
    name: Annotated[str, typer.Argument(help="Whose password")],
    actor: Annotated[
        str | None, typer.Option("--as", help="Change your own password (needs the current one)")
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the new password from stdin (with --as: the current one on the first line, "
            "the new one on the second)",
        ),
    ] = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Set a password (argon2): the install admin for anyone, or a person for themselves with --as and the
    current password (--password-stdin, SIGNOFF_PASSWORD or a prompt). Their sessions end."""
    current = None
    if actor is not None:
        if password_stdin:
            current = read_password_line("current password")
        else:
            current = os.environ.get(PASSWORD_ENV) or _prompt(f"current password of {actor}")
    new = _new_password(password_stdin)
    with transaction() as s:
        ended = service.set_password(
            s, name=name, new_password=new, current_password=current, actor=actor, now=now()
        )
    if out_format == "json":
        emit_json({"user": name, "sessions_ended": ended})
    else:
        console.print(
            f"password of {name} changed" + (f"; {ended} login(s) ended" if ended else ""), highlight=False
        )


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
