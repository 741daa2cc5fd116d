"""`signoff worker [--once]`: publish due posts (and run the job queue) in the foreground."""

from __future__ import annotations

from typing import Annotated

import typer

from signoff.cli._db import FormatOption, check_format, console, emit_json
from signoff.jobs.worker import run_worker
from signoff.publish.dispatcher import PublishStats


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="One publishing round, print what happened, exit")
    ] = False,
    no_queue: Annotated[
        bool, typer.Option("--no-queue", help="Only the publish loop, no Huey consumer")
    ] = False,
    out_format: FormatOption = "text",
) -> None:
    """Publish posts as they come due (cool-off over, account not paused); Ctrl-C stops."""
    check_format(out_format)

    def report(stats: PublishStats) -> None:
        if once:
            return
        if stats.published or stats.held_by_pause or stats.back_to_review or stats.failed:
            console.print(
                f"published {stats.published}, back to review {stats.back_to_review}, "
                f"held by pause {stats.held_by_pause}, failed {stats.failed}",
                highlight=False,
            )

    stats = run_worker(once=once, queue=not no_queue, on_round=report)
    if once:
        if out_format == "json":
            emit_json(stats.to_dict())
        else:
            console.print(
                f"published {stats.published} (recovered {stats.recovered}), back to review "
                f"{stats.back_to_review}, held by pause {stats.held_by_pause}, failed {stats.failed}",
                highlight=False,
            )
            for err in stats.errors:
                console.print(f"  {err}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
