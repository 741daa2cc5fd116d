"""Time at the edges: local times in the account's zone (DST-correct), due times and cool-off countdowns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from signoff.errors import InputError


def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`, or an InputError that says what to write instead."""
    try:
        if not name or name != name.strip() or ".." in name or name.startswith("/"):
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        raise InputError(
            f"unknown time zone {name!r}; use an IANA name such as Europe/Berlin, America/New_York or UTC"
        ) from None


def local_to_utc(value: str | datetime, tz_name: str) -> datetime:
    """Read a schedule time. With an offset it is taken as given; without, it is local to the account.

    A local time that does not exist (skipped by a DST jump) or exists twice (repeated when clocks
    go back) is refused with the offsets to choose from, rather than guessed.
    """
    tz = zone(tz_name)
    if isinstance(value, str):
        raw = value.strip()
        try:
            value = datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
        except ValueError:
            raise InputError(
                f"cannot read time {raw!r}; use ISO 8601, e.g. 2026-03-29T09:30 (account time) "
                "or 2026-03-29T09:30:00+02:00"
            ) from None
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value.astimezone(UTC)
    early, late = value.replace(tzinfo=tz, fold=0), value.replace(tzinfo=tz, fold=1)
    if early.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != value:
        raise InputError(
            f"{value.isoformat()} does not exist in {tz_name}: the clocks skip it (DST starts). "
            f"Choose a time outside the gap, or give an explicit offset such as {_offset(early)}"
        )
    if early.utcoffset() != late.utcoffset():
        raise InputError(
            f"{value.isoformat()} happens twice in {tz_name} (DST ends). Add the offset you mean: "
            f"{value.isoformat()}{_offset(early)} (first) or {value.isoformat()}{_offset(late)} (second)"
        )
    return early.astimezone(UTC)


def _offset(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    sign = "-" if off < timedelta(0) else "+"
    minutes = abs(int(off.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def in_zone(at: datetime | None, tz_name: str) -> str | None:
    return None if at is None else at.astimezone(zone(tz_name)).isoformat()


def local_text(at: datetime | None, tz_name: str) -> str | None:
    """A time as a manager reads it: the account's local time to the second, e.g. 2026-12-01 09:00:00 EST."""
    if at is None:
        return None
    local = at.astimezone(zone(tz_name)).replace(microsecond=0)
    return f"{local:%Y-%m-%d %H:%M:%S} {local.tzname() or tz_name}"


def due_at(*, approved_at: datetime, scheduled_at: datetime | None, cooloff_seconds: int) -> datetime:
    """When an approved post may go out: at its scheduled time, but never before its cool-off is over.

    The cool-off starts at approval. Approved well before its slot, a post goes out exactly at the slot
    (the cool-off ran before it); approved late, it waits out the cool-off first.
    """
    cooled = approved_at + timedelta(seconds=cooloff_seconds)
    return max(cooled, scheduled_at) if scheduled_at else cooled


def cooloff_remaining(*, approved_at: datetime | None, cooloff_seconds: int, now: datetime) -> float | None:
    """Seconds left in the cool-off if it is running now, else None."""
    if approved_at is None:
        return None
    end = approved_at + timedelta(seconds=cooloff_seconds)
    if approved_at <= now < end:
        return (end - now).total_seconds()
    return None
