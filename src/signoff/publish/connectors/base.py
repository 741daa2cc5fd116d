"""The connector interface: the only code that talks to platforms implements it.

Connectors register through the `signoff.connectors` entry-point group (name = the account's
platform) and are built with the install's Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class OutgoingPost:
    """One post on its way out. `idempotency_key` is the same on every retry of the same publish."""

    idempotency_key: str
    account: str
    text: str  # the full text, disclosure signature included
    author: str
    author_is_owner: bool
    signature: str | None
    draft_id: int
    revision: int


@dataclass(frozen=True)
class PublishResult:
    platform_post_id: str
    published_at: datetime
    #: True when the platform already had this post (found by its idempotency key): nothing was sent again.
    already_published: bool = False


@runtime_checkable
class Connector(Protocol):
    name: str

    def publish(self, post: OutgoingPost, *, at: datetime) -> PublishResult:
        """Send the post. Must not post twice for one idempotency key where the platform lets it tell."""
        ...

    def find(self, post: OutgoingPost) -> PublishResult | None:
        """Recovery after a crash: the post published with this key, or None if it never went out."""
        ...
