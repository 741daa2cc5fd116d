"""How many approvals a draft has and needs, who can still give them, and whether the team can at all.

The rule: a draft needs the account's number of approvals from approving members other than its author
(staff drafts at least one). A held draft needs that *and* the owner's approval, so it never gets less
review than a clean one. An owner who wrote a held draft confirms the hold with their own approval (with a
reason), which does not count towards the number.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from signoff.errors import RefusedError
from signoff.workflow.models import APPROVING_ROLES, Account, Approval, Draft, Membership, User


def approvals_needed(account: Account, *, author_is_owner: bool) -> int:
    """The account's number, but staff drafts always need at least one approval."""
    return account.approvals_needed if author_is_owner else max(1, account.approvals_needed)


def live_approvals(draft: Draft) -> list[Approval]:
    """Approvals of the current revision that no revision, undo, reschedule or withdrawal voided."""
    return [a for a in draft.approvals if not a.voided and a.revision_id == draft.current.id]


def approving_members(session: Session, account: Account) -> dict[int, str]:
    """user id → name of everyone who may approve on the account now (the owner and approvers)."""
    rows = session.execute(
        select(User.id, User.name)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.account_id == account.id, Membership.role.in_(APPROVING_ROLES))
        .order_by(User.name)
    )
    return {uid: name for uid, name in rows}


@dataclass(frozen=True)
class ApprovalStatus:
    """Where a draft's approval stands. `have` counts approvals by current approvers other than the author."""

    have: int
    needed: int
    held: bool
    owner: str
    owner_approved: bool
    #: Approving members who could still add an approval that counts (not the author, not yet approved).
    can_still_approve: tuple[str, ...]
    #: Whether the owner can still give the approval a held draft needs.
    owner_can_approve: bool
    ready: bool

    @property
    def count_text(self) -> str:
        """The words every message uses, e.g. "1 of 2 approvals"."""
        return f"{self.have} of {self.needed} approval{'' if self.needed == 1 else 's'}"

    @property
    def blocked(self) -> bool:
        """The team as it is now can never approve this draft (settings no team can satisfy)."""
        if self.ready:
            return False
        short = self.needed - self.have
        return len(self.can_still_approve) < short or (
            self.held and not self.owner_approved and not self.owner_can_approve
        )

    def missing_text(self) -> str:
        """What is still needed, in words: "" when ready."""
        if self.ready:
            return ""
        parts = []
        if self.have < self.needed:
            parts.append(f"{self.needed - self.have} more")
        if self.held and not self.owner_approved:
            parts.append(f"the owner's ({self.owner}), as the draft is on hold")
        if not parts:  # an owner's own draft that did not pass on a 0-approval account
            parts.append(f"the owner's ({self.owner}) confirmation, as preflight did not pass")
        return "needs " + " and ".join(parts)

    def summary(self) -> str:
        """ "1 of 2 approvals; needs 1 more" — for show and for every command's message."""
        tail = self.missing_text()
        return self.count_text + (f"; {tail}" if tail else "")


def approval_status(session: Session, draft: Draft, account: Account) -> ApprovalStatus:
    rev = draft.current
    approvers = approving_members(session, account)
    owner_id, owner_name = session.execute(
        select(User.id, User.name)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.account_id == account.id, Membership.role == "owner")
    ).one()
    # Only approvals by people who may approve now count: one given by a since-demoted member does not.
    approved_by = {a.user_id for a in live_approvals(draft) if a.user_id in approvers}
    author_is_owner = rev.author_id == owner_id
    needed = approvals_needed(account, author_is_owner=author_is_owner)
    have = len(approved_by - {rev.author_id})
    held = rev.verdict == "hold"
    owner_approved = owner_id in approved_by
    ready = have >= needed and (owner_approved or not held)
    # An owner's own draft on an account that needs 0 approvals goes ahead alone only if preflight passes.
    if needed == 0 and not approved_by and rev.verdict != "pass":
        ready = False
    still = tuple(name for uid, name in approvers.items() if uid not in approved_by and uid != rev.author_id)
    return ApprovalStatus(
        have=have,
        needed=needed,
        held=held,
        owner=owner_name,
        owner_approved=owner_approved,
        can_still_approve=still,
        owner_can_approve=owner_id in approvers,
        ready=ready,
    )


def blocked_message(draft: Draft, account: Account, status: ApprovalStatus) -> str:
    """Why the team cannot approve this draft, and the two ways out."""
    who = ", ".join(status.can_still_approve)
    still = f"only {who} could still approve it" if who else "nobody else can approve it"
    reachable = status.have + len(status.can_still_approve)
    return (
        f"draft {draft.id} needs {status.needed} approval{'' if status.needed == 1 else 's'} from "
        f"approvers other than its author and has {status.have}; {still}. "
        f"Add an approver (`signoff members add {account.handle} NAME --role approver`)"
        + (
            f" or lower the number (`signoff accounts edit {account.handle} --approvals {reachable}`)"
            if reachable >= 1
            else ""
        )
    )


def count_approvers(session: Session, account: Account, *, without_user_id: int | None = None) -> int:
    """How many members may approve (optionally as if one of them lost that role)."""
    q = select(func.count()).where(Membership.account_id == account.id, Membership.role.in_(APPROVING_ROLES))
    if without_user_id is not None:
        q = q.where(Membership.user_id != without_user_id)
    return int(session.execute(q).scalar_one())


def ensure_team_can_approve(
    session: Session, account: Account, *, approvals: int, without_user: str | None = None
) -> None:
    """Refuse a setting (or a member change) that leaves fewer people able to approve than a post needs.

    `without_user`: check the team as it would be once that member no longer approves (a removal or a
    demotion). Raises RefusedError naming both ways out.
    """
    without_id = None
    if without_user is not None:
        without_id = session.execute(  # user names are unique without regard to case
            select(User.id).where(func.lower(User.name) == without_user.lower())
        ).scalar_one_or_none()
    n = count_approvers(session, account, without_user_id=without_id)
    if approvals > n:
        change = f"with {without_user} no longer approving, " if without_user else ""
        raise RefusedError(
            f"{account.handle} needs {approvals} approval{'' if approvals == 1 else 's'} per post but "
            f"{change}only {n} member{'' if n == 1 else 's'} can approve (the owner and approvers); no post "
            f"could ever be approved. Add approvers first (`signoff members add {account.handle} NAME "
            f"--role approver`) or lower the number (`signoff accounts edit {account.handle} "
            f"--approvals {n}`)"
        )
