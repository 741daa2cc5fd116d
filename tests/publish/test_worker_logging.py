"""The worker's log: a queue error repeated on every poll (Redis down) is one line, not a traceback each."""

from __future__ import annotations

import io
import logging

from signoff.jobs.worker import _OncePerPeriod


def test_repeated_queue_errors_are_one_line_per_period_without_traceback() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(_OncePerPeriod(period=3600))
    logger = logging.getLogger("huey.consumer.test")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for _ in range(50):
            try:
                raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
            except ConnectionError:
                logger.exception("Error reading from queue")
        logger.warning("something else")
    finally:
        logger.removeHandler(handler)
    lines = out.getvalue().splitlines()
    assert lines == [
        "Error reading from queue: ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection "
        "refused. (repeats hidden for 3600 s)",
        "something else",
    ]
