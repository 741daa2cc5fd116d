"""When people leave or change their password: `members remove`, `users remove`, `users passwd`.

History stays: a removed user's row is kept (marked `removed_at`), so their drafts, revisions, approvals and
audit events still name them. What changes is the future: they can no longer act or log in, and an approval
of theirs on a post that has not gone out yet stops counting (as if they withdrew it): a post that no longer
has the approvals it needs returns to review, so the team that remains decides whether it still goes out. A
removal that would leave an account fewer approvers than its posts need is refused, like a demotion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from signoff.audit import actors
from signoff.audit import service as audit
from signoff.audit.events import (
    AccountTransferred,
    ApprovalWithdrawn,
    MemberRemoved,
    PasswordSet,
    UserRemoved,
)
from signoff.errors import NotFoundError, RefusedError
from signoff.workflow.accounts import get_account, get_user, owner_of, role_of
from signoff.workflow.approvals import approval_status, ensure_team_can_approve
from signoff.workflow.models import APPROVED, DRAFT, Account, Draft, Membership, User
from signoff.workflow.sessions import end_all_sessions, hash_password, verify_password


@dataclass
class Departure:
    """What removing someone changed: the accounts they left and the posts sent back to review."""

    user: str
    accounts: list[str] = field(default_factory=list)
    returned_drafts: list[int] = field(default_factory=list)
    voided_approvals: int = 0
    sessions_ended: int = 0


def _owner_check(session: Session, account: Account, actor: str, what: str) -> None:
    if actors.is_install_admin(actor):
        return
    if role_of(session, account, get_user(session, actor)) != "owner":
        raise RefusedError(f"only the owner of {account.handle} {what}; {actor} is not the owner")


def _withdraw_pending_approvals(
    session: Session, account: Account, user: User, *, actor: str, now: datetime, out: Departure
) -> None:
    """Void `user`'s approvals on the account's posts that have not gone out (as if they withdrew them);
    an approved post that no longer has the approvals it needs returns to review."""
    drafts = session.execute(
        select(Draft)
        .where(Draft.account_id == account.id, Draft.state.in_((DRAFT, APPROVED)))
        .options(selectinload(Draft.approvals), selectinload(Draft.revisions))
        .with_for_update(of=Draft)
    ).scalars()
    for draft in drafts:
        mine = [a for a in draft.approvals if a.user_id == user.id and not a.voided]
        if not mine:
            continue
        for a in mine:
            a.voided = True
        out.voided_approvals += len(mine)
        session.flush()
        if draft.state != APPROVED or approval_status(session, draft, account).ready:
            continue
        before = {"state": draft.state, "due_at": draft.due_at}
        note = f"back in review: {user.name}, who approved it, left {account.handle}"
        draft.state, draft.approved_at, draft.due_at = DRAFT, None, None
        draft.note, draft.updated_at = note, now
        out.returned_drafts.append(draft.id)
        audit.record(
            session,
            ApprovalWithdrawn(
                actor=actor,
                draft_id=draft.id,
                at=now,
                before=before,
                after={"state": DRAFT, "due_at": None, "reason": note},
            ),
        )


def _leave(
    session: Session,
    account: Account,
    user: User,
    membership: Membership,
    *,
    actor: str,
    now: datetime,
    out: Departure,
) -> None:
    _withdraw_pending_approvals(session, account, user, actor=actor, now=now, out=out)
    role = membership.role
    session.delete(membership)
    session.flush()
    out.accounts.append(account.handle)
    audit.record(
        session,
        MemberRemoved(
            actor=actor, handle=account.handle, at=now, before={"user": user.name, "role": role}, after=None
        ),
    )


def _owned_refusal(user: str, handles: list[str]) -> RefusedError:
    return RefusedError(
        f"{user} owns {', '.join(handles)}; an account always has exactly one owner, so give "
        f"{'it' if len(handles) == 1 else 'each'} a new owner first "
        f"(`signoff members transfer {handles[0]} NAME`), then remove {user}"
    )


def transfer_ownership(
    session: Session, *, handle: str, to: str, now: datetime, actor: str | None = None
) -> str:
    """Make `to` the account's owner (the owner or the install admin may); the previous owner stays on as an
    approver (`members remove` takes them off). Returns the previous owner's name."""
    actor = actor or actors.os_actor()
    account = get_account(session, handle)
    _owner_check(session, account, actor, "hands the account over")
    new_owner = get_user(session, to)
    old_owner = owner_of(session, account)
    if new_owner.id == old_owner.id:
        raise RefusedError(f"{to} already owns {handle}")
    memberships = {
        m.user_id: m
        for m in session.execute(select(Membership).where(Membership.account_id == account.id)).scalars()
    }
    before = {
        "owner": old_owner.name,
        "role_of_new_owner": getattr(memberships.get(new_owner.id), "role", None),
    }
    memberships[old_owner.id].role = "approver"
    if new_owner.id in memberships:
        memberships[new_owner.id].role = "owner"
    else:
        session.add(Membership(account_id=account.id, user_id=new_owner.id, role="owner"))
    session.flush()
    audit.record(
        session,
        AccountTransferred(
            actor=actor,
            handle=handle,
            at=now,
            before=before,
            after={"owner": new_owner.name, "previous_owner_role": "approver"},
        ),
    )
    return old_owner.name


