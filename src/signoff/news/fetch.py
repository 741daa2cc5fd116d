"""Conditional fetching for stored feeds: a second read of an unchanged feed costs a 304 and parses nothing.

http(s) feeds send `If-None-Match` / `If-Modified-Since` from the previous answer's `ETag` / `Last-Modified`
(RFC 9110 §13); a file path is read again only when its modification time changed. Failures are NewsError
naming the source, as everywhere in `signoff.news`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signoff.errors import NewsError
from signoff.news.feeds import FETCH_TIMEOUT_S, MAX_FEED_BYTES, items_from_bytes, read_file
from signoff.news.model import NewsItem

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json, "
    "text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True)
class FetchResult:
    """What one fetch brought: nothing new (`not_modified`), or the feed's items and its validators."""

    not_modified: bool
    items: list[NewsItem] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None


def is_url(source: str) -> bool:
    return source.strip().lower().startswith(("http://", "https://"))


def fetch_conditional(
    source: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = FETCH_TIMEOUT_S,
    transport: Any = None,
) -> FetchResult:
    """Fetch `source` (an http(s) URL or a file path) unless it is unchanged since `etag`/`last_modified`."""
    if not is_url(source):
        return _read_path(Path(source).expanduser(), last_modified)
    import httpx

    headers = {"User-Agent": "signoff news reader", "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, transport=transport) as client:
            resp = client.get(source, headers=headers)
    except httpx.TimeoutException:
        raise NewsError(f"fetching {source} timed out after {timeout:g} s; it will be tried again") from None
    except httpx.HTTPError as exc:
        raise NewsError(f"cannot fetch {source}: {exc}; check the address and the network") from None
    if resp.status_code == 304:
        return FetchResult(not_modified=True, etag=etag, last_modified=last_modified)
    if resp.status_code >= 400:
        raise NewsError(f"fetching {source} failed: HTTP {resp.status_code}; check the feed address")
    if len(resp.content) > MAX_FEED_BYTES:
        raise NewsError(
            f"{source} returned {len(resp.content):,} bytes; feeds over {MAX_FEED_BYTES:,} are refused"
        )
    return FetchResult(
        not_modified=False,
        items=items_from_bytes(resp.content, source=source),
        etag=resp.headers.get("ETag"),
        last_modified=resp.headers.get("Last-Modified"),
    )


def _read_path(path: Path, last_modified: str | None) -> FetchResult:
    try:
        stamp = str(path.stat().st_mtime_ns)
    except OSError as exc:
        raise NewsError(f"cannot read news file {path}: {exc.strerror or exc}; check the path") from None
    if last_modified == stamp:
        return FetchResult(not_modified=True, last_modified=stamp)
    return FetchResult(not_modified=False, items=read_file(path), last_modified=stamp)
