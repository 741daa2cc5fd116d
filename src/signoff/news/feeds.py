"""Reading news: RSS/Atom files (feedparser), JSON files, http(s) URLs (httpx) and in-memory dicts.

This is the only module in signoff that fetches feeds. Every failure is a NewsError that names the source,
says what was wrong and what to do.

Times: every item needs a publication time. A time without a zone is read as UTC (RSS and Atom require
a zone, so such a feed is already out of spec; feedparser reads it the same way). Everything is stored as
aware UTC.
"""

from __future__ import annotations

import calendar
import html
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import regex

from signoff.errors import NewsError
from signoff.news.model import NewsItem

FETCH_TIMEOUT_S = 10.0
MAX_FEED_BYTES = 20_000_000
TAG_RE = regex.compile(r"<[^>]*>")
SPACE_RE = regex.compile(r"\s+")
FIX_FILE = "fix the file or export the feed again"
log = logging.getLogger("signoff.news")


class UndatedItemError(NewsError):
    """A news item without any publication date. Inside a feed it is skipped with a warning."""


def plain_text(value: str) -> str:
    """HTML summary → plain text: tags dropped, entities decoded, whitespace collapsed."""
    return SPACE_RE.sub(" ", html.unescape(TAG_RE.sub(" ", value))).strip()


def parse_published(value: Any, *, where: str) -> datetime:
    """An aware UTC time from ISO 8601 / RFC 822 text, a datetime or a Unix timestamp; no zone → UTC."""
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        try:
            when = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):  # NaN, inf, beyond year 9999
            raise NewsError(
                f"{where}: the date {value!r} is not a Unix timestamp in range; use ISO 8601 "
                "(2011-11-10T03:05:00Z)"
            ) from None
    elif isinstance(value, str) and value.strip():
        raw = value.strip()
        try:
            when = datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw)
        except ValueError:
            try:
                when = parsedate_to_datetime(raw)
            except (TypeError, ValueError, IndexError):
                raise NewsError(
                    f"{where}: cannot read the date {raw!r}; use ISO 8601 (2011-11-10T03:05:00Z) "
                    "or RFC 822 (Thu, 10 Nov 2011 03:05:00 GMT)"
                ) from None
    else:
        raise UndatedItemError(
            f'{where}: has no publication date; every news item needs one ("published")'
        )
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except OverflowError:  # an offset pushes year 1 or 9999 out of range
        raise NewsError(f"{where}: the date {when.isoformat()} is out of range; {FIX_FILE}") from None


def valid_text(value: str, *, where: str) -> str:
    """`value` if it can be written as UTF-8; lone surrogates (a JSON "\\ud800" escape) are an error."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise NewsError(
            f"{where}: has a character that is not valid Unicode (a lone surrogate at position "
            f"{exc.start}); {FIX_FILE}"
        ) from None
    return value


#: Keys read for an item's time, first found wins: ours, then JSON Feed's (jsonfeed.org, version 1 and 1.1).
DATE_KEYS = ("published", "date", "date_published", "date_modified")


def _first(rec: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = rec.get(key)
        if value not in (None, ""):
            return value
    return None


def item_from_mapping(rec: Mapping[str, Any], *, where: str, source: str | None = None) -> NewsItem:
    """A NewsItem from {"published", "title", "summary"?, "link"?, "source"?} or a JSON Feed item
    ({"date_published", "title"?, "summary"?, "content_text"?, "content_html"?, "url"?})."""
    if not isinstance(rec, Mapping):
        raise NewsError(f'{where}: must be an object with "published" and "title", got {type(rec).__name__}')
    title = rec.get("title")
    if title is None:  # JSON Feed items may have no title (microblog posts): their text stands in
        body = _first(rec, ("content_text", "summary", "content_html"))
        title = plain_text(body)[:200] if isinstance(body, str) else None
    if not isinstance(title, str) or not plain_text(title):
        raise NewsError(f'{where}: has no title; every news item needs a non-empty "title"')
    published = parse_published(_first(rec, DATE_KEYS), where=f"{where} ({plain_text(title)[:60]!r})")
    summary = _first(rec, ("summary", "content_text", "content_html")) or ""
    link = rec.get("link", rec.get("url"))
    if not isinstance(summary, str) or (link is not None and not isinstance(link, str)):
        raise NewsError(f'{where}: "summary" and "link" must be text')
    src = rec.get("source", source)
    return NewsItem(
        published=published,
        title=valid_text(plain_text(title), where=where),
        summary=valid_text(plain_text(summary), where=where),
        link=link,
        source=src if isinstance(src, str) else source,
    )


def items_from_json(data: bytes | str, *, source: str) -> list[NewsItem]:
    """Items from a JSON list of item objects, or an object with an "items" list."""
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise NewsError(f"news file {source} is not valid JSON ({exc}); {FIX_FILE}") from exc
    if isinstance(doc, Mapping):
        doc = doc.get("items")
    if not isinstance(doc, list):
        raise NewsError(
            f'news file {source} must hold a JSON list of items or {{"items": [...]}}; '
            'each item needs "published" and "title"'
        )
    if not doc:
        raise NewsError(f"news file {source} has no items; add items or leave out --news")
    items, undated = [], 0
    for i, rec in enumerate(doc):
        try:
            items.append(item_from_mapping(rec, where=f"{source} item {i + 1}", source=source))
        except UndatedItemError as exc:
            undated += 1
            log.warning("%s; skipped", exc)
    return _some_dated(items, undated, source)


def _some_dated(items: list[NewsItem], undated: int, source: str) -> list[NewsItem]:
    if not items and undated:
        raise NewsError(
            f"news feed {source}: none of its {undated} item(s) has a publication date; {FIX_FILE}"
        )
    return items


def _entry_time(entry: Mapping[str, Any], *, where: str) -> datetime:
    for key in ("published", "updated", "created"):
        parsed = dict.get(entry, f"{key}_parsed")  # plain dict lookup: no feedparser key aliasing
        if parsed is not None:  # feedparser has already converted it to UTC
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)
        if raw:
            return parse_published(raw, where=where)
    raise UndatedItemError(
        f"{where}: has no date (<pubDate> in RSS, <published> or <updated> in Atom); "
        "every news item needs one"
    )


def items_from_feed(data: bytes, *, source: str) -> list[NewsItem]:
    """Items from RSS or Atom bytes. Malformed XML, a non-feed document or an empty feed is an error."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except (ValueError, OverflowError) as exc:  # its loose parser trips on bad references (&#xD800;)
        raise NewsError(
            f"news feed {source} has a character reference that is no character ({exc}); {FIX_FILE}"
        ) from None
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is not None and not isinstance(
        exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    ):
        where = ""
        if hasattr(exc, "getLineNumber"):
            where = f" at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
        reason = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
        raise NewsError(f"news feed {source} is not well-formed XML ({reason}{where}); {FIX_FILE}")
    if not parsed.get("version") and not parsed.entries:
        raise NewsError(
            f"{source} is not an RSS or Atom feed; pass a feed file, a JSON list of items or a feed URL"
        )
    if not parsed.entries:
        raise NewsError(f"news feed {source} has no items; check the feed address or leave out --news")
    feed_title = plain_text(parsed.feed.get("title", "")) or source
    items, undated = [], 0
    for i, entry in enumerate(parsed.entries):
        where = f"{source} item {i + 1}"
        title = plain_text(entry.get("title", ""))
        if not title:
            raise NewsError(f"{where}: has no <title>; every news item needs one")
        try:
            published = _entry_time(entry, where=f"{where} ({title[:60]!r})")
        except UndatedItemError as exc:  # one undated item does not cost the whole feed
            undated += 1
            log.warning("%s; skipped", exc)
            continue
        items.append(
            NewsItem(
                published=published,
                title=valid_text(title, where=where),
                summary=valid_text(plain_text(entry.get("summary", "")), where=where),
                link=entry.get("link") or None,
                source=feed_title,
            )
        )
    return _some_dated(items, undated, source)


