"""Root Typer app. Each command group lives in its own module and registers itself here."""

from __future__ import annotations

import sys

import typer

from signoff.errors import SignoffError

app = typer.Typer(
    name="signoff",
    help="Preflight, approve and publish social posts honestly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # Command groups: each module exposes `register(app)`.
    from signoff.cli import accounts, audit, check_cmd, classify, drafts, init_cmd, members, models_cmd, users
    from signoff.cli import demo as demo_cmd
    from signoff.cli import worker as worker_cmd

    groups = (check_cmd, init_cmd, users, accounts, members, drafts, audit, classify, models_cmd, worker_cmd,
              demo_cmd)
    for module in groups:
        module.register(app)


_register()


def main() -> None:
    try:
        app()
    except SignoffError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)
