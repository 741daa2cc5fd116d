"""Issue 10 items 3 and 4: a held draft gets at least a clean draft's review, settings no team can satisfy
are refused, and approval, schedule and cool-off add up to "it goes out when it says", on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from signoff.errors import RefusedError
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import Team, seed_team

NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
OK_TEXT = "Lovely morning for a walk along the canal."
LONG_TEXT = "Thank you all for coming tonight. " * 9  # held once SO401 is raised to hold


def _team(db: Database, *, held: bool = False, **kw) -> Team:
    with db.session() as s:
        team = seed_team(s, now=NOW, **kw)
        if held:
            service.get_account(s, team.handle).check_overrides = {"SO401": "hold"}
        return team


def _draft(db: Database, team: Team, author: str, text: str = OK_TEXT) -> int:
    with db.session() as s:
        return service.create_draft(s, handle=team.handle, author=author, text=text, now=NOW).id


def _approve(db: Database, draft_id: int, actor: str, *, reason: str | None = None, **kw) -> str:
    with db.session() as s:
        return service.approve_draft(s, draft_id=draft_id, actor=actor, reason=reason, now=NOW, **kw).state


def _view(db: Database, draft_id: int, now: datetime = NOW) -> dict:
    with db.session() as s:
        return service.draft_view(s, service.get_draft(s, draft_id), now=now)


def test_owner_alone_does_not_release_a_held_draft_on_a_two_approval_account(database: Database) -> None:
    team = _team(database, approvals=2, held=True)
    draft_id = _draft(database, team, team.editor, LONG_TEXT)
    assert _approve(database, draft_id, team.owner, reason="a thread is fine") == "draft"
    view = _view(database, draft_id)
    assert view["approvals_text"] == "1 of 2 approvals; needs 1 more"
    assert (view["approvals_have"], view["approvals_needed"]) == (1, 2)
    assert _approve(database, draft_id, team.approver, reason="agreed") == "approved"


def test_held_draft_needs_the_owner_even_with_enough_other_approvals(database: Database) -> None:
    team = _team(database, approvals=1, held=True)
    draft_id = _draft(database, team, team.editor, LONG_TEXT)
    assert _approve(database, draft_id, team.approver, reason="fine") == "draft"
    assert _view(database, draft_id)["approvals_text"] == (
        "1 of 1 approval; needs the owner's (jo), as the draft is on hold"
    )
    assert _approve(database, draft_id, team.owner, reason="fine by me") == "approved"


def test_owner_confirms_their_own_held_draft_and_still_needs_an_approver(database: Database) -> None:
    """Before: the owner could not approve their own held draft and approvers could not approve a held
    one, so it was stuck for good."""
    team = _team(database, approvals=1, held=True)
    draft_id = _draft(database, team, team.owner, LONG_TEXT)
    assert _approve(database, draft_id, team.owner, reason="I mean it") == "draft"
    assert _view(database, draft_id)["approvals_text"] == "0 of 1 approval; needs 1 more"
    assert _approve(database, draft_id, team.approver, reason="ok") == "approved"


def test_clean_owner_draft_still_cannot_be_self_approved(database: Database) -> None:
    team = _team(database, approvals=1)
    draft_id = _draft(database, team, team.owner)
    with pytest.raises(RefusedError, match="own draft"):
        _approve(database, draft_id, team.owner)


def test_approval_a_team_cannot_complete_is_refused_naming_the_fix(database: Database) -> None:
    with database.session() as s:
        for name in ("jo", "alex"):
            service.create_user(s, name=name, now=NOW)
        service.create_account(
            s, handle="solo", platform="outbox", kind="person", owner="jo", now=NOW, approvals=2
        )
        service.add_member(s, handle="solo", name="alex", role="editor", now=NOW)
        draft_id = service.create_draft(s, handle="solo", author="alex", text=OK_TEXT, now=NOW).id
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
    assert "accounts edit solo --approvals 1" in view["approvals_blocked"]
    with pytest.raises(RefusedError, match=r"has 1; nobody else can approve it.*members add solo NAME"):
        _approve(database, draft_id, "jo")
    assert _view(database, draft_id)["approvals"] == []  # refused: nothing recorded


def test_account_edit_refuses_more_approvals_than_members_who_can_approve(database: Database) -> None:
    team = _team(database)  # jo (owner) and sam (approver) can approve
    with pytest.raises(RefusedError, match="only 2 members can approve"), database.session() as s:
        service.edit_account(s, handle=team.handle, approvals=3, now=NOW)
    with database.session() as s:
        assert service.edit_account(s, handle=team.handle, approvals=2, now=NOW).changed == {"approvals": 2}


def test_demoting_an_approver_below_the_accounts_number_is_refused(database: Database) -> None:
    team = _team(database, approvals=2)
    with pytest.raises(RefusedError, match="with sam no longer approving"), database.session() as s:
        service.add_member(s, handle=team.handle, name=team.approver, role="editor", now=NOW)
    with database.session() as s:
        assert dict((u.name, r) for u, r in service.members(s, handle=team.handle))["sam"] == "approver"


def test_post_scheduled_before_approval_goes_out_at_its_slot(database: Database) -> None:
    """Before: the cool-off started at the slot, so a 09:00 post went out at 09:01."""
    team = _team(database, cooloff=60, tz="Europe/Berlin")
    draft_id = _draft(database, team, team.editor)
    with database.session() as s:
        service.schedule_draft(s, draft_id=draft_id, actor=team.editor, at="2026-06-02T09:00", now=NOW)
    assert _approve(database, draft_id, team.approver) == "approved"
    view = _view(database, draft_id)
    assert view["due_at"] == view["scheduled_at"] == "2026-06-02T07:00:00Z"
    assert view["due_text"] == "2026-06-02 09:00:00 CEST"
    assert "goes out at 2026-06-02 09:00:00 CEST (its scheduled time)" in view["goes_out"]


def test_approval_just_before_the_slot_waits_out_the_cooloff(database: Database) -> None:
    team = _team(database, cooloff=60)
    draft_id = _draft(database, team, team.editor)
    slot = NOW + timedelta(seconds=30)
    with database.session() as s:
        service.schedule_draft(s, draft_id=draft_id, actor=team.editor, at=slot, now=NOW)
    _approve(database, draft_id, team.approver)
    assert _view(database, draft_id)["due_at"] == "2026-06-01T08:01:00Z"


def test_approve_with_at_schedules_in_the_same_step(database: Database) -> None:
    team = _team(database, cooloff=60, tz="America/New_York")
    draft_id = _draft(database, team, team.editor)
    assert _approve(database, draft_id, team.approver, at="2026-06-02T09:00") == "approved"
    view = _view(database, draft_id)
    assert view["scheduled_local"] == view["due_local"] == "2026-06-02T09:00:00-04:00"


def test_approving_an_unscheduled_draft_says_when_it_goes_out(database: Database) -> None:
    team = _team(database, cooloff=90, tz="America/New_York")
    draft_id = _draft(database, team, team.editor)
    with database.session() as s:
        draft = service.approve_draft(s, draft_id=draft_id, actor=team.approver, now=NOW)
        result = service.draft_result(s, draft, now=NOW)
    assert result["approvals"] == "1 of 1 approval"
    assert result["goes_out"].startswith(
        "goes out at 2026-06-01 04:01:30 EDT (no time is scheduled, so when the 90 s cool-off ends)"
    )


def test_editor_moving_an_approved_posts_time_voids_the_approval(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver, at="2026-06-02T09:00")
    with database.session() as s:
        draft = service.schedule_draft(
            s, draft_id=draft_id, actor=team.editor, at="2026-06-02T07:00", now=NOW
        )
        assert (draft.state, draft.due_at) == ("draft", None)
        assert "rescheduled by alex" in draft.note
    assert _view(database, draft_id)["approvals"] == []


def test_approver_moving_an_approved_posts_time_keeps_it_approved(database: Database) -> None:
    team = _team(database, cooloff=60)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver, at="2026-06-02T09:00")
    with database.session() as s:
        draft = service.schedule_draft(
            s, draft_id=draft_id, actor=team.approver, at="2026-06-02T10:00", now=NOW
        )
        assert draft.state == "approved"
        assert draft.due_at == datetime(2026, 6, 2, 10, 0, tzinfo=UTC)


def test_cooloff_countdown_runs_from_approval(database: Database) -> None:
    team = _team(database, cooloff=60)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver, at="2026-06-02T09:00")
    assert _view(database, draft_id, NOW + timedelta(seconds=20))["cooloff_remaining_seconds"] == 40.0
    assert _view(database, draft_id, NOW + timedelta(minutes=5))["cooloff_remaining_seconds"] is None


def test_removing_an_approver_below_the_accounts_number_is_refused(database: Database) -> None:
    team = _team(database, approvals=2)
    with pytest.raises(RefusedError, match="with sam no longer approving"), database.session() as s:
        service.remove_member(s, handle=team.handle, name=team.approver, now=NOW)
    with database.session() as s:
        service.remove_member(s, handle=team.handle, name=team.editor, now=NOW)  # editors never count
        assert {u.name for u, _ in service.members(s, handle=team.handle)} == {"jo", "sam", "vic"}


def test_demotion_check_finds_the_member_whatever_the_case_of_their_name(database: Database) -> None:
    team = _team(database, approvals=2)
    with pytest.raises(RefusedError, match="no longer approving"), database.session() as s:
        service.add_member(s, handle=team.handle, name="SAM", role="viewer", now=NOW)
