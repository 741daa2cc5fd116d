"""`signoff classify`: one JSON line per input line, bad lines become error objects, the rest still run."""

from __future__ import annotations

import io
import json

from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.cli.classify import MAX_LINE_BYTES, classify_lines
from signoff.ml.registry import load_model


def _run(lines: list[bytes]) -> list[dict]:
    out = io.StringIO()
    classify_lines(load_model("offensive", "fast"), lines, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_a_label_from_mapping_and_all_scores() -> None:
    records = _run([b"you are a pathetic idiot", b"thank you all for coming tonight"])
    assert [r["label"] for r in records] == ["offensive", "not-offensive"]
    assert set(records[0]["scores"]) == {"not-offensive", "offensive"}


def test_bad_lines_become_errors_blank_lines_are_skipped_and_the_rest_still_run() -> None:
    huge = b"a" * (MAX_LINE_BYTES + 1)
    wide_space = "\u3000".encode()
    lines = [b"hello friends", b"", b"\xff\xfe broken", huge, b"   ", wide_space, b"you absolute moron"]
    records = _run(lines)
    assert len(records) == 4
    assert records[0]["label"] == "not-offensive"
    assert [r.get("line") for r in records[1:3]] == [3, 4]
    assert "UTF-8" in records[1]["error"]
    assert "1 MB" in records[2]["error"]
    assert records[3]["label"] == "offensive"


def test_cli_skips_a_blank_line_and_exits_2_only_when_a_line_was_bad() -> None:
    result = CliRunner().invoke(
        app, ["classify", "irony"], input="What a lovely day\n\nOh great, more rain\n"
    )
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert result.exit_code == 0, result.output
    assert len(lines) == 2 and all("label" in rec for rec in lines)
    assert lines[0]["label"] in ("irony", "non_irony")
    bad = CliRunner().invoke(app, ["classify", "irony"], input=b"fine\n\xff\xfe\n")
    assert bad.exit_code == 2 and "error" in json.loads(bad.stdout.splitlines()[1])


def test_cli_reads_a_file_and_rejects_an_unknown_tier(tmp_path) -> None:
    path = tmp_path / "texts.txt"
    path.write_text("so happy for you!\nthis is awful\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", "emotion", "--file", str(path)])
    assert result.exit_code == 0
    assert [json.loads(x)["label"] for x in result.stdout.splitlines()][0] in ("joy", "optimism")
    bad = CliRunner().invoke(app, ["classify", "emotion", "--tier", "huge", "--file", str(path)])
    assert bad.exit_code != 0


def test_models_list_and_eval_print_figures() -> None:
    listing = CliRunner().invoke(app, ["models", "list"])
    assert listing.exit_code == 0 and "sentiment" in listing.stdout
    result = CliRunner().invoke(app, ["models", "eval", "irony", "--split", "val", "--json"])
    figures = json.loads(result.stdout)
    assert figures["metric"] == "macro_f1" and 0.5 < figures["score"] <= 1.0
    assert set(figures["per_class"]) == {"non_irony", "irony"} and figures["texts_per_s"] > 0
