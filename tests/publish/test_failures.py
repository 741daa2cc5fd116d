"""One account never stops the others; connector failures are acted on by type (SQLite and PostgreSQL).

Every test goes through the public seam: `Connectors(settings, connectors={...})` and
`publish_due_posts`, then looks at the drafts through the workflow service.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from signoff.audit import service as audit
from signoff.config import Settings
from signoff.publish.connectors.base import (
    OutcomeUnknown,
    OutgoingPost,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from signoff.publish.connectors.outbox import OutboxConnector
from signoff.publish.dispatcher import MAX_TRIES, RETRY_AFTER, publish_due_posts
from signoff.publish.registry import Connectors
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", publish_lease_seconds=30)


def _outbox(settings: Settings, handle: str = "jopa") -> list[dict]:
    path = settings.outbox_dir / f"{handle}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _approved_post(
    db: Database, handle: str, *, first: bool, platform: str = "outbox", text_: str = ""
) -> int:
    """An account (the first one also creates the users) and one approved post on it, due at NOW."""
    with db.session() as s:
        team = seed_team(s, now=NOW, handle=handle, platform=platform, users=first)
        d = service.create_draft(
            s, handle=handle, author=team.editor, text=text_ or f"Hello from {handle}.", now=NOW
        )
        service.approve_draft(s, draft_id=d.id, actor=team.approver, now=NOW)
        return d.id


def _draft(db: Database, draft_id: int) -> dict:
    with db.session() as s:
        return service.draft_view(s, service.get_draft(s, draft_id), now=NOW)


class _Scripted:
    """A connector that raises the given failures in turn, then publishes through the real outbox."""

    name = "outbox"

    def __init__(
        self, settings: Settings, *failures: BaseException, publish_before_raising: bool = False
    ) -> None:
        self.inner = OutboxConnector(settings)
        self.failures = list(failures)
        self.publish_before_raising = publish_before_raising
        self.publish_calls = 0
        self.find_calls = 0

    def publish(self, post: OutgoingPost, *, at: datetime) -> PublishResult:
        self.publish_calls += 1
        if self.failures:
            if self.publish_before_raising:
                self.inner.publish(post, at=at)  # it went out, but the answer was lost
            raise self.failures.pop(0)
        return self.inner.publish(post, at=at)

    def find(self, post: OutgoingPost) -> PublishResult | None:
        self.find_calls += 1
        return self.inner.find(post)


def test_account_without_connector_fails_its_post_and_the_others_publish(
    database: Database, settings: Settings
) -> None:
    ok = _approved_post(database, "jopa", first=True)
    stuck = _approved_post(database, "brewco_x", first=False, platform="x")  # no x connector is installed
    stats = publish_due_posts(database, settings=settings, now=NOW)  # the installed connectors (entry points)
    assert (stats.published, stats.failed) == (1, 1), stats
    assert _draft(database, ok)["state"] == "published"
    failed = _draft(database, stuck)
    assert failed["state"] == "failed"
    assert "no connector for platform 'x'" in failed["note"] and "outbox" in failed["note"]
    outcomes = {(o.draft_id, o.account, o.outcome) for o in stats.outcomes}
    assert outcomes == {(ok, "jopa", "published"), (stuck, "brewco_x", "failed")}
    # Nothing is left for later rounds, and the failure does not come back every round.
    again = publish_due_posts(database, settings=settings, now=NOW + timedelta(hours=1))
    assert (again.published, again.failed, again.errors) == (0, 0, [])


def test_rejected_post_is_tried_once_and_fails_with_the_platforms_message(
    database: Database, settings: Settings
) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    connector = _Scripted(settings, Rejected("Status is a duplicate."), Rejected("again"))
    connectors = Connectors(settings, connectors={"outbox": connector})
    stats = publish_due_posts(database, settings=settings, now=NOW, connectors=connectors)
    assert (stats.failed, stats.retrying) == (1, 0)
    for later in (1, 2, 3):
        publish_due_posts(
            database, settings=settings, now=NOW + RETRY_AFTER * 10 * later, connectors=connectors
        )
    assert connector.publish_calls == 1
    view = _draft(database, draft_id)
    assert view["state"] == "failed" and "Status is a duplicate." in view["note"]
    assert _outbox(settings) == []
    with database.session() as s:
        [event] = [
            e for e in audit.recent(s, subject=f"draft:{draft_id}") if e.action == "draft.publish_failed"
        ]
    assert "Status is a duplicate." in event.after["error"]


def test_outcome_unknown_is_reconciled_with_find_before_any_retry(
    database: Database, settings: Settings
) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    connector = _Scripted(settings, OutcomeUnknown("timed out after sending"), publish_before_raising=True)
    connectors = Connectors(settings, connectors={"outbox": connector})
    first = publish_due_posts(database, settings=settings, now=NOW, connectors=connectors)
    assert (first.published, first.retrying) == (0, 1)
    assert _draft(database, draft_id)["state"] == "publishing"
    later = publish_due_posts(database, settings=settings, now=NOW + RETRY_AFTER * 2, connectors=connectors)
    assert (later.published, later.recovered) == (1, 1)
    assert connector.publish_calls == 1 and connector.find_calls == 1  # found it: not sent again
    assert len(_outbox(settings)) == 1
    assert _draft(database, draft_id)["state"] == "published"


def test_transient_failure_is_retried_and_then_publishes(database: Database, settings: Settings) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    connector = _Scripted(settings, Transient("503 from the platform"))
    connectors = Connectors(settings, connectors={"outbox": connector})
    first = publish_due_posts(database, settings=settings, now=NOW, connectors=connectors)
    assert first.retrying == 1 and "503 from the platform" in first.errors[0]
    assert (
        publish_due_posts(
            database, settings=settings, now=NOW + RETRY_AFTER * 2, connectors=connectors
        ).published
        == 1
    )
    assert len(_outbox(settings)) == 1 and _draft(database, draft_id)["state"] == "published"


def test_rate_limit_waits_until_reset_and_holds_the_rest_of_the_batch(
    database: Database, settings: Settings
) -> None:
    with database.session() as s:
        team = seed_team(s, now=NOW)
        for i in range(3):
            d = service.create_draft(s, handle=team.handle, author=team.editor, text=f"Post {i}.", now=NOW)
            service.approve_draft(s, draft_id=d.id, actor=team.approver, now=NOW)
    reset = NOW + timedelta(minutes=15)
    connector = _Scripted(settings, RateLimited("429", reset_at=reset))
    connectors = Connectors(settings, connectors={"outbox": connector})
    first = publish_due_posts(database, settings=settings, now=NOW, connectors=connectors)
    assert (first.published, first.retrying, connector.publish_calls) == (0, 3, 1)  # one call, all wait
    early = publish_due_posts(
        database, settings=settings, now=reset - timedelta(seconds=1), connectors=connectors
    )
    assert early.published == 0 and connector.publish_calls == 1
    done = publish_due_posts(
        database, settings=settings, now=reset + timedelta(seconds=1), connectors=connectors
    )
    assert done.published == 3 and len(_outbox(settings)) == 3


def test_unexpected_exception_is_a_broken_connector_the_post_fails_and_the_round_goes_on(
    database: Database, settings: Settings
) -> None:
    broken_post = _approved_post(database, "jopa", first=True)
    fine_post = _approved_post(database, "brewco", first=False)

    class Broken:
        name = "broken"

        def publish(self, post: OutgoingPost, *, at: datetime) -> PublishResult:
            raise KeyError("token")

        def find(self, post: OutgoingPost) -> PublishResult | None:
            return None

    with database.session() as s:
        s.execute(text("UPDATE accounts SET platform = 'mastodon' WHERE handle = 'jopa'"))
    connectors = Connectors(settings, connectors={"mastodon": Broken(), "outbox": OutboxConnector(settings)})
    stats = publish_due_posts(database, settings=settings, now=NOW, connectors=connectors)
    assert (stats.published, stats.failed) == (1, 1)
    view = _draft(database, broken_post)
    assert (
        view["state"] == "failed"
        and "connector 'mastodon' is broken" in view["note"]
        and "KeyError" in view["note"]
    )
    assert _draft(database, fine_post)["state"] == "published"


def test_transient_failures_end_failed_after_max_tries(database: Database, settings: Settings) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    connector = _Scripted(settings, *[Transient("platform down")] * (MAX_TRIES + 3))
    connectors = Connectors(settings, connectors={"outbox": connector})
    at = NOW
    for _ in range(MAX_TRIES + 2):
        publish_due_posts(database, settings=settings, now=at, connectors=connectors)
        at += timedelta(hours=1)
    assert connector.publish_calls == MAX_TRIES
    view = _draft(database, draft_id)
    assert view["state"] == "failed" and f"failed {MAX_TRIES} times" in view["note"]


def test_post_left_in_publishing_without_an_attempt_is_failed_not_stuck(
    database: Database, settings: Settings
) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    with database.session() as s:  # as if an old worker had claimed it and lost its attempt row
        s.execute(text("UPDATE drafts SET state = 'publishing' WHERE id = :id"), {"id": draft_id})
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(seconds=5)).failed == 0
    publish_due_posts(database, settings=settings, now=NOW + timedelta(minutes=5))
    view = _draft(database, draft_id)
    assert view["state"] == "failed" and "no publish attempt in progress" in view["note"]


def test_a_batch_that_breaks_for_another_reason_does_not_stop_other_accounts(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from signoff.workflow import publishing

    bad = _approved_post(database, "jopa", first=True)
    good = _approved_post(database, "brewco", first=False)
    real = publishing.posts_to_publish

    def breaks_for_jopa(session, revision_ids):
        posts = real(session, revision_ids)
        if any(p.handle == "jopa" for p in posts.values()):
            raise RuntimeError("bad row")
        return posts

    monkeypatch.setattr(publishing, "posts_to_publish", breaks_for_jopa)
    stats = publish_due_posts(database, settings=settings, now=NOW)
    assert stats.published == 1 and _draft(database, good)["state"] == "published"
    assert _draft(database, bad)["state"] == "publishing" and any("bad row" in e for e in stats.errors)


def test_a_connector_that_fails_to_load_fails_its_posts_with_the_reason(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import EntryPoint

    from signoff.publish import registry

    draft_id = _approved_post(database, "jopa", first=True)
    broken = EntryPoint(name="outbox", value="signoff.no_such_module:Connector", group=registry.GROUP)
    monkeypatch.setattr(registry, "entry_points", lambda group: [broken])
    stats = publish_due_posts(database, settings=settings, now=NOW)
    assert stats.failed == 1
    view = _draft(database, draft_id)
    assert (
        view["state"] == "failed"
        and "connector 'outbox'" in view["note"]
        and "failed to load" in view["note"]
    )


class _Dies(BaseException):
    """Stands in for the worker process dying inside the connector call (nothing catches it)."""


def test_a_post_whose_workers_keep_dying_ends_failed_instead_of_publishing_for_ever(
    database: Database, settings: Settings
) -> None:
    draft_id = _approved_post(database, "jopa", first=True)
    killer = _Scripted(settings, *[_Dies()] * 50)
    connectors = Connectors(settings, connectors={"outbox": killer})
    at = NOW
    for _ in range(4):  # each worker dies on it; the next takes it over once the lease runs out
        with pytest.raises(_Dies):
            publish_due_posts(database, settings=settings, now=at, connectors=connectors)
        at += timedelta(minutes=5)
    assert _draft(database, draft_id)["state"] == "publishing"
    calls = killer.publish_calls
    stats = publish_due_posts(
        database, settings=settings, now=NOW + timedelta(hours=7), connectors=connectors
    )
    assert stats.failed == 1 and killer.publish_calls == calls  # not tried again
    view = _draft(database, draft_id)
    assert view["state"] == "failed" and "still not published 6 hours after it was due" in view["note"]
