"""Drafts: write, revise, approve, reject, schedule, undo. Every rule refuses before anything changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from signoff.audit import service as audit
from signoff.audit.events import DraftApproved, DraftCreated, DraftRejected, DraftRevised, DraftUndone
from signoff.authorship.service import authorship_for
from signoff.errors import InputError, NotFoundError, RefusedError
from signoff.preflight.engine import news_timeline
from signoff.workflow import schedule
from signoff.workflow.accounts import get_account, get_user, owner_of, role_of
from signoff.workflow.approvals import approval_status, blocked_message, live_approvals
from signoff.workflow.models import (
    APPROVED,
    APPROVING_ROLES,
    DELETED,
    DRAFT,
    DRAFTING_ROLES,
    PUBLISHED,
    PUBLISHING,
    REJECTED,
    STATES,
    Account,
    Approval,
    Draft,
    Revision,
    User,
)
from signoff.workflow.preflight import findings_json, news_seen, preflight, with_stored_news
from signoff.workflow.views import news_while

#: Schedule times further in the past than this are refused (a typo, not an intent).
PAST_TOLERANCE = timedelta(minutes=1)


def get_draft(session: Session, draft_id: int, *, lock: bool = False) -> Draft:
    """The draft with its revisions and approvals. `lock` holds its row until commit (PostgreSQL), so a
    change cannot race the publisher's claim: whichever comes second sees the other's state."""
    q = (
        select(Draft)
        .where(Draft.id == draft_id)
        .options(selectinload(Draft.revisions), selectinload(Draft.approvals), selectinload(Draft.account))
    )
    if lock:
        q = q.with_for_update(of=Draft)
    draft = session.execute(q).scalar_one_or_none()
    if draft is None:
        raise NotFoundError(f"no draft {draft_id}; `signoff drafts list` shows them")
    return draft


def _member(
    session: Session, account: Account, actor: str, allowed: frozenset[str] | None, what: str
) -> User:
    user = get_user(session, actor)
    role = role_of(session, account, user)
    if role is None:
        raise RefusedError(f"{actor} is not a member of {account.handle} and cannot {what}")
    if allowed is not None and role not in allowed:
        raise RefusedError(
            f"{actor} is {role} on {account.handle}; only {'/'.join(sorted(allowed))} can {what}"
        )
    return user


def _snapshot(draft: Draft) -> dict[str, Any]:
    return {
        "state": draft.state,
        "revision": draft.current.number if draft.revisions else None,
        "scheduled_at": draft.scheduled_at,
        "due_at": draft.due_at,
    }


def _new_revision(
    session: Session, draft: Draft, account: Account, *, author: User, text: str, now: datetime, news: Any
) -> Revision:
    owner = owner_of(session, account)
    who = authorship_for(
        author_name=author.name,
        author_initials=author.initials,
        owner_name=owner.name,
        disclosure_format=account.disclosure_format,
    )
    at = draft.scheduled_at or now
    news = news_timeline(with_stored_news(session, news, at))  # read once: the verdict and news_seen share it
    verdict = preflight(account, text, signature=who.signature, at=at, news=news)
    number = (draft.current.number + 1) if draft.revisions else 1
    rev = Revision(
        draft_id=draft.id,
        number=number,
        text=verdict.text,
        author_id=author.id,
        signature=who.signature,
        verdict=verdict.verdict,
        findings=findings_json(verdict),
        preflight_at=now,
        created_at=now,
        news_seen=news_seen(verdict, news),
    )
    session.add(rev)
    session.flush()
    session.refresh(draft, attribute_names=["revisions"])
    return rev


def _void_approvals(draft: Draft) -> int:
    n = 0
    for a in draft.approvals:
        if not a.voided:
            a.voided, n = True, n + 1
    return n


def _release_if_ready(session: Session, draft: Draft, account: Account, *, now: datetime) -> bool:
    """Move to `approved` (with its due time) once the current revision has the approvals it needs
    (see `workflow.approvals`: a held draft needs the owner's approval and the account's number)."""
    if not approval_status(session, draft, account).ready:
        return False
    draft.state, draft.approved_at = APPROVED, now
    draft.due_at = schedule.due_at(
        approved_at=now, scheduled_at=draft.scheduled_at, cooloff_seconds=account.cooloff_seconds
    )
    return True


def create_draft(
    session: Session,
    *,
    handle: str,
    author: str,
    text: str,
    now: datetime,
    news: Any = None,
    at: str | datetime | None = None,
) -> Draft:
    """A new draft with its first revision preflighted (state `draft`, or `approved` for a lone owner)."""
    account = get_account(session, handle)
    user = _member(session, account, author, DRAFTING_ROLES, "write drafts")
    scheduled = _schedule_time(account, at, now) if at is not None else None
    draft = Draft(
        account_id=account.id,
        created_by_id=user.id,
        state=DRAFT,
        scheduled_at=scheduled,
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    session.flush()
    rev = _new_revision(session, draft, account, author=user, text=text, now=now, news=news)
    _release_if_ready(session, draft, account, now=now)
    session.flush()
    audit.record(
        session,
        DraftCreated(
            actor=author,
            draft_id=draft.id,
            at=now,
            after=_snapshot(draft)
            | {"account": handle, "verdict": rev.verdict, "text": rev.text, "signature": rev.signature},
        ),
    )
    return draft


def _editable(draft: Draft, what: str) -> None:
    if draft.state in (PUBLISHING, PUBLISHED):
        raise RefusedError(f"draft {draft.id} is {draft.state}; it can no longer {what}")
    if draft.state == REJECTED:
        raise RefusedError(f"draft {draft.id} was rejected; write a new draft instead")
    if draft.state == DELETED:
        raise RefusedError(f"draft {draft.id} was deleted; write a new draft instead")


def revise_draft(
    session: Session, *, draft_id: int, actor: str, text: str, now: datetime, news: Any = None
) -> Draft:
    """A new revision: preflighted, and every earlier approval is void."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, DRAFTING_ROLES, "revise drafts")
    _editable(draft, "be revised")
    before = _snapshot(draft)
    voided = _void_approvals(draft)
    draft.state, draft.approved_at, draft.due_at, draft.note, draft.updated_at = DRAFT, None, None, None, now
    rev = _new_revision(session, draft, account, author=user, text=text, now=now, news=news)
    _release_if_ready(session, draft, account, now=now)
    session.flush()
    audit.record(
        session,
        DraftRevised(
            actor=actor,
            draft_id=draft.id,
            at=now,
            before=before,
            after=_snapshot(draft) | {"verdict": rev.verdict, "text": rev.text, "voided_approvals": voided},
        ),
    )
    return draft


