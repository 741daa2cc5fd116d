"""`signoff --version`; `--format json` on `models list` and `models eval` (`--json` still accepted)."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

import signoff
from signoff.cli.app import app

runner = CliRunner()


def test_version_prints_the_package_version_without_loading_commands() -> None:
    code = (
        "import sys; from signoff.cli.app import main; sys.argv = ['signoff', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('signoff.cli.') and m != 'signoff.cli.app'))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, loaded = proc.stdout.splitlines()
    assert first == f"signoff {signoff.__version__}"
    assert loaded == "[]"


def test_models_list_as_json() -> None:
    rows = json.loads(runner.invoke(app, ["models", "list", "--format", "json"]).stdout)
    offensive = next(r for r in rows if r["task"] == "offensive" and r["tier"] == "fast")
    assert offensive["labels"] == ["not-offensive", "offensive"] and offensive["size_bytes"] > 0


def test_models_eval_takes_format_json_and_the_old_json_flag() -> None:
    for flag in (["--format", "json"], ["--json"]):
        result = runner.invoke(app, ["models", "eval", "irony", "--split", "val", *flag])
        figures = json.loads(result.stdout)
        assert figures["tier"] == "fast" and figures["metric"] == "macro_f1"
    bad = runner.invoke(app, ["models", "list", "--format", "xml"])
    assert bad.exit_code == 2 and "Invalid value for '--format'" in bad.output


def test_every_format_option_is_one_choice_of_text_or_json() -> None:
    for command in (
        ["audit", "verify"],
        ["drafts", "show"],
        ["accounts", "list"],
        ["check"],
        ["models", "eval"],
    ):
        help_text = runner.invoke(app, [*command, "--help"]).output
        assert "<text|json>" in help_text, command
