"""`signoff drafts new|revise|approve|reject|undo|schedule|show|list`."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from signoff.cli._db import (
    ActorOption,
    FormatOption,
    PasswordStdinOption,
    check_format,
    console,
    emit_json,
    news_sources,
    now,
    transaction,
)
from signoff.errors import InputError
from signoff.preflight.engine import not_run_line
from signoff.workflow import service
from signoff.workflow.models import Draft
from signoff.workflow.preflight import split_findings

#: How an install gives the timing checks news, as the not-run line says it.
NEWS_HINT = "set SIGNOFF_NEWS_FEEDS=FEED[,FEED...] or `signoff feeds add URL`"

drafts_app = typer.Typer(help="Write, approve and schedule posts.", no_args_is_help=True)
ReasonOption = Annotated[str | None, typer.Option(help="Why (required to approve a held draft)")]
VERDICT_STYLE = {"pass": "green", "review": "yellow", "hold": "bold red"}


def _text(text: str) -> str:
    if text == "-":
        import sys

        return sys.stdin.read()
    return text


def _result(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.id,
        "verdict": draft.current.verdict,
        "state": draft.state,
        "revision": draft.current.number,
    }


def _say_not_run(not_run: list[dict[str, Any]]) -> None:
    line = not_run_line(not_run, hint=NEWS_HINT)
    if line:
        console.print(f"  {line}", markup=False, highlight=False, soft_wrap=True)


def _print_result(data: dict[str, Any], what: str, out_format: str) -> None:
    if out_format == "json":
        emit_json(data)
        return
    style = VERDICT_STYLE.get(data["verdict"], "")
    console.print(
        f"draft {data['id']} {what}: verdict [{style}]{data['verdict']}[/{style}], state {data['state']}"
    )


@drafts_app.command("new")
def new(
    text: Annotated[str, typer.Argument(help="The post ('-' reads stdin)")],
    account: Annotated[str, typer.Option("--account", help="Account handle")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    at: Annotated[
        str | None, typer.Option(help="Schedule: ISO 8601 (local to the account without offset)")
    ] = None,
    out_format: FormatOption = "text",
) -> None:
    """Write a draft; prints its id, preflight verdict and state."""
    check_format(out_format)
    with transaction() as s:
        draft = service.create_draft(
            s, handle=account, author=actor, text=_text(text), now=now(), news=news_sources(), at=at
        )
        data = _result(draft)
        findings, not_run = split_findings(draft.current.findings)
    _print_result(data, "created", out_format)
    if out_format == "text":
        for f in findings:
            console.print(f"  {f['severity']:6} {f['code']} {f['message']}", highlight=False, markup=False)
        _say_not_run(not_run)


@drafts_app.command("revise")
def revise(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str, typer.Argument(help="The new wording ('-' reads stdin)")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = "text",
) -> None:
    """A new revision (preflighted again; earlier approvals are void)."""
    check_format(out_format)
    with transaction() as s:
        data = _result(
            service.revise_draft(
                s, draft_id=draft_id, actor=actor, text=_text(text), now=now(), news=news_sources()
            )
        )
    _print_result(data, "revised", out_format)


@drafts_app.command("approve")
def approve(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = "text",
) -> None:
    """Approve someone else's draft (a held one: owner only, with --reason)."""
    check_format(out_format)
    with transaction() as s:
        data = _result(service.approve_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now()))
    _print_result(data, "approved by " + actor, out_format)


@drafts_app.command("reject")
def reject(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = "text",
) -> None:
    """Turn a draft down for good."""
    check_format(out_format)
    with transaction() as s:
        data = _result(service.reject_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now()))
    _print_result(data, "rejected", out_format)


@drafts_app.command("undo")
def undo(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = "text",
) -> None:
    """Stop an approved post before it goes out (any member); it returns to draft."""
    check_format(out_format)
    with transaction() as s:
        data = _result(service.undo_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now()))
    _print_result(data, "undone", out_format)


