"""The kill switch under load: a running worker, a post due every 10 ms, and after `pause` returns
not one more post of the account is published (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from signoff.config import Settings
from signoff.demo.stress import count_outbox, seed_due_posts, start_worker
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team


def _lines(settings: Settings) -> int:
    path = settings.outbox_dir / "jopa.jsonl"
    return len(path.read_bytes().splitlines()) if path.exists() else 0


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.slow
def test_nothing_publishes_after_pause_returns(database: Database, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database.url,
        publish_interval_seconds=0.005,
        publish_batch_size=5,
        publish_lease_seconds=30,
    )
    # The race needs the real clock: the worker reads it, and posts come due while we watch.
    now = datetime.now(UTC)
    with database.session() as s:
        team = seed_team(s, now=now)
    # Posts are written and approved through the workflow service, so seeding takes a while: time a
    # few first, then start the stream 3 s after the rest will have been seeded, at any machine's speed.
    who = {"handle": team.handle, "author": team.editor, "approver": team.approver, "now": now}
    started = time.monotonic()
    seed_due_posts(database, count=20, first_due=now - timedelta(minutes=1), **who)
    per_post = (time.monotonic() - started) / 20
    count = 800  # 8 s of posts: three pause cycles need about 4 s
    first_due = datetime.now(UTC) + timedelta(seconds=3 + 1.5 * per_post * count)
    ids = seed_due_posts(
        database, count=count, first_due=first_due, spacing=timedelta(milliseconds=10), **who
    )
    worker = start_worker(settings, log=tmp_path / "worker.log")
    try:
        # the stream starts at `first_due`, which on a slow machine is well after the worker has published the
        # 20 posts already due: the pause cycles must run while the stream flows, not before it starts
        time.sleep(max(0.0, (first_due - datetime.now(UTC)).total_seconds()))
        for cycle in range(3):
            before = _lines(settings)
            assert _wait_for(lambda b=before: _lines(settings) >= b + 20, 30), (
                f"worker is not publishing (cycle {cycle}): {(tmp_path / 'worker.log').read_text()[-2000:]}"
            )
            with database.session() as s:
                service.pause_account(
                    s, handle=team.handle, actor=team.owner, reason=f"crisis {cycle}", now=datetime.now(UTC)
                )
            at_pause = _lines(settings)
            time.sleep(1.0)  # ~100 more posts come due meanwhile
            assert _lines(settings) == at_pause, f"published after pause returned (cycle {cycle})"
            with database.session() as s:
                service.resume_account(s, handle=team.handle, actor=team.owner, now=datetime.now(UTC))
    finally:
        worker.kill()
        worker.wait()
    counted = count_outbox(database, settings, handle=team.handle, draft_ids=ids)
    assert counted.duplicated == 0
