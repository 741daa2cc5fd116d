"""Database fixtures for the preflight tests that store verdicts (SQLite and PostgreSQL)."""

from signoff.store.testing import database, pg_url  # noqa: F401
