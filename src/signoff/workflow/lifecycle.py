"""A draft's time and life after writing: schedule, unschedule, withdraw an approval, delete.

Every operation refuses before anything changes and is audited. Rules:

- An approval covers the wording *and* the time it was given for. When someone who may not approve (an
  editor) moves or clears the time of a post that has approvals, they are void and it waits for approval
  again. An owner or approver moving the time keeps them (the move is their consent).
- `unschedule` on an approved post returns it to waiting for approval: without a time it would otherwise
  go out as soon as its cool-off ends, which nobody approved.
- `delete` keeps the row in state `deleted` (ids are never reused; the audit log keeps pointing at it);
  lists hide it unless asked for `--state deleted`. Posts being published or published cannot be deleted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from signoff.audit import service as audit
from signoff.audit.events import ApprovalWithdrawn, DraftDeleted, DraftScheduled, DraftUnscheduled
from signoff.errors import RefusedError
from signoff.workflow import schedule
from signoff.workflow.accounts import role_of
from signoff.workflow.approvals import approval_status, live_approvals
from signoff.workflow.drafts import (
    _editable,
    _member,
    _schedule_time,
    _snapshot,
    _void_approvals,
    get_draft,
)
from signoff.workflow.models import (
    APPROVED,
    APPROVING_ROLES,
    DELETED,
    DRAFT,
    DRAFTING_ROLES,
    PUBLISHED,
    PUBLISHING,
    Account,
    Draft,
    User,
)


def _void_if_not_approver(
    session: Session, draft: Draft, account: Account, user: User, actor: str, what: str
) -> int:
    """Void the draft's approvals (back to `draft`) when `user` may not approve; returns how many."""
    if role_of(session, account, user) in APPROVING_ROLES or not live_approvals(draft):
        return 0
    return _back_to_approval(draft, f"{what} by {actor}; its approvals are void, approve it again")


def _back_to_approval(draft: Draft, note: str) -> int:
    voided = _void_approvals(draft)
    if draft.state == APPROVED:
        draft.state, draft.approved_at, draft.due_at = DRAFT, None, None
    draft.note = note
    return voided


def schedule_draft(
    session: Session, *, draft_id: int, actor: str, at: str | datetime, now: datetime
) -> Draft:
    """Set when the post goes out: ISO 8601 with an offset, or a local time in the account's zone.

    Works before or after approval. An approved post goes out at its time, or once its cool-off (which
    starts at approval) is over if that is later.
    """
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, DRAFTING_ROLES, "schedule posts")
    _editable(draft, "be rescheduled")
    when = _schedule_time(account, at, now)
    before = _snapshot(draft)
    voided = 0
    if draft.scheduled_at != when:
        voided = _void_if_not_approver(session, draft, account, user, actor, "rescheduled")
    draft.scheduled_at, draft.updated_at = when, now
    if draft.state == APPROVED and draft.approved_at is not None:
        draft.due_at = schedule.due_at(
            approved_at=draft.approved_at, scheduled_at=when, cooloff_seconds=account.cooloff_seconds
        )
    audit.record(
        session,
        DraftScheduled(
            actor=actor,
            draft_id=draft.id,
            at=now,
            before=before,
            after=_snapshot(draft)
            | {"local": schedule.in_zone(when, account.tz), "voided_approvals": voided},
        ),
    )
    return draft


def unschedule_draft(session: Session, *, draft_id: int, actor: str, now: datetime) -> Draft:
    """Clear the post's time. An approved post goes back to waiting for approval (see module notes)."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, DRAFTING_ROLES, "unschedule posts")
    _editable(draft, "be unscheduled")
    if draft.scheduled_at is None:
        raise RefusedError(f"draft {draft.id} has no scheduled time; nothing to unschedule")
    before = _snapshot(draft)
    if draft.state == APPROVED:
        voided = _back_to_approval(
            draft, f"unscheduled by {actor}; approve it again to send it without a time"
        )
    else:
        voided = _void_if_not_approver(session, draft, account, user, actor, "unscheduled")
    draft.scheduled_at, draft.updated_at = None, now
    audit.record(
        session,
        DraftUnscheduled(
            actor=actor,
            draft_id=draft.id,
            at=now,
            before=before,
            after=_snapshot(draft) | {"voided_approvals": voided},
        ),
    )
    return draft


def withdraw_approval(
    session: Session, *, draft_id: int, actor: str, now: datetime, reason: str | None = None
) -> Draft:
    """Take back your own approval of the current revision. An approved post that no longer has the
    approvals it needs goes back to waiting for approval."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, None, "withdraw approvals")
    if draft.state not in (DRAFT, APPROVED):
        raise RefusedError(f"draft {draft.id} is {draft.state}; only a draft waiting to go out has approvals")
    mine = [a for a in live_approvals(draft) if a.user_id == user.id]
    if not mine:
        raise RefusedError(
            f"{actor} has no approval on revision {draft.current.number} of draft {draft.id} to withdraw"
        )
    before = _snapshot(draft)
    for a in mine:
        a.voided = True
    session.flush()
    status = approval_status(session, draft, account)
    if draft.state == APPROVED and not status.ready:
        draft.state, draft.approved_at, draft.due_at = DRAFT, None, None
        draft.note = f"approval withdrawn by {actor}" + (f": {reason}" if reason else "")
    draft.updated_at = now
    audit.record(
        session,
        ApprovalWithdrawn(
            actor=actor,
            draft_id=draft.id,
            at=now,
            before=before,
            after=_snapshot(draft) | {"reason": reason, "approvals": status.count_text},
        ),
    )
    return draft


def delete_draft(
    session: Session, *, draft_id: int, actor: str, now: datetime, reason: str | None = None
) -> Draft:
    """Delete a draft that has not gone out (its author, the owner or an approver). Audited with its text."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, None, "delete drafts")
    if role_of(session, account, user) not in APPROVING_ROLES and user.id not in {
        draft.created_by_id,
        draft.current.author_id,
    }:
        raise RefusedError(f"only the owner, an approver or the author can delete draft {draft.id}")
    if draft.state == DELETED:
        raise RefusedError(f"draft {draft.id} is already deleted")
    _editable_for_delete(draft)
    before = _snapshot(draft) | {"text": draft.current.text}
    _void_approvals(draft)
    draft.state, draft.due_at, draft.updated_at = DELETED, None, now
    draft.note = f"deleted by {actor}" + (f": {reason}" if reason else "")
    audit.record(
        session,
        DraftDeleted(
            actor=actor, draft_id=draft.id, at=now, before=before, after=_snapshot(draft) | {"reason": reason}
        ),
    )
    return draft


def _editable_for_delete(draft: Draft) -> None:
    if draft.state in (PUBLISHING, PUBLISHED):
        raise RefusedError(
            f"draft {draft.id} is {draft.state}; a post that went out stays on record (remove it on the "
            "platform)"
        )