def approve_draft(
    session: Session,
    *,
    draft_id: int,
    actor: str,
    now: datetime,
    reason: str | None = None,
    at: str | datetime | None = None,
) -> Draft:
    """Approve the current revision (with `at`, schedule it in the same step). Refused for your own words
    (except an owner confirming their own held draft, or on an account that needs no approvals), for a
    held draft without a reason, and when the team as it is could never complete the approvals."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, APPROVING_ROLES, "approve drafts")
    if draft.state != DRAFT:
        raise RefusedError(f"draft {draft.id} is {draft.state}, not waiting for approval")
    rev = draft.current
    is_owner = role_of(session, account, user) == "owner"
    held = rev.verdict == "hold"
    reason = reason.strip() if reason else None
    if rev.author_id == user.id and not (is_owner and (account.approvals_needed == 0 or held)):
        raise RefusedError(
            f"{actor} wrote revision {rev.number} of draft {draft.id}; nobody approves their own "
            "draft — ask another approver"
        )
    if held and not reason:
        raise RefusedError(
            f"draft {draft.id} is on hold ({_codes(rev)}); approving it needs --reason saying "
            "why it is fine to post"
        )
    if any(a.user_id == user.id for a in live_approvals(draft)):
        raise RefusedError(f"{actor} already approved revision {rev.number} of draft {draft.id}")
    before = _snapshot(draft)
    if at is not None:
        draft.scheduled_at = _schedule_time(account, at, now)
    session.add(
        Approval(
            draft_id=draft.id,
            revision_id=rev.id,
            user_id=user.id,
            reason=reason,
            voided=False,
            created_at=now,
        )
    )
    session.flush()
    session.refresh(draft, attribute_names=["approvals"])
    status = approval_status(session, draft, account)
    if status.blocked:  # refuse rather than leave a draft nobody can ever finish approving
        raise RefusedError(blocked_message(draft, account, status))
    _release_if_ready(session, draft, account, now=now)
    draft.updated_at = now
    session.flush()
    audit.record(
        session,
        DraftApproved(
            actor=actor,
            draft_id=draft.id,
            at=now,
            before=before,
            after=_snapshot(draft)
            | {
                "revision": rev.number,
                "verdict": rev.verdict,
                "reason": reason,
                "approvals": status.count_text,
            }
            | ({"news_while": seen} if (seen := news_while(rev.news_seen, now)) else {}),
        ),
    )
    return draft


def _codes(rev: Revision) -> str:
    codes = [f["code"] for f in rev.findings if f.get("severity") == "hold"] or [
        f["code"] for f in rev.findings
    ]
    return ", ".join(codes) or rev.verdict


def reject_draft(
    session: Session, *, draft_id: int, actor: str, now: datetime, reason: str | None = None
) -> Draft:
    """Turn the draft down for good (an approver or the owner), or withdraw it (its author)."""
    draft = get_draft(session, draft_id, lock=True)
    account = draft.account
    user = _member(session, account, actor, None, "reject drafts")
    if role_of(session, account, user) not in APPROVING_ROLES and draft.current.author_id != user.id:
        raise RefusedError(f"only the owner, an approver or the author can reject draft {draft.id}")
    _editable(draft, "be rejected")
    before = _snapshot(draft)
    _void_approvals(draft)
    draft.state, draft.note, draft.due_at, draft.updated_at = REJECTED, reason, None, now
    audit.record(
        session,
        DraftRejected(
            actor=actor, draft_id=draft.id, at=now, before=before, after=_snapshot(draft) | {"reason": reason}
        ),
    )
    return draft


def undo_draft(
    session: Session, *, draft_id: int, actor: str, now: datetime, reason: str | None = None
) -> Draft:
    """Any member may stop an approved post before it goes out; it returns to `draft`, approvals void."""
    draft = get_draft(session, draft_id, lock=True)
    _member(session, draft.account, actor, None, "undo posts")
    if draft.state != APPROVED:
        if draft.state in (PUBLISHING, PUBLISHED):
            raise RefusedError(f"draft {draft.id} is already {draft.state}; too late to undo")
        raise RefusedError(
            f"draft {draft.id} is {draft.state}; only an approved post waiting to go out can be undone"
        )
    before = _snapshot(draft)
    _void_approvals(draft)
    draft.state, draft.approved_at, draft.due_at, draft.updated_at = DRAFT, None, None, now
    draft.note = f"undone by {actor}" + (f": {reason}" if reason else "")
    audit.record(
        session,
        DraftUndone(
            actor=actor, draft_id=draft.id, at=now, before=before, after=_snapshot(draft) | {"reason": reason}
        ),
    )
    return draft


def _schedule_time(account: Account, at: str | datetime, now: datetime) -> datetime:
    when = schedule.local_to_utc(at, account.tz)
    if when < now - PAST_TOLERANCE:
        raise InputError(
            f"{when.isoformat()} is in the past; schedule a later time (account time zone {account.tz})"
        )
    return when


def list_drafts(
    session: Session, *, handle: str | None = None, state: str | None = None, limit: int = 200
) -> list[Draft]:
    q = select(Draft).options(selectinload(Draft.revisions), selectinload(Draft.account)).order_by(Draft.id)
    if handle:
        q = q.where(Draft.account_id == get_account(session, handle).id)
    if state:
        if state not in STATES:
            raise InputError(f"unknown state {state!r}; choose one of: {', '.join(STATES)}")
        q = q.where(Draft.state == state)
    else:  # deleted drafts are only listed when asked for
        q = q.where(Draft.state != DELETED)
    return list(session.execute(q.limit(limit)).scalars())
