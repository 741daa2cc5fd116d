"""Publish attempts: written and committed before a connector is called (exactly-once publishing)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from signoff.store.base import Base, JSONType, UTCDateTime

PENDING = "pending"
DONE = "published"
#: Released without calling the connector (account paused, or a publish-time finding).
ABANDONED = "abandoned"
FAILED = "failed"


class PublishAttempt(Base):
    __tablename__ = "publish_attempts"
    __table_args__ = (Index("ix_publish_attempts_status_lease", "status", "lease_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id"))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(10), default=PENDING)
    #: Connector calls made for this attempt (a failing platform is retried, then the post is marked failed).
    tries: Mapped[int] = mapped_column(Integer, default=0)
    #: A pending attempt whose lease ran out belongs to a worker that died; recovery takes it over.
    lease_until: Mapped[datetime] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    platform_post_id: Mapped[str | None] = mapped_column(String(200))
    verdict: Mapped[str | None] = mapped_column(String(8))
    findings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    error: Mapped[str | None] = mapped_column(Text)
