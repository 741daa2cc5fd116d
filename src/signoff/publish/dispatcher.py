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

Workflow owns the drafts' state (`workflow.publishing`); this module owns the attempt rows and the
connector calls. A connector's failure is acted on by its type (`publish.connectors.base`): transient
ones are retried a few times, `Rejected` never, `OutcomeUnknown` is reconciled with `find()` first,
and anything else (including a connector that is missing or fails to load) fails the post with the
reason. One account's failures never stop the other accounts' posts.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from signoff.audit import service as audit
from signoff.audit.events import PostFailed
from signoff.config import Settings
from signoff.errors import ConfigError, ServiceUnavailableError
from signoff.publish.batch import MAX_TRIES, RETRY_AFTER, Batch, PostOutcome, PublishStats
from signoff.publish.connectors.base import Connector
from signoff.publish.models import PENDING, PublishAttempt
from signoff.publish.registry import Connectors
from signoff.store.engine import Database
from signoff.workflow import publishing
from signoff.workflow.preflight import preflight_many, with_stored_news

__all__ = ["MAX_TRIES", "RETRY_AFTER", "PostOutcome", "PublishStats", "publish_due_posts"]

log = logging.getLogger("signoff.publish")

#: A post still publishing this long after it was claimed ends `failed` (never stuck in `publishing`).
MAX_PUBLISHING_TIME = timedelta(hours=6)


Claimed = list[tuple[int, int]]  # (attempt id, account id)


def _claim(session: Session, *, now: datetime, limit: int, lease: timedelta) -> Claimed:
    """Due posts go to `publishing` (workflow) and get their attempt rows, keys included (here)."""
    claimed = publishing.claim_due(session, now=now, limit=limit)
    if not claimed:
        return []
    attempts = [
        PublishAttempt(
            draft_id=c.draft_id,
            revision_id=c.revision_id,
            idempotency_key=uuid.uuid4().hex,
            status=PENDING,
            tries=0,
            lease_until=now + lease,
            started_at=now,
        )
        for c in claimed
    ]
    session.add_all(attempts)
    session.flush()
    return [(a.id, c.account_id) for a, c in zip(attempts, claimed, strict=True)]


