"""Scheduling in the account's time zone, DST-correct, and the cool-off that follows the scheduled time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from signoff.errors import InputError
from signoff.store.engine import Database
from signoff.workflow import service
from signoff.workflow.demo import seed_team
from signoff.workflow.schedule import local_to_utc

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_local_time_is_read_in_account_zone() -> None:
    assert local_to_utc("2026-07-01T09:00", "Europe/Berlin") == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert local_to_utc("2026-01-15T09:00", "Europe/Berlin") == datetime(2026, 1, 15, 8, 0, tzinfo=UTC)


def test_explicit_offset_wins_over_account_zone() -> None:
    assert local_to_utc("2026-07-01T09:00-04:00", "Europe/Berlin") == datetime(2026, 7, 1, 13, 0, tzinfo=UTC)


def test_time_in_dst_gap_is_refused_with_clear_error() -> None:
    with pytest.raises(InputError, match="does not exist in Europe/Berlin"):
        local_to_utc("2026-03-29T02:30", "Europe/Berlin")


def test_time_in_dst_overlap_is_refused_until_offset_given() -> None:
    with pytest.raises(InputError, match=r"happens twice.*\+02:00 \(first\).*\+01:00 \(second\)"):
        local_to_utc("2026-10-25T02:30", "Europe/Berlin")
    assert local_to_utc("2026-10-25T02:30+01:00", "Europe/Berlin") == datetime(
        2026, 10, 25, 1, 30, tzinfo=UTC
    )


def test_new_york_spring_forward_gap() -> None:
    with pytest.raises(InputError, match="does not exist in America/New_York"):
        local_to_utc("2026-03-08T02:15", "America/New_York")
    assert local_to_utc("2026-03-08T03:15", "America/New_York") == datetime(2026, 3, 8, 7, 15, tzinfo=UTC)


@pytest.mark.parametrize("bad", ["Mars/Olympus_Mons", "", "../etc/passwd", "Europe/Berlin "])
def test_unknown_time_zone_gives_clear_error(bad: str) -> None:
    with pytest.raises(InputError, match="unknown time zone"):
        local_to_utc("2026-07-01T09:00", bad)


def test_account_with_unknown_time_zone_is_refused(database: Database) -> None:
    with database.session() as s:
        service.create_user(s, name="jo", now=NOW)
    with (
        pytest.raises(InputError, match="unknown time zone 'Mars/Olympus_Mons'"),
        database.session() as s,
    ):
        service.create_account(
            s,
            handle="jopa",
            platform="outbox",
            kind="person",
            owner="jo",
            tz="Mars/Olympus_Mons",
            now=NOW,
        )


def test_schedule_stores_utc_and_shows_local(database: Database) -> None:
    with database.session() as s:
        team = seed_team(s, now=NOW, tz="Europe/Berlin", cooloff=60)
        d = service.create_draft(s, handle=team.handle, author=team.editor, text="See you soon.", now=NOW)
        service.schedule_draft(s, draft_id=d.id, actor=team.editor, at="2026-03-29T03:30", now=NOW)
        service.approve_draft(s, draft_id=d.id, actor=team.approver, now=NOW)
        view = service.draft_view(s, service.get_draft(s, d.id), now=NOW)
    assert view["scheduled_at"] == "2026-03-29T01:30:00Z"  # CEST started at 02:00 that night
    assert view["scheduled_local"] == "2026-03-29T03:30:00+02:00"
    assert view["due_at"] == "2026-03-29T01:30:00Z"  # at the slot: the cool-off ran after approval
    assert view["waiting_for_scheduled_time"] is True
    assert view["cooloff_remaining_seconds"] == 60.0  # the cool-off runs now, well before the slot


def test_scheduling_in_the_past_is_refused(database: Database) -> None:
    with database.session() as s:
        team = seed_team(s, now=NOW)
        d = service.create_draft(s, handle=team.handle, author=team.editor, text="Hello there.", now=NOW)
    with pytest.raises(InputError, match="in the past"), database.session() as s:
        service.schedule_draft(s, draft_id=d.id, actor=team.editor, at=NOW - timedelta(hours=1), now=NOW)


def test_gap_time_through_service_changes_nothing(database: Database) -> None:
    with database.session() as s:
        team = seed_team(s, now=NOW, tz="Europe/Berlin")
        d = service.create_draft(s, handle=team.handle, author=team.editor, text="Hello there.", now=NOW)
    with pytest.raises(InputError, match="does not exist"), database.session() as s:
        service.schedule_draft(s, draft_id=d.id, actor=team.editor, at="2026-03-29T02:30", now=NOW)
    with database.session() as s:
        assert service.get_draft(s, d.id).scheduled_at is None
