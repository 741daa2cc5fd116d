"""Who an audit event names: a signoff user, the install admin (an operating-system user), or the system.

A user name matches `[A-Za-z0-9][A-Za-z0-9_.-]*`, so the install admin's `os:<login>` (with a colon) can never
be a user's name, and the system's own actor names are reserved so that no user can be created with them.
"""

from __future__ import annotations

import getpass
import os

#: Prefix of the install admin's actor name: whoever holds the data directory, named by their OS login.
OS_PREFIX = "os:"
#: Names the system acts under (the publisher, the worker ...) and names that would read like it.
SYSTEM_ACTORS = frozenset(
    {"admin", "administrator", "publisher", "worker", "system", "signoff", "scheduler", "recovery", "root"}
)


def os_actor() -> str:
    """`os:<login>` for the operating-system user running this process (`os:unknown` when it has none)."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER (some containers)
        login = os.environ.get("USER") or "unknown"
    return (OS_PREFIX + (login or "unknown"))[:80]  # the audit log's actor column is 80 wide


def is_install_admin(actor: str) -> bool:
    """True for the install admin's actor name (`os:<login>`): setup commands run without `--as`."""
    return actor.startswith(OS_PREFIX)


def is_reserved(name: str) -> bool:
    """True when `name` (in any case) is one the system acts under, so no user may take it."""
    return name.lower() in SYSTEM_ACTORS or OS_PREFIX in name.lower()
