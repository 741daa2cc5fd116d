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


class DraftState(StrEnum):
    """Where a draft is in the workflow. `approved` covers "waiting for its time" and "in cool-off" (the
    draft's `due_at` says when it goes out); `deleted` rows stay (ids are never reused, the audit log still
    points at them) but are hidden from lists."""

    DRAFT = "draft"
    APPROVED = "approved"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    REJECTED = "rejected"
    FAILED = "failed"
    DELETED = "deleted"


class Role(StrEnum):
    """A member's role on an account, most powerful first."""

    OWNER = "owner"
    APPROVER = "approver"
    EDITOR = "editor"
    VIEWER = "viewer"


class Platform(StrEnum):
    """Where an account publishes (`outbox` writes files: the connector for trying signoff out)."""

    OUTBOX = "outbox"
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
