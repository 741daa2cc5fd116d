"""Start-up: `signoff --help` and `import signoff` load only what they need (no timing here: that is
benchmarks/startup.py); the fast help listing prints exactly what the full app prints."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from signoff.cli import app as app_module

HEAVY = ("sqlalchemy", "numpy", "sklearn", "alembic", "signoff.preflight.engine", "signoff.workflow")


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    return set(proc.stdout.splitlines())


def test_help_listing_prints_what_the_full_app_prints() -> None:
    listing = app_module.help_listing_app()
    assert listing is not None, "a command has no entry in SUMMARIES (cli/app.py)"
    runner = CliRunner()
    fast = runner.invoke(listing, ["--help"], terminal_width=120)
    full = runner.invoke(app_module.app, ["--help"], terminal_width=120)
    assert fast.exit_code == full.exit_code == 0
    assert fast.stdout == full.stdout, "update SUMMARIES in cli/app.py to match the commands' help"


def test_top_level_help_imports_no_command_module_and_no_heavy_stack() -> None:
    code = (
        "import sys; sys.argv = ['signoff', '--help']\n"
        "from signoff.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    assert "typer" in loaded
    assert not {m for m in loaded if m.startswith(HEAVY)}
    assert not {m for m in loaded if m.startswith("signoff.cli.") and m != "signoff.cli.app"}


def test_import_signoff_is_light_and_the_public_api_loads_on_use() -> None:
    assert not {m for m in _modules_after("import signoff") if m.startswith(HEAVY)}
    loaded = _modules_after("import signoff; signoff.Engine")
    assert "signoff.preflight.engine" in loaded
