"""Database fixtures: every test that takes `database` runs on SQLite and on PostgreSQL."""

import signoff.feeds.models  # noqa: F401  (registers the feed tables, so they are truncated between tests)
from signoff.store.testing import database, pg_url  # noqa: F401
