"""Typed audit events store exactly the rows the hand-built calls stored, so old chains still verify.

`LEGACY` is what each call site passed to the old `record(session, actor=, action=, subject=, at=,
before=, after=)` (or put in `record_many`'s dicts): every event kind must give the same row fields,
the same action string and the same hash.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from signoff.audit import events as ev
from signoff.audit import service as audit
from signoff.audit.models import AuditEvent, AuditHead
from signoff.store.engine import Database

AT = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
SNAP = {"state": "approved", "revision": 2, "scheduled_at": None, "due_at": AT}


def _legacy(actor: str, action: str, subject: str, before: Any = None, after: Any = None) -> dict[str, Any]:
    return {"actor": actor, "action": action, "subject": subject, "at": AT, "before": before, "after": after}


#: (the typed event, the dict the old call site built for the same change)
CASES: list[tuple[ev.AuditEventKind, dict[str, Any]]] = [
    (
        ev.UserAdded(
            actor="os:root", name="jo", at=AT, after={"name": "jo", "full_name": "Jo", "has_password": True}
        ),
        _legacy(
            "os:root", "user.add", "user:jo", after={"name": "jo", "full_name": "Jo", "has_password": True}
        ),
    ),
    (
        ev.UserRemoved(
            actor="os:root", name="jo", at=AT, after={"accounts_left": ["a"], "drafts_back_in_review": []}
        ),
        _legacy(
            "os:root", "user.remove", "user:jo", after={"accounts_left": ["a"], "drafts_back_in_review": []}
        ),
    ),
    (
        ev.PasswordSet(actor="jo", name="jo", at=AT, after={"had_password": False, "sessions_ended": 0}),
        _legacy("jo", "user.passwd", "user:jo", after={"had_password": False, "sessions_ended": 0}),
    ),
    (
        ev.UserLoggedIn(actor="jo", name="jo", at=AT, after={"expires_at": AT.isoformat()}),
        _legacy("jo", "user.login", "user:jo", after={"expires_at": AT.isoformat()}),
    ),
    (ev.UserLoggedOut(actor="jo", name="jo", at=AT), _legacy("jo", "user.logout", "user:jo")),
    (
        ev.AccountAdded(actor="jo", handle="leeds", at=AT, after={"handle": "leeds", "owner": "jo"}),
        _legacy("jo", "account.add", "account:leeds", after={"handle": "leeds", "owner": "jo"}),
    ),
    (
        ev.AccountEdited(
            actor="jo", handle="leeds", at=AT, before={"tz": "UTC"}, after={"tz": "Europe/London"}
        ),
        _legacy("jo", "account.edit", "account:leeds", before={"tz": "UTC"}, after={"tz": "Europe/London"}),
    ),
    (
        ev.AccountPaused(
            actor="jo",
            handle="leeds",
            at=AT,
            before={"paused": False},
            after={"paused": True, "reason": "storm"},
        ),
        _legacy(
            "jo", "account.pause", "account:leeds", {"paused": False}, {"paused": True, "reason": "storm"}
        ),
    ),
    (
        ev.AccountResumed(
            actor="jo",
            handle="leeds",
            at=AT,
            before={"paused": True},
            after={"paused": False, "reason": None},
        ),
        _legacy("jo", "account.resume", "account:leeds", {"paused": True}, {"paused": False, "reason": None}),
    ),
    (
        ev.AccountTransferred(
            actor="jo",
            handle="leeds",
            at=AT,
            before={"owner": "jo"},
            after={"owner": "sam", "previous_owner_role": "approver"},
        ),
        _legacy(
            "jo",
            "account.transfer",
            "account:leeds",
            {"owner": "jo"},
            {"owner": "sam", "previous_owner_role": "approver"},
        ),
    ),
    (
        ev.MemberSet(
            actor="jo", handle="leeds", at=AT, before=None, after={"user": "sam", "role": "approver"}
        ),
        _legacy("jo", "member.set", "account:leeds", None, {"user": "sam", "role": "approver"}),
    ),
    (
        ev.MemberRemoved(
            actor="jo", handle="leeds", at=AT, before={"user": "sam", "role": "editor"}, after=None
        ),
        _legacy("jo", "member.remove", "account:leeds", {"user": "sam", "role": "editor"}, None),
    ),
    (
        ev.DraftCreated(actor="al", draft_id=7, at=AT, after=SNAP | {"account": "leeds", "text": "Hello."}),
        _legacy("al", "draft.create", "draft:7", after=SNAP | {"account": "leeds", "text": "Hello."}),
    ),
    (
        ev.DraftRevised(actor="al", draft_id=7, at=AT, before=SNAP, after=SNAP | {"voided_approvals": 1}),
        _legacy("al", "draft.revise", "draft:7", SNAP, SNAP | {"voided_approvals": 1}),
    ),
    (
        ev.DraftApproved(actor="sam", draft_id=7, at=AT, before=SNAP, after=SNAP | {"approvals": "1 of 1"}),
        _legacy("sam", "draft.approve", "draft:7", SNAP, SNAP | {"approvals": "1 of 1"}),
    ),
    (
        ev.ApprovalWithdrawn(
            actor="sam", draft_id=7, at=AT, before=SNAP, after={"state": "draft", "due_at": None}
        ),
        _legacy("sam", "draft.withdraw_approval", "draft:7", SNAP, {"state": "draft", "due_at": None}),
    ),
    (
        ev.DraftRejected(actor="sam", draft_id=7, at=AT, before=SNAP, after=SNAP | {"reason": "tone"}),
        _legacy("sam", "draft.reject", "draft:7", SNAP, SNAP | {"reason": "tone"}),
    ),
    (
        ev.DraftUndone(actor="sam", draft_id=7, at=AT, before=SNAP, after=SNAP | {"reason": None}),
        _legacy("sam", "draft.undo", "draft:7", SNAP, SNAP | {"reason": None}),
    ),
    (
        ev.DraftScheduled(actor="al", draft_id=7, at=AT, before=SNAP, after=SNAP | {"local": "10:00"}),
        _legacy("al", "draft.schedule", "draft:7", SNAP, SNAP | {"local": "10:00"}),
    ),
    (
        ev.DraftUnscheduled(actor="al", draft_id=7, at=AT, before=SNAP, after=SNAP | {"voided_approvals": 0}),
        _legacy("al", "draft.unschedule", "draft:7", SNAP, SNAP | {"voided_approvals": 0}),
    ),
    (
        ev.DraftDeleted(actor="al", draft_id=7, at=AT, before=SNAP, after=SNAP | {"reason": "dup"}),
        _legacy("al", "draft.delete", "draft:7", SNAP, SNAP | {"reason": "dup"}),
    ),
    (
        ev.PostPublished(
            actor="publisher", draft_id=7, at=AT, before={"state": "publishing"}, after={"state": "published"}
        ),
        _legacy("publisher", "draft.publish", "draft:7", {"state": "publishing"}, {"state": "published"}),
    ),
    (
        ev.PostFailed(
            actor="publisher", draft_id=7, at=AT, before={"state": "publishing"}, after={"error": "x"}
        ),
        _legacy("publisher", "draft.publish_failed", "draft:7", {"state": "publishing"}, {"error": "x"}),
    ),
    (
        ev.SentBackToReview(
            actor="publisher", draft_id=7, at=AT, before={"verdict": "pass"}, after={"verdict": "hold"}
        ),
        _legacy("publisher", "draft.back_to_review", "draft:7", {"verdict": "pass"}, {"verdict": "hold"}),
    ),
]

#: The hash of the last event when CASES are the first events of a log: computed with the hand-built
#: calls before the typed events existed (the chain's hashing must never change).
LEGACY_HEAD = "9cb7a8506403ea0e12c709d2dd8a957d572d3db9376d8f9724382d28716aa13c"


def test_every_action_string_has_one_kind_and_a_case() -> None:
    assert sorted(ev.EVENT_KINDS) == sorted(legacy["action"] for _, legacy in CASES)
    assert {type(e) for e, _ in CASES} == set(ev.EVENT_KINDS.values())


@pytest.mark.parametrize(("event", "legacy"), CASES, ids=[type(e).__name__ for e, _ in CASES])
def test_event_gives_the_hand_built_fields(event: ev.AuditEventKind, legacy: dict[str, Any]) -> None:
    assert event.fields() == legacy
    assert ev.from_fields(**legacy) == event


def test_typed_events_store_the_rows_and_hashes_the_old_calls_stored(database: Database) -> None:
    with database.session() as s:
        rows = audit.record(s, *(e for e, _ in CASES))
        assert [r.seq for r in rows] == list(range(1, len(CASES) + 1))
    with database.session() as s:
        stored = list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())
        # the same chain, hashed by hand from the dicts the old call sites built
        prev = audit.GENESIS
        for row, (_, legacy) in zip(stored, CASES, strict=True):
            got = {k: getattr(row, k) for k in ("actor", "action", "subject", "before", "after")}
            want = legacy | {
                "before": audit._jsonable(legacy["before"]),
                "after": audit._jsonable(legacy["after"]),
            }
            assert got == {k: want[k] for k in got}
            digest = audit.event_hash(seq=row.seq, prev_hash=prev, **want)
            assert row.prev_hash == prev and row.hash == digest
            prev = digest
        assert prev == LEGACY_HEAD
        assert audit.verify(s).ok


def test_an_existing_chain_still_verifies_and_takes_new_events(database: Database) -> None:
    # rows written as the old code wrote them (straight from the dicts), then a typed event after them
    with database.session() as s:
        prev, seq = audit.GENESIS, 0
        for _, legacy in CASES[:5]:
            seq += 1
            fields = legacy | {
                "before": audit._jsonable(legacy["before"]),
                "after": audit._jsonable(legacy["after"]),
            }
            digest = audit.event_hash(seq=seq, prev_hash=prev, **fields)
            s.add(AuditEvent(seq=seq, prev_hash=prev, hash=digest, **fields))
            prev = digest
        head = s.get(AuditHead, 1)
        assert head is not None
        head.seq, head.hash = seq, prev
    with database.session() as s:
        assert audit.verify(s).ok
        audit.record(s, ev.UserLoggedOut(actor="jo", name="jo", at=AT))
    with database.session() as s:
        result = audit.verify(s)
        assert result.ok and result.checked == 6


def test_no_events_records_nothing(database: Database) -> None:
    with database.session() as s:
        assert audit.record(s) == []
        assert audit.verify(s).checked == 0
