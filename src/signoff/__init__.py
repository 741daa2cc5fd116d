"""signoff — preflight, team approval and honest authorship between a draft and the publish button."""

from signoff.errors import InputError, NewsError, RefusedError, SignoffError
from signoff.preflight.engine import Engine, check
from signoff.preflight.model import Check, Context, Draft, Finding, Severity, Span, Verdict
from signoff.preflight.policy import AccountPolicy

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
