"""Tools for proving publishing holds up: bulk-seed due posts, run real worker processes, kill them,
and count what reached the outbox (lost and duplicated posts). Used by tests and benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from signoff.config import Settings
from signoff.publish.connectors.outbox import outbox_path
from signoff.store.engine import Database
from signoff.workflow import service

CHUNK = 200


def seed_due_posts(
    db: Database,
    *,
    handle: str,
    author: str,
    approver: str,
    count: int,
    first_due: datetime,
    spacing: timedelta = timedelta(0),
    now: datetime,
) -> list[int]:
    """`count` staff posts written by `author` and approved by `approver` through the workflow service,
    due from `first_due` every `spacing` (each is approved one cool-off before its due time). `now` is
    kept for callers; the posts' own times follow their due times. Returns the draft ids."""
    ids: list[int] = []
    with db.session() as s:
        cooloff = timedelta(seconds=service.get_account(s, handle).cooloff_seconds)
    for start in range(0, count, CHUNK):
        with db.session() as s:
            for i in range(start, min(count, start + CHUNK)):
                at = first_due + spacing * i - cooloff
                text = f"Post {i + 1} of {count}: thank you for being here."
                draft = service.create_draft(s, handle=handle, author=author, text=text, now=at)
                service.approve_draft(s, draft_id=draft.id, actor=approver, now=at)
                ids.append(draft.id)
    return ids


@dataclass(frozen=True)
class OutboxCount:
    lines: int
    lost: int
    duplicated: int
    published_in_db: int

    def to_dict(self) -> dict[str, int]:
        return self.__dict__.copy()


def count_outbox(db: Database, settings: Settings, *, handle: str, draft_ids: list[int]) -> OutboxCount:
    """Lines per draft in the outbox: lost = drafts with none, duplicated = lines beyond the first."""
    path = outbox_path(settings.outbox_dir, handle)
    per_draft: Counter[int] = Counter()
    lines = 0
    if path.exists():
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            lines += 1
            per_draft[int(rec["draft_id"])] += 1
    wanted = set(draft_ids)
    with db.session() as s:
        states = service.publishing.draft_states(s, wanted)
    published = [d for d, state in states.items() if state == "published"]
    return OutboxCount(
        lines=lines,
        lost=sum(1 for d in wanted if per_draft[d] == 0),
        duplicated=sum(c - 1 for d, c in per_draft.items() if c > 1),
        published_in_db=len(published),
    )


def worker_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "SIGNOFF_DATA_DIR": str(settings.data_dir),
        "SIGNOFF_PUBLISH_INTERVAL_SECONDS": str(settings.publish_interval_seconds),
        "SIGNOFF_PUBLISH_LEASE_SECONDS": str(settings.publish_lease_seconds),
        "SIGNOFF_PUBLISH_BATCH_SIZE": str(settings.publish_batch_size),
        **extra,
    }
    if settings.database_url:
        env["SIGNOFF_DATABASE_URL"] = settings.database_url
    else:
        env.pop("SIGNOFF_DATABASE_URL", None)
    env.pop("SIGNOFF_REDIS_URL", None)
    return env


def start_worker(settings: Settings, *, log: Path | None = None) -> subprocess.Popen[bytes]:
    """A real worker process (publish loop only), as `signoff worker --no-queue` runs it."""
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115  (the child keeps it)
    return subprocess.Popen(
        [sys.executable, "-m", "signoff.jobs.worker", "--no-queue"],
        env=worker_env(settings),
        stdout=out,
        stderr=out,
    )


def fork_worker(settings: Settings) -> int:
    """A worker as a forked child process (starts in milliseconds: modules are already imported).

    The child builds its own engine and connector; it never touches the parent's connections and
    leaves with os._exit, so nothing of the parent is cleaned up twice.
    """
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        import signal
        import threading

        from signoff.jobs.worker import publish_loop
        from signoff.store.engine import forget_after_fork

        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        forget_after_fork()
        publish_loop(settings, stop=threading.Event(), db=Database(settings.sqlalchemy_url, migrate=False))
    except BaseException:  # noqa: BLE001  (a child must never return into the parent's code)
        code = 1
    finally:
        os._exit(code)
    return 0  # unreachable


@dataclass(frozen=True)
class KillReport:
    posts: int
    kills: int
    lost: int
    duplicated: int
    published_in_db: int
    seconds: float

    def to_dict(self) -> dict[str, float | int]:
        return self.__dict__.copy()


def kill9_run(
    db: Database,
    settings: Settings,
    *,
    handle: str,
    draft_ids: list[int],
    kills: int,
    seed: int = 0,
    max_delay: float = 0.03,
    timeout: float = 600.0,
) -> KillReport:
    """Start a worker, wait until it is publishing, SIGKILL it after a random 0..max_delay s; `kills` times.
    Then one last worker finishes (recovering what the dead ones left) and the outbox is counted."""
    import random
    import signal
    import time

    rng = random.Random(seed)
    path = outbox_path(settings.outbox_dir, handle)
    started = time.monotonic()

    def lines() -> int:
        return path.read_bytes().count(b"\n") if path.exists() else 0

    done = 0
    for _ in range(kills):
        if lines() >= len(draft_ids):
            break
        before = lines()
        pid = fork_worker(settings)
        deadline = time.monotonic() + 20
        while lines() == before and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        done += 1
        if time.monotonic() - started > timeout:
            break
    pid = fork_worker(settings)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with db.session() as s:
                states = service.publishing.draft_states(s, draft_ids)
            if not any(state in ("approved", "publishing") for state in states.values()):
                break
            time.sleep(0.1)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    counted = count_outbox(db, settings, handle=handle, draft_ids=draft_ids)
    return KillReport(
        posts=len(draft_ids),
        kills=done,
        lost=counted.lost,
        duplicated=counted.duplicated,
        published_in_db=counted.published_in_db,
        seconds=round(time.monotonic() - started, 1),
    )
