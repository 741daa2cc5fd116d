"""`signoff drafts new|revise|approve|reject|undo|schedule|show|list` (and, from drafts_lifecycle.py,
`unschedule|withdraw|delete|import`)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from signoff.cli._db import (
    ActorOption,
    FormatOption,
    PasswordStdinOption,
    console,
    emit_json,
    news_sources,
    now,
    transaction,
)
from signoff.cli._draft_output import print_findings, print_result, print_view, say
from signoff.errors import InputError
from signoff.preflight.engine import not_run_line
from signoff.vocab import Format
from signoff.workflow import service
from signoff.workflow.preflight import split_findings

#: How an install gives the timing checks news, as the not-run line says it.
NEWS_HINT = "set SIGNOFF_NEWS_FEEDS=FEED[,FEED...] or `signoff feeds add URL`"

drafts_app = typer.Typer(help="Write, approve and schedule posts.", no_args_is_help=True)
ReasonOption = Annotated[str | None, typer.Option(help="Why (required to approve a held draft)")]


def _text(text: str) -> str:
    """The post, or stdin's text for '-' without its final line break (the signature goes after it)."""
    if text == "-":
        import sys

        return sys.stdin.read().rstrip("\r\n")
    return text


def _result(s: Any, draft: Any) -> dict[str, Any]:
    return service.draft_result(s, draft, now=now())


def _say_not_run(not_run: list[dict[str, Any]]) -> None:
    line = not_run_line(not_run, hint=NEWS_HINT)
    if line:
        say(line, indent=2)


def _print_result(data: dict[str, Any], what: str, out_format: str) -> None:
    print_result(data, what, out_format)


@drafts_app.command("new")
def new(
    text: Annotated[str, typer.Argument(help="The post ('-' reads stdin)")],
    account: Annotated[str, typer.Option("--account", help="Account handle")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    at: Annotated[
        str | None, typer.Option(help="Schedule: ISO 8601 (local to the account without offset)")
    ] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Write a draft; prints its id, preflight verdict and state."""
    with transaction() as s:
        draft = service.create_draft(
            s, handle=account, author=actor, text=_text(text), now=now(), news=news_sources(), at=at
        )
        data = _result(s, draft)
        findings, not_run = split_findings(draft.current.findings)
    _print_result(data, "created", out_format)
    if out_format == "text":
        print_findings(findings, details=False)
        _say_not_run(not_run)


@drafts_app.command("revise")
def revise(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str, typer.Argument(help="The new wording ('-' reads stdin)")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """A new revision (preflighted again; earlier approvals are void)."""
    with transaction() as s:
        draft = service.revise_draft(
            s, draft_id=draft_id, actor=actor, text=_text(text), now=now(), news=news_sources()
        )
        data = _result(s, draft)
    _print_result(data, "revised", out_format)


@drafts_app.command("approve")
def approve(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    at: Annotated[
        str | None,
        typer.Option(help="Also schedule it: ISO 8601 (the account's local time without an offset)"),
    ] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Approve someone else's draft; says when it will go out.

    A held draft needs --reason, and the owner's approval as well as the account's number. With --at it
    is scheduled in the same step.
    """
    with transaction() as s:
        draft = service.approve_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now(), at=at)
        data = _result(s, draft)
    _print_result(data, "approved by " + actor, out_format)


@drafts_app.command("reject")
def reject(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Turn a draft down for good."""
    with transaction() as s:
        data = _result(s, service.reject_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now()))
    _print_result(data, "rejected", out_format)


@drafts_app.command("undo")
def undo(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Stop an approved post before it goes out (any member); it returns to draft."""
    with transaction() as s:
        data = _result(s, service.undo_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now()))
    _print_result(data, "undone", out_format)


@drafts_app.command("schedule")
def schedule(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    at: Annotated[str, typer.Option(help="ISO 8601; without an offset it is the account's local time")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Set when the post goes out, before or after approval.

    It goes out then, or when the cool-off after approval ends if that is later. An editor moving an
    approved post's time voids its approvals.
    """
    with transaction() as s:
        draft = service.schedule_draft(s, draft_id=draft_id, actor=actor, at=at, now=now())
        data = _result(s, draft)
    _print_result(data, "scheduled", out_format)


@drafts_app.command("show")
def show(
    draft_id: Annotated[int, typer.Argument(metavar="ID")], out_format: FormatOption = Format.TEXT
) -> None:
    """A draft with its verdict, findings, approvals, schedule and cool-off countdown."""
    with transaction() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=now())
    if out_format == "json":
        emit_json(view)
    else:
        print_view(view)
        _say_not_run(view["not_run"])


@drafts_app.command("list")
def list_drafts(
    account: Annotated[str | None, typer.Option("--account", help="Only this account")] = None,
    state: Annotated[
        str | None,
        typer.Option(help="draft, approved, publishing, published, rejected, failed or deleted"),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many")] = 200,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Drafts, oldest first."""
    if limit < 1:
        raise InputError("--limit must be at least 1")
    with transaction() as s:
        rows = [
            service.draft_summary(d) for d in service.list_drafts(s, handle=account, state=state, limit=limit)
        ]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("id", "account", "state", "verdict", "goes out / scheduled", "text")
    for r in rows:
        table.add_row(str(r["id"]), r["account"], r["state"], r["verdict"], r["when"] or "", r["text"][:60])
    console.print(table)


def register(app: typer.Typer) -> None:
    from signoff.cli import drafts_lifecycle  # noqa: F401  (adds unschedule, withdraw, delete, import)

    app.add_typer(drafts_app, name="drafts")