def remove_member(
    session: Session, *, handle: str, name: str, now: datetime, actor: str | None = None
) -> Departure:
    """Take `name` off the account (the owner or the install admin may). Their past work stays; their
    approvals on posts not yet out stop counting (see the module docstring). The owner cannot be removed."""
    actor = actor or actors.os_actor()
    account = get_account(session, handle)
    _owner_check(session, account, actor, "removes members")
    user = get_user(session, name)
    membership = session.execute(
        select(Membership).where(Membership.account_id == account.id, Membership.user_id == user.id)
    ).scalar_one_or_none()
    if membership is None:
        raise NotFoundError(f"{name} is not a member of {handle}; `signoff members list {handle}` shows them")
    if membership.role == "owner":
        raise _owned_refusal(name, [handle])
    # Refuse leaving fewer people able to approve than a post needs (no post could ever go out).
    ensure_team_can_approve(session, account, approvals=account.approvals_needed, without_user=user.name)
    out = Departure(user=user.name)
    _leave(session, account, user, membership, actor=actor, now=now, out=out)
    return out


def remove_user(session: Session, *, name: str, now: datetime, actor: str | None = None) -> Departure:
    """Remove a person (install admin only): they leave every account, their logins and password end, and
    their row stays so history keeps their name. Refused while they own an account."""
    actor = actor or actors.os_actor()
    if not actors.is_install_admin(actor):
        raise RefusedError("only whoever holds the data directory removes users: run it without --as")
    user = get_user(session, name)
    rows = session.execute(
        select(Membership, Account)
        .join(Account, Membership.account_id == Account.id)
        .where(Membership.user_id == user.id)
        .order_by(Account.handle)
    ).all()
    owned = [a.handle for m, a in rows if m.role == "owner"]
    if owned:
        raise _owned_refusal(name, owned)
    for _, account in rows:  # as for `members remove`: no account may be left unable to approve
        ensure_team_can_approve(session, account, approvals=account.approvals_needed, without_user=user.name)
    out = Departure(user=user.name)
    for membership, account in rows:
        _leave(session, account, user, membership, actor=actor, now=now, out=out)
    out.sessions_ended = end_all_sessions(session, user)
    user.password_hash, user.removed_at = None, now
    session.flush()
    audit.record(
        session,
        UserRemoved(
            actor=actor,
            name=name,
            at=now,
            after={"accounts_left": out.accounts, "drafts_back_in_review": out.returned_drafts},
        ),
    )
    return out


def set_password(
    session: Session,
    *,
    name: str,
    new_password: str,
    now: datetime,
    actor: str | None = None,
    current_password: str | None = None,
) -> int:
    """Set `name`'s password (argon2). The person themselves must give the current one; the install admin
    needs none. Every session of theirs ends; returns how many did."""
    actor = actor or actors.os_actor()
    if actors.is_install_admin(actor):
        user = get_user(session, name)
    else:
        if actor.lower() != name.lower():
            raise RefusedError(
                f"{actor} may change only their own password; whoever holds the data directory can "
                f"set {name}'s (run it without --as)"
            )
        if current_password is None:
            raise RefusedError(f"changing {name}'s password needs the current one")
        user = verify_password(session, name=name, password=current_password)
    had = user.password_hash is not None
    user.password_hash = hash_password(new_password)
    ended = end_all_sessions(session, user)
    session.flush()
    audit.record(
        session,
        PasswordSet(actor=actor, name=name, at=now, after={"had_password": had, "sessions_ended": ended}),
    )
    return ended


def list_users(session: Session, *, include_removed: bool = False) -> list[User]:
    """Users by name; removed ones only when asked (their rows stay for history)."""
    q = select(User).order_by(User.name)
    if not include_removed:
        q = q.where(User.removed_at.is_(None))
    return list(session.execute(q).scalars())
