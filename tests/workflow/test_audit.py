"""The audit log: one event per change, and `verify` names the first edited, deleted or reordered event."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text, update

from signoff.audit import service as audit
from signoff.audit.models import AuditEvent
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _populate(db: Database) -> None:
    with db.session() as s:
        team = seed_team(s, now=NOW)
        d = service.create_draft(s, handle=team.handle, author=team.editor, text="Hello, Leeds.", now=NOW)
        service.approve_draft(s, draft_id=d.id, actor=team.approver, now=NOW)
        service.pause_account(s, handle=team.handle, actor=team.owner, reason="storm", now=NOW)


def _verify(db: Database) -> audit.VerifyResult:
    with db.session() as s:
        return audit.verify(s)


def test_every_state_change_is_one_event_with_actor_and_before_after(database: Database) -> None:
    _populate(database)
    with database.session() as s:
        events = list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
    actions = [e.action for e in events]
    assert actions[-3:] == ["draft.create", "draft.approve", "account.pause"]
    approve = events[-2]
    assert (
        approve.actor == "sam" and approve.before["state"] == "draft" and approve.after["state"] == "approved"
    )
    assert events[-1].after == {"paused": True, "reason": "storm"}
    assert _verify(database).ok


def test_verify_names_edited_event(database: Database) -> None:
    _populate(database)
    with database.engine.begin() as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.seq == 9).values(actor="jo"))
    result = _verify(database)
    assert not result.ok and result.broken_seq == 9 and "changed" in result.reason


def test_verify_names_deleted_event(database: Database) -> None:
    _populate(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 4"))
    result = _verify(database)
    assert not result.ok and result.broken_seq == 4 and "deleted" in result.reason


def test_verify_catches_deleted_last_event(database: Database) -> None:
    _populate(database)
    with database.engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_events")).scalar_one()
        conn.execute(text("DELETE FROM audit_events WHERE seq = :s"), {"s": last})
    result = _verify(database)
    assert not result.ok and result.broken_seq == last


def test_verify_names_reordered_events(database: Database) -> None:
    _populate(database)
    with database.engine.begin() as conn:  # swap the positions of events 5 and 6
        conn.execute(text("UPDATE audit_events SET seq = -1 WHERE seq = 5"))
        conn.execute(text("UPDATE audit_events SET seq = 5 WHERE seq = 6"))
        conn.execute(text("UPDATE audit_events SET seq = 6 WHERE seq = -1"))
    result = _verify(database)
    assert not result.ok and result.broken_seq == 5


def test_verify_catches_rewritten_hash_on_edited_event(database: Database) -> None:
    _populate(database)
    with database.session() as s:  # a careful forger recomputes the edited row's own hash
        ev = s.execute(select(AuditEvent).where(AuditEvent.seq == 3)).scalar_one()
        ev.actor = "mallory"
        ev.hash = audit.event_hash(
            seq=ev.seq,
            at=ev.at,
            actor=ev.actor,
            action=ev.action,
            subject=ev.subject,
            before=ev.before,
            after=ev.after,
            prev_hash=ev.prev_hash,
        )
    result = _verify(database)
    assert not result.ok and result.broken_seq == 4  # the next event no longer follows it