@drafts_app.command("schedule")
def schedule(
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    at: Annotated[str, typer.Option(help="ISO 8601; without an offset it is the account's local time")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = "text",
) -> None:
    """Set when the post goes out (the cool-off starts then)."""
    check_format(out_format)
    with transaction() as s:
        draft = service.schedule_draft(s, draft_id=draft_id, actor=actor, at=at, now=now())
        view = service.draft_view(s, draft, now=now())
    if out_format == "json":
        emit_json({k: view[k] for k in ("id", "state", "scheduled_at", "scheduled_local", "due_at", "tz")})
    else:
        console.print(
            f"draft {draft_id} scheduled for {view['scheduled_local']} ({view['tz']})", highlight=False
        )


def _print_view(v: dict[str, Any]) -> None:
    style = VERDICT_STYLE.get(v["verdict"], "")
    console.print(
        f"[bold]draft {v['id']}[/bold] on {v['account']} ({v['platform']})  state [bold]{v['state']}"
        f"[/bold]  verdict [{style}]{v['verdict']}[/{style}]  revision {v['revision']}"
    )
    console.print(f"  {v['full_text']}", markup=False, highlight=False)
    who = (
        "the owner"
        if v["author_is_owner"]
        else "staff" + (f", signed {v['signature']}" if v["signature"] else "")
    )
    console.print(f"  written by {v['author']} ({who})", highlight=False)
    for f in v["findings"]:
        console.print(f"  {f['severity']:6} {f['code']} {f['message']}", markup=False, highlight=False)
    approvals = (
        ", ".join(a["by"] + (f" ({a['reason']})" if a["reason"] else "") for a in v["approvals"]) or "none"
    )
    console.print(f"  approvals: {approvals} (needs {v['approvals_needed']})", highlight=False)
    if v["scheduled_local"]:
        console.print(f"  scheduled: {v['scheduled_local']} ({v['tz']})", highlight=False)
    if v["paused"]:
        console.print(f"  [bold red]account paused[/bold red]: {v['paused_reason']}", highlight=False)
    if v["cooloff_remaining_seconds"] is not None:
        console.print(
            f"  [bold yellow]cool-off: {v['cooloff_remaining_seconds']:.0f} s left[/bold yellow] — "
            f"undo with `signoff drafts undo {v['id']} --as NAME`",
            highlight=False,
        )
    elif v["state"] == "approved":
        console.print(
            f"  goes out at {v['due_local']} (after a {v['cooloff_seconds']} s cool-off)", highlight=False
        )
    if v["note"]:
        console.print(f"  note: {v['note']}", markup=False, highlight=False)
    if v["published_at"]:
        console.print(f"  published {v['published_at']} as {v['platform_post_id']}", highlight=False)


@drafts_app.command("show")
def show(draft_id: Annotated[int, typer.Argument(metavar="ID")], out_format: FormatOption = "text") -> None:
    """A draft with its verdict, findings, approvals, schedule and cool-off countdown."""
    check_format(out_format)
    with transaction() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=now())
    if out_format == "json":
        emit_json(view)
    else:
        _print_view(view)
        _say_not_run(view["not_run"])


@drafts_app.command("list")
def list_drafts(
    account: Annotated[str | None, typer.Option("--account", help="Only this account")] = None,
    state: Annotated[
        str | None, typer.Option(help="draft, approved, publishing, published, rejected, failed")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many")] = 200,
    out_format: FormatOption = "text",
) -> None:
    """Drafts, oldest first."""
    check_format(out_format)
    if limit < 1:
        raise InputError("--limit must be at least 1")
    with transaction() as s:
        rows = [
            service.draft_summary(d) for d in service.list_drafts(s, handle=account, state=state, limit=limit)
        ]
    if out_format == "json":
        emit_json(rows)
        return
    table = Table("id", "account", "state", "verdict", "due", "text")
    for r in rows:
        table.add_row(str(r["id"]), r["account"], r["state"], r["verdict"], r["due_at"] or "", r["text"][:60])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(drafts_app, name="drafts")
