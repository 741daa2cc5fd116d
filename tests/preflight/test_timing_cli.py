"""CLI face of the timing checks: --news errors exit 2 with one clear line; `signoff demo` replays it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from signoff.cli.app import app
from signoff.cli.demo import sample_feed_path


def signoff_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "signoff"
    return [str(exe)] if exe.is_file() else [sys.executable, "-c", "from signoff.cli.app import main; main()"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*signoff_cmd(), *args], capture_output=True, timeout=120, check=False)


def test_check_with_malformed_feed_exits_2_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<rss><channel><item><title>x</title></channel>", encoding="utf-8")
    proc = run("check", "x", "--news", str(bad), "--at", "2011-11-10T03:30:00Z")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "bad.xml is not well-formed XML" in err
    assert "Traceback" not in err


def test_check_with_missing_feed_exits_2(tmp_path: Path) -> None:
    proc = run("check", "x", "--news", str(tmp_path / "missing.xml"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr.decode()


def test_check_holds_the_hot_take_with_the_bundled_feed() -> None:
    proc = run(
        "check",
        "How do you fire Jo Pa? #insult #noclass",
        "--news",
        sample_feed_path(),
        "--at",
        "2011-11-09T22:30:00-05:00",
        "--format",
        "json",
    )
    assert proc.returncode == 1
    assert '"SO201"' in proc.stdout.decode()


def test_demo_holds_the_hot_take_and_passes_the_apology(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo"], env={"COLUMNS": "200", "SIGNOFF_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "HOLD" in out
    assert "Penn State trustees fire Joe Paterno and president Graham Spanier" in out
    assert "PASS" in out
    assert "25 minutes" in out
    assert "^AK" in out and (tmp_path / "team-demo" / "outbox" / "jopa.jsonl").is_file()
