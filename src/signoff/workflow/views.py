"""Plain dicts of workflow records for the CLI and web faces (JSON-ready)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from signoff.workflow import schedule
from signoff.workflow.accounts import account_record, owner_of
from signoff.workflow.approvals import approval_status, blocked_message, live_approvals
from signoff.workflow.models import APPROVED, Account, Draft, User
from signoff.workflow.preflight import split_findings


def _iso(at: datetime | None) -> str | None:
    """UTC, to the second: 2026-12-01T14:00:00Z."""
    return None if at is None else at.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _local_iso(at: datetime | None, tz: str) -> str | None:
    return None if at is None else schedule.in_zone(at.replace(microsecond=0), tz)


def _age_text(minutes: float) -> str:
    if minutes < 120:
        return f"{max(0, round(minutes))} minutes"
    if minutes < 48 * 60:
        return f"{minutes / 60:.0f} hours"
    return f"{minutes / 1440:.0f} days"


def news_while(news_seen: dict[str, Any] | None, at: datetime | None) -> str | None:
    """The stories a verdict named, aged at `at`.

    E.g. "'Penn State trustees fire Joe Paterno' was 25 minutes old"."""
    if at is None or not news_seen:
        return None
    parts = []
    for story in news_seen.get("stories") or []:
        if story.get("first_seen"):
            first = datetime.fromisoformat(str(story["first_seen"]).replace("Z", "+00:00"))
            minutes = (at - first).total_seconds() / 60
            parts.append(f"'{story['headline']}' was {_age_text(minutes)} old")
    return "; ".join(parts) or None


def draft_summary(draft: Draft) -> dict[str, Any]:
    """One row of `drafts list`: `when` is when it goes out (approved) or is scheduled for (not yet),
    in the account's zone."""
    rev = draft.current
    tz = draft.account.tz
    when = draft.due_at if draft.state == APPROVED else draft.scheduled_at
    return {
        "id": draft.id,
        "account": draft.account.handle,
        "state": draft.state,
        "verdict": rev.verdict,
        "revision": rev.number,
        "text": rev.text,
        "due_at": _iso(draft.due_at),
        "scheduled_at": _iso(draft.scheduled_at),
        "when": schedule.local_text(when, tz),
    }


def draft_result(session: Session, draft: Draft, *, now: datetime) -> dict[str, Any]:
    """What a command that changed a draft reports: its state, "1 of 2 approvals", and when it goes out."""
    account = draft.account
    rev = draft.current
    status = approval_status(session, draft, account)
    data: dict[str, Any] = {
        "id": draft.id,
        "verdict": rev.verdict,
        "state": draft.state,
        "revision": rev.number,
        "approvals": status.count_text,
        "approvals_have": status.have,
        "approvals_needed": status.needed,
        "approvals_missing": status.missing_text() or None,
        "approvals_blocked": blocked_message(draft, account, status) if status.blocked else None,
        "scheduled_at": _iso(draft.scheduled_at),
        "due_at": _iso(draft.due_at),
        "tz": account.tz,
        "goes_out": goes_out(draft, account, now=now),
        "note": draft.note,
    }
    return data


def goes_out(draft: Draft, account: Account, *, now: datetime) -> str:
    """When the post goes out, in words and the account's zone (empty for a post that will not)."""
    tz, cooloff = account.tz, account.cooloff_seconds
    if draft.state == APPROVED and draft.due_at is not None:
        at = schedule.local_text(draft.due_at, tz)
        if draft.scheduled_at is not None and draft.due_at == draft.scheduled_at:
            why = "its scheduled time"
        elif draft.scheduled_at is not None:
            slot = schedule.local_text(draft.scheduled_at, tz)
            why = f"scheduled for {slot}, but the {cooloff} s cool-off after approval ends later"
        else:
            why = f"no time is scheduled, so when the {cooloff} s cool-off ends"
        paused = " once the account is resumed (it is paused)" if account.paused else ""
        undo = f"any member can stop it with `signoff drafts undo {draft.id}`"
        return f"goes out at {at} ({why}){paused}; {undo}"
    if draft.state == "draft":
        when = (
            f"scheduled for {schedule.local_text(draft.scheduled_at, tz)}"
            if draft.scheduled_at
            else f"no time scheduled: once approved it goes out when the {cooloff} s cool-off ends"
        )
        return f"waiting for approval; {when}"
    return ""


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
            approved_at=draft.approved_at, cooloff_seconds=account.cooloff_seconds, now=now
        )
    status = approval_status(session, draft, account)
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
        # checks that did not run (no news configured) ride in the stored findings; shown apart
        "findings": split_findings(rev.findings)[0],
        "not_run": split_findings(rev.findings)[1],
        "news_seen": rev.news_seen,
        "approvals": [
            {
                "by": names[a.user_id],
                "revision_id": a.revision_id,
                "reason": a.reason,
                "at": _iso(a.created_at),
                "while": news_while(rev.news_seen, a.created_at),
            }
            for a in live_approvals(draft)
        ],
        "approvals_have": status.have,
        "approvals_needed": status.needed,
        "approvals_text": status.summary(),
        "approvals_blocked": blocked_message(draft, account, status) if status.blocked else None,
        "scheduled_at": _iso(draft.scheduled_at),
        "scheduled_local": _local_iso(draft.scheduled_at, account.tz),
        "scheduled_text": schedule.local_text(draft.scheduled_at, account.tz),
        "tz": account.tz,
        "approved_at": _iso(draft.approved_at),
        "due_at": _iso(draft.due_at),
        "due_local": _local_iso(draft.due_at, account.tz),
        "due_text": schedule.local_text(draft.due_at, account.tz),
        "goes_out": goes_out(draft, account, now=now),
        "waiting_for_scheduled_time": waiting_for_time,
        "cooloff_seconds": account.cooloff_seconds,
        "cooloff_remaining_seconds": None if remaining is None else round(remaining, 1),
        "note": draft.note,
        "published_at": _iso(draft.published_at),
        "published_text": schedule.local_text(draft.published_at, account.tz),
        "platform_post_id": draft.platform_post_id,
        "created_by": names[draft.created_by_id],
    }


def account_list(session: Session) -> list[dict[str, Any]]:
    """Every account's view, by handle (`accounts list`)."""
    return [account_view(session, a) for a in session.query(Account).order_by(Account.handle)]


def account_view(session: Session, account: Account) -> dict[str, Any]:
    return account_record(account) | {
        "owner": owner_of(session, account).name,
        "paused_at": _iso(account.paused_at),
    }
