"""Typed errors. Each carries a message a user can act on; the CLI prints it without a traceback."""

from __future__ import annotations


class SignoffError(Exception):
    """Base class for every error signoff raises on purpose."""

    exit_code = 2


class InputError(SignoffError):
    """The caller gave input signoff cannot use (empty text, bad time, unknown platform ...)."""


class NewsError(InputError):
    """A news feed could not be read or parsed."""


class ConfigError(SignoffError):
    """Settings or an installed plugin are broken."""


class NotFoundError(SignoffError):
    """A record the caller named does not exist."""


class RefusedError(SignoffError):
    """A workflow rule refuses the action (self-approval, wrong role ...). Nothing was changed."""

    exit_code = 1


class AuthError(RefusedError):
    """The person acting could not prove who they are (no session, wrong password, expired login ...)."""


class ServiceUnavailableError(SignoffError):
    """A server signoff is configured to use (PostgreSQL, Redis) cannot be reached right now."""


class NotInstalledError(ConfigError):
    """The data directory was not created by `signoff init` (a mistyped SIGNOFF_DATA_DIR, a file ...)."""
