"""Publishing due posts exactly once.

A round: (1) take over attempts whose worker died (lease ran out); (2) claim due posts of unpaused
accounts and commit one attempt row per post, with its idempotency key, before any connector call;
(3) preflight the claimed posts again with the news of this moment; (4) publish each account's
claimed posts in one transaction that first locks the account row against a pause (PostgreSQL:
SELECT ... FOR SHARE; SQLite: BEGIN IMMEDIATE holds the write lock) and keeps it through the
connector calls.
`pause` needs the same lock, so once it returns no publish of that account is in flight and none
can start. A worker killed anywhere leaves either an unclaimed post, or a pending attempt that
recovery finishes by asking the connector whether the key already went out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from signoff.audit import service as audit
from signoff.config import Settings
from signoff.publish.connectors.base import OutgoingPost, PublishResult
from signoff.publish.models import ABANDONED, DONE, FAILED, PENDING, PublishAttempt
from signoff.publish.registry import Connectors
from signoff.store.engine import Database
from signoff.workflow import models as wf
from signoff.workflow.accounts import owner_of
from signoff.workflow.preflight import findings_json, needs_review_again, preflight_many

#: Connector failures tolerated before a post is marked failed.
MAX_TRIES = 5
RETRY_AFTER = timedelta(seconds=30)


@dataclass
class PublishStats:
    claimed: int = 0
    published: int = 0
    recovered: int = 0
    held_by_pause: int = 0
    back_to_review: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


Claimed = list[tuple[int, int]]  # (attempt id, account id)


def _claim(session: Session, *, now: datetime, limit: int, lease: timedelta) -> Claimed:
    """Mark due posts of unpaused accounts `publishing` and write their attempt rows."""
    q = (
        select(wf.Draft)
        .join(wf.Account, wf.Account.id == wf.Draft.account_id)
        .where(wf.Draft.state == wf.APPROVED, wf.Draft.due_at <= now, wf.Account.paused.is_(False))
        .order_by(wf.Draft.due_at, wf.Draft.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(of=wf.Draft, skip_locked=True)  # several workers share the queue
    drafts = list(session.execute(q).scalars())
    if not drafts:
        return []
    latest = dict(
        session.execute(
            select(wf.Revision.draft_id, func.max(wf.Revision.id))
            .where(wf.Revision.draft_id.in_([d.id for d in drafts]))
            .group_by(wf.Revision.draft_id)
        ).all()
    )
    attempts = []
    for d in drafts:
        d.state, d.updated_at = wf.PUBLISHING, now
        attempts.append(
            PublishAttempt(
                draft_id=d.id,
                revision_id=latest[d.id],
                idempotency_key=uuid.uuid4().hex,
                status=PENDING,
                tries=0,
                lease_until=now + lease,
                started_at=now,
            )
        )
    session.add_all(attempts)
    session.flush()
    return [(a.id, d.account_id) for a, d in zip(attempts, drafts, strict=True)]


def _stale(session: Session, *, now: datetime, limit: int, lease: timedelta) -> Claimed:
    """Pending attempts whose lease ran out (their worker died): extend the lease and take them over."""
    q = (
        select(PublishAttempt, wf.Draft.account_id)
        .join(wf.Draft, wf.Draft.id == PublishAttempt.draft_id)
        .where(PublishAttempt.status == PENDING, PublishAttempt.lease_until < now)
        .order_by(PublishAttempt.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(of=PublishAttempt, skip_locked=True)
    rows = session.execute(q).all()
    for a, _ in rows:
        a.lease_until = now + lease
    return [(a.id, account_id) for a, account_id in rows]


def _outgoing(draft: wf.Draft, rev: wf.Revision, author: wf.User, owner_id: int, key: str) -> OutgoingPost:
    text = f"{rev.text} {rev.signature}" if rev.signature else rev.text
    return OutgoingPost(
        idempotency_key=key,
        account=draft.account.handle,
        text=text,
        author=author.name,
        author_is_owner=author.id == owner_id,
        signature=rev.signature,
        draft_id=draft.id,
        revision=rev.number,
    )


def _lock_account(session: Session, account_id: int) -> bool:
    """Lock the account row against a concurrent pause and say whether it is paused."""
    q = select(wf.Account.paused).where(wf.Account.id == account_id)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(read=True)  # FOR SHARE: publishers run side by side, `pause` waits for them
    return bool(session.execute(q).scalar_one())


def _publish_batch(
    session: Session,
    connectors: Connectors,
    account_id: int,
    attempt_ids: list[int],
    *,
    verdicts: dict[int, Any],
    now: datetime,
    recovering: bool,
    stats: PublishStats,
) -> None:
    """Publish one account's claimed posts in one transaction that holds the account lock throughout.

    Each attempt row was committed before this runs, so a crash here rolls back only the bookkeeping;
    recovery then asks the connector which keys went out.
    """
    paused = _lock_account(session, account_id)
    rows = session.execute(
        select(PublishAttempt, wf.Draft, wf.Revision, wf.User)
        .join(wf.Draft, wf.Draft.id == PublishAttempt.draft_id)
        .join(wf.Revision, wf.Revision.id == PublishAttempt.revision_id)
        .join(wf.User, wf.User.id == wf.Revision.author_id)
        .where(PublishAttempt.id.in_(attempt_ids), PublishAttempt.status == PENDING)
        .order_by(PublishAttempt.id)
        .with_for_update(of=PublishAttempt)
    ).all()
    if not rows:
        return  # another worker finished them
    account = rows[0][1].account
    owner_id = owner_of(session, account).id
    connector = connectors.get(account.platform)
    events: list[dict[str, Any]] = []
    for attempt, draft, rev, author in rows:
        post = _outgoing(draft, rev, author, owner_id, attempt.idempotency_key)
        found: PublishResult | None = connector.find(post) if recovering or attempt.tries else None
        if found is None and paused:
            attempt.status, attempt.finished_at, attempt.error = ABANDONED, now, "account paused"
            draft.state = wf.APPROVED  # keeps its place; goes out after resume
            stats.held_by_pause += 1
            continue
        verdict = verdicts.get(attempt.id)
        if found is None and verdict is not None and needs_review_again(rev.verdict, rev.findings, verdict):
            events.append(_back_to_review(draft, rev, attempt, verdict, now=now))
            stats.back_to_review += 1
            continue
        if found is None:
            attempt.tries += 1
            try:
                found = connector.publish(post, at=now)
            except Exception as exc:  # a platform error must not stop the round; retried by recovery
                failed = _failed_try(attempt, draft, exc, now=now, stats=stats)
                if failed is not None:
                    events.append(failed)
                continue
        attempt.status, attempt.finished_at, attempt.platform_post_id = DONE, now, found.platform_post_id
        draft.state, draft.published_at, draft.platform_post_id, draft.updated_at = (
            wf.PUBLISHED,
            found.published_at,
            found.platform_post_id,
            now,
        )
        events.append(
            {
                "actor": "publisher",
                "action": "draft.publish",
                "subject": f"draft:{draft.id}",
                "at": now,
                "before": {"state": wf.PUBLISHING},
                "after": {
                    "state": wf.PUBLISHED,
                    "platform_post_id": found.platform_post_id,
                    "author": post.author,
                    "signature": post.signature,
                    "idempotency_key": post.idempotency_key,
                    "recovered": found.already_published,
                },
            }
        )
        stats.published += 1
        stats.recovered += int(found.already_published)
    audit.record_many(session, events)


def _failed_try(
    attempt: PublishAttempt, draft: wf.Draft, exc: Exception, *, now: datetime, stats: PublishStats
) -> dict[str, Any] | None:
    """Count a connector failure; after MAX_TRIES the post is `failed`. Returns that change's audit event."""
    attempt.error = f"{type(exc).__name__}: {exc}"
    stats.errors.append(f"draft {draft.id}: {attempt.error}")
    if attempt.tries < MAX_TRIES:
        attempt.lease_until = now + RETRY_AFTER * attempt.tries
        return None
    attempt.status, attempt.finished_at = FAILED, now
    draft.state, draft.note = wf.FAILED, f"publishing failed {attempt.tries} times: {attempt.error}"
    draft.updated_at = now
    stats.failed += 1
    return {
        "actor": "publisher",
        "action": "draft.publish_failed",
        "subject": f"draft:{draft.id}",
        "at": now,
        "before": {"state": wf.PUBLISHING},
        "after": {"state": wf.FAILED, "tries": attempt.tries, "error": attempt.error},
    }


