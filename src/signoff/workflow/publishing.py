"""A draft's state while it is published: the operations the publisher asks workflow for.

Workflow owns `Draft.state`; the publisher (`publish.dispatcher`) keeps its own attempt rows and
calls these in its transactions: `claim_due` (approved and due -> publishing), then per post one of
`mark_published`, `release_paused` (back to approved, keeps its place), `send_back_to_review`
(a publish-time finding: back to draft, approvals void) or `mark_failed`. The `mark_*` functions
return the audit event to record, so that a batch appends its events under one lock of the chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from signoff.audit.events import PostFailed, PostPublished, SentBackToReview
from signoff.workflow.accounts import owner_of
from signoff.workflow.models import (
    APPROVED,
    DRAFT,
    FAILED,
    PUBLISHED,
    PUBLISHING,
    Account,
    Draft,
    Revision,
    User,
)
from signoff.workflow.preflight import findings_json

#: session.info key: drafts loaded by `posts_to_publish`, kept alive for the session's mark_* calls.
_LOADED = "signoff.publishing.drafts"
PUBLISHER = "publisher"


@dataclass(frozen=True)
class Claimed:
    """A due post now in `publishing`: its draft, the revision that goes out, its account."""

    draft_id: int
    revision_id: int
    account_id: int


@dataclass(frozen=True)
class PostToPublish:
    """What the publisher needs to send one claimed revision."""

    draft_id: int
    revision_id: int
    revision: int
    handle: str
    platform: str
    text: str  # the full text, signature included
    signature: str | None
    author: str
    author_is_owner: bool
    #: The verdict and findings the approvals were given for (publish-time preflight compares).
    verdict: str
    findings: list[dict[str, Any]]
    state: str


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def claim_due(session: Session, *, now: datetime, limit: int) -> list[Claimed]:
    """Move approved posts due by `now` of unpaused accounts to `publishing` (oldest due first)."""
    q = (
        select(Draft)
        .join(Account, Account.id == Draft.account_id)
        .where(Draft.state == APPROVED, Draft.due_at <= now, Account.paused.is_(False))
        .order_by(Draft.due_at, Draft.id)
        .limit(limit)
    )
    if _postgres(session):
        q = q.with_for_update(of=Draft, skip_locked=True)  # several workers share the queue
    drafts = list(session.execute(q).scalars())
    if not drafts:
        return []
    latest = dict(
        session.execute(
            select(Revision.draft_id, func.max(Revision.id))
            .where(Revision.draft_id.in_([d.id for d in drafts]))
            .group_by(Revision.draft_id)
        ).all()
    )
    for d in drafts:
        d.state, d.updated_at = PUBLISHING, now
    return [Claimed(d.id, latest[d.id], d.account_id) for d in drafts]


def account_ids(session: Session, draft_ids: Iterable[int]) -> dict[int, int]:
    """Draft id -> account id."""
    ids = list(draft_ids)
    if not ids:
        return {}
    return dict(session.execute(select(Draft.id, Draft.account_id).where(Draft.id.in_(ids))).all())


def lock_account(session: Session, account_id: int) -> bool:
    """Lock the account row against a concurrent pause until commit; says whether it is paused.

    PostgreSQL: FOR SHARE (publishers run side by side, `pause` waits for them); SQLite: the
    transaction's BEGIN IMMEDIATE already holds the write lock.
    """
    q = select(Account.paused).where(Account.id == account_id)
    if _postgres(session):
        q = q.with_for_update(read=True)
    return bool(session.execute(q).scalar_one())


def posts_to_publish(session: Session, revision_ids: Iterable[int]) -> dict[int, PostToPublish]:
    """Revision id -> the post to send (one query; owners looked up once per account)."""
    ids = list(revision_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Draft, Revision, User)
        .join(Revision, Revision.draft_id == Draft.id)
        .join(User, User.id == Revision.author_id)
        .where(Revision.id.in_(ids))
    ).all()
    owners: dict[int, int] = {}
    out: dict[int, PostToPublish] = {}
    loaded = session.info.setdefault(_LOADED, {})
    for draft, rev, author in rows:
        loaded[draft.id] = draft  # the mark_* calls below find it without a query (the map is weak)
        account = draft.account
        if account.id not in owners:
            owners[account.id] = owner_of(session, account).id
        out[rev.id] = PostToPublish(
            draft_id=draft.id,
            revision_id=rev.id,
            revision=rev.number,
            handle=account.handle,
            platform=account.platform,
            text=f"{rev.text} {rev.signature}" if rev.signature else rev.text,
            signature=rev.signature,
            author=author.name,
            author_is_owner=author.id == owners[account.id],
            verdict=rev.verdict,
            findings=list(rev.findings or []),
            state=draft.state,
        )
    return out


def preflight_inputs(
    session: Session, revision_ids: Iterable[int]
) -> dict[int, tuple[Account, str, str | None]]:
    """Revision id -> (account, text, signature): what `workflow.preflight.preflight_many` takes."""
    ids = list(revision_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Revision.id, Account, Revision.text, Revision.signature)
        .join(Draft, Draft.id == Revision.draft_id)
        .join(Account, Account.id == Draft.account_id)
        .where(Revision.id.in_(ids))
    ).all()
    return {rid: (account, text, sig) for rid, account, text, sig in rows}


def _draft(session: Session, draft_id: int) -> Draft:
    draft = session.info.get(_LOADED, {}).get(draft_id) or session.get(Draft, draft_id)
    if draft is None:  # pragma: no cover - attempts reference drafts by foreign key
        raise LookupError(f"draft {draft_id} vanished while publishing")
    return draft


def mark_published(
    session: Session,
    *,
    draft_id: int,
    platform_post_id: str,
    published_at: datetime,
    now: datetime,
    details: dict[str, Any] | None = None,
) -> PostPublished:
    """The post went out: `published`, with the platform's id. Returns the audit event."""
    draft = _draft(session, draft_id)
    before = draft.state
    draft.state, draft.published_at, draft.platform_post_id, draft.updated_at = (
        PUBLISHED,
        published_at,
        platform_post_id,
        now,
    )
    return PostPublished(
        actor=PUBLISHER,
        draft_id=draft_id,
        at=now,
        before={"state": before},
        after={"state": PUBLISHED, "platform_post_id": platform_post_id, **(details or {})},
    )


