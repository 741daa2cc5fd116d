"""Append to and verify the hash-chained audit log.

Each event's hash covers its own fields and the previous event's hash, and `audit_head` holds the
last seq and hash: an edited row breaks its own hash, a deleted row leaves a gap in `seq` (or a head
that points past the end), and a reordered row breaks the chain of `prev_hash`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from signoff.audit.events import AuditEventKind
from signoff.audit.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    prev_hash: str,
) -> str:
    """SHA-256 of the event's canonical JSON (sorted keys), chained to `prev_hash`."""
    body = {
        "seq": seq,
        "at": _iso(at),
        "actor": actor,
        "action": action,
        "subject": subject,
        "before": before,
        "after": after,
        "prev_hash": prev_hash,
    }
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _jsonable(value: dict[str, Any] | None) -> dict[str, Any] | None:
    # Round-trip through JSON now so what is hashed is exactly what the database gives back later.
    return None if value is None else json.loads(json.dumps(value, default=str))


def record(session: Session, *events: AuditEventKind) -> list[AuditEvent]:
    """Append `events` in order, in the caller's transaction (so they commit or roll back with the
    change), under one lock of the chain's head. Returns the stored rows."""
    if not events:
        return []
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    seq, prev = head.seq, head.hash
    rows = []
    for ev in events:
        fields = ev.fields()
        fields["before"], fields["after"] = _jsonable(fields["before"]), _jsonable(fields["after"])
        seq += 1
        digest = event_hash(seq=seq, prev_hash=prev, **fields)
        rows.append(AuditEvent(seq=seq, prev_hash=prev, hash=digest, **fields))
        prev = digest
    session.add_all(rows)
    head.seq, head.hash = seq, prev
    session.flush()
    return rows


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    #: seq of the first event that fails, and why.
    broken_seq: int | None = None
    broken_id: int | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "broken_seq": self.broken_seq,
            "broken_id": self.broken_id,
            "reason": self.reason,
        }


def verify(session: Session) -> VerifyResult:
    """Walk the chain in order; report the first event that was edited, removed or moved."""
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=1000))
    last_id: int | None = None
    for ev in rows.scalars():
        if ev.seq != expected_seq:
            return VerifyResult(
                False,
                checked,
                expected_seq,
                ev.id,
                f"event seq {expected_seq} is missing (next present is seq {ev.seq}): a row was deleted",
            )
        if ev.prev_hash != prev_hash:
            return VerifyResult(
                False,
                checked,
                ev.seq,
                ev.id,
                f"event seq {ev.seq} does not follow the event before it: "
                "rows were reordered or the previous one was rewritten",
            )
        digest = event_hash(
            seq=ev.seq,
            at=ev.at,
            actor=ev.actor,
            action=ev.action,
            subject=ev.subject,
            before=ev.before,
            after=ev.after,
            prev_hash=ev.prev_hash,
        )
        if digest != ev.hash:
            return VerifyResult(
                False,
                checked,
                ev.seq,
                ev.id,
                f"event seq {ev.seq} ({ev.action} by {ev.actor}) was changed after it was written",
            )
        prev_hash, expected_seq, last_id = ev.hash, expected_seq + 1, ev.id
        checked += 1
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev_hash):
        return VerifyResult(
            False,
            checked,
            expected_seq,
            last_id,
            f"the log ends at seq {expected_seq - 1} but its head records seq {head.seq}: "
            "events at the end were deleted",
        )
    return VerifyResult(True, checked)


def recent(session: Session, *, limit: int = 50, subject: str | None = None) -> list[AuditEvent]:
    """The newest events first (optionally for one subject such as 'draft:12')."""
    q = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if subject:
        q = q.where(AuditEvent.subject == subject)
    return list(session.execute(q).scalars())