def _back_to_review(
    draft: wf.Draft, rev: wf.Revision, attempt: PublishAttempt, verdict: Any, *, now: datetime
) -> dict[str, Any]:
    """A finding at publish time raised the verdict: the post is not published and needs approval again.
    Returns the audit event to record."""
    before = {"state": wf.PUBLISHING, "verdict": rev.verdict}
    codes = ", ".join(f.code for f in verdict.findings) or verdict.verdict
    attempt.status, attempt.finished_at = ABANDONED, now
    attempt.verdict, attempt.findings = verdict.verdict, findings_json(verdict)
    rev.verdict, rev.findings, rev.preflight_at = verdict.verdict, findings_json(verdict), now
    for a in draft.approvals:
        a.voided = True
    draft.state, draft.approved_at, draft.due_at, draft.updated_at = wf.DRAFT, None, None, now
    draft.note = f"back to review: preflight at publish time found {codes} (was {before['verdict']})"
    return {
        "actor": "publisher",
        "action": "draft.back_to_review",
        "subject": f"draft:{draft.id}",
        "at": now,
        "before": before,
        "after": {"state": wf.DRAFT, "verdict": verdict.verdict, "findings": codes},
    }


def _preflight(db: Database, attempt_ids: list[int], *, now: datetime, news: Any) -> dict[int, Any]:
    if not attempt_ids:
        return {}
    with db.session() as s:
        rows = s.execute(
            select(PublishAttempt.id, wf.Account, wf.Revision.text, wf.Revision.signature)
            .join(wf.Revision, wf.Revision.id == PublishAttempt.revision_id)
            .join(wf.Draft, wf.Draft.id == PublishAttempt.draft_id)
            .join(wf.Account, wf.Account.id == wf.Draft.account_id)
            .where(PublishAttempt.id.in_(attempt_ids))
        ).all()
    # Outside the transaction: preflight may take a while and must not hold the database's write lock.
    verdicts = preflight_many([(acc, text, sig) for _, acc, text, sig in rows], at=now, news=news)
    return {row[0]: v for row, v in zip(rows, verdicts, strict=True)}


