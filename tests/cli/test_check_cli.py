"""`signoff check`: exit codes like a linter, the JSON shape, clear errors on bad input, and batch mode.

Exit codes and error messages are tested through the installed command in a subprocess (the real `main`, which
turns SignoffError into a one-line message and exit 2); the JSON shape in-process with typer's CliRunner.
Verdicts that must be review use the platform-length check (a post over 280 weighted characters on X), the
most stable signal there is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.errors import InputError

AT = "2024-06-01T12:00:00Z"
CALM = "Lovely morning for a run along the river."
TOO_LONG = "a" * 281  # over X's limit -> SO401 review (with --no-long-posts or "long_posts": false)
ONE_MB = "x" * 1_000_000


def signoff_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "signoff"
    return [str(exe)] if exe.is_file() else [sys.executable, "-c", "from signoff.cli.app import main; main()"]


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*signoff_cmd(), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=180,
        env={**os.environ, **(env or {})},
        check=False,
    )


def jsonl(*records: dict[str, Any] | bytes) -> bytes:
    """JSON lines; a bytes record is written as is (for broken lines)."""
    out = b""
    for rec in records:
        out += (rec if isinstance(rec, bytes) else json.dumps(rec).encode("utf-8")) + b"\n"
    return out


def out_lines(proc: subprocess.CompletedProcess) -> list[dict[str, Any]]:
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


# --- exit codes


def test_pass_exits_0() -> None:
    proc = run("check", CALM, "--at", AT)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "PASS" in proc.stdout.decode()


def test_review_exits_1_and_shows_the_finding_and_fix() -> None:
    proc = run("check", TOO_LONG, "--at", AT, "--no-long-posts")
    assert proc.returncode == 1, proc.stderr.decode()
    text = proc.stdout.decode()
    assert "REVIEW" in text and "SO401" in text and "fix:" in text


def test_hold_exits_1() -> None:
    result = CliRunner().invoke(app, ["check", "You are a worthless idiot.", "--at", AT, "--format", "json"])
    assert json.loads(result.stdout)["verdict"] == "hold"
    assert result.exit_code == 1


def test_stdin_dash_reads_the_draft() -> None:
    proc = run("check", "-", "--at", AT, "--format", "json", "--no-long-posts", stdin=TOO_LONG.encode())
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["verdict"] == "review"


# --- JSON shape (in-process)

runner = CliRunner()


def test_json_output_has_verdict_and_complete_findings() -> None:
    result = runner.invoke(app, ["check", TOO_LONG, "--at", AT, "--format", "json", "--no-long-posts"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"verdict", "findings", "not_run"}
    assert data["verdict"] == "review"
    finding = next(f for f in data["findings"] if f["code"] == "SO401")
    assert set(finding) == {"code", "check", "severity", "message", "span", "fix", "autofix", "evidence"}
    assert finding["check"] == "platform-length"
    assert finding["severity"] == "review"
    assert finding["span"] == {"start": 0, "end": 281}
    assert finding["evidence"]["limit"] == 280 and finding["evidence"]["length"] == 281
    assert isinstance(finding["message"], str) and isinstance(finding["fix"], str)


def test_json_output_of_a_clean_draft_is_pass_with_info_findings_at_most() -> None:
    result = runner.invoke(app, ["check", CALM, "--at", AT, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["verdict"] == "pass"
    assert all(f["severity"] == "info" for f in data["findings"])


# --- bad input: InputError (exit code 2) in-process; the real command prints one line and exits 2


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("feeds")
    (d / "broken.xml").write_text("<rss><channel><item><title>half a feed", encoding="utf-8")
    (d / "empty.xml").write_bytes(b"")
    (d / "bad.json").write_text('{"items": 3}', encoding="utf-8")
    (d / "folder").mkdir()
    return {
        "missing": d / "nope.xml",
        "broken": d / "broken.xml",
        "empty": d / "empty.xml",
        "bad_json": d / "bad.json",
        "folder": d / "folder",
    }


BAD_INPUTS = [
    pytest.param(["check", ""], None, "empty", id="empty-text"),
    pytest.param(["check", "   \n\t"], None, "empty", id="blank-text"),
    pytest.param(["check", "-"], ONE_MB.encode(), "1,000,000 characters", id="one-megabyte-text"),
    pytest.param(["check", "-"], b"caf\xe9 au lait", "UTF-8", id="invalid-utf8-stdin"),
    pytest.param(["check", "hi", "--platform", "myspace"], None, "unknown platform", id="unknown-platform"),
    pytest.param(["check", "hi", "--account-kind", "robot"], None, "account kind", id="unknown-account"),
    pytest.param(["check", "hi", "--at", "yesterday"], None, "ISO 8601", id="malformed-time"),
    pytest.param(["check", "hi", "--at", "2024-06-01T12:00:00"], None, "time zone", id="time-without-zone"),
    pytest.param(["check"], None, "TEXT", id="no-text"),
    pytest.param(["check", "hi", "--jsonl", "x.jsonl"], None, "either", id="text-and-jsonl"),
]


@pytest.mark.parametrize(("args", "stdin", "says"), BAD_INPUTS)
def test_bad_input_raises_input_error_with_a_clear_message(
    args: list[str], stdin: bytes | None, says: str
) -> None:
    result = runner.invoke(app, args, input=stdin)
    assert isinstance(result.exception, InputError), (result.exception, result.output)
    assert result.exception.exit_code == 2
    assert says in str(result.exception)


@pytest.mark.parametrize("command", [["check", "hi"], ["checks"], ["explain", "SO101"]])
def test_unknown_format_is_a_usage_error_listing_the_choices(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--format", "xml"])
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert "Invalid value for '--format'" in text and "'xml' is not one of 'text', 'json'" in text


@pytest.mark.parametrize(
    ("feed", "says"),
    [("missing", "does not exist"), ("broken", "well-formed"), ("empty", "empty"), ("bad_json", "items"),
     ("folder", "folder")],
)
def test_unreadable_or_malformed_news_feed_raises_input_error(
    feeds: dict[str, Path], feed: str, says: str
) -> None:
    result = runner.invoke(app, ["check", "hi", "--at", AT, "--news", str(feeds[feed])])
    assert isinstance(result.exception, InputError), (result.exception, result.output)
    assert result.exception.exit_code == 2
    assert feeds[feed].name in str(result.exception) and says in str(result.exception)


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        pytest.param(["check", ""], None, "empty", id="empty-text"),
        pytest.param(["check", "-"], b"caf\xe9 au lait", "UTF-8", id="invalid-utf8-stdin"),
        pytest.param(["check", "-"], ONE_MB.encode(), "1,000,000 characters", id="one-megabyte-text"),
        pytest.param(["check", "hi", "--at", "yesterday"], None, "ISO 8601", id="malformed-time"),
    ],
)
def test_command_prints_one_error_line_and_exits_2(args: list[str], stdin: bytes | None, says: str) -> None:
    proc = run(*args, stdin=stdin)
    err = proc.stderr.decode()
    assert proc.returncode == 2, (proc.returncode, err)
    assert err.startswith("error: ") and says in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert proc.stdout == b""


def test_command_with_malformed_news_feed_exits_2(feeds: dict[str, Path]) -> None:
    proc = run("check", "hi", "--at", AT, "--news", str(feeds["broken"]))
    assert proc.returncode == 2
    assert "well-formed" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_malformed_news_feed_stops_a_batch_before_any_line_runs(feeds: dict[str, Path]) -> None:
    proc = run("check", "--jsonl", "-", "--news", str(feeds["broken"]), stdin=jsonl({"id": 1, "text": CALM}))
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert "well-formed" in proc.stderr.decode()


def test_missing_jsonl_file_gives_exit_2(tmp_path: Path) -> None:
    proc = run("check", "--jsonl", str(tmp_path / "none.jsonl"))
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr.decode()


# --- batch --jsonl

BAD_LINES: dict[str, bytes] = {
    "invalid-json": b'{"id": "bad-json", "text": "unterminated',
    "invalid-utf8": b'{"id": "bad-utf8", "text": "caf\xe9"}',
    "missing-text": b'{"id": "no-text", "body": "hello"}',
    "bad-time": b'{"id": "bad-time", "text": "hello", "at": "next tuesday"}',
    "one-megabyte": json.dumps({"id": "huge", "text": ONE_MB}).encode(),
    "not-an-object": b'["a", "list"]',
    "unknown-platform": b'{"id": "myspace", "text": "hello", "platform": "myspace"}',
    "news-not-a-list": b'{"id": "news-path", "text": "hello", "news": "/etc/hostname"}',
}
BAD_ERRORS = {
    "invalid-json": "not valid JSON",
    "invalid-utf8": "UTF-8",
    "missing-text": '"text"',
    "bad-time": "ISO 8601",
    "one-megabyte": "characters",
    "not-an-object": "JSON object",
    "unknown-platform": "unknown platform",
    "news-not-a-list": "must be a list",
}


@pytest.fixture(scope="module")
def mixed_batch() -> tuple[subprocess.CompletedProcess, list[str]]:
    """Good lines interleaved with one bad line of every kind; returns the run and each line's kind."""
    records: list[dict[str, Any] | bytes] = []
    kinds: list[str] = []
    for i, (kind, bad) in enumerate(BAD_LINES.items()):
        records.append({"id": f"good-{i}", "text": f"{CALM} ({i})", "at": AT})
        kinds.append("good")
        records.append(bad)
        kinds.append(kind)
    records.append({"id": 99, "text": TOO_LONG, "at": AT, "long_posts": False})
    kinds.append("review")
    return run("check", "--jsonl", "-", stdin=jsonl(*records)), kinds


