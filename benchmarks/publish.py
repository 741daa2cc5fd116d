"""Publishing throughput and crash safety.

    python benchmarks/publish.py                       # 10,000 due posts → outbox, SQLite and PostgreSQL
    python benchmarks/publish.py --db sqlite --posts 2000
    python benchmarks/publish.py --kill9 200 --posts 1000   # SIGKILL workers 200 times; lost/duplicated

Throughput: all posts are due when the clock starts; the figure is posts per second from the first
round until the last post's line is in the outbox, with one worker (publish-time preflight, the
attempt row committed before each connector call, the audit event, the outbox append all included).
PostgreSQL gets a database of its own (SIGNOFF_BENCH_PG, default postgres@127.0.0.1), dropped after.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from signoff.config import Settings
from signoff.demo.stress import count_outbox, kill9_run, seed_due_posts
from signoff.publish.dispatcher import publish_due_posts
from signoff.publish.registry import Connectors
from signoff.store.engine import Database
from signoff.workflow.demo import seed_team

PG_ADMIN = os.environ.get("SIGNOFF_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres dbname=test")


@contextmanager
def database(kind: str, data_dir: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{data_dir / 'signoff.db'}"
        return
    import psycopg

    admin = psycopg.connect(PG_ADMIN, autocommit=True)
    name = f"signoff_bench_{os.getpid()}_{secrets.token_hex(3)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://{admin.info.user}@{admin.info.host}:{admin.info.port}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def seed_posts(db: Database, posts: int) -> tuple[str, list[int]]:
    """A team and `posts` approved staff posts, all due already."""
    now = datetime.now(UTC)
    with db.session() as s:
        team = seed_team(s, now=now)
    ids = seed_due_posts(
        db,
        handle=team.handle,
        author=team.editor,
        approver=team.approver,
        count=posts,
        first_due=now - timedelta(seconds=1),
        now=now,
    )
    settle(db)
    return team.handle, ids


def settle(db: Database) -> None:
    """After bulk seeding, leave the database as a running install would be: SQLite's write-ahead log
    checkpointed, PostgreSQL's planner statistics current. The clock starts after this."""
    raw = db.engine.raw_connection()  # outside a transaction (our SQLite engine begins IMMEDIATE)
    try:
        if db.dialect == "sqlite":
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            raw.driver_connection.autocommit = True
            raw.driver_connection.execute("VACUUM ANALYZE")
    finally:
        raw.close()


def throughput(kind: str, posts: int, batch: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp, database(kind, Path(tmp)) as url:
        settings = Settings(
            data_dir=Path(tmp), database_url=None if kind == "sqlite" else url, publish_batch_size=batch
        )
        db = Database(url)
        t0 = time.perf_counter()
        handle, ids = seed_posts(db, posts)
        seeded = time.perf_counter() - t0
        connectors = Connectors(settings)
        published = 0
        t0 = time.perf_counter()
        while True:
            stats = publish_due_posts(db, settings=settings, now=datetime.now(UTC), connectors=connectors)
            published += stats.published
            if stats.claimed == 0:
                break
        elapsed = time.perf_counter() - t0
        counted = count_outbox(db, settings, handle=handle, draft_ids=ids)
        db.dispose()
    return {
        "db": kind,
        "posts": posts,
        "published": published,
        "seconds": round(elapsed, 2),
        "posts_per_second": round(published / elapsed, 1),
        "seed_seconds": round(seeded, 1),
        "lost": counted.lost,
        "duplicated": counted.duplicated,
    }


def kill9(kind: str, posts: int, kills: int, seed: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp, database(kind, Path(tmp)) as url:
        settings = Settings(
            data_dir=Path(tmp),
            database_url=None if kind == "sqlite" else url,
            publish_interval_seconds=0.005,
            publish_batch_size=2,
            publish_lease_seconds=0.2,
        )
        db = Database(url)
        handle, ids = seed_posts(db, posts)
        report = kill9_run(
            db,
            settings,
            handle=handle,
            draft_ids=ids,
            kills=kills,
            seed=seed,
            max_delay=0.02,
            timeout=1200,
        )
        db.dispose()
    return {"db": kind, **report.to_dict()}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--posts", type=int, default=None, help="default 10,000 (throughput) or 1,000 (--kill9)"
    )
    parser.add_argument("--batch", type=int, default=500, help="posts claimed per round")
    parser.add_argument(
        "--kill9", type=int, default=0, metavar="N", help="SIGKILL the worker N times instead"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    bad = False
    for kind in kinds:
        if args.kill9:
            result = kill9(kind, args.posts or 1000, args.kill9, args.seed)
        else:
            result = throughput(kind, args.posts or 10_000, args.batch)
        bad |= bool(result["lost"] or result["duplicated"])
        print(json.dumps(result), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
