"""The README's team-workflow tour, pasted into a fresh shell, runs with every `--as` proven (issue 10).

The block is read from README.md as it stands, so a tour that stops working fails here. Only `signoff worker`
(which runs until stopped) becomes `signoff worker --once`; each line must exit 0 (`bash -e`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _tour() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("Team workflow (")
    block = re.search(r"```bash\n(.*?)```", text[start:], re.S)
    assert block, "README's team workflow has no bash block"
    return re.sub(r"^signoff worker\b.*$", "signoff worker --once", block.group(1), flags=re.M)


@pytest.mark.slow
def test_readme_tour_runs_in_a_fresh_shell(tmp_path: Path) -> None:
    tour = _tour()
    assert "signoff login" in tour or "--password-stdin" in tour
    needed = sorted(set(re.findall(r"\$([A-Z_]+_PASSWORD)", tour)))
    readme = README.read_text(encoding="utf-8")
    assert needed and all(f"`{name}`" in readme for name in needed), (
        "the tour must say which variables it needs"
    )
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(tmp_path / "home"),
        "SIGNOFF_DATA_DIR": str(tmp_path / "data"),
        "COLUMNS": "200",
        **{name: f"{name.lower()}-for-the-tour" for name in needed},
    }
    proc = subprocess.run(
        ["bash", "-e", "-c", tour], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "logged in as" in proc.stdout and "Traceback" not in proc.stderr
    sessions = list((tmp_path / "home").glob(".config/signoff/sessions/*/*.json"))
    assert sessions and all(p.stat().st_mode & 0o077 == 0 for p in sessions)
