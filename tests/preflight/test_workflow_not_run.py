"""A stored revision carries the checks that did not run, so `drafts new`/`drafts show` can say so."""

from __future__ import annotations

from datetime import UTC, datetime

from signoff.cli.demo import HOT_TAKE, sample_feed_path
from signoff.preflight.engine import check
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.preflight import findings_json, split_findings

NOW = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)


def test_findings_json_round_trips_not_run_apart_from_the_findings() -> None:
    verdict = check(HOT_TAKE, at=NOW)
    stored = findings_json(verdict)
    findings, not_run = split_findings(stored)
    assert findings == [f.to_dict() for f in verdict.findings]
    assert not_run == [n.to_dict() for n in verdict.not_run]
    assert {"code": "SO201", "because": "no news given"} in not_run


def _draft(db: Database, news: object) -> dict:
    with db.session() as s:
        service.create_user(s, name="jo", now=NOW)
        service.create_user(s, name="alex", now=NOW)
        service.create_account(s, handle="jopa", platform="outbox", kind="person", owner="jo", now=NOW)
        service.add_member(s, handle="jopa", name="alex", role="editor", now=NOW)
        draft_id = service.create_draft(s, handle="jopa", author="alex", text=HOT_TAKE, now=NOW, news=news).id
    with db.session() as s:
        return service.draft_view(s, service.get_draft(s, draft_id), now=NOW)


def test_a_draft_checked_without_news_shows_the_timing_checks_did_not_run(database: Database) -> None:
    view = _draft(database, None)
    assert {"code": "SO201", "because": "no news given"} in view["not_run"]
    assert all("not_run" not in f for f in view["findings"])


def test_a_draft_checked_with_news_has_nothing_not_run(database: Database) -> None:
    view = _draft(database, [str(sample_feed_path())])
    assert view["not_run"] == []
    assert "SO201" in {f["code"] for f in view["findings"]}
