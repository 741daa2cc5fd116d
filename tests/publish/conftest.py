"""Database fixtures (SQLite and PostgreSQL) and a fixed clock."""

from signoff.store.testing import database, pg_url  # noqa: F401