def publish_due_posts(
    db: Database,
    *,
    settings: Settings,
    now: datetime,
    news: Any = None,
    connectors: Connectors | None = None,
    limit: int | None = None,
) -> PublishStats:
    """One publishing round at `now`. `news` is what publish-time preflight reads (items, paths or URLs)."""
    stats = PublishStats()
    connectors = connectors or Connectors(settings)
    lease = timedelta(seconds=settings.publish_lease_seconds)
    batch = limit or settings.publish_batch_size
    with db.session() as s:
        stale = _stale(s, now=now, limit=batch, lease=lease)
    _publish_claimed(db, connectors, stale, now=now, news=news, recovering=True, stats=stats)
    with db.session() as s:
        claimed = _claim(s, now=now, limit=batch, lease=lease)
    stats.claimed = len(claimed)
    _publish_claimed(db, connectors, claimed, now=now, news=news, recovering=False, stats=stats)
    return stats


def _publish_claimed(
    db: Database,
    connectors: Connectors,
    claimed: Claimed,
    *,
    now: datetime,
    news: Any,
    recovering: bool,
    stats: PublishStats,
) -> None:
    if not claimed:
        return
    verdicts = _preflight(db, [a for a, _ in claimed], now=now, news=news)
    by_account: dict[int, list[int]] = {}
    for attempt_id, account_id in claimed:
        by_account.setdefault(account_id, []).append(attempt_id)
    for account_id, attempt_ids in by_account.items():
        with db.session() as s:
            _publish_batch(
                s,
                connectors,
                account_id,
                attempt_ids,
                verdicts=verdicts,
                now=now,
                recovering=recovering,
                stats=stats,
            )
