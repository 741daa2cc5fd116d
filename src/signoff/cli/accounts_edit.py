"""`signoff accounts edit` (registered on the accounts group)."""

from __future__ import annotations

from typing import Annotated

import typer

from signoff.cli._db import (
    FormatOption,
    OptionalActorOption,
    PasswordStdinOption,
    console,
    emit_json,
    now,
    transaction,
)
from signoff.cli.accounts import accounts_app
from signoff.errors import InputError
from signoff.vocab import Format
from signoff.workflow import service


def _checks(values: list[str] | None) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in values or []:
        code, sep, sev = item.partition("=")
        if not sep or not code or not sev:
            raise InputError(
                f"--check takes CODE=SEVERITY (info, review, hold, off, or default to drop the "
                f"override), got {item!r}"
            )
        out[code] = None if sev == "off" else sev
    return out


@accounts_app.command("edit")
def edit(
    handle: Annotated[str, typer.Argument()],
    approvals: Annotated[
        int | None, typer.Option(help="Approvals a post needs (at most the members who can approve)")
    ] = None,
    cooloff: Annotated[int | None, typer.Option(help="Seconds an approved post waits, undoable")] = None,
    disclosure: Annotated[
        str | None, typer.Option(help="Staff signature, e.g. '^{initials}'; 'none' for no signature")
    ] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="IANA time zone for schedules")] = None,
    check: Annotated[
        list[str] | None,
        typer.Option("--check", help="A check's severity: SO401=hold, SO403=off, SO401=default"),
    ] = None,
    long_posts: Annotated[
        bool | None,
        typer.Option(
            "--long-posts/--no-long-posts",
            help="X only: the account has (or no longer has) X Premium or a verified organisation",
        ),
    ] = None,
    actor: OptionalActorOption = None,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Change an account's policy (as the install admin, or --as its owner); audited."""
    with transaction() as s:
        result = service.edit_account(
            s,
            handle=handle,
            approvals=approvals,
            cooloff=cooloff,
            disclosure=service.UNCHANGED
            if disclosure is None
            else (None if disclosure.lower() in ("none", "") else disclosure),
            tz=tz,
            checks=_checks(check),
            actor=actor,
            now=now(),
            long_posts=long_posts,
        )
        data = service.account_view(s, result.account) | {
            "changed": result.changed,
            "approved_drafts": result.approved_drafts,
            "retimed_drafts": result.retimed_drafts,
        }
    if out_format == "json":
        emit_json(data)
        return
    if not result.changed:
        console.print(f"{handle}: nothing changed (the settings were already so)", highlight=False)
    for key, value in result.changed.items():
        console.print(f"{handle}: {key} is now {_plain(value)}", highlight=False, markup=False)
    if result.approved_drafts:
        ids = ", ".join(map(str, result.approved_drafts))
        console.print(
            f"now approved (they had enough approvals under the new number): draft {ids}; "
            "`signoff drafts show ID` says when each goes out",
            highlight=False,
        )
    if result.retimed_drafts:
        ids = ", ".join(map(str, result.retimed_drafts))
        console.print(f"new due time under the new cool-off: draft {ids}", highlight=False)


def _plain(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={'off' if v is None else v}" for k, v in value.items()) or "none"
    return "none" if value is None else str(value)
