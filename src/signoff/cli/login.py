"""`signoff login NAME` and `signoff logout [NAME]`: a session per user and install, for this OS user."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import timedelta
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from signoff.cli import _session_files as files
from signoff.cli._auth import PASSWORD_ENV, read_password_line
from signoff.cli._db import FormatOption, console, emit_json, now, transaction
from signoff.config import Settings, get_settings
from signoff.errors import AuthError, InputError
from signoff.vocab import Format
from signoff.workflow import service


def _password(name: str, password_stdin: bool) -> str:
    if password_stdin:
        return read_password_line()
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(f"password for {name}: ")
    raise InputError(f"no password for {name}: pipe it with --password-stdin, or set {PASSWORD_ENV}")


def _end_saved(session: Session, settings: Settings, name: str) -> None:
    try:
        saved = files.load(settings, name)
    except AuthError:  # a garbled file ends with its deletion or replacement
        saved = None
    if saved is not None:
        service.end_session(session, name=saved.user, token=saved.token, now=now())


def login(
    name: Annotated[str, typer.Argument(help="Your signoff user name")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin")
    ] = False,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Log in to this install: `--as NAME` then works without the password until the session expires
    (SIGNOFF_SESSION_HOURS, default 12). The session lives in your config directory, mode 0600."""
    settings = get_settings()
    password = _password(name, password_stdin)
    ttl = timedelta(hours=settings.session_hours)
    with transaction() as s:
        issued = service.start_session(s, name=name, password=password, now=now(), ttl=ttl)
        _end_saved(s, settings, issued.user)  # the login this one replaces ends, not just its file
        # Saved inside the transaction: a session whose file could not be written is never committed.
        path = files.save(settings, user=issued.user, token=issued.token, expires_at=issued.expires_at)
    expires = issued.expires_at.isoformat(timespec="seconds")
    data = {"user": issued.user, "expires_at": expires, "file": str(path)}
    if out_format == "json":
        emit_json(data)
    else:
        console.print(
            f"logged in as {issued.user} until {data['expires_at']}; `--as {issued.user}` needs no password "
            f"until then (`signoff logout {issued.user}` ends it)",
            highlight=False,
        )


def logout(
    name: Annotated[
        str | None, typer.Argument(help="Whom to log out (default: everyone logged in here)")
    ] = None,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """End the session(s) this OS user holds for this install, here and in the database."""
    settings = get_settings()
    names = [name] if name else files.saved_names(settings)
    ended: list[str] = []
    with transaction() as s:
        for who in names:
            _end_saved(s, settings, who)
    for who in names:
        if files.forget(settings, who):
            ended.append(who)
    if out_format == "json":
        emit_json({"logged_out": ended})
    elif ended:
        console.print(f"logged out {', '.join(ended)}", highlight=False)
    else:
        console.print(f"{name or 'nobody'} was not logged in here", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("login")(login)
    app.command("logout")(logout)
