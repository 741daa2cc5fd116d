"""Publishing through the dispatcher and the outbox connector, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from signoff.audit import service as audit
from signoff.config import Settings
from signoff.errors import RefusedError
from signoff.preflight.model import Finding, Severity, Verdict
from signoff.publish import dispatcher
from signoff.publish.connectors.base import OutgoingPost, PublishResult, Transient
from signoff.publish.connectors.outbox import OutboxConnector
from signoff.publish.dispatcher import MAX_TRIES, publish_due_posts
from signoff.publish.registry import Connectors
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import Team, seed_team

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
TEXT = "Thank you, Leeds. What a night."


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", publish_lease_seconds=30)


def _outbox(settings: Settings, handle: str = "jopa") -> list[dict]:
    path = settings.outbox_dir / f"{handle}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _approved(db: Database, *, cooloff: int = 0, author: str = "alex", **kw) -> tuple[Team, int]:
    with db.session() as s:
        team = seed_team(s, now=NOW, cooloff=cooloff, **kw)
        d = service.create_draft(s, handle=team.handle, author=author, text=TEXT, now=NOW)
        if d.state == "draft":
            service.approve_draft(
                s, draft_id=d.id, actor=team.approver if author != team.approver else team.owner, now=NOW
            )
        return team, d.id


class _Wrapped:
    """A connector that runs `before`/`after` hooks around the real outbox connector."""

    name = "outbox"

    def __init__(self, settings: Settings, before=None, after=None) -> None:
        self.inner, self.before, self.after = OutboxConnector(settings), before, after

    def publish(self, post: OutgoingPost, *, at: datetime) -> PublishResult:
        if self.before:
            self.before(post)
        result = self.inner.publish(post, at=at)
        if self.after:
            self.after(post)
        return result

    def find(self, post: OutgoingPost) -> PublishResult | None:
        return self.inner.find(post)


def _connectors(settings: Settings, connector) -> Connectors:
    return Connectors(settings, connectors={"outbox": connector})


def test_staff_post_goes_to_outbox_with_signature_and_author(database: Database, settings: Settings) -> None:
    _, draft_id = _approved(database)
    stats = publish_due_posts(database, settings=settings, now=NOW)
    assert stats.published == 1
    [line] = _outbox(settings)
    assert line["text"] == TEXT + " ^AK"
    assert (line["author"], line["account"]) == ("alex", "jopa")
    assert line["published_at"] == "2026-06-01T09:00:00Z" and line["id"]
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
    assert view["state"] == "published" and view["platform_post_id"] == line["id"]


def test_nothing_goes_out_before_the_cooloff_ends(database: Database, settings: Settings) -> None:
    _approved(database, cooloff=60)
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(seconds=59)).published == 0
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(seconds=60)).published == 1


def test_undone_post_is_not_published(database: Database, settings: Settings) -> None:
    team, draft_id = _approved(database, cooloff=60)
    with database.session() as s:
        service.undo_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW + timedelta(seconds=10))
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(hours=1)).published == 0
    assert _outbox(settings) == []


def test_owner_publishes_alone_when_account_needs_no_approval(database: Database, settings: Settings) -> None:
    _approved(database, approvals=0, author="jo")
    publish_due_posts(database, settings=settings, now=NOW)
    [line] = _outbox(settings)
    assert line["author"] == "jo" and line["text"] == TEXT  # the owner's own words carry no signature


def test_attempt_with_key_is_committed_before_connector_call(database: Database, settings: Settings) -> None:
    _approved(database)
    seen: list[tuple[str, str]] = []

    def before(post: OutgoingPost) -> None:  # look from a separate connection: is the row already committed?
        query = "SELECT status, idempotency_key FROM publish_attempts WHERE idempotency_key = '%s'"
        if (
            database.dialect == "sqlite"
        ):  # a plain read: our engine's BEGIN IMMEDIATE would wait for the publisher
            conn = sqlite3.connect(database.engine.url.database)
            seen.append(conn.execute(query % post.idempotency_key).fetchone())
            conn.close()
        else:
            fresh = Database(database.url, migrate=False)
            with fresh.engine.connect() as conn:
                seen.append(tuple(conn.execute(text(query % post.idempotency_key)).one()))
            fresh.dispose()

    publish_due_posts(
        database,
        settings=settings,
        now=NOW,
        connectors=_connectors(settings, _Wrapped(settings, before=before)),
    )
    assert len(seen) == 1 and seen[0][0] == "pending"
    assert _outbox(settings)[0]["idempotency_key"] == seen[0][1]


class _Crash(BaseException):
    """Stands in for the process dying: not an Exception, so nothing in the dispatcher catches it."""


@pytest.mark.parametrize("crash_point", ["before_call", "after_call"])
def test_crash_is_recovered_without_loss_or_duplicate(
    database: Database, settings: Settings, crash_point: str
) -> None:
    _, draft_id = _approved(database)

    def crash(post: OutgoingPost) -> None:
        raise _Crash

    hooks = {"before": crash} if crash_point == "before_call" else {"after": crash}
    with pytest.raises(_Crash):
        publish_due_posts(
            database,
            settings=settings,
            now=NOW,
            connectors=_connectors(settings, _Wrapped(settings, **hooks)),
        )
    with database.session() as s:
        assert service.get_draft(s, draft_id).state == "publishing"
    # Too early: the lease of the dead worker's attempt still runs.
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(seconds=5)).published == 0
    stats = publish_due_posts(database, settings=settings, now=NOW + timedelta(seconds=31))
    assert stats.published == 1 and stats.recovered == (1 if crash_point == "after_call" else 0)
    assert len(_outbox(settings)) == 1
    with database.session() as s:
        assert service.get_draft(s, draft_id).state == "published"


def test_publish_time_finding_puts_post_back_to_review(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, draft_id = _approved(database)
    story = Finding(
        code="SO201",
        check="developing-story",
        severity=Severity.HOLD,
        message="A story about this broke 20 minutes ago and is still developing.",
    )

    def news_says_hold(items, *, at, news=None):
        assert news == ["breaking.xml"]  # the news of this moment reaches preflight
        return [Verdict(verdict="hold", findings=[story], text=t) for _, t, _ in items]

    monkeypatch.setattr(dispatcher, "preflight_many", news_says_hold)
    stats = publish_due_posts(database, settings=settings, now=NOW, news=["breaking.xml"])
    assert stats.back_to_review == 1 and stats.published == 0
    assert _outbox(settings) == []
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
    assert view["state"] == "draft" and view["verdict"] == "hold" and view["approvals"] == []
    assert "SO201" in view["note"]


def test_paused_account_keeps_posts_in_place_until_resume(database: Database, settings: Settings) -> None:
    team, draft_id = _approved(database)
    with database.session() as s:
        service.pause_account(s, handle=team.handle, actor=team.approver, reason="crisis", now=NOW)
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(minutes=5)).published == 0
    with database.session() as s:
        assert service.get_draft(s, draft_id).state == "approved"
        service.resume_account(s, handle=team.handle, actor=team.owner, now=NOW + timedelta(minutes=6))
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(minutes=7)).published == 1


def test_pause_between_claim_and_publish_holds_the_post(database: Database, settings: Settings) -> None:
    team, draft_id = _approved(database)
    real_preflight = dispatcher.preflight_many

    def pause_meanwhile(items, *, at, news=None):  # runs after the claim commits, before the publish step
        with database.session() as s:
            service.pause_account(s, handle=team.handle, actor=team.owner, reason="crisis", now=NOW)
        return real_preflight(items, at=at, news=news)

    dispatcher_preflight = pytest.MonkeyPatch()
    dispatcher_preflight.setattr(dispatcher, "preflight_many", pause_meanwhile)
    try:
        stats = publish_due_posts(database, settings=settings, now=NOW)
    finally:
        dispatcher_preflight.undo()
    assert stats.held_by_pause == 1 and stats.published == 0 and _outbox(settings) == []
    with database.session() as s:
        assert service.get_draft(s, draft_id).state == "approved"


def test_failing_connector_is_retried_then_marked_failed(database: Database, settings: Settings) -> None:
    _, draft_id = _approved(database)

    def boom(post: OutgoingPost) -> None:
        raise Transient("platform down")

    connectors = _connectors(settings, _Wrapped(settings, before=boom))
    at = NOW
    for _ in range(MAX_TRIES):
        publish_due_posts(database, settings=settings, now=at, connectors=connectors)
        at += timedelta(hours=1)
    with database.session() as s:
        draft = service.get_draft(s, draft_id)
        assert draft.state == "failed" and "platform down" in draft.note
        events = audit.recent(s, subject=f"draft:{draft_id}")
    assert events[0].action == "draft.publish_failed"  # the state change is audited like any other
    assert events[0].after["state"] == "failed" and "platform down" in events[0].after["error"]


def test_outbox_connector_never_writes_a_key_twice(settings: Settings) -> None:
    a, b = OutboxConnector(settings), OutboxConnector(settings)  # two workers, one file
    post = OutgoingPost(
        idempotency_key="k1",
        account="jopa",
        text="hi",
        author="alex",
        author_is_owner=False,
        signature="^AK",
        draft_id=1,
        revision=1,
    )
    first = a.publish(post, at=NOW)
    again = b.publish(post, at=NOW + timedelta(seconds=1))
    assert not first.already_published and again.already_published
    assert again.platform_post_id == first.platform_post_id
    assert len(_outbox(settings)) == 1
    assert a.find(post) is not None and b.find(post) is not None


def test_outbox_connector_survives_torn_last_line(settings: Settings) -> None:
    c = OutboxConnector(settings)
    settings.outbox_dir.mkdir(parents=True)
    (settings.outbox_dir / "jopa.jsonl").write_bytes(
        b'{"id": "x", "idempotency_key": "k0"'
    )  # killed mid-line
    post = OutgoingPost(
        idempotency_key="k1",
        account="jopa",
        text="hi",
        author="jo",
        author_is_owner=True,
        signature=None,
        draft_id=1,
        revision=1,
    )
    c.publish(post, at=NOW)
    assert [r["idempotency_key"] for r in _outbox_lines_ok(settings)] == ["k1"]


def _outbox_lines_ok(settings: Settings) -> list[dict]:
    out = []
    for line in (settings.outbox_dir / "jopa.jsonl").read_text().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def test_undo_racing_the_publishers_claim_is_refused_not_lost(database: Database, settings: Settings) -> None:
    team, draft_id = _approved(database)
    claim = database.sessions()
    claim.begin()
    assert len(dispatcher._claim(claim, now=NOW, limit=10, lease=timedelta(seconds=30))) == 1
    outcome: dict[str, object] = {}

    def undo() -> None:
        try:
            with database.session() as s:
                outcome["state"] = service.undo_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW).state
        except RefusedError as exc:
            outcome["refused"] = str(exc)

    racer = threading.Thread(target=undo)
    racer.start()
    racer.join(0.5)
    assert racer.is_alive()  # waits for the claim's transaction
    claim.commit()
    claim.close()
    racer.join(30)
    assert "too late" in str(outcome.get("refused")), outcome
    with database.session() as s:
        assert service.get_draft(s, draft_id).state == "publishing"  # the undo did not overwrite the claim
    # The claiming "worker" never published: its attempt is recovered once the lease runs out.
    assert publish_due_posts(database, settings=settings, now=NOW + timedelta(minutes=1)).published == 1
    assert len(_outbox(settings)) == 1
