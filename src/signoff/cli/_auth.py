"""`--as NAME`: every action by a person proves who they are.

`ActorOption` resolves `--as` before the command runs. The name is accepted when, in this order:
`--password-stdin` gives NAME's password (stdin's first line; the rest stays for the command, e.g. a draft's
text with `-`); this operating-system user holds a live `signoff login NAME` for this install; or
SIGNOFF_PASSWORD holds NAME's password. Otherwise the command is refused (exit 1) saying both ways.
Setup commands take `OptionalActorOption`: without `--as` they run as the install admin, `os:<login>`.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from typing import Annotated

import typer

from signoff.config import get_settings
from signoff.errors import AuthError, InputError

PASSWORD_ENV = "SIGNOFF_PASSWORD"


def read_password_line(what: str = "password") -> str:
    """One line of stdin without its line ending (refused when empty)."""
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InputError(f"--password-stdin given but stdin held no {what}")
    return line


def _ways(name: str) -> str:
    return (
        f"run `signoff login {name}` first, or give {name}'s password with --password-stdin "
        f"(first line of stdin) or in {PASSWORD_ENV}"
    )


def authenticate(name: str, *, password_stdin: bool = False) -> str:
    """The user name, once its owner has proven who they are (see the module docstring); AuthError if not."""
    from signoff.cli import _session_files as files
    from signoff.cli._db import transaction  # _db re-exports ActorOption from here
    from signoff.workflow import service

    settings = get_settings()
    now = datetime.now(UTC)
    password = read_password_line() if password_stdin else None
    with transaction() as s:
        if password is not None:
            return service.verify_password(s, name=name, password=password).name
        env_password = os.environ.get(PASSWORD_ENV)
        try:
            saved = files.load(settings, name)
            if saved is not None:
                return service.resume_session(s, name=name, token=saved.token, now=now).name
        except AuthError as exc:
            if not env_password:
                hint = f"or give the password by --password-stdin or {PASSWORD_ENV}"
                raise AuthError(f"{exc}, {hint}") from None
        if env_password:
            return service.verify_password(s, name=name, password=env_password).name
        service.get_user(s, name)  # an unknown name says so first
    raise AuthError(f"{name} is not logged in here: {_ways(name)}")


def _resolve(ctx: typer.Context, value: str | None) -> str | None:
    if ctx.resilient_parsing:
        return value
    if value is None:
        if ctx.params.get("password_stdin"):  # a password nobody is named for would be silently ignored
            raise InputError("--password-stdin gives the password of the person named by --as; add --as NAME")
        return None
    return authenticate(value, password_stdin=bool(ctx.params.get("password_stdin")))


ActorOption = Annotated[
    str,
    typer.Option(
        "--as",
        help="Who is doing this: a user name, logged in with `signoff login NAME` or with the password "
        f"given by --password-stdin or {PASSWORD_ENV}",
        callback=_resolve,
    ),
]
OptionalActorOption = Annotated[
    str | None,
    typer.Option(
        "--as",
        help="Act as this person (checked against their role; logged in, or the password by "
        f"--password-stdin or {PASSWORD_ENV}); without it, the install admin (os:<login>) acts",
        callback=_resolve,
    ),
]
PasswordStdinOption = Annotated[
    bool,
    typer.Option(
        "--password-stdin",
        help="Read the password of the person named by --as from the first line of stdin",
        is_eager=True,
    ),
]
