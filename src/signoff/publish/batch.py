"""One account's batch of claimed posts: what happens to each post, by the connector's answer.

`Batch.run` publishes a post, or holds it (account paused), sends it back to review (a publish-time
finding), retries it later (`Transient`, `RateLimited`, `OutcomeUnknown`: reconciled with `find()`
first) or fails it (`Rejected`, a missing or broken connector, too many tries). The drafts' state
changes go through `workflow.publishing`; the attempt rows are ours.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from signoff.audit.events import AuditEventKind
from signoff.publish.connectors.base import (
    Connector,
    ConnectorFailure,
    OutcomeUnknown,
    OutgoingPost,
    PublishResult,
    RateLimited,
    Rejected,
)
from signoff.publish.models import ABANDONED, DONE, FAILED, PublishAttempt
from signoff.workflow import publishing
from signoff.workflow.preflight import findings_json, needs_review_again

#: Connector calls tolerated for one post (transient failures, unknown outcomes) before it is failed.
MAX_TRIES = 5
RETRY_AFTER = timedelta(seconds=30)


@dataclass(frozen=True)
class PostOutcome:
    """What one round did with one post: published, recovered, retrying, failed, held by pause,
    back to review. `detail` is the platform id or the reason."""

    draft_id: int
    account: str
    outcome: str
    detail: str = ""


@dataclass
class PublishStats:
    claimed: int = 0
    published: int = 0
    recovered: int = 0
    held_by_pause: int = 0
    back_to_review: int = 0
    #: Posts that ended `failed` this round (the reason is in the draft's note and the audit log).
    failed: int = 0
    #: Posts whose connector call failed this round and that will be tried again.
    retrying: int = 0
    errors: list[str] = field(default_factory=list)
    outcomes: list[PostOutcome] = field(default_factory=list)

    def merge(self, other: PublishStats) -> None:
        """Add a committed batch's figures to the round's."""
        for name in ("published", "recovered", "held_by_pause", "back_to_review", "failed", "retrying"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.outcomes += other.outcomes

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "outcomes"}
        d["outcomes"] = [asdict(o) for o in self.outcomes]
        return d


class Batch:
    """One account's claimed posts in one transaction (see `_publish_batch`)."""

    def __init__(
        self,
        session: Session,
        *,
        paused: bool,
        verdicts: dict[int, Any],
        now: datetime,
        recovering: bool,
        stats: PublishStats,
    ) -> None:
        self.session, self.paused = session, paused
        self.verdicts, self.now, self.recovering, self.stats = verdicts, now, recovering, stats
        self.events: list[AuditEventKind] = []
        #: Set when the platform rate-limits us: the rest of the batch waits without calling it.
        self.hold_until: datetime | None = None

    def _note(
        self, attempt: PublishAttempt, post: publishing.PostToPublish, outcome: str, detail: str
    ) -> None:
        self.stats.outcomes.append(PostOutcome(attempt.draft_id, post.handle, outcome, detail))
        if outcome in ("failed", "retrying"):
            self.stats.errors.append(f"draft {attempt.draft_id} (@{post.handle}): {detail}")

    def fail(self, attempt: PublishAttempt, post: publishing.PostToPublish, reason: str) -> None:
        attempt.status, attempt.finished_at, attempt.error = FAILED, self.now, reason
        self.events.append(
            publishing.mark_failed(
                self.session,
                draft_id=attempt.draft_id,
                reason=reason,
                now=self.now,
                details={"tries": attempt.tries},
            )
        )
        self.stats.failed += 1
        self._note(attempt, post, "failed", reason)

    def retry_later(
        self, attempt: PublishAttempt, post: publishing.PostToPublish, error: str, until: datetime
    ) -> None:
        attempt.error = error
        if attempt.tries >= MAX_TRIES:
            self.fail(attempt, post, f"publishing failed {attempt.tries} times: {error}")
            return
        attempt.lease_until = until
        self.stats.retrying += 1
        self._note(attempt, post, "retrying", f"{error} (try {attempt.tries} of {MAX_TRIES})")

    def _after_failure(
        self, attempt: PublishAttempt, post: publishing.PostToPublish, exc: Exception, what: str
    ) -> None:
        """Act on a failed connector call by the failure's type."""
        platform = post.platform
        if isinstance(exc, Rejected):
            self.fail(attempt, post, f"{platform} rejected the post: {exc.platform_message}")
        elif isinstance(exc, RateLimited):
            until = max(exc.reset_at or self.now + RETRY_AFTER, self.now + timedelta(seconds=1))
            self.hold_until = until
            self.retry_later(attempt, post, f"rate-limited by {platform} until {until.isoformat()}", until)
        elif isinstance(exc, OutcomeUnknown):  # the next try asks find() first (tries > 0)
            self.retry_later(attempt, post, f"outcome unknown: {exc}", self.now + RETRY_AFTER)
        elif isinstance(exc, ConnectorFailure):
            # Jittered back-off, so that posts failing together do not come back together.
            until = self.now + RETRY_AFTER * max(1, attempt.tries) * random.uniform(1.0, 1.25)
            self.retry_later(attempt, post, f"{type(exc).__name__}: {exc}", until)
        else:
            self.fail(
                attempt,
                post,
                f"connector {platform!r} is broken ({what} raised {type(exc).__name__}: {exc})",
            )

    def run(
        self, attempt: PublishAttempt, post: publishing.PostToPublish, connector: Connector | str
    ) -> None:
        """Publish one post, or hold, send back, retry later or fail it. `connector` is the reason
        when the platform has none."""
        out = _outgoing(post, attempt.idempotency_key)
        needs_find = self.recovering or attempt.tries > 0
        if self.hold_until is not None and not self.paused:
            attempt.lease_until = self.hold_until
            self.stats.retrying += 1
            self._note(attempt, post, "retrying", f"waiting for {post.platform}'s rate limit")
            return
        if isinstance(connector, str):
            if self.paused and not needs_find:
                self.hold(attempt, post)
            else:
                self.fail(attempt, post, connector)
            return
        found: PublishResult | None = None
        if needs_find:
            try:
                found = connector.find(out)
            except Exception as exc:  # noqa: BLE001  (by type, in _after_failure)
                attempt.tries += 1
                self._after_failure(attempt, post, exc, "find()")
                return
        if found is None and self.paused:
            self.hold(attempt, post)
            return
        verdict = self.verdicts.get(attempt.id)
        if found is None and verdict is not None and needs_review_again(post.verdict, post.findings, verdict):
            attempt.status, attempt.finished_at = ABANDONED, self.now
            attempt.verdict, attempt.findings = verdict.verdict, findings_json(verdict)
            self.events.append(
                publishing.send_back_to_review(
                    self.session,
                    draft_id=post.draft_id,
                    revision_id=post.revision_id,
                    verdict=verdict,
                    now=self.now,
                )
            )
            self.stats.back_to_review += 1
            self._note(attempt, post, "back to review", verdict.verdict)
            return
        if found is None:
            attempt.tries += 1
            try:
                found = connector.publish(out, at=self.now)
            except Exception as exc:  # noqa: BLE001  (by type, in _after_failure)
                self._after_failure(attempt, post, exc, "publish()")
                return
        self.published(attempt, post, out, found)

    def hold(self, attempt: PublishAttempt, post: publishing.PostToPublish) -> None:
        attempt.status, attempt.finished_at, attempt.error = ABANDONED, self.now, "account paused"
        publishing.release_paused(self.session, draft_id=post.draft_id, now=self.now)
        self.stats.held_by_pause += 1
        self._note(attempt, post, "held by pause", "")

    def published(
        self, attempt: PublishAttempt, post: publishing.PostToPublish, out: OutgoingPost, found: PublishResult
    ) -> None:
        attempt.status, attempt.finished_at, attempt.platform_post_id = DONE, self.now, found.platform_post_id
        self.events.append(
            publishing.mark_published(
                self.session,
                draft_id=post.draft_id,
                platform_post_id=found.platform_post_id,
                published_at=found.published_at,
                now=self.now,
                details={
                    "author": out.author,
                    "signature": out.signature,
                    "idempotency_key": out.idempotency_key,
                    "recovered": found.already_published,
                },
            )
        )
        self.stats.published += 1
        self.stats.recovered += int(found.already_published)
        outcome = "recovered" if found.already_published else "published"
        self._note(attempt, post, outcome, found.platform_post_id)


def _outgoing(post: publishing.PostToPublish, key: str) -> OutgoingPost:
    return OutgoingPost(
        idempotency_key=key,
        account=post.handle,
        text=post.text,
        author=post.author,
        author_is_owner=post.author_is_owner,
        signature=post.signature,
        draft_id=post.draft_id,
        revision=post.revision,
    )
