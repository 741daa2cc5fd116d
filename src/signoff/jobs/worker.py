"""The worker: a publish loop (every `publish_interval_seconds`) beside Huey's consumer for other jobs.

`python -m signoff.jobs.worker [--once] [--no-queue]` runs it without the CLI's imports.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from signoff.config import Settings, get_settings
from signoff.publish.dispatcher import PublishStats, publish_due_posts
from signoff.publish.registry import Connectors
from signoff.store.engine import Database, open_database

log = logging.getLogger("signoff.worker")


class _NewsCache:
    """The configured feeds, read at most every `news_refresh_seconds` (not on every publish round).
    A feed that fails to load keeps the last good read, so a flaky feed does not stop publishing."""

    def __init__(self, settings: Settings) -> None:
        self.sources = list(settings.news_feeds)
        self.every = settings.news_refresh_seconds
        self._items: list[Any] | None = None
        self._read_at = float("-inf")

    def items(self) -> list[Any] | None:
        if not self.sources:
            return None
        if time.monotonic() - self._read_at >= self.every:
            from signoff.news.snapshot import load_items

            try:
                self._items = list(load_items(self.sources))
                self._read_at = time.monotonic()
            except Exception:
                if self._items is None:
                    raise  # never read: preflight without the configured news would be blind
                log.exception("news refresh failed; using the previous read")
        return self._items


def publish_loop(
    settings: Settings,
    *,
    stop: threading.Event,
    once: bool = False,
    on_round: Callable[[PublishStats], None] | None = None,
    db: Database | None = None,
) -> PublishStats:
    """Publish due posts until `stop` is set (or one round with `once`). Returns the last round's stats."""
    db = db or open_database(settings)
    connectors = Connectors(settings)
    news = _NewsCache(settings)
    stats = PublishStats()
    while True:
        started = time.monotonic()
        try:
            stats = publish_due_posts(
                db, settings=settings, now=datetime.now(UTC), news=news.items(), connectors=connectors
            )
        except Exception:  # the loop must survive a bad round (database restart, broken feed)
            if once:
                raise
            log.exception("publish round failed; retrying")
        if on_round is not None:
            on_round(stats)
        if once or stop.is_set():
            return stats
        # A full batch means more are due: go again at once.
        if stats.claimed < settings.publish_batch_size:
            stop.wait(max(0.0, settings.publish_interval_seconds - (time.monotonic() - started)))
        if stop.is_set():
            return stats


def run_worker(
    settings: Settings | None = None,
    *,
    once: bool = False,
    queue: bool = True,
    on_round: Callable[[PublishStats], None] | None = None,
) -> PublishStats:
    """Run the worker in the foreground. With `queue`, Huey's consumer runs too (Ctrl-C stops both)."""
    settings = settings or get_settings()
    stop = threading.Event()
    if once or not queue:
        try:
            return publish_loop(settings, stop=stop, once=once, on_round=on_round)
        except KeyboardInterrupt:
            return PublishStats()
    from signoff.jobs.tasks import huey

    loop = threading.Thread(
        target=publish_loop,
        kwargs={"settings": settings, "stop": stop, "on_round": on_round},
        name="publish-loop",
        daemon=True,
    )
    loop.start()
    try:
        huey.create_consumer(workers=2, periodic=True).run()  # blocks; handles SIGTERM/SIGINT
    finally:
        stop.set()
        loop.join(timeout=10)
    return PublishStats()


def main() -> None:
    parser = argparse.ArgumentParser(description="signoff publish worker")
    parser.add_argument("--once", action="store_true", help="one publish round, then exit")
    parser.add_argument("--no-queue", action="store_true", help="publish loop only, no Huey consumer")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    run_worker(once=args.once, queue=not args.no_queue)


if __name__ == "__main__":
    main()