def release_paused(session: Session, *, draft_id: int, now: datetime) -> None:
    """The account was paused before the post went out: back to `approved`, keeping its place."""
    draft = _draft(session, draft_id)
    draft.state = APPROVED


def send_back_to_review(
    session: Session, *, draft_id: int, revision_id: int, verdict: Any, now: datetime
) -> SentBackToReview:
    """A finding at publish time raised the verdict: the revision takes the new verdict, approvals are
    void and the draft is back in review (`draft`). Returns the audit event."""
    draft = _draft(session, draft_id)
    rev = session.get(Revision, revision_id)
    assert rev is not None and rev.draft_id == draft_id
    before = {"state": draft.state, "verdict": rev.verdict}
    codes = ", ".join(f.code for f in verdict.findings) or verdict.verdict
    rev.verdict, rev.findings, rev.preflight_at = verdict.verdict, findings_json(verdict), now
    for a in draft.approvals:
        a.voided = True
    draft.state, draft.approved_at, draft.due_at, draft.updated_at = DRAFT, None, None, now
    draft.note = f"back to review: preflight at publish time found {codes} (was {before['verdict']})"
    return SentBackToReview(
        actor=PUBLISHER,
        draft_id=draft_id,
        at=now,
        before=before,
        after={"state": DRAFT, "verdict": verdict.verdict, "findings": codes},
    )


def mark_failed(
    session: Session, *, draft_id: int, reason: str, now: datetime, details: dict[str, Any] | None = None
) -> PostFailed:
    """The post will not go out: `failed`, with the reason in its note (`drafts show`). Returns the
    audit event."""
    draft = _draft(session, draft_id)
    before = draft.state
    draft.state, draft.note, draft.updated_at = FAILED, reason, now
    return PostFailed(
        actor=PUBLISHER,
        draft_id=draft_id,
        at=now,
        before={"state": before},
        after={"state": FAILED, "error": reason, **(details or {})},
    )


def publishing_since(session: Session, *, before: datetime, limit: int, lock: bool = False) -> list[int]:
    """Drafts in `publishing` untouched since `before` (the publisher checks each still has a live
    attempt; one without is failed rather than left stuck). `lock` holds their rows (PostgreSQL,
    skipping rows another transaction holds)."""
    q = (
        select(Draft.id)
        .where(Draft.state == PUBLISHING, Draft.updated_at < before)
        .order_by(Draft.id)
        .limit(limit)
    )
    if lock and _postgres(session):
        q = q.with_for_update(skip_locked=True)
    return list(session.execute(q).scalars())


def draft_states(session: Session, draft_ids: Iterable[int]) -> dict[int, str]:
    """Draft id -> state, for the given drafts (stress runs and benchmarks count outcomes with it)."""
    ids = list(draft_ids)
    out: dict[int, str] = {}
    for start in range(0, len(ids), 10_000):  # stay under the drivers' bound-parameter limits
        chunk = ids[start : start + 10_000]
        out.update(session.execute(select(Draft.id, Draft.state).where(Draft.id.in_(chunk))).all())
    return out
