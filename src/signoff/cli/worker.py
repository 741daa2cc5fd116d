"""`signoff worker [--once]`: publish due posts (and run the job queue) in the foreground."""

from __future__ import annotations

from typing import Annotated

import typer

from signoff.cli._db import FormatOption, console, emit_json
from signoff.jobs.worker import run_worker
from signoff.publish.dispatcher import PostOutcome, PublishStats
from signoff.vocab import Format


def _summary(stats: PublishStats) -> str:
    return (
        f"published {stats.published} (recovered {stats.recovered}), failed {stats.failed}, "
        f"retrying {stats.retrying}, back to review {stats.back_to_review}, "
        f"held by pause {stats.held_by_pause}"
    )


def _line(o: PostOutcome) -> str:
    """What happened to one post: `draft 12 @jopa published (outbox-3f2a...)`."""
    return f"draft {o.draft_id} @{o.account} {o.outcome}" + (f": {o.detail}" if o.detail else "")


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="One publishing round, print what happened, exit")
    ] = False,
    no_queue: Annotated[
        bool, typer.Option("--no-queue", help="Only the publish loop, no Huey consumer")
    ] = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Publish posts as they come due (cool-off over, account not paused); Ctrl-C stops.

    Each post's outcome is printed on its own line (draft, account, what happened). A post that cannot
    be published (no connector for its platform, rejected by the platform, too many failed tries) ends
    `failed` with the reason (`signoff drafts show ID`); the other accounts' posts still go out.

    Exit status with --once: 0 when the round ran, whatever happened to each post (failed posts are
    listed, and counted under "failed"); 2 when it could not run (database or Redis unreachable,
    data directory not initialised, bad settings).
    """
    from signoff.config import get_settings
    from signoff.store.install import require_install

    require_install(get_settings())

    def report(stats: PublishStats) -> None:
        if once:
            return
        for outcome in stats.outcomes:
            console.print(_line(outcome), markup=False, highlight=False)
        if stats.outcomes:
            console.print(_summary(stats), highlight=False)

    stats = run_worker(once=once, queue=not no_queue, on_round=report)
    if once:
        if out_format == "json":
            emit_json(stats.to_dict())
        else:
            for outcome in stats.outcomes:
                console.print(_line(outcome), markup=False, highlight=False)
            console.print(_summary(stats), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
