"""`signoff accounts add|list|show|pause|resume`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from signoff.cli._db import (
    ActorOption,
    FormatOption,
    OptionalActorOption,
    PasswordStdinOption,
    console,
    emit_json,
    now,
    transaction,
)
from signoff.errors import InputError
from signoff.publish.registry import available as installed_connectors
from signoff.vocab import Format
from signoff.workflow import service
from signoff.workflow.accounts import BY_KIND

accounts_app = typer.Typer(help="Social accounts and their policies.", no_args_is_help=True)


def _overrides(values: list[str] | None) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in values or []:
        code, sep, sev = item.partition("=")
        if not sep or not code:
            raise InputError(f"--check takes CODE=SEVERITY (info, review, hold or off), got {item!r}")
        out[code] = None if sev == "off" else sev
    return out


@accounts_app.command("add")
def add(
    handle: Annotated[str, typer.Argument(help="The account's handle, e.g. jopa")],
    platform: Annotated[str, typer.Option(help="outbox, x, mastodon or bluesky")],
    kind: Annotated[str, typer.Option(help="person or brand")],
    owner: Annotated[str, typer.Option(help="The user who owns it (the public person or brand lead)")],
    tz: Annotated[str, typer.Option("--tz", help="IANA time zone for schedules")] = "UTC",
    approvals: Annotated[
        int, typer.Option(help="Approvals a post needs (0: the owner may publish alone)")
    ] = 1,
    cooloff: Annotated[int, typer.Option(help="Seconds an approved post waits, undoable")] = 60,
    disclosure: Annotated[
        str,
        typer.Option(
            help="Staff signature, e.g. '^{initials}' or '-{name}'; 'none' for no signature "
            "(default: ^{initials} on person accounts, none on brands)"
        ),
    ] = BY_KIND,
    check: Annotated[
        list[str] | None, typer.Option("--check", help="Raise/lower a check: SO401=hold, SO403=off")
    ] = None,
    long_posts: Annotated[
        bool,
        typer.Option(
            "--long-posts", help="X only: the account has X Premium or a verified organisation (posts up to "
            "25,000 characters; without it, 280)"
        ),
    ] = False,
    actor: OptionalActorOption = None,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Add an account with its owner and policy (as the install admin, or --as its owner)."""
    with transaction() as s:
        account = service.create_account(
            s,
            handle=handle,
            platform=platform,
            kind=kind,
            owner=owner,
            tz=tz,
            approvals=approvals,
            cooloff=cooloff,
            disclosure=None if disclosure.lower() in ("none", "") else disclosure,
            overrides=_overrides(check),
            now=now(),
            actor=actor,
            installed_platforms=installed_connectors(),
            long_posts=long_posts,
        )
        data = service.account_view(s, account)
    if out_format == "json":
        emit_json(data)
    else:
        console.print(
            f"added {platform} account {handle} owned by {owner} (tz {tz}, {approvals} approval(s), "
            f"cool-off {cooloff}s, signature {data['disclosure'] or 'none'})",
            highlight=False,
        )


@accounts_app.command("list")
def list_accounts(out_format: FormatOption = Format.TEXT) -> None:
    """Every account and whether it is paused."""
    with transaction() as s:
        rows = service.account_list(s)
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("handle", "platform", "kind", "owner", "tz", "approvals", "cool-off", "paused")
    for r in rows:
        table.add_row(
            r["handle"],
            r["platform"],
            r["kind"],
            r["owner"],
            r["tz"],
            str(r["approvals"]),
            f"{r['cooloff']}s",
            f"PAUSED: {r['paused_reason']}" if r["paused"] else "",
        )
    console.print(table)


@accounts_app.command("show")
def show(handle: Annotated[str, typer.Argument()], out_format: FormatOption = Format.TEXT) -> None:
    """One account's policy and state."""
    with transaction() as s:
        data = service.account_view(s, service.get_account(s, handle))
    if out_format == "json":
        emit_json(data)
        return
    for key, value in data.items():
        if isinstance(value, dict):  # per-code severities: "SO401=hold, SO403=off", not a Python dict
            value = ", ".join(f"{k}={'off' if v is None else v}" for k, v in value.items()) or "none"
        console.print(f"{key:14} {'none' if value is None else value}", highlight=False, markup=False)


@accounts_app.command("pause")
def pause(
    handle: Annotated[str, typer.Argument()],
    reason: Annotated[str, typer.Option(help="Why publishing stops (shown to the team, audited)")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Crisis kill switch: once this returns, nothing of the account publishes until `resume`."""
    with transaction() as s:
        data = service.account_view(
            s, service.pause_account(s, handle=handle, actor=actor, reason=reason, now=now())
        )
    if out_format == "json":
        emit_json(data)
    else:
        console.print(
            f"{handle} is PAUSED: nothing publishes until `signoff accounts resume {handle}`", highlight=False
        )


@accounts_app.command("resume")
def resume(
    handle: Annotated[str, typer.Argument()],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: Annotated[str | None, typer.Option(help="Why it is safe again")] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Let the account publish again."""
    with transaction() as s:
        data = service.account_view(
            s, service.resume_account(s, handle=handle, actor=actor, reason=reason, now=now())
        )
    if out_format == "json":
        emit_json(data)
    else:
        console.print(f"{handle} resumed; due posts go out in order", highlight=False)


def register(app: typer.Typer) -> None:
    from signoff.cli import accounts_edit  # noqa: F401  (adds `accounts edit`)

    app.add_typer(accounts_app, name="accounts")