def _stale(session: Session, *, now: datetime, limit: int, lease: timedelta, stats: PublishStats) -> Claimed:
    """Pending attempts whose lease ran out (their worker died, or a retry is due): take them over.

    One that has been publishing for longer than MAX_PUBLISHING_TIME (its workers keep dying on it, or
    the platform keeps deferring it) ends `failed` instead of coming back for ever."""
    q = (
        select(PublishAttempt)
        .where(PublishAttempt.status == PENDING, PublishAttempt.lease_until < now)
        .order_by(PublishAttempt.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    attempts = list(session.execute(q).scalars())
    expired = [a for a in attempts if a.started_at < now - MAX_PUBLISHING_TIME]
    if expired:
        hours = MAX_PUBLISHING_TIME.total_seconds() / 3600
        posts = publishing.posts_to_publish(session, [a.revision_id for a in expired])
        batch = Batch(session, paused=False, verdicts={}, now=now, recovering=True, stats=stats)
        for a in expired:
            batch.fail(
                a,
                posts[a.revision_id],
                f"still not published {hours:.0f} hours after it was due (last error: "
                f"{a.error or 'its worker stopped while publishing it'}); check the platform before "
                "publishing it again",
            )
        audit.record(session, *batch.events)
    attempts = [a for a in attempts if a not in expired]
    accounts = publishing.account_ids(session, {a.draft_id for a in attempts})
    for a in attempts:
        a.lease_until = now + lease
    return [(a.id, accounts[a.draft_id]) for a in attempts]


def _fail_orphans(session: Session, *, now: datetime, lease: timedelta, limit: int) -> list[PostFailed]:
    """Drafts left in `publishing` with no pending attempt (never expected: a safety net) end
    `failed` instead of blocking undo, reject and pause forever."""
    ids = publishing.publishing_since(session, before=now - lease, limit=limit, lock=True)
    if not ids:
        return []
    live = set(
        session.execute(
            select(PublishAttempt.draft_id).where(
                PublishAttempt.draft_id.in_(ids), PublishAttempt.status == PENDING
            )
        ).scalars()
    )
    reason = (
        "left in publishing with no publish attempt in progress; "
        "check the platform before publishing it again"
    )
    return [publishing.mark_failed(session, draft_id=d, reason=reason, now=now) for d in ids if d not in live]


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
    paused = publishing.lock_account(session, account_id)
    attempts = list(
        session.execute(
            select(PublishAttempt)
            .where(PublishAttempt.id.in_(attempt_ids), PublishAttempt.status == PENDING)
            .order_by(PublishAttempt.id)
            .with_for_update()
        ).scalars()
    )
    if not attempts:
        return  # another worker finished them
    posts = publishing.posts_to_publish(session, [a.revision_id for a in attempts])
    platform = posts[attempts[0].revision_id].platform
    connector: Connector | str
    try:
        connector = connectors.get(platform)
    except ConfigError as exc:  # missing or broken plugin: its posts fail, the others go on
        connector = str(exc)
    batch = Batch(session, paused=paused, verdicts=verdicts, now=now, recovering=recovering, stats=stats)
    for attempt in attempts:
        batch.run(attempt, posts[attempt.revision_id], connector)
    audit.record(session, *batch.events)


def _batch_crashed(
    db: Database, attempt_ids: list[int], error: str, *, now: datetime, stats: PublishStats
) -> None:
    """A batch's transaction failed for a reason other than its connector (a bug, bad data): count a
    try on each of its attempts, so that a post that keeps breaking rounds ends `failed`."""
    try:
        with db.session() as s:
            attempts = list(
                s.execute(
                    select(PublishAttempt).where(
                        PublishAttempt.id.in_(attempt_ids), PublishAttempt.status == PENDING
                    )
                ).scalars()
            )
            posts = publishing.posts_to_publish(s, [a.revision_id for a in attempts])
            batch = Batch(s, paused=False, verdicts={}, now=now, recovering=True, stats=stats)
            for a in attempts:
                a.tries += 1
                batch.retry_later(a, posts[a.revision_id], error, now + RETRY_AFTER * a.tries)
            audit.record(s, *batch.events)
    except (DBAPIError, ServiceUnavailableError):
        raise
    except Exception:  # noqa: BLE001  (the attempts keep their lease; a later round tries again)
        log.exception("could not count the failed batch's tries")
        stats.errors.append(f"publish attempts {attempt_ids}: {error}")


def _preflight(db: Database, attempt_ids: list[int], *, now: datetime, news: Any) -> dict[int, Any]:
    if not attempt_ids:
        return {}
    with db.session() as s:
        revision_of = dict(
            s.execute(
                select(PublishAttempt.id, PublishAttempt.revision_id).where(
                    PublishAttempt.id.in_(attempt_ids)
                )
            ).all()
        )
        inputs = publishing.preflight_inputs(s, set(revision_of.values()))
        news = with_stored_news(s, news, now)  # the stored feeds' items as of now, beside SIGNOFF_NEWS_FEEDS
    # Outside the transaction: preflight may take a while and must not hold the database's write lock.
    order = list(revision_of.items())
    verdicts = preflight_many([inputs[rid] for _, rid in order], at=now, news=news)
    return {aid: v for (aid, _), v in zip(order, verdicts, strict=True)}


def publish_due_posts(
    db: Database,
    *,
    settings: Settings,
    now: datetime,
    news: Any = None,
    connectors: Connectors | None = None,
    limit: int | None = None,
) -> PublishStats:
    """One publishing round at `now`. `news` is what publish-time preflight reads (items, paths or URLs).

    Every post's outcome is in the returned stats; a post that cannot be published (no connector,
    rejected, broken connector, too many failed tries) ends `failed` and the round goes on. Only an
    unreachable database ends the round with an exception.
    """
    stats = PublishStats()
    connectors = connectors or Connectors(settings)
    lease = timedelta(seconds=settings.publish_lease_seconds)
    batch = limit or settings.publish_batch_size
    with db.session() as s:
        audit.record(s, *_fail_orphans(s, now=now, lease=lease, limit=batch))
    with db.session() as s:
        stale = _stale(s, now=now, limit=batch, lease=lease, stats=stats)
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
        batch_stats = PublishStats()  # counted into the round's only once the batch commits
        try:
            with db.session() as s:
                _publish_batch(
                    s,
                    connectors,
                    account_id,
                    attempt_ids,
                    verdicts=verdicts,
                    now=now,
                    recovering=recovering,
                    stats=batch_stats,
                )
        except (DBAPIError, ServiceUnavailableError):
            raise  # the database itself failed: the round stops, the worker backs off
        except Exception as exc:  # noqa: BLE001  (one account's broken batch must not stop the others)
            log.exception("publishing account %s's batch failed", account_id)
            batch_stats = PublishStats()
            _batch_crashed(db, attempt_ids, f"{type(exc).__name__}: {exc}", now=now, stats=batch_stats)
        stats.merge(batch_stats)
