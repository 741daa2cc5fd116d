"""Workflow rules, each on SQLite and PostgreSQL: who may approve what, voiding, staff approvals, undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from signoff.audit.models import AuditEvent
from signoff.errors import InputError, RefusedError
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import Team, seed_team
from signoff.workflow.models import Approval

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
OK_TEXT = "Lovely morning for a walk along the canal."
#: Over X's 280 weighted characters: with SO401 raised to hold on the account this draft is held.
LONG_TEXT = "Thank you all for coming tonight. " * 9


def _team(db: Database, **kw) -> Team:
    with db.session() as s:
        return seed_team(s, now=NOW, **kw)


def _draft(db: Database, team: Team, author: str, text: str = OK_TEXT) -> int:
    with db.session() as s:
        return service.create_draft(s, handle=team.handle, author=author, text=text, now=NOW).id


def _state(db: Database, draft_id: int) -> str:
    with db.session() as s:
        return service.get_draft(s, draft_id).state


def _approve(db: Database, draft_id: int, actor: str, reason: str | None = None) -> str:
    with db.session() as s:
        return service.approve_draft(s, draft_id=draft_id, actor=actor, now=NOW, reason=reason).state


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def test_approver_cannot_approve_own_draft(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.approver)
    with pytest.raises(RefusedError, match="nobody approves their own draft"):
        _approve(database, draft_id, team.approver)
    assert _state(database, draft_id) == "draft"


def test_owner_cannot_approve_own_draft_when_account_needs_approval(database: Database) -> None:
    team = _team(database, approvals=1)
    draft_id = _draft(database, team, team.owner)
    assert _state(database, draft_id) == "draft"
    with pytest.raises(RefusedError, match="own draft"):
        _approve(database, draft_id, team.owner)
    assert _approve(database, draft_id, team.approver) == "approved"


@pytest.mark.parametrize("role_user", ["editor", "viewer"])
def test_editors_and_viewers_cannot_approve(database: Database, role_user: str) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.approver)
    with pytest.raises(RefusedError, match="only approver/owner can approve"):
        _approve(database, draft_id, getattr(team, role_user))


def test_viewer_cannot_write_drafts(database: Database) -> None:
    team = _team(database)
    with pytest.raises(RefusedError, match="viewer"):
        _draft(database, team, team.viewer)


def test_held_draft_needs_owner_with_reason(database: Database) -> None:
    team = _team(database)
    with database.session() as s:
        service.get_account(s, team.handle).check_overrides = {"SO401": "hold"}
    draft_id = _draft(database, team, team.editor, LONG_TEXT)
    with database.session() as s:
        assert service.get_draft(s, draft_id).current.verdict == "hold"
    with pytest.raises(RefusedError, match="needs --reason"):
        _approve(database, draft_id, team.approver)
    # An approver's approval counts towards the number, but a held draft also needs the owner's.
    assert _approve(database, draft_id, team.approver, reason="fine") == "draft"
    with pytest.raises(RefusedError, match="needs --reason"):
        _approve(database, draft_id, team.owner)
    assert _state(database, draft_id) == "draft"
    assert _approve(database, draft_id, team.owner, reason="a thread is fine here") == "approved"


def test_refused_approval_changes_nothing(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.approver)
    before = _audit_count(database)
    with pytest.raises(RefusedError):
        _approve(database, draft_id, team.approver)
    with database.session() as s:
        assert s.execute(select(func.count()).select_from(Approval)).scalar_one() == 0
    assert _audit_count(database) == before


def test_new_revision_voids_earlier_approvals(database: Database) -> None:
    team = _team(database, approvals=2)
    draft_id = _draft(database, team, team.editor)
    assert _approve(database, draft_id, team.approver) == "draft"  # 1 of 2
    with database.session() as s:
        service.revise_draft(s, draft_id=draft_id, actor=team.editor, text=OK_TEXT + " Again.", now=NOW)
    assert _approve(database, draft_id, team.owner) == "draft"  # sam's approval no longer counts
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
    assert [a["by"] for a in view["approvals"]] == [team.owner]
    assert view["revision"] == 2


def test_revising_an_approved_draft_sends_it_back_to_approval(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    assert _approve(database, draft_id, team.approver) == "approved"
    with database.session() as s:
        draft = service.revise_draft(s, draft_id=draft_id, actor=team.editor, text="New words.", now=NOW)
        assert draft.state == "draft" and draft.due_at is None


def test_staff_draft_needs_an_approval_even_when_account_needs_none(database: Database) -> None:
    team = _team(database, approvals=0)
    staff_id = _draft(database, team, team.editor)
    assert _state(database, staff_id) == "draft"
    owner_id = _draft(database, team, team.owner)
    assert _state(database, owner_id) == "approved"  # the owner alone, preflight passed


def test_owner_alone_must_confirm_a_draft_that_did_not_pass(database: Database) -> None:
    team = _team(database, approvals=0)
    with database.session() as s:
        service.get_account(s, team.handle).check_overrides = {"SO401": "hold"}
    draft_id = _draft(database, team, team.owner, LONG_TEXT)
    assert _state(database, draft_id) == "draft"
    with pytest.raises(RefusedError, match="reason"):
        _approve(database, draft_id, team.owner)
    assert _approve(database, draft_id, team.owner, reason="I want the long version") == "approved"


def test_cooloff_countdown_is_visible_and_any_member_can_undo(database: Database) -> None:
    team = _team(database, cooloff=60)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver)
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW + timedelta(seconds=15))
    assert view["state"] == "approved"
    assert view["cooloff_remaining_seconds"] == 45.0
    assert view["due_at"] == "2026-06-01T09:01:00Z"
    with database.session() as s:
        draft = service.undo_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW + timedelta(seconds=20))
        assert draft.state == "draft" and draft.due_at is None
    with database.session() as s:
        assert service.draft_view(s, service.get_draft(s, draft_id), now=NOW)["approvals"] == []


def test_undo_refused_for_non_members_and_unapproved_drafts(database: Database) -> None:
    team = _team(database)
    with database.session() as s:
        service.create_user(s, name="stranger", now=NOW)
    draft_id = _draft(database, team, team.editor)
    with pytest.raises(RefusedError, match="only an approved post"), database.session() as s:
        service.undo_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW)
    _approve(database, draft_id, team.approver)
    with pytest.raises(RefusedError, match="not a member"), database.session() as s:
        service.undo_draft(s, draft_id=draft_id, actor="stranger", now=NOW)
    assert _state(database, draft_id) == "approved"


def test_staff_post_records_author_and_carries_signature(database: Database) -> None:
    team = _team(database, disclosure="^{initials}")
    staff = _draft(database, team, team.editor)
    own = _draft(database, team, team.owner)
    with database.session() as s:
        sv = service.draft_view(s, service.get_draft(s, staff), now=NOW)
        ov = service.draft_view(s, service.get_draft(s, own), now=NOW)
    assert (sv["author"], sv["signature"], sv["full_text"]) == ("alex", "^AK", OK_TEXT + " ^AK")
    assert (ov["author"], ov["signature"]) == ("jo", None)


def test_signature_is_counted_by_length_check(database: Database) -> None:
    team = _team(database, disclosure="-{initials}")
    text = "a" * 278  # fits alone (280), not with " -AK"
    staff = _draft(database, team, team.editor, text)
    own = _draft(database, team, team.owner, text)
    with database.session() as s:
        staff_rev, own_rev = service.get_draft(s, staff).current, service.get_draft(s, own).current
    assert "SO401" in [f["code"] for f in staff_rev.findings]
    assert "SO401" not in [f["code"] for f in own_rev.findings]


def test_reject_is_final(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    with database.session() as s:
        service.reject_draft(s, draft_id=draft_id, actor=team.approver, now=NOW, reason="off brand")
    with pytest.raises(RefusedError, match="rejected"), database.session() as s:
        service.revise_draft(s, draft_id=draft_id, actor=team.editor, text="x y z", now=NOW)


@pytest.mark.parametrize(("kind", "expected"), [("person", "^{initials}"), ("brand", None)])
def test_disclosure_defaults_by_account_kind(database: Database, kind: str, expected: str | None) -> None:
    with database.session() as s:
        service.create_user(s, name="jo", now=NOW)
        account = service.create_account(s, handle="acct", platform="x", kind=kind, owner="jo", now=NOW)
        assert account.disclosure_format == expected


def test_pause_needs_owner_or_approver(database: Database) -> None:
    team = _team(database)
    with pytest.raises(RefusedError, match="only the owner or an approver"), database.session() as s:
        service.pause_account(s, handle=team.handle, actor=team.editor, reason="storm", now=NOW)
    with database.session() as s:
        assert service.get_account(s, team.handle).paused is False


def test_paused_posts_can_still_be_revised_and_rescheduled(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    with database.session() as s:
        service.pause_account(s, handle=team.handle, actor=team.owner, reason="storm", now=NOW)
        service.revise_draft(s, draft_id=draft_id, actor=team.editor, text="Calmer words.", now=NOW)
        draft = service.schedule_draft(
            s, draft_id=draft_id, actor=team.editor, at="2026-06-02T10:00Z", now=NOW
        )
        assert draft.current.number == 2 and draft.scheduled_at == datetime(2026, 6, 2, 10, 0, tzinfo=UTC)


def test_overlong_name_signature_is_refused_alike_on_every_database(database: Database) -> None:
    """`-{name}` with an 60-character user name: a clear refusal, not a crash on PostgreSQL and a
    silently stored over-wide signature on SQLite."""
    long_name = "a" * 60
    with database.session() as s:
        service.create_user(s, name="jo", now=NOW)
        service.create_user(s, name=long_name, now=NOW)
        service.create_account(
            s, handle="acct", platform="outbox", kind="person", owner="jo", now=NOW, disclosure="-{name}"
        )
        service.add_member(s, handle="acct", name=long_name, role="editor", now=NOW)
    before = _audit_count(database)
    with pytest.raises(InputError, match="use {initials}"), database.session() as s:
        service.create_draft(s, handle="acct", author=long_name, text=OK_TEXT, now=NOW)
    with database.session() as s:
        assert service.list_drafts(s, handle="acct") == []
    assert _audit_count(database) == before


def test_approval_of_a_member_demoted_to_viewer_no_longer_counts(database: Database) -> None:
    team = _team(database, approvals=2)
    with database.session() as s:  # a third approver, so that the demotion leaves 2 who can approve
        service.create_user(s, name="kim", now=NOW)
        service.add_member(s, handle=team.handle, name="kim", role="approver", now=NOW)
    draft_id = _draft(database, team, team.editor)
    assert _approve(database, draft_id, team.approver) == "draft"  # 1 of 2
    with database.session() as s:
        service.add_member(
            s, handle=team.handle, name=team.approver, role="viewer", now=NOW, actor=team.owner
        )
    assert _approve(database, draft_id, team.owner) == "draft"  # a viewer's approval is not one of the 2
