"""`signoff check` says which checks did not run; `--fix`; `checks` and `explain` as JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.cli.demo import sample_feed_path
from signoff.errors import InputError

runner = CliRunner()
HOT_TAKE = "How do you fire Jo Pa? #insult #noclass"
HOT_TAKE_AT = "2011-11-09T22:30:00-05:00"


def test_check_without_news_says_the_timing_checks_did_not_run_and_how_to_fix_it() -> None:
    result = runner.invoke(app, ["check", HOT_TAKE, "--at", HOT_TAKE_AT])
    assert result.exit_code == 1, result.output
    (line,) = [ln.strip() for ln in result.stdout.splitlines() if "did not run" in ln]
    assert line.startswith("timing checks did not run (")
    named = line.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert "SO201" in named and "SO202 in part" in named  # and any other check that reads the news
    assert line.endswith("): no news configured — `--news FILE` or `signoff feeds add`")


def test_check_json_carries_not_run() -> None:
    result = runner.invoke(app, ["check", HOT_TAKE, "--at", HOT_TAKE_AT, "--format", "json"])
    data = json.loads(result.stdout)
    assert {"code": "SO201", "because": "no news given"} in data["not_run"]


def test_check_with_news_has_no_not_run_line() -> None:
    args = ["check", HOT_TAKE, "--at", HOT_TAKE_AT, "--news", str(sample_feed_path())]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "did not run" not in result.stdout
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    assert data["not_run"] == [] and "SO201" in {f["code"] for f in data["findings"]}


def test_batch_lines_carry_not_run(tmp_path) -> None:
    path = tmp_path / "drafts.jsonl"
    path.write_text(json.dumps({"id": 1, "text": HOT_TAKE, "at": HOT_TAKE_AT}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--jsonl", str(path)])
    row = json.loads(result.stdout)
    assert {"code": "SO201", "because": "no news given"} in row["not_run"]


def test_fix_prints_the_draft_with_the_safe_fixes_applied() -> None:
    result = runner.invoke(app, ["check", "--fix", "Join us at #susanalbumparty tonight"])
    assert result.stdout.splitlines()[0] == "Join us at #SusanAlbumParty tonight"
    assert result.exit_code == 0  # the fixed draft passes


def test_fix_as_json_lists_the_applied_edits() -> None:
    result = runner.invoke(
        app, ["check", "--fix", "--format", "json", "Join us at #susanalbumparty tonight"]
    )
    data = json.loads(result.stdout)
    assert data["text"] == "Join us at #SusanAlbumParty tonight"
    (applied,) = data["applied"]
    assert applied["code"] == "SO403"
    assert applied["autofix"] == {
        "safe": True, "edits": [{"start": 11, "end": 27, "replacement": "#SusanAlbumParty"}]
    }
    assert data["after"]["verdict"] == "pass"


def test_fix_refuses_a_batch(tmp_path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "hi"}\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "--fix", "--jsonl", str(path)])
    assert isinstance(result.exception, InputError) and "--fix" in str(result.exception)


def test_checks_and_explain_take_format_json() -> None:
    listing = json.loads(runner.invoke(app, ["checks", "--format", "json"]).stdout)
    so201 = next(c for c in listing if c["code"] == "SO201")
    assert so201["name"] == "developing-story" and "news" in so201["requires"]
    one = json.loads(runner.invoke(app, ["explain", "SO202", "--format", "json"]).stdout)
    assert one["code"] == "SO202" and one["optional"] == ["news"] and one["explanation"]
    bad = runner.invoke(app, ["checks", "--format", "yaml"])
    assert bad.exit_code == 2 and "Invalid value for '--format'" in bad.output
