"""The store: migrations reach head on both databases, times stay aware UTC, SQLite runs in WAL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from signoff.errors import InputError
from signoff.store.engine import Database
from signoff.store.migrate import at_head, current_revision, head_revision, script_head, upgrade_to_head
from signoff.workflow import service

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_migrations_bring_database_to_head(database: Database) -> None:
    assert current_revision(database.engine) == head_revision()
    assert upgrade_to_head(database.engine) is False  # a second run has nothing to do


def test_datetimes_come_back_aware_utc(database: Database) -> None:
    plus_five = datetime(2026, 3, 1, 17, 0, tzinfo=timezone(timedelta(hours=5)))
    with database.session() as s:
        service.create_user(s, name="jo", now=plus_five)
    with database.session() as s:
        user = service.get_user(s, "jo")
        assert user.created_at == NOW
        assert user.created_at.utcoffset() == timedelta(0)


def test_sqlite_runs_in_wal_mode_with_busy_timeout(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    db.dispose()


def test_first_use_creates_schema_in_missing_data_dir(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new' / 'dir' / 'signoff.db'}")
    with db.session() as s:
        service.create_user(s, name="jo", now=NOW)
    assert (tmp_path / "new" / "dir" / "signoff.db").is_file()
    db.dispose()


def test_passwords_are_stored_as_argon2_hashes(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="jo", password="correct horse", now=NOW)
    with database.session() as s:
        user = service.get_user(s, "jo")
        assert user.password_hash and user.password_hash.startswith("$argon2")
        assert "correct horse" not in user.password_hash
        assert service.check_password(s, name="jo", password="correct horse")
        assert not service.check_password(s, name="jo", password="wrong horse")


def test_initials_of_an_emoji_full_name_fit_the_users_table(database: Database) -> None:
    """Each family emoji is 7 code points: three of them would overflow the 8-wide column (PostgreSQL
    refused the row; SQLite kept it over-wide)."""
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
    with database.session() as s:
        user = service.create_user(s, name="fam", full_name=f"{family} {family} Smith", now=NOW)
    with database.session() as s:
        stored = service.get_user(s, "fam").initials
    assert stored == user.initials == family and len(stored) <= 8


def test_overwide_handle_and_full_name_are_refused_alike_on_every_database(database: Database) -> None:
    """The handle pattern allows @user@server up to ~200 characters and full names had no limit; the
    columns are 120/200 wide, so PostgreSQL crashed where SQLite stored them. Both now refuse clearly."""
    with pytest.raises(InputError, match="--full-name is 201 characters"), database.session() as s:
        service.create_user(s, name="wide", full_name="x" * 201, now=NOW)
    with database.session() as s:
        service.create_user(s, name="jo", now=NOW)
    handle = "a" * 100 + "@" + "b" * 49
    with pytest.raises(InputError, match="at most 100"), database.session() as s:
        service.create_account(s, handle=handle, platform="mastodon", kind="person", owner="jo", now=NOW)
    with database.session() as s:
        assert s.execute(text("SELECT count(*) FROM accounts")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 1


def test_the_cheap_head_check_agrees_with_alembic(database: Database) -> None:
    """`at_head` (the everyday path, no alembic import) reads the same head alembic does."""
    assert script_head() == head_revision()
    assert at_head(database.engine)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not at_head(database.engine)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()})


def test_a_new_database_is_not_at_head(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}", migrate=False)
    assert not at_head(db.engine)
    assert upgrade_to_head(db.engine) is True and at_head(db.engine)
    db.dispose()
