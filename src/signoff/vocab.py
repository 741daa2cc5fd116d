"""The shared vocabularies, defined once: output formats, verdicts, draft states, roles.

Each is a `StrEnum`, so a member equals (and prints, and JSON-encodes as) its string value: what the
database stores and what `--format json` prints stay exactly the strings they always were. This module
imports nothing from signoff, so every layer may use it.
"""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    """What a command prints: text for people, JSON for scripts (`--format`)."""

    TEXT = "text"
    JSON = "json"


class VerdictName(StrEnum):
    """Preflight's verdict on a draft, mildest first."""

    PASS = "pass"
    REVIEW = "review"
    HOLD = "hold"
