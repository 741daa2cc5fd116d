"""signoff — preflight, team approval and honest authorship between a draft and the publish button.

The public names load on first use (module `__getattr__`), so `import signoff` — which every `signoff`
command does — costs nothing until preflight is actually used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from signoff.errors import InputError, NewsError, RefusedError, SignoffError

if TYPE_CHECKING:
    from signoff.preflight.engine import Engine, check
    from signoff.preflight.model import Check, Context, Draft, Finding, Severity, Span, Verdict
    from signoff.preflight.policy import AccountPolicy

#: Public name -> the module that defines it.
_LAZY = {
    "Engine": "signoff.preflight.engine",
    "check": "signoff.preflight.engine",
    "Check": "signoff.preflight.model",
    "Context": "signoff.preflight.model",
    "Draft": "signoff.preflight.model",
    "Finding": "signoff.preflight.model",
    "Severity": "signoff.preflight.model",
    "Span": "signoff.preflight.model",
    "Verdict": "signoff.preflight.model",
    "AccountPolicy": "signoff.preflight.policy",
}

__all__ = [
    "AccountPolicy",
    "Check",
    "Context",
    "Draft",
    "Engine",
    "Finding",
    "InputError",
    "NewsError",
    "RefusedError",
    "Severity",
    "SignoffError",
    "Span",
    "Verdict",
    "check",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'signoff' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
