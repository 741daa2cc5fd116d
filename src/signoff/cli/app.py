"""Root Typer app. Each command group lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer

from signoff.errors import SignoffError

_app = typer.Typer(
    name="signoff",
    help="Preflight, approve and publish social posts honestly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

def _print_version(value: bool) -> None:
    if value:
        from signoff import __version__

        typer.echo(f"signoff {__version__}")
        raise typer.Exit()


@_app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Preflight, approve and publish social posts honestly."""  # keeps a one-command load a group


#: Top-level command -> the module that registers it (each module exposes `register(app)`).
COMMANDS: dict[str, str] = {
    "check": "check_cmd",
    "explain": "check_cmd",
    "checks": "check_cmd",
    "demo": "demo",
    "init": "init_cmd",
    "users": "users",
    "login": "login",
    "logout": "login",
    "accounts": "accounts",
    "members": "members",
    "drafts": "drafts",
    "audit": "audit",
    "feeds": "feeds",
    "worker": "worker",
    "classify": "classify",
    "models": "models_cmd",
}


_registered: set[str] = set()


def _register(argv: list[str]) -> typer.Typer:
    """Import only the module the invoked command needs (the database and model stacks take a second to
    import); `signoff`, `--help` or an unknown command load them all so help lists everything."""
    wanted = COMMANDS.get(argv[0]) if argv else None
    if argv and argv[0] == "--version":
        return _app  # no command module needed
    modules = [wanted] if wanted else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        if name not in _registered:
            importlib.import_module(f"signoff.cli.{name}").register(_app)
            _registered.add(name)
    return _app


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the whole app, every command registered (tests, embedding)
        return _register([])
    raise AttributeError(name)


def main() -> None:
    cli = _register(sys.argv[1:])
    try:
        cli()
    except SignoffError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
