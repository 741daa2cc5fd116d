"""Preflight runs again at publish time with the news of that moment: a story that broke after
approval sends the post back to review instead of out (the seed's own night, Nov 2011)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from signoff.config import Settings
from signoff.publish.dispatcher import publish_due_posts
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team

APPROVED_AT = datetime(2011, 11, 10, 2, 30, tzinfo=UTC)  # before the story broke (03:05Z)
PUBLISH_AT = datetime(2011, 11, 10, 4, 0, tzinfo=UTC)


def test_story_that_broke_after_approval_sends_post_back_to_review(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with database.session() as s:
        team = seed_team(s, now=APPROVED_AT, cooloff=60)
        draft = service.create_draft(
            s, handle=team.handle, author=team.editor, text="Paterno done 😂", now=APPROVED_AT, news=[]
        )
        assert draft.current.verdict == "pass"
        service.approve_draft(s, draft_id=draft.id, actor=team.approver, now=APPROVED_AT)
    stats = publish_due_posts(database, settings=settings, now=PUBLISH_AT, news=paterno_news)
    assert (stats.published, stats.back_to_review) == (0, 1)
    assert not (settings.outbox_dir / "jopa.jsonl").exists()
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft.id), now=PUBLISH_AT)
    assert view["state"] == "draft" and view["verdict"] == "hold" and "SO201" in view["note"]
    assert "SO201" in [f["code"] for f in view["findings"]]


def test_same_post_goes_out_when_no_story_is_developing(database: Database, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with database.session() as s:
        team = seed_team(s, now=APPROVED_AT, cooloff=60)
        draft = service.create_draft(
            s, handle=team.handle, author=team.editor, text="Paterno done 😂", now=APPROVED_AT, news=[]
        )
        service.approve_draft(s, draft_id=draft.id, actor=team.approver, now=APPROVED_AT)
    assert publish_due_posts(database, settings=settings, now=PUBLISH_AT, news=[]).published == 1


def test_held_post_approved_for_one_reason_goes_back_when_a_story_adds_another(
    database: Database, tmp_path: Path, paterno_news: list[dict[str, str]]
) -> None:
    """The owner approved a hold for its length; a tragedy breaking keeps the verdict `hold`, but it is a
    finding nobody approved, so the post must not go out."""
    settings = Settings(data_dir=tmp_path / "data")
    text = "Paterno done 😂 " + "Thank you all for coming tonight. " * 8
    with database.session() as s:
        team = seed_team(s, now=APPROVED_AT, cooloff=60)
        service.get_account(s, team.handle).check_overrides = {"SO401": "hold"}
    with database.session() as s:
        draft = service.create_draft(
            s, handle=team.handle, author=team.editor, text=text, now=APPROVED_AT, news=[]
        )
        assert draft.current.verdict == "hold"
        # (entries recording checks that did not run, e.g. with no news, are not findings)
        assert [f["code"] for f in draft.current.findings if "not_run" not in f] == ["SO401"]
        service.approve_draft(s, draft_id=draft.id, actor=team.owner, now=APPROVED_AT, reason="a long thanks")
    stats = publish_due_posts(database, settings=settings, now=PUBLISH_AT, news=paterno_news)
    assert (stats.published, stats.back_to_review) == (0, 1)
    assert not (settings.outbox_dir / "jopa.jsonl").exists()
    with database.session() as s:
        view = service.draft_view(s, service.get_draft(s, draft.id), now=PUBLISH_AT)
    assert view["state"] == "draft" and "SO201" in view["note"]


def test_held_post_approved_with_reason_goes_out_when_nothing_new_is_found(
    database: Database, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    text = "Paterno done 😂 " + "Thank you all for coming tonight. " * 8
    with database.session() as s:
        team = seed_team(s, now=APPROVED_AT, cooloff=60)
        service.get_account(s, team.handle).check_overrides = {"SO401": "hold"}
    with database.session() as s:
        draft = service.create_draft(
            s, handle=team.handle, author=team.editor, text=text, now=APPROVED_AT, news=[]
        )
        service.approve_draft(s, draft_id=draft.id, actor=team.owner, now=APPROVED_AT, reason="a long thanks")
    assert publish_due_posts(database, settings=settings, now=PUBLISH_AT, news=[]).published == 1
