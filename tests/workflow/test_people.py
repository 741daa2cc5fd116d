"""People leave and change passwords (issue 10, item 9): `members remove`, `users remove`, `users passwd`.

History stays (drafts, approvals and the audit log keep their names); what a departed person approved and has
not gone out returns to review; an account's owner cannot be removed. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from signoff.audit.models import AuditEvent
from signoff.errors import AuthError, NotFoundError, RefusedError
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import TEAM, Team, seed_team

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
TEXT = "Looking forward to the town hall on Thursday."
PASSWORDS = {key: f"{key}-password-1" for key in TEAM}
TTL = timedelta(hours=12)


def _team(db: Database, **kw) -> Team:
    with db.session() as s:
        return seed_team(s, now=NOW, cooloff=600, passwords=PASSWORDS, **kw)


def _approved_draft(db: Database, team: Team) -> int:
    with db.session() as s:
        draft_id = service.create_draft(s, handle=team.handle, author=team.editor, text=TEXT, now=NOW).id
    with db.session() as s:
        assert service.approve_draft(s, draft_id=draft_id, actor=team.approver, now=NOW).state == "approved"
    return draft_id


def _actions(db: Database) -> list[tuple[str, str, str]]:
    with db.session() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
        return [(e.actor, e.action, e.subject) for e in rows]


def test_member_removed_their_pending_approval_goes_back_to_review(database: Database) -> None:
    team = _team(database)
    draft_id = _approved_draft(database, team)
    with database.session() as s:
        gone = service.remove_member(s, handle=team.handle, name=team.approver, now=NOW)
    assert gone.returned_drafts == [draft_id]
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
        assert view["state"] == "draft" and view["due_at"] is None
        assert f"{team.approver}, who approved it, left" in view["note"]
        assert team.approver not in [u.name for u, _ in service.members(s, handle=team.handle)]
    actor, action, _ = _actions(database)[-1]
    assert actor.startswith("os:") and action == "member.remove"


def test_approval_on_a_draft_still_waiting_stops_counting(database: Database) -> None:
    team = _team(database, approvals=2)
    with database.session() as s:
        service.add_member(s, handle=team.handle, name=team.viewer, role="approver", now=NOW)
        draft_id = service.create_draft(s, handle=team.handle, author=team.editor, text=TEXT, now=NOW).id
    with database.session() as s:
        assert service.approve_draft(s, draft_id=draft_id, actor=team.approver, now=NOW).state == "draft"
    with database.session() as s:
        gone = service.remove_member(s, handle=team.handle, name=team.approver, now=NOW)
    assert gone.returned_drafts == [] and gone.voided_approvals == 1
    with database.session() as s:  # two more approvals are needed now, not one
        assert service.approve_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW).state == "draft"
        assert service.approve_draft(s, draft_id=draft_id, actor=team.owner, now=NOW).state == "approved"


def test_removing_a_user_the_account_needs_to_approve_is_refused(database: Database) -> None:
    team = _team(database, approvals=2)  # jo and sam are the only two who can approve
    with database.session() as s, pytest.raises(RefusedError, match="only 1 member can approve"):
        service.remove_user(s, name=team.approver, now=NOW)


def test_member_removed_keeps_their_history(database: Database) -> None:
    team = _team(database)
    _approved_draft(database, team)
    with database.session() as s:
        service.remove_member(s, handle=team.handle, name=team.editor, now=NOW)
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, 1), now=NOW)
    # the editor wrote it and it was approved by others: it still goes out, still signed by its author
    assert view["state"] == "approved" and view["author"] == team.editor
    assert any(a == team.editor and act == "draft.create" for a, act, _ in _actions(database))


def test_owner_cannot_be_removed_from_their_account(database: Database) -> None:
    team = _team(database)
    with database.session() as s, pytest.raises(RefusedError, match="exactly one owner"):
        service.remove_member(s, handle=team.handle, name=team.owner, now=NOW)


def test_only_the_owner_or_install_admin_removes_members(database: Database) -> None:
    team = _team(database)
    with database.session() as s, pytest.raises(RefusedError, match="only the owner"):
        service.remove_member(s, handle=team.handle, name=team.viewer, now=NOW, actor=team.approver)
    with database.session() as s:
        service.remove_member(s, handle=team.handle, name=team.viewer, now=NOW, actor=team.owner)
    assert _actions(database)[-1][:2] == (team.owner, "member.remove")


def test_removing_an_account_owner_is_refused_saying_what_to_do(database: Database) -> None:
    team = _team(database)
    with database.session() as s, pytest.raises(RefusedError, match="give it a new owner first"):
        service.remove_user(s, name=team.owner, now=NOW)


def test_removed_user_keeps_history_but_can_no_longer_act_or_log_in(database: Database) -> None:
    team = _team(database)
    draft_id = _approved_draft(database, team)
    with database.session() as s:
        issued = service.start_session(s, name=team.approver, password=PASSWORDS["sam"], now=NOW, ttl=TTL)
    with database.session() as s:
        gone = service.remove_user(s, name=team.approver, now=NOW)
    assert gone.accounts == [team.handle] and gone.returned_drafts == [draft_id] and gone.sessions_ended == 1
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft_id), now=NOW)
        assert [a["by"] for a in view.get("approvals", [])] in ([], [team.approver])
        with pytest.raises(NotFoundError, match="was removed"):
            service.resume_session(s, name=team.approver, token=issued.token, now=NOW)
        with pytest.raises(NotFoundError, match="was removed"):
            service.verify_password(s, name=team.approver, password=PASSWORDS["sam"])
        with pytest.raises(NotFoundError, match="was removed"):
            service.approve_draft(s, draft_id=draft_id, actor=team.approver, now=NOW)
        with pytest.raises(RefusedError, match="already exists"):
            service.create_user(s, name=team.approver.upper(), now=NOW)
        names = [u.name for u in service.list_users(s)]
        assert team.approver not in names
        assert team.approver in [u.name for u in service.list_users(s, include_removed=True)]


def test_a_person_changes_their_password_with_the_current_one(database: Database) -> None:
    team = _team(database)
    with database.session() as s:
        service.start_session(s, name=team.editor, password=PASSWORDS["alex"], now=NOW, ttl=TTL)
    with database.session() as s, pytest.raises(AuthError, match="wrong password"):
        service.set_password(
            s,
            name=team.editor,
            new_password="brand-new-1",
            current_password="nope-nope",
            actor=team.editor,
            now=NOW,
        )
    with database.session() as s, pytest.raises(RefusedError, match="only their own password"):
        service.set_password(
            s,
            name=team.owner,
            new_password="brand-new-1",
            current_password=PASSWORDS["alex"],
            actor=team.editor,
            now=NOW,
        )
    with database.session() as s:
        ended = service.set_password(
            s,
            name=team.editor,
            new_password="brand-new-1",
            current_password=PASSWORDS["alex"],
            actor=team.editor,
            now=NOW,
        )
    assert ended == 1
    with database.session() as s:
        assert service.verify_password(s, name=team.editor, password="brand-new-1").name == team.editor
        with pytest.raises(AuthError):
            service.verify_password(s, name=team.editor, password=PASSWORDS["alex"])


def test_install_admin_sets_a_password_without_the_current_one(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="vic", now=NOW)
        service.set_password(s, name="vic", new_password="first-password", now=NOW)
    with database.session() as s:
        assert service.verify_password(s, name="vic", password="first-password").name == "vic"
        stored = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
    assert stored.action == "user.passwd" and stored.actor.startswith("os:")
    assert "first-password" not in str(stored.after)


def test_team_demo_people_prove_who_they_are(tmp_path) -> None:
    import io

    from rich.console import Console

    from signoff.workflow.demo import run_team_demo

    run_team_demo(Console(file=io.StringIO()), tmp_path, now=NOW)
    db = Database(f"sqlite:///{tmp_path / 'team-demo' / 'signoff.db'}")
    try:
        actions = [(actor, action) for actor, action, _ in _actions(db)]
    finally:
        db.dispose()
    assert ("alex", "user.login") in actions
    assert actions.index(("alex", "user.login")) < actions.index(("alex", "draft.create"))
    assert ("jo", "draft.approve") in actions and all(a != "admin" for a, _ in actions)


def test_owner_hands_the_account_over_then_can_be_removed(database: Database) -> None:
    team = _team(database)
    with database.session() as s, pytest.raises(RefusedError, match="only the owner"):
        service.transfer_ownership(s, handle=team.handle, to=team.approver, now=NOW, actor=team.approver)
    with database.session() as s:
        previous = service.transfer_ownership(
            s, handle=team.handle, to=team.approver, now=NOW, actor=team.owner
        )
    assert previous == team.owner
    with database.session() as s:
        roles = {u.name: r for u, r in service.members(s, handle=team.handle)}
        assert roles[team.approver] == "owner" and roles[team.owner] == "approver"
        service.remove_user(s, name=team.owner, now=NOW)
    assert _actions(database)[-1][1] == "user.remove"
