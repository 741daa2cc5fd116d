"""The connector interface: the only code that talks to platforms implements it.

Connectors register through the `signoff.connectors` entry-point group (name = the account's
platform) and are built with the install's Settings.

A connector says how a call failed by raising one of the `ConnectorFailure` subclasses; the
dispatcher acts on the type:

- `Transient`: nothing reached the platform; tried again later (a few times, then the post fails).
- `RateLimited(reset_at)`: a `Transient` the platform asked us to hold until `reset_at`; the rest of
  the account's batch waits too.
- `Rejected(platform_message)`: the platform refused this post for good (too long, duplicate,
  suspended account). Never retried: the post ends `failed` with the platform's words.
- `OutcomeUnknown`: the request may have been accepted (timeout after sending). Before any retry the
  dispatcher asks `find()` whether the post went out (reconciliation).

Any other exception means the connector is broken: the post ends `failed` with the error, and the
publishing round goes on with the other posts.
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


class ConnectorFailure(Exception):
    """Base of the failures a connector reports on purpose (see the module docstring)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Transient(ConnectorFailure):
    """Nothing reached the platform (network down, 5xx before accepting); safe to try again later."""


class RateLimited(Transient):
    """The platform asks us to wait until `reset_at` (None: it did not say) before the next call."""

    def __init__(self, message: str, *, reset_at: datetime | None = None) -> None:
        super().__init__(message)
        self.reset_at = reset_at


class Rejected(ConnectorFailure):
    """The platform refused this post permanently; `platform_message` is its reason, shown to the team."""

    def __init__(self, platform_message: str) -> None:
        super().__init__(platform_message)
        self.platform_message = platform_message


class OutcomeUnknown(ConnectorFailure):
    """The request may have been accepted; `find()` must be asked before any retry."""
