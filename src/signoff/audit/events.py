"""The audit log's vocabulary: one frozen dataclass per kind of event.

Every event says who (`actor`), when (`at`), what (the kind's `action`, e.g. ``draft.approve``, and its
`subject`, e.g. ``draft:12``, built from the kind's typed key) and the change (`before`/`after`, JSON
objects). `service.record(session, *events)` appends them to the hash chain; the stored row holds exactly
these fields, so `audit verify` and `signoff audit` read the same rows they always did.

The `action` strings are stored and hashed: never rename one (a new kind of event gets a new string).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

#: Every event kind by its stored action string (filled as the kinds below are defined).
EVENT_KINDS: dict[str, type[AuditEventKind]] = {}

Payload = dict[str, Any] | None


@dataclass(frozen=True, kw_only=True)
class AuditEventKind:
    """One change to record: a subclass names the kind (its `action`) and what it is about."""

    #: The stored action string, e.g. ``draft.approve`` (a class constant of each kind).
    action: ClassVar[str]
    #: The subject's prefix in ``<prefix>:<key>`` (``draft``, ``account``, ``user``).
    subject_prefix: ClassVar[str]

    actor: str
    at: datetime
    before: Payload = field(default=None)
    after: Payload = field(default=None)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        action = cls.__dict__.get("action")
        if action is None:
            return  # an intermediate base (a subject kind), not an event kind
        if action in EVENT_KINDS:
            raise TypeError(f"audit action {action!r} is already {EVENT_KINDS[action].__name__}'s")
        EVENT_KINDS[action] = cls

    @property
    def subject(self) -> str:
        return f"{self.subject_prefix}:{self._key()}"

    def _key(self) -> object:
        raise NotImplementedError

    @staticmethod
    def _key_from(key: str) -> dict[str, Any]:
        raise NotImplementedError

    def fields(self) -> dict[str, Any]:
        """The stored row's fields (before hashing): actor, action, subject, at, before, after."""
        return {
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "at": self.at,
            "before": self.before,
            "after": self.after,
        }


def from_fields(
    *, actor: str, action: str, subject: str, at: datetime, before: Payload, after: Payload
) -> AuditEventKind:
    """The event a stored row records (KeyError for an unknown action, ValueError for a foreign subject)."""
    kind = EVENT_KINDS[action]
    prefix, _, key = subject.partition(":")
    if prefix != kind.subject_prefix:
        raise ValueError(f"{action} is about a {kind.subject_prefix}, not {subject!r}")
    return kind(actor=actor, at=at, before=before, after=after, **kind._key_from(key))


# --- subjects -------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DraftEvent(AuditEventKind):
    """About one draft: ``draft:<id>``."""

    subject_prefix: ClassVar[str] = "draft"
    draft_id: int

    def _key(self) -> object:
        return self.draft_id

    @staticmethod
    def _key_from(key: str) -> dict[str, Any]:
        return {"draft_id": int(key)}


@dataclass(frozen=True, kw_only=True)
class AccountEvent(AuditEventKind):
    """About one account: ``account:<handle>``."""

    subject_prefix: ClassVar[str] = "account"
    handle: str

    def _key(self) -> object:
        return self.handle

    @staticmethod
    def _key_from(key: str) -> dict[str, Any]:
        return {"handle": key}


@dataclass(frozen=True, kw_only=True)
class UserEvent(AuditEventKind):
    """About one user: ``user:<name>``."""

    subject_prefix: ClassVar[str] = "user"
    name: str

    def _key(self) -> object:
        return self.name

    @staticmethod
    def _key_from(key: str) -> dict[str, Any]:
        return {"name": key}


# --- users ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class UserAdded(UserEvent):
    action: ClassVar[str] = "user.add"


@dataclass(frozen=True, kw_only=True)
class UserRemoved(UserEvent):
    action: ClassVar[str] = "user.remove"


@dataclass(frozen=True, kw_only=True)
class PasswordSet(UserEvent):
    action: ClassVar[str] = "user.passwd"


@dataclass(frozen=True, kw_only=True)
class UserLoggedIn(UserEvent):
    action: ClassVar[str] = "user.login"


@dataclass(frozen=True, kw_only=True)
class UserLoggedOut(UserEvent):
    action: ClassVar[str] = "user.logout"


# --- accounts and their members -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AccountAdded(AccountEvent):
    action: ClassVar[str] = "account.add"


@dataclass(frozen=True, kw_only=True)
class AccountEdited(AccountEvent):
    action: ClassVar[str] = "account.edit"


@dataclass(frozen=True, kw_only=True)
class AccountPaused(AccountEvent):
    action: ClassVar[str] = "account.pause"


@dataclass(frozen=True, kw_only=True)
class AccountResumed(AccountEvent):
    action: ClassVar[str] = "account.resume"


@dataclass(frozen=True, kw_only=True)
class AccountTransferred(AccountEvent):
    action: ClassVar[str] = "account.transfer"


@dataclass(frozen=True, kw_only=True)
class MemberSet(AccountEvent):
    """A member was added, or their role changed."""

    action: ClassVar[str] = "member.set"


@dataclass(frozen=True, kw_only=True)
class MemberRemoved(AccountEvent):
    action: ClassVar[str] = "member.remove"


# --- drafts ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DraftCreated(DraftEvent):
    action: ClassVar[str] = "draft.create"


@dataclass(frozen=True, kw_only=True)
class DraftRevised(DraftEvent):
    action: ClassVar[str] = "draft.revise"


@dataclass(frozen=True, kw_only=True)
class DraftApproved(DraftEvent):
    action: ClassVar[str] = "draft.approve"


@dataclass(frozen=True, kw_only=True)
class ApprovalWithdrawn(DraftEvent):
    action: ClassVar[str] = "draft.withdraw_approval"


@dataclass(frozen=True, kw_only=True)
class DraftRejected(DraftEvent):
    action: ClassVar[str] = "draft.reject"


@dataclass(frozen=True, kw_only=True)
class DraftUndone(DraftEvent):
    action: ClassVar[str] = "draft.undo"


@dataclass(frozen=True, kw_only=True)
class DraftScheduled(DraftEvent):
    action: ClassVar[str] = "draft.schedule"


@dataclass(frozen=True, kw_only=True)
class DraftUnscheduled(DraftEvent):
    action: ClassVar[str] = "draft.unschedule"


@dataclass(frozen=True, kw_only=True)
class DraftDeleted(DraftEvent):
    action: ClassVar[str] = "draft.delete"


# --- publishing -----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PostPublished(DraftEvent):
    action: ClassVar[str] = "draft.publish"


@dataclass(frozen=True, kw_only=True)
class PostFailed(DraftEvent):
    action: ClassVar[str] = "draft.publish_failed"


@dataclass(frozen=True, kw_only=True)
class SentBackToReview(DraftEvent):
    """A finding at publish time sent an approved draft back to review."""

    action: ClassVar[str] = "draft.back_to_review"
