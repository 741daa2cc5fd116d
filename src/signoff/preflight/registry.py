"""Check registry: built-ins and third-party checks load through the `signoff.checks` entry-point group."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

from signoff.errors import ConfigError
from signoff.preflight.model import Check

GROUP = "signoff.checks"


@lru_cache(maxsize=1)
def load_checks() -> tuple[Check, ...]:
    """Instantiate every registered check once, sorted by code."""
    checks: list[Check] = []
    for ep in entry_points(group=GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plugin must say which one
            raise ConfigError(f"check plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        check = cls()
        if not isinstance(check, Check):
            raise ConfigError(f"check plugin {ep.name!r} does not implement the Check interface")
        if check.code != ep.name:
            raise ConfigError(f"check plugin {ep.name!r} reports code {check.code!r}; they must match")
        checks.append(check)
    return tuple(sorted(checks, key=lambda c: c.code))


def get_check(code: str) -> Check:
    for check in load_checks():
        if check.code.upper() == code.upper() or check.name == code:
            return check
    raise KeyError(code)