def test_batch_writes_one_line_per_input_line_in_order(mixed_batch) -> None:
    proc, kinds = mixed_batch
    lines = out_lines(proc)
    assert len(lines) == len(kinds)
    assert [r["line"] for r in lines if "error" in r] == [i + 1 for i, k in enumerate(kinds) if k not in
                                                          ("good", "review")]
    assert [r["id"] for r in lines if "verdict" in r] == [f"good-{i}" for i in range(len(BAD_LINES))] + [99]


@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_batch_bad_line_yields_an_error_object(mixed_batch, kind: str) -> None:
    proc, kinds = mixed_batch
    row = out_lines(proc)[kinds.index(kind)]
    assert set(row) == {"id", "line", "error"}
    assert row["line"] == kinds.index(kind) + 1
    assert BAD_ERRORS[kind] in row["error"], row["error"]


def test_batch_keeps_ids_of_bad_lines_it_could_parse(mixed_batch) -> None:
    proc, kinds = mixed_batch
    rows = out_lines(proc)
    assert rows[kinds.index("missing-text")]["id"] == "no-text"
    assert rows[kinds.index("bad-time")]["id"] == "bad-time"
    assert rows[kinds.index("invalid-json")]["id"] is None  # nothing could be read from it


def test_batch_good_lines_still_run_next_to_bad_ones(mixed_batch) -> None:
    proc, kinds = mixed_batch
    rows = out_lines(proc)
    good = [rows[i] for i, k in enumerate(kinds) if k == "good"]
    assert all(r["verdict"] == "pass" and r["id"].startswith("good-") for r in good)
    assert rows[kinds.index("review")]["verdict"] == "review"


