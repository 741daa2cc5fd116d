"""`drafts import FILE`: many drafts in one transaction, preflighted in batches, all or nothing.

A file is JSON Lines (one object per line) or CSV (a header row), with the fields `text` (required),
`account` (required unless the command gives a default) and `at` (optional schedule time, as for
`drafts new --at`). Every row is checked before anything is written; when any row is wrong, the error
lists each wrong row by its line number and nothing is imported, so the corrected file can simply be run
again without creating duplicates. The person importing is the author of every draft.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from signoff.audit import service as audit
from signoff.audit.events import DraftCreated
from signoff.authorship.service import authorship_for
from signoff.errors import InputError, SignoffError
from signoff.preflight.engine import validate_text
from signoff.workflow.accounts import get_account, owner_of
from signoff.workflow.drafts import _member, _release_if_ready, _schedule_time, _snapshot
from signoff.workflow.models import DRAFT, DRAFTING_ROLES, Account, Draft, Revision, User
from signoff.workflow.preflight import findings_json, preflight_many

FIELDS = ("account", "text", "at")
#: Wrong rows listed in one error before "and N more".
MAX_LISTED_ERRORS = 50


@dataclass(frozen=True)
class ImportRow:
    line: int
    account: str
    text: str
    at: str | None


def parse_rows(data: str, *, fmt: str, default_account: str | None = None) -> list[ImportRow]:
    """Rows of a JSONL (`fmt="jsonl"`) or CSV (`fmt="csv"`) file; InputError listing every bad line."""
    if fmt not in ("jsonl", "csv"):
        raise InputError(f"unknown import format {fmt!r}; use jsonl or csv")
    raw = _jsonl(data) if fmt == "jsonl" else _csv(data)
    rows, errors = [], []
    for line, item in raw:
        if isinstance(item, str):
            errors.append(f"line {line}: {item}")
            continue
        text, account, at = item.get("text"), item.get("account") or default_account, item.get("at") or None
        problem = _problem(item, text, account, at)
        if problem:
            errors.append(f"line {line}: {problem}")
        else:
            rows.append(ImportRow(line=line, account=str(account), text=str(text), at=at))
    _raise_if(errors, total=len(raw))
    if not rows:
        raise InputError("the file holds no drafts")
    return rows


def _problem(item: dict[str, Any], text: Any, account: Any, at: Any) -> str | None:
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        return f"unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}"
    if not isinstance(text, str) or not text.strip():
        return "no text"
    if not isinstance(account, str) or not account:
        return "no account (add an `account` field or give --account)"
    if at is not None and not isinstance(at, str):
        return "`at` must be a string such as 2026-12-01T09:00"
    return None


def _jsonl(data: str) -> list[tuple[int, dict[str, Any] | str]]:
    out: list[tuple[int, dict[str, Any] | str]] = []
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((n, f"not JSON ({exc.msg} at column {exc.colno})"))
            continue
        out.append((n, item if isinstance(item, dict) else "each line must be a JSON object"))
    return out


def _csv(data: str) -> list[tuple[int, dict[str, Any] | str]]:
    reader = csv.DictReader(io.StringIO(data))
    out: list[tuple[int, dict[str, Any] | str]] = []
    try:
        for item in reader:
            line = reader.line_num  # the line a (possibly multi-line) record ends on
            if None in item:
                out.append((line, "more values than the header has columns"))
            elif any(v is not None and v.strip() for v in item.values()):
                out.append((line, {k.strip(): v for k, v in item.items() if k is not None}))
    except csv.Error as exc:
        out.append((reader.line_num, f"not CSV ({exc})"))
    if reader.fieldnames is None:
        raise InputError("the CSV file is empty; its first line must name the columns: account,text,at")
    return out


def _raise_if(errors: list[str], *, total: int) -> None:
    if not errors:
        return
    shown = errors[:MAX_LISTED_ERRORS]
    more = f"\n... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
    raise InputError(
        f"{len(errors)} of {total} rows cannot be imported; nothing was imported (fix them and run the "
        "same file again):\n" + "\n".join(shown) + more
    )


def import_drafts(
    session: Session, *, rows: list[ImportRow], author: str, now: datetime, news: Any = None
) -> list[Draft]:
    """Create one draft per row, all in the caller's transaction; InputError (nothing created) naming
    every wrong row by line when any is."""
    accounts: dict[str, Account | str] = {}
    signatures: dict[str, str | None] = {}
    errors: list[str] = []
    checked: list[tuple[ImportRow, Account, datetime | None, str]] = []
    user: User | None = None
    for row in rows:
        account = accounts.get(row.account)
        if account is None:
            try:
                account = get_account(session, row.account)
                user = _member(session, account, author, DRAFTING_ROLES, "write drafts")
                signatures[row.account] = _signature(session, account, user)
            except SignoffError as exc:
                account = str(exc)
            accounts[row.account] = account
        if isinstance(account, str):
            errors.append(f"line {row.line}: {account}")
            continue
        try:
            text = validate_text(row.text)
            when = _schedule_time(account, row.at, now) if row.at else None
        except InputError as exc:
            errors.append(f"line {row.line}: {exc}")
            continue
        checked.append((row, account, when, text))
    _raise_if(errors, total=len(rows))
    assert user is not None
    # One preflight batch per distinct time (the news is read once for all of them).
    if isinstance(news, (list, tuple)) and news and all(isinstance(n, str) for n in news):
        from signoff.news.snapshot import load_items

        news = load_items(list(news))
    groups: dict[datetime, list[int]] = defaultdict(list)
    for i, (_, _, when, _) in enumerate(checked):
        groups[when or now].append(i)
    verdicts: list[Any] = [None] * len(checked)
    for at, idx in groups.items():
        batch = [(checked[i][1], checked[i][3], signatures[checked[i][0].account]) for i in idx]
        for i, verdict in zip(idx, preflight_many(batch, at=at, news=news), strict=True):
            verdicts[i] = verdict
    drafts = [
        Draft(
            account_id=account.id,
            created_by_id=user.id,
            state=DRAFT,
            scheduled_at=when,
            created_at=now,
            updated_at=now,
        )
        for _, account, when, _ in checked
    ]
    session.add_all(drafts)
    session.flush()
    for draft, (row, _, _, _), verdict in zip(drafts, checked, verdicts, strict=True):
        session.add(
            Revision(
                draft_id=draft.id,
                number=1,
                text=verdict.text,
                author_id=user.id,
                signature=signatures[row.account],
                verdict=verdict.verdict,
                findings=findings_json(verdict),
                preflight_at=now,
                created_at=now,
            )
        )
    session.flush()
    events: list[DraftCreated] = []
    for draft, (row, account, _, _) in zip(drafts, checked, strict=True):
        session.refresh(draft, attribute_names=["revisions", "approvals"])
        if account.approvals_needed == 0:  # only a lone owner's draft can be approved at creation
            _release_if_ready(session, draft, account, now=now)
        rev = draft.current
        events.append(
            DraftCreated(
                actor=author,
                draft_id=draft.id,
                at=now,
                before=None,
                after=_snapshot(draft)
                | {
                    "account": row.account,
                    "verdict": rev.verdict,
                    "text": rev.text,
                    "signature": rev.signature,
                    "import_line": row.line,
                },
            )
        )
    session.flush()
    audit.record(session, *events)
    return drafts


def _signature(session: Session, account: Account, user: User) -> str | None:
    owner = owner_of(session, account)
    return authorship_for(
        author_name=user.name,
        author_initials=user.initials,
        owner_name=owner.name,
        disclosure_format=account.disclosure_format,
    ).signature
