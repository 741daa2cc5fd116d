"""Plain dicts of workflow records for the CLI and web faces (JSON-ready)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from signoff.workflow import schedule
from signoff.workflow.accounts import account_record, owner_of
from signoff.workflow.drafts import _live_approvals, approvals_needed
from signoff.workflow.models import APPROVED, Account, Draft, User


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat().replace("+00:00", "Z")


def draft_summary(draft: Draft) -> dict[str, Any]:
    rev = draft.current
    return {
        "id": draft.id,
        "account": draft.account.handle,
        "state": draft.state,
        "verdict": rev.verdict,
        "revision": rev.number,
        "text": rev.text,
        "due_at": _iso(draft.due_at),
    }


def draft_view(session: Session, draft: Draft, *, now: datetime) -> dict[str, Any]:
    """Everything `drafts show` prints, including the live cool-off countdown."""
    account = draft.account
    rev = draft.current
    owner = owner_of(session, account)
    names = {
        u.id: u.name
        for u in session.query(User).filter(
            User.id.in_({rev.author_id, draft.created_by_id} | {a.user_id for a in draft.approvals})
        )
    }
    remaining = None
    if draft.state == APPROVED:
        remaining = schedule.cooloff_remaining(
            due=draft.due_at, cooloff_seconds=account.cooloff_seconds, now=now
        )
    waiting_for_time = bool(draft.state == APPROVED and draft.scheduled_at and now < draft.scheduled_at)
    return {
        "id": draft.id,
        "account": account.handle,
        "platform": account.platform,
        "state": draft.state,
        "paused": account.paused,
        "paused_reason": account.paused_reason,
        "revision": rev.number,
        "text": rev.text,
        "author": names[rev.author_id],
        "author_is_owner": rev.author_id == owner.id,
        "signature": rev.signature,
        "full_text": f"{rev.text} {rev.signature}" if rev.signature else rev.text,
        "verdict": rev.verdict,
        "findings": rev.findings,
        "approvals": [
            {
                "by": names[a.user_id],
                "revision_id": a.revision_id,
                "reason": a.reason,
                "at": _iso(a.created_at),
            }
            for a in _live_approvals(draft)
        ],
        "approvals_needed": approvals_needed(account, author_is_owner=rev.author_id == owner.id),
        "scheduled_at": _iso(draft.scheduled_at),
        "scheduled_local": schedule.in_zone(draft.scheduled_at, account.tz),
        "tz": account.tz,
        "approved_at": _iso(draft.approved_at),
        "due_at": _iso(draft.due_at),
        "due_local": schedule.in_zone(draft.due_at, account.tz),
        "waiting_for_scheduled_time": waiting_for_time,
        "cooloff_seconds": account.cooloff_seconds,
        "cooloff_remaining_seconds": None if remaining is None else round(remaining, 1),
        "note": draft.note,
        "published_at": _iso(draft.published_at),
        "platform_post_id": draft.platform_post_id,
        "created_by": names[draft.created_by_id],
    }


def account_view(session: Session, account: Account) -> dict[str, Any]:
    return account_record(account) | {
        "owner": owner_of(session, account).name,
        "paused_at": _iso(account.paused_at),
    }