def test_batch_with_any_bad_line_exits_2(mixed_batch) -> None:
    proc, _ = mixed_batch
    assert proc.returncode == 2


def test_batch_exit_code_is_worst_verdict(tmp_path: Path) -> None:
    calm = tmp_path / "calm.jsonl"
    calm.write_bytes(jsonl({"id": "a", "text": CALM, "at": AT}, {"id": "b", "text": "Bye!", "at": AT}))
    assert run("check", "--jsonl", str(calm)).returncode == 0
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(jsonl({"id": "a", "text": CALM, "at": AT},
                            {"id": "b", "text": TOO_LONG, "at": AT, "long_posts": False}))
    proc = run("check", "--jsonl", str(mixed))
    assert proc.returncode == 1
    assert [r["verdict"] for r in out_lines(proc)] == ["pass", "review"]


def test_batch_line_fields_override_command_line_defaults() -> None:
    prose = ("Lovely morning for a run along the river. " * 10)[:400]  # long, but words (not SO602's mash)
    records = jsonl({"id": "x", "text": prose}, {"id": "m", "text": prose, "platform": "mastodon"},
                    {"id": "p", "text": prose, "long_posts": True})
    proc = run("check", "--jsonl", "-", "--at", AT, "--no-long-posts", stdin=records)
    assert [r["verdict"] for r in out_lines(proc)] == ["review", "pass", "pass"]


def test_long_posts_unknown_is_a_note_and_a_bad_value_an_error() -> None:
    records = jsonl({"id": "u", "text": TOO_LONG, "at": AT}, {"id": "bad", "text": TOO_LONG, "at": AT,
                                                             "long_posts": "yes"})
    rows = out_lines(run("check", "--jsonl", "-", stdin=records))
    assert rows[0]["verdict"] == "pass"
    assert [(f["code"], f["severity"]) for f in rows[0]["findings"]] == [("SO401", "info")]
    assert "long_posts" in rows[1]["error"]
    proc = run("check", TOO_LONG, "--at", AT, "--long-posts")
    assert proc.returncode == 0 and "SO401" not in proc.stdout.decode()


def test_batch_tolerates_a_utf8_byte_order_mark() -> None:
    proc = run("check", "--jsonl", "-", stdin=b"\xef\xbb\xbf" + jsonl({"id": 1, "text": CALM, "at": AT}))
    assert proc.returncode == 0
    assert [(r["id"], r["verdict"]) for r in out_lines(proc)] == [(1, "pass")]


def test_batch_progress_bar_goes_to_stderr_only() -> None:
    n = 5000  # large enough that the progress bar shows
    records = jsonl(*({"id": i, "text": f"note {i}", "at": AT} for i in range(n)))
    proc = run("check", "--jsonl", "-", stdin=records, env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"})
    assert proc.returncode in (0, 1), proc.stderr.decode()[-500:]
    rows = out_lines(proc)  # every stdout line is JSON: no progress output mixed in
    assert [r["id"] for r in rows] == list(range(n))
    assert "preflight" in proc.stderr.decode()
