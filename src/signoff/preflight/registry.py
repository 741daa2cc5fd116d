"""Check registry: built-ins and third-party checks load through the `signoff.checks` entry-point group."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from signoff.errors import ConfigError
from signoff.preflight.model import REQUIREMENTS, Check

GROUP = "signoff.checks"


def optional_context(check: Check) -> frozenset[str]:
    """Context the check uses when given and runs without (the optional `optional` attribute)."""
    return frozenset(getattr(check, "optional", ()))


def validate_requirements(checks: Iterable[Check]) -> None:
    """Every check asks only for context the engine provides; otherwise a ConfigError naming the check."""
    for check in checks:
        unknown = (frozenset(check.requires) | optional_context(check)) - REQUIREMENTS
        if unknown:
            raise ConfigError(
                f"check {check.code} ({type(check).__module__}.{type(check).__qualname__}) needs "
                f"{', '.join(sorted(unknown))}, which the preflight engine cannot provide (it provides "
                f"{', '.join(sorted(REQUIREMENTS))}); fix the check's `requires`"
            )


@lru_cache(maxsize=1)
def load_checks() -> tuple[Check, ...]:
    """Instantiate every registered check once, sorted by code."""
    from importlib.metadata import entry_points  # reads installed metadata: only when checks are wanted

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
        validate_requirements([check])
        checks.append(check)
    return tuple(sorted(checks, key=lambda c: c.code))


def get_check(code: str) -> Check:
    for check in load_checks():
        if check.code.upper() == code.upper() or check.name == code:
            return check
    raise KeyError(code)
