"""`signoff drafts unschedule|withdraw|unapprove|delete|import` (registered on the drafts group)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

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
from signoff.cli._draft_output import print_result
from signoff.cli.drafts import ReasonOption, drafts_app
from signoff.errors import InputError
from signoff.vocab import Format
from signoff.workflow import service

IdArgument = Annotated[int, typer.Argument(metavar="ID")]


@drafts_app.command("unschedule")
def unschedule(
    draft_id: IdArgument,
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Clear a post's time.

    An approved post goes back to waiting for approval (approve it again to send it without a time); an
    editor unscheduling voids the approvals.
    """
    with transaction() as s:
        draft = service.unschedule_draft(s, draft_id=draft_id, actor=actor, now=now())
        data = service.draft_result(s, draft, now=now())
    print_result(data, "unscheduled", out_format)


def _withdraw(draft_id: int, actor: str, reason: str | None, out_format: str) -> None:
    with transaction() as s:
        draft = service.withdraw_approval(s, draft_id=draft_id, actor=actor, reason=reason, now=now())
        data = service.draft_result(s, draft, now=now())
    print_result(data, f"approval withdrawn by {actor}", out_format)


@drafts_app.command("withdraw")
def withdraw(
    draft_id: IdArgument,
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Take back your approval (an approved post without enough goes back to approval)."""
    _withdraw(draft_id, actor, reason, out_format)


@drafts_app.command("unapprove")
def unapprove(
    draft_id: IdArgument,
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """The same as `withdraw`."""
    _withdraw(draft_id, actor, reason, out_format)


@drafts_app.command("delete")
def delete(
    draft_id: IdArgument,
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    reason: ReasonOption = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Delete a draft that has not gone out (its author, the owner or an approver).

    Audited; the draft stays listed under `drafts list --state deleted`.
    """
    with transaction() as s:
        draft = service.delete_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=now())
        data = service.draft_result(s, draft, now=now())
    print_result(data, "deleted", out_format)


@drafts_app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(help="A .jsonl or .csv file ('-' reads stdin)")],
    actor: ActorOption,
    password_stdin: PasswordStdinOption = False,
    account: Annotated[
        str | None, typer.Option("--account", help="Account for rows without an `account` field")
    ] = None,
    file_format: Annotated[
        str | None, typer.Option("--input-format", help="jsonl or csv (default: from the file name)")
    ] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Write many drafts at once from JSONL or CSV, all or nothing.

    Fields: `account`, `text`, optional `at` (a schedule time). Every row is preflighted in one batch and
    one transaction; when any row is wrong, each is listed by its line number and none is imported, so
    the corrected file can be run again.
    """
    fmt = file_format or _format_of(file)
    data = _read(file)
    rows = service.parse_rows(data, fmt=fmt, default_account=account)
    with transaction() as s:
        drafts = service.import_drafts(s, rows=rows, author=actor, now=now(), news=news_sources())
        out: list[dict[str, Any]] = [
            service.draft_summary(d) | {"line": row.line} for d, row in zip(drafts, rows, strict=True)
        ]
    if out_format == "json":
        emit_json(out)
        return
    verdicts = {v: sum(1 for r in out if r["verdict"] == v) for v in ("pass", "review", "hold")}
    console.print(
        f"imported {len(out)} drafts (ids {out[0]['id']}-{out[-1]['id']}): {verdicts['pass']} pass, "
        f"{verdicts['review']} review, {verdicts['hold']} hold; `signoff drafts list` shows them",
        highlight=False,
    )


def _format_of(file: Path) -> str:
    suffix = file.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise InputError(
        f"cannot tell the format of {str(file)!r}; name it .jsonl or .csv or give --input-format"
    )


def _read(file: Path) -> str:
    if str(file) == "-":
        import sys

        return sys.stdin.read()
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"no file {str(file)!r}") from None
    except IsADirectoryError:
        raise InputError(f"{str(file)!r} is a directory; give a .jsonl or .csv file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{str(file)!r} is not UTF-8 (bad byte at position {exc.start})") from None
