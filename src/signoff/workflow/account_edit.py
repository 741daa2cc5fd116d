"""`accounts edit`: change an account's policy after it was added, audited, with what the change did.

What each setting changes:

- approvals: refused when more than the members who can approve (the owner and approvers). Drafts
  waiting for approval are looked at again: one that now has enough approvals is approved (its
  cool-off starts now). Posts already approved stay approved.
- cool-off: approved posts get their due time again (approval + new cool-off, or their slot if later).
- disclosure: applies to revisions written from now on (approved wording keeps its signature).
- zone: scheduled posts keep their instant; they are shown (and new local times read) in the new zone.
- per-code severity: CODE=info|review|hold|off, or CODE=default to drop the override; an unknown code is
  refused. Applies to preflights from now on, including the publisher's re-check.
- long posts (X accounts only): whether the account has X Premium or a verified organisation, so its posts
  may run to 25,000 characters; applies to preflights from now on, including the publisher's re-check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from signoff.audit import actors
from signoff.audit import service as audit
from signoff.audit.events import AccountEdited
from signoff.authorship.service import validate_disclosure_format
from signoff.errors import InputError, RefusedError
from signoff.workflow import schedule
from signoff.workflow.accounts import (
    account_record,
    check_code,
    check_long_posts,
    get_account,
    get_user,
    parse_overrides,
    role_of,
)
from signoff.workflow.approvals import ensure_team_can_approve
from signoff.workflow.drafts import _release_if_ready
from signoff.workflow.models import APPROVED, DRAFT, Account, Draft

#: `edit_account(disclosure=UNCHANGED)`; None turns the signature off.
UNCHANGED = "unchanged"
#: A severity value meaning "drop this code's override" (back to the check's default).
DEFAULT = "default"


@dataclass
class AccountEdit:
    """The account after the edit, what changed, and the posts the change moved."""

    account: Account
    changed: dict[str, Any] = field(default_factory=dict)
    approved_drafts: list[int] = field(default_factory=list)
    retimed_drafts: list[int] = field(default_factory=list)


def edit_account(
    session: Session,
    *,
    handle: str,
    now: datetime,
    approvals: int | None = None,
    cooloff: int | None = None,
    disclosure: str | None = UNCHANGED,
    tz: str | None = None,
    checks: dict[str, str | None] | None = None,
    actor: str | None = None,
    long_posts: bool | None = None,
) -> AccountEdit:
    """Change the given settings (the rest stay). `actor`: the install admin (`os:<login>`, the default)
    or the account's owner."""
    account = get_account(session, handle)
    actor = actor or actors.os_actor()
    if not actors.is_install_admin(actor) and role_of(session, account, get_user(session, actor)) != "owner":
        raise RefusedError(f"only the owner of {handle} changes its settings; {actor} is not the owner")
    if (approvals is None and cooloff is None and disclosure == UNCHANGED and tz is None and not checks
            and long_posts is None):
        raise InputError(
            "nothing to change: give --approvals, --cooloff, --disclosure, --tz, --check CODE=SEVERITY or "
            "--long-posts/--no-long-posts"
        )
    before = account_record(account)
    out = AccountEdit(account=account)
    if long_posts is not None:
        check_long_posts(account.platform, long_posts)
    if tz is not None:
        schedule.zone(tz)
        account.tz = tz
    if long_posts is not None:
        account.long_posts = long_posts
    if disclosure != UNCHANGED:
        account.disclosure_format = validate_disclosure_format(disclosure)
    if checks:
        overrides = dict(account.check_overrides or {})
        for code, sev in checks.items():
            if sev == DEFAULT:
                overrides.pop(check_code(code), None)
            else:
                overrides.update(parse_overrides({code: sev}))
        account.check_overrides = overrides
    if cooloff is not None:
        if not 0 <= cooloff <= 86_400:
            raise InputError("--cooloff must be between 0 and 86400 seconds")
        account.cooloff_seconds = cooloff
    if approvals is not None:
        if not 0 <= approvals <= 10:
            raise InputError("--approvals must be between 0 and 10")
        ensure_team_can_approve(session, account, approvals=approvals)
        account.approvals_needed = approvals
    session.flush()
    drafts = _waiting_drafts(session, account)
    if approvals is not None:
        for d in drafts:
            if d.state == DRAFT and _release_if_ready(session, d, account, now=now):
                d.updated_at = now
                out.approved_drafts.append(d.id)
    if cooloff is not None:
        for d in drafts:
            if d.state == APPROVED and d.approved_at is not None and d.id not in out.approved_drafts:
                due = schedule.due_at(
                    approved_at=d.approved_at, scheduled_at=d.scheduled_at, cooloff_seconds=cooloff
                )
                if due != d.due_at:
                    d.due_at, d.updated_at = due, now
                    out.retimed_drafts.append(d.id)
    after = account_record(account)
    out.changed = {k: after[k] for k in after if after[k] != before[k]}
    session.flush()
    audit.record(
        session,
        AccountEdited(
            actor=actor,
            handle=handle,
            at=now,
            before={k: before[k] for k in out.changed},
            after=out.changed
            | {"approved_drafts": out.approved_drafts, "retimed_drafts": out.retimed_drafts},
        ),
    )
    return out


def _waiting_drafts(session: Session, account: Account) -> list[Draft]:
    return list(
        session.execute(
            select(Draft)
            .where(Draft.account_id == account.id, Draft.state.in_((DRAFT, APPROVED)))
            .options(selectinload(Draft.revisions), selectinload(Draft.approvals))
            .order_by(Draft.id)
            .with_for_update(of=Draft)
        ).scalars()
    )
