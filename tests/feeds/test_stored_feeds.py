"""Stored feeds: conditional GET against a local server, items stored once, failures reported, last good
items kept, and preflight's view of the news as of a moment."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from signoff.errors import InputError
from signoff.feeds import service
from signoff.store.engine import Database

NOW = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)


def rss(items: list[tuple[str, datetime, str]]) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for t, when, link in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'.encode()
    )


class FeedServer:
    """A feed on 127.0.0.1 that honours If-None-Match, as RSS servers with ETags do."""

    def __init__(self) -> None:
        self.body = rss(
            [("Penn State trustees fire Joe Paterno", NOW - timedelta(minutes=25), "https://n/1")]
        )
        self.etag = '"v1"'
        self.status = 200
        self.requests: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(dict(self.headers))
                if server.status != 200:
                    self.send_response(server.status)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == server.etag:
                    self.send_response(304)
                    self.send_header("ETag", server.etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", server.etag)
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    s = FeedServer()
    yield s
    s.close()


def _count(database: Database) -> int:
    with database.session() as s:
        return sum(f.items for f in service.list_feeds(s))


def test_second_fetch_gets_304_and_stores_nothing_twice(database: Database, server: FeedServer) -> None:
    with database.session() as s:
        feed = service.add_feed(s, url=server.url, name="wire", now=NOW)
        first = service.refresh_feed(s, feed, now=NOW)
    with database.session() as s:
        second = service.refresh_all(s, now=NOW + timedelta(minutes=2))
    assert first.new_items == 1 and not first.not_modified
    assert second[0].not_modified and second[0].new_items == 0
    assert server.requests[1].get("If-None-Match") == '"v1"'
    assert _count(database) == 1


def test_changed_feed_stores_only_its_new_items(database: Database, server: FeedServer) -> None:
    with database.session() as s:
        service.refresh_feed(s, service.add_feed(s, url=server.url, name="wire", now=NOW), now=NOW)
    server.body = rss(
        [
            ("Penn State trustees fire Joe Paterno", NOW - timedelta(minutes=25), "https://n/1"),
            ("Students gather after Paterno firing", NOW - timedelta(minutes=10), "https://n/2"),
        ]
    )
    server.etag = '"v2"'
    with database.session() as s:
        result = service.refresh_all(s, now=NOW)[0]
    assert result.new_items == 1
    assert _count(database) == 2


def test_unreachable_or_malformed_feed_is_reported_and_keeps_last_good_items(
    database: Database, server: FeedServer
) -> None:
    with database.session() as s:
        service.refresh_feed(s, service.add_feed(s, url=server.url, name="wire", now=NOW), now=NOW)
    server.body, server.etag = b"<rss><channel><item>", '"broken"'
    for _ in range(service.FAILING_AFTER - 1):
        with database.session() as s:
            assert service.refresh_all(s, now=NOW)[0].error
    server.status = 503
    with database.session() as s:
        result = service.refresh_all(s, now=NOW)[0]
    assert "HTTP 503" in (result.error or "") and result.failing
    with database.session() as s:
        (view,) = service.list_feeds(s)
        assert view.failing and view.items == 1 and "503" in (view.last_error or "")
        assert [i.title for i in service.news_as_of(s, NOW)] == ["Penn State trustees fire Joe Paterno"]


def test_a_good_fetch_clears_the_failure_count(database: Database, server: FeedServer) -> None:
    with database.session() as s:
        feed = service.add_feed(s, url=server.url, name="wire", now=NOW)
        server.status = 500
        service.refresh_feed(s, feed, now=NOW)
        server.status = 200
        service.refresh_feed(s, feed, now=NOW)
        assert feed.failures == 0 and feed.last_error is None


def test_news_as_of_ignores_items_from_the_future(database: Database, server: FeedServer) -> None:
    server.body = rss(
        [
            ("Early report", NOW - timedelta(hours=1), "https://n/a"),
            ("Later report", NOW + timedelta(hours=1), "https://n/b"),
        ]
    )
    with database.session() as s:
        service.refresh_feed(s, service.add_feed(s, url=server.url, name="wire", now=NOW), now=NOW)
    with database.session() as s:
        assert [i.title for i in service.news_as_of(s, NOW)] == ["Early report"]
        assert len(service.news_as_of(s, NOW + timedelta(hours=2))) == 2


def test_a_file_feed_is_read_again_only_when_it_changes(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss([("Quake hits coast", NOW - timedelta(minutes=5), "https://n/q")]))
    with database.session() as s:
        feed = service.add_feed(s, url=str(path), name=None, now=NOW)
        assert service.refresh_feed(s, feed, now=NOW).new_items == 1
        assert service.refresh_feed(s, feed, now=NOW).not_modified


def test_add_refuses_duplicates_and_bad_addresses(
    database: Database, server: FeedServer, tmp_path: Path
) -> None:
    with database.session() as s:
        service.add_feed(s, url=server.url, name="wire", now=NOW)
    with database.session() as s, pytest.raises(InputError, match="already followed"):
        service.add_feed(s, url=server.url, name="other", now=NOW)
    with database.session() as s, pytest.raises(InputError, match="unsupported feed address"):
        service.add_feed(s, url="ftp://example.org/feed", name=None, now=NOW)
    with database.session() as s, pytest.raises(InputError, match="no feed file"):
        service.add_feed(s, url=str(tmp_path / "missing.xml"), name=None, now=NOW)


def test_history_is_bounded(database: Database, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "MAX_ITEMS_PER_FEED", 3)
    server.body = rss([(f"Item {i}", NOW - timedelta(minutes=i), f"https://n/{i}") for i in range(6)])
    with database.session() as s:
        service.refresh_feed(s, service.add_feed(s, url=server.url, name="wire", now=NOW), now=NOW)
    with database.session() as s:
        assert sorted(i.title for i in service.news_as_of(s, NOW)) == ["Item 0", "Item 1", "Item 2"]
