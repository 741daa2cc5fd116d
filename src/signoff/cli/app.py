"""Root Typer app. Each command group lives in its own module and registers itself here."""

from __future__ import annotations

import gc
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


#: What `signoff --help` lists for each command (the first paragraph of its help), so that the top-level
#: help imports no command module (the database stack alone takes about half a second to import). A
#: command missing here makes `--help` import every module instead; tests/cli/test_startup.py checks
#: that this listing prints exactly what the full app prints.
SUMMARIES: dict[str, str] = {
    "check": "Preflight a draft: exit 0 pass, 1 review or hold, 2 error.",
    "explain": "Explain what a check looks for, why it matters and how to fix what it finds.",
    "checks": "List every registered check: code, name, default severity, what it needs.",
    "demo": "Replay the story signoff exists to prevent, on bundled sample news: exit 0 when it goes as "
    "designed.",
    "init": "Create the data directory and database (SQLite by default), or migrate an existing one.",
    "login": "Log in to this install: `--as NAME` then works without the password until the session "
    "expires\n(SIGNOFF_SESSION_HOURS, default 12). The session lives in your config directory, mode 0600.",
    "logout": "End the session(s) this OS user holds for this install, here and in the database.",
    "worker": "Publish posts as they come due (cool-off over, account not paused); Ctrl-C stops.",
    "classify": 'Classify texts, one per line: writes {"label", "scores"} per line (an {"error"} for a bad '
    "line;\nblank lines are skipped).",
    "users": "People who use signoff.",
    "accounts": "Social accounts and their policies.",
    "members": "Who may do what on an account.",
    "drafts": "Write, approve and schedule posts.",
    "audit": "The tamper-evident audit log.",
    "feeds": "News feeds the timing checks read (stored, refreshed by the worker).",
    "models": "Trained language models: list them, evaluate them.",
}
#: The commands above that are groups of subcommands (help lists them after the plain commands).
GROUPS = frozenset({"users", "accounts", "members", "drafts", "audit", "feeds", "models"})


_registered: set[str] = set()


def _not_loaded() -> None:  # pragma: no cover - main() never routes a command here
    raise SystemExit("internal error: a help-only command stub was invoked")


def help_listing_app() -> typer.Typer | None:
    """An app that only prints the top-level help, from SUMMARIES (None when a command lacks one)."""
    if set(COMMANDS) - set(SUMMARIES):
        return None
    listing = typer.Typer(
        name=_app.info.name,
        help=_app.info.help,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    listing.callback()(_root)
    for name in COMMANDS:
        if name in GROUPS:
            listing.add_typer(typer.Typer(help=SUMMARIES[name]), name=name)
        else:
            listing.command(name, help=SUMMARIES[name])(_not_loaded)
    return listing


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
    argv = sys.argv[1:]
    # Importing a command's stack builds thousands of classes and functions that live until exit; the
    # collector's passes over them while they load are wasted (about a tenth of `drafts list`).
    gc.disable()
    try:
        cli = (help_listing_app() if argv in ([], ["--help"]) else None) or _register(argv)
    finally:
        gc.enable()
    try:
        cli()
    except SignoffError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
