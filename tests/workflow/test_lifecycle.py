"""Issue 10 item 9: accounts edit, drafts delete / unschedule / withdraw, bulk import (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from signoff.audit.models import AuditEvent
from signoff.errors import InputError, RefusedError
from signoff.store.engine import Database
from signoff.workflow import bulk, service
from signoff.workflow.demo import Team, seed_team

NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
OK_TEXT = "Lovely morning for a walk along the canal."


def _team(db: Database, **kw) -> Team:
    with db.session() as s:
        return seed_team(s, now=NOW, **kw)


def _draft(db: Database, team: Team, author: str, text: str = OK_TEXT, **kw) -> int:
    with db.session() as s:
        return service.create_draft(s, handle=team.handle, author=author, text=text, now=NOW, **kw).id


def _approve(db: Database, draft_id: int, actor: str, **kw) -> str:
    with db.session() as s:
        return service.approve_draft(s, draft_id=draft_id, actor=actor, now=NOW, **kw).state


def _events(db: Database, action: str) -> list[AuditEvent]:
    with db.session() as s:
        rows = list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())
        s.expunge_all()
        return rows


# accounts edit


def test_edit_changes_policy_and_is_audited(database: Database) -> None:
    team = _team(database)
    with database.session() as s:
        out = service.edit_account(
            s,
            handle=team.handle,
            approvals=2,
            cooloff=120,
            disclosure="-{name}",
            tz="Europe/Berlin",
            checks={"so401": "hold", "SO403": None},
            now=NOW,
        )
        assert out.changed == {
            "tz": "Europe/Berlin",
            "approvals": 2,
            "cooloff": 120,
            "disclosure": "-{name}",
            "overrides": {"SO401": "hold", "SO403": None},
        }
    with database.session() as s:
        view = service.account_view(s, service.get_account(s, team.handle))
        assert (view["approvals"], view["cooloff"], view["tz"]) == (2, 120, "Europe/Berlin")
        service.edit_account(s, handle=team.handle, checks={"SO401": "default"}, now=NOW)
    with database.session() as s:
        assert service.get_account(s, team.handle).check_overrides == {"SO403": None}
    (event, *_) = _events(database, "account.edit")
    assert event.before["approvals"] == 1 and event.after["approvals"] == 2


def test_edit_refuses_an_unknown_check_code_and_stores_nothing(database: Database) -> None:
    team = _team(database)
    with pytest.raises(InputError, match="no check has code 'SO999'.*SO401"), database.session() as s:
        service.edit_account(s, handle=team.handle, checks={"SO999": "hold"}, cooloff=5, now=NOW)
    with database.session() as s:
        account = service.get_account(s, team.handle)
        assert (account.check_overrides, account.cooloff_seconds) == ({}, 0)
    assert _events(database, "account.edit") == []


def test_account_add_refuses_an_unknown_check_code(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="jo", now=NOW)
    with pytest.raises(InputError, match="no check has code 'SO4O1'"), database.session() as s:
        service.create_account(
            s, handle="a", platform="outbox", kind="brand", owner="jo", now=NOW, overrides={"SO4O1": "hold"}
        )


def test_edit_refuses_nothing_to_change_and_bad_values(database: Database) -> None:
    team = _team(database)
    for kw, match in (
        ({}, "nothing to change"),
        ({"tz": "Mars/Base"}, "unknown time zone"),
        ({"cooloff": -1}, "--cooloff"),
        ({"disclosure": "{nobody}"}, "may use only"),
    ):
        with pytest.raises(InputError, match=match), database.session() as s:
            service.edit_account(s, handle=team.handle, now=NOW, **kw)


def test_only_the_owner_edits_when_a_person_acts(database: Database) -> None:
    team = _team(database)
    with pytest.raises(RefusedError, match="only the owner"), database.session() as s:
        service.edit_account(s, handle=team.handle, cooloff=5, actor=team.approver, now=NOW)
    with database.session() as s:
        service.edit_account(s, handle=team.handle, cooloff=5, actor=team.owner, now=NOW)
    assert _events(database, "account.edit")[0].actor == team.owner


def test_lowering_approvals_releases_drafts_that_now_have_enough(database: Database) -> None:
    team = _team(database, approvals=2)
    draft_id = _draft(database, team, team.editor)
    assert _approve(database, draft_id, team.approver) == "draft"  # 1 of 2
    with database.session() as s:
        out = service.edit_account(s, handle=team.handle, approvals=1, now=NOW)
        assert out.approved_drafts == [draft_id]
        assert service.get_draft(s, draft_id).state == "approved"


def test_new_cooloff_retimes_approved_posts(database: Database) -> None:
    team = _team(database, cooloff=60)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver)
    with database.session() as s:
        assert service.edit_account(s, handle=team.handle, cooloff=600, now=NOW).retimed_drafts == [draft_id]
        assert service.get_draft(s, draft_id).due_at == NOW + timedelta(seconds=600)


# drafts delete / unschedule / withdraw


def test_delete_is_audited_and_hides_the_draft(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    _approve(database, draft_id, team.approver)
    with (
        pytest.raises(RefusedError, match="only the owner, an approver or the author"),
        database.session() as s,
    ):
        service.delete_draft(s, draft_id=draft_id, actor=team.viewer, now=NOW)
    with database.session() as s:
        draft = service.delete_draft(s, draft_id=draft_id, actor=team.editor, reason="dup", now=NOW)
        assert (draft.state, draft.due_at) == ("deleted", None)
    with database.session() as s:
        assert service.list_drafts(s, handle=team.handle) == []
        assert [d.id for d in service.list_drafts(s, state="deleted")] == [draft_id]
    (event,) = _events(database, "draft.delete")
    assert (event.actor, event.before["text"], event.after["state"]) == ("alex", OK_TEXT, "deleted")
    with pytest.raises(RefusedError, match="deleted"), database.session() as s:
        service.revise_draft(s, draft_id=draft_id, actor=team.editor, text="again", now=NOW)
    with pytest.raises(RefusedError, match="already deleted"), database.session() as s:
        service.delete_draft(s, draft_id=draft_id, actor=team.owner, now=NOW)


def test_published_post_cannot_be_deleted(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    with database.session() as s:
        service.get_draft(s, draft_id).state = "published"
    with pytest.raises(RefusedError, match="stays on record"), database.session() as s:
        service.delete_draft(s, draft_id=draft_id, actor=team.owner, now=NOW)


def test_unschedule_returns_an_approved_post_to_approval(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor, at="2026-06-02T09:00")
    with pytest.raises(RefusedError, match="no scheduled time"), database.session() as s:
        other = service.create_draft(s, handle=team.handle, author=team.editor, text="x y", now=NOW).id
        service.unschedule_draft(s, draft_id=other, actor=team.editor, now=NOW)
    _approve(database, draft_id, team.approver)
    with database.session() as s:
        draft = service.unschedule_draft(s, draft_id=draft_id, actor=team.approver, now=NOW)
        assert (draft.state, draft.scheduled_at, draft.due_at) == ("draft", None, None)
    assert len(_events(database, "draft.unschedule")) == 1


def test_withdrawing_an_approval_stops_the_post(database: Database) -> None:
    team = _team(database)
    draft_id = _draft(database, team, team.editor)
    with pytest.raises(RefusedError, match="no approval"), database.session() as s:
        service.withdraw_approval(s, draft_id=draft_id, actor=team.approver, now=NOW)
    assert _approve(database, draft_id, team.approver) == "approved"
    with database.session() as s:
        draft = service.withdraw_approval(s, draft_id=draft_id, actor=team.approver, reason="wait", now=NOW)
        assert (draft.state, draft.due_at) == ("draft", None)
        assert draft.note == "approval withdrawn by sam: wait"
    with database.session() as s:
        assert service.draft_view(s, service.get_draft(s, draft_id), now=NOW)["approvals"] == []
    assert _approve(database, draft_id, team.approver) == "approved"  # may approve again


# drafts import


JSONL = "\n".join(
    [
        '{"account": "jopa", "text": "Morning all."}',
        '{"account": "jopa", "text": "See you at nine.", "at": "2026-06-02T09:00"}',
        "",
        '{"text": "Default account row."}',
    ]
)


def test_import_jsonl_creates_every_draft_in_one_go(database: Database, monkeypatch) -> None:
    team = _team(database, tz="Europe/Berlin")
    calls: list[int] = []
    real = bulk.preflight_many

    def counting(items, **kw):
        calls.append(len(items))
        return real(items, **kw)

    monkeypatch.setattr(bulk, "preflight_many", counting)
    rows = service.parse_rows(JSONL, fmt="jsonl", default_account=team.handle)
    with database.session() as s:
        drafts = service.import_drafts(s, rows=rows, author=team.editor, now=NOW)
        assert [d.current.text for d in drafts] == [
            "Morning all.",
            "See you at nine.",
            "Default account row.",
        ]
        assert drafts[1].scheduled_at == datetime(2026, 6, 2, 7, 0, tzinfo=UTC)
        assert {d.current.signature for d in drafts} == {"^AK"}
    assert sorted(calls) == [1, 2]  # one batch per distinct time, not one per draft
    assert [e.after["import_line"] for e in _events(database, "draft.create")] == [1, 2, 4]


def test_import_csv_with_a_multiline_text(database: Database) -> None:
    team = _team(database)
    data = 'account,text,at\njopa,"Two\nlines",\njopa,Plain one,2026-06-03T10:00\n'
    rows = service.parse_rows(data, fmt="csv")
    assert [(r.line, r.at) for r in rows] == [(3, None), (4, "2026-06-03T10:00")]
    with database.session() as s:
        drafts = service.import_drafts(s, rows=rows, author=team.editor, now=NOW)
        assert drafts[0].current.text == "Two\nlines"


def test_import_reports_every_bad_row_by_line_and_imports_nothing(database: Database) -> None:
    team = _team(database)
    data = "\n".join(
        [
            '{"account": "jopa", "text": "Fine."}',
            '{"account": "nope", "text": "Unknown account."}',
            '{"account": "jopa", "text": "Past.", "at": "2020-01-01T09:00"}',
            '{"account": "jopa", "text": "Fine too."}',
        ]
    )
    rows = service.parse_rows(data, fmt="jsonl")
    with pytest.raises(InputError) as err, database.session() as s:
        service.import_drafts(s, rows=rows, author=team.editor, now=NOW)
    msg = str(err.value)
    assert "2 of 4 rows cannot be imported; nothing was imported" in msg
    assert "line 2: no account 'nope'" in msg and "line 3: 2020-01-01" in msg
    with database.session() as s:
        assert service.list_drafts(s) == []
    assert _events(database, "draft.create") == []


def test_import_parse_errors_name_their_lines() -> None:
    data = '{"account": "a", "text": "ok"}\nnot json\n["a list"]\n{"account": "a", "txt": "typo"}\n'
    with pytest.raises(InputError) as err:
        service.parse_rows(data, fmt="jsonl")
    msg = str(err.value)
    assert "3 of 4 rows" in msg
    assert "line 2: not JSON" in msg and "line 3: each line must be a JSON object" in msg
    assert "line 4: unknown field(s) txt" in msg


def test_import_by_a_viewer_is_refused_per_row(database: Database) -> None:
    team = _team(database)
    rows = service.parse_rows('{"account": "jopa", "text": "Hi."}', fmt="jsonl")
    with pytest.raises(InputError, match="line 1: vic is viewer on jopa"), database.session() as s:
        service.import_drafts(s, rows=rows, author=team.viewer, now=NOW)


def test_long_posts_follow_the_account_setting(database: Database) -> None:
    """X's long posts (X Premium): an account without them gets SO401's review for a 300-character post, one
    with them (`accounts edit --long-posts`) none; the change is audited and refused on Mastodon."""
    team = _team(database)
    long_text = ("Thank you all for a wonderful season of walks along the canal. " * 5)[:300]
    first = _draft(database, team, team.approver, text=long_text)
    with database.session() as s:
        draft = service.get_draft(s, first)
        assert "SO401" in [f["code"] for f in draft.current.findings if "not_run" not in f]
        out = service.edit_account(s, handle=team.handle, long_posts=True, now=NOW)
        assert out.changed == {"long_posts": True}
        assert service.account_view(s, service.get_account(s, team.handle))["long_posts"] is True
    second = _draft(database, team, team.approver, text=long_text)
    with database.session() as s:
        assert "SO401" not in [f["code"] for f in service.get_draft(s, second).current.findings]
    (event, *_) = _events(database, "account.edit")
    assert event.before == {"long_posts": False} and event.after["long_posts"] is True
    with database.session() as s:
        service.create_user(s, name="mo", now=NOW)
    with pytest.raises(InputError, match="--long-posts is for X accounts"), database.session() as s:
        service.create_account(s, handle="m@example.social", platform="mastodon", kind="brand", owner="mo",
                               now=NOW, long_posts=True)