def _looks_like_json(data: bytes) -> bool:
    head = data.lstrip()[:1]
    return head in (b"[", b"{")


def items_from_bytes(data: bytes, *, source: str) -> list[NewsItem]:
    if not data.strip():
        raise NewsError(f"news source {source} is empty; pass a feed with items or leave out --news")
    return (
        items_from_json(data, source=source)
        if _looks_like_json(data) or source.lower().endswith(".json")  # "just text" is bad JSON, not XML
        else items_from_feed(data, source=source)
    )


def read_file(path: Path) -> list[NewsItem]:
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            raise NewsError(
                f"news file {path} is {size:,} bytes; feeds over {MAX_FEED_BYTES:,} bytes are refused"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise NewsError(f"news file {path} does not exist; check the path (or pass an http(s) URL)") from None
    except IsADirectoryError:
        raise NewsError(f"news source {path} is a folder; pass a feed file inside it") from None
    except OSError as exc:
        raise NewsError(f"cannot read news file {path}: {exc.strerror}") from exc
    except ValueError:  # a NUL byte or a lone surrogate cannot be in a file name
        raise NewsError(f"news source {str(path)[:80]!r} is not a usable file name or URL") from None
    return items_from_bytes(data, source=str(path))


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT_S) -> list[NewsItem]:
    """Fetch a feed over http(s). Network errors, timeouts and non-2xx answers become NewsError."""
    import httpx

    try:
        resp = httpx.get(
            url,
            timeout=timeout,
            follow_redirects=True,
            headers={
                "User-Agent": "signoff news reader",
                "Accept": "application/rss+xml, "
                "application/atom+xml, application/json, text/xml;q=0.9, */*;q=0.5",
            },
        )
        resp.raise_for_status()
    except httpx.TimeoutException:
        raise NewsError(
            f"fetching {url} timed out after {timeout:g} s; try again or pass a saved feed file"
        ) from None
    except httpx.HTTPStatusError as exc:
        raise NewsError(
            f"fetching {url} failed: HTTP {exc.response.status_code}; check the feed address"
        ) from None
    except httpx.HTTPError as exc:
        raise NewsError(
            f"cannot fetch {url}: {exc}; check the address and network, or pass a saved feed file"
        ) from None
    if len(resp.content) > MAX_FEED_BYTES:
        raise NewsError(
            f"{url} returned {len(resp.content):,} bytes; feeds over {MAX_FEED_BYTES:,} bytes are refused"
        )
    return items_from_bytes(resp.content, source=url)


def read_source(source: Any, *, index: int = 0) -> list[NewsItem]:
    """Items from one source: NewsItem, mapping, path, URL or a list of these."""
    if isinstance(source, NewsItem):
        return [source]
    if isinstance(source, Mapping):
        return [item_from_mapping(source, where=f"news item {index + 1}")]
    if isinstance(source, Path):
        return read_file(source)
    if isinstance(source, str):
        text = source.strip()
        if text.lower().startswith(("http://", "https://")):
            return fetch_url(text)
        if not text:
            raise NewsError("news source is an empty string; pass a feed path or URL")
        return read_file(Path(text).expanduser())
    if isinstance(source, Iterable) and not isinstance(source, bytes | bytearray):
        out: list[NewsItem] = []
        for i, part in enumerate(source):
            out.extend(read_source(part, index=i))
        return out
    raise NewsError(
        f'cannot use {type(source).__name__} as news; pass NewsItem objects, dicts with "published" and '
        '"title", a feed file path or an http(s) URL'
    )
