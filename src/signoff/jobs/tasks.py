"""Huey tasks. The worker's publish loop runs every second; the periodic task is a backstop for
installs that run only Huey's own consumer (`huey_consumer signoff.jobs.tasks.huey`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from huey import crontab

from signoff.config import get_settings
from signoff.jobs.queue import make_huey

huey = make_huey(get_settings())


def run_publish_round() -> dict[str, Any]:
    """One publishing round now, with the install's news: stored feeds (refreshed first when due) and
    SIGNOFF_NEWS_FEEDS."""
    from signoff.feeds.service import refresh_due
    from signoff.publish.dispatcher import publish_due_posts
    from signoff.store.engine import open_database

    settings = get_settings()
    db = open_database(settings)
    refresh_due(db, now=datetime.now(UTC), every=timedelta(seconds=settings.news_refresh_seconds))
    stats = publish_due_posts(
        db,
        settings=settings,
        now=datetime.now(UTC),
        news=list(settings.news_feeds) or None,
    )
    return stats.to_dict()


@huey.periodic_task(crontab(minute="*"))
def publish_due_posts_task() -> dict[str, Any]:
    return run_publish_round()


@huey.task()
def publish_now() -> dict[str, Any]:
    """Enqueue a round right away (e.g. after an approval with no cool-off)."""
    return run_publish_round()
