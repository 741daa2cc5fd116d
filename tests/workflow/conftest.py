"""Database fixtures: every test that takes `database` runs on SQLite and on PostgreSQL."""

from signoff.store.testing import database, pg_url  # noqa: F401
