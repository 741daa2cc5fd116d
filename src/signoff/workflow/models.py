"""Tables of the team workflow: people, accounts, memberships, drafts, revisions, approvals."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from signoff.store.base import Base, JSONType, UTCDateTime
from signoff.vocab import DraftState, Platform, Role

# The vocabularies are defined once in signoff.vocab; the tables store their plain string values.
ROLES = tuple(r.value for r in Role)
#: Roles that may write drafts, approve them, pause the account.
DRAFTING_ROLES = frozenset({Role.OWNER.value, Role.APPROVER.value, Role.EDITOR.value})
APPROVING_ROLES = frozenset({Role.OWNER.value, Role.APPROVER.value})
ACCOUNT_PLATFORMS = tuple(p.value for p in Platform)

# Draft states (see DraftState).
DRAFT = DraftState.DRAFT.value
APPROVED = DraftState.APPROVED.value
PUBLISHING = DraftState.PUBLISHING.value
PUBLISHED = DraftState.PUBLISHED.value
REJECTED = DraftState.REJECTED.value
FAILED = DraftState.FAILED.value
DELETED = DraftState.DELETED.value
STATES = tuple(s.value for s in DraftState)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str | None] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(8))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Set by `users remove`: the row stays so drafts, approvals and the audit log keep their names.
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


#: `Jo` and `jo` are one name (user names are ASCII, so lower() agrees on SQLite and PostgreSQL).
Index("uq_users_name_lower", func.lower(User.name), unique=True)


class UserSession(Base):
    """A `signoff login`: only the SHA-256 of its random token is stored (see workflow/sessions.py)."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(120), unique=True)
    platform: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    tz: Mapped[str] = mapped_column(String(64))
    approvals_needed: Mapped[int] = mapped_column(Integer, default=1)
    cooloff_seconds: Mapped[int] = mapped_column(Integer, default=60)
    #: e.g. "^{initials}"; None means staff posts carry no signature (authorship is still recorded).
    disclosure_format: Mapped[str | None] = mapped_column(String(40))
    #: Per-code severity overrides: {"SO401": "info"}; null disables the check.
    check_overrides: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    #: X accounts with X Premium or a verified organisation may publish long posts (up to 25,000
    #: characters); preflight's length check reads it. False: X's standard 280.
    long_posts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_reason: Mapped[str | None] = mapped_column(Text)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    memberships: Mapped[list[Membership]] = relationship(back_populates="account")


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("account_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(10))

    account: Mapped[Account] = relationship(back_populates="memberships")
    user: Mapped[User] = relationship()


class Draft(Base):
    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_state_due", "state", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(12), default=DRAFT)
    #: When the team wants it out (UTC); None means as soon as approved and cooled off.
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: max(approved_at, scheduled_at) + cool-off: the moment the publisher may take it.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Why the post is back in review (a finding at publish time), or why it was rejected.
    note: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    platform_post_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    account: Mapped[Account] = relationship()
    created_by: Mapped[User] = relationship()
    revisions: Mapped[list[Revision]] = relationship(back_populates="draft", order_by="Revision.number")
    approvals: Mapped[list[Approval]] = relationship(back_populates="draft", order_by="Approval.id")

    @property
    def current(self) -> Revision:
        return self.revisions[-1]


class Revision(Base):
    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    #: The real author of this wording (recorded always; disclosed when the policy asks).
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signature: Mapped[str | None] = mapped_column(String(40))
    verdict: Mapped[str] = mapped_column(String(8))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    preflight_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: What this verdict saw of the news: {"items": n, "stories": [{"headline", "first_seen", "age_minutes"}]}
    #: (the stories its findings named); None when no news was configured.
    news_seen: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)

    draft: Mapped[Draft] = relationship(back_populates="revisions")
    author: Mapped[User] = relationship()


class Approval(Base):
    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    #: Set when a later revision, an undo or a publish-time finding voids it.
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    draft: Mapped[Draft] = relationship(back_populates="approvals")
    user: Mapped[User] = relationship()
