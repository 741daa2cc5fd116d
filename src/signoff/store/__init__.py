"""Storage: SQLAlchemy base, the only place engines and sessions are made, and Alembic migrations."""

from signoff.store.base import Base, JSONType, UTCDateTime
from signoff.store.engine import Database, open_database

__all__ = ["Base", "Database", "JSONType", "UTCDateTime", "open_database"]
