"""The worker: a publish loop (every `publish_interval_seconds`) beside Huey's consumer for other jobs.

`python -m signoff.jobs.worker [--once] [--no-queue]` runs it without the CLI's imports.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from signoff.config import Settings, get_settings
from signoff.errors import ServiceUnavailableError
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


class _FeedRefresher:
    """Refreshes the stored feeds (`signoff feeds add`) every `news_refresh_seconds`, in a thread of its own
    so a slow feed never delays a post; a feed that starts failing is logged once (`feeds list` shows it)."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.every = timedelta(seconds=settings.news_refresh_seconds)
        self._thread: threading.Thread | None = None
        self._last = float("-inf")

    def run(self) -> None:
        from signoff.feeds.service import FAILING_AFTER, refresh_due

        try:
            results = refresh_due(self.db, now=datetime.now(UTC), every=self.every)
        except Exception as exc:  # noqa: BLE001  (the publish loop reports the database, once per period)
            log.debug("feed refresh failed: %s", one_line(exc))
            return
        for r in results:
            if r.error and r.failures == FAILING_AFTER:
                log.warning("feed %r keeps failing (%d in a row): %s", r.feed, r.failures, r.error)

    def kick(self) -> None:
        """Start a refresh in the background unless one runs or one ran within the period."""
        if (self._thread is not None and self._thread.is_alive()) or (
            time.monotonic() - self._last < self.every.total_seconds()
        ):
            return
        self._last = time.monotonic()
        self._thread = threading.Thread(target=self.run, name="feed-refresh", daemon=True)
        self._thread.start()


#: Longest wait between rounds while they keep failing (the back-off doubles up to this).
MAX_BACKOFF_SECONDS = 60.0


def one_line(exc: BaseException) -> str:
    """An exception as one line: its type and the first line of its message."""
    first = next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), "")
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


class _Failures:
    """Rounds that fail in a row (database down, broken feed): one log line when the failing starts,
    one when it ends, and a doubling wait in between (not a traceback per round)."""

    def __init__(self, interval: float) -> None:
        self.interval = max(interval, 0.01)
        self.count = 0
        self.since = 0.0
        self.delay = self.interval

    def failed(self, exc: BaseException) -> float:
        """Record a failed round; returns how long to wait before the next one."""
        if self.count == 0:
            self.since = time.monotonic()
            log.error(
                "publishing stopped: %s; retrying with back-off (one line until it works)", one_line(exc)
            )
            log.debug("publish round failed", exc_info=exc)
            self.delay = self.interval
        else:
            self.delay = min(self.delay * 2, MAX_BACKOFF_SECONDS)
        self.count += 1
        return self.delay

    def succeeded(self) -> None:
        if self.count:
            log.warning(
                "publishing works again after %d failed round(s) in %.0f s",
                self.count,
                time.monotonic() - self.since,
            )
        self.count = 0


def publish_loop(
    settings: Settings,
    *,
    stop: threading.Event,
    once: bool = False,
    on_round: Callable[[PublishStats], None] | None = None,
    db: Database | None = None,
) -> PublishStats:
    """Publish due posts until `stop` is set (or one round with `once`). Returns the last round's stats.

    With `once`, a round that cannot run raises (the CLI exits 2). Otherwise the loop survives failed
    rounds (database restart, broken feed), backing off and logging one line per failure period.
    """
    db = db or open_database(settings)
    connectors = Connectors(settings)
    news = _NewsCache(settings)
    feeds = _FeedRefresher(db, settings)
    if once:
        feeds.run()  # one round: read the feeds first, so its preflight sees the news of now
    failures = _Failures(settings.publish_interval_seconds)
    stats = PublishStats()
    while True:
        started = time.monotonic()
        if not once:
            feeds.kick()
        try:
            stats = publish_due_posts(
                db, settings=settings, now=datetime.now(UTC), news=news.items(), connectors=connectors
            )
        except Exception as exc:  # the loop must survive a bad round (database restart, broken feed)
            if once:
                raise
            stop.wait(failures.failed(exc))
            if stop.is_set():
                return stats
            continue
        failures.succeeded()
        if on_round is not None:
            on_round(stats)
        if once or stop.is_set():
            return stats
        # A full batch means more are due: go again at once.
        if stats.claimed < settings.publish_batch_size:
            stop.wait(max(0.0, settings.publish_interval_seconds - (time.monotonic() - started)))
        if stop.is_set():
            return stats


class _OncePerPeriod(logging.Filter):
    """Lets a repeated log message through once per `period` seconds, without its traceback (the job
    queue's consumer logs an error with a traceback on every poll while Redis is down)."""

    def __init__(self, period: float = 60.0) -> None:
        super().__init__()
        self.period = period
        self._last: dict[str, float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key = f"{record.name}:{record.msg}"
        now = time.monotonic()
        if now - self._last.get(key, float("-inf")) < self.period:
            return False
        self._last[key] = now
        if record.exc_info and record.exc_info[1] is not None and not record.name.startswith("signoff"):
            error = one_line(record.exc_info[1])
            record.msg = f"{record.getMessage()}: {error} (repeats hidden for {self.period:.0f} s)"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


def setup_logging(level: int = logging.WARNING) -> None:
    """Worker logging: one line per event, repeated errors shown once per minute."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_OncePerPeriod())
    root.addHandler(handler)
    root.setLevel(level)


def check_queue(settings: Settings) -> None:
    """Fail fast, in one line, when the configured Redis cannot be reached."""
    if not settings.redis_url:
        return
    import redis

    from signoff.jobs.queue import make_huey

    try:
        make_huey(settings).storage.conn.ping()
    except redis.RedisError as exc:
        raise ServiceUnavailableError(
            f"cannot reach Redis at {_redacted(settings.redis_url)}: {one_line(exc)} "
            "(is it running? see SIGNOFF_REDIS_URL)"
        ) from None


def _redacted(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    return f"{scheme}{sep}{rest}"


def run_worker(
    settings: Settings | None = None,
    *,
    once: bool = False,
    queue: bool = True,
    on_round: Callable[[PublishStats], None] | None = None,
) -> PublishStats:
    """Run the worker in the foreground. With `queue`, Huey's consumer runs too (Ctrl-C stops both)."""
    settings = settings or get_settings()
    setup_logging()
    stop = threading.Event()
    if once or not queue:
        try:
            return publish_loop(settings, stop=stop, once=once, on_round=on_round)
        except KeyboardInterrupt:
            return PublishStats()
    check_queue(settings)
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
    setup_logging()
    run_worker(once=args.once, queue=not args.no_queue)


if __name__ == "__main__":
    main()
