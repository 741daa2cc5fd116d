"""Alembic environment: uses the connection signoff passes in, or the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import signoff.audit.models  # noqa: F401  (registers tables on Base.metadata)
import signoff.feeds.models  # noqa: F401
import signoff.publish.models  # noqa: F401
import signoff.workflow.models  # noqa: F401
from signoff.store.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
