"""`signoff classify TASK`: one text per line in, one JSON object per line out (blank lines are skipped)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from signoff.errors import InputError

if TYPE_CHECKING:  # the model stack (numpy) loads when a command runs, not for `signoff --help`
    from signoff.ml.registry import TextClassifier

MAX_LINE_BYTES = 1_000_000
CHUNK = 1024


def decode_line(raw: bytes) -> str | None:
    """The text of one input line (None for a blank line: skipped), or InputError saying why it cannot
    be classified."""
    if len(raw) > MAX_LINE_BYTES:
        raise InputError(f"line is {len(raw)} bytes; the limit is {MAX_LINE_BYTES} (1 MB)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"line is not valid UTF-8 (byte {exc.start}); save the input as UTF-8") from exc
    if not text.strip():
        return None
    return text


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\n").rstrip(b"\r")


def classify_lines(model: TextClassifier, lines: Iterable[bytes], out: IO[str]) -> int:
    """Writes one record per non-blank input line, in order (an {"line", "error"} record for a line that
    cannot be read); blank lines are skipped. Returns how many lines were errors."""
    from signoff.ml.registry import classify

    errors = 0
    pending: list[tuple[int, bytes]] = []

    def flush() -> None:
        nonlocal errors
        results: list[dict[str, Any]] = []
        texts, slots = [], []
        for lineno, raw in pending:
            try:
                text = decode_line(raw)
                if text is None:
                    continue
                texts.append(text)
                slots.append(len(results))
                results.append({})
            except InputError as exc:
                results.append({"line": lineno, "error": str(exc)})
                errors += 1
        for slot, rec in zip(slots, classify(model, texts), strict=True):
            results[slot] = rec
        for rec in results:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
        pending.clear()

    for lineno, raw in enumerate(lines, start=1):
        pending.append((lineno, raw))
        if len(pending) >= CHUNK:
            flush()
    if pending:
        flush()
    return errors


def classify_cmd(
    task: Annotated[str, typer.Argument(help="offensive, hate, irony, emotion or sentiment")],
    tier: Annotated[
        str, typer.Option(help="fast (every keystroke, firehose) or strong (preflight)")
    ] = "fast",
    file: Annotated[
        Path | None, typer.Option("--file", help="Read texts from this file instead of stdin")
    ] = None,
) -> None:
    """Classify texts, one per line: writes {"label", "scores"} per line (an {"error"} for a bad line;
    blank lines are skipped)."""
    from signoff.ml.data import check_task
    from signoff.ml.registry import check_tier, load_model

    model = load_model(check_task(task), check_tier(tier))
    if file is not None:
        try:
            stream: IO[bytes] = file.open("rb")
        except OSError as exc:
            raise InputError(f"cannot read {file}: {exc.strerror}") from exc
    else:
        stream = sys.stdin.buffer
    with stream:
        errors = classify_lines(model, _lines(stream), sys.stdout)
    raise typer.Exit(2 if errors else 0)


def register(app: typer.Typer) -> None:
    app.command("classify")(classify_cmd)
